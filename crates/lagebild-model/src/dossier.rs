//! The dossier as stored: the articles it was built from and every fact they reported.
//!
//! It holds observations, not conclusions: one entry per fact per article, with its
//! provenance. That keeps merging a set union (associative, commutative, idempotent), so
//! shards of a corpus merged in any grouping give the same dossier; what the sources
//! agree on, what changed and where they conflict is derived from the observations by
//! `lagebild-dossier` when a view is asked for.

use crate::fact::{ArticleInfo, FactRecord};
use serde::{Deserialize, Serialize};

/// The schema id of [`Dossier`] JSON.
pub const DOSSIER_SCHEMA: &str = "lagebild.dossier/1";

/// Sources and observations, each sorted and without duplicates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// [`DOSSIER_SCHEMA`].
    pub schema: String,
    /// The articles, sorted by id.
    pub sources: Vec<ArticleInfo>,
    /// Every fact as an article reported it, in a canonical order.
    pub observations: Vec<FactRecord>,
}

impl Default for Dossier {
    fn default() -> Self {
        Dossier {
            schema: DOSSIER_SCHEMA.to_owned(),
            sources: Vec::new(),
            observations: Vec::new(),
        }
    }
}
