//! Reads a parsed [`lagebild_parse::Article`] and returns typed facts about military
//! alliances, each with its provenance: memberships and their status, founding dates,
//! forces, deployments with national contingents, troops stationed abroad, roles, quotes,
//! figures and events.
//!
//! The knowledge is data: a gazetteer of states, organisations, people and places
//! (`data/*.tsv`) matched with Aho-Corasick; German numbers and dates are nom grammars;
//! the sentence splitter knows German abbreviations and ordinals.
//!
//! What this crate is not: it does not merge facts across articles (`lagebild-dossier`)
//! and does not render anything (`lagebild-export`). It reads only the article's own
//! text: nothing from dropped lines such as teasers for other articles.
//!
//! # Example
//!
//! ```
//! use lagebild_model::{Fact, MembershipStatus};
//!
//! let page = "Kaukasus\n\nEriwan geht auf Distanz\n\n23.02.2024, 09:00 Uhr | dpa\n\n\
//!     Armenien hat seine Mitgliedschaft in der OVKS im Februar 2024 eingefroren. \
//!     Das Bündnis wurde im Jahr 2002 gegründet.\n";
//! let article = lagebild_parse::parse(page.as_bytes()).unwrap();
//! let facts = lagebild_extract::extract(&article, "beispiel");
//! let kinds: Vec<&str> = facts.facts.iter().map(|f| f.fact.kind()).collect();
//! assert_eq!(kinds, ["membership", "founded"]);
//! assert!(matches!(&facts.facts[0].fact,
//!     Fact::Membership { state, status: MembershipStatus::Suspended, .. } if state.as_str() == "AM"));
//! assert_eq!(facts.facts[1].provenance.sentence, "Das Bündnis wurde im Jahr 2002 gegründet.");
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod context;
mod facts;
mod gazetteer;
mod number;
mod sentence;
mod when;

pub use facts::{date_expressions, extract};
