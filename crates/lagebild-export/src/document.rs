//! The document model every output format is encoded from: a title, a language and a
//! sequence of blocks (headings, paragraphs, lists, tables, a timeline, a sources list)
//! whose text is made of inline spans that carry their language, links to other pages of
//! a briefing and citations of sources.
//!
//! Builders (`briefing`, `fact_sheet`, `digest`) make documents from a dossier view and a
//! localizer; the encoders in [`crate::markdown`], [`crate::html`] and [`crate::json`]
//! write them. Text in a document is plain text: nothing in it is escaped, and each
//! encoder escapes for its own format.
//!
//! A briefing of a large corpus is written block by block through a [`Sink`], so that its
//! article digests never have to be held at once.

use lagebild_model::When;
use serde::Serialize;

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The writer failed.
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    /// JSON serialisation failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// A whole document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// What the document is called (the HTML `<title>`, the first heading).
    pub title: String,
    /// The reader's language (BCP 47), the language of every span without one of its own.
    pub lang: String,
    /// The content in reading order.
    pub blocks: Vec<Block>,
}

/// The head of a document, which a streaming encoder needs before the first block.
#[derive(Debug, Clone, Copy)]
pub struct Head<'a> {
    /// The document's title.
    pub title: &'a str,
    /// The reader's language.
    pub lang: &'a str,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A section heading, level 1 for the document's title.
    Heading {
        /// 1 to 6.
        level: u8,
        /// The heading's text.
        content: Vec<Inline>,
    },
    /// A paragraph.
    Paragraph {
        /// Its text.
        content: Vec<Inline>,
    },
    /// A quotation set apart.
    Quote {
        /// Its text.
        content: Vec<Inline>,
    },
    /// A bulleted list.
    List {
        /// One entry per item.
        items: Vec<Vec<Inline>>,
    },
    /// A table with a header row.
    Table {
        /// The column headings.
        header: Vec<Vec<Inline>>,
        /// The rows, each with one cell per column.
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Dated points, oldest first.
    Timeline {
        /// What the timeline shows, for readers that cannot see it (the SVG's title).
        label: String,
        /// The points.
        entries: Vec<TimelineEntry>,
    },
    /// The sources cited in the document, numbered in the order they are listed.
    Sources {
        /// The entries, numbered from 1 up.
        entries: Vec<Source>,
    },
}

/// One point on a timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The date with its precision.
    pub when: When,
    /// The date in the reader's words (`Frühjahr 2015`, `die 1990er Jahre`).
    pub date: String,
    /// What happened.
    pub label: String,
}

/// One entry of a sources list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// The footnote number, the same in every format.
    pub number: usize,
    /// The article's name (its title in its own language, or what names it otherwise).
    pub title: Vec<Inline>,
    /// When it was published, in the reader's words.
    pub date: String,
    /// The outlet or agency, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The page of the article's digest in a briefing.
    pub page: Page,
}

/// A span of text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text, in the document's language unless `lang` says otherwise.
    Text {
        /// The text, unescaped.
        text: String,
        /// The language of a foreign span (a German quotation in an English briefing).
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// Emphasised text.
    Emphasis {
        /// What is emphasised.
        content: Vec<Inline>,
    },
    /// Strongly emphasised text.
    Strong {
        /// What is emphasised.
        content: Vec<Inline>,
    },
    /// Text shown as it is (a file name).
    Code {
        /// The text.
        text: String,
    },
    /// A link to another page of the briefing; written as its content alone where the
    /// encoder is given no page names.
    Link {
        /// The page linked to.
        target: Page,
        /// The link's text.
        content: Vec<Inline>,
    },
    /// A line break inside a paragraph or list item.
    Break,
    /// References to entries of the document's sources list, ascending.
    Cite {
        /// Footnote numbers.
        numbers: Vec<usize>,
    },
}

impl Inline {
    /// Text in the document's language.
    pub fn text(text: impl Into<String>) -> Inline {
        Inline::Text {
            text: text.into(),
            lang: None,
        }
    }

    /// Text in language `lang`.
    pub fn foreign(text: impl Into<String>, lang: &str) -> Inline {
        Inline::Text {
            text: text.into(),
            lang: Some(lang.to_owned()),
        }
    }
}

/// A page of a briefing written as a set of pages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "page", content = "id", rename_all = "snake_case")]
pub enum Page {
    /// The briefing itself.
    Briefing,
    /// The fact sheet of an organisation, by its id.
    FactSheet(String),
    /// The digest of an article, by its number in the view's sources.
    Article(usize),
}

/// Where each page of a set is written, relative to the set's root (`index.html`,
/// `factsheets/csto.html`); encoders make links relative to the page being written.
pub trait Pages {
    /// The path of `page` from the root, `/`-separated, if it is written.
    fn path(&self, page: &Page) -> Option<&str>;
}

/// What encoders are told beyond the document.
#[derive(Clone, Copy, Default)]
pub struct Options<'a> {
    /// The pages of the set this document belongs to; without it, links are written as
    /// their text.
    pub pages: Option<&'a dyn Pages>,
    /// The path of the page being written, from the set's root.
    pub path: &'a str,
    /// The shared stylesheet's path from the set's root (HTML); without it, the style is
    /// written into the page.
    pub stylesheet: Option<&'a str>,
    /// The text of the link from a page of the set back to the briefing (HTML).
    pub home: &'a str,
}

impl Options<'_> {
    /// The link from the page being written to `page`, if both are in the set and they
    /// are not the same page.
    pub fn link(&self, page: &Page) -> Option<String> {
        let target = self.pages?.path(page)?;
        (target != self.path).then(|| relative(self.path, target))
    }
}

/// `target` as seen from the page at `from` (both from the set's root).
pub(crate) fn relative(from: &str, target: &str) -> String {
    let depth = from.matches('/').count();
    let mut link = "../".repeat(depth);
    link.push_str(target);
    link
}

/// Receives a document block by block: encoders implement it to write a document as it
/// is built, and [`Document`] to collect one.
pub trait Sink {
    /// The document begins.
    fn begin(&mut self, head: Head<'_>) -> Result<(), Error>;
    /// The next block.
    fn block(&mut self, block: &Block) -> Result<(), Error>;
    /// The document ends.
    fn end(&mut self) -> Result<(), Error>;
}

impl Sink for Document {
    fn begin(&mut self, head: Head<'_>) -> Result<(), Error> {
        head.title.clone_into(&mut self.title);
        head.lang.clone_into(&mut self.lang);
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), Error> {
        self.blocks.push(block.clone());
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

impl Document {
    /// An empty document, to collect one from a builder that writes to a [`Sink`].
    pub fn empty() -> Document {
        Document {
            title: String::new(),
            lang: String::new(),
            blocks: Vec::new(),
        }
    }

    /// Writes the document to `sink`.
    pub fn write_to(&self, sink: &mut dyn Sink) -> Result<(), Error> {
        sink.begin(Head {
            title: &self.title,
            lang: &self.lang,
        })?;
        for block in &self.blocks {
            sink.block(block)?;
        }
        sink.end()
    }
}

/// The plain text of `inlines` (citations left out), for titles and labels.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(&mut out, inlines);
    out
}

fn push_plain(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text { text, .. } | Inline::Code { text } => out.push_str(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => {
                push_plain(out, content);
            }
            Inline::Cite { .. } => {}
            Inline::Break => out.push(' '),
        }
    }
}
