//! The cleaned article as Markdown and as plain text (`lagebild parse --format md|text`).
//!
//! Article text is data, never markup: everything taken from the page is escaped so that
//! a `<script>`, a `[link](javascript:…)`, a table pipe or a leading `#` stays inert text.

pub(crate) use lagebild_export::escape;
use lagebild_parse::{Article, BlockKind};
use std::fmt::Write;

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
    write_article_text(&mut out, article);
    out
}

/// [`article_text`] written as it is made, so that a very large page's text is never
/// held whole.
pub(crate) fn write_article_text(out: &mut dyn Write, article: &Article) {
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
