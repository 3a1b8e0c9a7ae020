//! Writes what the user reads: localized fact sheets of the organisations in a dossier,
//! as Markdown. Every word of the frame comes from Fluent resources
//! (`locales/<lang>/*.ftl`, German, English and Russian ship complete); numbers, dates of
//! every precision and lists are formatted by ICU4X; every value taken from articles is
//! escaped so that it stays text.
//!
//! What this crate is not: it reads no articles and merges nothing; it takes a
//! [`lagebild_dossier::DossierView`] and renders it.
//!
//! # Example
//!
//! ```
//! use lagebild_export::{Localizer, fact_sheet_markdown};
//! use lagebild_model::When;
//!
//! let dossier = lagebild_dossier::from_articles([]);
//! let view = lagebild_dossier::view(&dossier, When::parse("2024-02"));
//! let german = Localizer::new("de").unwrap();
//! assert_eq!(german.number(20000.0), "20.000");
//! assert!(view.organisations.is_empty());
//! let _ = fact_sheet_markdown;
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod bounds;
mod briefing;
mod factsheet;
mod html;
mod l10n;
mod locales;
mod markdown;
mod po;
mod timeline;
mod translate;

pub use briefing::{
    article_digest_markdown, article_digests_markdown, briefing_markdown, write_briefing_markdown,
};
pub use factsheet::fact_sheet_markdown;
pub use html::to_html;
pub use l10n::{Args, LocaleError, Localizer, REFERENCE_LOCALE, RenderReport};
pub use locales::{
    Finding, LocaleDirError, LocaleFile, Severity, builtin_files, check as check_locales,
    check_language, languages, read_directory,
};
pub use markdown::escape;
pub use translate::{
    Segment, SegmentKind, Translations, TranslationsError, fill_po, po_template, segments,
    translated_entries,
};
