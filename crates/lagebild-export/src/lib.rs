//! Writes what the user reads: localized briefings, fact sheets and article digests of a
//! dossier. Each is built once as a [`Document`] (sections, paragraphs, lists, tables, a
//! timeline, a sources list, inline spans that carry their language) from a
//! [`lagebild_dossier::DossierView`] and a [`Localizer`], and written by one of three
//! sibling encoders: [`markdown`], [`html`] and [`json`]. None of them reads another's
//! output, and each escapes for its own format.
//!
//! Every word of the frame comes from Fluent resources (`locales/<lang>/*.ftl`; German,
//! English, French and Russian ship complete); numbers, dates of every precision and lists are
//! formatted by ICU4X. Footnote numbers are given once, in the order the sources are
//! listed, and are the same in every format.
//!
//! What this crate is not: it reads no articles and merges nothing.
//!
//! # Example
//!
//! ```
//! use lagebild_export::{Localizer, Options, briefing, markdown};
//! use lagebild_model::When;
//!
//! let dossier = lagebild_dossier::from_articles([]);
//! let view = lagebild_dossier::view(&dossier, When::parse("2024-02"));
//! let english = Localizer::new("en").unwrap();
//! let document = briefing(&view, &dossier, &english);
//! let text = markdown::to_string(&document, &Options::default());
//! assert!(text.starts_with("# "));
//! assert_eq!(english.number(20000.0), "20,000");
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod bounds;
mod briefing;
pub mod document;
mod factsheet;
pub mod html;
pub mod json;
mod l10n;
mod locales;
pub mod markdown;
mod po;
mod spans;
mod timeline;
mod translate;

pub use briefing::{briefing, digest, digests, write_briefing};
pub use document::{
    Block, Document, Error, Head, Inline, Options, Page, Pages, Sink, Source, TimelineEntry,
};
pub use factsheet::fact_sheet;
pub use l10n::{
    Args, LocaleError, Localizer, PSEUDO_LOCALE, REFERENCE_LOCALE, RenderReport, is_pseudo,
};
pub use locales::{
    Finding, LocaleDirError, LocaleFile, Severity, builtin_files, check as check_locales,
    check_language, languages, read_directory,
};
pub use translate::{
    Segment, SegmentKind, Translations, TranslationsError, fill_po, po_template, segments,
    translated_entries,
};
