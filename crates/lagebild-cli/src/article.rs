//! The cleaned article as a document, encoded as Markdown by the export crate's encoder,
//! and as plain text (`lagebild parse --format md|text`).
//!
//! Article text is data, never markup: it goes into the document as text spans, which the
//! encoder escapes, so a `<script>`, a `[link](javascript:…)`, a table pipe or a leading
//! `#` stays inert text.

use lagebild_export::{Block, Head, Inline, Options, Sink};
use lagebild_parse::{Article, BlockKind};
use std::fmt::Write;

/// The article as Markdown: kicker, title, a metadata line, then the body.
pub(crate) fn article_markdown(article: &Article) -> String {
    let mut out = Vec::new();
    match write_article_markdown(&mut out, article) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// [`article_markdown`] written as it is made, block by block through the Markdown
/// encoder, so that a very large page's Markdown is never held whole. The output ends in
/// exactly one newline: trailing white space is held back until more text follows (see
/// [`TrimEnd`]).
pub(crate) fn write_article_markdown(
    sink: &mut dyn std::io::Write,
    article: &Article,
) -> Result<(), lagebild_export::Error> {
    let mut out = TrimEnd {
        sink,
        pending: Vec::new(),
    };
    let title = article.meta.title.as_deref().unwrap_or("(untitled)");
    let mut encoder = lagebild_export::markdown::Encoder::new(&mut out, Options::default());
    encoder.begin(Head { title, lang: "de" })?;
    article_blocks(article, &mut |block| encoder.block(&block))?;
    encoder.end()?;
    out.sink.write_all(b"\n")?;
    Ok(())
}

/// The blocks of the article's document, one at a time: kicker, title and metadata
/// line, then the body, consecutive list items as one list.
fn article_blocks(
    article: &Article,
    emit: &mut dyn FnMut(Block) -> Result<(), lagebild_export::Error>,
) -> Result<(), lagebild_export::Error> {
    let meta = &article.meta;
    let emphasis = |text: &str| Block::Paragraph {
        content: vec![Inline::Emphasis {
            content: vec![Inline::text(text)],
        }],
    };
    if let Some(kicker) = &meta.kicker {
        emit(emphasis(kicker))?;
    }
    let title = meta.title.as_deref().unwrap_or("(untitled)");
    emit(Block::Heading {
        level: 1,
        content: vec![Inline::text(title)],
    })?;
    let line = metadata_line(article);
    if !line.is_empty() {
        emit(emphasis(&line))?;
    }
    let mut items: Vec<Vec<Inline>> = Vec::new();
    for block in &article.blocks {
        if block.kind != BlockKind::ListItem && !items.is_empty() {
            emit(Block::List {
                items: std::mem::take(&mut items),
            })?;
        }
        let text = || vec![Inline::text(block.text.as_ref())];
        match block.kind {
            BlockKind::Kicker | BlockKind::Title | BlockKind::Dateline | BlockKind::Byline => {}
            BlockKind::Lead => emit(Block::Paragraph {
                content: vec![Inline::Strong { content: text() }],
            })?,
            BlockKind::Heading => emit(Block::Heading {
                level: 2,
                content: text(),
            })?,
            BlockKind::ListItem => items.push(text()),
            BlockKind::Quote => emit(Block::Quote { content: text() })?,
            BlockKind::Caption => emit(emphasis(&block.text))?,
            _ => emit(Block::Paragraph { content: text() })?,
        }
    }
    if !items.is_empty() {
        emit(Block::List { items })?;
    }
    Ok(())
}

/// A writer that holds back trailing white space: what `text.trim_end()` would drop is
/// passed on only when more text follows it.
struct TrimEnd<'s> {
    sink: &'s mut dyn std::io::Write,
    pending: Vec<u8>,
}

impl std::io::Write for TrimEnd<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let content = bytes.trim_ascii_end();
        if !content.is_empty() {
            self.sink.write_all(&self.pending)?;
            self.pending.clear();
            self.sink.write_all(content)?;
        }
        self.pending.extend_from_slice(&bytes[content.len()..]);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.sink.flush()
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
    use std::io::Write;

    /// Whatever the pieces, what passes through is the whole text without its trailing
    /// white space.
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
            &["", "  ", "a", " \n ", "\t", "b", "\n\n"],
            &["\n\n", "  "],
            &[],
            &["x"],
        ];
        for chunks in pieces {
            let mut sink = Vec::new();
            let mut out = TrimEnd {
                sink: &mut sink,
                pending: Vec::new(),
            };
            for chunk in *chunks {
                out.write_all(chunk.as_bytes()).unwrap();
            }
            let whole: String = chunks.concat();
            assert_eq!(
                String::from_utf8(sink).unwrap(),
                whole.trim_ascii_end(),
                "{chunks:?}"
            );
        }
    }
}
