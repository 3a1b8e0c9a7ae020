//! Runs the fact rules over an article's running text, sentence by sentence, and gives
//! each fact the provenance of the sentence it came from.

pub(crate) mod deployments;
pub(crate) mod events;
pub(crate) mod forces;
pub(crate) mod membership;
pub(crate) mod people;

use crate::context::{ArticleContext, Prepared, Sentence, Spans};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::sentence::sentences;
use lagebild_model::{
    ArticleFacts, ArticleInfo, CalendarDate, EntityKind, EntityMention, FACTS_SCHEMA, FactRecord,
    Provenance, When,
};
use lagebild_parse::{Article, BlockKind};
use std::borrow::Cow;

/// How often an article names an organisation for it to be in focus in every paragraph
/// that names none.
const ARTICLE_FOCUS_MENTIONS: u32 = 2;

/// The article's publication date as an anchor for relative dates, with its precision.
fn anchor_of(article: &Article) -> Option<CalendarDate> {
    article
        .meta
        .published
        .and_then(|d| match (d.get_month(), d.get_day()) {
            (Some(m), Some(day)) => CalendarDate::ymd(i32::from(d.get_year()), m, day),
            (Some(m), None) => CalendarDate::year_month(i32::from(d.get_year()), m),
            _ => CalendarDate::year(i32::from(d.get_year())),
        })
}

/// Every date expression in the article's running text with the date it resolves to,
/// as `(text as written, date)`. For evaluation and debugging: this is what the fact
/// rules see.
pub fn date_expressions(article: &Article) -> Vec<(String, When)> {
    let anchor = anchor_of(article);
    article
        .body()
        .flat_map(|block| {
            crate::when::find_dates(&block.text, anchor)
                .into_iter()
                .map(|m| (block.text[m.start..m.end].to_owned(), m.when))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Extracts the facts and entity mentions of one article with the built-in gazetteer.
/// `id` names the article in every provenance (usually the file stem).
pub fn extract(article: &Article, id: &str) -> ArticleFacts {
    Extractor::default().extract(article, id)
}

/// Reads articles with a given [`Gazetteer`] and [`Lexicon`]: the built-in ones (the
/// default) or ones with an analyst's own names and words added.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("lagebild-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// use lagebild_extract::{Extractor, Gazetteer, Lexicon};
/// // A person the built-in gazetteer does not know, with a variant and a role.
/// std::fs::write(dir.join("people.tsv"), "Ilse Brandauer\tBrandauer\tGeneralin@AT\n").unwrap();
/// let gazetteer = Gazetteer::with_additions(&dir).unwrap().leak();
/// let extractor = Extractor::new(gazetteer, Lexicon::builtin());
///
/// let page = "Wien\n\nBesuch im Kosovo\n\n03.04.2025 | APA\n\nBrandauer traf in Pristina Soldaten der KFOR.\n";
/// let article = lagebild_parse::parse(page.as_bytes()).unwrap();
/// let facts = extractor.extract(&article, "besuch");
/// assert!(facts.entities.iter().any(|e| e.id == "Ilse Brandauer"));
/// // The built-in gazetteer alone does not know her.
/// let plain = lagebild_extract::extract(&article, "besuch");
/// assert!(!plain.entities.iter().any(|e| e.id == "Ilse Brandauer"));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
///
/// A word the built-in lexicon lacks, added to a trigger table from the analyst's
/// `lexicon.tsv` (see [`Lexicon::with_additions`]):
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("lagebild-doc-lexicon-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// use lagebild_extract::{Extractor, Gazetteer, Lexicon};
/// use lagebild_model::{Fact, MembershipStatus};
/// // `pausiert` as a word for a suspended membership.
/// std::fs::write(dir.join("lexicon.tsv"), "suspended\tpausiert\tanalyst's addition\n").unwrap();
/// let lexicon = Lexicon::with_additions(&dir).unwrap().leak();
/// let extractor = Extractor::new(Gazetteer::builtin(), lexicon);
///
/// let page = "Kaukasus\n\nEriwan geht auf Distanz\n\n23.02.2024, 09:00 Uhr | dpa\n\n\
///     Armenien hat seine Mitgliedschaft in der OVKS pausiert.\n";
/// let article = lagebild_parse::parse(page.as_bytes()).unwrap();
/// let suspended = |facts: &lagebild_model::ArticleFacts| facts.facts.iter().any(|f| {
///     matches!(&f.fact, Fact::Membership { status: MembershipStatus::Suspended, .. })
/// });
/// assert!(suspended(&extractor.extract(&article, "distanz")));
/// // The built-in lexicon alone does not read `pausiert` so.
/// assert!(!suspended(&lagebild_extract::extract(&article, "distanz")));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Extractor {
    gazetteer: &'static Gazetteer,
    lexicon: &'static Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Gazetteer::builtin(), Lexicon::builtin())
    }
}

impl Extractor {
    /// An extractor that knows the names of `gazetteer` and the words of `lexicon`.
    pub fn new(gazetteer: &'static Gazetteer, lexicon: &'static Lexicon) -> Self {
        Extractor { gazetteer, lexicon }
    }

    /// Extracts the facts and entity mentions of one article. `id` names the article
    /// in every provenance (usually the file stem).
    pub fn extract(&self, article: &Article, id: &str) -> ArticleFacts {
        extract_with(article, id, self.gazetteer, self.lexicon)
    }
}

/// The longest sentence (bytes) a provenance quotes whole. Every fact carries its
/// sentence into the JSON, so a "sentence" of a megabyte that names two hundred states
/// (a list, or a page without full stops) would be written two hundred times: the
/// output would grow with the sentence's length times its facts. News sentences stay far
/// below this; a longer one is quoted by its first `QUOTED_MAX_BYTES` and `…`, and the
/// provenance's line and span still say where all of it is.
pub const QUOTED_MAX_BYTES: usize = 4096;

/// The sentence as a provenance quotes it (see [`QUOTED_MAX_BYTES`]).
fn quoted(sentence: &str) -> std::sync::Arc<str> {
    if sentence.len() <= QUOTED_MAX_BYTES {
        return sentence.into();
    }
    let cut = sentence.floor_char_boundary(QUOTED_MAX_BYTES);
    format!("{}…", &sentence[..cut]).into()
}

/// The most running text (bytes) whose sentences are prepared at once. The rules need
/// the whole article's entity counts first (the topic organisation), so a page longer
/// than this is prepared twice, a batch at a time: once to count and once for the rules.
/// Extraction's memory then stays at a few times this size however long the page, and a
/// news article (tens of kilobytes) is prepared once, as a single batch.
const BATCH_BYTES: usize = 4 << 20;

/// Consecutive ranges of `texts` of at most `limit` bytes each (a longer sentence is a
/// batch of its own).
fn batches(texts: &[&str], limit: usize) -> Vec<std::ops::Range<usize>> {
    let mut batches = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, text) in texts.iter().enumerate() {
        if bytes + text.len() > limit && i > start {
            batches.push(start..i);
            (start, bytes) = (i, 0);
        }
        bytes += text.len();
    }
    if start < texts.len() {
        batches.push(start..texts.len());
    }
    batches
}

fn extract_with(
    article: &Article,
    id: &str,
    gazetteer: &'static Gazetteer,
    lexicon: &'static Lexicon,
) -> ArticleFacts {
    extract_in_batches(article, id, gazetteer, lexicon, BATCH_BYTES)
}

/// [`extract_with`] with batches of at most `batch_limit` bytes (tests use small ones).
fn extract_in_batches(
    article: &Article,
    id: &str,
    gazetteer: &'static Gazetteer,
    lexicon: &'static Lexicon,
    batch_limit: usize,
) -> ArticleFacts {
    let anchor = article
        .meta
        .published
        .and_then(|d| match (d.get_month(), d.get_day()) {
            (Some(m), Some(day)) => CalendarDate::ymd(i32::from(d.get_year()), m, day),
            (Some(m), None) => CalendarDate::year_month(i32::from(d.get_year()), m),
            _ => CalendarDate::year(i32::from(d.get_year())),
        });
    // The anchor keeps its precision: a month is enough to place `am 6. Januar`, while
    // weekdays and weeks resolve only against a full day (see `when`).

    // Entities: title and running text, never dropped lines.
    // (kind, id, mentions, the gazetteer's entry): entries are told apart by their
    // canonical index, not by comparing ids (that lookup per mention and per entity was
    // a twentieth of extraction).
    // Ids borrow the built-in gazetteer's (it lives as long as the program).
    // Room for the distinct entities of a long report: growing the list one push at a
    // time was a few reallocations per article.
    let mut counts: Vec<(EntityKind, Cow<'static, str>, u32, Option<usize>)> =
        Vec::with_capacity(32);
    fn count(
        counts: &mut Vec<(EntityKind, Cow<'static, str>, u32, Option<usize>)>,
        entry: usize,
        gazetteer: &'static Gazetteer,
    ) {
        let entry = gazetteer.canonical(entry);
        match counts.iter_mut().find(|c| c.3 == Some(entry)) {
            Some(counted) => counted.2 += 1,
            None => {
                let e = gazetteer.entry(entry);
                counts.push((e.kind, Cow::Borrowed(e.id.as_str()), 1, Some(entry)));
            }
        }
    }
    // The running text is split into sentences and searched for names once: the
    // mentions count toward the article's entities here (the rules need the topic
    // organisation first) and are handed to the rules' sentences below. Titles and
    // headings are counted as whole blocks.
    // Each sentence's lowercase text, mentions and trigger answers are ranges of one
    // list each for the article (lists per sentence were allocations per sentence),
    // sized for about a sentence per 80 bytes (news prose has some 90).
    let body_bytes: usize = article
        .blocks
        .iter()
        .filter(|b| b.kind.is_body())
        .map(|b| b.text.len())
        .sum();
    // Lists for one batch of sentences at most: a page of many megabytes is prepared a
    // batch at a time (see `BATCH_BYTES`).
    let batch_bytes = body_bytes.min(batch_limit);
    let mut running: Vec<(&lagebild_parse::Block, usize, usize, Spans)> =
        Vec::with_capacity(batch_bytes / 80 + 1);
    let mut prepared = Prepared::for_article(batch_bytes);
    // The running text's sentences are prepared all at once, their walks side by side
    // (see `Prepared::add_all`); then titles and headings are prepared and forgotten
    // in their places, so that names count in text order.
    let is_running_text =
        |block: &lagebild_parse::Block| block.kind.is_body() && block.kind != BlockKind::Heading;
    let mut bounds: Vec<(&lagebild_parse::Block, usize, usize)> =
        Vec::with_capacity(body_bytes / 80 + 1);
    // How many sentences each running-text block has, in order.
    let mut per_block: Vec<usize> = Vec::with_capacity(article.blocks.len());
    for block in article.blocks.iter().filter(|b| is_running_text(b)) {
        let before = bounds.len();
        bounds.extend(
            sentences(&block.text)
                .into_iter()
                .map(|(start, end)| (block, start, end)),
        );
        per_block.push(bounds.len() - before);
    }
    let texts: Vec<&str> = bounds
        .iter()
        .map(|&(block, start, end)| &block.text[start..end])
        .collect();
    let batches = batches(&texts, batch_limit);
    let one_batch = batches.len() <= 1;
    // Each heading's line and the host state it names (`Estland: Briten führen`).
    let mut sections: Vec<(u32, Option<&'static str>)> = Vec::new();
    // The batch whose sentences are prepared now, and their spans.
    let mut batch_spans: std::vec::IntoIter<Spans> = Vec::new().into_iter();
    let mut next_batch = batches.iter();
    let mut sentence = 0;
    let mut per_block = per_block.into_iter();
    // The entities the title and lead name: what the article is about.
    let mut headline: Vec<usize> = Vec::new();
    for block in article
        .blocks
        .iter()
        .filter(|b| b.kind.is_body() || b.kind == BlockKind::Title)
    {
        if is_running_text(block) {
            let own = per_block.next().unwrap_or(0);
            for _ in 0..own {
                if batch_spans.len() == 0
                    && let Some(batch) = next_batch.next()
                {
                    // Counting is all the first pass does with a batch of a long page;
                    // its lists are let go before the next batch is prepared.
                    if !one_batch {
                        prepared.clear();
                    }
                    batch_spans = prepared
                        .add_all(lexicon, gazetteer, &texts[batch.clone()])
                        .into_iter();
                }
                let (Some(spans), Some(&(block, start, end))) =
                    (batch_spans.next(), bounds.get(sentence))
                else {
                    break;
                };
                sentence += 1;
                for mention in prepared.mentions(&spans) {
                    count(&mut counts, mention.entry, gazetteer);
                    if matches!(block.kind, BlockKind::Title | BlockKind::Lead) {
                        headline.push(gazetteer.canonical(mention.entry));
                    }
                }
                if one_batch {
                    running.push((block, start, end, spans));
                }
            }
            continue;
        }
        let spans = prepared.add(lexicon, gazetteer, &block.text);
        for mention in prepared.mentions(&spans) {
            count(&mut counts, mention.entry, gazetteer);
            if matches!(block.kind, BlockKind::Title | BlockKind::Lead) {
                headline.push(gazetteer.canonical(mention.entry));
            }
        }
        if block.kind == BlockKind::Heading {
            let host = deployments::section_host(&block.text, prepared.mentions(&spans), gazetteer);
            sections.push((block.lines.start, host));
        }
        prepared.forget(&spans);
    }
    // The most mentioned organisation; on a tie, the one mentioned first (usually in the
    // title or lead).
    let topic_org = counts
        .iter()
        .enumerate()
        .filter(|(_, (kind, ..))| *kind == EntityKind::Org)
        .max_by_key(|(index, (_, _, n, _))| (*n, std::cmp::Reverse(*index)))
        .map(|(_, (_, id, ..))| id.to_string());
    // An organisation the title or lead names, or the article names again and again, is
    // in focus wherever a paragraph names no other; one named once further down is a
    // passing mention, and ties nothing to itself.
    let article_focus = counts
        .iter()
        .filter(|(kind, _, n, entry)| {
            *kind == EntityKind::Org
                && (*n >= ARTICLE_FOCUS_MENTIONS || entry.is_some_and(|e| headline.contains(&e)))
        })
        .max_by_key(|(_, _, n, _)| *n)
        .map(|(_, id, ..)| id.to_string());
    let org_entries = counts
        .iter()
        .filter(|(kind, ..)| *kind == EntityKind::Org)
        .filter_map(|(.., entry)| *entry)
        .collect();
    let context = ArticleContext {
        gazetteer,
        anchor,
        topic_org,
        org_entries,
        lexicon,
        described_orgs: std::cell::OnceCell::new(),
    };

    let mut facts: Vec<FactRecord> = Vec::with_capacity(16);
    let mut known_people: Vec<String> = Vec::new();
    let mut last_person: Option<Cow<'_, str>> = None;
    let mut last_base = None;
    // The force the sentence before named, for a pronoun that continues it.
    let mut last_force: Option<lagebild_model::Fact> = None;
    // The gazetteer entry of the latest place named; made an EntityRef only when a rule
    // takes it (a copy of its id per sentence before).
    let mut last_place: Option<usize> = None;
    // The states the current paragraph named, latest last, and the paragraph: where `im
    // Land` and `dort` are when no place was named.
    let mut paragraph_states: (u32, Vec<&str>) = (u32::MAX, Vec::new());
    let mut deployments = deployments::Deployments::default();
    let mut earlier_states = membership::EarlierStates::default();
    // Where each sentence stands; its provenance (which copies the sentence) is made
    // only for sentences that yield a fact, which most do not.
    let mut sentence_positions: Vec<(&lagebild_parse::Block, usize, usize)> =
        Vec::with_capacity(running.len());
    // One shared copy of the id for every provenance of the article.
    let article_id: std::sync::Arc<str> = id.into();
    let provenance_of = |block: &lagebild_parse::Block, start: usize, end: usize| Provenance {
        article: article_id.clone(),
        line: block.lines.start,
        span: [
            u32::try_from(start).unwrap_or(u32::MAX),
            u32::try_from(end).unwrap_or(u32::MAX),
        ],
        sentence: quoted(&block.text[start..end]),
    };
    let mut title_people: Vec<String> = Vec::new();
    // One sentence's fact list serves the next.
    let mut found = Vec::with_capacity(8);
    let mut sections = sections.into_iter().peekable();
    // The organisation the current paragraph last named, and the paragraph.
    let mut focus: Option<(u32, &str)> = None;
    // The date the current paragraph last gave with its year, and the paragraph.
    let mut story: Option<(u32, CalendarDate)> = None;
    // The latest date a sentence of the current paragraph gave, and the paragraph.
    let mut paragraph_date: Option<(u32, lagebild_model::When)> = None;
    // The latest day any sentence named (`in der Nacht zum 6. Januar`): what `am selben
    // Tag` refers to.
    let mut last_day: Option<lagebild_model::When> = None;
    // A page of one batch has its sentences prepared from the counting above; a longer
    // one is prepared again, a batch at a time, for the rules.
    let mut later_batches = batches.iter().filter(|_| !one_batch);
    loop {
        let running = if one_batch {
            std::mem::take(&mut running)
        } else {
            let Some(batch) = later_batches.next() else {
                break;
            };
            prepared.clear();
            let spans = prepared.add_all(lexicon, gazetteer, &texts[batch.clone()]);
            bounds[batch.clone()]
                .iter()
                .zip(spans)
                .map(|(&(block, start, end), spans)| (block, start, end, spans))
                .collect()
        };
        if running.is_empty() {
            break;
        }
        for (block, start, end, spans) in running {
            // A heading between the last sentence and this one opens a section.
            while let Some((_, host)) = sections.next_if(|(line, _)| *line < block.lines.start) {
                deployments.enter_section(host);
            }
            let paragraph = block.lines.start;
            let sentence =
                Sentence::prepared(&block.text[start..end], lexicon, &prepared, &spans, anchor)
                    .in_story(story.filter(|(p, _)| *p == paragraph).map(|(_, date)| date));
            if let Some(date) = sentence.story_date() {
                story = Some((paragraph, date));
            }
            membership::extract(&sentence, &context, &earlier_states, &mut found);
            let paragraph_focus = focus.filter(|(p, _)| *p == paragraph).map(|(_, org)| org);
            forces::force(&sentence, &context, paragraph_focus, &mut found);
            forces::force_continued(&sentence, last_force.as_ref(), &mut found);
            last_force = found
                .iter()
                .rev()
                .find(|f| matches!(f, lagebild_model::Fact::Force { .. }))
                .cloned();
            if paragraph_states.0 != paragraph {
                paragraph_states = (paragraph, Vec::new());
            }
            forces::stationed(
                &sentence,
                &context,
                &mut last_base,
                (last_place, &paragraph_states.1),
                &mut found,
            );
            let people = people::people(&sentence, &context, &mut known_people);
            // A title's name may still be the gazetteer's; one the gazetteer named is.
            for person in people.iter().filter(|p| !p.in_gazetteer) {
                if gazetteer.find(EntityKind::Person, &person.id).is_none() {
                    title_people.push(person.id.to_string());
                }
            }
            people::roles(&sentence, &context, &people, &mut found);
            people::quotes(&sentence, &people, last_person.as_deref(), &mut found);
            let position = if block.kind == BlockKind::Lead {
                events::Position::Lead
            } else {
                events::Position::Body
            };
            events::event(&sentence, &context, position, &mut found);
            events::figures(&sentence, &mut found);
            // A sentence that states troops stationed somewhere is not also a deployment.
            if !found
                .iter()
                .any(|f| matches!(f, lagebild_model::Fact::Stationed { .. }))
            {
                deployments.add(
                    sentence_positions.len(),
                    &sentence,
                    &context,
                    (last_place, &paragraph_states.1),
                    (
                        paragraph_date
                            .filter(|(p, _)| *p == paragraph)
                            .map(|(_, when)| when),
                        last_day,
                    ),
                );
            }
            // A sentence that speaks of a mission (`Ihren größten Einsatz hatte die Truppe
            // im März 2011`) dates what the paragraph tells of it next; the widest date
            // (`März 2011`, not the `2011` inside it).
            if sentence.has_any(crate::lexicon::Table::DeployWords)
                && let Some(date) = sentence.dates().iter().rev().find(|d| {
                    !sentence.dates().iter().any(|o| {
                        o.start <= d.start && o.end >= d.end && (o.start, o.end) != (d.start, d.end)
                    })
                })
            {
                paragraph_date = Some((paragraph, date.when));
            }
            // Only a sentence with a month's name or a numeric date can name a day: the
            // dates of the others are never parsed for this.
            let may_name_day = sentence.has_any(crate::lexicon::Table::MonthNames)
                || sentence
                    .text
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
            if may_name_day
                && let Some(day) = sentence.dates().iter().rev().find_map(|d| match d.when {
                    lagebild_model::When::Date(date) if date.get_day().is_some() => Some(d.when),
                    _ => None,
                })
            {
                last_day = Some(day);
            }
            sentence_positions.push((block, start, end));
            earlier_states.update(&sentence, &context);
            for m in sentence.mentions.iter() {
                let entry = gazetteer.entry(m.entry);
                if entry.kind == EntityKind::State && m.form != crate::gazetteer::Form::Adjective {
                    let states = &mut paragraph_states.1;
                    states.retain(|s| *s != entry.id.as_str());
                    states.push(entry.id.as_str());
                }
            }
            if let Some(place) = sentence
                .mentions
                .iter()
                .rev()
                .find(|m| gazetteer.entry(m.entry).kind == EntityKind::Place)
            {
                last_place = Some(place.entry);
            }
            if let Some(person) = people.last() {
                last_person = Some(person.id.clone());
            }
            // The organisation the sentence names or refers to, else the one in focus in
            // its paragraph, else the article's.
            let named = sentence.org(&context);
            if let Some(org) = named {
                focus = Some((paragraph, org));
            }
            let about = named
                .or(focus.filter(|(p, _)| *p == paragraph).map(|(_, org)| org))
                .or(article_focus.as_deref())
                .map(lagebild_model::OrgId::new);
            let mut provenance: Option<Provenance> = None;
            for fact in found.drain(..) {
                if !facts.iter().any(|f| f.fact == fact) {
                    let provenance = provenance
                        .get_or_insert_with(|| provenance_of(block, start, end))
                        .clone();
                    facts.push(FactRecord {
                        fact,
                        provenance,
                        about: about.clone(),
                    });
                }
            }
        }
    }
    membership::date_founding_members(&mut facts, lexicon);
    membership::settle_left_members(&mut facts);
    forces::drop_unsized_repeats(&mut facts);
    for (anchor, fact) in deployments.finish(&context) {
        if let Some(&(block, start, end)) = sentence_positions
            .get(anchor)
            .or(sentence_positions.first())
        {
            facts.push(FactRecord {
                fact,
                provenance: provenance_of(block, start, end),
                about: None,
            });
        }
    }
    // A headline often names the event (`Gipfel in Washington: …`) that the text then
    // only calls `der Gipfel`; it counts when the text gave no event of that kind.
    if let Some(title) = article.blocks.iter().find(|b| b.kind == BlockKind::Title) {
        // Prepared into the article's lists again (its names were counted above).
        let spans = prepared.add(lexicon, gazetteer, &title.text);
        let sentence = Sentence::prepared(&title.text, lexicon, &prepared, &spans, anchor);
        events::event(&sentence, &context, events::Position::Title, &mut found);
        drop(sentence);
        for fact in found.drain(..) {
            let lagebild_model::Fact::Event { event_type, .. } = &fact else {
                continue;
            };
            let known = facts.iter().any(
                |f| matches!(&f.fact, lagebild_model::Fact::Event { event_type: t, .. } if t == event_type),
            );
            if !known {
                facts.push(FactRecord {
                    fact,
                    provenance: Provenance {
                        article: article_id.clone(),
                        line: title.lines.start,
                        span: [0, u32::try_from(title.text.len()).unwrap_or(u32::MAX)],
                        sentence: quoted(&title.text),
                    },
                    about: None,
                });
            }
        }
    }
    prepared.recycle();
    // A base named without a count (`unterhält eine Basis in Gjumri`) says nothing more
    // once a sentence gives its troops (`Dort dienen etwa 3.000 Soldaten`).
    let counted: Vec<(lagebild_model::StateId, lagebild_model::Location)> = facts
        .iter()
        .filter_map(|f| match &f.fact {
            lagebild_model::Fact::Stationed {
                state,
                location,
                troops: Some(_),
                ..
            } => Some((state.clone(), location.clone())),
            _ => None,
        })
        .collect();
    if !counted.is_empty() {
        facts.retain(|f| match &f.fact {
            lagebild_model::Fact::Stationed {
                state,
                location,
                troops: None,
                ..
            } => !counted.iter().any(|(s, l)| s == state && l == location),
            _ => true,
        });
    }
    // People named with a title whom the gazetteer does not know (no entry).
    for person in title_people {
        match counts
            .iter_mut()
            .find(|c| c.0 == EntityKind::Person && c.1 == person)
        {
            Some(counted) => counted.2 += 1,
            None => counts.push((EntityKind::Person, Cow::Owned(person), 1, None)),
        }
    }

    let mut entities: Vec<EntityMention> = counts
        .into_iter()
        .map(|(kind, id, mentions, entry)| {
            let name = entry.map_or_else(
                || id.clone(),
                |i| Cow::Borrowed(gazetteer.entry(i).name.as_str()),
            );
            EntityMention {
                kind,
                id,
                name,
                mentions,
            }
        })
        .collect();
    entities.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    ArticleFacts {
        schema: FACTS_SCHEMA.to_owned(),
        article: ArticleInfo {
            id: id.to_owned(),
            file: None,
            title: article.meta.title.clone(),
            published: anchor.map(When::Date),
            source: article.meta.source.clone(),
            lead: article.lead().map(str::to_owned),
            headings: article
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Heading)
                .map(|b| b.text.to_string())
                .collect(),
        },
        entities,
        facts,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    /// `extra` and every line of our own pages (examples, evaluation sets, regression
    /// pages, fixtures): the texts that tests compare a fast path with its definition on.
    pub(crate) fn page_lines(extra: &[&str]) -> Vec<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut texts: Vec<String> = extra.iter().map(|t| (*t).to_owned()).collect();
        for dir in [
            "examples/articles",
            "tests/eval",
            "tests/eval-heldout",
            "tests/regressions",
            "tests/fixtures",
        ] {
            let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else {
                continue;
            };
            for entry in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    texts.extend(text.lines().map(String::from));
                }
            }
        }
        assert!(texts.len() > 200, "{} texts", texts.len());
        texts
    }

    /// The facts of a one-paragraph article dated `date` (or undated), one line each:
    /// the fact's JSON without its provenance.
    pub(crate) fn check(text: &str, date: Option<&str>) -> Vec<String> {
        let dateline = date
            .map(|d| format!("{d}, 10:00 Uhr | dpa\n\n"))
            .unwrap_or_default();
        let page = format!("Rubrik\n\nEin Titel über die OVKS\n\n{dateline}{text}\n");
        let article = lagebild_parse::parse(page.as_bytes()).unwrap();
        super::extract(&article, "test")
            .facts
            .into_iter()
            .map(|record| serde_json::to_string(&record.fact).unwrap())
            .collect()
    }

    /// The organisation of each fact of a page with no title or lead naming one.
    fn about_of(body: &str) -> Vec<(String, Option<String>)> {
        let page = format!("Rubrik\n\nEin Titel\n\n10.10.2024, 10:00 Uhr | dpa\n\n{body}\n");
        let article = lagebild_parse::parse(page.as_bytes()).unwrap();
        super::extract(&article, "test")
            .facts
            .into_iter()
            .map(|r| (r.fact.kind().to_owned(), r.about.map(|o| o.to_string())))
            .collect()
    }

    #[test]
    fn a_fact_belongs_to_the_organisation_its_paragraph_names_and_no_other() {
        let got = about_of(
            "Das Wetter in der Hauptstadt war am Montag mild und trocken, berichteten \
             Meteorologen.\n\nDie Nato hielt in Brüssel eine Sitzung ab. „Wir stehen \
             zusammen“, sagte Verteidigungsminister Boris Pistorius.\n\nIn Transnistrien \
             sind rund 1.500 russische Soldaten stationiert.",
        );
        // The role's paragraph names NATO; the troops' paragraph names no organisation,
        // and NATO, named once below the lead, is a passing mention.
        assert!(
            got.iter()
                .any(|(kind, about)| kind == "role" && about.as_deref() == Some("NATO")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(kind, about)| kind == "stationed" && about.is_none()),
            "{got:?}"
        );
    }

    /// An article extracted after others (with the lists they leave behind for reuse)
    /// gives what it gives on a thread of its own, for every example article after
    /// every other one, the long ones first.
    #[test]
    fn extraction_does_not_depend_on_the_articles_before() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
        let mut pages: Vec<Vec<u8>> = std::fs::read_dir(root)
            .unwrap()
            .flatten()
            .map(|entry| std::fs::read(entry.path()).unwrap())
            .collect();
        pages.sort_by_key(|page| std::cmp::Reverse(page.len()));
        assert!(pages.len() >= 5);
        let json = |page: &[u8]| {
            let article = lagebild_parse::parse(page).unwrap();
            serde_json::to_string(&super::extract(&article, "a")).unwrap()
        };
        let alone: Vec<String> = pages
            .iter()
            .map(|page| {
                let page = page.clone();
                std::thread::spawn(move || json(&page)).join().unwrap()
            })
            .collect();
        for (i, before) in pages.iter().enumerate() {
            for (j, page) in pages.iter().enumerate() {
                json(before);
                assert_eq!(json(page), alone[j], "article {j} after article {i}");
            }
        }
    }

    /// A page prepared a batch at a time (as a page of many megabytes is) gives what it
    /// gives prepared at once: the same entities in the same order, the same facts with
    /// the same provenance, for every page of ours and for all of them as one page, in
    /// batches down to a single sentence.
    #[test]
    fn batches_give_what_one_pass_gives() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut pages: Vec<Vec<u8>> = ["examples/articles", "tests/eval"]
            .iter()
            .flat_map(|dir| {
                std::fs::read_dir(format!("{root}/{dir}"))
                    .unwrap()
                    .flatten()
            })
            .filter(|entry| entry.path().extension().is_some_and(|e| e == "txt"))
            .map(|entry| std::fs::read(entry.path()).unwrap())
            .collect();
        assert!(pages.len() >= 20);
        pages.push(pages.concat());
        let gazetteer = crate::Gazetteer::builtin();
        for page in &pages {
            let Ok(article) = lagebild_parse::parse(page) else {
                continue;
            };
            let whole = super::extract_in_batches(
                &article,
                "a",
                gazetteer,
                crate::Lexicon::builtin(),
                usize::MAX,
            );
            for limit in [1, 200, 4096] {
                let batched = super::extract_in_batches(
                    &article,
                    "a",
                    gazetteer,
                    crate::Lexicon::builtin(),
                    limit,
                );
                assert_eq!(batched, whole, "batches of {limit} bytes");
            }
        }
    }
}
