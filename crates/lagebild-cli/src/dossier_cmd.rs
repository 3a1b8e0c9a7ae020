//! `lagebild dossier`: articles or extracted facts in, one merged, source-cited dossier
//! out, per organisation.

use crate::cli::{DossierArgs, DossierFormat};
use crate::input::{self, Input};
use crate::output::{Layout, Output};
use crate::parse_cmd::{parse_article, read_bytes};
use crate::report::{Failure, Outcome};
use lagebild_dossier::DossierBuilder;
use lagebild_export::LocaleError;
use lagebild_model::{ArticleFacts, Dossier};

pub(crate) fn run(args: &DossierArgs) -> Outcome {
    let mut outcome = Outcome::default();
    // The language is checked before any article is read, whatever the format: a
    // command line that names a language without a locale is wrong for JSON too.
    let Some(localizer) = localizer(&args.lang, args.locales.as_deref(), &mut outcome) else {
        return outcome;
    };
    let sentences = match args.format {
        DossierFormat::Json => Sentences::Keep,
        DossierFormat::Md => Sentences::Drop,
    };
    let dossier = load(&args.inputs, sentences, &mut outcome);
    let view = lagebild_dossier::view(&dossier, args.as_of);
    let mut out = Output::new(match args.format {
        DossierFormat::Json => Layout::Lines,
        DossierFormat::Md => Layout::Documents,
    });
    let written = match args.format {
        DossierFormat::Json => out.record_encoded(
            |w| lagebild_export::json::encode_dossier(&view, &dossier, w),
            &mut outcome,
        ),
        DossierFormat::Md => {
            let mut open = true;
            for org in &view.organisations {
                let sheet = lagebild_export::fact_sheet(&view, org, &localizer);
                let options = lagebild_export::Options::default();
                open = out.record_encoded(
                    |w| lagebild_export::markdown::encode(&sheet, &options, w),
                    &mut outcome,
                );
                if !open {
                    break;
                }
            }
            report_localization(&localizer, &args.lang);
            open
        }
    };
    if written {
        out.finish(&mut outcome);
    }
    outcome.summarize("article");
    outcome
}

/// Whether [`load`] keeps the sentence each fact was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sentences {
    /// For output that shows them (the dossier's JSON).
    Keep,
    /// For output that cites articles only (Markdown and HTML): the sentences are let go
    /// as each article is read, and with them a third of what a large corpus's dossier
    /// holds (36 MB of 190 for 20,000 articles).
    Drop,
}

/// Reads every input the way `dossier` and `brief` do and merges the facts into one
/// dossier: articles are parsed and extracted, `*.jsonl` files are read as extracted
/// facts, directories are searched. Inputs are processed in parallel, a batch at a time,
/// and each batch is merged before the next is read, so that the run never holds every
/// article's facts twice; results and errors are reported in input order.
pub(crate) fn load(
    args: &crate::cli::InputArgs,
    sentences: Sentences,
    outcome: &mut Outcome,
) -> Dossier {
    let inputs = input::expand(
        &args.paths,
        &args.walk(&["*.txt", "*.jsonl"]),
        args.limits(),
    );
    let progress = crate::progress::Progress::new(inputs.len());
    let mut builder = DossierBuilder::default();
    let mut estimated = false;
    input::in_order(
        &inputs,
        |input| {
            let mut result = load_one(input);
            if sentences == Sentences::Drop {
                // One empty sentence shared by every fact of the input.
                let none: std::sync::Arc<str> = std::sync::Arc::from("");
                for facts in result.iter_mut().flatten() {
                    for record in &mut facts.facts {
                        record.provenance.sentence = std::sync::Arc::clone(&none);
                    }
                }
            }
            progress.advance();
            result
        },
        |input, results| {
            // After the first batch, room for the whole corpus at the facts-per-article
            // rate seen so far (with a tenth to spare), once.
            if !estimated && builder.len().0 >= ESTIMATE_AFTER.min(inputs.len()) {
                estimated = true;
                let (articles, observations) = builder.len();
                let expected = observations * inputs.len() * 11 / (articles.max(1) * 10);
                builder.reserve(expected.saturating_sub(observations));
            }
            for result in results {
                match result {
                    Ok(facts) => {
                        if crate::report::verbose() {
                            crate::report::message(&format!(
                                "{}: {} facts",
                                input.display(),
                                facts.facts.len()
                            ));
                        }
                        outcome.processed += 1;
                        builder.add(facts);
                    }
                    Err(failure) => outcome.record(failure),
                }
            }
            true
        },
    );
    progress.finish();
    builder.finish()
}

/// How many articles are read before the size of the merged observation list is
/// estimated for the whole corpus.
const ESTIMATE_AFTER: usize = 200;

/// One input's facts: one article, or every line of a facts file.
fn load_one(input: &Input) -> Vec<Result<ArticleFacts, Failure>> {
    if input.path.extension().is_some_and(|e| e == "jsonl") {
        return read_facts(input);
    }
    let bytes = match read_bytes(input) {
        Ok(bytes) => bytes,
        Err(failure) => return vec![Err(failure)],
    };
    let article = match parse_article(input, &bytes) {
        Ok(article) => article,
        Err(failure) => return vec![Err(failure)],
    };
    let id = input
        .path
        .file_stem()
        .map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
    let mut facts = crate::extractor().extract(&article, &id);
    facts.article.file = Some(input.name.clone());
    vec![Ok(facts)]
}

/// Reads `ArticleFacts` JSON Lines. A file with a bad line (not JSON, not a facts
/// record, an id that does not match its grammar) is left out whole, with the first
/// bad line's number: half a fact file would be a dossier nobody asked for.
fn read_facts(input: &Input) -> Vec<Result<ArticleFacts, Failure>> {
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            return vec![Err(Failure {
                input: input.display(),
                message: e.message(),
                hint: e.hint(),
            })];
        }
    };
    match lagebild_dossier::read_fact_lines(&bytes) {
        Ok(records) => records
            .into_iter()
            .map(|mut facts| {
                facts.article.file = facts.article.file.as_deref().and_then(readable_file);
                Ok(facts)
            })
            .collect(),
        Err(e) => vec![Err(Failure {
            input: format!("{}:{}", input.display(), e.line),
            message: format!("not a facts record: {}; the file is left out", e.message),
            hint: Some("write facts with `lagebild extract --format jsonl`"),
        })],
    }
}

/// A fact file's `file` as documents may show it. Fact files written elsewhere (or by
/// hand) may name an article by an absolute path (`/home/…`, `C:\…`) or one that climbs
/// out with `..`, which says more about the machine that read it than a reader needs:
/// such a path is cut to its file name. `<stdin>` is standard input.
fn readable_file(file: &str) -> Option<String> {
    if file == "<stdin>" {
        return Some(lagebild_model::ArticleInfo::STANDARD_INPUT.to_owned());
    }
    let path = std::path::Path::new(file);
    let climbs = path
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir));
    let drive = matches!(file.as_bytes(), [letter, b':', ..] if letter.is_ascii_alphabetic());
    if !(path.has_root() || climbs || drive || file.contains('\\')) {
        return Some(file.to_owned());
    }
    file.rsplit(['/', '\\', ':'])
        .find(|part| !part.is_empty() && *part != "..")
        .map(str::to_owned)
}

/// The localizer for `lang`, with a translator's directory if given; failures are
/// reported on `outcome`. Called before any article is read: a language without a locale
/// is a usage error (exit 2) that names the languages there are, built in or in the
/// directory; a directory that cannot be read or a broken locale file fails the run
/// (exit 1).
pub(crate) fn localizer(
    lang: &str,
    locales: Option<&std::path::Path>,
    outcome: &mut Outcome,
) -> Option<lagebild_export::Localizer> {
    let extra = match locales.map(lagebild_export::read_directory).transpose() {
        Ok(files) => files.unwrap_or_default(),
        Err(e) => {
            let dir = locales.map(|d| d.display().to_string()).unwrap_or_default();
            outcome.fail(
                &dir,
                &e.to_string(),
                Some("--locales takes a directory of <lang>/*.ftl files"),
            );
            return None;
        }
    };
    let unknown_language = |e: &LocaleError, outcome: &mut Outcome| {
        outcome.usage(
            &format!("--lang {lang}"),
            &format!(
                "{e}; languages with a locale: {}",
                lagebild_export::languages(&extra).join(", ")
            ),
            Some("a translator's directory adds a language: --locales DIR (docs/adding-a-language.md)"),
        );
    };
    if let Err(e) = lagebild_export::check_language(lang, &extra) {
        unknown_language(&e, outcome);
        return None;
    }
    match lagebild_export::Localizer::with_resources(lang, &extra) {
        Ok(localizer) => Some(localizer),
        Err(e @ (LocaleError::BadTag(_) | LocaleError::NoLocale(_) | LocaleError::NoData(_))) => {
            unknown_language(&e, outcome);
            None
        }
        Err(e) => {
            let dir = locales.map(|d| d.display().to_string()).unwrap_or_default();
            outcome.fail(
                &format!("--locales {dir}"),
                &e.to_string(),
                Some("`lagebild locales check DIR` lists what is wrong in a locale directory"),
            );
            None
        }
    }
}

/// Warns about messages the language lacks and any formatting error.
pub(crate) fn report_localization(localizer: &lagebild_export::Localizer, lang: &str) {
    let report = localizer.report();
    if !crate::report::chatty() {
        return;
    }
    if !report.missing.is_empty() {
        let missing: Vec<&str> = report.missing.iter().map(String::as_str).collect();
        crate::report::message(&format!(
            "warning: {} messages missing in `{lang}`, English used: {}",
            missing.len(),
            missing.join(", ")
        ));
    }
    for error in &report.errors {
        crate::report::message(&format!("warning: {error}"));
    }
}

#[cfg(test)]
mod tests {
    use super::readable_file;

    #[test]
    fn fact_files_name_articles_without_the_machine_they_were_read_on() {
        let check = |file: &str| readable_file(file).unwrap_or_default();
        assert_eq!(check("2022/ovks.txt"), "2022/ovks.txt");
        assert_eq!(check("/home/anna/archiv/ovks.txt"), "ovks.txt");
        assert_eq!(check("../../archiv/ovks.txt"), "ovks.txt");
        assert_eq!(check("C:\\Users\\anna\\ovks.txt"), "ovks.txt");
        assert_eq!(check("C:/Users/anna/ovks.txt"), "ovks.txt");
        assert_eq!(check("<stdin>"), "-");
        assert_eq!(check("-"), "-");
        assert_eq!(readable_file("/"), None);
    }
}
