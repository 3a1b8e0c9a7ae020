//! Reads a parsed [`lagebild_parse::Article`] and returns typed facts about military
//! alliances, each with its provenance: memberships and their status, founding dates,
//! forces, deployments with national contingents, troops stationed abroad, roles, quotes,
//! figures and events.
//!
//! The knowledge is data: a gazetteer of states, organisations, people and places
//! (`data/*.tsv`) matched with Aho-Corasick, and a [`Lexicon`] of the rules' word lists
//! (`data/lexicon/*.tsv`: trigger verbs and nouns, titles, event and force names,
//! qualifiers, number and date words), whose trigger tables are compiled into one
//! automaton walk per sentence; an analyst extends both from a directory of their own
//! ([`Gazetteer::with_additions`], [`Lexicon::with_additions`]). German numbers and
//! dates are nom grammars; the sentence splitter knows German abbreviations and
//! ordinals.
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
//! assert_eq!(&*facts.facts[1].provenance.sentence, "Das Bündnis wurde im Jahr 2002 gegründet.");
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod context;
mod facts;
mod gazetteer;
mod lexicon;
mod number;
mod sentence;
mod walk;
mod when;

pub use facts::{Extractor, QUOTED_MAX_BYTES, date_expressions, extract};
pub use gazetteer::{Gazetteer, GazetteerError, MAX_ADDITION_BYTES};
pub use lexicon::{Lexicon, LexiconError};

use lagebild_model::{CalendarDate, Quantity, When};
use std::ops::Range;

/// Every number in `text` as German journalists write it (`20.000`, `2,6 Millionen`,
/// `rund 300`, `mehrere Tausend`), with its byte range, qualifier included, left to right.
///
/// ```
/// let found = lagebild_extract::numbers("Rund 2.500 Soldaten und knapp 3 Millionen Euro.");
/// assert_eq!(found[0].1.value, 2500.0);
/// assert_eq!(found[1].1.value, 3_000_000.0);
/// ```
pub fn numbers(text: &str) -> Vec<(Range<usize>, Quantity)> {
    number::find_numbers(text, 0..text.len())
        .into_iter()
        .map(|m| (m.start..m.end, m.quantity))
        .collect()
}

/// Every date expression in `text` with the date it resolves to, relative dates
/// (`am Freitag`, `im vergangenen Jahr`) against `anchor`, the article's date; without
/// an anchor they are left out.
///
/// ```
/// use lagebild_model::CalendarDate;
/// let anchor = CalendarDate::ymd(2022, 1, 7);
/// let found = lagebild_extract::dates("Am Donnerstag landeten die ersten Soldaten.", anchor);
/// assert_eq!(found[0].1.to_string(), "2022-01-06");
/// ```
pub fn dates(text: &str, anchor: Option<CalendarDate>) -> Vec<(Range<usize>, When)> {
    when::find_dates(text, anchor)
        .into_iter()
        .map(|m| (m.start..m.end, m.when))
        .collect()
}
