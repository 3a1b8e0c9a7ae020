//! End-to-end tests of `lagebild translate export` and `brief --translations`: free text
//! goes out to translators as PO and comes back into the briefing beside the original.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

const ARTICLE: &str = "examples/articles/ovks-gipfel-eriwan-2022.txt";

/// Issue 5: one PO entry per distinct segment, its kind as `msgctxt`, a stable id and
/// the source location as comments, every `msgstr` empty.
#[test]
fn export_writes_a_po_template() {
    let out = lagebild(&["translate", "export", ARTICLE, "--lang", "en"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let po = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("po_template", po);
    // The ids are a function of kind and text only: a second run agrees byte for byte.
    let again = lagebild(&["translate", "export", ARTICLE, "--lang", "en"]);
    assert_eq!(po.as_bytes(), again.stdout.as_slice());
}

/// Issue 5: a filled-in PO file is used when rendering; the original stays beside the
/// translation, and untranslated segments are shown as before.
#[test]
fn filled_in_translations_appear_in_the_briefing() {
    let dir = scratch("translate");
    let template = lagebild(&["translate", "export", ARTICLE, "--lang", "en"]).stdout;
    let template = String::from_utf8(template).unwrap();
    let title = "Paschinjan verweigert die Unterschrift";
    let quote = "Wir haben eine politische Bewertung erwartet, keine Absichtserklärung";
    let filled = lagebild_export::fill_po(
        &template,
        lagebild_export::SegmentKind::Title,
        title,
        "Pashinyan refuses to sign",
    );
    let filled = lagebild_export::fill_po(
        &filled,
        lagebild_export::SegmentKind::Quote,
        quote,
        "We expected a political assessment, not a declaration of intent",
    );
    assert_ne!(filled, template, "the helper filled something in");
    let po = dir.join("filled.po");
    std::fs::write(&po, filled).unwrap();
    let out = lagebild(&[
        "brief",
        ARTICLE,
        "--lang",
        "en",
        "--translations",
        po.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let briefing = String::from_utf8(out.stdout).unwrap();
    assert!(
        briefing.contains(&format!(
            "### Pashinyan refuses to sign (translation; original in German: {title})"
        )),
        "{briefing}"
    );
    assert!(
        briefing.contains(&format!(
            "Nikol Pashinyan: “We expected a political assessment, not a declaration of intent” (translation; original in German: “{quote}”)"
        )),
        "{briefing}"
    );
    // Without the file, the same lines carry the original only.
    let plain = lagebild(&["brief", ARTICLE, "--lang", "en"]).stdout;
    let plain = String::from_utf8(plain).unwrap();
    assert!(plain.contains(&format!("### {title}")), "{plain}");
    assert!(!plain.contains("translation;"), "{plain}");
}

/// A broken translations file is one clear error and exit code 1, not a briefing
/// silently rendered without it.
#[test]
fn a_broken_po_file_is_reported() {
    let dir = scratch("translate-broken");
    let po = dir.join("broken.po");
    std::fs::write(&po, "msgid \"unterminated\nmsgstr 12\n").unwrap();
    let out = lagebild(&["brief", ARTICLE, "--translations", po.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.po: not a valid PO file"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

/// Issue 20: any language may be translated into, a locale for it or not, but the PO
/// `Language` header must be a language tag: anything else is a usage error (exit 2).
#[test]
fn export_takes_any_language_tag_and_refuses_what_is_none() {
    let out = lagebild(&["translate", "export", "examples/articles", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"Language: fr\\n\""));
    let out = lagebild(&["translate", "export", "examples/articles", "--lang", "xx!!"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).starts_with("error: --lang xx!!: `xx!!` is not a language tag\n"),
        "{}",
        text(&out.stderr)
    );
}
