//! Fuzz target for the fact-file reader (`lagebild_dossier::read_fact_lines`, what
//! `dossier` and `brief` use for `*.jsonl`).
//!
//! Properties, besides "no panic":
//! - an error names a line of the file that is not blank;
//! - accepted records survive writing and reading again unchanged (what `extract
//!   --format jsonl` writes, `dossier` reads back unchanged); reading again checks
//!   every id against its grammar once more (`StateId::parse` and its siblings run on
//!   deserialization), so an id that slipped past the first read fails here;
//! - the German briefing of an accepted file holds no raw HTML, link or image when its
//!   Markdown is parsed back: ids and texts from the file stay text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{Event, Options, Parser, Tag};

fn check_markdown(markdown: &str) {
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in\n{markdown}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("link {dest_url} in\n{markdown}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("image {dest_url} in\n{markdown}"),
            _ => {}
        }
    }
}

fuzz_target!(|bytes: &[u8]| {
    let records = match lagebild_dossier::read_fact_lines(bytes) {
        Ok(records) => records,
        Err(e) => {
            let text = String::from_utf8_lossy(bytes);
            let line = text.lines().nth(e.line.saturating_sub(1));
            assert!(
                line.is_some_and(|l| !l.trim().is_empty()),
                "error on line {} which is blank or absent",
                e.line
            );
            return;
        }
    };
    let mut written = String::new();
    for record in &records {
        written.push_str(&serde_json::to_string(record).unwrap());
        written.push('\n');
    }
    let again = lagebild_dossier::read_fact_lines(written.as_bytes())
        .unwrap_or_else(|e| panic!("written records are refused: {e}\n{written}"));
    assert_eq!(again, records);

    let dossier = lagebild_dossier::from_articles(records);
    let view = lagebild_dossier::view(&dossier, None);
    thread_local! {
        static DE: lagebild_export::Localizer = lagebild_export::Localizer::new("de").unwrap();
    }
    DE.with(|l| {
        let options = lagebild_export::Options::default();
        let briefing = lagebild_export::briefing(&view, &dossier, l);
        check_markdown(&lagebild_export::markdown::to_string(&briefing, &options));
        let checked: Result<(), ()> = lagebild_export::digests(&view, &dossier, l, |_, digest| {
            check_markdown(&lagebild_export::markdown::to_string(&digest, &options));
            Ok(())
        });
        checked.unwrap();
    });
});
