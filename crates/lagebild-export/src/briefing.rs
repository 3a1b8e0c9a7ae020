//! The briefing of a corpus as a [`Document`]: what changed in the period, a timeline,
//! the fact sheet of every organisation, a digest of every article, and one list of
//! sources for all of it. A briefing of a large corpus is written to a [`Sink`] block by
//! block, its digests a batch at a time, so that it is never held whole.

use crate::document::{Block, Document, Error, Head, Inline, Page, Sink, plain_text};
use crate::factsheet::{
    Composer, article_name, fact_sheet_body, force_id, free_text, renumber, source_entry,
    status_id, text, with_sources,
};
use crate::l10n::Localizer;
use crate::spans::Spans;
use crate::timeline::{Point, event_text, org_points, timeline_block};
use crate::translate::SegmentKind;
use fluent_bundle::FluentValue;
use lagebild_dossier::{Citation, DossierView};
use lagebild_model::{Dossier, EntityRef, Fact, When};
use rayon::prelude::*;
use std::collections::HashMap;

/// How many article digests are built in parallel before they are written.
const DIGEST_BATCH: usize = 512;

/// The briefing of `view` (built from `dossier`) in the localizer's language, whole.
/// For a large corpus, [`write_briefing`] writes it without holding it.
pub fn briefing(view: &DossierView, dossier: &Dossier, l: &Localizer) -> Document {
    let mut document = Document::empty();
    let Ok(()) = compose(view, dossier, l, &mut Collect(&mut document));
    document
}

/// A sink that cannot fail, for the whole-document builders.
struct Collect<'d>(&'d mut Document);

impl Collect<'_> {
    fn push(&mut self, block: Block) {
        self.0.blocks.push(block);
    }
}

/// Where briefing blocks go: a document being collected, or an encoder.
trait Out {
    type Error;
    fn begin(&mut self, head: Head<'_>) -> Result<(), Self::Error>;
    fn emit(&mut self, block: Block) -> Result<(), Self::Error>;
    fn end(&mut self) -> Result<(), Self::Error>;
}

impl Out for Collect<'_> {
    type Error = std::convert::Infallible;
    fn begin(&mut self, head: Head<'_>) -> Result<(), Self::Error> {
        head.title.clone_into(&mut self.0.title);
        head.lang.clone_into(&mut self.0.lang);
        Ok(())
    }
    fn emit(&mut self, block: Block) -> Result<(), Self::Error> {
        self.push(block);
        Ok(())
    }
    fn end(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

impl Out for &mut dyn Sink {
    type Error = Error;
    fn begin(&mut self, head: Head<'_>) -> Result<(), Error> {
        (**self).begin(head)
    }
    fn emit(&mut self, block: Block) -> Result<(), Error> {
        self.block(&block)
    }
    fn end(&mut self) -> Result<(), Error> {
        (**self).end()
    }
}

/// Writes the briefing of [`briefing`] to `sink` as it is built; stops at the first
/// error of the sink.
pub fn write_briefing(
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    mut sink: &mut dyn Sink,
) -> Result<(), Error> {
    compose(view, dossier, l, &mut sink)
}

fn compose<O: Out>(
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    out: &mut O,
) -> Result<(), O::Error> {
    // Every source is listed, in the view's order, and cited at least by its digest:
    // footnote numbers are the places in that list.
    let numbers: HashMap<usize, usize> = view
        .sources
        .iter()
        .enumerate()
        .map(|(index, s)| (s.number, index + 1))
        .collect();
    let title = l.message("briefing-title", &[]);
    out.begin(Head {
        title: &title,
        lang: l.language(),
    })?;
    let mut c = Composer::new(l);
    c.heading(1, vec![Inline::text(title.clone())]);
    overview(&mut c, view);
    if !view.organisations.is_empty() {
        c.section(2, "briefing-factsheets");
        for org in &view.organisations {
            let page = Page::FactSheet(org.org.as_str().to_owned());
            fact_sheet_body(&mut c, org, 3, Some(page));
            flush(&mut c, &numbers, out)?;
        }
    }
    // Facts the text ties to no organisation: in no fact sheet, but not lost.
    if !view.related.is_empty() {
        c.section(2, "briefing-related");
        let related = &view.related;
        crate::factsheet::stationed(&mut c, &related.stationed, 3);
        crate::factsheet::roles(&mut c, &related.roles, 3);
        crate::factsheet::quotes(&mut c, &related.quotes, 3);
        crate::factsheet::figures(&mut c, &related.figures, 3);
    }
    c.section(2, "briefing-digests");
    flush(&mut c, &numbers, out)?;
    let by_article = facts_by_article(dossier);
    // The digests are independent of each other: built in parallel, a batch at a time
    // (so that only a batch of them is held), and written in the order of the sources.
    for batch in view.sources.chunks(DIGEST_BATCH) {
        let built: Vec<Vec<Block>> = batch
            .par_iter()
            .map(|citation| {
                let mut c = Composer::new(l);
                digest_body(
                    &mut c,
                    citation,
                    article_facts(&by_article, citation),
                    3,
                    true,
                );
                let mut blocks = c.blocks;
                renumber(&mut blocks, &numbers);
                blocks
            })
            .collect();
        for block in built.into_iter().flatten() {
            out.emit(block)?;
        }
    }
    c.section(2, "section-sources");
    flush(&mut c, &numbers, out)?;
    // The sources list is written a batch of entries at a time too: one list of 20,000
    // entries would be held whole. Encoders continue the numbering across the blocks.
    for (batch_index, batch) in view.sources.chunks(DIGEST_BATCH).enumerate() {
        let first = batch_index * DIGEST_BATCH + 1;
        out.emit(Block::Sources {
            entries: batch
                .iter()
                .enumerate()
                .map(|(index, s)| source_entry(l, s, first + index))
                .collect(),
        })?;
    }
    out.end()
}

/// Writes the blocks built so far, with footnote numbers.
fn flush<O: Out>(
    c: &mut Composer<'_>,
    numbers: &HashMap<usize, usize>,
    out: &mut O,
) -> Result<(), O::Error> {
    renumber(&mut c.blocks, numbers);
    for block in c.blocks.drain(..) {
        out.emit(block)?;
    }
    Ok(())
}

/// The period, what changed in it and the timeline.
fn overview(c: &mut Composer<'_>, view: &DossierView) {
    let l = c.l;
    let dates: Vec<When> = view
        .sources
        .iter()
        .filter_map(|c| c.article.published)
        .collect();
    let first = dates.iter().min_by_key(|d| d.bounds().0);
    let last = dates.iter().max_by_key(|d| d.bounds().1);
    let period = l
        .compose("briefing-period")
        .number("sources", view.sources.len() as f64);
    // One date, a span, or none: each language words the three differently.
    let period = match (first, last) {
        (Some(from), Some(to)) => period
            .date("from", from)
            .date("to", to)
            .text("period", if from == to { "single" } else { "range" }),
        _ => {
            let unknown = l.maybe_date(None);
            period
                .text("from", unknown.clone())
                .text("to", unknown)
                .text("period", "undated")
        }
    };
    let period = match &view.as_of {
        Some(as_of) => period.date("asof", as_of),
        None => {
            let unknown = l.maybe_date(None);
            period
                .text("asof", unknown.clone())
                .text("asof_in", unknown)
                .text("asof_precision", "unknown")
        }
    }
    .format();
    c.paragraph(vec![Inline::text(period)]);

    let in_period = |w: &When| {
        let (from, to) = w.bounds();
        first.is_none_or(|f| to >= f.bounds().0)
            && view
                .as_of
                .or(last.copied())
                .is_none_or(|l| from <= l.bounds().1)
    };
    // What changed: status changes and deployments, oldest first.
    let mut changes: Vec<(Option<When>, Vec<Inline>)> = Vec::new();
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
            // A change from one status to another names the organisation beside the
            // statuses; any other change is the fact sheet's sentence with it.
            let line = match change.from {
                Some(from) => l.message(
                    "briefing-change-line",
                    &[
                        ("date", text(crate::factsheet::change_date(l, change))),
                        ("state", text(l.state(change.state.as_str()))),
                        ("from", text(l.message(status_id(from), &[]))),
                        ("to", text(l.message(status_id(change.to), &[]))),
                        ("org", text(org_name.clone())),
                    ],
                ),
                None => l.message(
                    "briefing-change",
                    &[
                        ("change", text(crate::factsheet::change_line(l, change))),
                        ("org", text(org_name.clone())),
                    ],
                ),
            };
            changes.push((change.when(), c.cited(line, &change.sources)));
        }
        for deployment in &org.deployments {
            let line = l
                .compose("change-deployment")
                .name("org", &EntityRef::Org(org.org.clone()))
                .name("host", &EntityRef::State(deployment.host.clone()))
                .format();
            let line = match &deployment.start {
                Some(start) => l.message(
                    "briefing-deployment-dated",
                    &[("date", text(l.date(start))), ("deployment", text(line))],
                ),
                None => line,
            };
            changes.push((deployment.start, c.cited(line, &deployment.sources)));
        }
        points.extend(org_points(org, l));
    }
    c.section(2, "briefing-changes");
    if changes.is_empty() {
        c.paragraph(vec![Inline::text(l.message("briefing-no-changes", &[]))]);
    } else {
        changes.sort_by_key(|(date, _)| (date.is_none(), date.map(|d| d.bounds().0)));
        c.list(changes.into_iter().map(|(_, line)| line).collect());
    }
    if !points.is_empty() {
        c.section(2, "briefing-timeline");
        let label = l.message("briefing-timeline", &[]);
        c.blocks.push(timeline_block(l, label, &mut points));
    }
}

/// The facts of each article, found in one pass over the observations (a filter per
/// article made briefings of 20,000 articles quadratic).
fn facts_by_article(dossier: &Dossier) -> HashMap<&str, Vec<&Fact>> {
    let mut index: HashMap<&str, Vec<&Fact>> = HashMap::new();
    for record in &dossier.observations {
        index
            .entry(&*record.provenance.article)
            .or_default()
            .push(&record.fact);
    }
    index
}

fn article_facts<'f, 'd>(
    by_article: &'f HashMap<&str, Vec<&'d Fact>>,
    citation: &Citation,
) -> &'f [&'d Fact] {
    by_article
        .get(citation.article.id.as_str())
        .map_or(&[][..], Vec::as_slice)
}

/// The digest of one article as a document of its own, with its source listed.
pub fn digest(
    view: &DossierView,
    dossier: &Dossier,
    citation: &Citation,
    l: &Localizer,
) -> Document {
    let facts: Vec<&Fact> = dossier
        .observations
        .iter()
        .filter(|r| *r.provenance.article == *citation.article.id)
        .map(|r| &r.fact)
        .collect();
    standalone_digest(view, citation, &facts, &citing_sheets(view), l)
}

/// For each source number, the organisations (by their index in `view`) whose fact
/// sheets cite it: worked out once for all digests.
fn citing_sheets(view: &DossierView) -> HashMap<usize, Vec<usize>> {
    let mut citing: HashMap<usize, Vec<usize>> = HashMap::new();
    for (index, org) in view.organisations.iter().enumerate() {
        for number in org.cited_sources() {
            citing.entry(number).or_default().push(index);
        }
    }
    citing
}

/// The digest of every source of `view`, in the order of the sources, each handed to
/// `each` as it is built (a batch at a time, in parallel): a corpus's digests are never
/// held at once. Stops at the first error `each` returns.
pub fn digests<E: Send>(
    view: &DossierView,
    dossier: &Dossier,
    l: &Localizer,
    mut each: impl FnMut(&Citation, Document) -> Result<(), E>,
) -> Result<(), E> {
    let by_article = facts_by_article(dossier);
    let citing = citing_sheets(view);
    for batch in view.sources.chunks(DIGEST_BATCH) {
        let built: Vec<Document> = batch
            .par_iter()
            .map(|citation| {
                let facts = article_facts(&by_article, citation);
                standalone_digest(view, citation, facts, &citing, l)
            })
            .collect();
        for (citation, document) in batch.iter().zip(built) {
            each(citation, document)?;
        }
    }
    Ok(())
}

fn standalone_digest(
    view: &DossierView,
    citation: &Citation,
    facts: &[&Fact],
    citing: &HashMap<usize, Vec<usize>>,
    l: &Localizer,
) -> Document {
    let mut c = Composer::new(l);
    digest_body(&mut c, citation, facts, 1, false);
    // The way from the article to the fact sheets that cite it, as they link to it.
    let sheets: Vec<Vec<Inline>> = citing
        .get(&citation.number)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|&index| &view.organisations[index])
        .map(|org| {
            vec![Inline::Link {
                target: Page::FactSheet(org.org.as_str().to_owned()),
                content: vec![Inline::text(l.org(org.org.as_str()))],
            }]
        })
        .collect();
    if !sheets.is_empty() {
        c.section(2, "digest-factsheets");
        c.list(sheets);
    }
    let title = plain_text(&article_name(l, citation.article));
    Document {
        title,
        lang: l.language().to_owned(),
        blocks: with_sources(c, view),
    }
}

/// The digest of one article: title, date and source, lead and subheadings in their own
/// language, and every fact found in it as a sentence of the reader's language. Its
/// title is at heading `level` and links to the article's own page where `link` is set.
fn digest_body(c: &mut Composer<'_>, citation: &Citation, facts: &[&Fact], level: u8, link: bool) {
    let l = c.l;
    let a = &citation.article;
    let name = article_name(l, a);
    let mut heading = if link {
        vec![Inline::Link {
            target: Page::Article(citation.number),
            content: name,
        }]
    } else {
        name
    };
    heading.push(c.cited.cite(&[citation.number]));
    c.heading(level, heading);
    let date = a
        .published
        .map_or_else(|| l.message("source-undated", &[]), |d| l.date(&d));
    let source = a.source.clone().unwrap_or_default();
    let meta = l.message(
        "digest-meta",
        &[("date", text(date)), ("source", text(source))],
    );
    c.paragraph(vec![Inline::text(meta.trim_end_matches([',', ' ']))]);
    // Articles are German: their own text is marked as such, not translated.
    let language = l.message("language-de", &[]);
    if let Some(lead) = &a.lead {
        let (lead, translated) = free_text(l, SegmentKind::Lead, lead, "de", false);
        // Text in the reader's own language needs no "(in German)": the same line as a
        // translated one.
        let id = if translated || l.language() == "de" {
            "digest-lead-translated"
        } else {
            "digest-lead"
        };
        let mut spans = Spans::default();
        let lead = spans.hold(lead);
        let line = l.message(
            id,
            &[("language", text(language.clone())), ("lead", text(lead))],
        );
        c.paragraph(spans.finish(&line));
    }
    if !a.headings.is_empty() {
        let mut any_translated = false;
        let mut spans = Spans::default();
        let headings: Vec<String> = a
            .headings
            .iter()
            .map(|h| {
                let (heading, translated) = free_text(l, SegmentKind::Heading, h, "de", false);
                any_translated |= translated;
                spans.hold(heading)
            })
            .collect();
        let id = if any_translated || l.language() == "de" {
            "digest-headings-translated"
        } else {
            "digest-headings"
        };
        let line = l.message(
            id,
            &[
                ("language", text(language)),
                ("headings", text(l.joined("join-headings", &headings))),
            ],
        );
        c.paragraph(spans.finish(&line));
    }
    c.section(level + 1, "digest-facts");
    if facts.is_empty() {
        c.paragraph(vec![Inline::text(l.message("digest-no-facts", &[]))]);
        return;
    }
    let items = facts.iter().map(|fact| fact_sentence(fact, l)).collect();
    c.list(items);
}

/// One fact as a sentence of the reader's language; a quotation keeps its own.
pub(crate) fn fact_sentence(fact: &Fact, l: &Localizer) -> Vec<Inline> {
    if let Fact::Quote {
        speaker,
        text: words,
        language,
    } = fact
    {
        let speaker = speaker.as_ref().map_or_else(
            || l.message("quote-speaker-unknown", &[]),
            |s| l.person(s.as_str()),
        );
        let mut spans = Spans::default();
        let words = spans.hold(free_text(l, SegmentKind::Quote, words, language, true).0);
        let line = l.message(
            "fact-quote",
            &[("speaker", text(speaker)), ("text", text(words))],
        );
        return spans.finish(&line);
    }
    vec![Inline::text(fact_line(fact, l))]
}

fn fact_line(fact: &Fact, l: &Localizer) -> String {
    match fact {
        Fact::Founded { org, date } => l
            .compose("fact-founded")
            .name("org", &EntityRef::Org(org.clone()))
            .date("date", date)
            .format(),
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
        Fact::Deployment(deployment) => l
            .compose("fact-deployment")
            .name("actor", &deployment.actor)
            .name("host", &EntityRef::State(deployment.host.clone()))
            .format(),
        Fact::Stationed {
            state,
            location,
            troops,
            planned,
        } => {
            let troops = troops.as_ref().map_or_else(String::new, |t| l.troops(t));
            let troops = crate::factsheet::planned_troops(l, troops, planned.as_ref());
            l.compose("fact-stationed")
                .name("state", &EntityRef::State(state.clone()))
                .name("location", &location.at)
                .text("troops", troops)
                .format()
        }
        Fact::Role { person, role, .. } => l.message(
            "fact-role",
            &[
                ("person", text(l.person(person.as_str()))),
                ("role", text(l.role(role))),
            ],
        ),
        Fact::Quote { .. } => String::new(),
        Fact::Figure {
            quantity, counts, ..
        } => l
            .compose("fact-figure")
            .text("quantity", l.quantity(quantity))
            .text("counts", counted(l, counts))
            .text("qualifier", crate::l10n::qualifier_key(quantity.qualifier))
            .format(),
        Fact::Event {
            event_type, place, ..
        } => event_text(l, *event_type, place.as_ref()),
    }
}

/// What a figure counts, in the reader's language where a `counted-*` message exists;
/// otherwise the German noun as the article printed it.
pub(crate) fn counted(l: &Localizer, noun: &str) -> String {
    l.optional_message(&format!("counted-{}", crate::l10n::message_key(noun)), &[])
        .unwrap_or_else(|| noun.to_owned())
}
