//! The briefing: one Markdown document for a corpus. What changed in the period, a
//! timeline (a Mermaid block, which GitHub, GitLab and most Markdown viewers draw; HTML
//! output replaces it with an inline SVG), the fact sheet of every organisation, a digest
//! of every article, and one list of sources for all of it.

use crate::factsheet::{
    Citer, article_name, entity, fact_sheet_body, force_id, free_text, source_footnotes, status_id,
    text,
};
use crate::l10n::Localizer;
use crate::markdown::escape;
use crate::timeline::{Point, event_text, org_points, write_mermaid};
use crate::translate::SegmentKind;
use fluent_bundle::FluentValue;
use lagebild_dossier::DossierView;
use lagebild_model::{Dossier, Fact, When};
use rayon::prelude::*;
use std::fmt::Write;

/// How many article digests are rendered in parallel before they are written.
const DIGEST_BATCH: usize = 512;

/// Renders the briefing of `view` (built from `dossier`) in the localizer's language.
pub fn briefing_markdown(view: &DossierView, dossier: &Dossier, l: &Localizer) -> String {
    let mut out = String::new();
    write_briefing_markdown(&mut out, view, dossier, l);
    out
}

/// Writes the briefing of [`briefing_markdown`] to `out` as it is rendered, so that a
/// large corpus's briefing (some 30 MB for 20,000 articles) never has to be held whole.
/// A writer that fails should remember why and refuse what follows; rendering goes on
/// to the end either way.
pub fn write_briefing_markdown(
    out: &mut dyn Write,
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
) {
    let mut citer = Citer::default();
    let _ = writeln!(out, "# {}\n", l.message("briefing-title", &[]));
    let dates: Vec<When> = view
        .sources
        .iter()
        .filter_map(|c| c.article.published)
        .collect();
    let first = dates.iter().min_by_key(|d| d.bounds().0);
    let last = dates.iter().max_by_key(|d| d.bounds().1);
    let period = l.message(
        "briefing-period",
        &[
            ("sources", FluentValue::from(view.sources.len() as f64)),
            ("from", text(l.maybe_date(first))),
            ("to", text(l.maybe_date(last))),
            ("asof", text(l.maybe_date(view.as_of.as_ref()))),
        ],
    );
    let _ = writeln!(out, "{period}\n");

    let in_period = |w: &When| {
        let (from, to) = w.bounds();
        first.is_none_or(|f| to >= f.bounds().0)
            && view
                .as_of
                .or(last.copied())
                .is_none_or(|l| from <= l.bounds().1)
    };
    // What changed: status changes and deployments, oldest first.
    let mut changes: Vec<(Option<When>, String)> = Vec::new();
    let mut points: Vec<Point> = Vec::new();
    for org in &view.organisations {
        let org_name = l.org(org.org.as_str());
        // The briefing's period: a change before its first article is history, which the
        // fact sheets keep.
        for change in org
            .changes
            .iter()
            .filter(|c| c.when().is_some_and(|w| in_period(&w)))
        {
            let line = crate::factsheet::change_line(l, change);
            changes.push((
                change.when(),
                format!("{line} ({org_name}){}", citer.cite(&change.sources)),
            ));
        }
        for deployment in &org.deployments {
            let host = l.state(deployment.host.as_str());
            let line = l.message(
                "change-deployment",
                &[
                    ("org", text(org_name.clone())),
                    ("host", text(host.clone())),
                    (
                        "host_article",
                        text(l.state_article(deployment.host.as_str())),
                    ),
                ],
            );
            let date = deployment
                .start
                .map(|d| format!("{}: ", l.date(&d)))
                .unwrap_or_default();
            changes.push((
                deployment.start,
                format!("{date}{line}{}", citer.cite(&deployment.sources)),
            ));
        }
        points.extend(org_points(org, l));
    }
    let _ = writeln!(out, "## {}\n", l.message("briefing-changes", &[]));
    if changes.is_empty() {
        let _ = writeln!(out, "{}\n", l.message("briefing-no-changes", &[]));
    } else {
        changes.sort_by_key(|(date, _)| (date.is_none(), date.map(|d| d.bounds().0)));
        for (_, line) in &changes {
            let _ = writeln!(out, "- {line}");
        }
        let _ = out.write_char('\n');
    }

    if !points.is_empty() {
        let _ = writeln!(out, "## {}\n", l.message("briefing-timeline", &[]));
        write_mermaid(out, &mut points);
    }

    if !view.organisations.is_empty() {
        let _ = writeln!(out, "## {}\n", l.message("briefing-factsheets", &[]));
        for org in &view.organisations {
            fact_sheet_body(out, org, l, &mut citer, 3);
        }
    }

    // Facts the text ties to no organisation: in no fact sheet, but not lost.
    if !view.related.is_empty() {
        let _ = writeln!(out, "## {}\n", l.message("briefing-related", &[]));
        let related = &view.related;
        crate::factsheet::write_stationed(out, &related.stationed, l, &mut citer, "###");
        crate::factsheet::write_roles(out, &related.roles, l, &mut citer, "###");
        crate::factsheet::write_quotes(out, &related.quotes, l, &mut citer, "###");
        crate::factsheet::write_figures(out, &related.figures, l, &mut citer, "###");
    }

    let _ = writeln!(out, "## {}\n", l.message("briefing-digests", &[]));
    let by_article = facts_by_article(dossier);
    // The digests are independent of each other: rendered in parallel, a batch at a
    // time (so that only a batch of them is held), and written in citation order.
    for batch in view.sources.chunks(DIGEST_BATCH) {
        let rendered: Vec<(String, Citer)> = batch
            .par_iter()
            .map(|citation| {
                let facts = by_article
                    .get(citation.article.id.as_str())
                    .map_or(&[][..], Vec::as_slice);
                let mut text = String::new();
                let mut cited = Citer::default();
                digest(&mut text, citation, facts, l, &mut cited);
                (text, cited)
            })
            .collect();
        for (text, cited) in rendered {
            let _ = out.write_str(&text);
            citer.cited.extend(cited.cited);
        }
    }

    let _ = writeln!(out, "## {}\n", l.message("section-sources", &[]));
    source_footnotes(out, view, l, &citer.cited);
}

/// The facts of each article, found in one pass over the observations (a filter per
/// article made briefings of 20,000 articles quadratic).
fn facts_by_article(dossier: &Dossier) -> std::collections::HashMap<&str, Vec<&Fact>> {
    let mut index: std::collections::HashMap<&str, Vec<&Fact>> = std::collections::HashMap::new();
    for record in &dossier.observations {
        index
            .entry(&*record.provenance.article)
            .or_default()
            .push(&record.fact);
    }
    index
}

/// The digest of one article as a document of its own, with its source as footnote.
/// For every article of a corpus, [`article_digests_markdown`] indexes the facts once.
pub fn article_digest_markdown(
    view: &DossierView,
    dossier: &Dossier,
    citation: &lagebild_dossier::Citation,
    l: &Localizer,
) -> String {
    let facts: Vec<&Fact> = dossier
        .observations
        .iter()
        .filter(|r| *r.provenance.article == *citation.article.id)
        .map(|r| &r.fact)
        .collect();
    standalone_digest(view, citation, &facts, l)
}

/// The digest of every source of `view`, in citation order.
pub fn article_digests_markdown(
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
) -> Vec<String> {
    let by_article = facts_by_article(dossier);
    view.sources
        .iter()
        .map(|citation| {
            let facts = by_article
                .get(citation.article.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            standalone_digest(view, citation, facts, l)
        })
        .collect()
}

fn standalone_digest(
    view: &DossierView,
    citation: &lagebild_dossier::Citation,
    facts: &[&Fact],
    l: &Localizer,
) -> String {
    let mut out = String::new();
    let mut citer = Citer::default();
    digest(&mut out, citation, facts, l, &mut citer);
    // The digest's title is a level-3 heading inside a briefing; alone it is the title.
    let body = out.replacen("### ", "# ", 1).replace("\n#### ", "\n## ");
    let mut out = body;
    let _ = writeln!(out, "## {}\n", l.message("section-sources", &[]));
    source_footnotes(&mut out, view, l, &citer.cited);
    out
}

/// The digest of one article: title, date and source, lead and subheadings in their own
/// language, and every fact found in it as a sentence of the reader's language.
fn digest(
    out: &mut dyn Write,
    citation: &lagebild_dossier::Citation,
    facts: &[&Fact],
    l: &Localizer,
    citer: &mut Citer,
) {
    let a = &citation.article;
    let _ = writeln!(
        out,
        "### {}{}\n",
        article_name(l, a),
        citer.cite(&[citation.number])
    );
    let date = a
        .published
        .map_or_else(|| l.message("source-undated", &[]), |d| l.date(&d));
    let source = a.source.as_deref().map_or_else(String::new, escape);
    let _ = writeln!(
        out,
        "{}\n",
        l.message(
            "digest-meta",
            &[("date", text(date)), ("source", text(source))]
        )
        .trim_end_matches([',', ' '])
    );
    // Articles are German: their own text is marked as such, not translated.
    let language = l.message("language-de", &[]);
    if let Some(lead) = &a.lead {
        let (lead, translated) = free_text(l, SegmentKind::Lead, lead, "de", false);
        let id = if translated {
            "digest-lead-translated"
        } else {
            "digest-lead"
        };
        let _ = writeln!(
            out,
            "{}\n",
            l.message(
                id,
                &[("language", text(language.clone())), ("lead", text(lead))]
            )
        );
    }
    if !a.headings.is_empty() {
        let mut any_translated = false;
        let headings: Vec<String> = a
            .headings
            .iter()
            .map(|h| {
                let (heading, translated) = free_text(l, SegmentKind::Heading, h, "de", false);
                any_translated |= translated;
                heading
            })
            .collect();
        let id = if any_translated {
            "digest-headings-translated"
        } else {
            "digest-headings"
        };
        let _ = writeln!(
            out,
            "{}\n",
            l.message(
                id,
                &[
                    ("language", text(language)),
                    ("headings", text(headings.join(" · ")))
                ]
            )
        );
    }
    let _ = writeln!(out, "#### {}\n", l.message("digest-facts", &[]));
    if facts.is_empty() {
        let _ = writeln!(out, "{}\n", l.message("digest-no-facts", &[]));
        return;
    }
    for fact in facts {
        let _ = writeln!(out, "- {}", fact_sentence(fact, l));
    }
    let _ = out.write_char('\n');
}

/// One fact as a sentence of the reader's language.
pub(crate) fn fact_sentence(fact: &Fact, l: &Localizer) -> String {
    match fact {
        Fact::Founded { org, date } => l.message(
            "fact-founded",
            &[
                ("org", text(l.org(org.as_str()))),
                ("date", text(l.date(date))),
            ],
        ),
        Fact::Membership {
            org, state, status, ..
        } => l.message(
            "fact-membership",
            &[
                ("state", text(l.state(state.as_str()))),
                ("status", text(l.message(status_id(*status), &[]))),
                ("org", text(l.org(org.as_str()))),
            ],
        ),
        Fact::MemberCount { org, count, .. } => l.message(
            "fact-member_count",
            &[
                ("org", text(l.org(org.as_str()))),
                ("count", FluentValue::from(count.value)),
            ],
        ),
        Fact::Force {
            org,
            force_type,
            strength,
            ..
        } => {
            let strength = strength
                .as_ref()
                .map_or_else(|| l.message("force-strength-unknown", &[]), |s| l.troops(s));
            l.message(
                "fact-force",
                &[
                    ("org", text(l.org(org.as_str()))),
                    ("force", text(l.message(force_id(*force_type), &[]))),
                    ("strength", text(strength)),
                ],
            )
        }
        Fact::Deployment(deployment) => l.message(
            "fact-deployment",
            &[
                ("actor", text(entity(l, &deployment.actor))),
                ("host", text(l.state(deployment.host.as_str()))),
                (
                    "host_article",
                    text(l.state_article(deployment.host.as_str())),
                ),
            ],
        ),
        Fact::Stationed {
            state,
            location,
            troops,
            planned,
        } => {
            let troops = troops.as_ref().map_or_else(String::new, |t| l.troops(t));
            let troops = crate::factsheet::planned_troops(l, troops, planned.as_ref());
            l.message(
                "fact-stationed",
                &[
                    ("state", text(l.state(state.as_str()))),
                    ("state_article", text(l.state_article(state.as_str()))),
                    ("location", text(entity(l, &location.at))),
                    ("location_article", text(l.article(&location.at))),
                    ("troops", text(troops)),
                ],
            )
        }
        Fact::Role { person, role, .. } => l.message(
            "fact-role",
            &[
                ("person", text(l.person(person.as_str()))),
                ("role", text(l.role(role))),
            ],
        ),
        Fact::Quote {
            speaker,
            text: words,
            language,
        } => {
            let speaker = speaker.as_ref().map_or_else(
                || l.message("quote-speaker-unknown", &[]),
                |s| l.person(s.as_str()),
            );
            l.message(
                "fact-quote",
                &[
                    ("speaker", text(speaker)),
                    (
                        "text",
                        text(free_text(l, SegmentKind::Quote, words, language, true).0),
                    ),
                ],
            )
        }
        Fact::Figure {
            quantity, counts, ..
        } => l.message(
            "fact-figure",
            &[
                ("quantity", text(l.quantity(quantity))),
                ("counts", text(counted(l, counts))),
            ],
        ),
        Fact::Event {
            event_type, place, ..
        } => event_text(l, *event_type, place.as_ref()),
    }
}

/// What a figure counts, in the reader's language where a `counted-*` message exists;
/// otherwise the German noun as the article printed it.
pub(crate) fn counted(l: &Localizer, noun: &str) -> String {
    l.optional_message(&format!("counted-{}", crate::l10n::message_key(noun)), &[])
        .unwrap_or_else(|| escape(noun))
}
