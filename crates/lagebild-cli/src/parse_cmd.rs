//! `lagebild parse`: one saved page in, the structured article out (JSON, Markdown, plain
//! text, or the line-by-line `--explain` audit).

use crate::cli::{ParseArgs, ParseFormat};
use crate::input::{self, Input};
use crate::markdown;
use crate::report::Outcome;
use lagebild_parse::{Article, ParseError};
use serde::Serialize;
use std::io::Write;

/// One article in the JSON output, with the file it came from.
#[derive(Serialize)]
struct FileArticle<'a> {
    file: String,
    #[serde(flatten)]
    article: &'a Article,
}

pub(crate) fn run(args: &ParseArgs) -> Outcome {
    let inputs = input::collect(&args.files);
    let mut outcome = Outcome::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let as_array = args.format == ParseFormat::Json && !args.explain && inputs.len() > 1;
    let mut first = true;
    if as_array && emit(&mut out, "[\n", &mut outcome).is_err() {
        return outcome;
    }
    for input in &inputs {
        let Some(article) = parse_one(input, &mut outcome) else {
            continue;
        };
        outcome.processed += 1;
        let text = if args.explain {
            let header = if inputs.len() > 1 {
                format!("== {}\n", input.display())
            } else {
                String::new()
            };
            format!("{header}{}", lagebild_parse::explain(&article))
        } else {
            match args.format {
                ParseFormat::Json => {
                    let record = FileArticle {
                        file: input.display(),
                        article: &article,
                    };
                    let json = serde_json::to_string_pretty(&record).unwrap_or_default();
                    let separator = if as_array && !first { ",\n" } else { "" };
                    format!("{separator}{json}{}", if as_array { "" } else { "\n" })
                }
                ParseFormat::Md => markdown::article_markdown(&article),
                ParseFormat::Text => markdown::article_text(&article),
            }
        };
        first = false;
        let separator =
            if !args.explain && args.format != ParseFormat::Json && outcome.processed > 1 {
                "\n"
            } else {
                ""
            };
        if emit(&mut out, &format!("{separator}{text}"), &mut outcome).is_err() {
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

pub(crate) fn parse_one(input: &Input, outcome: &mut Outcome) -> Option<Article> {
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            outcome.fail(&input.display(), &e.message(), e.hint());
            return None;
        }
    };
    match lagebild_parse::parse(&bytes) {
        Ok(article) => Some(article),
        Err(e) => {
            outcome.fail(&input.display(), &e.to_string(), parse_hint(&e));
            None
        }
    }
}

fn parse_hint(error: &ParseError) -> Option<&'static str> {
    match error {
        ParseError::Empty => Some("the file has no text; was the page saved completely?"),
        ParseError::Binary { .. } => {
            Some("only the text of a saved page can be parsed, not images, PDFs or archives")
        }
        ParseError::TooLarge { .. } => Some("split the file into one article per file"),
        _ => None,
    }
}

/// Writes output; a closed pipe (`lagebild parse … | head`) ends the run quietly.
pub(crate) fn emit(out: &mut impl Write, text: &str, outcome: &mut Outcome) -> Result<(), ()> {
    out.write_all(text.as_bytes())
        .map_err(|e| output_error(&e, outcome))
}

pub(crate) fn output_error(error: &std::io::Error, outcome: &mut Outcome) {
    if error.kind() != std::io::ErrorKind::BrokenPipe {
        eprintln!("error: cannot write output: {error}");
        outcome.output_failed = true;
    }
}
