//! Localization promises that need a whole document: no frame word is hard-coded (the
//! pseudo-locale test), and adding a language is a translator's job (French is created
//! here at run time from `.ftl` files alone).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_export::{
    Localizer, Options, builtin_files, check_locales, fact_sheet, markdown, read_directory,
};
use lagebild_model::{
    ArticleFacts, ArticleInfo, Contingent, Deployment, EntityRef, FACTS_SCHEMA, Fact, FactRecord,
    MembershipStatus, OrgId, Provenance, Quantity, StateId, When,
};

/// The view of two articles; the dossier it borrows from lives as long as the test.
fn view() -> lagebild_dossier::DossierView<'static> {
    let record = |fact: Fact| FactRecord {
        about: Some(OrgId::new("CSTO")),
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
            record(Fact::Deployment(Box::new(Deployment {
                actor: EntityRef::Org(OrgId::new("CSTO")),
                host: StateId::new("KZ"),
                start: When::parse("2022-01-06"),
                end: When::parse("2022-01-19"),
                purpose: None,
                contingents: vec![Contingent {
                    state: StateId::new("RU"),
                    troops: Some(Quantity::exact(3000.0)),
                }],
            }))),
            record(Fact::Figure {
                quantity: Quantity::new(250.0, lagebild_model::Qualifier::Approx),
                counts: "militärfahrzeuge".into(),
                context: None,
            }),
            record(Fact::Event {
                event_type: lagebild_model::EventType::Summit,
                place: Some(lagebild_model::PlaceId::new("Eriwan")),
                date: When::parse("2022-11-23"),
                participants: vec![EntityRef::Org(OrgId::new("CSTO"))],
            }),
        ],
    };
    // A second source that gives the Russian contingent differently: a conflict.
    let mut other = facts.clone();
    other.article.id = "b".into();
    other.article.title = Some("Anderer Titel".into());
    other.facts = vec![FactRecord {
        about: Some(OrgId::new("CSTO")),
        fact: Fact::Deployment(Box::new(Deployment {
            actor: EntityRef::Org(OrgId::new("CSTO")),
            host: StateId::new("KZ"),
            start: When::parse("2022-01-06"),
            end: None,
            purpose: None,
            contingents: vec![Contingent {
                state: StateId::new("RU"),
                troops: Some(Quantity::exact(2500.0)),
            }],
        })),
        provenance: Provenance {
            article: "b".into(),
            line: 3,
            span: [0, 1],
            sentence: "s".into(),
        },
    }];
    let dossier = Box::leak(Box::new(lagebild_dossier::from_articles([facts, other])));
    lagebild_dossier::view(dossier, None)
}

/// Issue 5: conflicts, events, figures, places and the timeline are put into words by each
/// language's messages, not shown as machine keys.
#[test]
fn conflicts_events_and_places_are_localized() {
    let view = view();
    let csto = &view.organisations[0];
    assert_eq!(csto.conflicts.len(), 1, "{:?}", csto.conflicts);
    let expected = [
        (
            "en",
            [
                "- Contingent of Russia in Kazakhstan: 3,000 [^1]; 2,500 [^2]",
                "- November 23, 2022: Summit in Yerevan[^1]",
                "    November 23, 2022 : Summit in Yerevan (CSTO)",
                "- about 250 military vehicles[^1]",
            ],
        ),
        (
            "de",
            [
                "- Kontingent: Russland in Kasachstan: 3.000 [^1]; 2.500 [^2]",
                // A date that opens a list item would open a numbered list: its full stop is escaped.
                "- 23\\. November 2022: Gipfel in Eriwan[^1]",
                "    23. November 2022 : Gipfel in Eriwan (OVKS)",
                "- rund 250 Militärfahrzeuge[^1]",
            ],
        ),
        (
            "ru",
            [
                // ICU4X separates Russian thousands with a no-break space and puts a narrow one
                // before `г.`.
                "- Контингент России в Казахстане: 3\u{a0}000 [^1]; 2\u{a0}500 [^2]",
                "- 23 ноября 2022\u{202f}г.: Саммит в Ереване[^1]",
                "    23 ноября 2022 г. : Саммит в Ереване (ОДКБ)",
                "- около 250 единиц военной техники[^1]",
            ],
        ),
    ];
    for (lang, lines) in expected {
        let l = Localizer::new(lang).unwrap();
        let markdown = markdown::to_string(&fact_sheet(&view, csto, &l), &Options::default());
        assert!(l.report().errors.is_empty(), "{lang}: {:?}", l.report());
        assert!(l.report().missing.is_empty(), "{lang}: {:?}", l.report());
        for line in lines {
            assert!(
                markdown.lines().any(|l| l == line),
                "{lang}: no line {line:?} in\n{markdown}"
            );
        }
    }
}

/// Every English frame word (from the reference `.ftl` files) is transformed in the
/// pseudo-locale; finding one unchanged in the output means some text bypassed Fluent.
#[test]
fn pseudo_locale_leaves_no_frame_word_unaccented() {
    let view = view();
    let pseudo = Localizer::pseudo().unwrap();
    let markdown = markdown::to_string(
        &fact_sheet(&view, &view.organisations[0], &pseudo),
        &Options::default(),
    );
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

/// A translator adds a language (Italian here) with `.ftl` files only: messages they wrote
/// are used, the rest falls back to English and is listed, and `locales check` names the
/// gaps.
#[test]
fn a_new_language_needs_no_code() {
    let dir = std::env::temp_dir().join(format!("lagebild-it-{}", std::process::id()));
    let it = dir.join("it");
    std::fs::create_dir_all(&it).unwrap();
    std::fs::write(
        it.join("factsheet.ftl"),
        "factsheet-title = Scheda informativa: { $org }\nsection-members = Membri\nstatus-member = membro\nstatus-suspended = adesione sospesa\n",
    )
    .unwrap();
    std::fs::write(it.join("names.ftl"), "org-CSTO = OTSC\n    .long = Organizzazione del Trattato di sicurezza collettiva\nstate-RU = Russia\nstate-AM = Armenia\n").unwrap();
    let files = read_directory(&dir).unwrap();
    let italian = Localizer::with_resources("it", &files).unwrap();
    let view = view();
    let markdown = markdown::to_string(
        &fact_sheet(&view, &view.organisations[0], &italian),
        &Options::default(),
    );
    assert!(
        markdown.starts_with("# Scheda informativa: OTSC"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Armenia | adesione sospesa |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("20.000"),
        "Italian number format from ICU4X:\n{markdown}"
    );
    let report = italian.report();
    assert!(report.errors.is_empty(), "{report:?}");
    assert!(
        report.missing.contains("section-founded") && !report.missing.contains("section-members"),
        "{report:?}"
    );
    let findings = check_locales(&files);
    assert!(
        findings
            .iter()
            .any(|f| f.locale == "it" && f.subject == "section-founded"),
        "{findings:#?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// French ships as `.ftl` files only (no code names it): the example briefing renders in
/// it without a missing message or a formatting error, with French typography.
#[test]
fn french_renders_from_its_files_alone() {
    let view = view();
    let french = Localizer::new("fr").unwrap();
    let markdown = markdown::to_string(
        &fact_sheet(&view, &view.organisations[0], &french),
        &Options::default(),
    );
    let report = french.report();
    assert!(
        report.errors.is_empty() && report.missing.is_empty(),
        "{report:?}"
    );
    for line in [
        "# Fiche d’information\u{a0}: OTSC",
        "- Contingent\u{a0}: Russie, au Kazakhstan\u{a0}: 3\u{202f}000 [^1]\u{202f}; 2\u{202f}500 [^2]",
        "- environ 250 véhicules militaires[^1]",
    ] {
        assert!(
            markdown.lines().any(|l| l == line),
            "no line {line:?} in\n{markdown}"
        );
    }
}

/// Issue 5: German names that take an article get the right preposition from the
/// `.article` attribute (`in die Ukraine`, `im Iran`), others keep `nach`/`in`.
#[test]
fn german_prepositions_follow_the_names_article() {
    let record = |article: &str, fact: Fact| FactRecord {
        about: Some(OrgId::new("CSTO")),
        fact,
        provenance: Provenance {
            article: article.into(),
            line: 1,
            span: [0, 1],
            sentence: "s".into(),
        },
    };
    let deployment = |host: &str| {
        Fact::Deployment(Box::new(Deployment {
            actor: EntityRef::Org(OrgId::new("CSTO")),
            host: StateId::new(host),
            start: When::parse("2022-01-06"),
            end: None,
            purpose: None,
            contingents: vec![],
        }))
    };
    let stationed = |location: &str| Fact::Stationed {
        planned: None,
        state: StateId::new("RU"),
        location: EntityRef::State(StateId::new(location)).into(),
        troops: Some(Quantity::exact(1000.0)),
    };
    let facts = ArticleFacts {
        schema: FACTS_SCHEMA.to_owned(),
        article: ArticleInfo {
            id: "a".into(),
            file: None,
            title: Some("Titel".into()),
            published: When::parse("2022-01-07"),
            source: None,
            lead: None,
            headings: vec![],
        },
        entities: vec![],
        facts: vec![
            record("a", deployment("UA")),
            record("a", deployment("KZ")),
            record("a", stationed("IR")),
            record("a", stationed("TJ")),
            record(
                "a",
                Fact::Membership {
                    org: OrgId::new("CSTO"),
                    state: StateId::new("RU"),
                    status: MembershipStatus::Member,
                    since: None,
                    as_of: When::parse("2022-01-07"),
                },
            ),
        ],
    };
    let dossier = lagebild_dossier::from_articles([facts]);
    let view = lagebild_dossier::view(&dossier, None);
    let l = Localizer::new("de").unwrap();
    let briefing = lagebild_export::markdown::to_string(
        &lagebild_export::briefing(&view, &dossier, &l),
        &lagebild_export::Options::default(),
    );
    assert!(l.report().errors.is_empty(), "{:?}", l.report());
    for line in [
        "- 6\\. Januar 2022: Die OVKS entsandte Truppen in die Ukraine[^1]",
        "- 6\\. Januar 2022: Die OVKS entsandte Truppen nach Kasachstan[^1]",
        "- Russland im Iran: 1.000 Soldaten[^1]",
        "- Russland in Tadschikistan: 1.000 Soldaten[^1]",
    ] {
        assert!(
            briefing.lines().any(|l| l == line),
            "no line {line:?} in\n{briefing}"
        );
    }
}
