//! `lagebild parse`: one saved page in, the structured article out (JSON, Markdown, plain
//! text, or the line-by-line `--explain` audit).

use crate::article;
use crate::cli::{ParseArgs, ParseFormat};
use crate::input::{self, Input};
use crate::output::{Layout, Output};
use crate::report::{Failure, Outcome};
use lagebild_parse::{Article, ParseError};
use serde::Serialize;

/// One article in the JSON output, with the file it came from as documents name it.
#[derive(Serialize)]
struct FileArticle<'a> {
    file: String,
    #[serde(flatten)]
    article: &'a Article<'a>,
}

pub(crate) fn run(args: &ParseArgs) -> Outcome {
    let inputs = input::expand(
        &args.inputs.paths,
        &args.inputs.walk(&["*.txt"]),
        args.inputs.limits(),
    );
    let mut outcome = Outcome::default();
    let layout = match (args.format, args.explain) {
        (ParseFormat::Json, false) => Layout::JsonArray {
            several: inputs.len() > 1,
        },
        _ => Layout::Documents,
    };
    let mut out = Output::new(layout);
    let several = inputs.len() > 1;
    // One page is written as it is made: there is no order to keep, and the whole output
    // of a very large page would otherwise be held as one string beside the page and its
    // article.
    if let ([input], false) = (inputs.as_slice(), args.explain) {
        let written = read_bytes(input).and_then(|bytes| {
            let article = parse_article(input, &bytes)?;
            outcome.processed += 1;
            Ok(match args.format {
                ParseFormat::Json => {
                    let record = FileArticle {
                        file: input.name.clone(),
                        article: &article,
                    };
                    out.record_json(&record, &mut outcome)
                }
                ParseFormat::Text => out.record_streamed(
                    |sink: &mut dyn std::fmt::Write| article::write_article_text(sink, &article),
                    &mut outcome,
                ),
                ParseFormat::Md => out.record_encoded(
                    |sink| article::write_article_markdown(sink, &article),
                    &mut outcome,
                ),
            })
        });
        match written {
            Ok(true) => {}
            Ok(false) => return outcome,
            Err(failure) => outcome.record(failure),
        }
        out.finish(&mut outcome);
        outcome.summarize("article");
        return outcome;
    }
    let work = |input: &Input| {
        let bytes = read_bytes(input)?;
        let article = parse_article(input, &bytes)?;
        Ok(if args.explain {
            let header = if several {
                format!("== {}\n", input.name)
            } else {
                String::new()
            };
            format!("{header}{}", lagebild_parse::explain(&article))
        } else {
            match args.format {
                ParseFormat::Json => {
                    let record = FileArticle {
                        file: input.name.clone(),
                        article: &article,
                    };
                    serde_json::to_string_pretty(&record).unwrap_or_default()
                }
                ParseFormat::Md => article::article_markdown(&article),
                ParseFormat::Text => article::article_text(&article),
            }
        })
    };
    if !out.records_in_order(&inputs, work, &mut outcome) {
        return outcome;
    }
    out.finish(&mut outcome);
    outcome.summarize("article");
    outcome
}

/// Reads one input's bytes, for [`parse_article`] (safe to run in parallel).
pub(crate) fn read_bytes(input: &Input) -> Result<Vec<u8>, Failure> {
    input.read().map_err(|e| Failure {
        input: input.display(),
        message: e.message(),
        hint: e.hint(),
    })
}

/// Parses one input's bytes without printing anything (safe to run in parallel). The
/// article borrows its texts from `bytes`: the caller keeps them for as long as it uses
/// the article, so that a large page is not copied line by line.
pub(crate) fn parse_article<'b>(input: &Input, bytes: &'b [u8]) -> Result<Article<'b>, Failure> {
    let article = lagebild_parse::Parser::default()
        .options(input.limits)
        .parse(bytes)
        .map_err(|e| Failure {
            input: input.display(),
            message: e.to_string(),
            hint: parse_hint(&e),
        })?;
    warn_about_limits(input, &article);
    Ok(article)
}

/// Says which lines were left out for being over `--max-line-bytes`: a limit that is hit
/// is reported, never silent.
fn warn_about_limits(input: &Input, article: &Article) {
    if !crate::report::chatty() {
        return;
    }
    for dropped in article
        .dropped
        .iter()
        .filter(|d| d.reason == lagebild_parse::DropReason::TooLong)
    {
        crate::report::message(&format!(
            "warning: {}:{}: line longer than the limit of {} bytes, left out (raise it with --max-line-bytes)",
            input.display(),
            dropped.line,
            input.limits.max_line_bytes
        ));
    }
}

fn parse_hint(error: &ParseError) -> Option<&'static str> {
    match error {
        ParseError::Empty => Some("the file has no text; was the page saved completely?"),
        ParseError::Binary { .. } => {
            Some("only the text of a saved page can be parsed, not images, PDFs or archives")
        }
        ParseError::TooLarge { .. } => {
            Some("split it into one article per file, or raise --max-file-bytes")
        }
        _ => None,
    }
}
