//! Building and merging dossiers: a set union of sources and observations in one
//! canonical order, so that merging is associative, commutative and idempotent.

use lagebild_model::{ArticleFacts, ArticleInfo, Dossier, FactRecord};

/// Where an observation was read and what kind it is: the first part of the canonical
/// order (kind, then text order within an article).
type Position = (&'static str, String, u32, [u32; 2]);

fn position(record: &FactRecord) -> Position {
    let p = &record.provenance;
    (record.fact.kind(), p.article.clone(), p.line, p.span)
}

/// The rest of the canonical order, for observations read at the same place: their JSON,
/// which is deterministic (struct field order) and tells apart every field. Computed
/// only within such a group: keeping every record's JSON as its key, as before, cost as
/// much memory as the records themselves on large corpora.
fn order_group(group: Vec<FactRecord>, out: &mut Vec<FactRecord>) {
    if group.len() == 1 {
        out.extend(group);
        return;
    }
    let mut keyed: Vec<(String, FactRecord)> = group
        .into_iter()
        .map(|r| (serde_json::to_string(&r).unwrap_or_default(), r))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|later, kept| later.0 == kept.0);
    out.extend(keyed.into_iter().map(|(_, r)| r));
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
    let mut keyed: Vec<(Position, FactRecord)> = dossier
        .observations
        .into_iter()
        .map(|r| (position(&r), r))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let mut observations = Vec::with_capacity(keyed.len());
    let mut group = Vec::new();
    let mut group_position: Option<Position> = None;
    for (position, record) in keyed {
        if group_position.as_ref() != Some(&position) {
            order_group(std::mem::take(&mut group), &mut observations);
            group_position = Some(position);
        }
        group.push(record);
    }
    order_group(group, &mut observations);
    dossier.observations = observations;
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
