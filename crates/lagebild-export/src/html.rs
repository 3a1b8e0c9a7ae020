//! HTML output: the Markdown documents rendered by pulldown-cmark into a standalone page,
//! with the Mermaid timeline drawn as an inline SVG (browsers do not run Mermaid).
//!
//! This is the HTML side of the escaping boundary: the Markdown documents of this crate
//! hold no HTML of their own, so any raw HTML pulldown-cmark finds in them came from
//! somewhere else (an article, a translator, a fact file) and is written as text. The
//! only markup in the page is what this module and pulldown-cmark produce.

use crate::timeline::TIMELINE_LANGUAGE;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::fmt::Write as _;

/// Height of one timeline row in the SVG, in pixels: one line of 14 px text with air.
const ROW_HEIGHT: usize = 28;

/// Renders a Markdown document of this crate as a complete HTML page in language `lang`.
pub fn to_html(markdown: &str, lang: &str, title: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES);
    let mut events = Vec::new();
    let mut timeline: Option<String> = None;
    for event in parser {
        match (&mut timeline, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(language))))
                if &*language == TIMELINE_LANGUAGE =>
            {
                timeline = Some(String::new());
            }
            (Some(source), Event::Text(text)) => source.push_str(&text),
            (None, Event::Html(html) | Event::InlineHtml(html)) => events.push(Event::Text(html)),
            (Some(source), Event::End(TagEnd::CodeBlock)) => {
                let svg = timeline_svg(source);
                events.push(Event::Html(svg.into()));
                timeline = None;
            }
            (_, event) => events.push(event),
        }
    }
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, events.into_iter());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        attribute(lang),
        text(title),
        STYLE
    )
}

const STYLE: &str = "body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;line-height:1.5}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}\
.timeline text{font-size:14px}";

/// The timeline block (`timeline` then `date : label` lines) as an SVG list.
fn timeline_svg(source: &str) -> String {
    let entries: Vec<(&str, &str)> = source
        .lines()
        .filter_map(|line| line.trim().split_once(" : "))
        .map(|(when, label)| (when.trim(), label.trim()))
        .collect();
    let height = ROW_HEIGHT * entries.len().max(1) + 8;
    let mut svg = format!(
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"{height}\" role=\"img\">\n\
         <line x1=\"110\" y1=\"4\" x2=\"110\" y2=\"{}\" stroke=\"#888\"/>\n",
        height - 4
    );
    for (index, (when, label)) in entries.iter().enumerate() {
        let y = 18 + index * ROW_HEIGHT;
        let _ = writeln!(
            svg,
            "<circle cx=\"110\" cy=\"{}\" r=\"5\" fill=\"#345\"/><text x=\"100\" y=\"{y}\" text-anchor=\"end\">{}</text><text x=\"122\" y=\"{y}\">{}</text>",
            y - 5,
            text(when),
            text(label)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Escapes text content.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes an attribute value.
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_the_markdown_is_text() {
        let html = to_html(
            "# <script>alert(1)</script>\n\n<div onclick=x>\n\na <img src=x onerror=y> b\n",
            "en",
            "t",
        );
        assert!(
            !html.contains("<script") && !html.contains("<img") && !html.contains("<div"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
    }

    #[test]
    fn timeline_becomes_svg_and_text_stays_text() {
        let markdown = "# T\n\n```mermaid\ntimeline\n    2002 : A <founded>\n    2024-02 : B & C\n```\n\n\\<script\\>x\\</script\\>\n";
        let html = to_html(markdown, "de", "T <1>");
        assert!(html.contains("<svg class=\"timeline\""), "{html}");
        assert!(
            html.contains(">A &lt;founded&gt;</text>") && html.contains(">B &amp; C</text>"),
            "{html}"
        );
        assert!(
            !html.contains("<script>") && html.contains("&lt;script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("<title>T &lt;1&gt;</title>") && html.contains("<html lang=\"de\">"),
            "{html}"
        );
    }
}
