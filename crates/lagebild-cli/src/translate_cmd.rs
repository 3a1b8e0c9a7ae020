//! `lagebild translate`: the articles' own words (titles, leads, subheadings, quotes) as
//! a gettext PO file for human translators, and reading a filled-in file back.

use crate::cli::{TranslateAction, TranslateArgs};
use crate::dossier_cmd::{Sentences, load};
use crate::open::{Links, ReadError};
use crate::report::Outcome;
use std::path::Path;

pub(crate) fn run(args: &TranslateArgs) -> Outcome {
    let mut outcome = Outcome::default();
    match &args.action {
        TranslateAction::Export {
            inputs,
            lang,
            output,
            force,
        } => {
            // Any language may be translated into, a locale for its documents or not (a
            // translator may write both at once); but the PO `Language` header must be a
            // language tag.
            if let Err(e @ lagebild_export::LocaleError::BadTag(_)) =
                lagebild_export::check_language(lang, &[])
            {
                outcome.usage(
                    &format!("--lang {lang}"),
                    &e.to_string(),
                    Some("name the language translators translate into as a BCP 47 tag: de, fr, pt-BR"),
                );
                return outcome;
            }
            // The target is looked at before any article is read: a template must not
            // take the place of a translator's work, nor of a device or a link.
            if let Some(path) = output
                && let Err((message, hint)) = check_target(path, *force, inputs.max_file_bytes)
            {
                outcome.usage(&path.display().to_string(), &message, Some(hint));
                return outcome;
            }
            // Segments are titles, leads, subheadings and quotes, never whole sentences.
            let dossier = load(inputs, Sentences::Drop, &mut outcome);
            let segments = lagebild_export::segments(&dossier);
            let po = lagebild_export::po_template(&segments, lang);
            match output {
                Some(path) if outcome.processed == 0 => {
                    outcome.output_failed = true;
                    crate::report::error_line(&format!(
                        "{}: left as it is: no article was read",
                        path.display()
                    ));
                }
                Some(path) => {
                    if let Err(e) = crate::replace::write_atomic(path, po.as_bytes()) {
                        outcome.output_failed = true;
                        crate::report::error_line(&format!("{}: {e}", path.display()));
                    } else if crate::report::chatty() {
                        crate::report::message(&format!(
                            "{}: {} segments",
                            path.display(),
                            segments.len()
                        ));
                    }
                }
                None => {
                    let mut out = crate::output::Output::new(crate::output::Layout::Documents);
                    if out.record(&po, &mut outcome) {
                        out.finish(&mut outcome);
                    }
                }
            }
            outcome.summarize("article");
        }
    }
    outcome
}

/// Whether `translate export -o PATH` may write: PATH is absent, or a regular file that
/// holds no translation (`--force` replaces one that does). The error is a message and
/// a hint for the user.
fn check_target(path: &Path, force: bool, limit: u64) -> Result<(), (String, &'static str)> {
    let other_name =
        "write the template to a name of its own (free-text.en.pot) and fill in a copy";
    crate::replace::check_replaceable(path).map_err(|e| {
        (
            e.to_string(),
            "name a regular file, or leave out -o to print",
        )
    })?;
    if force {
        return Ok(());
    }
    let bytes = match crate::open::read_regular(path, limit, Links::Refuse) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err((format!("cannot look at it: {e}"), other_name)),
    };
    match lagebild_export::translated_entries(&bytes) {
        Ok(0) => Ok(()),
        Ok(n) => Err((
            format!(
                "holds {n} filled-in translation{}; not replaced (--force replaces it)",
                if n == 1 { "" } else { "s" }
            ),
            other_name,
        )),
        Err(e) => Err((
            format!("is not a PO template ({e}); not replaced (--force replaces it)"),
            other_name,
        )),
    }
}

/// Reads a filled-in PO file, with the size limit of `--max-file-bytes` held on the
/// bytes read; the error is a message for the user.
pub(crate) fn read_translations(
    path: &Path,
    limit: u64,
) -> Result<lagebild_export::Translations, String> {
    let bytes = crate::open::read_regular(path, limit, Links::Follow)
        .map_err(|e| crate::input::read_message(&e))?;
    lagebild_export::Translations::from_po(&bytes).map_err(|e| e.to_string())
}
