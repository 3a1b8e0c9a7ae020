//! The HTML encoder: a [`Document`] as a page that stands on its own or belongs to a set
//! of pages (a briefing with its fact sheets and article digests), readable on a phone
//! (viewport, tables that scroll inside their box, an SVG timeline that scales), printable,
//! with foreign-language spans marked `lang`, and without scripts or external resources.
//!
//! Every text span is escaped here; the only markup in a page is what this module writes.

use crate::document::{Block, Document, Error, Head, Inline, Options, Page, Sink, Source};
use std::io::Write;

/// Height of one timeline row in the SVG, in pixels: one line of 14 px text with air.
const ROW_HEIGHT: usize = 28;

/// Width of one character of the timeline's 14 px sans-serif text, generously, in pixels.
const CHAR_WIDTH: usize = 8;

/// The stylesheet every page uses: written into a standalone page, or shared by a set of
/// pages as one file.
pub const STYLESHEET: &str = "\
html{-webkit-text-size-adjust:100%}\n\
body{font-family:system-ui,sans-serif;max-width:52em;margin:0 auto;padding:1em;line-height:1.5;overflow-wrap:break-word}\n\
nav{margin-bottom:1em}\n\
.table,.timeline{overflow-x:auto;max-width:100%}\n\
table{border-collapse:collapse}\n\
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}\n\
.timeline svg{display:block;max-width:100%;height:auto}\n\
.timeline text{font:14px system-ui,sans-serif;fill:#222}\n\
sup.cite{line-height:0}\n\
ol.sources li{margin-bottom:.3em}\n\
@media (max-width:30em){body{padding:.5em}table{font-size:.875em}td,th{padding:.15em .3em}}\n\
@media print{nav{display:none}a{color:inherit;text-decoration:none}.table,.timeline{overflow:visible}h1,h2,h3,h4{break-after:avoid}li,tr{break-inside:avoid}}\n";

/// Writes `document` to `out` as an HTML page.
pub fn encode(
    document: &Document,
    options: &Options<'_>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    document.write_to(&mut Encoder::new(out, *options))
}

/// An HTML encoder that writes each block as it comes ([`Sink`]).
pub struct Encoder<'w, 'o> {
    out: &'w mut dyn Write,
    options: Options<'o>,
    text: String,
    /// The number of the next timeline on the page, for its title's id.
    timelines: usize,
}

impl<'w, 'o> Encoder<'w, 'o> {
    /// An encoder writing to `out`.
    pub fn new(out: &'w mut dyn Write, options: Options<'o>) -> Self {
        Encoder {
            out,
            options,
            text: String::new(),
            timelines: 0,
        }
    }

    fn flush_text(&mut self) -> Result<(), Error> {
        self.out.write_all(self.text.as_bytes())?;
        self.text.clear();
        Ok(())
    }
}

impl Sink for Encoder<'_, '_> {
    fn begin(&mut self, head: Head<'_>) -> Result<(), Error> {
        let t = &mut self.text;
        t.push_str("<!DOCTYPE html>\n<html lang=\"");
        t.push_str(&attribute(head.lang));
        t.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
        t.push_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        t.push_str(&text(head.title));
        t.push_str("</title>\n");
        match self.options.stylesheet {
            Some(path) => {
                t.push_str("<link rel=\"stylesheet\" href=\"");
                t.push_str(&attribute(&crate::document::relative(
                    self.options.path,
                    path,
                )));
                t.push_str("\">\n");
            }
            None => {
                t.push_str("<style>\n");
                t.push_str(STYLESHEET);
                t.push_str("</style>\n");
            }
        }
        t.push_str("</head>\n<body>\n");
        if let Some(home) = self.options.link(&Page::Briefing) {
            t.push_str("<nav><a href=\"");
            t.push_str(&attribute(&home));
            t.push_str("\">");
            t.push_str(&text(self.options.home));
            t.push_str("</a></nav>\n");
        }
        t.push_str("<main>\n");
        self.flush_text()
    }

    fn block(&mut self, block: &Block) -> Result<(), Error> {
        if let Block::Timeline { .. } = block {
            self.timelines += 1;
        }
        push_block(&mut self.text, block, &self.options, self.timelines);
        self.flush_text()
    }

    fn end(&mut self) -> Result<(), Error> {
        self.out.write_all(b"</main>\n</body>\n</html>\n")?;
        self.out.flush()?;
        Ok(())
    }
}

fn push_block(out: &mut String, block: &Block, options: &Options<'_>, timeline: usize) {
    match block {
        Block::Heading { level, content } => {
            let level = (*level).clamp(1, 6);
            out.push_str(&format!("<h{level}>"));
            push_inlines(out, content, options);
            out.push_str(&format!("</h{level}>\n"));
        }
        Block::Paragraph { content } => {
            out.push_str("<p>");
            push_inlines(out, content, options);
            out.push_str("</p>\n");
        }
        Block::Quote { content } => {
            out.push_str("<blockquote><p>");
            push_inlines(out, content, options);
            out.push_str("</p></blockquote>\n");
        }
        Block::List { items } => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str("<li>");
                push_inlines(out, item, options);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Table { header, rows } => {
            out.push_str("<div class=\"table\"><table>\n<thead><tr>");
            for cell in header {
                out.push_str("<th>");
                push_inlines(out, cell, options);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str("<td>");
                    push_inlines(out, cell, options);
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table></div>\n");
        }
        Block::Timeline { label, entries } => push_timeline(out, label, entries, timeline),
        Block::Sources { entries } => {
            out.push_str("<ol class=\"sources\">\n");
            for source in entries {
                push_source(out, source, options);
            }
            out.push_str("</ol>\n");
        }
    }
}

fn push_source(out: &mut String, source: &Source, options: &Options<'_>) {
    out.push_str(&format!(
        "<li id=\"source-{0}\" value=\"{0}\">",
        source.number
    ));
    match options.link(&source.page) {
        Some(href) => {
            out.push_str("<a href=\"");
            out.push_str(&attribute(&href));
            out.push_str("\">");
            push_inlines(out, &source.title, options);
            out.push_str("</a>");
        }
        None => push_inlines(out, &source.title, options),
    }
    out.push_str(" (");
    out.push_str(&text(&source.date));
    if let Some(outlet) = &source.outlet {
        out.push_str(", ");
        out.push_str(&text(outlet));
    }
    out.push_str(")</li>\n");
}

/// The timeline as an SVG drawn from its entries: dates right-aligned before the axis,
/// labels after it. Its size follows the longest date and label, and the `viewBox` lets
/// a browser scale it; its box scrolls where it is wider than the screen.
fn push_timeline(
    out: &mut String,
    label: &str,
    entries: &[crate::document::TimelineEntry],
    number: usize,
) {
    if entries.is_empty() {
        return;
    }
    let longest = |f: fn(&crate::document::TimelineEntry) -> &str| {
        entries
            .iter()
            .map(|e| f(e).chars().count())
            .max()
            .unwrap_or(0)
    };
    let axis = 16 + longest(|e| &e.date) * CHAR_WIDTH;
    let width = axis + 24 + longest(|e| &e.label) * CHAR_WIDTH;
    let height = ROW_HEIGHT * entries.len() + 8;
    out.push_str(&format!(
        "<div class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"timeline-{number}\">\n<title id=\"timeline-{number}\">{}</title>\n<line x1=\"{axis}\" y1=\"4\" x2=\"{axis}\" y2=\"{}\" stroke=\"#888\"/>\n",
        text(label),
        height - 4
    ));
    for (index, entry) in entries.iter().enumerate() {
        let y = 18 + index * ROW_HEIGHT;
        out.push_str(&format!(
            "<circle cx=\"{axis}\" cy=\"{}\" r=\"5\" fill=\"#345\"/><text x=\"{}\" y=\"{y}\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{y}\">{}</text>\n",
            y - 5,
            axis - 10,
            text(&entry.date),
            axis + 12,
            text(&entry.label)
        ));
    }
    out.push_str("</svg></div>\n");
}

fn push_inlines(out: &mut String, content: &[Inline], options: &Options<'_>) {
    for inline in content {
        match inline {
            Inline::Text {
                text: t,
                lang: None,
            } => out.push_str(&text(t)),
            Inline::Text {
                text: t,
                lang: Some(lang),
            } => {
                out.push_str("<span lang=\"");
                out.push_str(&attribute(lang));
                out.push_str("\">");
                out.push_str(&text(t));
                out.push_str("</span>");
            }
            Inline::Emphasis { content } => {
                out.push_str("<em>");
                push_inlines(out, content, options);
                out.push_str("</em>");
            }
            Inline::Strong { content } => {
                out.push_str("<strong>");
                push_inlines(out, content, options);
                out.push_str("</strong>");
            }
            Inline::Code { text: t } => {
                out.push_str("<code>");
                out.push_str(&text(t));
                out.push_str("</code>");
            }
            Inline::Link { target, content } => match options.link(target) {
                Some(href) => {
                    out.push_str("<a href=\"");
                    out.push_str(&attribute(&href));
                    out.push_str("\">");
                    push_inlines(out, content, options);
                    out.push_str("</a>");
                }
                None => push_inlines(out, content, options),
            },
            Inline::Break => out.push_str("<br>"),
            Inline::Cite { numbers } => {
                if numbers.is_empty() {
                    continue;
                }
                out.push_str("<sup class=\"cite\">");
                for (index, number) in numbers.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&format!("<a href=\"#source-{number}\">{number}</a>"));
                }
                out.push_str("</sup>");
            }
        }
    }
}

/// Escapes text content.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value.
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::TimelineEntry;
    use lagebild_model::When;

    fn page(document: &Document) -> String {
        let mut out = Vec::new();
        encode(document, &Options::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_stays_text_and_foreign_spans_say_their_language() {
        let document = Document {
            title: "T <1>".into(),
            lang: "en".into(),
            blocks: vec![
                Block::Heading {
                    level: 1,
                    content: vec![Inline::text("<script>alert(1)</script>")],
                },
                Block::Paragraph {
                    content: vec![
                        Inline::text("a <img src=x onerror=y> b "),
                        Inline::foreign("„Wir & ihr“", "de"),
                        Inline::Cite {
                            numbers: vec![1, 3],
                        },
                    ],
                },
            ],
        };
        let html = page(&document);
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("<span lang=\"de\">„Wir &amp; ihr“</span>"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"#source-1\">1</a>, <a href=\"#source-3\">3</a>"),
            "{html}"
        );
        assert!(
            html.contains("<title>T &lt;1&gt;</title>")
                && html.contains("<html lang=\"en\">")
                && html.contains("name=\"viewport\""),
            "{html}"
        );
    }

    #[test]
    fn the_timeline_is_drawn_from_its_entries() {
        let document = Document {
            title: "T".into(),
            lang: "de".into(),
            blocks: vec![Block::Timeline {
                label: "Zeitleiste".into(),
                entries: vec![TimelineEntry {
                    when: When::parse("2015-21").unwrap_or(When::parse("2015").unwrap()),
                    date: "Frühjahr 2015".into(),
                    label: "Armenien: Mitgliedschaft ausgesetzt <OVKS>".into(),
                }],
            }],
        };
        let html = page(&document);
        assert!(html.contains("viewBox=\"0 0 "), "{html}");
        assert!(
            html.contains("<title id=\"timeline-1\">Zeitleiste</title>"),
            "{html}"
        );
        assert!(html.contains(">Frühjahr 2015</text>"), "{html}");
        assert!(
            html.contains(">Armenien: Mitgliedschaft ausgesetzt &lt;OVKS&gt;</text>"),
            "{html}"
        );
    }
}
