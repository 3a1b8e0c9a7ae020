//! What a parsed article is: metadata, an ordered list of blocks, and the dropped lines.
//!
//! Invariant: every input line with visible text is in exactly one block or exactly one
//! dropped entry, so a user can always find out what happened to a line.

use crate::date::{ClockTime, PartialDate};
use crate::dateline::DateKind;
use crate::decode::Encoding;
use crate::title::TitleCandidate;
use std::borrow::Cow;

/// A span of lines of the original file, 1-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineRange {
    /// First line.
    pub start: u32,
    /// Last line.
    pub end: u32,
}

impl LineRange {
    /// A range of one line.
    pub fn single(line: u32) -> Self {
        LineRange {
            start: line,
            end: line,
        }
    }

    /// Whether `line` is inside the range.
    pub fn contains(&self, line: u32) -> bool {
        (self.start..=self.end).contains(&line)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for LineRange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The topic line above the headline (Dachzeile).
    Kicker,
    /// The headline.
    Title,
    /// A line of publication metadata: date, time, source (also `Stand:` lines).
    Dateline,
    /// The author line.
    Byline,
    /// The first body paragraph (Vorspann).
    Lead,
    /// A subheading between paragraphs.
    Heading,
    /// A body paragraph.
    Paragraph,
    /// One item of a bulleted or numbered list.
    ListItem,
    /// A paragraph that is entirely a quotation.
    Quote,
    /// An image caption.
    Caption,
}

impl BlockKind {
    /// The name used in JSON and `--explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Kicker => "kicker",
            BlockKind::Title => "title",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Lead => "lead",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list-item",
            BlockKind::Quote => "quote",
            BlockKind::Caption => "caption",
        }
    }

    /// True for the kinds that make up the article's running text (lead, headings,
    /// paragraphs, list items, quotes): what fact extraction reads.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Lead
                | BlockKind::Heading
                | BlockKind::Paragraph
                | BlockKind::ListItem
                | BlockKind::Quote
        )
    }
}

/// One piece of the article, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block<'a> {
    /// What the block is.
    pub kind: BlockKind,
    /// The normalised text (bullets, rubric words and lead datelines removed): borrowed
    /// from the input where the line needed no change, which is nearly always.
    pub text: Cow<'a, str>,
    /// Where it stands in the original file.
    pub lines: LineRange,
    /// A rubric word fused to the heading or title (`Analyse`), split off.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub rubric: Option<String>,
}

impl Block<'_> {
    /// The block with its text its own.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

/// How much of a line over the length limit is kept in its [`DroppedLine`] entry: enough
/// to recognise it.
pub const TOO_LONG_PREVIEW_CHARS: usize = 120;

/// Why a line is not part of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum DropReason {
    /// Page furniture: share buttons, read-more links, notices, counters.
    Chrome,
    /// An ad marker or sponsored content label.
    Advertisement,
    /// A photo credit, copyright line or agency code.
    Credit,
    /// The site's top bar above the headline: menu words, stray characters, the save date.
    PageHeader,
    /// A teaser for another article, or a line in a block of them.
    Teaser,
    /// The second copy of an image caption, the one with the credit.
    CaptionDuplicate,
    /// The same line again right after itself.
    Duplicate,
    /// A line of invisible characters only (no-break spaces, zero-width characters).
    Blank,
    /// A line longer than [`crate::ParseOptions::max_line_bytes`]: left out unread, its
    /// text cut to a preview, so one endless line cannot cost unbounded time or memory.
    TooLong,
}

impl DropReason {
    /// The name used in JSON, `--explain` and the rule table.
    pub fn as_str(self) -> &'static str {
        match self {
            DropReason::Chrome => "chrome",
            DropReason::Advertisement => "advertisement",
            DropReason::Credit => "credit",
            DropReason::PageHeader => "page-header",
            DropReason::Teaser => "teaser",
            DropReason::CaptionDuplicate => "caption-duplicate",
            DropReason::Duplicate => "duplicate",
            DropReason::Blank => "blank",
            DropReason::TooLong => "too-long",
        }
    }

    /// The reasons a rule table may name.
    pub(crate) fn from_rule_name(name: &str) -> Option<Self> {
        Some(match name {
            "chrome" => DropReason::Chrome,
            "advertisement" => DropReason::Advertisement,
            "credit" => DropReason::Credit,
            "page-header" => DropReason::PageHeader,
            "teaser" => DropReason::Teaser,
            _ => return None,
        })
    }
}

/// An input line that is not part of the article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DroppedLine<'a> {
    /// Line number in the original file.
    pub line: u32,
    /// The normalised text (for a [`DropReason::TooLong`] line, its first
    /// [`TOO_LONG_PREVIEW_CHARS`] characters and `…`), borrowed from the input where
    /// possible.
    pub text: Cow<'a, str>,
    /// Why it was dropped.
    pub reason: DropReason,
    /// The rule table id or structural rule that decided it (borrowed from the built-in
    /// rule table, owned for a table read at run time).
    pub rule: Cow<'static, str>,
}

impl DroppedLine<'_> {
    /// The entry with its text its own.
    pub fn into_owned(self) -> DroppedLine<'static> {
        DroppedLine {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

/// Metadata of an article, as far as the page gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The topic line above the headline.
    pub kicker: Option<String>,
    /// The best publication date the page offers (see `date_kind`).
    pub published: Option<PartialDate>,
    /// Time of day that came with the date.
    pub published_time: Option<ClockTime>,
    /// What kind of line `published` came from.
    pub date_kind: Option<DateKind>,
    /// The outlet or agency (`AFP`, `dpa`).
    pub source: Option<String>,
    /// Author(s) from a byline.
    pub author: Option<String>,
    /// The dateline place opening the lead (`Moskau`).
    pub place: Option<String>,
    /// The encoding the bytes were decoded from.
    pub encoding: Encoding,
}

/// A parsed article. Its texts borrow from the decoded input (`'a`) wherever a line
/// needed no normalising, so that a large page is not copied line by line; see
/// [`Article::into_owned`] for one that outlives its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article<'a> {
    /// Metadata.
    pub meta: Metadata,
    /// Blocks in reading order, metadata lines (kicker, title, dateline, byline) included.
    pub blocks: Vec<Block<'a>>,
    /// Every line with visible text that is not in a block.
    pub dropped: Vec<DroppedLine<'a>>,
    /// Number of lines in the original file.
    pub line_count: u32,
    /// The header lines weighed as the headline, the chosen one marked, with the
    /// evidence for and against each (empty when the page gives its title in a
    /// metadata prefix or has no header text).
    pub title_candidates: Vec<TitleCandidate>,
}

impl<'a> Article<'a> {
    /// The lead paragraph's text, if the article has one.
    pub fn lead(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Lead)
            .map(|b| b.text.as_ref())
    }

    /// The running text of the article: lead, headings, paragraphs, list items, quotes.
    pub fn body(&self) -> impl Iterator<Item = &Block<'a>> {
        self.blocks.iter().filter(|b| b.kind.is_body())
    }

    /// The article with every text its own, independent of the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            meta: self.meta,
            blocks: self.blocks.into_iter().map(Block::into_owned).collect(),
            dropped: self
                .dropped
                .into_iter()
                .map(DroppedLine::into_owned)
                .collect(),
            line_count: self.line_count,
            title_candidates: self.title_candidates,
        }
    }
}
