//! `lagebild dossier`: articles or extracted facts in, one merged, source-cited dossier
//! out, per organisation.

use crate::cli::{DossierArgs, DossierFormat};
use crate::input::{self, Input};
use crate::markdown::escape;
use crate::output::{Layout, Output};
use crate::parse_cmd::parse_one;
use crate::report::Outcome;
use lagebild_dossier::{DossierView, OrgDossier, Supported};
use lagebild_model::{ArticleFacts, EntityRef, When};
use std::fmt::Write as _;

pub(crate) fn run(args: &DossierArgs) -> Outcome {
    let inputs = input::expand(&args.inputs, &["txt", "jsonl"]);
    let mut outcome = Outcome::default();
    let mut articles: Vec<ArticleFacts> = Vec::new();
    for input in &inputs {
        if input.path.extension().is_some_and(|e| e == "jsonl") {
            read_facts(input, &mut articles, &mut outcome);
            continue;
        }
        let Some(article) = parse_one(input, &mut outcome) else {
            continue;
        };
        outcome.processed += 1;
        let id = input
            .path
            .file_stem()
            .map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
        let mut facts = lagebild_extract::extract(&article, &id);
        facts.article.file = Some(input.display());
        articles.push(facts);
    }
    let dossier = lagebild_dossier::from_articles(articles);
    let view = lagebild_dossier::view(&dossier, args.as_of);
    let text = match args.format {
        DossierFormat::Json => {
            let document = serde_json::json!({
                "schema": lagebild_model::DOSSIER_SCHEMA,
                "view": view,
                "dossier": dossier,
            });
            serde_json::to_string_pretty(&document).unwrap_or_default()
        }
        DossierFormat::Md => markdown(&view),
    };
    let mut out = Output::new(match args.format {
        DossierFormat::Json => Layout::Lines,
        DossierFormat::Md => Layout::Documents,
    });
    if out.record(&text, &mut outcome) {
        out.finish(&mut outcome);
    }
    outcome.summarize("article");
    outcome
}

/// Reads `ArticleFacts` JSON Lines; a bad line is reported with its number and skipped.
fn read_facts(input: &Input, articles: &mut Vec<ArticleFacts>, outcome: &mut Outcome) {
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            outcome.fail(&input.display(), &e.message(), e.hint());
            return;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<ArticleFacts>(line) {
            Ok(facts) => {
                outcome.processed += 1;
                articles.push(facts);
            }
            Err(e) => outcome.fail(
                &format!("{}:{}", input.display(), number + 1),
                &format!("not a facts record: {e}"),
                Some("write facts with `lagebild extract --format jsonl`"),
            ),
        }
    }
}

fn cite(sources: &[usize]) -> String {
    sources.iter().map(|n| format!("[{n}]")).collect()
}

fn entity(e: &EntityRef) -> String {
    escape(e.id())
}

fn date(w: &Option<When>) -> String {
    w.map_or_else(|| "–".to_owned(), |d| d.to_string())
}

/// The dossier as Markdown. Frame words are English and plain until the localized
/// exporter takes this over; every value from the articles is escaped.
fn markdown(view: &DossierView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Dossier\n");
    if let Some(as_of) = view.as_of {
        let _ = writeln!(out, "As of {as_of}. {} sources.\n", view.sources.len());
    }
    for org in &view.organisations {
        org_markdown(&mut out, org);
    }
    let _ = writeln!(out, "## Sources\n");
    for citation in &view.sources {
        let a = &citation.article;
        let title = a.title.as_deref().map_or_else(|| escape(&a.id), escape);
        let meta: Vec<String> = [
            a.source.clone(),
            a.published.map(|p| p.to_string()),
            a.file.clone(),
        ]
        .into_iter()
        .flatten()
        .map(|m| escape(&m))
        .collect();
        let _ = writeln!(out, "{}. {title} ({})", citation.number, meta.join(", "));
    }
    out
}

fn supported_line<T>(s: &Supported<T>, label: String) -> String {
    format!("- {label} {} ({}×)", cite(&s.sources), s.corroboration)
}

fn org_markdown(out: &mut String, org: &OrgDossier) {
    let _ = writeln!(out, "## {}\n", escape(org.org.as_str()));
    if !org.founded.is_empty() {
        let _ = writeln!(out, "### Founded\n");
        for f in &org.founded {
            let _ = writeln!(out, "{}", supported_line(f, f.value.to_string()));
        }
        out.push('\n');
    }
    if !org.members.is_empty() {
        let _ = writeln!(out, "### Members as of {}\n", date(&org.as_of));
        let _ = writeln!(
            out,
            "| State | Status | Since | Sources |\n|---|---|---|---|"
        );
        for m in &org.members {
            let status = serde_json::to_value(m.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {status} | {} | {} |",
                escape(m.state.as_str()),
                date(&m.since),
                cite(&m.sources)
            );
        }
        out.push('\n');
    }
    if !org.changes.is_empty() {
        let _ = writeln!(out, "### Changes\n");
        for c in &org.changes {
            let name = |s| {
                serde_json::to_value(s)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            };
            let _ = writeln!(
                out,
                "- {}: {} {} → {} {}",
                date(&c.date),
                escape(c.state.as_str()),
                name(c.from),
                name(c.to),
                cite(&c.sources)
            );
        }
        out.push('\n');
    }
    if !org.member_counts.is_empty() {
        let _ = writeln!(out, "### Member counts\n");
        for c in &org.member_counts {
            let _ = writeln!(out, "{}", supported_line(c, escape(&c.value)));
        }
        out.push('\n');
    }
    if !org.forces.is_empty() {
        let _ = writeln!(out, "### Forces\n");
        for f in &org.forces {
            let names = f
                .names
                .iter()
                .map(|n| escape(n))
                .collect::<Vec<_>>()
                .join(", ");
            let strengths = f
                .strength
                .iter()
                .map(|s| format!("{} {}", s.value.value, cite(&s.sources)))
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                out,
                "- {names}: {}",
                if strengths.is_empty() {
                    "strength not reported".to_owned()
                } else {
                    strengths
                }
            );
        }
        out.push('\n');
    }
    if !org.deployments.is_empty() {
        let _ = writeln!(out, "### Deployments\n");
        let _ = writeln!(
            out,
            "| Host | Start | End | Contingent | Troops | Sources |\n|---|---|---|---|---|---|"
        );
        for d in &org.deployments {
            for c in &d.contingents {
                let troops = c
                    .troops
                    .iter()
                    .map(|t| format!("{} {}", t.value.value, cite(&t.sources)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {troops} | {} |",
                    escape(d.host.as_str()),
                    date(&d.start),
                    date(&d.end),
                    escape(c.state.as_str()),
                    cite(&d.sources)
                );
            }
            if d.contingents.is_empty() {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | – | – | {} |",
                    escape(d.host.as_str()),
                    date(&d.start),
                    date(&d.end),
                    cite(&d.sources)
                );
            }
        }
        out.push('\n');
    }
    if !org.stationed.is_empty() {
        let _ = writeln!(out, "### Troops stationed abroad\n");
        for s in &org.stationed {
            let troops = s
                .troops
                .iter()
                .map(|t| format!("{} {}", t.value.value, cite(&t.sources)))
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                out,
                "- {} in {}: {troops}",
                escape(s.state.as_str()),
                entity(&s.location)
            );
        }
        out.push('\n');
    }
    if !org.roles.is_empty() {
        let _ = writeln!(out, "### People\n");
        for r in &org.roles {
            let of =
                r.of.as_ref()
                    .map(|o| format!(" ({})", entity(o)))
                    .unwrap_or_default();
            let _ = writeln!(
                out,
                "- {}: {}{of} {}",
                escape(&r.person),
                escape(&r.role),
                cite(&r.sources)
            );
        }
        out.push('\n');
    }
    if !org.quotes.is_empty() {
        let _ = writeln!(out, "### Quotes\n");
        for q in &org.quotes {
            let speaker = q
                .speaker
                .as_deref()
                .map_or_else(|| "unattributed".to_owned(), escape);
            let _ = writeln!(
                out,
                "- {speaker} ({}): „{}“ {}",
                escape(&q.language),
                escape(&q.text),
                cite(&q.sources)
            );
        }
        out.push('\n');
    }
    if !org.conflicts.is_empty() {
        let _ = writeln!(out, "### Sources disagree\n");
        for c in &org.conflicts {
            let values = c
                .values
                .iter()
                .map(|v| format!("{} {}", escape(&v.value), cite(&v.sources)))
                .collect::<Vec<_>>()
                .join(" vs. ");
            let _ = writeln!(out, "- {}: {values}", escape(&c.subject));
        }
        out.push('\n');
    }
}
