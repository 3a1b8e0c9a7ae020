//! `lagebild brief`: the main job. Articles (or saved facts) in, one localized briefing
//! out: what changed, a timeline, a fact sheet per organisation, a digest per article.
//! With `-o DIR`, every document is a file of its own.

use crate::cli::{BriefArgs, BriefFormat};
use crate::dossier_cmd::{Sentences, load, localizer, report_localization};
use crate::output::{Layout, Output, write_atomic, write_atomic_streamed};
use crate::report::{Outcome, timing};
use crate::slug::Slugs;
use lagebild_dossier::DossierView;
use lagebild_export::Localizer;
use lagebild_model::Dossier;
use std::path::Path;
use std::time::Instant;

pub(crate) fn run(args: &BriefArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let started = Instant::now();
    let sentences = if args.format == BriefFormat::Json {
        Sentences::Keep
    } else {
        Sentences::Drop
    };
    let dossier = load(&args.inputs, sentences, &mut outcome);
    timing("read, extract and merge", started);
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
        match &args.output {
            Some(dir) => write_file(&dir.join("briefing.json"), &text, &mut outcome),
            None => print(&text, &mut outcome),
        }
        outcome.summarize("article");
        return outcome;
    }
    let Some(mut localizer) = localizer(&args.lang, args.locales.as_deref(), &mut outcome) else {
        return outcome;
    };
    if let Some(path) = &args.translations {
        match crate::translate_cmd::read_translations(path) {
            Ok(translations) => {
                if crate::report::verbose() {
                    eprintln!(
                        "{}: {} translated segments",
                        path.display(),
                        translations.len()
                    );
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
    let briefing_path = args
        .output
        .as_ref()
        .map(|dir| dir.join(format!("briefing.{extension}")));
    match (&briefing_path, args.format) {
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
        (Some(path), BriefFormat::Html) => {
            let mut markdown = String::new();
            write_briefing(&mut markdown);
            write_file(path, &render(markdown, args, &localizer), &mut outcome);
        }
        (Some(path), _) => {
            let created = path.parent().map_or(Ok(()), std::fs::create_dir_all);
            if let Err(e) = created.and_then(|()| write_atomic_streamed(path, write_briefing)) {
                outcome.output_failed = true;
                eprintln!("error: {}: cannot write: {e}", path.display());
            }
        }
    }
    timing("render and write the briefing", phase);
    if let Some(dir) = &args.output {
        let phase = Instant::now();
        write_documents(
            dir,
            extension,
            &view,
            &dossier,
            &localizer,
            args,
            &mut outcome,
        );
        timing("write fact sheets and digests", phase);
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

fn write_file(path: &Path, text: &str, outcome: &mut Outcome) {
    let created = path.parent().map_or(Ok(()), std::fs::create_dir_all);
    if let Err(e) = created.and_then(|()| write_atomic(path, text.as_bytes())) {
        outcome.output_failed = true;
        eprintln!("error: {}: cannot write: {e}", path.display());
    }
}

/// A fact sheet per organisation and a digest per article, with names from slugs (never
/// from raw article text) inside `dir`, next to the briefing.
fn write_documents(
    dir: &Path,
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
        write_file(
            &dir.join("factsheets").join(format!("{name}.{extension}")),
            &sheet,
            outcome,
        );
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
        write_file(
            &dir.join("articles").join(format!("{name}.{extension}")),
            &digest,
            outcome,
        );
    }
}
