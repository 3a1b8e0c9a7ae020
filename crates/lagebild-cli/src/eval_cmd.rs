//! `lagebild eval`: scores extraction against hand-written gold files.
//!
//! Facts are compared by the fields that identify them (a membership by organisation,
//! state and status; a contingent by host, state and troops; a role by person …), so a
//! fact counts as found only if every identifying field is right. Dates count as right
//! when the expression written in the gold file is found and resolves to the gold date.

use crate::cli::EvalArgs;
use crate::report::Outcome;
use lagebild_model::{ArticleFacts, EntityKind, EntityRef, Fact};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One line of the report on standard output, sanitized; a closed pipe ends nothing
/// (the rest of the report is dropped quietly).
macro_rules! say {
    ($($arg:tt)*) => {
        let _ = crate::report::report_line(&format!($($arg)*));
    };
}

/// Counts for one row of the table.
#[derive(Default, Clone, Copy)]
struct Tally {
    true_positive: usize,
    false_positive: usize,
    false_negative: usize,
}

impl Tally {
    fn add(&mut self, gold: &BTreeSet<String>, found: &BTreeSet<String>) {
        self.true_positive += gold.intersection(found).count();
        self.false_positive += found.difference(gold).count();
        self.false_negative += gold.difference(found).count();
    }

    fn precision(&self) -> f64 {
        ratio(self.true_positive, self.true_positive + self.false_positive)
    }

    fn recall(&self) -> f64 {
        ratio(self.true_positive, self.true_positive + self.false_negative)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

pub(crate) fn run(args: &EvalArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let mut articles: Vec<_> = match std::fs::read_dir(&args.dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            outcome.fail(
                &args.dir.display().to_string(),
                &e.to_string(),
                Some("pass a directory of articles and gold files"),
            );
            return outcome;
        }
    };
    articles.sort();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut entities = Tally::default();
    let (mut dates_right, mut dates_total) = (0, 0);
    for path in &articles {
        let gold_path = path.with_extension("gold.json");
        let gold: Value = match read(&gold_path)
            .and_then(|t| serde_json::from_slice(&t).map_err(|e| e.to_string()))
        {
            Ok(gold) => gold,
            Err(e) => {
                outcome.fail(
                    &gold_path.display().to_string(),
                    &e,
                    Some("every article needs a gold file beside it"),
                );
                continue;
            }
        };
        let Some((facts, dates)) = extract(path, &mut outcome) else {
            continue;
        };
        outcome.processed += 1;
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());

        let gold_entities = strings(&gold["entities"]);
        let found_entities: BTreeSet<String> = facts
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Place)
            .map(|e| format!("{}:{}", kind_name(e.kind), e.id))
            .collect();
        entities.add(&gold_entities, &found_entities);
        report_differences(
            args.verbose,
            &name,
            "entity",
            &gold_entities,
            &found_entities,
        );

        let gold_facts = gold["facts"]
            .as_array()
            .map(|a| a.iter().map(gold_key).collect::<Vec<_>>())
            .unwrap_or_default();
        let found_facts: Vec<(String, String)> = facts
            .facts
            .iter()
            .flat_map(|r| fact_keys(&r.fact))
            .collect();
        let kinds: BTreeSet<String> = gold_facts
            .iter()
            .chain(&found_facts)
            .map(|(k, _)| k.clone())
            .collect();
        for kind in kinds {
            let gold_set: BTreeSet<String> = gold_facts
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, v)| v.clone())
                .collect();
            let found_set: BTreeSet<String> = found_facts
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, v)| v.clone())
                .collect();
            tallies
                .entry(kind.clone())
                .or_default()
                .add(&gold_set, &found_set);
            report_differences(args.verbose, &name, &kind, &gold_set, &found_set);
        }

        for date in gold["dates"].as_array().into_iter().flatten() {
            let (Some(text), Some(when)) = (date["text"].as_str(), date["when"].as_str()) else {
                continue;
            };
            dates_total += 1;
            let right = dates.iter().any(|(surface, resolved)| {
                (surface.contains(text) || text.contains(surface.as_str())) && resolved == when
            });
            if right {
                dates_right += 1;
            } else if args.verbose {
                let found: Vec<_> = dates
                    .iter()
                    .filter(|(s, _)| s.contains(text) || text.contains(s.as_str()))
                    .collect();
                say!("{name}: date {text:?} should be {when}, found {found:?}");
            }
        }
    }

    say!("{} articles", outcome.processed);
    say!(
        "{:<14} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
        "kind",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "f1"
    );
    let row = |name: &str, t: &Tally| {
        say!(
            "{name:<14} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
            t.true_positive,
            t.false_positive,
            t.false_negative,
            t.precision(),
            t.recall(),
            t.f1()
        );
    };
    row("entities", &entities);
    let mut all = Tally::default();
    for (kind, tally) in &tallies {
        row(kind, tally);
        all.true_positive += tally.true_positive;
        all.false_positive += tally.false_positive;
        all.false_negative += tally.false_negative;
    }
    row("all facts", &all);
    say!(
        "dates resolved exactly: {dates_right}/{dates_total} ({:.1} %)",
        100.0 * ratio(dates_right, dates_total)
    );
    outcome.summarize("article");
    outcome
}

fn extract(path: &Path, outcome: &mut Outcome) -> Option<(ArticleFacts, Vec<(String, String)>)> {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            outcome.fail(&path.display().to_string(), &e, None);
            return None;
        }
    };
    let article = match lagebild_parse::parse(&bytes) {
        Ok(article) => article,
        Err(e) => {
            outcome.fail(&path.display().to_string(), &e.to_string(), None);
            return None;
        }
    };
    let id = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let dates = lagebild_extract::date_expressions(&article)
        .into_iter()
        .map(|(s, w)| (s, w.to_string()))
        .collect();
    Some((crate::extractor().extract(&article, &id), dates))
}

/// Reads an article or gold file like any input: a regular file, within the default
/// size limit on the bytes read.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    let limit = lagebild_parse::ParseOptions::default().max_input_bytes;
    crate::open::read_regular(path, limit, crate::open::Links::Follow)
        .map_err(|e| crate::input::read_message(&e))
}

fn report_differences(
    verbose: bool,
    article: &str,
    kind: &str,
    gold: &BTreeSet<String>,
    found: &BTreeSet<String>,
) {
    if !verbose {
        return;
    }
    for missed in gold.difference(found) {
        say!("{article}: missed {kind} {missed}");
    }
    for spurious in found.difference(gold) {
        say!("{article}: spurious {kind} {spurious}");
    }
}

fn strings(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::State => "state",
        EntityKind::Org => "org",
        EntityKind::Person => "person",
        EntityKind::Place => "place",
    }
}

fn entity_id(entity: &EntityRef) -> &str {
    entity.id()
}

/// A number as the gold files write it (`3000`, `2.5`).
fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The identifying key of each extracted fact; a deployment gives one key per contingent.
fn fact_keys(fact: &Fact) -> Vec<(String, String)> {
    let one = |kind: &str, key: String| vec![(kind.to_owned(), key)];
    match fact {
        Fact::Founded { org, date } => one("founded", format!("{org}|{date}")),
        Fact::Membership {
            org, state, status, ..
        } => one(
            "membership",
            format!(
                "{org}|{state}|{}",
                serde_json::to_value(status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
        ),
        Fact::MemberCount { org, count, .. } => {
            one("member_count", format!("{org}|{}", number(count.value)))
        }
        Fact::Force {
            org,
            force_type,
            strength,
            ..
        } => one(
            "force",
            format!(
                "{org}|{}|{}",
                serde_json::to_value(force_type)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                strength.map_or_else(|| "-".to_owned(), |s| number(s.value))
            ),
        ),
        Fact::Deployment(deployment) => deployment
            .contingents
            .iter()
            .map(|c| {
                (
                    "contingent".to_owned(),
                    format!(
                        "{}|{}|{}",
                        deployment.host,
                        c.state,
                        c.troops.map_or_else(|| "-".to_owned(), |t| number(t.value))
                    ),
                )
            })
            .collect(),
        Fact::Stationed {
            state,
            location,
            troops,
            ..
        } => one(
            "stationed",
            format!(
                "{state}|{}|{}",
                entity_id(&location.at),
                troops.map_or_else(|| "-".to_owned(), |t| number(t.value))
            ),
        ),
        Fact::Role { person, .. } => one("role", person.to_string()),
        Fact::Quote { speaker, .. } => one(
            "quote",
            speaker
                .as_ref()
                .map_or_else(|| "-".to_owned(), ToString::to_string),
        ),
        Fact::Figure {
            quantity, counts, ..
        } => one(
            "figure",
            format!("{}|{}", counts.to_lowercase(), number(quantity.value)),
        ),
        Fact::Event {
            event_type, place, ..
        } => one(
            "event",
            format!(
                "{}|{}",
                serde_json::to_value(event_type)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                place
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), ToString::to_string)
            ),
        ),
    }
}

/// The key of a gold fact, built from the same fields.
fn gold_key(fact: &Value) -> (String, String) {
    let field = |name: &str| match &fact[name] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), number),
        _ => "-".to_owned(),
    };
    let kind = field("kind");
    let key = match kind.as_str() {
        "founded" => format!("{}|{}", field("org"), field("date")),
        "membership" => format!("{}|{}|{}", field("org"), field("state"), field("status")),
        "member_count" => format!("{}|{}", field("org"), field("count")),
        "force" => format!(
            "{}|{}|{}",
            field("org"),
            field("force_type"),
            field("strength")
        ),
        "contingent" => format!("{}|{}|{}", field("host"), field("state"), field("troops")),
        "stationed" => format!(
            "{}|{}|{}",
            field("state"),
            field("location"),
            field("troops")
        ),
        "role" => field("person"),
        "quote" => field("speaker"),
        "figure" => format!("{}|{}", field("counts"), field("value")),
        "event" => format!("{}|{}", field("event_type"), field("place")),
        _ => String::new(),
    };
    (kind, key)
}
