//! Fuzz target for the extraction of one article: any bytes parsed as a page, then
//! every fact extracted. No panic; every provenance points at a line of the file and
//! its span is exactly its sentence in the text read there (a body block or the
//! title), quoted whole or, past `QUOTED_MAX_BYTES`, by its beginning and `…`; the facts
//! survive a JSON round trip unchanged.

#![no_main]

use lagebild_extract::QUOTED_MAX_BYTES;
use libfuzzer_sys::fuzz_target;

/// Whether `quoted` is how a provenance quotes `sentence`.
fn quotes(sentence: Option<&str>, quoted: &str) -> bool {
    let Some(sentence) = sentence else {
        return false;
    };
    if sentence.len() <= QUOTED_MAX_BYTES {
        return sentence == quoted;
    }
    let cut = sentence.floor_char_boundary(QUOTED_MAX_BYTES);
    quoted.strip_suffix('…') == Some(&sentence[..cut])
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(article) = lagebild_parse::parse(bytes) else {
        return;
    };
    let facts = lagebild_extract::extract(&article, "fuzz");
    for record in &facts.facts {
        let p = &record.provenance;
        assert!(
            p.line >= 1 && p.line <= article.line_count,
            "line {}",
            p.line
        );
        let [start, end] = p.span.map(|n| n as usize);
        let in_block = article
            .blocks
            .iter()
            .filter(|b| b.lines.start == p.line)
            .any(|b| quotes(b.text.get(start..end), &p.sentence));
        let in_title = quotes(
            article
                .meta
                .title
                .as_deref()
                .and_then(|t| t.get(start..end)),
            &p.sentence,
        );
        assert!(in_block || in_title, "{p:?} is not where it says");
    }
    let json = serde_json::to_string(&facts).unwrap();
    let back: lagebild_model::ArticleFacts = serde_json::from_str(&json).unwrap();
    assert_eq!(back, facts);
});
