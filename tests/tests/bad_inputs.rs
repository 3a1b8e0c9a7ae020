//! The bad-input suite (issue 8), through the libraries: each kind of hostile or broken
//! text goes through parse, extract, merge and both renderers. Each test's name says
//! what it proves; none may panic, and each checks the result it should give.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_parse::ParseError;

/// Runs the whole pipeline on `bytes`; returns the German briefing, or the parse error.
fn pipeline(bytes: &[u8]) -> Result<String, ParseError> {
    let article = lagebild_parse::parse(bytes)?;
    let facts = lagebild_extract::extract(&article, "bad");
    let dossier = lagebild_dossier::from_articles([facts]);
    let view = lagebild_dossier::view(&dossier, None);
    let l = lagebild_export::Localizer::new("de").unwrap();
    let document = lagebild_export::briefing(&view, &dossier, &l);
    let markdown =
        lagebild_export::markdown::to_string(&document, &lagebild_export::Options::default());
    let mut html = Vec::new();
    lagebild_export::html::encode(&document, &lagebild_export::Options::default(), &mut html)
        .unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(l.report().errors.is_empty(), "{:?}", l.report());
    assert!(html.starts_with("<!DOCTYPE html>"));
    Ok(markdown)
}

const GOOD: &str = "Zentralasien\n\nDas Bündnis schickt Truppen\n\n06.01.2022, 18:45 Uhr | dpa\n\nAlmaty (dpa) - Die OVKS schickt rund 2.500 Soldaten nach Kasachstan.\n";

#[test]
fn an_empty_file_is_an_error_not_an_empty_article() {
    assert!(matches!(pipeline(b""), Err(ParseError::Empty)));
}

#[test]
fn a_file_of_blank_lines_is_empty() {
    assert!(matches!(
        pipeline(b"\n\n   \n\t\n\r\n"),
        Err(ParseError::Empty)
    ));
}

#[test]
fn binary_data_is_refused() {
    assert!(matches!(
        pipeline(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"),
        Err(ParseError::Binary { .. })
    ));
}

#[test]
fn invalid_utf8_in_the_middle_of_utf8_keeps_the_rest() {
    let mut bytes = GOOD.as_bytes().to_vec();
    let at = bytes.len() / 2;
    bytes.splice(at..at, [0xff, 0xfe, 0xc3]);
    let markdown = pipeline(&bytes).unwrap();
    assert!(markdown.contains("Kasachstan"), "{markdown}");
}

#[test]
fn windows_1252_is_decoded() {
    let bytes: Vec<u8> = GOOD
        .chars()
        .map(|c| match c {
            'ü' => 0xfc,
            c => c as u8,
        })
        .collect();
    let markdown = pipeline(&bytes).unwrap();
    assert!(
        markdown.contains("Das Bündnis schickt Truppen"),
        "{markdown}"
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(GOOD.encode_utf16().flat_map(u16::to_le_bytes));
    let markdown = pipeline(&bytes).unwrap();
    assert!(
        markdown.contains("Das Bündnis schickt Truppen"),
        "{markdown}"
    );
}

/// A few stray control characters in an article of ordinary length (more than 1 % of the
/// bytes is the parser's sign of binary data) are removed, not passed on to a terminal.
#[test]
fn control_characters_do_not_reach_the_output() {
    let body = "Die Lage in der Region bleibt nach Angaben der Regierung ruhig. ".repeat(20);
    let text = format!("{GOOD}\n{body}\n").replace("Truppen", "Trup\u{7}pen\u{1b}[31m");
    let markdown = pipeline(text.as_bytes()).unwrap();
    assert!(
        !markdown.chars().any(|c| c.is_control() && c != '\n'),
        "{markdown:?}"
    );
}

#[test]
fn right_to_left_emoji_and_combining_marks_survive_as_text() {
    let text = GOOD.replace(
        "Das Bündnis schickt Truppen",
        "Das Bündnis \u{5e9}\u{5dc}\u{5d5}\u{5dd} 🛡️ schickt Tru\u{308}ppen",
    );
    let markdown = pipeline(text.as_bytes()).unwrap();
    assert!(markdown.contains("🛡️"), "{markdown}");
    assert!(
        markdown.contains("\u{5e9}\u{5dc}\u{5d5}\u{5dd}"),
        "{markdown}"
    );
}

#[test]
fn unbalanced_quotes_give_no_quote_and_no_panic() {
    let text = format!("{GOOD}\n„Wir bleiben so lange wie nötig, sagte Paschinjan.\n");
    let markdown = pipeline(text.as_bytes()).unwrap();
    assert!(markdown.contains("Kasachstan"), "{markdown}");
}

/// A 10,000-character line where the title would be is no plausible headline; the parser
/// keeps it whole as text instead of cutting or losing it.
#[test]
fn a_title_of_ten_thousand_characters_is_kept_whole() {
    let title = "Bündnis ".repeat(1250);
    let title = title.trim_end();
    let text = GOOD.replace("Das Bündnis schickt Truppen", title);
    let article = lagebild_parse::parse(text.as_bytes()).unwrap();
    assert!(
        article.blocks.iter().any(|b| b.text == title)
            || article.meta.title.as_deref() == Some(title),
        "{:?}",
        article.meta
    );
    pipeline(text.as_bytes()).unwrap();
}

#[test]
fn a_page_of_only_teasers_has_no_body_and_renders() {
    let text = "Lesen Sie auch:\nWarum die Allianz wächst\nFünf Fragen zum Einsatz\n\nMehr zum Thema - Chronik eines Konflikts\n";
    match pipeline(text.as_bytes()) {
        Ok(markdown) => assert!(markdown.starts_with("# Lagebild"), "{markdown}"),
        Err(e) => panic!("a page of teasers is a page, not an error: {e}"),
    }
}

#[test]
fn deeply_repeated_chrome_is_all_dropped() {
    let chrome = "Teilen\nDrucken\nMehr lesen\n".repeat(20_000);
    let text = format!("{chrome}{GOOD}{chrome}");
    let article = lagebild_parse::parse(text.as_bytes()).unwrap();
    assert_eq!(
        article.meta.title.as_deref(),
        Some("Das Bündnis schickt Truppen")
    );
    assert!(
        article.dropped.len() >= 120_000,
        "{}",
        article.dropped.len()
    );
}
