//! `lagebild brief`: the main job. Articles (or saved facts) in, one localized briefing
//! out: what changed, a timeline, a fact sheet per organisation, a digest per article.
//! With `-o DIR`, every document is a file of its own, and the set is written into a
//! staging directory and swapped in whole (`staging.rs`).

use crate::cli::{BriefArgs, BriefFormat};
use crate::dossier_cmd::{Sentences, load, localizer, report_localization};
use crate::output::{Layout, Output};
use crate::report::{Outcome, timing};
use crate::slug::Slugs;
use crate::staging::Staging;
use lagebild_dossier::DossierView;
use lagebild_export::Localizer;
use lagebild_model::Dossier;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub(crate) fn run(args: &BriefArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let started = Instant::now();
    // A bad `-o` is one usage error before any article is read, not one per document.
    if let Some(dir) = &args.output
        && let Err(e) = crate::staging::check(dir)
    {
        outcome.usage(&dir.display().to_string(), &e.to_string(), Some(e.hint()));
        return outcome;
    }
    // The language (a usage error without a locale), the locale directory and the
    // translations come before any article too, for every format: a run that cannot render
    // its documents reads nothing and touches nothing.
    let Some(mut localizer) = localizer(&args.lang, args.locales.as_deref(), &mut outcome) else {
        return outcome;
    };
    if let Some(path) = &args.translations {
        match crate::translate_cmd::read_translations(path, args.inputs.max_file_bytes) {
            Ok(translations) => {
                if crate::report::verbose() {
                    crate::report::message(&format!(
                        "{}: {} translated segments",
                        path.display(),
                        translations.len()
                    ));
                }
                localizer.set_translations(translations);
            }
            Err(message) => {
                outcome.fail(
                    &path.display().to_string(),
                    &message,
                    Some("--translations takes a PO file written by `lagebild translate export`"),
                );
                return outcome;
            }
        }
    }
    let sentences = if args.format == BriefFormat::Json {
        Sentences::Keep
    } else {
        Sentences::Drop
    };
    let dossier = load(&args.inputs, sentences, &mut outcome);
    timing("read, extract and merge", started);
    let staging = match &args.output {
        None => None,
        Some(dir) => match begin_output(dir, &outcome) {
            Ok(staging) => Some(staging),
            Err(message) => {
                outcome.output_failed = true;
                crate::report::error_line(&format!("{}: {message}", dir.display()));
                return outcome;
            }
        },
    };
    let phase = Instant::now();
    let view = lagebild_dossier::view(&dossier, args.as_of);
    timing("view", phase);
    if args.format == BriefFormat::Json {
        let document = serde_json::json!({
            "schema": lagebild_model::DOSSIER_SCHEMA,
            "view": view,
            "dossier": dossier,
        });
        let text = serde_json::to_string_pretty(&document).unwrap_or_default();
        match staging {
            Some(staging) => {
                write_file(&staging, Path::new("briefing.json"), &text, &mut outcome);
                finish_output(staging, &mut outcome);
            }
            None => print(&text, &mut outcome),
        }
        outcome.summarize("article");
        return outcome;
    }
    let phase = Instant::now();
    // Markdown is written as it is rendered (a briefing of 20,000 articles is some 30 MB);
    // HTML is made from the whole Markdown document.
    let write_briefing = |out: &mut dyn std::fmt::Write| {
        lagebild_export::write_briefing_markdown(out, &view, &dossier, &localizer);
    };
    let extension = if args.format == BriefFormat::Html {
        "html"
    } else {
        "md"
    };
    match (&staging, args.format) {
        (None, BriefFormat::Html) => {
            let mut markdown = String::new();
            write_briefing(&mut markdown);
            print(&render(markdown, args, &localizer), &mut outcome);
        }
        (None, _) => {
            let mut out = Output::new(Layout::Documents);
            if out.record_streamed(write_briefing, &mut outcome) {
                out.finish(&mut outcome);
            }
        }
        (Some(staging), BriefFormat::Html) => {
            let mut markdown = String::new();
            write_briefing(&mut markdown);
            let html = render(markdown, args, &localizer);
            write_file(staging, Path::new("briefing.html"), &html, &mut outcome);
        }
        (Some(staging), _) => {
            let path = Path::new("briefing.md");
            if let Err(e) = staging.write_streamed(path, write_briefing) {
                cannot_write(path, &e, &mut outcome);
            }
        }
    }
    timing("render and write the briefing", phase);
    if let Some(staging) = staging {
        let phase = Instant::now();
        write_documents(
            &staging,
            extension,
            &view,
            &dossier,
            &localizer,
            args,
            &mut outcome,
        );
        timing("write fact sheets and digests", phase);
        finish_output(staging, &mut outcome);
    }
    // Freeing a large dossier record by record takes a second at 20,000 articles; the
    // process is about to end and the operating system takes the memory back at once.
    std::mem::forget(view);
    std::mem::forget(dossier);
    timing("total", started);
    report_localization(&localizer, &args.lang);
    outcome.summarize("article");
    outcome
}

/// Markdown as is, or as an HTML page titled by the document's first heading.
/// The document in the output format; Markdown is passed through without a copy (a
/// briefing of 20,000 articles is some 30 MB).
fn render(markdown: String, args: &BriefArgs, localizer: &Localizer) -> String {
    match args.format {
        BriefFormat::Html => {
            let title = markdown
                .lines()
                .find_map(|line| line.strip_prefix("# "))
                .map(heading_text)
                .unwrap_or_else(|| localizer.message("briefing-title", &[]));
            lagebild_export::to_html(&markdown, &args.lang, &title)
        }
        _ => markdown,
    }
}

/// The plain text of a Markdown heading line (escapes and footnote references removed),
/// for the HTML `<title>`, which `to_html` escapes again.
fn heading_text(heading: &str) -> String {
    let mut text = String::new();
    for event in pulldown_cmark::Parser::new_ext(heading, pulldown_cmark::Options::ENABLE_FOOTNOTES)
    {
        if let pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) = event {
            text.push_str(&t);
        }
    }
    text.trim().to_owned()
}

fn print(text: &str, outcome: &mut Outcome) {
    let mut out = Output::new(Layout::Documents);
    if out.record(text, outcome) {
        out.finish(outcome);
    }
}

/// The staging directory for `-o DIR`, or why nothing is written: `DIR` is left as it
/// is unless at least one article was read.
fn begin_output(dir: &Path, outcome: &Outcome) -> Result<Staging, String> {
    if outcome.processed == 0 {
        return Err("left as it is: no article was read".to_owned());
    }
    Staging::create(dir).map_err(|e| e.to_string())
}

/// Swaps a complete set in; a set with a file that could not be written is dropped, so
/// `DIR` keeps the earlier set whole.
fn finish_output(staging: Staging, outcome: &mut Outcome) {
    if outcome.output_failed {
        return;
    }
    if let Err(e) = staging.commit() {
        outcome.output_failed = true;
        crate::report::error_line(&e.to_string());
    }
}

fn cannot_write(path: &Path, error: &std::io::Error, outcome: &mut Outcome) {
    outcome.output_failed = true;
    crate::report::error_line(&format!("{}: cannot write: {error}", path.display()));
}

fn write_file(staging: &Staging, path: &Path, text: &str, outcome: &mut Outcome) {
    if let Err(e) = staging.write(path, text.as_bytes()) {
        cannot_write(path, &e, outcome);
    }
}

/// A fact sheet per organisation and a digest per article, with names from slugs (never
/// from raw article text) inside `dir`, next to the briefing.
fn write_documents(
    staging: &Staging,
    extension: &str,
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    args: &BriefArgs,
    outcome: &mut Outcome,
) {
    let mut slugs = Slugs::default();
    for org in &view.organisations {
        let name = slugs.unique(org.org.as_str(), "organisation");
        let sheet = render(lagebild_export::fact_sheet_markdown(view, org, l), args, l);
        let path: PathBuf = ["factsheets", &format!("{name}.{extension}")]
            .iter()
            .collect();
        write_file(staging, &path, &sheet, outcome);
    }
    let digests = lagebild_export::article_digests_markdown(view, dossier, l);
    for (citation, digest) in view.sources.iter().zip(digests) {
        let title = citation
            .article
            .title
            .as_deref()
            .unwrap_or(&citation.article.id);
        let name = slugs.unique(title, "article");
        let digest = render(digest, args, l);
        let path: PathBuf = ["articles", &format!("{name}.{extension}")]
            .iter()
            .collect();
        write_file(staging, &path, &digest, outcome);
    }
}
