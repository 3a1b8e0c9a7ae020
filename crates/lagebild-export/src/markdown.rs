//! The Markdown encoder: a [`Document`] as CommonMark with the GitHub extensions
//! (tables, footnotes), the timeline as a Mermaid block. Every text span is escaped here
//! and only here, so that a `<script>`, a `[link](javascript:…)`, a table pipe or a
//! leading `#` from an article or a translation stays inert text.

use crate::document::{Block, Document, Error, Head, Inline, Options, Sink};
use std::io::Write;

/// Writes `document` to `out` as Markdown.
pub fn encode(
    document: &Document,
    options: &Options<'_>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    document.write_to(&mut Encoder::new(out, *options))
}

/// `document` as a Markdown string.
pub fn to_string(document: &Document, options: &Options<'_>) -> String {
    let mut text = String::new();
    for block in &document.blocks {
        push_block(&mut text, block, options);
    }
    text
}

/// A Markdown encoder that writes each block as it comes ([`Sink`]).
pub struct Encoder<'w, 'o> {
    out: &'w mut dyn Write,
    options: Options<'o>,
    text: String,
}

impl<'w, 'o> Encoder<'w, 'o> {
    /// An encoder writing to `out`.
    pub fn new(out: &'w mut dyn Write, options: Options<'o>) -> Self {
        Encoder {
            out,
            options,
            text: String::new(),
        }
    }
}

impl Sink for Encoder<'_, '_> {
    fn begin(&mut self, _head: Head<'_>) -> Result<(), Error> {
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), Error> {
        self.text.clear();
        push_block(&mut self.text, block, &self.options);
        self.out.write_all(self.text.as_bytes())?;
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        self.out.flush()?;
        Ok(())
    }
}

fn push_block(out: &mut String, block: &Block, options: &Options<'_>) {
    match block {
        Block::Heading { level, content } => {
            for _ in 0..*level {
                out.push('#');
            }
            out.push(' ');
            push_inlines(out, content, options);
            out.push_str("\n\n");
        }
        Block::Paragraph { content } => {
            out.push_str(&line_start(inlines(content, options)));
            out.push_str("\n\n");
        }
        Block::Quote { content } => {
            out.push_str("> ");
            out.push_str(&line_start(inlines(content, options)));
            out.push_str("\n\n");
        }
        Block::List { items } => {
            for item in items {
                out.push_str("- ");
                out.push_str(&line_start(inlines(item, options)));
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Table { header, rows } => {
            push_row(out, header, options);
            out.push('|');
            for _ in header {
                out.push_str("---|");
            }
            out.push('\n');
            for row in rows {
                push_row(out, row, options);
            }
            out.push('\n');
        }
        Block::Timeline { entries, .. } => {
            if entries.is_empty() {
                return;
            }
            out.push_str("```mermaid\ntimeline\n");
            for entry in entries {
                out.push_str("    ");
                out.push_str(&mermaid_label(&entry.date));
                out.push_str(" : ");
                out.push_str(&mermaid_label(&entry.label));
                out.push('\n');
            }
            out.push_str("```\n\n");
        }
        Block::Sources { entries } => {
            for source in entries {
                out.push_str(&format!("[^{}]: ", source.number));
                let title = inlines(&source.title, options);
                match options.link(&source.page) {
                    Some(href) => out.push_str(&format!("[{title}]({href})")),
                    None => out.push_str(&title),
                }
                out.push_str(" (");
                out.push_str(&escape_inline(&source.date));
                if let Some(outlet) = &source.outlet {
                    out.push_str(", ");
                    out.push_str(&escape_inline(outlet));
                }
                out.push_str(")\n");
            }
        }
    }
}

fn push_row(out: &mut String, cells: &[Vec<Inline>], options: &Options<'_>) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        push_inlines(out, cell, options);
        out.push_str(" |");
    }
    out.push('\n');
}

fn inlines(content: &[Inline], options: &Options<'_>) -> String {
    let mut out = String::new();
    push_inlines(&mut out, content, options);
    out
}

fn push_inlines(out: &mut String, content: &[Inline], options: &Options<'_>) {
    for inline in content {
        match inline {
            Inline::Text { text, .. } => out.push_str(&escape_inline(text)),
            Inline::Emphasis { content } => {
                out.push('*');
                push_inlines(out, content, options);
                out.push('*');
            }
            Inline::Strong { content } => {
                out.push_str("**");
                push_inlines(out, content, options);
                out.push_str("**");
            }
            Inline::Code { text } => out.push_str(&code_span(text)),
            Inline::Link { target, content } => match options.link(target) {
                Some(href) => {
                    out.push('[');
                    push_inlines(out, content, options);
                    out.push_str("](");
                    out.push_str(&href);
                    out.push(')');
                }
                None => push_inlines(out, content, options),
            },
            // Two spaces end the line; the next is indented to stay in a list item.
            Inline::Break => out.push_str("  \n  "),
            Inline::Cite { numbers } => {
                for (index, number) in numbers.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&format!("[^{number}]"));
                }
            }
        }
    }
}

/// Mermaid timeline syntax gives `:` and `#` meaning and ends entries at line breaks;
/// labels keep their words without them.
fn mermaid_label(label: &str) -> String {
    label
        .replace([':', '#', ';', '\n', '\r', '`'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Escapes the characters of `text` that Markdown would read as markup anywhere in a
/// line; line breaks become spaces, since they would end a table row or list item.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
            out.push('\\');
        }
        if c == '\n' || c == '\r' {
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    out
}

/// A line that starts like a list item, block quote, heading or setext underline must
/// not become one.
fn line_start(mut line: String) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if line.starts_with(['-', '+', '=']) {
        line.insert(0, '\\');
    } else if digits > 0 && line[digits..].starts_with(['.', ')']) {
        line.insert(digits, '\\');
    }
    line
}

/// Escapes `text` for a Markdown paragraph, heading, list item or table cell on its own.
#[cfg(test)]
fn escape(text: &str) -> String {
    line_start(escape_inline(text))
}

/// `text` as a Markdown code span on one line: backticks become `'`, and line breaks,
/// other control characters and bidirectional overrides become U+FFFD, so a value
/// nobody chose (a file name from an unpacked archive) can neither end the span nor the
/// line it stands on, nor reorder what a reader sees.
fn code_span(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('`');
    for c in text.chars() {
        let unsafe_char = c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        out.push(match c {
            '`' => '\'',
            _ if unsafe_char => '\u{FFFD}',
            _ => c,
        });
    }
    out.push('`');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_stays_one_inert_code_span() {
        let name = "a\n\n<img src=x onerror=alert(1)>\n\n[c](javascript:alert(2))\n\nb.txt\u{202E}";
        let span = code_span(name);
        assert!(!span.contains(['\n', '\r', '\u{202E}']), "{span}");
        let mut html = String::new();
        let markdown = format!("Quelle: {span}\n");
        let parser = pulldown_cmark::Parser::new(&markdown);
        pulldown_cmark::html::push_html(&mut html, parser);
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
    }

    #[test]
    fn escapes_markup_from_articles() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            r"\<script\>alert(1)\</script\>"
        );
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            r"\[x\](javascript:alert(1))"
        );
        assert_eq!(escape("# Nicht Überschrift"), r"\# Nicht Überschrift");
        assert_eq!(escape("- kein Punkt"), r"\- kein Punkt");
        assert_eq!(escape("1. kein Punkt"), r"1\. kein Punkt");
        assert_eq!(escape("a | b"), r"a \| b");
        assert_eq!(escape("zwei\nZeilen"), "zwei Zeilen");
        assert_eq!(escape("Mini-Nato im Jahr 2002."), "Mini-Nato im Jahr 2002.");
    }
}
