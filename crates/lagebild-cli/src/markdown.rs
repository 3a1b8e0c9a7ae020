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
    write_article_markdown(&mut out, article);
    out
}

/// [`article_markdown`] written as it is made, so that a very large page's Markdown is
/// never held whole: the output ends in exactly one newline, so trailing white space is
/// held back until more text follows (see [`TrimEnd`]).
pub(crate) fn write_article_markdown(sink: &mut dyn Write, article: &Article) {
    let mut out = TrimEnd {
        sink,
        pending: String::new(),
    };
    write_markdown_body(&mut out, article);
    let _ = out.sink.write_char('\n');
}

/// A writer that holds back trailing white space: what `text.trim_end()` would drop is
/// passed on only when more text follows it.
struct TrimEnd<'s> {
    sink: &'s mut dyn Write,
    pending: String,
}

impl Write for TrimEnd<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let content = s.trim_end();
        if !content.is_empty() {
            self.sink.write_str(&self.pending)?;
            self.pending.clear();
            self.sink.write_str(content)?;
        }
        self.pending.push_str(&s[content.len()..]);
        Ok(())
    }
}

fn write_markdown_body(out: &mut TrimEnd<'_>, article: &Article) {
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
            let _ = out.write_char('\n');
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

#[cfg(test)]
mod tests {
    use super::TrimEnd;
    use std::fmt::Write;

    /// Whatever the pieces, what passes through is the whole text without its trailing
    /// white space (what the Markdown used to be cut to before its final newline).
    #[test]
    fn trim_end_passes_the_text_without_its_trailing_white_space() {
        let pieces: &[&[&str]] = &[
            &[
                "# Titel\n\n",
                "**Lead**\n\n",
                "- a\n",
                "- b\n",
                "\n",
                "Text\n\n",
            ],
            &["", "  ", "a", " \n ", "\t", "b\u{3000}", "\n\n"],
            &["\n\n", "  "],
            &[],
            &["x"],
        ];
        for chunks in pieces {
            let mut sink = String::new();
            let mut out = TrimEnd {
                sink: &mut sink,
                pending: String::new(),
            };
            for chunk in *chunks {
                out.write_str(chunk).unwrap();
            }
            let whole: String = chunks.concat();
            assert_eq!(sink, whole.trim_end(), "{chunks:?}");
        }
    }
}
