//! Property tests of the parser's two promises: no input makes it panic, and every line
//! with visible text is accounted for exactly once (in a block or in `dropped`); and of
//! extraction's: whatever the parser returns, extraction returns facts without panicking,
//! each citing a sentence that is really in the article.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_tests::{assert_every_line_accounted_for, line_claims};
use proptest::prelude::*;

/// Pieces real pages are made of, so that generated pages reach the header, teaser,
/// caption, list, quote and wrap logic rather than only the "not a page" paths.
const PIECES: &[&str] = &[
    "",
    "",
    "Teilen",
    "• Drucken",
    "Lesen Sie mehr zu diesen Themen:",
    "Mehr zum Thema - Ein anderer Artikel",
    "07.01.2022, 21:33 Uhr | AFP",
    "Stand: 08.01.2022",
    "Freitag, April 26, 2024",
    " date 2022-01 Ein Titel mit Präfix",
    "Von Anna Muster",
    "Zentralasien",
    "Analyse Mit der Lage befasst sich das Bündnis",
    "Frage: Wie geht es weiter?",
    "„Ein Zitat, das für sich steht.“",
    "• Ein Punkt der Liste.",
    "1. Erster Punkt",
    "Moskau (Reuters) - Die Truppen ziehen ab, nachdem das Bündnis den Einsatz in dieser Woche für beendet erklärt hat.",
    "Die Allianz verfügt über eine schnelle Eingreiftruppe von rund 20.000 Mann, die im Ernstfall binnen weniger Tage verlegt werden kann.",
    "Ein hart umbrochener Absatz, der in der nächsten Zeile",
    "weitergeht und dort endet.",
    "Bildtext mit Ort und Anlass.",
    "Bildtext mit Ort und Anlass. AFP",
    "`",
    "Anzeige",
    "\u{a0}\u{200b}",
    "    eingerückter Text mit Soft\u{ad}hyphen",
    "Der OVKS gehören Armenien, Kasachstan und Russland an.",
    "Armenien hat seine Mitgliedschaft im Februar 2024 eingefroren.",
    "Russland 3.000, Belarus 300 und Armenien 70 Soldaten wurden nach Kasachstan entsandt.",
    "„Wir bleiben“, sagte Präsident Wladimir Putin am Mittwoch in Moskau.",
    "In Transnistrien sind mehr als 1.000 russische Soldaten stationiert.",
    "Anfang der 90er Jahre, im vergangenen Februar, am 6. Januar, 2,6 Millionen, mehrere Tausend.",
];

fn page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => "[^\u{0}]{0,120}",
    ];
    let ending = proptest::sample::select(&["\n", "\r\n", "\r", "\n\n"][..]);
    proptest::collection::vec((piece, ending), 0..40)
        .prop_map(|lines| lines.into_iter().map(|(line, end)| line + end).collect())
}

proptest! {
    // 512 cases by default (about a second); `PROPTEST_CASES=20000` for a deeper run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic_and_claim_each_line_once(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(article) = lagebild_parse::parse(&bytes) {
            for (line, count) in line_claims(&article) {
                prop_assert_eq!(count, 1, "line {} claimed {} times", line, count);
                prop_assert!(line >= 1 && line <= article.line_count);
            }
        }
    }

    #[test]
    fn page_like_text_accounts_for_every_line(text in page()) {
        match lagebild_parse::parse(text.as_bytes()) {
            Ok(article) => {
                assert_every_line_accounted_for(&text, &article);
                let facts = lagebild_extract::extract(&article, "generated");
                for record in &facts.facts {
                    let cited = &record.provenance.sentence;
                    prop_assert!(article.blocks.iter().any(|b| b.text.contains(cited.as_ref() as &str)), "{:?} not in the article", cited);
                }
            }
            Err(err) => {
                // Only text that is blank or carries control bytes may be refused.
                let refusable = text.trim().is_empty() || text.chars().any(|c| c.is_control() && !"\n\r\t\u{c}".contains(c));
                prop_assert!(refusable, "refused {:?}: {}", text, err);
            }
        }
    }
}
