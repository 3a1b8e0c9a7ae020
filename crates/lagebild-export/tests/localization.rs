//! Localization promises that need a whole document: no frame word is hard-coded (the
//! pseudo-locale test), and adding a language is a translator's job (French is created
//! here at run time from `.ftl` files alone).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_export::{
    Localizer, builtin_files, check_locales, fact_sheet_markdown, read_directory,
};
use lagebild_model::{
    ArticleFacts, ArticleInfo, Contingent, EntityRef, FACTS_SCHEMA, Fact, FactRecord,
    MembershipStatus, OrgId, Provenance, Quantity, StateId, When,
};

fn view() -> lagebild_dossier::DossierView {
    let record = |fact: Fact| FactRecord {
        fact,
        provenance: Provenance {
            article: "a".into(),
            line: 1,
            span: [0, 1],
            sentence: "s".into(),
        },
    };
    let facts = ArticleFacts {
        schema: FACTS_SCHEMA.to_owned(),
        article: ArticleInfo {
            id: "a".into(),
            file: None,
            title: Some("Titel".into()),
            published: When::parse("2024-02-23"),
            source: Some("dpa".into()),
            lead: None,
            headings: vec![],
        },
        entities: vec![],
        facts: vec![
            record(Fact::Founded {
                org: OrgId::new("CSTO"),
                date: When::year(2002).unwrap(),
            }),
            record(Fact::Membership {
                org: OrgId::new("CSTO"),
                state: StateId::new("AM"),
                status: MembershipStatus::Suspended,
                since: When::parse("2024-02"),
                as_of: When::parse("2024-02-23"),
            }),
            record(Fact::Membership {
                org: OrgId::new("CSTO"),
                state: StateId::new("RU"),
                status: MembershipStatus::Member,
                since: None,
                as_of: When::parse("2024-02-23"),
            }),
            record(Fact::Force {
                org: OrgId::new("CSTO"),
                force_type: lagebild_model::ForceType::RapidReaction,
                name: "Eingreiftruppe".into(),
                strength: Some(Quantity::exact(20000.0)),
            }),
            record(Fact::Deployment {
                actor: EntityRef::Org(OrgId::new("CSTO")),
                host: StateId::new("KZ"),
                start: When::parse("2022-01-06"),
                end: When::parse("2022-01-19"),
                purpose: None,
                contingents: vec![Contingent {
                    state: StateId::new("RU"),
                    troops: Some(Quantity::exact(3000.0)),
                }],
            }),
        ],
    };
    lagebild_dossier::view(&lagebild_dossier::from_articles([facts]), None)
}

/// Every English frame word (from the reference `.ftl` files) is transformed in the
/// pseudo-locale; finding one unchanged in the output means some text bypassed Fluent.
#[test]
fn pseudo_locale_leaves_no_frame_word_unaccented() {
    let view = view();
    let pseudo = Localizer::pseudo().unwrap();
    let markdown = fact_sheet_markdown(&view, &view.organisations[0], &pseudo);
    assert!(pseudo.report().errors.is_empty(), "{:?}", pseudo.report());
    let english: std::collections::BTreeSet<String> = builtin_files()
        .into_iter()
        .filter(|f| f.0 == "en")
        .flat_map(|f| {
            f.2.lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_owned()))
                .collect::<Vec<_>>()
        })
        .flat_map(|value| {
            value
                .split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.len() >= 4)
        .collect();
    let words: std::collections::BTreeSet<&str> =
        markdown.split(|c: char| !c.is_ascii_alphabetic()).collect();
    let leaked: Vec<&String> = english
        .iter()
        .filter(|w| words.contains(w.as_str()))
        .collect();
    assert!(
        leaked.is_empty(),
        "unaccented frame words {leaked:?} in\n{markdown}"
    );
    assert!(
        markdown.contains("20,000"),
        "numbers stay formatted:\n{markdown}"
    );
}

/// A translator adds French with `.ftl` files only: messages they wrote are used,
/// the rest falls back to English and is listed, and `locales check` names the gaps.
#[test]
fn a_new_language_needs_no_code() {
    let dir = std::env::temp_dir().join(format!("lagebild-fr-{}", std::process::id()));
    let fr = dir.join("fr");
    std::fs::create_dir_all(&fr).unwrap();
    std::fs::write(
        fr.join("factsheet.ftl"),
        "factsheet-title = Fiche : { $org }\nsection-members = Membres\nstatus-member = membre\nstatus-suspended = adhésion suspendue\n",
    )
    .unwrap();
    std::fs::write(fr.join("names.ftl"), "org-CSTO = OTSC\n    .long = Organisation du traité de sécurité collective\nstate-RU = Russie\nstate-AM = Arménie\n").unwrap();
    let files = read_directory(&dir).unwrap();
    let french = Localizer::with_resources("fr", &files).unwrap();
    let view = view();
    let markdown = fact_sheet_markdown(&view, &view.organisations[0], &french);
    assert!(markdown.starts_with("# Fiche : OTSC"), "{markdown}");
    assert!(
        markdown.contains("| Arménie | adhésion suspendue |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("20\u{202f}000"),
        "French number format from ICU4X:\n{markdown}"
    );
    let report = french.report();
    assert!(report.errors.is_empty(), "{report:?}");
    assert!(
        report.missing.contains("section-founded") && !report.missing.contains("section-members"),
        "{report:?}"
    );
    let findings = check_locales(&files);
    assert!(
        findings
            .iter()
            .any(|f| f.locale == "fr" && f.subject == "section-founded"),
        "{findings:#?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
