//! What the fact rules see of one sentence: its text and position, the gazetteer
//! mentions, numbers and dates in it, and the article-level context (its date, the
//! organisation it is about) that references like `das Bündnis` resolve to.

use crate::gazetteer::{Form, Gazetteer, Mention};
use crate::lexicon::{Lexicon, Table, WALK_TABLES};
use crate::number::{NumberMention, find_numbers};
use crate::walk::{FlatDfa, LANES};
use crate::when::{DateMention, find_dates_before};
use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};
use lagebild_model::{CalendarDate, EntityKind, When};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// For each word that refers to an organisation (`die Allianz`, `der Rat`), the one
/// organisation of the article whose German name has that word as a word or as the end
/// of a compound (`Allianz der Sahelstaaten`, `Golf-Kooperationsrat`); a word that fits
/// none or several of them is left out and refers to the article's topic organisation.
pub(crate) fn described_orgs<'g>(
    gazetteer: &'g Gazetteer,
    lexicon: &'static Lexicon,
    orgs: impl Iterator<Item = usize>,
) -> Vec<(&'static str, &'g str)> {
    // Each name lowercased once, not once per reference word.
    let names: Vec<(usize, String)> = orgs
        .map(|entry| (entry, gazetteer.entry(entry).name.to_lowercase()))
        .collect();
    let mut described = Vec::new();
    for &noun in lexicon.words(Table::OrgReferences) {
        let mut fitting = names.iter().filter(|(_, name)| {
            name.split(|c: char| !c.is_alphanumeric())
                .any(|word| word.ends_with(noun))
        });
        if let (Some(&(entry, _)), None) = (fitting.next(), fitting.next()) {
            described.push((noun, gazetteer.entry(entry).id.as_str()));
        }
    }
    described
}

/// How far mention `m` is from byte `at`, a mention after it counting as nearer than one
/// as far before it (`Beitrittskandidat der Europäischen Union`: the organisation follows).
pub(crate) fn distance_after_first(m: &Mention, at: usize) -> usize {
    if m.start >= at {
        (m.start - at) * 2
    } else {
        (at - m.end) * 3
    }
}

/// One sentence of the article's running text, ready for the rules.
pub(crate) struct Sentence<'a> {
    pub(crate) text: &'a str,
    /// The word lists the rules ask about, and their compiled walk.
    pub(crate) lexicon: &'static Lexicon,
    /// Lowercased text, for trigger lookups only (offsets may differ from `text`).
    pub(crate) lower: Cow<'a, str>,
    /// Every character of `lower` has the byte length of the one in `text`, so offsets in
    /// one are offsets in the other (true unless the text has letters such as `İ`).
    aligned: bool,
    /// Borrowed from the article's one list of mentions where the sentence is part of
    /// the running text.
    pub(crate) mentions: Cow<'a, [Mention]>,
    /// Found on first use, and only where a digit or a number word could make one.
    numbers: OnceCell<Vec<NumberMention>>,
    /// Found on first use: most sentences reach no rule that asks for dates, and the
    /// date grammar was a quarter of extraction time.
    dates: OnceCell<Vec<DateMention>>,
    anchor: Option<CalendarDate>,
    /// The date the paragraph last gave with its year, for days and months without one.
    story: Option<CalendarDate>,
    titles: OnceCell<Vec<(usize, usize, String)>>,
    /// What the trigger tables found, one automaton pass for all of them: from the walk
    /// that found the names ([`Prepared`]), else on first use.
    triggers: OnceCell<Answers<'a>>,
}

/// An article's sentences prepared for the rules, each in one walk of the shared
/// automaton that finds its names and answers every trigger table (two walks before):
/// their lowercase text, mentions and trigger answers, in one list each for the whole
/// article. [`Spans`] says where a sentence's parts are.
#[derive(Default)]
pub(crate) struct Prepared {
    lower: String,
    mentions: Vec<Mention>,
    /// The answering tables' answers of every sentence (see [`Answers`]).
    hits: Vec<TableHit>,
    /// The walk's name matches for the sentence at hand (`add`), or for each lane of
    /// the walks side by side (`add_all`).
    names: Vec<Vec<(usize, usize, u32)>>,
    /// A full row of answers, one per table of the walk's tables ([`WALK_TABLES`]), for each lane of a walk:
    /// cleared again as a sentence's answers are moved to `hits`.
    rows: Vec<TableHit>,
}

thread_local! {
    /// The lists of the thread's last article, for its next one.
    static SPARE: Cell<Option<Prepared>> = const { Cell::new(None) };
}

/// The largest article text (bytes) whose lists are kept for the next article.
const SPARE_MAX_BYTES: usize = 64 * 1024;

/// Where one sentence's parts are in [`Prepared`].
#[derive(Debug, Clone)]
pub(crate) struct Spans {
    lower: std::ops::Range<usize>,
    aligned: bool,
    mentions: std::ops::Range<usize>,
    /// Which tables answered and where their answers are in `Prepared::hits` (see
    /// [`Answers`]). `None` where the names were found apart (see [`Prepared::add`]):
    /// the trigger answers are then found on first use.
    hits: Option<(u64, std::ops::Range<usize>)>,
}

impl Prepared {
    /// Empty lists with room for an article of `bytes` bytes of running text: the
    /// thread's spare ones from the article before (see [`Prepared::recycle`]) where it
    /// has them. An article's lists were four allocations, the trigger answers some
    /// 40 KB, freed and taken again for every article.
    pub(crate) fn for_article(bytes: usize) -> Self {
        match SPARE.with(Cell::take) {
            Some(mut spare) => {
                spare.lower.clear();
                spare.mentions.clear();
                spare.hits.clear();
                spare.lower.reserve(bytes);
                spare.mentions.reserve(bytes / 64 + 1);
                spare.hits.reserve((bytes / 80 + 1) * ANSWERS_PER_SENTENCE);
                spare
            }
            None => Prepared::with_capacity(bytes),
        }
    }

    /// Keeps the lists for the thread's next article, unless an article far larger than
    /// news prose made them large (a long page's lists are not kept for good).
    pub(crate) fn recycle(self) {
        if self.lower.capacity() <= SPARE_MAX_BYTES {
            SPARE.with(|spare| spare.set(Some(self)));
        }
    }

    /// Room for an article of `bytes` bytes of running text.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        Prepared {
            lower: String::with_capacity(bytes),
            // About a name per 64 bytes and a sentence per 80 in news prose.
            mentions: Vec::with_capacity(bytes / 64 + 1),
            hits: Vec::with_capacity((bytes / 80 + 1) * ANSWERS_PER_SENTENCE),
            names: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Prepares the sentence `text`. The shared walk knows the built-in gazetteer's
    /// names and runs over the lowercase text, so text whose lowercase form shifts
    /// offsets (and any other gazetteer) has its names found by the gazetteer's own
    /// walk over the text.
    pub(crate) fn add(&mut self, lexicon: &Lexicon, gazetteer: &Gazetteer, text: &str) -> Spans {
        let lower_start = self.lower.len();
        let aligned = lowercase_append(text, &mut self.lower);
        let lower = lower_start..self.lower.len();
        let mentions_start = self.mentions.len();
        let index = lexicon.index();
        let shared = aligned && index.names && std::ptr::eq(gazetteer, Gazetteer::builtin());
        let hits = if shared {
            let hits_start = self.hits.len();
            if self.names.is_empty() {
                self.names.push(Vec::new());
            }
            let found = &mut self.names[0];
            found.clear();
            self.rows.resize(LANES * WALK_TABLES, TableHit::default());
            let row = &mut self.rows[..WALK_TABLES];
            let mask = index.scan(&self.lower[lower.clone()], row, Some(found));
            compact(row, mask, &mut self.hits);
            gazetteer.mentions_among(text, found, &mut self.mentions);
            Some((mask, hits_start..self.hits.len()))
        } else {
            gazetteer.mentions_into(text, &mut self.mentions);
            None
        };
        Spans {
            lower,
            aligned,
            mentions: mentions_start..self.mentions.len(),
            hits,
        }
    }

    /// Prepares the sentences `texts` as [`Prepared::add`] prepares each, their walks
    /// side by side (see [`FlatDfa::walk_all`]), and gives their spans in order. A
    /// sentence whose lowercase form shifts offsets has its names found apart, as `add`
    /// does.
    pub(crate) fn add_all(
        &mut self,
        lexicon: &Lexicon,
        gazetteer: &Gazetteer,
        texts: &[&str],
    ) -> Vec<Spans> {
        let index = lexicon.index();
        let walk = index
            .walk
            .as_ref()
            .filter(|_| index.names && std::ptr::eq(gazetteer, Gazetteer::builtin()));
        let Some(walk) = walk else {
            return texts
                .iter()
                .map(|text| self.add(lexicon, gazetteer, text))
                .collect();
        };
        let mut spans: Vec<Spans> = Vec::with_capacity(texts.len());
        // The walked sentences, by their index among `texts`; their answers are set as
        // their walks end.
        let mut walked: Vec<usize> = Vec::with_capacity(texts.len());
        for (i, text) in texts.iter().enumerate() {
            let lower_start = self.lower.len();
            let aligned = lowercase_append(text, &mut self.lower);
            let mentions_start = self.mentions.len();
            if aligned {
                walked.push(i);
            } else {
                gazetteer.mentions_into(text, &mut self.mentions);
            }
            spans.push(Spans {
                lower: lower_start..self.lower.len(),
                aligned,
                mentions: mentions_start..self.mentions.len(),
                hits: None,
            });
        }
        self.rows.resize(LANES * WALK_TABLES, TableHit::default());
        let Prepared {
            lower,
            mentions,
            hits,
            names,
            rows,
        } = self;
        let bytes: Vec<&[u8]> = walked
            .iter()
            .map(|&i| &lower.as_bytes()[spans[i].lower.clone()])
            .collect();
        // One list of name matches per lane: a lane walks one sentence at a time.
        names.resize_with(LANES, Vec::new);
        for lane in names.iter_mut() {
            lane.clear();
        }
        // Which tables each lane's sentence has answered so far.
        let mut masks = [0u64; LANES];
        walk.walk_all(&bytes, |lane, w, event| {
            let found = &mut names[lane];
            let row = &mut rows[lane * WALK_TABLES..(lane + 1) * WALK_TABLES];
            match event {
                Some((end, state)) => {
                    masks[lane] |= record(walk.answers(state), end, row, Some(found));
                }
                None => {
                    let i = walked[w];
                    let start = mentions.len();
                    gazetteer.mentions_among(texts[i], found, mentions);
                    spans[i].mentions = start..mentions.len();
                    found.clear();
                    let mask = std::mem::take(&mut masks[lane]);
                    let first = hits.len();
                    compact(row, mask, hits);
                    spans[i].hits = Some((mask, first..hits.len()));
                }
            }
        });
        spans
    }

    /// Forgets every sentence prepared so far, keeping the lists' room.
    pub(crate) fn clear(&mut self) {
        self.lower.clear();
        self.mentions.clear();
        self.hits.clear();
    }

    /// The mentions of a prepared sentence.
    pub(crate) fn mentions(&self, spans: &Spans) -> &[Mention] {
        self.mentions
            .get(spans.mentions.clone())
            .unwrap_or_default()
    }

    /// Forgets the sentence added last (a title or heading, whose names only count).
    pub(crate) fn forget(&mut self, spans: &Spans) {
        self.lower.truncate(spans.lower.start);
        self.mentions.truncate(spans.mentions.start);
        if let Some((_, hits)) = &spans.hits {
            self.hits.truncate(hits.start);
        }
    }
}

/// What the rules know about the article as a whole.
pub(crate) struct ArticleContext<'g> {
    pub(crate) gazetteer: &'g Gazetteer,
    /// The publication date, the anchor for relative dates.
    pub(crate) anchor: Option<CalendarDate>,
    /// The organisation the article is mostly about (its most mentioned one).
    pub(crate) topic_org: Option<String>,
    /// The gazetteer entries of the organisations the article names.
    pub(crate) org_entries: Vec<usize>,
    pub(crate) lexicon: &'static Lexicon,
    /// Reference words that fit one of the article's organisations by its name
    /// ([`described_orgs`]), worked out when a sentence first refers to one.
    pub(crate) described_orgs: OnceCell<Vec<(&'static str, &'g str)>>,
}

impl<'g> ArticleContext<'g> {
    /// The reference words that fit one organisation of the article by its name. With
    /// one organisation or none, every reference is the topic's, and none is looked up.
    pub(crate) fn described_orgs(&self) -> &[(&'static str, &'g str)] {
        self.described_orgs.get_or_init(|| {
            if self.org_entries.len() < 2 {
                return Vec::new();
            }
            described_orgs(
                self.gazetteer,
                self.lexicon,
                self.org_entries.iter().copied(),
            )
        })
    }
}

impl ArticleContext<'_> {
    /// The article date as a [`When`], the `as_of` of status facts.
    pub(crate) fn as_of(&self) -> Option<When> {
        self.anchor.map(When::Date)
    }
}

impl<'a> Sentence<'a> {
    /// A sentence prepared on its own, for the rules' tests.
    #[cfg(test)]
    pub(crate) fn new(text: &'a str, gazetteer: &Gazetteer, anchor: Option<CalendarDate>) -> Self {
        let lexicon = Lexicon::builtin();
        let mut prepared = Prepared::default();
        let spans = prepared.add(lexicon, gazetteer, text);
        Sentence {
            triggers: spans
                .hits
                .map(|(mask, _)| Answers {
                    mask,
                    hits: Cow::Owned(prepared.hits),
                })
                .map_or_else(OnceCell::new, OnceCell::from),
            ..Sentence::with_parts(
                text,
                lexicon,
                prepared.lower.into(),
                spans.aligned,
                prepared.mentions.into(),
                anchor,
            )
        }
    }

    /// The sentence `text` as [`Prepared::add`] prepared it into `prepared`.
    pub(crate) fn prepared(
        text: &'a str,
        lexicon: &'static Lexicon,
        prepared: &'a Prepared,
        spans: &Spans,
        anchor: Option<CalendarDate>,
    ) -> Self {
        let lower = prepared.lower.get(spans.lower.clone()).unwrap_or_default();
        let answers = spans.hits.clone().and_then(|(mask, hits)| {
            prepared.hits.get(hits).map(|hits| Answers {
                mask,
                hits: Cow::Borrowed(hits),
            })
        });
        Sentence {
            triggers: answers.map_or_else(OnceCell::new, OnceCell::from),
            ..Sentence::with_parts(
                text,
                lexicon,
                lower.into(),
                spans.aligned,
                prepared.mentions(spans).into(),
                anchor,
            )
        }
    }

    fn with_parts(
        text: &'a str,
        lexicon: &'static Lexicon,
        lower: Cow<'a, str>,
        aligned: bool,
        mentions: Cow<'a, [Mention]>,
        anchor: Option<CalendarDate>,
    ) -> Self {
        Sentence {
            text,
            lexicon,
            lower,
            aligned,
            mentions,
            numbers: OnceCell::new(),
            dates: OnceCell::new(),
            anchor,
            story: None,
            titles: OnceCell::new(),
            triggers: OnceCell::new(),
        }
    }

    /// The sentence read as part of a story that last gave the date `story` with its
    /// year: its days and months without a year fall in that year.
    pub(crate) fn in_story(mut self, story: Option<CalendarDate>) -> Self {
        self.story = story;
        self
    }

    /// The date this sentence gives with its year written out (`im Januar 2022`, `am
    /// 6. Januar 2022`, `2014`, `im Herbst 2024`), the last one: the story's time from here on. Sentences
    /// without a four-digit run are answered without their dates being read.
    pub(crate) fn story_date(&self) -> Option<CalendarDate> {
        if !has_year(self.text) {
            return None;
        }
        self.dates().iter().rev().find_map(|d| match d.when {
            When::Date(date) if has_year(&self.text[d.start..d.end]) => Some(date),
            // `im Herbst 2024`: its year, for the days named after it.
            When::Season { year, .. } => CalendarDate::year(year),
            _ => None,
        })
    }

    /// The answers of every registered trigger table for this sentence.
    fn answers(&self) -> &Answers<'a> {
        self.triggers.get_or_init(|| {
            let mut row = vec![TableHit::default(); WALK_TABLES];
            let mask = self.lexicon.index().scan(&self.lower, &mut row, None);
            let mut hits = Vec::new();
            compact(&mut row, mask, &mut hits);
            Answers {
                mask,
                hits: Cow::Owned(hits),
            }
        })
    }

    /// Whether offsets in [`Sentence::lower`] are offsets in [`Sentence::text`].
    pub(crate) fn aligned(&self) -> bool {
        self.aligned
    }

    /// `text[range]` in lower case: a slice of [`Sentence::lower`] where offsets agree
    /// (nearly always), else a fresh copy. Rules ask this for the words before or after
    /// a mention, which they used to lowercase one copy at a time.
    pub(crate) fn lower_of(&self, range: std::ops::Range<usize>) -> Cow<'_, str> {
        match self.lower.get(range.clone()).filter(|_| self.aligned) {
            Some(lower) => Cow::Borrowed(lower),
            None => Cow::Owned(self.text[range].to_lowercase()),
        }
    }

    /// The title words of the sentence (`Präsident`, `Verteidigungsminister`) with their
    /// base forms, found once for the rules that need them.
    pub(crate) fn titles(&self) -> &[(usize, usize, String)] {
        self.titles.get_or_init(|| {
            // No title form anywhere in the sentence: no title word (most sentences).
            if !self.has_any(Table::TitleForms) {
                return Vec::new();
            }
            // A title word contains a title form, so no word that ends before the
            // leftmost form is one: the scan starts at the word that holds it.
            let from = self
                .aligned
                .then(|| self.find_any(Table::TitleForms))
                .flatten()
                .map_or(0, |at| {
                    self.text[..at]
                        .char_indices()
                        .rev()
                        .find(|(_, c)| c.is_whitespace())
                        .map_or(0, |(i, c)| i + c.len_utf8())
                });
            // Nor does one start after the rightmost form ends: the scan stops there.
            let to = self.plain_end(Table::TitleForms);
            crate::facts::people::titles(
                self.lexicon,
                self.text,
                from..to,
                self.aligned.then_some(&*self.lower),
            )
        })
    }

    /// The numbers of the sentence, left to right.
    pub(crate) fn numbers(&self) -> &[NumberMention] {
        self.numbers.get_or_init(|| {
            let digit = has_ascii_digit(self.text)
                .then(|| self.text.bytes().position(|b| b.is_ascii_digit()))
                .flatten();
            let stem = self.find_any(Table::NumberStems);
            let Some(first) = digit.into_iter().chain(stem).min() else {
                return Vec::new();
            };
            // And no number starts after the rightmost digit or stem.
            let last_digit = digit
                .and_then(|_| self.text.bytes().rposition(|b| b.is_ascii_digit()))
                .map(|at| at + 1);
            let last_stem = stem.map(|_| self.plain_end(Table::NumberStems));
            let to = last_digit.max(last_stem).unwrap_or(self.text.len());
            find_numbers(self.text, crate::number::scan_start(self.text, first)..to)
        })
    }

    /// The date expressions of the sentence, resolved against the article date; looked
    /// for only where a digit or a date word could make one.
    pub(crate) fn dates(&self) -> &[DateMention] {
        self.dates.get_or_init(|| {
            let maybe = has_ascii_digit(self.text)
                || self.has_any(Table::DateWordPieces)
                || self.has_any(Table::MonthNames)
                || self.has_any(Table::WeekdayNames);
            if maybe {
                let names_end = [
                    Table::DateWordPieces,
                    Table::MonthNames,
                    Table::WeekdayNames,
                ]
                .into_iter()
                .map(|table| self.plain_end(table))
                .max()
                .unwrap_or(self.text.len());
                find_dates_before(self.text, self.anchor, self.story, names_end)
            } else {
                Vec::new()
            }
        })
    }

    /// An offset in the text that no plain stem of `table` ends after (where the
    /// rightmost one ends when the shared walk knows, else the text's end): a scan for
    /// words that hold a stem stops there.
    pub(crate) fn plain_end(&self, table: Table) -> usize {
        self.lexicon
            .index()
            .position(table)
            .filter(|_| self.aligned)
            .map_or(self.text.len(), |at| {
                self.answers().get(at).plain_end as usize
            })
    }

    /// Whether any of the lowercase words or stems in `table` occurs in the sentence.
    pub(crate) fn has_any(&self, table: Table) -> bool {
        match self.lexicon.index().position(table) {
            Some(at) => self.answers().get(at).literal,
            None => with_triggers(self.lexicon.words(table), |t| {
                t.literal.is_match(&*self.lower)
            }),
        }
    }

    /// Lowercase words of the sentence.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
    }

    /// Whether the sentence has one of `table` as a whole word (not inside another word:
    /// the hedge `falls` must not fire on `ebenfalls`).
    pub(crate) fn has_word(&self, table: Table) -> bool {
        // A whole word is also a substring: the one-pass answer rules out most sentences.
        if !self.has_any(table) {
            return false;
        }
        let words = self.lexicon.words(table);
        let Some(at) = self.lexicon.index().position(table) else {
            return self.words().any(|w| words.contains(&w));
        };
        // A word equal to an entry starts where the entry occurs, so not before the
        // leftmost one; no plain entry at all (a separable one alone) is no word.
        let Some(from) = self.answers().get(at).first_plain else {
            return false;
        };
        let lower = &*self.lower;
        let in_word = |c: char| c.is_alphanumeric() || c == '-';
        // The word the leftmost entry ends or sits inside, if it started earlier, is none.
        let inside = lower[..from].chars().next_back().is_some_and(in_word);
        lower[from..]
            .split(|c: char| !in_word(c))
            .skip(usize::from(inside))
            .filter(|w| !w.is_empty())
            .any(|w| words.contains(&w))
    }

    /// The organisation mention nearest to byte `at`, preferring one right after it
    /// (`Beitrittskandidat der Europäischen Union`).
    pub(crate) fn org_near<'c>(
        &self,
        context: &'c ArticleContext<'_>,
        at: usize,
    ) -> Option<&'c str> {
        self.of_kind(context.gazetteer, EntityKind::Org)
            .min_by_key(|m| distance_after_first(m, at))
            .map(|m| context.gazetteer.entry(m.entry).id.as_str())
    }

    /// The preposition of place right before the word at `start`, directly or with an
    /// article between (`in der Ukraine`, `nach dem Abzug`): one of `in`, `im`, `ins`,
    /// `nach`, `bei`, `auf`, `aus`; each rule takes the ones it means.
    pub(crate) fn preposition_before(&self, start: usize) -> Option<&'static str> {
        let before = self.lower_of(0..start);
        let mut words = before.split_whitespace().rev();
        let preposition = |w: Option<&str>| {
            ["in", "im", "ins", "nach", "bei", "auf", "aus"]
                .into_iter()
                .find(|p| w == Some(*p))
        };
        match words.next() {
            Some("der" | "die" | "den" | "dem" | "das") => preposition(words.next()),
            last => preposition(last),
        }
    }

    /// The mentions of one kind.
    pub(crate) fn of_kind<'s>(
        &'s self,
        gazetteer: &'s Gazetteer,
        kind: EntityKind,
    ) -> impl Iterator<Item = &'s Mention> + 's {
        self.mentions
            .iter()
            .filter(move |m| gazetteer.entry(m.entry).kind == kind)
    }

    /// The organisation the sentence talks about: one it names, else one it refers to
    /// (`das Bündnis`, `die Allianz`), which is the article's topic organisation.
    /// Borrowed from the gazetteer or the context: rules ask this of most sentences,
    /// and a copy each time was a tenth of the allocations.
    pub(crate) fn org<'c>(&self, context: &'c ArticleContext<'_>) -> Option<&'c str> {
        let named = self.of_kind(context.gazetteer, EntityKind::Org).next();
        if let Some(mention) = named {
            return Some(context.gazetteer.entry(mention.entry).id.as_str());
        }
        if !self.refers_to_org() {
            return None;
        }
        let described = context.described_orgs();
        if !described.is_empty()
            && let Some(&(_, org)) = self
                .words()
                .find_map(|w| described.iter().find(|(noun, _)| *noun == w))
        {
            return Some(org);
        }
        context.topic_org.as_deref()
    }

    /// Whether the sentence refers to an organisation without naming it.
    pub(crate) fn refers_to_org(&self) -> bool {
        self.has_word(Table::OrgReferences)
    }

    /// State mentions by name, adjective or metonym, with their ISO codes.
    pub(crate) fn states<'s>(
        &'s self,
        gazetteer: &'s Gazetteer,
    ) -> impl Iterator<Item = (&'s Mention, &'s str)> + 's {
        self.mentions.iter().filter_map(move |m| {
            let entry = gazetteer.entry(m.entry);
            (entry.kind == EntityKind::State).then_some((m, entry.id.as_str()))
        })
    }

    /// State mentions that name the state as such (not an adjective such as `russische`).
    pub(crate) fn named_states<'s>(
        &'s self,
        gazetteer: &'s Gazetteer,
    ) -> impl Iterator<Item = (&'s Mention, &'s str)> + 's {
        self.states(gazetteer)
            .filter(|(m, _)| m.form != Form::Adjective)
    }

    /// Byte offset of the first occurrence of any stem of `table` in the sentence text
    /// (searched case-insensitively for ASCII letters). An entry `trat … bei` is a
    /// separable verb: `trat` with `bei` as a later word of the same clause
    /// (`trat 2006 wieder bei`).
    /// The word after the one that ends at or runs past `end` (a mention may end at an
    /// adjective's stem: `russisch|e Soldaten` gives `Soldaten`), punctuation kept.
    pub(crate) fn word_after(&self, end: usize) -> Option<&'a str> {
        let text: &'a str = self.text;
        text.get(end..)?
            .split_once(char::is_whitespace)
            .and_then(|(_, rest)| rest.split_whitespace().next())
    }

    /// Whether the sentence holds an entry of `table` other than `except` (`seit` among
    /// the words that start a deployment); a separable entry counts when its verb and
    /// its particle both occur.
    pub(crate) fn has_entry_except(&self, table: Table, except: &str) -> bool {
        // Most sentences hold no entry at all, and in most of the rest the leftmost one
        // is not `except`: the sentence's one pass says so.
        let Some(at) = self.find_any(table) else {
            return false;
        };
        let lower = &*self.lower;
        if self.aligned && !lower.get(at..).is_some_and(|rest| rest.starts_with(except)) {
            return true;
        }
        let words = self.lexicon.words(table);
        with_triggers(words, |triggers| {
            triggers
                .plain
                .find_iter(lower)
                .any(|m| triggers.plain_words.get(m.pattern().as_usize()) != Some(&except))
                || triggers
                    .separable
                    .iter()
                    .any(|(verb, particle)| lower.contains(verb) && lower.contains(particle))
        })
    }

    pub(crate) fn find_any(&self, table: Table) -> Option<usize> {
        let index = self.lexicon.index();
        let words = self.lexicon.words(table);
        let at = index.position(table);
        if let Some(at) = at {
            let hit = self.answers().get(at);
            // Registered tables: everything from the sentence's one pass; the table itself
            // is read only for the rare unaligned text and separable verbs.
            let plain = if self.aligned {
                hit.first_plain
            } else {
                words
                    .iter()
                    .filter(|t| !t.contains(" … "))
                    .filter_map(|t| find_ignore_ascii_case(self.text, t))
                    .min()
            };
            // Only the entries whose verb the pass saw (a substring search per entry
            // was half of this function's time).
            let separable = if hit.verbs != 0 {
                index.separable[at]
                    .iter()
                    .zip(0..)
                    .filter(|&(_, k)| hit.verbs & verb_bit(k) != 0)
                    .filter_map(|(&(verb, particle), _)| find_separable(self.text, verb, particle))
                    .min()
            } else {
                None
            };
            return match (plain, separable) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        with_triggers(words, |triggers| {
            // The leftmost stem of the whole table: from the sentence's one pass over all
            // tables, else one automaton pass for this table (a search per stem was a
            // fifth of extraction time).
            let plain = if self.aligned {
                triggers.plain.find(&*self.lower).map(|m| m.start())
            } else {
                triggers
                    .plain_words
                    .iter()
                    .filter_map(|t| find_ignore_ascii_case(self.text, t))
                    .min()
            };
            // The word-by-word scan only where a verb occurs at all: one automaton pass
            // answers that for all of them, then each verb is checked alone.
            let any_verb = triggers
                .verbs
                .as_ref()
                .is_some_and(|verbs| verbs.is_match(&*self.lower));
            let separable = triggers
                .separable
                .iter()
                .filter(|_| any_verb)
                .filter(|(verb, _)| self.lower.contains(verb))
                .filter_map(|(verb, particle)| find_separable(self.text, verb, particle))
                .min();
            match (plain, separable) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
        })
    }

    /// The first date mention, preferring those not introduced by `von`/`vom`, which
    /// usually date a thing rather than the event (`der Vertrag von 1992`).
    pub(crate) fn main_date(&self, near: Option<usize>) -> Option<When> {
        let attributive = |d: &DateMention| {
            let before = self.text[..d.start].trim_end();
            before.ends_with(" von") || before.ends_with(" vom") || before.ends_with(" seit")
        };
        let candidates: Vec<&DateMention> =
            self.dates().iter().filter(|d| !attributive(d)).collect();
        let pool: Vec<&DateMention> = if candidates.is_empty() {
            self.dates().iter().collect()
        } else {
            candidates
        };
        match near {
            Some(at) => {
                // A date in the word's own comma clause beats a nearer one in the next
                // (`Im Jahr 2017 wurden Indien und Pakistan aufgenommen, 2023 folgte Iran`).
                let from = self.text[..at.min(self.text.len())]
                    .rfind(',')
                    .map_or(0, |p| p + 1);
                let to = self.text[at.min(self.text.len())..]
                    .find(',')
                    .map_or(self.text.len(), |p| at + p);
                let own = |d: &&DateMention| d.start >= from && d.end <= to;
                let in_clause = pool.iter().any(own);
                pool.into_iter()
                    .filter(|d| !in_clause || own(d))
                    .min_by_key(|d| d.start.abs_diff(at))
                    .map(|d| d.when)
            }
            None => pool.first().map(|d| d.when),
        }
    }
}

/// The lowercase text, and whether every character kept its byte length (so offsets in
/// one are offsets in the other); one pass with an ASCII fast path, where lowercasing and
/// then checking each character's length were two (an eighth of extraction time).
#[cfg(test)]
fn lowercase(text: &str) -> (String, bool) {
    let mut lower = String::new();
    let aligned = lowercase_append(text, &mut lower);
    (lower, aligned)
}

/// `text` lowercased and appended to `lower`; whether offsets stay aligned.
fn lowercase_append(text: &str, lower: &mut String) -> bool {
    // Runs of ASCII are copied whole and lowercased in place at the end; only the other
    // characters (a few umlauts per sentence) are lowercased one by one.
    let start = lower.len();
    lower.reserve(text.len());
    let mut aligned = true;
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = ascii_run(rest.as_bytes());
        lower.push_str(&rest[..ascii]);
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            // German text's other characters are nearly all umlauts and `ß` (U+00C0 to
            // U+00FF) or typographic punctuation (U+2000 to U+203F), whose lowercase is
            // known without the Unicode tables (tests compare both ranges).
            match u32::from(c) {
                0xC0..=0xDE if c != '×' => {
                    lower.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c))
                }
                0xDF..=0xFF | 0x2000..=0x203F => lower.push(c),
                _ => {
                    let before = lower.len();
                    lower.extend(c.to_lowercase());
                    aligned &= lower.len() - before == c.len_utf8();
                }
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    lower[start..].make_ascii_lowercase();
    aligned
}

/// Whether `text` has a year written out: a run of exactly four digits starting with
/// `19` or `20` (`2022`, not `3000` or `12.000`). One pass over the bytes, no dates read.
fn has_year(text: &str) -> bool {
    // Most sentences have no digit: the vectorised test settles them.
    if !has_ascii_digit(text) {
        return false;
    }
    let bytes = text.as_bytes();
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            continue;
        }
        if run == 4 && matches!(&bytes[i - 4..i - 2], b"19" | b"20") {
            return true;
        }
        run = 0;
    }
    run == 4 && matches!(&bytes[bytes.len() - 4..bytes.len() - 2], b"19" | b"20")
}

/// Whether `text` has an ASCII digit; 32 bytes at a time without an early exit inside
/// them, which the compiler turns into vector instructions (a byte-by-byte `any` cost
/// three instructions per byte of every sentence).
fn has_ascii_digit(text: &str) -> bool {
    text.as_bytes()
        .chunks(32)
        .any(|chunk| chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()))
}

/// The length of the run of ASCII bytes `bytes` starts with, eight bytes at a time
/// (a sentence has a few umlauts in a hundred-odd bytes).
fn ascii_run(bytes: &[u8]) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut run = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH_BITS;
        if high != 0 {
            // The lowest set high bit is the first non-ASCII byte (little-endian order).
            return run + (high.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + chunks
        .remainder()
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(chunks.remainder().len())
}

/// A trigger table compiled for searching: its plain stems as one automaton, its
/// separable verbs (`trat … bei`) apart.
struct Triggers {
    /// Every entry as written, separable ones included (what `has_any` looks for).
    literal: AhoCorasick,
    /// The plain stems, leftmost match first.
    plain: AhoCorasick,
    plain_words: Vec<&'static str>,
    separable: Vec<(&'static str, &'static str)>,
    /// The verbs of the separable entries; `None` when there are none.
    verbs: Option<AhoCorasick>,
}

impl Triggers {
    fn compile(table: &'static [&'static str]) -> Option<Self> {
        let (separable, plain_words): (Vec<&str>, Vec<&str>) =
            table.iter().partition(|t| t.contains(" … "));
        let automaton = |words: &[&str]| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostFirst)
                .build(words)
                .ok()
        };
        let separable: Vec<(&str, &str)> = separable
            .iter()
            .filter_map(|t| t.split_once(" … "))
            .collect();
        let verbs: Vec<&str> = separable.iter().map(|(verb, _)| *verb).collect();
        Some(Triggers {
            literal: automaton(table)?,
            plain: automaton(&plain_words)?,
            plain_words,
            verbs: if verbs.is_empty() {
                None
            } else {
                Some(automaton(&verbs)?)
            },
            separable,
        })
    }
}

/// Room for this many answering tables per sentence in an article's list (news prose
/// touches three or four of them per sentence).
const ANSWERS_PER_SENTENCE: usize = 6;

/// A sentence's trigger answers, dense: `mask` has bit `t` for each table `t` of
/// the walk's tables ([`WALK_TABLES`]) that answered, and `hits` their answers in table order; every other table
/// answered the default. A row of every table's answer was a kilobyte per sentence to
/// clear, write and read, for the few tables a sentence touches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Answers<'a> {
    mask: u64,
    hits: Cow<'a, [TableHit]>,
}

impl Answers<'_> {
    /// The answer of table `table`.
    fn get(&self, table: usize) -> TableHit {
        let bit = table_bit(table);
        if self.mask & bit == 0 {
            return TableHit::default();
        }
        let rank = (self.mask & (bit - 1)).count_ones() as usize;
        self.hits.get(rank).copied().unwrap_or_default()
    }
}

/// The bit of table `table` in an answer mask (none past the 64th table; a test keeps
/// the walk's tables ([`WALK_TABLES`]) within that).
fn table_bit(table: usize) -> u64 {
    u32::try_from(table)
        .ok()
        .and_then(|t| 1u64.checked_shl(t))
        .unwrap_or(0)
}

/// Moves the answers of the tables in `mask` from the full row `row` to `out`, in table
/// order, and clears them in `row`.
fn compact(row: &mut [TableHit], mut mask: u64, out: &mut Vec<TableHit>) {
    while mask != 0 {
        if let Some(hit) = row.get_mut(mask.trailing_zeros() as usize) {
            out.push(std::mem::take(hit));
        }
        mask &= mask - 1;
    }
}

/// What one trigger table found in one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct TableHit {
    /// Some entry, as written, occurs (what `has_any` asks).
    literal: bool,
    /// Where the leftmost plain stem starts in the lowercase text.
    first_plain: Option<usize>,
    /// Where the rightmost-ending plain stem ends (0: none); a `u32`, which keeps the
    /// answer at 32 bytes (offsets past it are never told).
    plain_end: u32,
    /// Which separable entries' verbs (`trat` of `trat … bei`) occur: bit `k` for the
    /// table's `k`-th separable entry (all bits from the 64th on).
    verbs: u64,
}

/// How a search pattern answers for a table.
#[derive(Debug, Clone, Copy)]
enum Role {
    /// An entry as written that is a plain stem: answers `literal` and `first_plain`.
    Plain,
    /// A separable entry as written (`trat … bei`): answers `literal` only.
    Separable,
    /// The verb of a table's `k`-th separable entry: answers bit `k` of `verbs`.
    Verb(u32),
    /// A gazetteer pattern (its index), in lower case: a name match.
    Name(u32),
}

/// What one pattern of a match state answers: for `role` in table `table` (for a name:
/// none), a match ending where the state is reached and `len` bytes long.
#[derive(Debug, Clone, Copy)]
struct Answer {
    len: usize,
    table: usize,
    role: Role,
}

/// Adds what a match state's answers say about the match ending at `end` to the tables
/// and names, and tells which tables it answered (their bits). Kept out of the walk (a
/// few states per sentence are match states) so that the walk keeps its few values in
/// registers.
#[inline(never)]
fn record(
    answers: &[Answer],
    end: usize,
    hits: &mut [TableHit],
    mut names: Option<&mut Vec<(usize, usize, u32)>>,
) -> u64 {
    let mut mask = 0;
    for a in answers {
        mask |= answer(
            a.table,
            a.role,
            end - a.len,
            end,
            hits,
            names.as_deref_mut(),
        );
    }
    mask
}

/// Adds one match at `start..end` of a pattern with `role` in table `table`; the
/// table's bit if it answered.
fn answer(
    table: usize,
    role: Role,
    start: usize,
    end: usize,
    hits: &mut [TableHit],
    names: Option<&mut Vec<(usize, usize, u32)>>,
) -> u64 {
    if let Role::Name(name) = role {
        if let Some(names) = names {
            names.push((start, end, name));
        }
        return 0;
    }
    let Some(hit) = hits.get_mut(table) else {
        return 0;
    };
    match role {
        Role::Plain => {
            hit.literal = true;
            hit.first_plain = Some(hit.first_plain.map_or(start, |s| s.min(start)));
            hit.plain_end = hit.plain_end.max(u32::try_from(end).unwrap_or(u32::MAX));
        }
        Role::Separable => hit.literal = true,
        Role::Verb(k) => hit.verbs |= verb_bit(k),
        Role::Name(_) => {}
    }
    table_bit(table)
}

/// Walks `bytes` from `from` with the automaton in state `state` to the next special
/// state (for an automaton without prefilter: a match state or the dead state): the
/// offset after the byte that reached it, and the state. The loop holds only the state
/// and the position, as `find_overlapping_iter` (which keeps its state in memory, ~21
/// instructions per byte) and a loop with the match handling inlined (~18, the rest
/// spilled to the stack) did not.
#[inline(always)]
pub(crate) fn next_special_state(
    automaton: &aho_corasick::dfa::DFA,
    mut state: aho_corasick::automaton::StateID,
    bytes: &[u8],
    from: usize,
) -> Option<(usize, aho_corasick::automaton::StateID)> {
    for (at, &byte) in bytes.iter().enumerate().skip(from) {
        state = automaton.next_state(Anchored::No, state, byte);
        if automaton.is_special(state) {
            return Some((at + 1, state));
        }
    }
    None
}

/// All registered tables and the gazetteer's names as one automaton over their distinct
/// lowercase strings, each pattern with the tables and roles it answers for.
pub(crate) struct TriggerIndex {
    /// The automaton over all patterns, whose flat form the walk is (kept for the tests
    /// that compare the two).
    #[cfg(test)]
    automaton: Option<aho_corasick::dfa::DFA>,
    /// What `scan` and `add_all` walk: the automaton as one flat table, each match state with
    /// what its patterns answer.
    walk: Option<FlatDfa<Answer>>,
    #[cfg(test)]
    owners: Vec<Vec<(usize, Role)>>,
    /// Whether the built-in gazetteer's names are among the patterns (they are unless
    /// one changes its length in lower case).
    names: bool,
    /// Per table, its separable entries split into verb and particle, in table order.
    separable: Vec<Vec<(&'static str, &'static str)>>,
}

impl TriggerIndex {
    /// The walk over the trigger tables of `lexicon` and the built-in gazetteer's names.
    pub(crate) fn build(lexicon: &Lexicon) -> TriggerIndex {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, Role)>> = Vec::new();
        let mut known: HashMap<String, usize> = HashMap::new();
        let mut add = |pattern: &str, table: usize, role: Role| {
            let at = *known.entry(pattern.to_owned()).or_insert_with(|| {
                patterns.push(pattern.to_owned());
                owners.push(Vec::new());
                patterns.len() - 1
            });
            owners[at].push((table, role));
        };
        let mut separable: Vec<Vec<(&'static str, &'static str)>> = Vec::new();
        for table in 0..WALK_TABLES {
            let entries = Table::at(table).map_or(&[][..], |t| lexicon.words(t));
            let mut split = Vec::new();
            for entry in entries.iter().copied() {
                match entry.split_once(" … ") {
                    Some((verb, particle)) => {
                        add(entry, table, Role::Separable);
                        add(verb, table, Role::Verb(split.len() as u32));
                        split.push((verb, particle));
                    }
                    None => add(entry, table, Role::Plain),
                }
            }
            separable.push(split);
        }
        let names = Gazetteer::builtin().lowercase_patterns();
        for (pattern, name) in names.iter().flatten().zip(0..) {
            add(pattern, usize::MAX, Role::Name(name));
        }
        // A DFA: a thousand-odd short patterns, searched once per sentence of every
        // article, are worth the larger table.
        let automaton = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .prefilter(false)
            .build(&patterns)
            .ok();
        let walk = automaton.as_ref().and_then(|dfa| {
            FlatDfa::new(dfa, &patterns, |pattern, out| {
                let len = dfa.pattern_len(pattern);
                for &(table, role) in owners.get(pattern.as_usize()).into_iter().flatten() {
                    out.push(Answer { len, table, role });
                }
            })
        });
        TriggerIndex {
            #[cfg(test)]
            automaton,
            walk,
            #[cfg(test)]
            owners,
            names: names.is_some(),
            separable,
        }
    }

    /// The index of `table` among the walk's answers (none for a table the walk does
    /// not answer, or if the walk could not be built).
    fn position(&self, table: Table) -> Option<usize> {
        self.walk
            .as_ref()
            .map(|_| table as usize)
            .filter(|&at| at < WALK_TABLES)
    }

    /// Adds every table's answer for the lowercase text `lower` to `row` (one entry
    /// per table of the walk's tables ([`WALK_TABLES`]), all default before) and tells which tables answered
    /// (their bits), and adds each match of a gazetteer name to `names` as `(start,
    /// end, pattern)`: all matches, overlapping ones included, so that each table sees
    /// its own leftmost stem and the gazetteer can pick its own.
    fn scan(
        &self,
        lower: &str,
        row: &mut [TableHit],
        mut names: Option<&mut Vec<(usize, usize, u32)>>,
    ) -> u64 {
        let Some(walk) = &self.walk else {
            return 0;
        };
        // Every match, overlapping ones included, as `find_overlapping_iter` reports
        // them (an unanchored overlapping walk never enters the dead state).
        let bytes = lower.as_bytes();
        let (mut state, mut at, mut mask) = (walk.start(), 0, 0);
        while let Some((end, found)) = walk.next_match(state, bytes, at) {
            mask |= record(walk.answers(found), end, row, names.as_deref_mut());
            (state, at) = (found, end);
        }
        mask
    }

    /// Adds one match of pattern `pattern` at `start..end` to the answers.
    #[cfg(test)]
    fn apply(
        &self,
        pattern: usize,
        start: usize,
        end: usize,
        hits: &mut [TableHit],
        mut names: Option<&mut Vec<(usize, usize, u32)>>,
    ) {
        for &(table, role) in self.owners.get(pattern).into_iter().flatten() {
            answer(table, role, start, end, hits, names.as_deref_mut());
        }
    }

    /// [`TriggerIndex::scan`] through the library's own overlapping iterator:
    /// what the walk must agree with.
    #[cfg(test)]
    fn scan_with_iterator(&self, lower: &str) -> (Vec<TableHit>, Vec<(usize, usize, u32)>) {
        let mut hits = vec![TableHit::default(); WALK_TABLES];
        let mut names = Vec::new();
        let Some(automaton) = &self.automaton else {
            return (hits, names);
        };
        let mut state = aho_corasick::automaton::OverlappingState::start();
        let input = aho_corasick::Input::new(lower);
        while automaton.try_find_overlapping(&input, &mut state).is_ok() {
            let Some(found) = state.get_match() else {
                break;
            };
            let (start, end) = (found.start(), found.end());
            self.apply(
                found.pattern().as_usize(),
                start,
                end,
                &mut hits,
                Some(&mut names),
            );
        }
        (hits, names)
    }
}

thread_local! {
    /// Compiled trigger tables, keyed by the address of their words: the fallback when
    /// the shared walk cannot be built, each table compiled once per thread on first
    /// use.
    static TRIGGERS: RefCell<HashMap<(usize, usize), Rc<Triggers>>> =
        RefCell::new(HashMap::new());
}

/// Runs `f` with the compiled form of `table`. A table the automaton builder refuses
/// (it never does for word lists) matches nothing.
fn with_triggers<R: Default>(table: &'static [&'static str], f: impl FnOnce(&Triggers) -> R) -> R {
    let key = (table.as_ptr() as usize, table.len());
    let compiled = TRIGGERS.with(|cache| {
        if let Some(found) = cache.borrow().get(&key) {
            return Some(Rc::clone(found));
        }
        let compiled = Rc::new(Triggers::compile(table)?);
        cache.borrow_mut().insert(key, Rc::clone(&compiled));
        Some(compiled)
    });
    compiled.map(|t| f(&t)).unwrap_or_default()
}

/// How far a separable verb's particle may stand from the verb: a clause's middle field
/// with a date, a count and a place (`zog im August 2022 seine rund 2400 Soldaten aus
/// Mali ab`) runs to ten words, one with a list of five states to fifteen, one with two
/// counted subjects and an apposition (`brachen mehr als 500 französische Soldaten und
/// ein belgisches Kontingent von rund 300 Mann als Teil der Speerspitze nach Rumänien
/// auf`) to twenty.
const SEPARABLE_MAX_WORDS: usize = 24;

/// Words that may follow a separable verb's particle at the end of its clause.
const CLAUSE_JOINERS: [&str; 6] = ["und", "oder", "sowie", "aber", "doch", "–"];

/// `verb` as a whole word, followed within the same clause by `particle` as a whole word.
/// The bit of `TableHit::verbs` for a table's `k`-th separable entry.
fn verb_bit(k: u32) -> u64 {
    1u64 << k.min(63)
}

fn find_separable(text: &str, verb: &str, particle: &str) -> Option<usize> {
    // Words as slices with their offsets, compared lowercased character by character
    // (a lowercase copy of every word of the sentence was most of this function's time).
    let mut offset = 0;
    let words: Vec<(usize, &str)> = text
        .split_inclusive(|c: char| c.is_whitespace())
        .map(|w| {
            let start = offset;
            offset += w.len();
            (start, w.trim())
        })
        .collect();
    let is = |word: &str, lower: &str| word.chars().flat_map(char::to_lowercase).eq(lower.chars());
    words.iter().enumerate().find_map(|(i, &(start, word))| {
        if !is(word.trim_end_matches([',', '.']), verb) {
            return None;
        }
        // The particle stands in the verb's own clause: the search ends at the first
        // comma, semicolon or colon (`trat 2006 wieder bei, setzte … aber 2012 aus` has
        // no `trat … aus`).
        // A comma before a capitalised word separates the items of a list of names
        // (`traten Aserbaidschan, Georgien und Belarus bei`), not clauses.
        let following = &words[i + 1..];
        following
            .iter()
            .zip(following.iter().skip(1).map(Some).chain([None]))
            .take(SEPARABLE_MAX_WORDS)
            .try_for_each(|((_, w), next)| {
                let lists_on = w.ends_with(',')
                    && next.is_some_and(|(_, n)| n.starts_with(char::is_uppercase));
                // The particle closes its clause (`trat 2006 wieder bei.`, `bei und`);
                // the same word inside the clause is a preposition (`arbeitet mit ihm`).
                let closes = w.ends_with([',', '.', '!', '?', ';', ':'])
                    || next.is_none_or(|(_, n)| CLAUSE_JOINERS.contains(n));
                if closes && is(w.trim_end_matches([',', '.', '!', '?', ';', ':']), particle) {
                    Err(true)
                } else if w.ends_with([',', ';', ':']) && !lists_on {
                    Err(false)
                } else {
                    Ok(())
                }
            })
            .is_err_and(|found| found)
            .then_some(start)
    })
}

/// Case-insensitive search for a lowercase needle: the byte offset in `haystack` where
/// its lowercased characters spell `needle`. Compares lazily lowercased characters, so it
/// allocates nothing (profiling found the per-position `to_lowercase` string at 30 % of
/// extraction time).
pub(crate) fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let first = needle.chars().next()?;
    if needle.len() > haystack.len() {
        return None;
    }
    haystack.char_indices().find_map(|(i, c)| {
        let starts = if c.is_ascii() {
            c.to_ascii_lowercase() == first
        } else {
            c.to_lowercase().next() == Some(first)
        };
        if !starts {
            return None;
        }
        let mut lowered = haystack[i..].chars().flat_map(char::to_lowercase);
        needle
            .chars()
            .all(|n| lowered.next() == Some(n))
            .then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::lowercase;

    #[test]
    fn a_year_is_four_digits_from_19_or_20() {
        for text in ["Im Januar 2022 bat", "1999", "seit 2014, als", "(2002)"] {
            assert!(super::has_year(text), "{text}");
        }
        for text in [
            "rund 3000 Soldaten",
            "12.000 Mann",
            "20221 Bytes",
            "Nr. 199",
            "",
        ] {
            assert!(!super::has_year(text), "{text}");
        }
    }

    #[test]
    fn ascii_runs_end_at_the_first_byte_above_127() {
        let text = "Die Truppen über der Grenze: 3.000 Soldaten „rund“ – jeweils ÄÖÜ ẞ x";
        for start in 0..text.len() {
            let bytes = &text.as_bytes()[start..];
            for len in 0..=bytes.len() {
                let bytes = &bytes[..len];
                let expected = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(len);
                assert_eq!(super::ascii_run(bytes), expected, "{start} {len}");
            }
        }
    }

    #[test]
    fn latin_letters_and_punctuation_lowercase_as_the_unicode_tables_say() {
        for c in ('\u{c0}'..='\u{ff}').chain('\u{2000}'..='\u{203f}') {
            let text = format!("A{c}B");
            assert_eq!(
                super::lowercase(&text),
                (text.to_lowercase(), true),
                "{c:?}"
            );
        }
    }

    #[test]
    fn digits_are_found_in_any_chunk() {
        for len in 0..70 {
            let mut text = "x".repeat(len);
            assert!(!super::has_ascii_digit(&text));
            for at in 0..len {
                text.replace_range(at..=at, "7");
                assert!(super::has_ascii_digit(&text), "{len} {at}");
                text.replace_range(at..=at, "x");
            }
        }
        assert!(!super::has_ascii_digit("Zwölf ½ ²"));
    }

    #[test]
    fn the_trigger_walk_finds_what_the_overlapping_iterator_finds() {
        let index = super::Lexicon::builtin().index();
        let texts = crate::facts::tests::page_lines(&[
            "",
            "trat … bei",
            "die ovks-staaten traten dem bündnis bei, die eingreiftruppe zog ab",
            "mitgliedschaftmitgliedmitglieder",
        ]);
        let mut names_found = 0;
        for text in texts.iter().map(|t| t.to_lowercase()) {
            let text = text.as_str();
            let (mut hits, mut names) = (
                vec![super::TableHit::default(); super::WALK_TABLES],
                Vec::new(),
            );
            let mask = index.scan(text, &mut hits, Some(&mut names));
            assert_eq!(
                (hits.clone(), names.clone()),
                index.scan_with_iterator(text),
                "{text}"
            );
            // The mask names exactly the tables whose answer is not the default, and
            // the dense answers give each table its own.
            for (table, hit) in hits.iter().enumerate() {
                let answered = *hit != super::TableHit::default();
                assert_eq!(
                    mask & super::table_bit(table) != 0,
                    answered,
                    "{table}: {text}"
                );
            }
            let mut row = hits.clone();
            let mut dense = Vec::new();
            super::compact(&mut row, mask, &mut dense);
            assert!(row.iter().all(|h| *h == super::TableHit::default()));
            let answers = super::Answers {
                mask,
                hits: dense.into(),
            };
            for (table, hit) in hits.iter().enumerate() {
                assert_eq!(answers.get(table), *hit, "{table}: {text}");
            }
            names_found += names.len();
        }
        assert!(index.names && names_found > 1000, "{names_found}");
    }

    /// `has_word` from the leftmost entry on answers as a scan of every word does, for
    /// every registered table on every line of our pages.
    #[test]
    fn whole_words_are_found_from_the_leftmost_entry() {
        let gazetteer = super::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "ebenfalls falls, Falls-Klausel; das Militärbündnis und das Bündnis",
            "Gruppen-Gruppe gruppe-",
        ]);
        let mut words_found = 0;
        for text in &texts {
            let sentence = super::Sentence::new(text, gazetteer, None);
            for table in (0..super::WALK_TABLES).filter_map(super::Table::at) {
                let words = super::Lexicon::builtin().words(table);
                let expected = sentence.words().any(|w| words.contains(&w));
                assert_eq!(sentence.has_word(table), expected, "{table:?}: {text}");
                words_found += usize::from(expected);
            }
        }
        assert!(words_found > 100, "{words_found}");
    }

    /// The shared walk's names are the gazetteer's own search's, on every line of our
    /// pages and on text built to trip it (overlapping names, case, hyphens, endings).
    #[test]
    fn names_from_the_shared_walk_are_the_gazetteer_search() {
        let gazetteer = super::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "",
            "RusslandRussland Russlands russland RUSSLAND",
            "Roman Oman OMAN omanisch Omans",
            "die Vereinigten Staaten von Amerika und die Vereinigten Arabischen Emirate",
            "Ägypten ägyptische Ägyptische ÄGYPTEN Österreich österreichischen",
            "Mini-Nato, Anti-Nato, Nato-Staaten, NATO, Uno, UNO, uno, Un, UN, un",
            "russisch-belarussische Truppen, OVKS-Gipfel, Kasachstans, kasachischen",
            "Weißrussland WEISSRUSSLAND Belarus BELARUS Minsk minsk",
        ]);
        let mut shared = 0;
        let mut mentions = 0;
        for text in &texts {
            let mut prepared = super::Prepared::default();
            let spans = prepared.add(super::Lexicon::builtin(), gazetteer, text);
            shared += usize::from(spans.hits.is_some());
            let expected = gazetteer.mentions(text);
            assert_eq!(prepared.mentions(&spans), expected.as_slice(), "{text}");
            mentions += expected.len();
        }
        assert!(
            shared + 5 > texts.len() && mentions > 500,
            "{shared} {mentions}"
        );
    }

    /// Sentences prepared side by side are prepared as each alone: same lowercase
    /// text, mentions and trigger answers, for runs of our page lines of every length
    /// (fewer, as many and more than the walk's lanes) with texts whose lowercase form
    /// shifts offsets among them.
    #[test]
    fn sentences_prepared_together_are_prepared_alone() {
        let gazetteer = super::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "Die OVKS und die Nato.",
            "Der \u{212A}reml und Russland.",
            "",
        ]);
        let mut walked = 0;
        for (run, chunk) in texts.chunks(9).enumerate() {
            let chunk: Vec<&str> = chunk.iter().take(run % 10).map(String::as_str).collect();
            let mut together = super::Prepared::default();
            let spans = together.add_all(super::Lexicon::builtin(), gazetteer, &chunk);
            assert_eq!(spans.len(), chunk.len());
            for (text, spans) in chunk.iter().zip(&spans) {
                let mut alone = super::Prepared::default();
                let expected = alone.add(super::Lexicon::builtin(), gazetteer, text);
                assert_eq!(
                    &together.lower[spans.lower.clone()],
                    &alone.lower[expected.lower.clone()]
                );
                assert_eq!(spans.aligned, expected.aligned, "{text}");
                assert_eq!(
                    together.mentions(spans),
                    alone.mentions(&expected),
                    "{text}"
                );
                let hits = |p: &super::Prepared, s: &super::Spans| {
                    s.hits.clone().map(|(mask, h)| (mask, p.hits[h].to_vec()))
                };
                assert_eq!(hits(&together, spans), hits(&alone, &expected), "{text}");
                walked += usize::from(spans.hits.is_some());
            }
        }
        assert!(walked > 300, "{walked}");
    }

    #[test]
    fn lowercase_is_str_to_lowercase_and_knows_when_offsets_shift() {
        for text in [
            "",
            "NATO-Gipfel in Riga",
            "Über 3.000 Soldaten, „Friedenstruppe“ – sagte Ärztin Weiß.",
            "\u{212A}elvin und \u{130}stanbul",
            "GROẞE Übung",
        ] {
            let (lower, aligned) = lowercase(text);
            assert_eq!(lower, text.to_lowercase(), "{text}");
            assert_eq!(
                aligned,
                lower.len() == text.len()
                    && text.chars().all(|c| {
                        c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8()
                    }),
                "{text}"
            );
        }
    }
}
