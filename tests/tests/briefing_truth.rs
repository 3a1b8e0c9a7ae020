//! The briefing's semantics against truth tables written by hand for the corpus in
//! `tests/briefing-truth/` (19 articles, 2019 to 2026, five organisations; written, with
//! its tables and gold fact files, by a helper that saw neither code nor rules: see its
//! README).
//!
//! From the gold fact files the view must be exact: every (organisation, state) status
//! and since-date on each of five `--as-of` dates, every change, and which articles each
//! fact sheet may cite. From the articles themselves (parser and extractor included) the
//! agreement is measured and must not fall below the numbers recorded here, and no
//! planned troop move may appear as troops present.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_dossier::{DossierView, OrgDossier, view};
use lagebild_model::{ArticleFacts, Dossier, When};
use lagebild_tests::repo_root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Agreement from the articles themselves, measured when the corpus was added: statuses
/// exact (status and since) over all five dates, of 157.
const ARTICLE_STATUSES_AT_LEAST: usize = 116;
/// Changes found exactly (state, from, to, date), of 20.
const ARTICLE_CHANGES_AT_LEAST: usize = 13;
/// (organisation, article) pairs whose sheet relation holds, of 95.
const ARTICLE_RELATIONS_AT_LEAST: usize = 94;

fn corpus() -> PathBuf {
    repo_root().join("tests/briefing-truth")
}

/// Rows of a truth table, header dropped, as string columns.
fn table(name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(corpus().join("truth").join(name)).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    paths
}

fn gold_dossier() -> Dossier {
    let mut articles: Vec<ArticleFacts> = Vec::new();
    for path in files("facts", "jsonl") {
        let bytes = std::fs::read(&path).unwrap();
        articles.extend(lagebild_dossier::read_fact_lines(&bytes).unwrap());
    }
    assert_eq!(articles.len(), 19);
    lagebild_dossier::from_articles(articles)
}

fn article_dossier() -> Dossier {
    let articles = files("articles", "txt").into_iter().map(|path| {
        let bytes = std::fs::read(&path).unwrap();
        let article = lagebild_parse::parse(&bytes).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        lagebild_extract::extract(&article, &id)
    });
    lagebild_dossier::from_articles(articles)
}

fn status_name(status: lagebild_model::MembershipStatus) -> String {
    serde_json::to_value(status)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// A date as the truth tables write it: the stated start, else `reported:` and the first
/// report.
fn since_text(since: Option<When>, first_reported: Option<When>) -> String {
    match (since, first_reported) {
        (Some(since), _) => since.to_string(),
        (None, Some(reported)) => format!("reported:{reported}"),
        (None, None) => "-".to_owned(),
    }
}

type StatusTable = BTreeMap<(String, String), (String, String)>;

fn statuses(view: &DossierView) -> StatusTable {
    let mut out = BTreeMap::new();
    for org in &view.organisations {
        for m in &org.members {
            out.insert(
                (org.org.to_string(), m.state.to_string()),
                (status_name(m.status), since_text(m.since, m.first_reported)),
            );
        }
    }
    out
}

fn wanted_statuses(date: &str) -> StatusTable {
    table("status.tsv")
        .into_iter()
        .filter(|r| r[0] == date)
        .map(|r| ((r[1].clone(), r[2].clone()), (r[3].clone(), r[4].clone())))
        .collect()
}

fn dates() -> BTreeSet<String> {
    table("status.tsv")
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

/// Changes as `org state from to date`.
fn changes(view: &DossierView) -> BTreeSet<String> {
    view.organisations
        .iter()
        .flat_map(|org| {
            org.changes.iter().map(|c| {
                let from = c.from.map_or_else(|| "none".to_owned(), status_name);
                format!(
                    "{} {} {from} {} {}",
                    org.org,
                    c.state,
                    status_name(c.to),
                    since_text(c.date, c.first_reported)
                )
            })
        })
        .collect()
}

fn wanted_changes() -> BTreeSet<String> {
    table("changes.tsv")
        .into_iter()
        .map(|r| format!("{} {} {} {} {}", r[0], r[1], r[2], r[3], r[4]))
        .collect()
}

/// Every article id an organisation's sheet cites.
fn cited(view: &DossierView, org: &OrgDossier) -> BTreeSet<String> {
    let ids: BTreeMap<usize, &str> = view
        .sources
        .iter()
        .map(|c| (c.number, c.article.id.as_str()))
        .collect();
    org.cited_sources()
        .into_iter()
        .filter_map(|n| ids.get(&n).map(|id| (*id).to_owned()))
        .collect()
}

/// (relations that hold, the ones that do not, as `org article relation`).
fn relations(view: &DossierView) -> (usize, Vec<String>) {
    let mut held = 0;
    let mut broken = Vec::new();
    for row in table("sheets.tsv") {
        let (org, article, relation) = (&row[0], row[1].trim_end_matches(".txt"), &row[2]);
        let sheet = view.organisations.iter().find(|o| o.org.as_str() == org);
        let cites = sheet.is_some_and(|s| cited(view, s).contains(article));
        if cites == (relation == "cites") {
            held += 1;
        } else {
            broken.push(format!("{org} {article} {relation}"));
        }
    }
    (held, broken)
}

fn at<'d>(dossier: &'d Dossier, date: &str) -> DossierView<'d> {
    view(dossier, When::parse(date))
}

#[test]
fn gold_facts_give_every_status_and_since_on_every_as_of_date() {
    let dossier = gold_dossier();
    for date in dates() {
        let got = statuses(&at(&dossier, &date));
        let want = wanted_statuses(&date);
        let wrong: Vec<_> = want
            .iter()
            .filter(|(k, v)| got.get(*k) != Some(*v))
            .map(|(k, v)| format!("{k:?}: want {v:?}, got {:?}", got.get(k)))
            .chain(
                got.iter()
                    .filter(|(k, _)| !want.contains_key(*k))
                    .map(|(k, v)| format!("{k:?}: not wanted, got {v:?}")),
            )
            .collect();
        assert!(wrong.is_empty(), "as of {date}:\n{}", wrong.join("\n"));
    }
}

#[test]
fn gold_facts_give_every_change_and_a_cut_hides_the_later_ones() {
    let dossier = gold_dossier();
    assert_eq!(changes(&view(&dossier, None)), wanted_changes());
    // Cut at a date, only the changes dated by then remain.
    for date in dates() {
        let cut = When::parse(&date).unwrap().bounds().1;
        let got = changes(&at(&dossier, &date));
        for change in &got {
            let when = change.rsplit(' ').next().unwrap();
            let when = When::parse(when.trim_start_matches("reported:")).unwrap();
            assert!(when.bounds().0 <= cut, "as of {date}: {change}");
        }
        let want: BTreeSet<String> = wanted_changes()
            .into_iter()
            .filter(|c| {
                let when = c
                    .rsplit(' ')
                    .next()
                    .unwrap()
                    .trim_start_matches("reported:");
                When::parse(when).unwrap().bounds().0 <= cut
            })
            .collect();
        assert_eq!(got, want, "as of {date}");
    }
}

#[test]
fn gold_facts_put_each_article_under_the_sheets_it_speaks_of() {
    let dossier = gold_dossier();
    let (held, broken) = relations(&view(&dossier, None));
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    assert_eq!(held, table("sheets.tsv").len());
}

#[test]
fn from_the_articles_the_agreement_holds_and_no_plan_is_reported_as_done() {
    let dossier = article_dossier();
    let mut exact = 0;
    for date in dates() {
        let got = statuses(&at(&dossier, &date));
        exact += wanted_statuses(&date)
            .iter()
            .filter(|(k, v)| got.get(*k) == Some(*v))
            .count();
    }
    assert!(
        exact >= ARTICLE_STATUSES_AT_LEAST,
        "statuses exact: {exact} < {ARTICLE_STATUSES_AT_LEAST}"
    );
    let latest = view(&dossier, None);
    let found = changes(&latest).intersection(&wanted_changes()).count();
    assert!(
        found >= ARTICLE_CHANGES_AT_LEAST,
        "changes: {found} < {ARTICLE_CHANGES_AT_LEAST}"
    );
    let (held, broken) = relations(&latest);
    assert!(
        held >= ARTICLE_RELATIONS_AT_LEAST,
        "relations: {held} < {ARTICLE_RELATIONS_AT_LEAST}: {broken:?}"
    );
    // A planned number never stands as troops present, in a sheet or among the related.
    let present: Vec<(String, String, f64)> = latest
        .organisations
        .iter()
        .flat_map(|o| o.stationed.iter())
        .chain(latest.related.stationed.iter())
        .filter(|row| row.planned.is_none())
        .flat_map(|row| {
            let host = row.location.id().to_owned();
            row.troops
                .iter()
                .map(move |t| (row.state.to_string(), host.clone(), t.value.value))
        })
        .chain(latest.organisations.iter().flat_map(|o| {
            o.deployments.iter().flat_map(|d| {
                d.contingents.iter().flat_map(move |c| {
                    c.troops
                        .iter()
                        .map(move |t| (c.state.to_string(), d.host.to_string(), t.value.value))
                })
            })
        }))
        .collect();
    for row in table("planned.tsv") {
        let troops: f64 = row[3].parse().unwrap();
        assert!(
            !present
                .iter()
                .any(|(state, host, n)| *state == row[2] && *host == row[1] && *n == troops),
            "planned {row:?} reported as present: {present:?}"
        );
    }
}
