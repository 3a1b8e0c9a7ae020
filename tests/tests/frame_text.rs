//! The frame of every document of the examples (the briefing, each fact sheet, each
//! article's digest) is written in the reader's language by Fluent and ICU4X alone.
//!
//! The frame is the document's text outside data: spans marked with a language of their
//! own (titles, leads and quotes as the articles wrote them) and file names are data,
//! and so are the names a locale does not translate (people, places, roles and counted
//! nouns as the article gave them, outlets). Checked here on the document model, before
//! any encoder, so that no Markdown or HTML syntax is mistaken for text:
//!
//! - every message exists and formats without an error, in German, English, French and
//!   Russian;
//! - the English, French and Russian frames hold no German frame word and no German
//!   quotation mark, and the Russian frame no Latin letter;
//! - in the pseudo-locale every consonant of the frame is accented (the accented
//!   transform doubles vowels and leaves them plain): an ASCII consonant left once the
//!   data is taken out is text that was put together outside Fluent.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_export::{Block, Document, Inline, Localizer};
use lagebild_model::{ArticleFacts, Dossier};

/// The briefing, every fact sheet and every digest of `dossier` in `l`'s language.
fn documents(dossier: &Dossier, l: &Localizer) -> Vec<Document> {
    let view = lagebild_dossier::view(dossier, None);
    let mut documents = vec![lagebild_export::briefing(&view, dossier, l)];
    for org in &view.organisations {
        documents.push(lagebild_export::fact_sheet(&view, org, l));
    }
    for citation in &view.sources {
        documents.push(lagebild_export::digest(&view, dossier, citation, l));
    }
    documents
}

/// The frame text of `inlines`, one piece per span.
fn inline_frame(inlines: &[Inline], out: &mut Vec<String>) {
    for inline in inlines {
        match inline {
            Inline::Text { text, lang: None } => out.push(text.clone()),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => inline_frame(content, out),
            // Foreign spans and file names are data; breaks and citations hold no text.
            Inline::Text { lang: Some(_), .. }
            | Inline::Code { .. }
            | Inline::Break
            | Inline::Cite { .. } => {}
        }
    }
}

/// The frame text of a document: every span of every block outside data. The title is
/// left out: a digest is titled by its article's title, which its first heading shows as
/// a span in the article's language.
fn frame(document: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for block in &document.blocks {
        match block {
            Block::Heading { content, .. }
            | Block::Paragraph { content }
            | Block::Quote { content } => inline_frame(content, &mut out),
            Block::List { items } => items.iter().for_each(|i| inline_frame(i, &mut out)),
            Block::Table { header, rows } => {
                header.iter().for_each(|c| inline_frame(c, &mut out));
                rows.iter()
                    .flatten()
                    .for_each(|c| inline_frame(c, &mut out));
            }
            Block::Timeline { label, entries } => {
                out.push(label.clone());
                for entry in entries {
                    out.push(entry.date.clone());
                    out.push(entry.label.clone());
                }
            }
            // An outlet's name is data.
            Block::Sources { entries } => {
                for entry in entries {
                    inline_frame(&entry.title, &mut out);
                    out.push(entry.date.clone());
                }
            }
        }
    }
    out
}

/// What the documents show as the articles gave it: people, places, roles and counted
/// nouns (a locale names only those it spells differently), outlets and file names.
fn data(facts: &[ArticleFacts]) -> Vec<String> {
    fn strings(value: &serde_json::Value, key: Option<&str>, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s)
                if key.is_some_and(|k| {
                    ["person", "speaker", "role", "counts", "place"].contains(&k)
                }) =>
            {
                out.push(s.clone());
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, key, out)),
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    strings(v, Some(k), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for article in facts {
        out.extend(article.article.source.clone());
        out.extend(article.article.file.clone());
        for record in &article.facts {
            strings(&serde_json::to_value(&record.fact).unwrap(), None, &mut out);
        }
    }
    // The longest first, so that a name is taken out whole before a part of it.
    out.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    out.dedup();
    out
}

/// Words only German frame text uses, and the German opening quotation mark.
const GERMAN: &[&str] = &[
    "und",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "mit",
    "nach",
    "von",
    "vom",
    "bis",
    "seit",
    "auf",
    "erstmals",
    "gemeldet",
    "Gründung",
    "gegründet",
    "Mitglied",
    "Mitglieder",
    "Mitgliedschaft",
    "Truppen",
    "Soldaten",
    "Gipfel",
    "Quellen",
    "Quelle",
    "Stand",
    "Faktenblatt",
    "Zeitleiste",
    "Kontingent",
    "Kontingente",
    "Deutsch",
    "rund",
    "etwa",
    "mehrere",
    "Generalsekretär",
    "entsandte",
    "entsendet",
    "trat",
    "bei",
    "aus",
    "geplant",
];

fn german_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| GERMAN.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_message_formats_in_every_language() {
    let facts = lagebild_tests::example_facts();
    let dossier = lagebild_dossier::from_articles(facts);
    for lang in ["de", "en", "fr", "ru"] {
        let l = Localizer::new(lang).unwrap();
        let documents = documents(&dossier, &l);
        assert!(documents.len() > 10, "{lang}: {}", documents.len());
        let report = l.report();
        assert!(report.errors.is_empty(), "{lang}: {:?}", report.errors);
        assert!(report.missing.is_empty(), "{lang}: {:?}", report.missing);
    }
}

#[test]
fn no_german_frame_word_or_quotation_mark_outside_german() {
    let facts = lagebild_tests::example_facts();
    let dossier = lagebild_dossier::from_articles(facts);
    let german = Localizer::new("de").unwrap();
    // The list is German frame text: the German documents use most of its words.
    let used: usize = documents(&dossier, &german)
        .iter()
        .flat_map(frame)
        .map(|piece| german_words(&piece).len())
        .sum();
    assert!(used > 100, "{used}");
    for lang in ["en", "fr", "ru"] {
        let l = Localizer::new(lang).unwrap();
        for document in documents(&dossier, &l) {
            for piece in frame(&document) {
                let words = german_words(&piece);
                assert!(words.is_empty(), "{lang}: {words:?} in {piece:?}");
                assert!(!piece.contains('„'), "{lang}: „ in {piece:?}");
                // Typewriter quotes are nobody's quotation marks; “ is English's alone.
                assert!(!piece.contains('"'), "{lang}: \" in {piece:?}");
                if lang != "en" {
                    assert!(!piece.contains('“'), "{lang}: “ in {piece:?}");
                }
            }
        }
    }
}

/// The Russian frame is Cyrillic: a Latin letter in it is English that stood in for a
/// missing word or a name left in the German spelling. Organisations Russian writes in
/// Latin letters (`AUKUS`, `G7`) would be data of their own; the examples name none.
#[test]
fn the_russian_frame_has_no_latin_letter() {
    let facts = lagebild_tests::example_facts();
    let outlets: Vec<String> = facts
        .iter()
        .filter_map(|a| a.article.source.clone())
        .collect();
    let dossier = lagebild_dossier::from_articles(facts);
    let russian = Localizer::new("ru").unwrap();
    for document in documents(&dossier, &russian) {
        for piece in frame(&document) {
            let mut rest = piece.clone();
            for outlet in &outlets {
                rest = rest.replace(outlet.as_str(), " ");
            }
            assert!(
                !rest.chars().any(|c| c.is_ascii_alphabetic()),
                "Latin letters in {piece:?}"
            );
        }
    }
}

#[test]
fn the_pseudo_locale_accents_every_consonant_of_the_frame() {
    let facts = lagebild_tests::example_facts();
    let data = data(&facts);
    let dossier = lagebild_dossier::from_articles(facts);
    let pseudo = Localizer::pseudo().unwrap();
    let mut checked = 0;
    for document in documents(&dossier, &pseudo) {
        for piece in frame(&document) {
            let mut rest = piece.clone();
            for value in &data {
                rest = rest.replace(value.as_str(), " ");
            }
            checked += rest.chars().filter(|c| c.is_alphabetic()).count();
            let plain: String = rest
                .chars()
                .filter(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(*c))
                .collect();
            assert!(plain.is_empty(), "{plain:?} not accented in {piece:?}");
        }
    }
    assert!(checked > 5_000, "{checked} letters checked");
    assert!(pseudo.report().errors.is_empty(), "{:?}", pseudo.report());
}
