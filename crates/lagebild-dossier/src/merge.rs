//! Building and merging dossiers: a set union of sources and observations in one
//! canonical order, so that merging is associative, commutative and idempotent.

use lagebild_model::{ArticleFacts, ArticleInfo, Dossier, FactRecord};

/// The canonical sort key of an observation: its JSON, which is deterministic (struct
/// field order) and distinguishes every field, provenance included.
fn key(record: &FactRecord) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

/// Sorts and de-duplicates; the one place that defines the canonical form.
fn normalise(mut dossier: Dossier) -> Dossier {
    // Two shards may describe the same article; keep one description, chosen by a rule
    // that does not depend on the order they arrive in (the richest, then the larger JSON).
    dossier.sources.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| richness(b).cmp(&richness(a)))
            .then_with(|| source_key(b).cmp(&source_key(a)))
    });
    dossier.sources.dedup_by(|later, kept| later.id == kept.id);
    let mut keyed: Vec<(String, FactRecord)> = dossier
        .observations
        .into_iter()
        .map(|r| (key(&r), r))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|later, kept| later.0 == kept.0);
    dossier.observations = keyed.into_iter().map(|(_, r)| r).collect();
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
    let mut dossier = Dossier::default();
    for facts in articles {
        dossier.sources.push(facts.article);
        dossier.observations.extend(facts.facts);
    }
    normalise(dossier)
}

/// Merges two dossiers: the union of their sources and observations.
pub fn merge(a: Dossier, b: Dossier) -> Dossier {
    let mut merged = a;
    merged.sources.extend(b.sources);
    merged.observations.extend(b.observations);
    normalise(merged)
}
