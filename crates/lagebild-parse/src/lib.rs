//! Turns one German news article, saved as the raw text of a web page, into a structured
//! [`Article`]: metadata (title, kicker, date and what kind of date it is, source, author,
//! dateline place), the body as ordered blocks (lead, headings, paragraphs, list items,
//! quotes, captions), and every other line in [`Article::dropped`] with the reason it was
//! dropped (page chrome, teasers for other articles, credits, duplicated captions …).
//!
//! Input is bytes: UTF-8 with or without BOM, Windows-1252 and UTF-16 with BOM are
//! detected from the content; CRLF and CR line ends are handled; no-break spaces, soft
//! hyphens and zero-width characters are normalised in the returned text while line
//! numbers keep pointing into the original file.
//!
//! Parsing never fails on content: [`ParseError`] is returned only when the bytes are not
//! an article at all (empty, binary, over the size limit). Every line with visible text
//! ends up in exactly one block or one dropped entry.
//!
//! What this crate is not: it knows nothing about alliances, states or facts (that is
//! `lagebild-extract`), and it does no I/O. The chrome rules are a data table
//! (`data/chrome-rules.tsv`) that [`RuleSet::parse`] reads, so users can extend them.
//!
//! With the `serde` feature, [`Article`] serialises to the JSON documented in the
//! repository's `docs/json.md`.
//!
//! # Example
//!
//! ```
//! use lagebild_parse::{BlockKind, DropReason, parse};
//!
//! let page = "Bündnis\n\nDas Treffen in Minsk\n\n12.05.2023, 10:15 Uhr | dpa\n\n\
//!     Minsk (dpa) - Die Verteidigungsminister der Allianz haben sich am Freitag in der \
//!     belarussischen Hauptstadt getroffen, um über gemeinsame Übungen zu beraten.\n\n\
//!     Teilen\n";
//! let article = parse(page.as_bytes()).unwrap();
//! assert_eq!(article.meta.title.as_deref(), Some("Das Treffen in Minsk"));
//! assert_eq!(article.meta.kicker.as_deref(), Some("Bündnis"));
//! assert_eq!(article.meta.published.unwrap().to_iso(), "2023-05-12");
//! assert_eq!(article.meta.source.as_deref(), Some("dpa"));
//! assert_eq!(article.meta.place.as_deref(), Some("Minsk"));
//! assert!(article.lead().unwrap().starts_with("Die Verteidigungsminister"));
//! assert_eq!(article.dropped[0].reason, DropReason::Chrome);
//! assert_eq!(article.blocks.last().unwrap().kind, BlockKind::Lead);
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod article;
mod date;
mod dateline;
mod decode;
mod error;
mod explain;
#[cfg(feature = "serde")]
mod json;
mod rules;
mod structure;
mod title;
pub mod vocabulary;

pub use article::{
    Article, Block, BlockKind, DropReason, DroppedLine, LineRange, Metadata, TOO_LONG_PREVIEW_CHARS,
};
pub use date::{ClockTime, PartialDate, parse_date, parse_date_prefix, starts_with_date_word};
pub use dateline::DateKind;
pub use decode::Encoding;
pub use error::{ParseError, RuleError};
pub use explain::explain;
#[cfg(feature = "serde")]
pub use json::JSON_SCHEMA;
pub use rules::{Rule, RuleAction, RuleSet, Zone};
pub use title::{TitleCandidate, TitleEvidence};

/// Limits that keep parsing bounded on hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Inputs larger than this are refused with [`ParseError::TooLarge`]. The default,
    /// 128 MiB, is some 25,000 times a typical article and still fits a whole-archive
    /// dump in one file.
    pub max_input_bytes: u64,
    /// Lines longer than this (in bytes, before decoding) are left out and reported as
    /// [`DropReason::TooLong`]. The default, 1 MiB, is twenty times the longest article
    /// we have seen saved as one line.
    pub max_line_bytes: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: 128 * 1024 * 1024,
            max_line_bytes: 1024 * 1024,
        }
    }
}

/// A configured parser: a rule table and limits.
#[derive(Debug, Clone)]
pub struct Parser<'r> {
    rules: &'r RuleSet,
    options: ParseOptions,
}

impl Default for Parser<'static> {
    fn default() -> Self {
        Parser {
            rules: RuleSet::builtin(),
            options: ParseOptions::default(),
        }
    }
}

impl<'r> Parser<'r> {
    /// A parser with its own rule table.
    pub fn with_rules(rules: &'r RuleSet) -> Self {
        Parser {
            rules,
            options: ParseOptions::default(),
        }
    }

    /// Replaces the limits.
    pub fn options(mut self, options: ParseOptions) -> Self {
        self.options = options;
        self
    }

    /// Parses one article from its bytes. Its texts borrow from `bytes` where they are
    /// the input's own (UTF-8 input whose lines needed no normalising); input in another
    /// encoding is decoded into a copy, and the article then owns its texts.
    pub fn parse<'b>(&self, bytes: &'b [u8]) -> Result<Article<'b>, ParseError> {
        let size = bytes.len() as u64;
        if size > self.options.max_input_bytes {
            return Err(ParseError::TooLarge {
                size,
                limit: self.options.max_input_bytes,
            });
        }
        let (text, encoding) = decode::decode(bytes)?;
        let max_line_bytes = self.options.max_line_bytes;
        Ok(match text {
            std::borrow::Cow::Borrowed(text) => {
                structure::build(text, encoding, self.rules, max_line_bytes)
            }
            std::borrow::Cow::Owned(text) => {
                structure::build(&text, encoding, self.rules, max_line_bytes).into_owned()
            }
        })
    }
}

/// Parses one article with the built-in rules and default limits.
pub fn parse(bytes: &[u8]) -> Result<Article<'_>, ParseError> {
    Parser::with_rules(RuleSet::builtin()).parse(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(max_input_bytes: u64, max_line_bytes: usize) -> ParseOptions {
        ParseOptions {
            max_input_bytes,
            max_line_bytes,
        }
    }

    #[test]
    fn a_line_over_the_limit_is_reported_and_the_rest_parsed() {
        let long = "x".repeat(500);
        let page = format!(
            "Titel der Seite\n\n{long}\n\nDie Allianz hat am Freitag in Minsk getagt und über die Lage gesprochen, wie es hieß.\n"
        );
        let article = Parser::default()
            .options(limited(1 << 20, 200))
            .parse(page.as_bytes())
            .unwrap();
        let dropped: Vec<_> = article
            .dropped
            .iter()
            .filter(|d| d.reason == DropReason::TooLong)
            .collect();
        assert_eq!(dropped.len(), 1, "{:?}", article.dropped);
        assert_eq!(dropped[0].line, 3);
        assert_eq!(dropped[0].rule, "max-line-bytes");
        assert_eq!(dropped[0].text.chars().count(), TOO_LONG_PREVIEW_CHARS + 1);
        assert!(article.lead().unwrap().starts_with("Die Allianz"));
        assert_eq!(article.meta.title.as_deref(), Some("Titel der Seite"));
    }

    #[test]
    fn a_line_at_the_limit_is_read() {
        let page = format!("{}.\n", "Wort ".repeat(40).trim_end());
        let options = limited(1 << 20, page.len() - 1);
        let article = Parser::default()
            .options(options)
            .parse(page.as_bytes())
            .unwrap();
        assert!(article.dropped.is_empty(), "{:?}", article.dropped);
        assert_eq!(article.blocks.len(), 1);
    }

    #[test]
    fn texts_borrow_from_utf8_input_and_are_owned_after_decoding() {
        use std::borrow::Cow;
        let page = "Titel der Seite\n\nDie Allianz hat am Freitag in Minsk getagt und über die Lage gesprochen, wie es hieß.\n";
        let article = parse(page.as_bytes()).unwrap();
        assert!(
            article
                .blocks
                .iter()
                .all(|b| matches!(b.text, Cow::Borrowed(_)))
        );
        // The same page in Windows-1252 is decoded into a copy the article cannot borrow.
        let latin1: Vec<u8> = page
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        let decoded = parse(&latin1).unwrap();
        assert!(
            decoded
                .blocks
                .iter()
                .all(|b| matches!(b.text, Cow::Owned(_)))
        );
        assert_eq!(decoded.blocks, article.clone().into_owned().blocks);
    }

    #[test]
    fn an_input_over_the_size_limit_is_refused() {
        let result = Parser::default()
            .options(limited(10, 1 << 20))
            .parse(b"Elf Zeichen.");
        assert_eq!(
            result,
            Err(ParseError::TooLarge {
                size: 12,
                limit: 10
            })
        );
    }
}
