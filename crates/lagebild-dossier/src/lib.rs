//! Merges the facts of many articles into one [`Dossier`] and reads it back per
//! organisation: the same fact from several articles becomes one entry with every source
//! (and how many), statuses keep their history (`as_of` any date, and the changes), and
//! disagreements between sources are kept and flagged rather than resolved.
//!
//! The stored dossier is a set of observations, so [`merge`] is a set union: associative
//! and commutative. A corpus can be extracted article by article anywhere (one JSON line
//! of `ArticleFacts` each) and reduced with [`merge`] in any grouping; see the
//! repository's `docs/scaling.md`. [`view`] derives the readable form.
//!
//! [`read_fact_lines`] reads a fact file (JSON Lines of `ArticleFacts`), checking every
//! record as it goes.
//!
//! What this crate is not: it reads no article text (that is `lagebild-extract`) and renders
//! nothing (that is `lagebild-export`).
//!
//! # Example
//!
//! ```
//! use lagebild_model::{ArticleFacts, ArticleInfo, Fact, FactRecord, OrgId, Provenance, When, FACTS_SCHEMA};
//!
//! let article = |id: &str, year: i32| ArticleFacts {
//!     schema: FACTS_SCHEMA.to_owned(),
//!     article: ArticleInfo { id: id.into(), file: None, title: None, published: When::year(2024), source: None, lead: None, headings: vec![] },
//!     entities: vec![],
//!     facts: vec![FactRecord {
//!         about: None,
//!         fact: Fact::Founded { org: OrgId::new("CSTO"), date: When::year(year).unwrap() },
//!         provenance: Provenance { article: id.into(), line: 1, span: [0, 10], sentence: "…".into() },
//!     }],
//! };
//! let a = lagebild_dossier::from_articles([article("a", 2002)]);
//! let b = lagebild_dossier::from_articles([article("b", 2002)]);
//! let merged = lagebild_dossier::merge(a.clone(), b.clone());
//! assert_eq!(merged, lagebild_dossier::merge(b, a));
//!
//! let view = lagebild_dossier::view(&merged, None);
//! let csto = &view.organisations[0];
//! assert_eq!(csto.founded[0].value.to_string(), "2002");
//! assert_eq!(csto.founded[0].corroboration, 2);
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod history;
mod jsonl;
mod merge;
mod view;

pub use jsonl::{FactFileError, read_fact_lines};
pub use lagebild_model::Dossier;
pub use merge::{DossierBuilder, from_article, from_articles, merge};
pub use view::{
    Citation, Conflict, ConflictAbout, ConflictValue, ContingentRow, DeploymentRow, DossierView,
    EventRow, FigureRow, ForceRow, MemberCount, MemberRow, OrgDossier, PersonRow, QuoteRow,
    Related, RoleRow, StationedRow, StatusChange, Supported, view,
};
