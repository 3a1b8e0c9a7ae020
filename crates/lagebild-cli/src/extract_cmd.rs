//! `lagebild extract`: articles in, facts with provenance out (JSON, JSON Lines, or a
//! readable Markdown list).

use crate::cli::{ExtractArgs, ExtractFormat};
use crate::input::{self, Input};
use crate::markdown::escape;
use crate::parse_cmd::{emit, output_error, parse_one};
use crate::report::Outcome;
use lagebild_model::ArticleFacts;
use std::fmt::Write as _;
use std::io::Write;

pub(crate) fn run(args: &ExtractArgs) -> Outcome {
    let inputs = input::collect(&args.files);
    let mut outcome = Outcome::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let as_array = args.format == ExtractFormat::Json && inputs.len() > 1;
    if as_array && emit(&mut out, "[\n", &mut outcome).is_err() {
        return outcome;
    }
    let mut first = true;
    for input in &inputs {
        let Some(article) = parse_one(input, &mut outcome) else {
            continue;
        };
        outcome.processed += 1;
        let mut facts = lagebild_extract::extract(&article, &article_id(input));
        facts.article.file = Some(input.display());
        let text = match args.format {
            ExtractFormat::Json => {
                let json = serde_json::to_string_pretty(&facts).unwrap_or_default();
                let separator = if as_array && !first { ",\n" } else { "" };
                format!("{separator}{json}{}", if as_array { "" } else { "\n" })
            }
            ExtractFormat::Jsonl => {
                format!("{}\n", serde_json::to_string(&facts).unwrap_or_default())
            }
            ExtractFormat::Md => markdown(&facts),
        };
        first = false;
        if emit(&mut out, &text, &mut outcome).is_err() {
            return outcome;
        }
    }
    if as_array && emit(&mut out, "\n]\n", &mut outcome).is_err() {
        return outcome;
    }
    if let Err(e) = out.flush() {
        output_error(&e, &mut outcome);
    }
    outcome.summarize("article");
    outcome
}

/// The id an article's facts cite: its file stem, or `stdin`.
fn article_id(input: &Input) -> String {
    if input.path.as_os_str() == "-" {
        return "stdin".to_owned();
    }
    input
        .path
        .file_stem()
        .map_or_else(|| input.display(), |s| s.to_string_lossy().into_owned())
}

/// A readable list: one line per fact with the JSON of its fields, and its sentence.
fn markdown(facts: &ArticleFacts) -> String {
    let mut out = String::new();
    let title = facts.article.title.as_deref().unwrap_or(&facts.article.id);
    let _ = writeln!(out, "# {}\n", escape(title));
    let _ = writeln!(out, "## Entities\n");
    for entity in &facts.entities {
        let _ = writeln!(
            out,
            "- {} `{}` ({:?}): {}",
            escape(&entity.name),
            escape(&entity.id),
            entity.kind,
            entity.mentions
        );
    }
    let _ = writeln!(out, "\n## Facts\n");
    for record in &facts.facts {
        let fields = serde_json::to_value(&record.fact)
            .map(|v| v.to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}** `{}`  \n  line {}: {}",
            record.fact.kind(),
            fields.replace('`', "'"),
            record.provenance.line,
            escape(&record.provenance.sentence)
        );
    }
    out
}
