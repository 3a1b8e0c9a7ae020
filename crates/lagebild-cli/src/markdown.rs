//! The cleaned article as Markdown and as plain text (`lagebild parse --format md|text`).
//!
//! Article text is data, never markup: everything taken from the page is escaped so that
//! a `<script>`, a `[link](javascript:…)`, a table pipe or a leading `#` stays inert text.

use lagebild_parse::{Article, BlockKind};
use std::fmt::Write;

/// Escapes `text` for use inside a Markdown paragraph, heading or list item.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line that starts like a list item, block quote, heading or setext underline must
    // not become one.
    let starts_block = out.starts_with(['-', '+', '=']) || {
        let digits = out.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && out[digits..].starts_with(['.', ')'])
    };
    if starts_block {
        let digits = out.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            out.insert(digits, '\\');
        } else {
            out.insert(0, '\\');
        }
    }
    out
}

/// The article as Markdown: kicker, title, a metadata line, then the body.
pub(crate) fn article_markdown(article: &Article) -> String {
    let mut out = String::new();
    let meta = &article.meta;
    if let Some(kicker) = &meta.kicker {
        let _ = writeln!(out, "*{}*\n", escape(kicker));
    }
    let title = meta.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "# {}\n", escape(title));
    let line = metadata_line(article);
    if !line.is_empty() {
        let _ = writeln!(out, "_{}_\n", escape(&line));
    }
    let mut in_list = false;
    for block in &article.blocks {
        let text = escape(&block.text);
        if in_list && block.kind != BlockKind::ListItem {
            out.push('\n');
        }
        in_list = block.kind == BlockKind::ListItem;
        match block.kind {
            BlockKind::Kicker | BlockKind::Title | BlockKind::Dateline | BlockKind::Byline => {}
            BlockKind::Lead => {
                let _ = writeln!(out, "**{text}**\n");
            }
            BlockKind::Heading => {
                let _ = writeln!(out, "## {text}\n");
            }
            BlockKind::Paragraph => {
                let _ = writeln!(out, "{text}\n");
            }
            BlockKind::ListItem => {
                let _ = writeln!(out, "- {text}");
            }
            BlockKind::Quote => {
                let _ = writeln!(out, "> {text}\n");
            }
            BlockKind::Caption => {
                let _ = writeln!(out, "*{text}*\n");
            }
            _ => {
                let _ = writeln!(out, "{text}\n");
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// The article as plain text: title, metadata, then each block as a paragraph.
pub(crate) fn article_text(article: &Article) -> String {
    let mut out = String::new();
    let meta = &article.meta;
    if let Some(kicker) = &meta.kicker {
        let _ = writeln!(out, "{kicker}");
    }
    if let Some(title) = &meta.title {
        let _ = writeln!(out, "{title}");
    }
    let line = metadata_line(article);
    if !line.is_empty() {
        let _ = writeln!(out, "{line}");
    }
    let mut previous = None;
    for block in article
        .blocks
        .iter()
        .filter(|b| b.kind.is_body() || b.kind == BlockKind::Caption)
    {
        if block.kind == BlockKind::ListItem {
            // Items of one list stay together, one per line.
            let gap = if previous == Some(BlockKind::ListItem) {
                ""
            } else {
                "\n"
            };
            let _ = writeln!(out, "{gap}• {}", block.text);
        } else {
            let _ = writeln!(out, "\n{}", block.text);
        }
        previous = Some(block.kind);
    }
    out
}

/// `2022-01-07 21:33 · AFP · Anna Muster · Moskau`, from whatever metadata there is.
fn metadata_line(article: &Article) -> String {
    let meta = &article.meta;
    let mut parts = Vec::new();
    if let Some(date) = meta.published {
        let time = meta
            .published_time
            .map(|t| format!(" {t}"))
            .unwrap_or_default();
        parts.push(format!("{date}{time}"));
    }
    parts.extend(meta.source.clone());
    parts.extend(meta.author.clone());
    parts.extend(meta.place.clone());
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(escape("Mini-Nato im Jahr 2002."), "Mini-Nato im Jahr 2002.");
    }
}
