//! `lagebild brief`: the main job. Articles (or saved facts) in, one localized briefing
//! out: what changed, a timeline, a fact sheet per organisation, a digest per article.
//! With `-o DIR`, every document is a file of its own (for HTML, `index.html` with a page
//! per fact sheet and per article, linked both ways, and one shared stylesheet), and the
//! set is written into a staging directory and swapped in whole (`staging.rs`).

use crate::cli::{BriefArgs, BriefFormat};
use crate::dossier_cmd::{Sentences, load, localizer, report_localization};
use crate::output::{Layout, Output};
use crate::report::{Outcome, timing};
use crate::slug::Slugs;
use crate::staging::Staging;
use lagebild_dossier::DossierView;
use lagebild_export::{Document, Localizer, Options, Page, Pages};
use lagebild_model::Dossier;
use std::collections::HashMap;
use std::path::Path;
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
        let encode = |out: &mut dyn std::io::Write| {
            lagebild_export::json::encode_dossier(&view, &dossier, out)
        };
        match staging {
            Some(staging) => {
                write_encoded(&staging, Path::new("briefing.json"), encode, &mut outcome);
                finish_output(staging, &mut outcome);
            }
            None => print_encoded(encode, &mut outcome),
        }
        outcome.summarize("article");
        return outcome;
    }
    let phase = Instant::now();
    let html = args.format == BriefFormat::Html;
    let home = localizer.message("briefing-title", &[]);
    match &staging {
        None => {
            // One page on standard output: its style inside it, links as their text.
            let options = Options {
                home: &home,
                ..Options::default()
            };
            print_encoded(
                |out| write_briefing(&view, &dossier, &localizer, html, &options, out),
                &mut outcome,
            );
        }
        Some(staging) => {
            let pages = SitePages::new(&view, html);
            let options = pages.options(&pages.briefing, &home);
            if html {
                write_file(
                    staging,
                    Path::new(STYLESHEET),
                    lagebild_export::html::STYLESHEET,
                    &mut outcome,
                );
            }
            write_encoded(
                staging,
                Path::new(&pages.briefing),
                |out| write_briefing(&view, &dossier, &localizer, html, &options, out),
                &mut outcome,
            );
            timing("render and write the briefing", phase);
            let phase = Instant::now();
            write_documents(
                staging,
                &pages,
                &home,
                &view,
                &dossier,
                &localizer,
                html,
                &mut outcome,
            );
            timing("write fact sheets and digests", phase);
        }
    }
    if staging.is_none() {
        timing("render and write the briefing", phase);
    }
    if let Some(staging) = staging {
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

/// The shared stylesheet of an HTML set.
const STYLESHEET: &str = "style.css";

/// The briefing as Markdown or HTML, written to `out` as it is built.
fn write_briefing(
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    html: bool,
    options: &Options<'_>,
    out: &mut dyn std::io::Write,
) -> Result<(), lagebild_export::Error> {
    if html {
        let mut encoder = lagebild_export::html::Encoder::new(out, *options);
        lagebild_export::write_briefing(view, dossier, l, &mut encoder)
    } else {
        let mut encoder = lagebild_export::markdown::Encoder::new(out, *options);
        lagebild_export::write_briefing(view, dossier, l, &mut encoder)
    }
}

/// One document as Markdown or HTML.
fn encode(
    document: &Document,
    html: bool,
    options: &Options<'_>,
    out: &mut dyn std::io::Write,
) -> Result<(), lagebild_export::Error> {
    if html {
        lagebild_export::html::encode(document, options, out)
    } else {
        lagebild_export::markdown::encode(document, options, out)
    }
}

/// Where each page of a `-o DIR` set is written: names from slugs (never from raw article
/// text), unique within the set.
struct SitePages {
    briefing: String,
    factsheets: HashMap<String, String>,
    articles: HashMap<usize, String>,
}

impl SitePages {
    fn new(view: &DossierView, html: bool) -> Self {
        let extension = if html { "html" } else { "md" };
        let mut slugs = Slugs::default();
        let factsheets = view
            .organisations
            .iter()
            .map(|org| {
                let name = slugs.unique(org.org.as_str(), "organisation");
                (
                    org.org.as_str().to_owned(),
                    format!("factsheets/{name}.{extension}"),
                )
            })
            .collect();
        let articles = view
            .sources
            .iter()
            .map(|citation| {
                let title = citation
                    .article
                    .title
                    .as_deref()
                    .unwrap_or(&citation.article.id);
                let name = slugs.unique(title, "article");
                (citation.number, format!("articles/{name}.{extension}"))
            })
            .collect();
        let briefing = if html { "index.html" } else { "briefing.md" }.to_owned();
        SitePages {
            briefing,
            factsheets,
            articles,
        }
    }

    fn options<'a>(&'a self, path: &'a str, home: &'a str) -> Options<'a> {
        let html = path.ends_with(".html");
        Options {
            pages: Some(self),
            path,
            stylesheet: html.then_some(STYLESHEET),
            home,
        }
    }
}

impl Pages for SitePages {
    fn path(&self, page: &Page) -> Option<&str> {
        match page {
            Page::Briefing => Some(&self.briefing),
            Page::FactSheet(id) => self.factsheets.get(id).map(String::as_str),
            Page::Article(number) => self.articles.get(number).map(String::as_str),
        }
    }
}

/// Writes one document to standard output as it is encoded.
fn print_encoded(
    encode: impl FnOnce(&mut dyn std::io::Write) -> Result<(), lagebild_export::Error>,
    outcome: &mut Outcome,
) {
    let mut out = Output::new(Layout::Documents);
    if out.record_encoded(encode, outcome) {
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

fn write_encoded(
    staging: &Staging,
    path: &Path,
    encode: impl FnOnce(&mut dyn std::io::Write) -> Result<(), lagebild_export::Error>,
    outcome: &mut Outcome,
) {
    if let Err(e) = staging.write_encoded(path, encode) {
        cannot_write(path, &e, outcome);
    }
}

/// A fact sheet per organisation and a digest per article inside the set, next to the
/// briefing; digests are built a batch at a time and written as they come.
#[allow(clippy::too_many_arguments)]
fn write_documents(
    staging: &Staging,
    pages: &SitePages,
    home: &str,
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    html: bool,
    outcome: &mut Outcome,
) {
    for org in &view.organisations {
        let Some(path) = pages.path(&Page::FactSheet(org.org.as_str().to_owned())) else {
            continue;
        };
        let sheet = lagebild_export::fact_sheet(view, org, l);
        let options = pages.options(path, home);
        write_encoded(
            staging,
            Path::new(path),
            |out| encode(&sheet, html, &options, out),
            outcome,
        );
    }
    let written: Result<(), std::convert::Infallible> =
        lagebild_export::digests(view, dossier, l, |citation, digest| {
            if let Some(path) = pages.path(&Page::Article(citation.number)) {
                let options = pages.options(path, home);
                write_encoded(
                    staging,
                    Path::new(path),
                    |out| encode(&digest, html, &options, out),
                    outcome,
                );
            }
            Ok(())
        });
    let Ok(()) = written;
}
