//! The vocabulary every other Lagebild crate speaks: stable entity ids (states by ISO
//! 3166-1 alpha-2 code, organisations by short id, people by canonical name, places),
//! dates with the precision the text gave ([`When`]), quantities with their qualifier
//! ([`Quantity`]), and the facts extracted from articles, each with the [`Provenance`]
//! that lets a reader check it.
//!
//! What this crate is not: it parses no text and does no I/O. Extraction lives in
//! `lagebild-extract`, merging in `lagebild-dossier`, rendering in `lagebild-export`.
//! Every type here serialises with serde to the JSON documented in the repository's
//! `docs/json.md`.
//!
//! # Example
//!
//! ```
//! use lagebild_model::{Fact, FactRecord, OrgId, Provenance, Quantity, Qualifier, When};
//!
//! let fact = Fact::Founded { org: OrgId::new("CSTO"), date: When::year(2002).unwrap() };
//! let record = FactRecord {
//!     about: None,
//!     fact,
//!     provenance: Provenance {
//!         article: "ovks-geschichte".into(),
//!         line: 7,
//!         span: [0, 42],
//!         sentence: "Das Bündnis wurde im Jahr 2002 gegründet.".into(),
//!     },
//! };
//! let json = serde_json::to_value(&record).unwrap();
//! assert_eq!(json["kind"], "founded");
//! assert_eq!(json["org"], "CSTO");
//! assert_eq!(json["date"], "2002");
//! assert_eq!(serde_json::to_value(Quantity::new(3000.0, Qualifier::Approx)).unwrap(),
//!            serde_json::json!({"value": 3000, "qualifier": "approx"}));
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod dossier;
mod fact;
mod ids;
mod quantity;
mod when;

pub use dossier::{DOSSIER_SCHEMA, Dossier};
pub use fact::{
    ArticleFacts, ArticleInfo, Contingent, Deployment, EntityKind, EntityMention, EventType,
    FACTS_SCHEMA, Fact, FactRecord, ForceType, MembershipStatus, Planned, Provenance,
};
pub use ids::{EntityRef, IdError, Location, OrgId, PersonId, PlaceId, StateId};
pub use quantity::{Qualifier, Quantity};
pub use when::{CalendarDate, Season, When};
