//! Inputs that once crashed or misled the parser or the extractor, kept byte for byte
//! under `tests/regressions/`: each must parse, extract and render without panicking,
//! and account for every line. The file name says which fuzz crash, test or issue it
//! came from and what it exercised.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_tests::{line_claims, repo_root};

#[test]
fn every_regression_input_parses_and_claims_each_line_once() {
    let dir = repo_root().join("tests/regressions");
    let mut seen = 0;
    let german = lagebild_export::Localizer::new("de").unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        seen += 1;
        if let Ok(article) = lagebild_parse::parse(&bytes) {
            for (line, count) in line_claims(&article) {
                assert_eq!(
                    count,
                    1,
                    "{}: line {line} claimed {count} times",
                    path.display()
                );
            }
            let facts = lagebild_extract::extract(&article, "regression");
            // Facts written as JSON Lines and read back are the same facts.
            let json = serde_json::to_string(&facts).unwrap();
            let back: lagebild_model::ArticleFacts = serde_json::from_str(&json).unwrap();
            assert_eq!(back, facts, "{}", path.display());
            let dossier = lagebild_dossier::from_articles([facts]);
            let view = lagebild_dossier::view(&dossier, None);
            let markdown = lagebild_export::markdown::to_string(
                &lagebild_export::briefing(&view, &dossier, &german),
                &lagebild_export::Options::default(),
            );
            assert!(!markdown.is_empty(), "{}", path.display());
        }
    }
    assert!(seen >= 1, "no regression inputs in {}", dir.display());
}
