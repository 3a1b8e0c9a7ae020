//! `lagebild extract`: articles in, facts with provenance out (JSON, JSON Lines, or a
//! readable Markdown list).

use crate::cli::{ExtractArgs, ExtractFormat};
use crate::input::{self, Input};
use crate::output::{Layout, Output};
use crate::parse_cmd::{parse_article, read_bytes};
use crate::report::Outcome;
use lagebild_export::{Block, Document, Inline, Options};
use lagebild_model::ArticleFacts;

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

/// A readable list: one line per fact with the JSON of its fields, and its sentence,
/// as a document for the exporter's Markdown encoder.
fn markdown(facts: &ArticleFacts) -> String {
    // An untitled article is named by where it was read from, as the command line named
    // it (the id is a key, not a name for readers).
    let article = &facts.article;
    let title = match (&article.title, &article.file) {
        (Some(title), _) => title.as_str(),
        (None, _) if article.from_standard_input() => "standard input",
        (None, Some(file)) => file.as_str(),
        (None, None) => &article.id,
    };
    let heading = |level, text: &str| Block::Heading {
        level,
        content: vec![Inline::text(text)],
    };
    let entities = facts
        .entities
        .iter()
        .map(|entity| {
            vec![
                Inline::text(format!("{} ", entity.name)),
                Inline::Code {
                    text: entity.id.to_string(),
                },
                Inline::text(format!(" ({:?}): {}", entity.kind, entity.mentions)),
            ]
        })
        .collect();
    let records = facts
        .facts
        .iter()
        .map(|record| {
            let fields = serde_json::to_value(&record.fact)
                .map(|v| v.to_string())
                .unwrap_or_default();
            vec![
                Inline::Strong {
                    content: vec![Inline::text(record.fact.kind())],
                },
                Inline::text(" "),
                Inline::Code { text: fields },
                Inline::Break,
                Inline::text(format!(
                    "line {}: {}",
                    record.provenance.line, record.provenance.sentence
                )),
            ]
        })
        .collect();
    let document = Document {
        title: title.to_owned(),
        lang: "de".to_owned(),
        blocks: vec![
            heading(1, title),
            heading(2, "Entities"),
            Block::List { items: entities },
            heading(2, "Facts"),
            Block::List { items: records },
        ],
    };
    let text = lagebild_export::markdown::to_string(&document, &Options::default());
    // The list ends the record: one line break after it, as after every record.
    text.strip_suffix('\n').unwrap_or(&text).to_owned()
}
