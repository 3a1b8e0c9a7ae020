//! Fuzz target for the PO reader (`lagebild_export::po`, through `Translations::from_po`
//! and `translated_entries`, the two ways the CLI reads a translator's file).
//!
//! Properties, besides "no panic":
//! - the two entry points agree on whether a file is valid, and a reader that finds
//!   `n` usable translations never finds more than `translated_entries` counts;
//! - an error names a line of the file;
//! - writer and reader agree: a template written by `po_template` for a segment whose
//!   text is part of the input, filled in with `fill_po` with another part of it, reads
//!   back with exactly that translation (so whatever a translator's tool leaves of our
//!   own output is read as the writer meant it).

#![no_main]

use lagebild_export::{
    Segment, SegmentKind, Translations, fill_po, po_template, translated_entries,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let lines = bytes.split(|&b| b == b'\n').count();
    match (Translations::from_po(bytes), translated_entries(bytes)) {
        (Ok(read), Ok(count)) => assert!(read.len() <= count, "{} > {count}", read.len()),
        (Err(a), Err(b)) => {
            assert_eq!(a.to_string(), b.to_string());
            let lagebild_export::TranslationsError::Syntax { line, .. } = a else {
                return;
            };
            assert!((1..=lines).contains(&line), "line {line} of {lines}");
        }
        (a, b) => panic!("the readers disagree: {a:?} / {b:?}"),
    }

    // Writer and reader: the input split at its first NUL into original and translation.
    let text = String::from_utf8_lossy(bytes);
    let (original, translation) = text.split_once('\0').unwrap_or((&text, "Übersetzung"));
    if original.is_empty() || original.contains('\0') || translation.contains('\0') {
        return;
    }
    let kind = SegmentKind::Quote;
    let segment = Segment {
        kind,
        text: original.to_owned(),
        language: "de".to_owned(),
        locations: vec!["a.txt:1".to_owned()],
    };
    let template = po_template(&[segment], "en");
    assert_eq!(
        translated_entries(template.as_bytes()).ok(),
        Some(0),
        "{template}"
    );
    let filled = fill_po(&template, kind, original, translation);
    let read = Translations::from_po(filled.as_bytes())
        .unwrap_or_else(|e| panic!("our own PO file is refused: {e}\n{filled}"));
    let expected = (!translation.trim().is_empty()).then_some(translation);
    assert_eq!(read.get(kind, original), expected, "{filled}");
});
