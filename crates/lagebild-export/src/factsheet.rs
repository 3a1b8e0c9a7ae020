//! The fact sheet of one organisation as a [`Document`]: key facts, members with status
//! and since when, changes, forces, deployments with their contingents as a table, troops
//! stationed abroad, people, quotes, conflicts between sources, and the sources, cited on
//! every fact and listed at the end.
//!
//! Frame words come from the localizer; values from articles (titles, names, quotes) keep
//! their original language, and their spans say which it is.

use crate::document::{Block, Document, Inline, Page, Source, plain_text};
use crate::l10n::Localizer;
use crate::spans::{Cited, Spans};
use crate::timeline::{event_text, org_points, timeline_block};
use crate::translate::SegmentKind;
use fluent_bundle::FluentValue;
use lagebild_dossier::{
    Citation, ConflictAbout, ConflictValue, DossierView, FigureRow, MemberRow, OrgDossier,
    PersonRow, QuoteRow, StationedRow, StatusChange,
};
use lagebild_model::{ArticleInfo, EntityRef, ForceType, MembershipStatus, Planned};
use std::collections::HashMap;

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
    let date = change_date(l, change);
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
        None => l
            .compose("change-new")
            .text("date", date)
            .name("state", &EntityRef::State(change.state.clone()))
            .text("status", status_key(change.to))
            .format(),
    }
}

/// When a change happened, as a text states it, or else as first reported.
pub(crate) fn change_date(l: &Localizer, change: &StatusChange) -> String {
    match (change.date, change.first_reported) {
        (Some(date), _) => l.date(&date),
        (None, Some(reported)) => l
            .compose("date-first-reported")
            .date("date", &reported)
            .format(),
        (None, None) => l.message("date-unknown", &[]),
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
    l.entity(e)
}

pub(crate) fn text<'a>(value: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(value.into())
}

/// A document under construction: its blocks so far and the sources they cite.
pub(crate) struct Composer<'l> {
    pub(crate) l: &'l Localizer,
    pub(crate) cited: Cited,
    pub(crate) blocks: Vec<Block>,
}

impl<'l> Composer<'l> {
    pub(crate) fn new(l: &'l Localizer) -> Self {
        Composer {
            l,
            cited: Cited::default(),
            blocks: Vec::new(),
        }
    }

    pub(crate) fn heading(&mut self, level: u8, content: Vec<Inline>) {
        self.blocks.push(Block::Heading { level, content });
    }

    /// A section heading from message `id`.
    pub(crate) fn section(&mut self, level: u8, id: &str) {
        let title = self.l.message(id, &[]);
        self.heading(level, vec![Inline::text(title)]);
    }

    pub(crate) fn paragraph(&mut self, content: Vec<Inline>) {
        self.blocks.push(Block::Paragraph { content });
    }

    pub(crate) fn list(&mut self, items: Vec<Vec<Inline>>) {
        self.blocks.push(Block::List { items });
    }

    /// `line` followed by the citation of `sources`.
    pub(crate) fn cited(&mut self, line: String, sources: &[usize]) -> Vec<Inline> {
        let mut out = vec![Inline::text(line)];
        if !sources.is_empty() {
            out.push(self.cited.cite(sources));
        }
        out
    }
}

/// The fact sheet of `org` from `view` in the localizer's language, its sources listed
/// at the end.
pub fn fact_sheet(view: &DossierView, org: &OrgDossier, l: &Localizer) -> Document {
    let mut c = Composer::new(l);
    fact_sheet_body(&mut c, org, 1, None);
    let title = plain_text(match c.blocks.first() {
        Some(Block::Heading { content, .. }) => content,
        _ => &[],
    });
    let blocks = with_sources(c, view);
    Document {
        title,
        lang: l.language().to_owned(),
        blocks,
    }
}

/// The blocks of `c` with footnote numbers given in the order of `view`'s sources, and
/// the list of the sources they cite after them.
pub(crate) fn with_sources(c: Composer<'_>, view: &DossierView) -> Vec<Block> {
    let Composer {
        l,
        cited,
        mut blocks,
    } = c;
    let listed: Vec<&Citation> = view
        .sources
        .iter()
        .filter(|s| cited.numbers.contains(&s.number))
        .collect();
    let numbers: HashMap<usize, usize> = listed
        .iter()
        .enumerate()
        .map(|(index, s)| (s.number, index + 1))
        .collect();
    renumber(&mut blocks, &numbers);
    blocks.push(Block::Heading {
        level: 2,
        content: vec![Inline::text(l.message("section-sources", &[]))],
    });
    blocks.push(Block::Sources {
        entries: listed
            .iter()
            .enumerate()
            .map(|(index, s)| source_entry(l, s, index + 1))
            .collect(),
    });
    blocks
}

/// Replaces the view's source numbers in every citation of `blocks` by footnote numbers.
pub(crate) fn renumber(blocks: &mut [Block], numbers: &HashMap<usize, usize>) {
    let fix = |inlines: &mut Vec<Inline>| renumber_inlines(inlines, numbers);
    for block in blocks {
        match block {
            Block::Heading { content, .. }
            | Block::Paragraph { content }
            | Block::Quote { content } => fix(content),
            Block::List { items } => items.iter_mut().for_each(fix),
            Block::Table { header, rows } => {
                header.iter_mut().for_each(fix);
                rows.iter_mut().flatten().for_each(fix);
            }
            Block::Timeline { .. } | Block::Sources { .. } => {}
        }
    }
}

fn renumber_inlines(inlines: &mut [Inline], numbers: &HashMap<usize, usize>) {
    for inline in inlines {
        match inline {
            Inline::Cite { numbers: cited } => {
                let mut new: Vec<usize> = cited
                    .iter()
                    .filter_map(|n| numbers.get(n))
                    .copied()
                    .collect();
                new.sort_unstable();
                new.dedup();
                *cited = new;
            }
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => {
                renumber_inlines(content, numbers);
            }
            Inline::Text { .. } | Inline::Code { .. } | Inline::Break => {}
        }
    }
}

/// One entry of a sources list: the article's name, its date and its outlet or agency.
pub(crate) fn source_entry(l: &Localizer, citation: &Citation, number: usize) -> Source {
    let a = &citation.article;
    Source {
        number,
        title: article_name(l, a),
        date: a
            .published
            .map_or_else(|| l.message("source-undated", &[]), |d| l.date(&d)),
        outlet: a.source.clone(),
        page: Page::Article(citation.number),
    }
}

/// The fact sheet without its sources, its title at heading `level`; where `link` is
/// given, the title links to that page.
pub(crate) fn fact_sheet_body(
    c: &mut Composer<'_>,
    org: &OrgDossier,
    level: u8,
    link: Option<Page>,
) {
    let l = c.l;
    let id = org.org.as_str();
    let name = l.org(id);
    let title = vec![Inline::text(
        l.message("factsheet-title", &[("org", text(name))]),
    )];
    match link {
        Some(target) => c.heading(
            level,
            vec![Inline::Link {
                target,
                content: title,
            }],
        ),
        None => c.heading(level, title),
    }
    let sources = org.cited_sources().len() as f64;
    let as_of = l.maybe_date(org.as_of.as_ref());
    c.paragraph(vec![Inline::text(l.message(
        "factsheet-as-of",
        &[
            ("date", text(as_of)),
            ("sources", FluentValue::from(sources)),
        ],
    ))]);
    let long = l.attribute(&format!("org-{id}"), "long");
    if long != format!("org-{id}") && long != l.org(id) {
        c.paragraph(vec![Inline::text(
            l.message("factsheet-full-name", &[("name", text(long))]),
        )]);
    }
    let h2 = level + 1;
    founded(c, org, h2);
    members(c, org, h2);
    changes(c, org, h2);
    member_counts(c, org, h2);
    forces(c, org, h2);
    deployments(c, org, h2);
    stationed(c, &org.stationed, h2);
    roles(c, &org.roles, h2);
    events(c, org, h2);
    let mut points = org_points(org, l);
    if !points.is_empty() {
        c.section(h2, "section-timeline");
        let label = l.message("section-timeline", &[]);
        c.blocks.push(timeline_block(l, label, &mut points));
    }
    quotes(c, &org.quotes, h2);
    figures(c, &org.figures, h2);
    conflicts(c, org, h2);
}

fn founded(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.founded.is_empty() {
        return;
    }
    c.section(h2, "section-founded");
    let items = org
        .founded
        .iter()
        .map(|founded| {
            let line =
                c.l.compose("founded-line")
                    .date("date", &founded.value)
                    .format();
            c.cited(line, &founded.sources)
        })
        .collect();
    c.list(items);
}

fn members(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.members.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-members");
    // Rows by status, then by the state's name in this language; the summary the same.
    let rows: Vec<_> = org.members.iter().collect();
    let mut rows: Vec<_> = rows
        .into_iter()
        .map(|m| (l.state(m.state.as_str()), m))
        .collect();
    rows.sort_by(|(a, m), (b, n)| m.status.cmp(&n.status).then_with(|| l.collate(a, b)));
    let rows: Vec<_> = rows.into_iter().map(|(_, m)| m).collect();
    let members: Vec<EntityRef> = rows
        .iter()
        .filter(|m| m.status == MembershipStatus::Member)
        .map(|m| EntityRef::State(m.state.clone()))
        .collect();
    if !members.is_empty() {
        let summary = l
            .compose("members-summary")
            .number("count", members.len() as f64)
            .names("states", &members)
            .format();
        c.paragraph(vec![Inline::text(summary)]);
    }
    let header = [
        "members-column-state",
        "members-column-status",
        "members-column-since",
        "members-column-sources",
    ]
    .map(|id| vec![Inline::text(l.message(id, &[]))])
    .to_vec();
    let rows = rows
        .into_iter()
        .map(|m| {
            vec![
                vec![Inline::text(l.state(m.state.as_str()))],
                vec![Inline::text(l.message(status_id(m.status), &[]))],
                vec![Inline::text(since_cell(l, m))],
                vec![c.cited.cite(&m.sources)],
            ]
        })
        .collect();
    c.blocks.push(Block::Table { header, rows });
}

fn changes(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.changes.is_empty() {
        return;
    }
    c.section(h2, "section-changes");
    let items = org
        .changes
        .iter()
        .map(|change| {
            let line = change_line(c.l, change);
            c.cited(line, &change.sources)
        })
        .collect();
    c.list(items);
}

fn member_counts(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.member_counts.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-member-counts");
    let items = org
        .member_counts
        .iter()
        .map(|count| {
            let date = l.maybe_date(count.value.date.as_ref());
            let line = l.message(
                "member-count-line",
                &[
                    ("count", FluentValue::from(count.value.count.value)),
                    ("date", text(date)),
                ],
            );
            c.cited(line, &count.sources)
        })
        .collect();
    c.list(items);
}

fn forces(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.forces.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-forces");
    let items = org
        .forces
        .iter()
        .map(|force| {
            let mut spans = Spans::default();
            let strengths: Vec<String> = force
                .strength
                .iter()
                .map(|s| {
                    format!(
                        "{}{}",
                        l.troops(&s.value),
                        c.cited.hold(&mut spans, &s.sources)
                    )
                })
                .collect();
            let strength = if strengths.is_empty() {
                l.message("force-strength-unknown", &[])
            } else {
                l.joined("join-values", &strengths)
            };
            let line = l.message(
                "force-line",
                &[
                    ("force", text(l.message(force_id(force.force_type), &[]))),
                    ("strength", text(strength)),
                ],
            );
            spans.finish(&line)
        })
        .collect();
    c.list(items);
}

fn deployments(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.deployments.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-deployments");
    for deployment in &org.deployments {
        let host = EntityRef::State(deployment.host.clone());
        let mut heading = match &deployment.start {
            Some(start) => l
                .compose("deployment-heading")
                .name("host", &host)
                .date("start", start)
                .format(),
            None => l
                .compose("deployment-heading-open")
                .name("host", &host)
                .format(),
        };
        if let Some(end) = &deployment.end {
            heading = l
                .compose("deployment-heading-until")
                .text("heading", heading)
                .date("end", end)
                .format();
        }
        let heading = c.cited(heading, &deployment.sources);
        c.heading(h2 + 1, heading);
        if deployment.contingents.is_empty() {
            continue;
        }
        let states: Vec<EntityRef> = deployment
            .contingents
            .iter()
            .map(|c| EntityRef::State(c.state.clone()))
            .collect();
        c.paragraph(vec![Inline::text(
            l.compose("deployment-contingents")
                .names("states", &states)
                .format(),
        )]);
        let header = [
            "contingents-column-state",
            "contingents-column-troops",
            "contingents-column-sources",
        ]
        .map(|id| vec![Inline::text(l.message(id, &[]))])
        .to_vec();
        let rows = deployment
            .contingents
            .iter()
            .map(|contingent| {
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
                // A state that takes part without a reported count: said so, and cited
                // with the deployment's sources.
                if troops.is_empty() {
                    troops.push(l.message("contingents-troops-unknown", &[]));
                    sources.clone_from(&deployment.sources);
                }
                vec![
                    vec![Inline::text(l.state(contingent.state.as_str()))],
                    vec![Inline::text(l.joined("join-figures", &troops))],
                    vec![c.cited.cite(&sources)],
                ]
            })
            .collect();
        c.blocks.push(Block::Table { header, rows });
    }
}

fn events(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.events.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-events");
    let items = org
        .events
        .iter()
        .map(|event| {
            let mut what = event_text(l, event.event_type, event.place.as_ref());
            if !event.states.is_empty() {
                let mut states: Vec<(String, EntityRef)> = event
                    .states
                    .iter()
                    .map(|s| (l.state(s.as_str()), EntityRef::State(s.clone())))
                    .collect();
                states.sort_by(|(a, _), (b, _)| l.collate(a, b));
                let states: Vec<EntityRef> = states.into_iter().map(|(_, s)| s).collect();
                what = l
                    .compose("event-participants")
                    .text("event", what)
                    .names("states", &states)
                    .format();
            }
            let line = match &event.date {
                Some(date) => l.message(
                    "event-line",
                    &[("date", text(l.date(date))), ("event", text(what))],
                ),
                None => what,
            };
            c.cited(line, &event.sources)
        })
        .collect();
    c.list(items);
}

fn conflicts(c: &mut Composer<'_>, org: &OrgDossier, h2: u8) {
    if org.conflicts.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-conflicts");
    let items = org
        .conflicts
        .iter()
        .map(|conflict| {
            let mut spans = Spans::default();
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
                            ("sources", text(c.cited.hold(&mut spans, &v.sources))),
                        ],
                    )
                })
                .collect();
            let line = l.message(
                "conflict-line",
                &[
                    ("subject", text(conflict_subject(l, &conflict.about))),
                    ("values", text(l.joined("join-values", &values))),
                ],
            );
            spans.finish(&line)
        })
        .collect();
    c.list(items);
}

/// Troops stationed abroad, a section at heading `h2`.
pub(crate) fn stationed(c: &mut Composer<'_>, rows: &[StationedRow], h2: u8) {
    if rows.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-stationed");
    let items = rows
        .iter()
        .map(|row| {
            let mut spans = Spans::default();
            let troops: Vec<String> = row
                .troops
                .iter()
                .map(|t| {
                    format!(
                        "{}{}",
                        l.troops(&t.value),
                        c.cited.hold(&mut spans, &t.sources)
                    )
                })
                .collect();
            let troops = planned_troops(l, l.joined("join-values", &troops), row.planned.as_ref());
            let line = l
                .compose("stationed-line")
                .name("state", &EntityRef::State(row.state.clone()))
                .name("location", &row.location)
                .text("troops", troops)
                .format();
            spans.finish(&line)
        })
        .collect();
    c.list(items);
}

/// People and their roles, a section at heading `h2`.
pub(crate) fn roles(c: &mut Composer<'_>, people: &[PersonRow], h2: u8) {
    if people.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-people");
    let items = people
        .iter()
        .map(|person| {
            let mut spans = Spans::default();
            let roles: Vec<String> = person
                .roles
                .iter()
                .map(|role| {
                    let title = text(l.role(&role.role));
                    let item = match role
                        .of
                        .as_ref()
                        .filter(|_| !l.role_names_holder(&role.role))
                    {
                        Some(of) => l.message(
                            "role-item-of",
                            &[("role", title), ("of", text(entity(l, of)))],
                        ),
                        None => l.message("role-item", &[("role", title)]),
                    };
                    format!("{item}{}", c.cited.hold(&mut spans, &role.sources))
                })
                .collect();
            let line = l.message(
                "person-roles",
                &[
                    ("person", text(l.person(&person.person))),
                    ("roles", text(l.list(&roles))),
                ],
            );
            spans.finish(&line)
        })
        .collect();
    c.list(items);
}

/// Quotations, a section at heading `h2`.
pub(crate) fn quotes(c: &mut Composer<'_>, rows: &[QuoteRow], h2: u8) {
    if rows.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-quotes");
    let items = rows
        .iter()
        .map(|quote| {
            let speaker = quote
                .speaker
                .as_deref()
                .map_or_else(|| l.message("quote-speaker-unknown", &[]), |s| l.person(s));
            let language = l.message(&format!("language-{}", quote.language), &[]);
            let (words, translated) =
                free_text(l, SegmentKind::Quote, &quote.text, &quote.language, true);
            let id = if translated || quote.language == l.language() {
                "quote-line-translated"
            } else {
                "quote-line"
            };
            let mut spans = Spans::default();
            let words = spans.hold(words);
            let cite = c.cited.hold(&mut spans, &quote.sources);
            let line = l.message(
                id,
                &[
                    ("speaker", text(speaker)),
                    ("text", text(words)),
                    ("language", text(language)),
                ],
            );
            spans.finish(&format!("{line}{cite}"))
        })
        .collect();
    c.list(items);
}

/// Figures, a section at heading `h2`.
pub(crate) fn figures(c: &mut Composer<'_>, rows: &[FigureRow], h2: u8) {
    if rows.is_empty() {
        return;
    }
    let l = c.l;
    c.section(h2, "section-figures");
    let items = rows
        .iter()
        .map(|figure| {
            let line = l
                .compose("fact-figure")
                .text("quantity", l.quantity(&figure.quantity))
                .text("counts", crate::briefing::counted(l, &figure.counts))
                .text(
                    "qualifier",
                    crate::l10n::qualifier_key(figure.quantity.qualifier),
                )
                .format();
            c.cited(line, &figure.sources)
        })
        .collect();
    c.list(items);
}

/// Troops as a briefing gives them: as they are, or said to be planned (by a date).
pub(crate) fn planned_troops(l: &Localizer, troops: String, planned: Option<&Planned>) -> String {
    match planned {
        None => troops,
        Some(Planned { by: None }) => l.message("troops-planned", &[("troops", text(troops))]),
        Some(Planned { by: Some(by) }) => l
            .compose("troops-planned-by")
            .text("troops", troops)
            .date("date", by)
            .format(),
    }
}

/// The members table's "since" cell: the start a text states, else the first report,
/// said as such.
fn since_cell(l: &Localizer, member: &MemberRow) -> String {
    match (member.since, member.first_reported) {
        (Some(since), _) => l.date(&since),
        (None, Some(reported)) => l
            .compose("members-first-reported")
            .date("date", &reported)
            .format(),
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
        ConflictAbout::Contingent { host, state, .. } => l
            .compose("conflict-contingent")
            .name("state", &EntityRef::State(state.clone()))
            .name("host", &EntityRef::State(host.clone()))
            .format(),
        ConflictAbout::Stationed { state, location } => l
            .compose("conflict-stationed")
            .name("state", &EntityRef::State(state.clone()))
            .name("location", location)
            .format(),
    }
}

/// Free text from an article: the original in its language, or where a human
/// translation was given, the translation with the original and its language beside it.
/// `quote` puts the words in the reader's quotation marks (`quoted`). The flag says whether it was
/// translated.
pub(crate) fn free_text(
    l: &Localizer,
    kind: SegmentKind,
    original: &str,
    language: &str,
    quote: bool,
) -> (Vec<Inline>, bool) {
    // The quotation marks are the reader's frame text, so they stay outside the span
    // that marks the original's language.
    let marked = |spans: &mut Spans, inline: Inline| {
        let held = spans.hold(vec![inline]);
        if quote { l.quoted(&held) } else { held }
    };
    let mut spans = Spans::default();
    match l.translation(kind, original) {
        Some(translation) => {
            let translation = marked(&mut spans, Inline::text(translation.to_owned()));
            let original = marked(&mut spans, in_language(l, original.to_owned(), language));
            let line = l.message(
                "free-text-translated",
                &[
                    ("translation", text(translation)),
                    ("original", text(original)),
                    (
                        "language",
                        text(l.message(&format!("language-{language}"), &[])),
                    ),
                ],
            );
            (spans.finish(&line), true)
        }
        None => {
            let line = marked(&mut spans, in_language(l, original.to_owned(), language));
            (spans.finish(&line), false)
        }
    }
}

/// Text in `language`, marked as such where it is not the reader's.
pub(crate) fn in_language(l: &Localizer, text: String, language: &str) -> Inline {
    if language == l.language() {
        Inline::text(text)
    } else {
        Inline::foreign(text, language)
    }
}

/// What a reader sees as an article's name: its title (with a translation where one
/// was given). An untitled article is named by its file as the command line named it
/// (by its file name alone where that was an absolute path, which says nothing to
/// anyone else), as "standard input", or as an untitled article.
pub(crate) fn article_name(l: &Localizer, a: &ArticleInfo) -> Vec<Inline> {
    if let Some(title) = &a.title {
        return free_text(l, SegmentKind::Title, title, "de", false).0;
    }
    if a.from_standard_input() {
        return vec![Inline::text(l.message("source-standard-input", &[]))];
    }
    match a.file.as_deref() {
        Some(file) => vec![Inline::Code {
            text: shown_file(file).to_owned(),
        }],
        None => vec![Inline::text(l.message("source-untitled", &[]))],
    }
}

/// A file name as a shared document shows it: relative names as given, absolute ones
/// by their last component.
fn shown_file(file: &str) -> &str {
    let absolute = file.starts_with(['/', '\\']) || file.get(1..3) == Some(":\\");
    if absolute {
        file.rsplit(['/', '\\'])
            .find(|part| !part.is_empty())
            .unwrap_or(file)
    } else {
        file
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
            let sheet = fact_sheet(&view, &view.organisations[0], &l);
            let md = crate::markdown::to_string(&sheet, &crate::Options::default());
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
            let name = |title, file| {
                let block = Block::Paragraph {
                    content: article_name(&l, &article(title, file)),
                };
                let document = Document {
                    title: String::new(),
                    lang: tag.to_owned(),
                    blocks: vec![block],
                };
                let md = crate::markdown::to_string(&document, &crate::Options::default());
                md.trim_end().to_owned()
            };
            assert_eq!(name(Some("Titel"), Some("a.txt")), "Titel", "{tag}");
            assert_eq!(name(Some("Titel"), Some("-")), "Titel", "{tag}");
            assert_eq!(name(None, Some("2022/a.txt")), "`2022/a.txt`", "{tag}");
            assert_eq!(name(None, Some("/home/x/2022/a.txt")), "`a.txt`", "{tag}");
            assert_eq!(name(None, Some("-")), stdin, "{tag}");
            assert_eq!(name(None, Some("./-")), "`./-`", "{tag}");
            assert_eq!(name(None, None), untitled, "{tag}");
            assert!(l.report().missing.is_empty(), "{tag}: {:?}", l.report());
        }
    }
}
