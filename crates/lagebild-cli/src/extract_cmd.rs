//! `lagebild extract`: articles in, facts with provenance out (JSON, JSON Lines, or a
//! readable Markdown list).

use crate::cli::{ExtractArgs, ExtractFormat};
use crate::input::{self, Input};
use crate::output::{Layout, Output};
use crate::parse_cmd::{parse_article, read_bytes};
use crate::report::Outcome;
use lagebild_export::markdown::escape;
use lagebild_model::ArticleFacts;
use std::fmt::Write as _;

pub(crate) fn run(args: &ExtractArgs) -> Outcome {
    let inputs = input::expand(
        &args.inputs.paths,
        &args.inputs.walk(&["*.txt"]),
        args.inputs.limits(),
    );
    let mut outcome = Outcome::default();
    let layout = match args.format {
        ExtractFormat::Json => Layout::JsonArray {
            several: inputs.len() > 1,
        },
        ExtractFormat::Jsonl => Layout::Lines,
        ExtractFormat::Md => Layout::Documents,
    };
    let mut out = Output::new(layout);
    let work = |input: &Input| {
        let bytes = read_bytes(input)?;
        let article = parse_article(input, &bytes)?;
        let mut facts = crate::extractor().extract(&article, &article_id(input));
        facts.article.file = Some(input.name.clone());
        Ok(match args.format {
            ExtractFormat::Json => serde_json::to_string_pretty(&facts).unwrap_or_default(),
            ExtractFormat::Jsonl => serde_json::to_string(&facts).unwrap_or_default(),
            ExtractFormat::Md => markdown(&facts),
        })
    };
    if !out.records_in_order(&inputs, work, &mut outcome) {
        return outcome;
    }
    out.finish(&mut outcome);
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
    // An untitled article is named by where it was read from, as the command line named
    // it (the id is a key, not a name for readers).
    let article = &facts.article;
    let title = match (&article.title, &article.file) {
        (Some(title), _) => title.as_str(),
        (None, _) if article.from_standard_input() => "standard input",
        (None, Some(file)) => file.as_str(),
        (None, None) => &article.id,
    };
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
