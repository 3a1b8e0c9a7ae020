//! Fuzz target for the Fluent resource loader: any text as a translator's `.ftl` file
//! for German, overriding the built-in messages. No panic: loading either fails with a
//! typed error or gives a localizer that renders a whole briefing (every frame message
//! the document uses, with whatever the file made of them); the locale checker reports
//! on the file without panicking.

#![no_main]

use lagebild_dossier::DossierView;
use lagebild_model::Dossier;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const PAGE: &str = "Zentralasien\n\nDas Bündnis schickt Truppen\n\n06.01.2022, 18:45 Uhr | dpa\n\n\
    Almaty (dpa) - Die OVKS hat am Donnerstag rund 2.500 Soldaten nach Kasachstan geschickt. \
    Russland stellt 3.000 Mann. Armenien hat seine Mitgliedschaft im Februar 2024 eingefroren. \
    Das Bündnis wurde 2002 gegründet.\n\n\
    „Wir bleiben, solange es nötig ist“, sagte Präsident Kassym-Schomart Tokajew.\n";

/// The dossier of `PAGE` and its view, built once (the view borrows from the dossier).
fn corpus() -> (&'static Dossier, &'static DossierView<'static>) {
    static DOSSIER: OnceLock<Dossier> = OnceLock::new();
    static VIEW: OnceLock<DossierView<'static>> = OnceLock::new();
    let dossier = DOSSIER.get_or_init(|| {
        let article = lagebild_parse::parse(PAGE.as_bytes()).unwrap();
        let facts = lagebild_extract::extract(&article, "fuzz");
        lagebild_dossier::from_articles([facts])
    });
    (
        dossier,
        VIEW.get_or_init(|| lagebild_dossier::view(dossier, None)),
    )
}

fuzz_target!(|bytes: &[u8]| {
    let source = String::from_utf8_lossy(bytes).into_owned();
    let extra = [("de".to_owned(), "fuzz.ftl".to_owned(), source)];
    if let Ok(l) = lagebild_export::Localizer::with_resources("de", &extra) {
        let (dossier, view) = corpus();
        let markdown = lagebild_export::markdown::to_string(&lagebild_export::briefing(view, dossier, &l), &lagebild_export::Options::default());
        assert!(!markdown.is_empty());
        let _ = l.report();
    }
    let mut files = lagebild_export::builtin_files();
    files.push(extra[0].clone());
    let _ = lagebild_export::check_locales(&files);
});
