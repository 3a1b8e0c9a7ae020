//! Property tests of the merge: any grouping and order of shards gives the same dossier,
//! and no extracted fact is lost (each is in the dossier, or is an exact duplicate of
//! one that is).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_dossier::{ConflictAbout, ConflictValue, Dossier, from_articles, merge, view};
use lagebild_model::{
    ArticleFacts, ArticleInfo, Contingent, Deployment, EntityRef, FACTS_SCHEMA, Fact, FactRecord,
    MembershipStatus, OrgId, Provenance, Quantity, StateId, When,
};
use proptest::prelude::*;

const STATES: &[&str] = &["RU", "BY", "AM", "KZ", "KG", "TJ", "UZ"];
const STATUSES: &[MembershipStatus] = &[
    MembershipStatus::Member,
    MembershipStatus::Suspended,
    MembershipStatus::Former,
    MembershipStatus::Observer,
    MembershipStatus::Partner,
];

fn fact() -> impl Strategy<Value = Fact> {
    let state = proptest::sample::select(STATES).prop_map(StateId::new);
    let month = (2020i32..2025, 1u8..13).prop_map(|(y, m)| When::year_month(y, m).unwrap());
    let troops = (1u32..50).prop_map(|n| Quantity::exact(f64::from(n) * 100.0));
    prop_oneof![
        (2001i32..2004).prop_map(|y| Fact::Founded {
            org: OrgId::new("CSTO"),
            date: When::year(y).unwrap()
        }),
        (
            state.clone(),
            proptest::sample::select(STATUSES),
            proptest::option::of(month.clone()),
            proptest::option::of(month.clone())
        )
            .prop_map(|(state, status, since, as_of)| Fact::Membership {
                org: OrgId::new("CSTO"),
                state,
                status,
                since,
                as_of
            }),
        (1u32..10).prop_map(|n| Fact::MemberCount {
            org: OrgId::new("CSTO"),
            count: Quantity::exact(f64::from(n)),
            date: None
        }),
        (
            proptest::collection::vec((state.clone(), troops.clone()), 0..4),
            proptest::option::of(month)
        )
            .prop_map(|(cs, start)| Fact::Deployment(Box::new(Deployment {
                actor: EntityRef::Org(OrgId::new("CSTO")),
                host: StateId::new("KZ"),
                start,
                end: None,
                purpose: None,
                contingents: cs
                    .into_iter()
                    .map(|(state, troops)| Contingent {
                        state,
                        troops: Some(troops)
                    })
                    .collect(),
            }))),
        (state, troops).prop_map(|(state, troops)| Fact::Stationed {
            planned: None,
            state: StateId::new("RU"),
            location: EntityRef::State(state).into(),
            troops: Some(troops),
        }),
    ]
}

fn article(index: usize) -> impl Strategy<Value = ArticleFacts> {
    let published = proptest::option::of(
        (2020i32..2025, 1u8..13, 1u8..29).prop_map(|(y, m, d)| When::ymd(y, m, d).unwrap()),
    );
    (published, proptest::collection::vec(fact(), 0..6)).prop_map(move |(published, facts)| {
        let id = format!("a{index}");
        ArticleFacts {
            schema: FACTS_SCHEMA.to_owned(),
            article: ArticleInfo {
                id: id.clone(),
                file: None,
                title: Some(format!("Titel {index}")),
                published,
                source: None,
                lead: None,
                headings: vec![],
            },
            entities: Vec::new(),
            facts: facts
                .into_iter()
                .enumerate()
                .map(|(line, fact)| FactRecord {
                    about: None,
                    fact,
                    provenance: Provenance {
                        article: id.as_str().into(),
                        line: line as u32 + 1,
                        span: [0, 1],
                        sentence: "x".into(),
                    },
                })
                .collect(),
        }
    })
}

fn corpus() -> impl Strategy<Value = Vec<ArticleFacts>> {
    (1usize..8).prop_flat_map(|n| (0..n).map(article).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    /// (a ∪ b) ∪ c == a ∪ (b ∪ c) == c ∪ (b ∪ a) == all at once, for any split.
    #[test]
    fn merge_is_associative_and_commutative(articles in corpus(), cut in (0usize..8, 0usize..8)) {
        let (x, y) = (cut.0.min(articles.len()), cut.1.min(articles.len()));
        let (first, second) = (x.min(y), x.max(y));
        let a = from_articles(articles[..first].to_vec());
        let b = from_articles(articles[first..second].to_vec());
        let c = from_articles(articles[second..].to_vec());
        let whole = from_articles(articles.clone());
        let left = merge(merge(a.clone(), b.clone()), c.clone());
        let right = merge(a.clone(), merge(b.clone(), c.clone()));
        let reversed = merge(c, merge(b, a));
        prop_assert_eq!(&left, &whole);
        prop_assert_eq!(&right, &whole);
        prop_assert_eq!(&reversed, &whole);
        // Merging is idempotent, and the view does not depend on how it was built.
        prop_assert_eq!(merge(whole.clone(), whole.clone()), whole.clone());
        let as_json = |d: &Dossier| serde_json::to_string(&view(d, None)).unwrap();
        prop_assert_eq!(as_json(&left), as_json(&whole));
    }

    /// Every extracted fact is in the dossier (exact duplicates count once).
    #[test]
    fn no_fact_is_lost(articles in corpus()) {
        let dossier = from_articles(articles.clone());
        for record in articles.iter().flat_map(|a| &a.facts) {
            prop_assert!(dossier.observations.contains(record), "lost {:?}", record);
        }
        let distinct: std::collections::BTreeSet<String> =
            articles.iter().flat_map(|a| &a.facts).map(|r| serde_json::to_string(r).unwrap()).collect();
        prop_assert_eq!(dossier.observations.len(), distinct.len());
    }
}

/// Issue 4: a membership reported as `member` in January 2022 and `suspended` from
/// February 2024 has a history; `as_of` gives the status on either side of the change.
#[test]
fn status_over_time_and_changes() {
    let record = |id: &str, published: &str, status, since: Option<&str>| ArticleFacts {
        schema: FACTS_SCHEMA.to_owned(),
        article: ArticleInfo {
            id: id.into(),
            file: None,
            title: None,
            published: When::parse(published),
            source: None,
            lead: None,
            headings: vec![],
        },
        entities: vec![],
        facts: vec![FactRecord {
            about: None,
            fact: Fact::Membership {
                org: OrgId::new("CSTO"),
                state: StateId::new("AM"),
                status,
                since: since.and_then(When::parse),
                as_of: When::parse(published),
            },
            provenance: Provenance {
                article: id.into(),
                line: 1,
                span: [0, 1],
                sentence: "s".into(),
            },
        }],
    };
    let dossier = from_articles([
        record("jan22", "2022-01-07", MembershipStatus::Member, None),
        record(
            "feb24",
            "2024-02-23",
            MembershipStatus::Suspended,
            Some("2024-02"),
        ),
    ]);
    let status_on = |date: &str| {
        let view = view(&dossier, When::parse(date));
        view.organisations[0]
            .members
            .iter()
            .find(|m| m.state.as_str() == "AM")
            .map(|m| m.status)
    };
    assert_eq!(status_on("2022-01-31"), Some(MembershipStatus::Member));
    assert_eq!(status_on("2023-06"), Some(MembershipStatus::Member));
    assert_eq!(status_on("2024-03"), Some(MembershipStatus::Suspended));
    let current = view(&dossier, None);
    let change = &current.organisations[0].changes[0];
    assert_eq!(
        (change.from, change.to, change.date.map(|d| d.to_string())),
        (
            Some(MembershipStatus::Member),
            MembershipStatus::Suspended,
            Some("2024-02".to_owned())
        )
    );
    assert_eq!(change.sources, vec![2]);
}

/// Issue 4: different contingent sizes for the same deployment are a conflict naming both
/// values and their sources; a `2022-01` and a `2022-01-06` start are one deployment.
#[test]
fn contingent_conflicts_and_partial_dates() {
    let deployment = |id: &str, start: &str, belarus: f64| ArticleFacts {
        schema: FACTS_SCHEMA.to_owned(),
        article: ArticleInfo {
            id: id.into(),
            file: None,
            title: None,
            published: When::parse("2022-01-10"),
            source: None,
            lead: None,
            headings: vec![],
        },
        entities: vec![],
        facts: vec![FactRecord {
            about: None,
            fact: Fact::Deployment(Box::new(Deployment {
                actor: EntityRef::Org(OrgId::new("CSTO")),
                host: StateId::new("KZ"),
                start: When::parse(start),
                end: None,
                purpose: None,
                contingents: vec![Contingent {
                    state: StateId::new("BY"),
                    troops: Some(Quantity::exact(belarus)),
                }],
            })),
            provenance: Provenance {
                article: id.into(),
                line: 1,
                span: [0, 1],
                sentence: "s".into(),
            },
        }],
    };
    let dossier = from_articles([
        deployment("a", "2022-01", 300.0),
        deployment("b", "2022-01-06", 500.0),
    ]);
    let view = view(&dossier, None);
    let csto = &view.organisations[0];
    assert_eq!(csto.deployments.len(), 1);
    assert_eq!(
        csto.deployments[0].start.map(|s| s.to_string()),
        Some("2022-01-06".to_owned())
    );
    assert_eq!(csto.conflicts.len(), 1);
    let values: Vec<(f64, Vec<usize>)> = csto.conflicts[0]
        .values
        .iter()
        .map(|v| match &v.value {
            ConflictValue::Quantity(q) => (q.value, v.sources.clone()),
            ConflictValue::Date(d) => panic!("a troop figure, not {d}"),
            ConflictValue::Status(s) => panic!("a troop figure, not {s:?}"),
        })
        .collect();
    assert_eq!(values, [(300.0, vec![1]), (500.0, vec![2])]);
    assert!(matches!(
        &csto.conflicts[0].about,
        ConflictAbout::Contingent { host, state, .. } if host.as_str() == "KZ" && state.as_str() == "BY"
    ));
}
