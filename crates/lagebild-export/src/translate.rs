//! Free text for human translators: the titles, leads, subheadings and quotes of a corpus
//! as gettext PO segments, and a filled-in PO file read back for rendering.
//!
//! Fluent localizes the frame; the articles' own words are not the frame and stay in
//! their language unless a person translated them. Each segment is keyed by its kind
//! (`msgctxt`) and its original text (`msgid`), so the same sentence in two articles is
//! translated once, and a segment keeps its identity across runs and corpora. A stable
//! short id and every source location go into comments for the translator's tools.

use crate::po::{self, PoError};
use lagebild_model::{Dossier, Fact};
use polib::catalog::Catalog;
use polib::message::{Message, MessageMutView};
use polib::metadata::CatalogMetadata;
use std::collections::{BTreeMap, HashMap};

/// What a segment of free text is; its `msgctxt` in the PO file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SegmentKind {
    /// An article's title.
    Title,
    /// An article's lead paragraph.
    Lead,
    /// A subheading inside an article.
    Heading,
    /// Quoted words.
    Quote,
}

impl SegmentKind {
    const ALL: [SegmentKind; 4] = [Self::Title, Self::Lead, Self::Heading, Self::Quote];

    /// The `msgctxt` of this kind.
    pub fn context(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Lead => "lead",
            Self::Heading => "heading",
            Self::Quote => "quote",
        }
    }

    fn from_context(context: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.context() == context)
    }
}

/// Translations of free-text segments, read from a PO file; empty by default.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    by_segment: HashMap<(SegmentKind, String), String>,
}

/// Why a translations file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TranslationsError {
    /// The file is not a well-formed PO file; `line` is 1-based.
    #[error("not a valid PO file: line {line}: {message}")]
    Syntax {
        /// The line of the first error.
        line: usize,
        /// What is wrong there.
        message: String,
    },
}

impl From<PoError> for TranslationsError {
    fn from(error: PoError) -> Self {
        TranslationsError::Syntax {
            line: error.line,
            message: error.message,
        }
    }
}

/// How many entries of a PO file have a translation filled in (fuzzy ones and entries
/// of any context included; the header is not an entry): what replacing the file would
/// throw away.
pub fn translated_entries(bytes: &[u8]) -> Result<usize, TranslationsError> {
    Ok(po::parse(bytes)?
        .iter()
        .filter(|e| !e.id.is_empty() && e.is_translated())
        .count())
}

impl Translations {
    /// Reads a PO file. Untranslated and fuzzy entries are skipped (a fuzzy entry is a
    /// guess the translator has not confirmed), and so are entries whose `msgctxt` is
    /// not a segment kind this version knows. Translations are text like the articles'
    /// own words: they are escaped wherever they are written.
    pub fn from_po(bytes: &[u8]) -> Result<Self, TranslationsError> {
        let mut by_segment = HashMap::new();
        for entry in po::parse(bytes)? {
            if entry.fuzzy || entry.plural {
                continue;
            }
            let (Some(kind), Some(translation)) = (
                entry.context.as_deref().and_then(SegmentKind::from_context),
                entry.translations.first(),
            ) else {
                continue;
            };
            if translation.trim().is_empty() {
                continue;
            }
            by_segment.insert((kind, entry.id), translation.clone());
        }
        Ok(Translations { by_segment })
    }

    /// The translation of one segment, if the file has one.
    pub fn get(&self, kind: SegmentKind, original: &str) -> Option<&str> {
        self.by_segment
            .get(&(kind, original.to_owned()))
            .map(String::as_str)
    }

    /// How many segments are translated.
    pub fn len(&self) -> usize {
        self.by_segment.len()
    }

    /// Whether no segment is translated.
    pub fn is_empty(&self) -> bool {
        self.by_segment.is_empty()
    }
}

/// One free-text segment of a corpus and where it occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What the text is.
    pub kind: SegmentKind,
    /// The text as the article printed it.
    pub text: String,
    /// BCP 47 language of the text.
    pub language: String,
    /// `file` or `file:line` of every occurrence, in corpus order.
    pub locations: Vec<String>,
}

impl Segment {
    /// A short id derived from kind and text only (FNV-1a, 64 bits, hex), so it is the
    /// same in every run and every corpus that contains the segment.
    pub fn id(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in self
            .kind
            .context()
            .bytes()
            .chain([0])
            .chain(self.text.bytes())
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{}-{hash:016x}", self.kind.context())
    }
}

/// The free-text segments of a dossier: each article's title, lead and subheadings, and
/// every quote, deduplicated by kind and text, ordered by kind, then first occurrence.
pub fn segments(dossier: &Dossier) -> Vec<Segment> {
    let mut found: BTreeMap<(SegmentKind, usize), Segment> = BTreeMap::new();
    let mut index: HashMap<(SegmentKind, String), (SegmentKind, usize)> = HashMap::new();
    let mut order = 0;
    let mut add = |kind: SegmentKind, text: &str, language: &str, location: String| {
        let key = (kind, text.to_owned());
        if let Some(slot) = index.get(&key).and_then(|at| found.get_mut(at)) {
            if !slot.locations.contains(&location) {
                slot.locations.push(location);
            }
            return;
        }
        order += 1;
        index.insert(key, (kind, order));
        found.insert(
            (kind, order),
            Segment {
                kind,
                text: text.to_owned(),
                language: language.to_owned(),
                locations: vec![location],
            },
        );
    };
    let file_of = |article: &str| {
        dossier
            .sources
            .iter()
            .find(|a| a.id == article)
            .and_then(|a| a.file.clone())
            .unwrap_or_else(|| article.to_owned())
    };
    for article in &dossier.sources {
        let file = article.file.clone().unwrap_or_else(|| article.id.clone());
        if let Some(title) = &article.title {
            add(SegmentKind::Title, title, "de", file.clone());
        }
        if let Some(lead) = &article.lead {
            add(SegmentKind::Lead, lead, "de", file.clone());
        }
        for heading in &article.headings {
            add(SegmentKind::Heading, heading, "de", file.clone());
        }
    }
    for record in &dossier.observations {
        if let Fact::Quote { text, language, .. } = &record.fact {
            let location = format!(
                "{}:{}",
                file_of(&record.provenance.article),
                record.provenance.line
            );
            add(SegmentKind::Quote, text, language, location);
        }
    }
    found.into_values().collect()
}

/// The segments as a PO template for translating into `target` (a BCP 47 tag): every
/// `msgstr` empty, the id and the language of the original as extracted comments, the
/// locations as references.
pub fn po_template(segments: &[Segment], target: &str) -> String {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "lagebild free text".to_owned();
    metadata.language = target.to_owned();
    metadata.mime_version = "1.0".to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    metadata.content_transfer_encoding = "8bit".to_owned();
    let mut catalog = Catalog::new(metadata);
    for segment in segments {
        let message = Message::build_singular()
            .with_msgctxt(segment.kind.context().to_owned())
            .with_msgid(segment.text.clone())
            .with_msgstr(String::new())
            .with_extracted_comments(format!(
                "id: {}\nlanguage: {}",
                segment.id(),
                segment.language
            ))
            .with_source(segment.locations.join(" "))
            .done();
        catalog.append_or_update(message);
    }
    let mut out = std::io::BufWriter::new(Vec::new());
    // Writing into memory cannot fail; an error here would be a bug in the writer.
    if polib::po_file::write(&catalog, &mut out).is_err() {
        return String::new();
    }
    String::from_utf8_lossy(&out.into_inner().unwrap_or_default()).into_owned()
}

/// Fills in one translation in a PO text; for tests and tools that pre-translate.
#[doc(hidden)]
pub fn fill_po(po: &str, kind: SegmentKind, original: &str, translation: &str) -> String {
    // polib panics on some malformed files; it sees only what this crate's reader accepts.
    if po::parse(po.as_bytes()).is_err() {
        return po.to_owned();
    }
    let Ok(mut catalog) = polib::po_file::parse_from_reader(po.as_bytes()) else {
        return po.to_owned();
    };
    if let Some(mut message) = catalog.find_message_mut(Some(kind.context()), original, None) {
        let _ = message.set_msgstr(translation.to_owned());
    }
    let mut out = std::io::BufWriter::new(Vec::new());
    if polib::po_file::write(&catalog, &mut out).is_err() {
        return po.to_owned();
    }
    String::from_utf8_lossy(&out.into_inner().unwrap_or_default()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PO: &str = r#"msgid ""
msgstr ""
"Language: en\n"

msgctxt "title"
msgid "Ein Titel"
msgstr "A title"

#, fuzzy
msgctxt "quote"
msgid "Vielleicht"
msgstr "Perhaps"

msgctxt "lead"
msgid "Noch offen"
msgstr ""

msgctxt "unknown-kind"
msgid "Ein Titel"
msgstr "Something else"
"#;

    #[test]
    fn only_confirmed_translations_of_known_kinds_are_used() {
        let translations = Translations::from_po(PO.as_bytes()).unwrap();
        assert_eq!(
            translations.get(SegmentKind::Title, "Ein Titel"),
            Some("A title")
        );
        assert_eq!(translations.get(SegmentKind::Quote, "Vielleicht"), None);
        assert_eq!(translations.get(SegmentKind::Lead, "Noch offen"), None);
        assert_eq!(translations.len(), 1);
    }

    #[test]
    fn ids_depend_on_kind_and_text_only() {
        let segment = |kind, text: &str, file: &str| Segment {
            kind,
            text: text.to_owned(),
            language: "de".to_owned(),
            locations: vec![file.to_owned()],
        };
        let a = segment(SegmentKind::Title, "Gipfel in Minsk", "a.txt");
        let b = segment(SegmentKind::Title, "Gipfel in Minsk", "b.txt");
        let c = segment(SegmentKind::Heading, "Gipfel in Minsk", "a.txt");
        assert_eq!(a.id(), b.id());
        assert_ne!(a.id(), c.id());
        assert!(a.id().starts_with("title-") && a.id().len() == "title-".len() + 16);
    }

    #[test]
    fn a_template_reads_back_with_nothing_translated() {
        let segments = vec![Segment {
            kind: SegmentKind::Quote,
            text: "Er sagte \"nein\"\nund ging.".to_owned(),
            language: "de".to_owned(),
            locations: vec!["a.txt:3".to_owned()],
        }];
        let po = po_template(&segments, "en");
        assert!(Translations::from_po(po.as_bytes()).unwrap().is_empty());
        let filled = fill_po(&po, SegmentKind::Quote, &segments[0].text, "He said no.");
        let translations = Translations::from_po(filled.as_bytes()).unwrap();
        assert_eq!(
            translations.get(SegmentKind::Quote, &segments[0].text),
            Some("He said no.")
        );
    }
}
