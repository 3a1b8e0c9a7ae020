//! The fact sheet of one organisation as Markdown: key facts, members with status and
//! since when, changes, forces, deployments with their contingents as a table, troops
//! stationed abroad, people, quotes, conflicts between sources, and the sources as
//! footnotes cited on every fact.
//!
//! Frame words come from the localizer; values from articles (titles, names, quotes) are
//! escaped and keep their original language.

use crate::l10n::Localizer;
use crate::markdown::escape;
use crate::timeline::{event_text, org_points, write_mermaid};
use crate::translate::SegmentKind;
use fluent_bundle::FluentValue;
use lagebild_dossier::{
    ConflictAbout, ConflictValue, DossierView, FigureRow, MemberRow, OrgDossier, PersonRow,
    QuoteRow, StationedRow, StatusChange,
};
use lagebild_model::{ArticleInfo, EntityRef, ForceType, MembershipStatus, Planned};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Footnote references for citation numbers; remembers which were cited.
#[derive(Default)]
pub(crate) struct Citer {
    pub(crate) cited: BTreeSet<usize>,
}

impl Citer {
    pub(crate) fn cite(&mut self, sources: &[usize]) -> String {
        self.cited.extend(sources.iter().copied());
        sources.iter().map(|n| format!("[^{n}]")).collect()
    }
}

pub(crate) fn status_id(status: MembershipStatus) -> &'static str {
    match status {
        MembershipStatus::Member => "status-member",
        MembershipStatus::Observer => "status-observer",
        MembershipStatus::Suspended => "status-suspended",
        MembershipStatus::Former => "status-former",
        MembershipStatus::Applicant => "status-applicant",
        MembershipStatus::Partner => "status-partner",
    }
}

/// A status as a Fluent selector key (`member`, `former`, …), for messages that word each
/// status their own way.
pub(crate) fn status_key(status: MembershipStatus) -> &'static str {
    match status {
        MembershipStatus::Member => "member",
        MembershipStatus::Observer => "observer",
        MembershipStatus::Suspended => "suspended",
        MembershipStatus::Former => "former",
        MembershipStatus::Applicant => "applicant",
        MembershipStatus::Partner => "partner",
    }
}

/// A change of status in the reader's language, dated by the date a text states or else
/// explicitly by its first report.
pub(crate) fn change_line(l: &Localizer, change: &StatusChange) -> String {
    let date = match (change.date, change.first_reported) {
        (Some(date), _) => l.date(&date),
        (None, Some(reported)) => {
            l.message("date-first-reported", &[("date", text(l.date(&reported)))])
        }
        (None, None) => l.message("date-unknown", &[]),
    };
    let state = text(l.state(change.state.as_str()));
    match change.from {
        Some(from) => l.message(
            "change-line",
            &[
                ("date", text(date)),
                ("state", state),
                ("from", text(l.message(status_id(from), &[]))),
                ("to", text(l.message(status_id(change.to), &[]))),
            ],
        ),
        None => l.message(
            "change-new",
            &[
                ("date", text(date)),
                ("state", state),
                ("status", text(status_key(change.to).to_owned())),
            ],
        ),
    }
}

pub(crate) fn force_id(force: ForceType) -> &'static str {
    match force {
        ForceType::RapidReaction => "force-rapid_reaction",
        ForceType::Peacekeeping => "force-peacekeeping",
        ForceType::Other => "force-other",
    }
}

pub(crate) fn entity(l: &Localizer, e: &EntityRef) -> String {
    match e {
        EntityRef::State(id) => l.state(id.as_str()),
        EntityRef::Org(id) => l.org(id.as_str()),
        EntityRef::Person(id) => l.person(id.as_str()),
        EntityRef::Place(id) => l.place(id.as_str()),
    }
}

pub(crate) fn text<'a>(value: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(value.into())
}

/// Renders the fact sheet of `org` from `view` in the localizer's language.
pub fn fact_sheet_markdown(view: &DossierView, org: &OrgDossier, l: &Localizer) -> String {
    let mut out = String::new();
    let mut citer = Citer::default();
    fact_sheet_body(&mut out, org, l, &mut citer, 1);
    let _ = writeln!(out, "## {}\n", l.message("section-sources", &[]));
    source_footnotes(&mut out, view, l, &citer.cited);
    out
}

/// The fact sheet without its sources, its title at heading `level` (1 = `#`).
pub(crate) fn fact_sheet_body(
    out: &mut dyn Write,
    org: &OrgDossier,
    l: &Localizer,
    citer: &mut Citer,
    level: usize,
) {
    let (h1, h2, h3) = (
        "#".repeat(level),
        "#".repeat(level + 1),
        "#".repeat(level + 2),
    );
    let id = org.org.as_str();
    let name = l.org(id);
    let _ = writeln!(
        out,
        "{h1} {}\n",
        l.message("factsheet-title", &[("org", text(name))])
    );
    let sources = org.cited_sources().len() as f64;
    let as_of = l.maybe_date(org.as_of.as_ref());
    let _ = writeln!(
        out,
        "{}\n",
        l.message(
            "factsheet-as-of",
            &[
                ("date", text(as_of)),
                ("sources", FluentValue::from(sources))
            ]
        )
    );
    let long = l.attribute(&format!("org-{id}"), "long");
    if long != format!("org-{id}") && long != l.org(id) {
        let _ = writeln!(
            out,
            "{}\n",
            l.message("factsheet-full-name", &[("name", text(long))])
        );
    }

    if !org.founded.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-founded", &[]));
        for founded in &org.founded {
            let line = l.message("founded-line", &[("date", text(l.date(&founded.value)))]);
            let _ = writeln!(out, "- {line}{}", citer.cite(&founded.sources));
        }
        let _ = out.write_char('\n');
    }

    if !org.members.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-members", &[]));
        // Rows by status, then by the state's name in this language; the summary the same.
        let mut rows: Vec<_> = org.members.iter().collect();
        rows.sort_by_cached_key(|m| (m.status, l.state(m.state.as_str())));
        let members: Vec<String> = rows
            .iter()
            .filter(|m| m.status == MembershipStatus::Member)
            .map(|m| l.state(m.state.as_str()))
            .collect();
        if !members.is_empty() {
            let summary = l.message(
                "members-summary",
                &[
                    ("count", FluentValue::from(members.len() as f64)),
                    ("states", text(l.list(&members))),
                ],
            );
            let _ = writeln!(out, "{summary}\n");
        }
        let header = [
            "members-column-state",
            "members-column-status",
            "members-column-since",
            "members-column-sources",
        ]
        .map(|id| l.message(id, &[]));
        let _ = writeln!(out, "| {} |\n|---|---|---|---|", header.join(" | "));
        for m in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                l.state(m.state.as_str()),
                l.message(status_id(m.status), &[]),
                since_cell(l, m),
                citer.cite(&m.sources)
            );
        }
        let _ = out.write_char('\n');
    }

    if !org.changes.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-changes", &[]));
        for change in &org.changes {
            let line = change_line(l, change);
            let _ = writeln!(out, "- {line}{}", citer.cite(&change.sources));
        }
        let _ = out.write_char('\n');
    }

    if !org.member_counts.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-member-counts", &[]));
        for count in &org.member_counts {
            let date = l.maybe_date(count.value.date.as_ref());
            let line = l.message(
                "member-count-line",
                &[
                    ("count", FluentValue::from(count.value.count.value)),
                    ("date", text(date)),
                ],
            );
            let _ = writeln!(out, "- {line}{}", citer.cite(&count.sources));
        }
        let _ = out.write_char('\n');
    }

    if !org.forces.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-forces", &[]));
        for force in &org.forces {
            let strengths: Vec<String> = force
                .strength
                .iter()
                .map(|s| format!("{}{}", l.troops(&s.value), citer.cite(&s.sources)))
                .collect();
            let strength = if strengths.is_empty() {
                l.message("force-strength-unknown", &[])
            } else {
                strengths.join("; ")
            };
            let line = l.message(
                "force-line",
                &[
                    ("force", text(l.message(force_id(force.force_type), &[]))),
                    ("strength", text(strength)),
                ],
            );
            let _ = writeln!(out, "- {line}");
        }
        let _ = out.write_char('\n');
    }

    if !org.deployments.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-deployments", &[]));
        for deployment in &org.deployments {
            let host = l.state(deployment.host.as_str());
            let mut heading = match &deployment.start {
                Some(start) => l.message(
                    "deployment-heading",
                    &[("host", text(host)), ("start", text(l.date(start)))],
                ),
                None => l.message("deployment-heading-open", &[("host", text(host))]),
            };
            if let Some(end) = &deployment.end {
                let _ = write!(
                    heading,
                    ", {}",
                    l.message("deployment-until", &[("end", text(l.date(end)))])
                );
            }
            let _ = writeln!(out, "{h3} {heading}{}\n", citer.cite(&deployment.sources));
            if !deployment.contingents.is_empty() {
                let states: Vec<String> = deployment
                    .contingents
                    .iter()
                    .map(|c| l.state(c.state.as_str()))
                    .collect();
                let _ = writeln!(
                    out,
                    "{}\n",
                    l.message(
                        "deployment-contingents",
                        &[("states", text(l.list(&states)))]
                    )
                );
                let header = [
                    "contingents-column-state",
                    "contingents-column-troops",
                    "contingents-column-sources",
                ]
                .map(|id| l.message(id, &[]));
                let _ = writeln!(out, "| {} |\n|---|---|---|", header.join(" | "));
                for contingent in &deployment.contingents {
                    let mut troops: Vec<String> = contingent
                        .troops
                        .iter()
                        .map(|t| l.troops(&t.value))
                        .collect();
                    let mut sources: Vec<usize> = contingent
                        .troops
                        .iter()
                        .flat_map(|t| t.sources.iter().copied())
                        .collect();
                    // A state that takes part without a reported count: said so, and
                    // cited with the deployment's sources.
                    if troops.is_empty() {
                        troops.push(l.message("contingents-troops-unknown", &[]));
                        sources.clone_from(&deployment.sources);
                    }
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} |",
                        l.state(contingent.state.as_str()),
                        troops.join(" / "),
                        citer.cite(&sources)
                    );
                }
                let _ = out.write_char('\n');
            }
        }
    }

    write_stationed(out, &org.stationed, l, citer, &h2);
    write_roles(out, &org.roles, l, citer, &h2);

    if !org.events.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-events", &[]));
        for event in &org.events {
            let mut what = event_text(l, event.event_type, event.place.as_ref());
            if !event.states.is_empty() {
                let states: Vec<String> =
                    event.states.iter().map(|s| l.state(s.as_str())).collect();
                what = l.message(
                    "event-participants",
                    &[("event", text(what)), ("states", text(l.list(&states)))],
                );
            }
            let line = match &event.date {
                Some(date) => l.message(
                    "event-line",
                    &[("date", text(l.date(date))), ("event", text(what))],
                ),
                None => what,
            };
            let _ = writeln!(out, "- {line}{}", citer.cite(&event.sources));
        }
        let _ = out.write_char('\n');
    }

    let mut points = org_points(org, l);
    if !points.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-timeline", &[]));
        write_mermaid(out, &mut points);
    }

    write_quotes(out, &org.quotes, l, citer, &h2);

    write_figures(out, &org.figures, l, citer, &h2);

    if !org.conflicts.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-conflicts", &[]));
        for conflict in &org.conflicts {
            let values: Vec<String> = conflict
                .values
                .iter()
                .map(|v| {
                    let value = match &v.value {
                        ConflictValue::Date(date) => l.date(date),
                        ConflictValue::Quantity(quantity) => l.quantity(quantity),
                        ConflictValue::Status(status) => l.message(status_id(*status), &[]),
                    };
                    l.message(
                        "conflict-value",
                        &[
                            ("value", text(value)),
                            ("sources", text(citer.cite(&v.sources))),
                        ],
                    )
                })
                .collect();
            let line = l.message(
                "conflict-line",
                &[
                    ("subject", text(conflict_subject(l, &conflict.about))),
                    ("values", text(values.join("; "))),
                ],
            );
            let _ = writeln!(out, "- {line}");
        }
        let _ = out.write_char('\n');
    }
}

/// Troops stationed abroad, a section at heading `h2`.
pub(crate) fn write_stationed(
    out: &mut dyn Write,
    rows: &[StationedRow],
    l: &Localizer,
    citer: &mut Citer,
    h2: &str,
) {
    if !rows.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-stationed", &[]));
        for row in rows {
            let troops: Vec<String> = row
                .troops
                .iter()
                .map(|t| format!("{}{}", l.troops(&t.value), citer.cite(&t.sources)))
                .collect();
            let troops = planned_troops(l, troops.join("; "), row.planned.as_ref());
            let line = l.message(
                "stationed-line",
                &[
                    ("state", text(l.state(row.state.as_str()))),
                    ("location", text(entity(l, &row.location))),
                    ("location_article", text(l.article(&row.location))),
                    ("troops", text(troops)),
                ],
            );
            let _ = writeln!(out, "- {line}");
        }
        let _ = out.write_char('\n');
    }
}

/// People and their roles, a section at heading `h2`.
pub(crate) fn write_roles(
    out: &mut dyn Write,
    people: &[PersonRow],
    l: &Localizer,
    citer: &mut Citer,
    h2: &str,
) {
    if !people.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-people", &[]));
        for person in people {
            let roles: Vec<String> = person
                .roles
                .iter()
                .map(|role| {
                    let title = text(l.role(&role.role));
                    let item = match &role.of {
                        Some(of) => l.message(
                            "role-item-of",
                            &[("role", title), ("of", text(entity(l, of)))],
                        ),
                        None => l.message("role-item", &[("role", title)]),
                    };
                    format!("{item}{}", citer.cite(&role.sources))
                })
                .collect();
            let line = l.message(
                "person-roles",
                &[
                    ("person", text(l.person(&person.person))),
                    ("roles", text(l.list(&roles))),
                ],
            );
            let _ = writeln!(out, "- {line}");
        }
        let _ = out.write_char('\n');
    }
}

/// Quotations, a section at heading `h2`.
pub(crate) fn write_quotes(
    out: &mut dyn Write,
    rows: &[QuoteRow],
    l: &Localizer,
    citer: &mut Citer,
    h2: &str,
) {
    if !rows.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-quotes", &[]));
        for quote in rows {
            let speaker = quote
                .speaker
                .as_deref()
                .map_or_else(|| l.message("quote-speaker-unknown", &[]), |s| l.person(s));
            let language = l.message(&format!("language-{}", quote.language), &[]);
            let (words, translated) =
                free_text(l, SegmentKind::Quote, &quote.text, &quote.language, true);
            let id = if translated {
                "quote-line-translated"
            } else {
                "quote-line"
            };
            let line = l.message(
                id,
                &[
                    ("speaker", text(speaker)),
                    ("text", text(words)),
                    ("language", text(language)),
                ],
            );
            let _ = writeln!(out, "- {line}{}", citer.cite(&quote.sources));
        }
        let _ = out.write_char('\n');
    }
}

/// Figures, a section at heading `h2`.
pub(crate) fn write_figures(
    out: &mut dyn Write,
    rows: &[FigureRow],
    l: &Localizer,
    citer: &mut Citer,
    h2: &str,
) {
    if !rows.is_empty() {
        let _ = writeln!(out, "{h2} {}\n", l.message("section-figures", &[]));
        for figure in rows {
            let line = l.message(
                "fact-figure",
                &[
                    ("quantity", text(l.quantity(&figure.quantity))),
                    ("counts", text(crate::briefing::counted(l, &figure.counts))),
                ],
            );
            let _ = writeln!(out, "- {line}{}", citer.cite(&figure.sources));
        }
        let _ = out.write_char('\n');
    }
}

/// Troops as a briefing gives them: as they are, or said to be planned (by a date).
pub(crate) fn planned_troops(l: &Localizer, troops: String, planned: Option<&Planned>) -> String {
    match planned {
        None => troops,
        Some(Planned { by: None }) => l.message("troops-planned", &[("troops", text(troops))]),
        Some(Planned { by: Some(by) }) => l.message(
            "troops-planned-by",
            &[("troops", text(troops)), ("by", text(l.date(by)))],
        ),
    }
}

/// The members table's "since" cell: the start a text states, else the first report,
/// said as such.
fn since_cell(l: &Localizer, member: &MemberRow) -> String {
    match (member.since, member.first_reported) {
        (Some(since), _) => l.date(&since),
        (None, Some(reported)) => l.message(
            "members-first-reported",
            &[("date", text(l.date(&reported)))],
        ),
        (None, None) => String::new(),
    }
}

/// What sources disagree about, in the reader's language.
fn conflict_subject(l: &Localizer, about: &ConflictAbout) -> String {
    match about {
        ConflictAbout::Founded => l.message("conflict-founded", &[]),
        ConflictAbout::MemberCount { month } => {
            l.message("conflict-member-count", &[("month", text(l.date(month)))])
        }
        ConflictAbout::Status { state } => l.message(
            "conflict-status",
            &[("state", text(l.state(state.as_str())))],
        ),
        ConflictAbout::Force { force_type } => l.message(
            "conflict-force",
            &[("force", text(l.message(force_id(*force_type), &[])))],
        ),
        ConflictAbout::Contingent { host, state, .. } => l.message(
            "conflict-contingent",
            &[
                ("state", text(l.state(state.as_str()))),
                ("host", text(l.state(host.as_str()))),
                ("host_article", text(l.state_article(host.as_str()))),
            ],
        ),
        ConflictAbout::Stationed { state, location } => l.message(
            "conflict-stationed",
            &[
                ("state", text(l.state(state.as_str()))),
                ("location", text(entity(l, location))),
                ("location_article", text(l.article(location))),
            ],
        ),
    }
}

/// Free text from an article, escaped: the original, or where a human translation was
/// given, the translation with the original and its language beside it. `quote` adds
/// German quotation marks around the words. The flag says whether it was translated.
pub(crate) fn free_text(
    l: &Localizer,
    kind: SegmentKind,
    original: &str,
    language: &str,
    quote: bool,
) -> (String, bool) {
    let marked = |s: &str| {
        if quote {
            format!("„{}“", escape(s))
        } else {
            escape(s)
        }
    };
    match l.translation(kind, original) {
        Some(translation) => (
            l.message(
                "free-text-translated",
                &[
                    ("translation", text(marked(translation))),
                    ("original", text(marked(original))),
                    (
                        "language",
                        text(l.message(&format!("language-{language}"), &[])),
                    ),
                ],
            ),
            true,
        ),
        None => (marked(original), false),
    }
}

/// What a reader sees as an article's name: its title (with a translation where one
/// was given). An untitled article is named by its file as the command line named it,
/// as "standard input", or as an untitled article: where a page was saved matters to a
/// reader only when nothing else tells the articles apart.
pub(crate) fn article_name(l: &Localizer, a: &ArticleInfo) -> String {
    if let Some(title) = &a.title {
        return free_text(l, SegmentKind::Title, title, "de", false).0;
    }
    if a.from_standard_input() {
        return l.message("source-standard-input", &[]);
    }
    a.file.as_deref().map_or_else(
        || l.message("source-untitled", &[]),
        crate::markdown::code_span,
    )
}

/// GFM footnote definitions for the cited sources: the article's name, its date and its
/// outlet or agency.
pub(crate) fn source_footnotes(
    out: &mut dyn Write,
    view: &DossierView,
    l: &Localizer,
    cited: &BTreeSet<usize>,
) {
    for citation in view.sources.iter().filter(|c| cited.contains(&c.number)) {
        let a = &citation.article;
        let date = a
            .published
            .map_or_else(|| l.message("source-undated", &[]), |d| l.date(&d));
        let mut parts = vec![date];
        parts.extend(a.source.as_deref().map(escape));
        let _ = writeln!(
            out,
            "[^{}]: {} ({})",
            citation.number,
            article_name(l, a),
            parts.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lagebild_model::{
        ArticleFacts, ArticleInfo, Contingent, Deployment, FACTS_SCHEMA, Fact, FactRecord,
        MembershipStatus, OrgId, Provenance, Quantity, StateId, When,
    };
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

    /// The view of a small corpus; the dossier it borrows from lives as long as the test.
    fn corpus() -> DossierView<'static> {
        let record = |fact: Fact| FactRecord {
            about: None,
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
                file: Some("a.txt".into()),
                title: Some("Ein <b>Titel</b> | mit [Link](javascript:x)".into()),
                published: When::parse("2022-01-07"),
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
                    state: StateId::new("RU"),
                    status: MembershipStatus::Member,
                    since: None,
                    as_of: When::parse("2022-01-07"),
                }),
                record(Fact::Membership {
                    org: OrgId::new("CSTO"),
                    state: StateId::new("BY"),
                    status: MembershipStatus::Member,
                    since: None,
                    as_of: When::parse("2022-01-07"),
                }),
                record(Fact::Deployment(Box::new(Deployment {
                    actor: lagebild_model::EntityRef::Org(OrgId::new("CSTO")),
                    host: StateId::new("KZ"),
                    start: When::parse("2022-01-06"),
                    end: None,
                    purpose: None,
                    contingents: vec![Contingent {
                        state: StateId::new("RU"),
                        troops: Some(Quantity::exact(3000.0)),
                    }],
                }))),
            ],
        };
        let dossier = Box::leak(Box::new(lagebild_dossier::from_articles([facts])));
        lagebild_dossier::view(dossier, None)
    }

    /// Headings and tables of the Markdown, read back with pulldown-cmark; and no raw HTML
    /// or link from article text.
    fn structure(markdown: &str) -> (Vec<(HeadingLevel, String)>, usize, usize) {
        let mut headings = Vec::new();
        let (mut tables, mut unsafe_nodes) = (0, 0);
        let mut current: Option<(HeadingLevel, String)> = None;
        for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
            match event {
                Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
                Event::Text(t) => {
                    if let Some((_, h)) = current.as_mut() {
                        h.push_str(&t);
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Heading(_)) => headings.extend(current.take()),
                Event::Start(Tag::Table(_)) => tables += 1,
                Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::Link { .. }) => {
                    unsafe_nodes += 1
                }
                _ => {}
            }
        }
        (headings, tables, unsafe_nodes)
    }

    #[test]
    fn fact_sheet_in_each_shipped_language() {
        let view = corpus();
        for (tag, title, members) in [
            (
                "de",
                "Faktenblatt: OVKS",
                "2 Mitgliedstaaten: Belarus und Russland.",
            ),
            (
                "en",
                "Fact sheet: CSTO",
                "2 member states: Belarus and Russia.",
            ),
            (
                "ru",
                "Справка: ОДКБ",
                "2 государства-члена: Белоруссия и Россия.",
            ),
        ] {
            let l = Localizer::new(tag).unwrap();
            let md = fact_sheet_markdown(&view, &view.organisations[0], &l);
            let report = l.report();
            assert!(
                report.errors.is_empty() && report.missing.is_empty(),
                "{tag}: {report:?}"
            );
            assert!(
                !md.contains(['\u{2068}', '\u{2069}']),
                "{tag}: isolation marks"
            );
            assert!(md.contains(members), "{tag}:\n{md}");
            let (headings, tables, unsafe_nodes) = structure(&md);
            assert_eq!(headings[0], (HeadingLevel::H1, title.to_owned()), "{tag}");
            assert_eq!(tables, 2, "{tag}: members and contingents tables\n{md}");
            assert_eq!(
                unsafe_nodes, 0,
                "{tag}: raw HTML or link from article text\n{md}"
            );
        }
    }

    #[test]
    fn an_article_is_named_by_its_title_else_its_file_else_standard_input() {
        let article = |title: Option<&str>, file: Option<&str>| ArticleInfo {
            id: "stdin".into(),
            file: file.map(Into::into),
            title: title.map(Into::into),
            published: None,
            source: None,
            lead: None,
            headings: vec![],
        };
        for (tag, stdin, untitled) in [
            ("de", "Standardeingabe", "Artikel ohne Titel"),
            ("en", "standard input", "untitled article"),
            ("ru", "стандартный ввод", "статья без заголовка"),
        ] {
            let l = Localizer::new(tag).unwrap();
            let name = |title, file| article_name(&l, &article(title, file));
            assert_eq!(name(Some("Titel"), Some("a.txt")), "Titel", "{tag}");
            assert_eq!(name(Some("Titel"), Some("-")), "Titel", "{tag}");
            assert_eq!(name(None, Some("2022/a.txt")), "`2022/a.txt`", "{tag}");
            assert_eq!(name(None, Some("-")), stdin, "{tag}");
            assert_eq!(name(None, Some("./-")), "`./-`", "{tag}");
            assert_eq!(name(None, None), untitled, "{tag}");
            assert!(l.report().missing.is_empty(), "{tag}: {:?}", l.report());
        }
    }
}
