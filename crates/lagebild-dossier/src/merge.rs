//! Building and merging dossiers: a set union of sources and observations in one
//! canonical order, so that merging is associative, commutative and idempotent.

use lagebild_model::{ArticleFacts, ArticleInfo, Dossier, FactRecord};
use std::cmp::Ordering;

/// Where an observation was read and what kind it is: the first part of the canonical
/// order (kind, then text order within an article). Compared by reference, so that
/// sorting copies no article ids.
fn compare_position(a: &FactRecord, b: &FactRecord) -> Ordering {
    let (pa, pb) = (&a.provenance, &b.provenance);
    a.fact
        .kind()
        .cmp(b.fact.kind())
        .then_with(|| pa.article.cmp(&pb.article))
        .then_with(|| pa.line.cmp(&pb.line))
        .then_with(|| pa.span.cmp(&pb.span))
}

/// The rest of the canonical order, for observations read at the same place: their JSON,
/// which is deterministic (struct field order) and tells apart every field. Computed
/// only within such a group: keeping every record's JSON as its key, as before, cost as
/// much memory as the records themselves on large corpora.
fn json_key(record: &FactRecord) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

/// Sorts and de-duplicates; the one place that defines the canonical form. Works in
/// place: the observations of a 20,000-article corpus are some 85 MB of records, and a
/// sorted copy next to them (with a copied article id per record as its key) was the
/// peak of `lagebild brief`.
fn normalise(mut dossier: Dossier) -> Dossier {
    // Two shards may describe the same article; keep one description, chosen by a rule
    // that does not depend on the order they arrive in (the richest, then the larger JSON).
    dossier.sources.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| richness(b).cmp(&richness(a)))
            .then_with(|| source_key(b).cmp(&source_key(a)))
    });
    dossier.sources.dedup_by(|later, kept| later.id == kept.id);
    let observations = &mut dossier.observations;
    // Unstable (no buffer of half the records): equal positions are ordered by their JSON
    // next, and records equal in that are identical.
    observations.sort_unstable_by(compare_position);
    let mut start = 0;
    while start < observations.len() {
        let end = start
            + observations[start..]
                .iter()
                .take_while(|r| compare_position(r, &observations[start]) == Ordering::Equal)
                .count();
        if end - start > 1 {
            observations[start..end].sort_by_cached_key(json_key);
        }
        start = end;
    }
    observations.dedup_by(|later, kept| {
        compare_position(later, kept) == Ordering::Equal && json_key(later) == json_key(kept)
    });
    dossier
}

fn richness(source: &ArticleInfo) -> usize {
    [
        source.file.is_some(),
        source.title.is_some(),
        source.published.is_some(),
        source.source.is_some(),
    ]
    .iter()
    .filter(|present| **present)
    .count()
}

fn source_key(source: &ArticleInfo) -> String {
    serde_json::to_string(source).unwrap_or_default()
}

/// A dossier of one article's facts.
pub fn from_article(facts: ArticleFacts) -> Dossier {
    normalise(Dossier {
        sources: vec![facts.article],
        observations: facts.facts,
        ..Dossier::default()
    })
}

/// A dossier of many articles' facts.
pub fn from_articles(articles: impl IntoIterator<Item = ArticleFacts>) -> Dossier {
    let mut builder = DossierBuilder::default();
    for facts in articles {
        builder.add(facts);
    }
    builder.finish()
}

/// Collects the facts of one article after another and puts them in canonical form at
/// the end: for corpora too large to hold every article's [`ArticleFacts`] at once (the
/// CLI adds each batch of articles as it is extracted).
#[derive(Debug, Default)]
pub struct DossierBuilder {
    dossier: Dossier,
}

impl DossierBuilder {
    /// Adds one article's source description and facts.
    pub fn add(&mut self, facts: ArticleFacts) {
        self.dossier.sources.push(facts.article);
        self.dossier.observations.extend(facts.facts);
    }

    /// Makes room for `additional` more observations at once: a caller that can
    /// estimate the total (so many inputs, so many facts each so far) spares the
    /// observation list its repeated doubling, each a copy of every record.
    pub fn reserve(&mut self, additional: usize) {
        self.dossier.observations.reserve(additional);
    }

    /// How many articles and observations have been added so far.
    pub fn len(&self) -> (usize, usize) {
        (self.dossier.sources.len(), self.dossier.observations.len())
    }

    /// Whether nothing has been added.
    pub fn is_empty(&self) -> bool {
        self.dossier.sources.is_empty()
    }

    /// The dossier, sorted and de-duplicated as [`from_articles`] returns it.
    pub fn finish(self) -> Dossier {
        normalise(self.dossier)
    }
}

/// Merges two dossiers: the union of their sources and observations.
pub fn merge(a: Dossier, b: Dossier) -> Dossier {
    let mut merged = a;
    merged.sources.extend(b.sources);
    merged.observations.extend(b.observations);
    normalise(merged)
}
