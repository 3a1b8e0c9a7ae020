//! Footnote numbers are given once, by the order the sources are listed, and every format
//! shows the same ones: for the example articles and for a generated corpus, the briefing,
//! each fact sheet and each digest cite the same numbers in the same order in Markdown and
//! in HTML, their sources lists run 1, 2, 3 … without a gap, and every reference has its
//! entry.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_export::{Document, Localizer, Options};
use lagebild_model::ArticleFacts;

fn facts(id: &str, page: &[u8]) -> ArticleFacts {
    let article = lagebild_parse::parse(page).unwrap();
    lagebild_extract::extract(&article, id)
}

fn generated(count: usize) -> Vec<ArticleFacts> {
    let mut generator = lagebild_bench::Generator::new(21);
    (0..count)
        .map(|i| facts(&format!("g{i}"), generator.article().as_bytes()))
        .collect()
}

/// The numbers of every `[^n]` reference in order, and of the `[^n]:` definitions.
fn markdown_numbers(markdown: &str) -> (Vec<usize>, Vec<usize>) {
    let (mut references, mut definitions) = (Vec::new(), Vec::new());
    for line in markdown.lines() {
        let mut rest = line;
        let mut first = true;
        while let Some(at) = rest.find("[^") {
            let escaped = rest[..at].ends_with('\\');
            let starts_line = first && at == 0;
            first = false;
            rest = &rest[at + 2..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if escaped || digits.is_empty() {
                continue;
            }
            let number: usize = digits.parse().unwrap();
            rest = &rest[digits.len()..];
            if starts_line && rest.starts_with("]:") {
                definitions.push(number);
            } else {
                references.push(number);
            }
        }
    }
    (references, definitions)
}

/// The same for HTML: `href="#source-n"` references and `<li id="source-n" value="n">`.
fn html_numbers(html: &str) -> (Vec<usize>, Vec<usize>) {
    let numbers = |marker: &str| -> Vec<usize> {
        html.split(marker)
            .skip(1)
            .map(|rest| {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().unwrap()
            })
            .collect()
    };
    (numbers("href=\"#source-"), numbers("<li id=\"source-"))
}

fn check(what: &str, document: &Document) {
    let markdown = lagebild_export::markdown::to_string(document, &Options::default());
    let mut html = Vec::new();
    lagebild_export::html::encode(document, &Options::default(), &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    let (md_references, md_definitions) = markdown_numbers(&markdown);
    let (html_references, html_definitions) = html_numbers(&html);
    assert_eq!(md_references, html_references, "{what}: references differ");
    assert_eq!(
        md_definitions, html_definitions,
        "{what}: sources lists differ"
    );
    assert!(!md_definitions.is_empty(), "{what}: no sources listed");
    let expected: Vec<usize> = (1..=md_definitions.len()).collect();
    assert_eq!(
        md_definitions, expected,
        "{what}: sources list out of order"
    );
    assert!(
        md_references.iter().all(|n| md_definitions.contains(n)),
        "{what}: a reference without its entry"
    );
}

fn check_corpus(name: &str, corpus: Vec<ArticleFacts>) {
    let dossier = lagebild_dossier::from_articles(corpus);
    let view = lagebild_dossier::view(&dossier, None);
    for lang in ["de", "en"] {
        let l = Localizer::new(lang).unwrap();
        check(
            &format!("{name} {lang} briefing"),
            &lagebild_export::briefing(&view, &dossier, &l),
        );
        for org in &view.organisations {
            let sheet = lagebild_export::fact_sheet(&view, org, &l);
            check(&format!("{name} {lang} {}", sheet.title), &sheet);
        }
        let checked: Result<(), ()> = lagebild_export::digests(&view, &dossier, &l, |c, d| {
            check(&format!("{name} {lang} digest {}", c.number), &d);
            Ok(())
        });
        checked.unwrap();
    }
}

#[test]
fn markdown_and_html_cite_the_same_numbers_in_listing_order() {
    check_corpus("examples", lagebild_tests::example_facts());
    check_corpus("generated", generated(300));
}
