//! `lagebild translate`: the articles' own words (titles, leads, subheadings, quotes) as
//! a gettext PO file for human translators, and reading a filled-in file back.

use crate::cli::{TranslateAction, TranslateArgs};
use crate::dossier_cmd::{Sentences, load};
use crate::output::write_atomic;
use crate::report::Outcome;
use std::path::Path;

pub(crate) fn run(args: &TranslateArgs) -> Outcome {
    let mut outcome = Outcome::default();
    match &args.action {
        TranslateAction::Export {
            inputs,
            lang,
            output,
        } => {
            // Segments are titles, leads, subheadings and quotes, never whole sentences.
            let dossier = load(inputs, Sentences::Drop, &mut outcome);
            let segments = lagebild_export::segments(&dossier);
            let po = lagebild_export::po_template(&segments, lang);
            match output {
                Some(path) => {
                    if let Err(e) = write_atomic(path, po.as_bytes()) {
                        outcome.output_failed = true;
                        eprintln!("error: {}: cannot write: {e}", path.display());
                    } else if crate::report::chatty() {
                        eprintln!("{}: {} segments", path.display(), segments.len());
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

/// Reads a filled-in PO file; the error is a message for the user.
pub(crate) fn read_translations(path: &Path) -> Result<lagebild_export::Translations, String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        _ => e.to_string(),
    })?;
    lagebild_export::Translations::from_po(&bytes).map_err(|e| e.to_string())
}
