//! Date expressions in running German text, resolved against the article's date:
//! `am 6. Januar`, `im Februar 2024`, `im Jahr 2002`, `am Mittwoch`, `vergangene Woche`,
//! `im vergangenen Februar`, `Anfang der 90er Jahre`, `Frühjahr 2023`.
//!
//! Absolute dates need no anchor. Relative ones (`am Mittwoch`, `im vergangenen Februar`,
//! a day without a year) need the article's publication date; without one they are left
//! out rather than guessed.

use crate::lexicon::{Lexicon, Table};
use lagebild_model::{CalendarDate, Season, When};
use lagebild_parse::parse_date_prefix;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

// The grammar's tables: month and weekday names from the vocabulary the parser shares,
// the other words from the built-in lexicon (`data/lexicon/dates.tsv`, where each says
// what it is for). [`crate::dates`] has no lexicon of its own, so these tables are fixed.
static MONTHS: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| {
    lagebild_parse::vocabulary::month_names(lagebild_parse::vocabulary::Grammar::Prose).to_vec()
});
static WEEKDAYS: LazyLock<Vec<(&str, u32)>> = LazyLock::new(|| {
    lagebild_parse::vocabulary::weekday_names(lagebild_parse::vocabulary::Grammar::Prose)
        .iter()
        .map(|&(name, day)| (name, u32::from(day)))
        .collect()
});
static SEASONS: LazyLock<Vec<(&str, Season)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Seasons, crate::lexicon::season));
static RELATIVE: LazyLock<Vec<(&str, i32)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Relative, crate::lexicon::integer));
static PARTS: LazyLock<Vec<(&str, (u32, u32))>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Parts, crate::lexicon::tenths));
static DECADE_WORDS: LazyLock<Vec<(&str, i32)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::DecadeWords, crate::lexicon::integer));
static PAST_CUES: LazyLock<&[&str]> = LazyLock::new(|| Lexicon::builtin().words(Table::PastCues));
static FUTURE_CUES: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::FutureCues));
static COUNTED_AFTER: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::CountedAfter));
static AMOUNT_BEFORE: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::AmountBefore));
#[cfg(test)]
static DATE_WORD_PIECES: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::DateWordPieces));
#[cfg(test)]
static MONTH_NAMES: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::MonthNames));
#[cfg(test)]
static WEEKDAY_NAMES: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::WeekdayNames));

/// A date expression found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub(crate) when: When,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A lowercase word and its byte range.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    // Room for a word per six bytes up front: German running text averages about seven
    // bytes a word with its space, and the vector used to grow three or four times.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '-' || (c == '.' && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

fn lookup<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    let lower = lowercase(word.trim_end_matches('.'));
    table
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, value)| value)
}

fn year_of(word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    let year: i32 = word.parse().ok().filter(|_| word.len() == 4)?;
    CalendarDate::year(year).map(|_| year)
}

/// Days since 1970-01-01 for a full date (proleptic Gregorian), for weekday arithmetic.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> Option<CalendarDate> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    CalendarDate::ymd(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

fn day_number(date: CalendarDate) -> Option<i64> {
    Some(days_from_civil(
        date.get_year(),
        date.get_month()?,
        date.get_day()?,
    ))
}

/// Whether a sentence speaks of the past or the future, from its auxiliaries and
/// adverbs; `None` when it gives no cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// Whether a sentence speaks of what is still to come (`soll … stattfinden`).
pub(crate) fn speaks_of_future(text: &str) -> bool {
    tense(text) == Some(Tense::Future)
}

fn tense(text: &str) -> Option<Tense> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let past = words.iter().any(|w| PAST_CUES.contains(w));
    let future = words.iter().any(|w| FUTURE_CUES.contains(w));
    match (past, future) {
        (true, false) => Some(Tense::Past),
        (false, true) => Some(Tense::Future),
        _ => None,
    }
}

/// The year to give a day or month that the text wrote without one. In a sentence about
/// the past, the most recent such month on or before the article; about the future, the
/// next one; without a cue, the one nearest to the article (`am 20. Dezember` in a January
/// article is last December; `im Oktober` in a July article is this October).
fn infer_year(anchor: CalendarDate, month: u8, tense: Option<Tense>) -> i32 {
    let year = anchor.get_year();
    let anchor_month = i32::from(anchor.get_month().unwrap_or(6));
    let offset = |y: i32| (y - year) * 12 + i32::from(month) - anchor_month;
    let candidates = [year - 1, year, year + 1];
    let pick = match tense {
        Some(Tense::Past) => candidates.into_iter().filter(|&y| offset(y) <= 0).max(),
        Some(Tense::Future) => candidates.into_iter().filter(|&y| offset(y) >= 0).min(),
        None => None,
    };
    pick.unwrap_or_else(|| {
        candidates
            .into_iter()
            .min_by_key(|&y| (offset(y).abs(), (y - year).abs()))
            .unwrap_or(year)
    })
}

/// A text and its tense, worked out at most once however many dates it holds (asking
/// for each date made a sentence of many dates quadratic).
struct Source<'t> {
    text: &'t str,
    tense: OnceCell<Option<Tense>>,
    /// The date the story last gave with its year (`Im Januar 2022 bat …`), which a
    /// day or month without a year in the same paragraph continues (`Am 6. Januar
    /// beschloss …`); `None` places them against the publication date.
    story: Option<CalendarDate>,
    /// The end of the text's last ASCII digit (0: none). Every form of the parser's date
    /// grammar has digits (a test checks it on our pages), so no word from here on
    /// starts one, and its month and weekday names need not be looked up.
    digits_end: usize,
}

impl Source<'_> {
    fn tense(&self) -> Option<Tense> {
        *self.tense.get_or_init(|| tense(self.text))
    }

    /// The year of a month named without one: the story's year when the paragraph gave
    /// one (the nearest such month to a story date with a month, the story's own year
    /// to one without), else the year the tense and the publication date suggest.
    fn year_of_month(&self, anchor: Option<CalendarDate>, month: u8) -> Option<i32> {
        Some(match self.story {
            Some(story) if story.get_month().is_some() => infer_year(story, month, None),
            Some(story) => story.get_year(),
            None => infer_year(anchor?, month, self.tense()),
        })
    }
}

/// Finds the date expressions in `text`. `anchor` is the article's publication date.
pub(crate) fn find_dates(text: &str, anchor: Option<CalendarDate>) -> Vec<DateMention> {
    find_dates_before(text, anchor, None, text.len())
}

/// [`find_dates`], told that no piece or name of [`DATE_WORD_PIECES`], [`MONTH_NAMES`]
/// and [`WEEKDAY_NAMES`] ends after `names_end`. A date expression starts with a word
/// that starts with a digit, a table word (each holds a piece or a name), or a date
/// word of the parser before the last digit, so none starts from the later of the end
/// of the last digit and `names_end` on: the words from there are not looked at.
pub(crate) fn find_dates_before(
    text: &str,
    anchor: Option<CalendarDate>,
    story: Option<CalendarDate>,
    names_end: usize,
) -> Vec<DateMention> {
    let words = words(text);
    let source = Source {
        text,
        tense: OnceCell::new(),
        story,
        digits_end: text
            .bytes()
            .rposition(|b| b.is_ascii_digit())
            .map_or(0, |at| at + 1),
    };
    let starts_end = source.digits_end.max(names_end);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() && words[i].start < starts_end {
        match date_at(&source, &words, i, anchor) {
            Some((mention, used)) => {
                out.push(mention);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    out
}

/// The word after `i`, lowercased.
fn lower_at<'w>(words: &[Word<'w>], i: usize) -> Option<Cow<'w, str>> {
    words
        .get(i)
        .map(|w| lowercase(w.text.trim_end_matches('.')))
}

/// `word` in lower case, borrowed when it has no capital letter (digits, most words).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn date_at(
    source: &Source<'_>,
    words: &[Word<'_>],
    i: usize,
    anchor: Option<CalendarDate>,
) -> Option<(DateMention, usize)> {
    let text = source.text;
    let word = words[i];
    // Every date expression starts with a digit, a word of this module's tables or a
    // name the parser's date grammar knows; other words are passed over before any
    // grammar runs (the grammar at every word was a quarter of extraction time), and
    // before the word is lowercased (a copy per word of every sentence).
    let may_start = word.text.starts_with(|c: char| c.is_ascii_digit())
        || is_date_table_word_any_case(word.text.trim_end_matches('.'))
        || (word.start < source.digits_end && lagebild_parse::starts_with_date_word(word.text));
    if !may_start {
        return None;
    }
    let lower = lower_at(words, i)?;
    // A full stop closing the sentence is not part of the date.
    let mention = |when: When, last: usize| DateMention {
        when,
        start: word.start,
        end: words[last].start + words[last].text.trim_end_matches('.').len(),
    };

    // A full absolute date the parser's grammar knows: `6. Januar 2022`, `07.01.2022`,
    // `Februar 2024`.
    if let Some((date, rest)) = parse_date_prefix(&text[word.start..]) {
        let end = text.len() - rest.len();
        // The grammar may stop inside a word (`2024.` at a sentence end): the mention ends
        // where the date ends, and at least this word is used.
        // Words are in text order, so the last one inside the date is found by binary
        // search from `i` on, not by a scan from the end of the text.
        let last = i + words[i..]
            .partition_point(|w| w.end <= end)
            .saturating_sub(1);
        let when = match (date.get_month(), date.get_day()) {
            (Some(m), Some(d)) => When::ymd(i32::from(date.get_year()), m, d),
            (Some(m), None) => When::year_month(i32::from(date.get_year()), m),
            _ => When::year(i32::from(date.get_year())),
        }?;
        // A bare year is only a date in a date context (`im Jahr 2002`, `seit 2014`,
        // `2002 gegründet`); `2030 Soldaten` is handled by the number finder.
        if date.get_month().is_none() && !year_context(words, i) {
            return None;
        }
        let date_mention = DateMention {
            when,
            start: word.start,
            end: end.max(word.start),
        };
        return Some((date_mention, last - i + 1));
    }

    // `6. Januar` without a year.
    if word.text.ends_with('.')
        && let Ok(day) = word.text.trim_end_matches('.').parse::<u8>()
        && let Some(month) = words.get(i + 1).and_then(|w| lookup(w.text, &MONTHS[..]))
    {
        let when = When::ymd(source.year_of_month(anchor, month)?, month, day)?;
        return Some((mention(when, i + 1), 2));
    }

    // `im Jahr 2002`, `Jahr 2002`.
    if lower == "jahr" || lower == "jahres" {
        let year = words.get(i + 1).and_then(|w| year_of(w.text))?;
        return Some((mention(When::year(year)?, i + 1), 2));
    }

    // `Anfang/Mitte/Ende der 90er Jahre`, `Anfang 2022`, `Ende Februar`, `Anfang des Jahres`.
    if let Some((first, last)) = lookup(&lower, &PARTS[..]) {
        return part_of_period(source, words, i, (first, last), anchor)
            .map(|(when, j)| (mention(when, j), j - i + 1));
    }

    // `in den 90er-Jahren`, `der 1990er Jahre`.
    if let Some(decade) = decade_of(word.text) {
        let last = if lower_at(words, i + 1).is_some_and(|w| w.starts_with("jahr")) {
            i + 1
        } else {
            i
        };
        return Some((mention(When::Decade(decade), last), last - i + 1));
    }

    // `Frühjahr 2023`, `im Herbst`.
    if let Some(season) = lookup(&lower, &SEASONS[..]) {
        let (year, last) = match words.get(i + 1).and_then(|w| year_of(w.text)) {
            Some(year) => (year, i + 1),
            None => {
                let anchor = anchor?;
                (anchor.get_year(), i)
            }
        };
        return Some((mention(When::Season { year, season }, last), last - i + 1));
    }

    // `im Februar` (no year): resolved against the article.
    if let Some(month) = lookup(&lower, &MONTHS[..])
        && i > 0
        && matches!(
            lower_at(words, i - 1).as_deref(),
            Some("im" | "seit" | "bis" | "ab" | "anfang" | "ende" | "mitte")
        )
    {
        // `im Oktober desselben Jahres`: the year the story named last, not the nearest.
        let same_year_words = match (
            lower_at(words, i + 1).as_deref(),
            lower_at(words, i + 2).as_deref(),
        ) {
            (Some("desselben" | "selbigen"), Some(w)) if w.starts_with("jahr") => 2,
            (Some("des"), Some("selben" | "gleichen")) => 3,
            _ => 0,
        };
        let same_year = source.story.filter(|_| same_year_words > 0);
        let (year, last) = match same_year {
            Some(story) => (story.get_year(), i + same_year_words),
            None => (source.year_of_month(anchor, month)?, i),
        };
        return Some((mention(When::year_month(year, month)?, last), last - i + 1));
    }

    // `am Mittwoch`: the most recent such day on or before the article date.
    if let Some(weekday) = lookup(&lower, &WEEKDAYS[..])
        && i > 0
        && matches!(
            lower_at(words, i - 1).as_deref(),
            Some("am" | "seit" | "bis" | "vom" | "zum")
        )
    {
        let anchor_day = day_number(anchor?)?;
        // 1970-01-01 was a Thursday (weekday 3 with Monday = 0).
        let anchor_weekday = (anchor_day + 3).rem_euclid(7) as u32;
        let back = (anchor_weekday + 7 - weekday) % 7;
        let date = civil_from_days(anchor_day - i64::from(back))?;
        return Some((mention(When::Date(date), i), 1));
    }

    // `vergangene Woche`, `im vergangenen Februar`, `letztes Jahr`, `dieses Jahr`.
    if let Some(offset) = lookup(&lower, &RELATIVE[..]) {
        let unit = lower_at(words, i + 1)?;
        let anchor = anchor?;
        let when = relative_period(&unit, offset, anchor)?;
        return Some((mention(when, i + 1), 2));
    }

    // `heute`, `gestern`, `vorgestern`.
    let days_back = match lower.as_ref() {
        "heute" => Some(0),
        "gestern" => Some(1),
        "vorgestern" => Some(2),
        _ => None,
    };
    if let Some(back) = days_back {
        let date = civil_from_days(day_number(anchor?)? - back)?;
        return Some((mention(When::Date(date), i), 1));
    }
    None
}

/// A bare year (`2002`) is a date unless its neighbours make it an amount.
fn year_context(words: &[Word<'_>], i: usize) -> bool {
    let previous = i.checked_sub(1).and_then(|p| lower_at(words, p));
    let next = lower_at(words, i + 1);
    // An adjective may stand between a count and what it counts (`1000 saudische
    // Soldaten`).
    let counted_after_adjective = words
        .get(i + 1)
        .is_some_and(|w| w.text.starts_with(char::is_lowercase))
        && lower_at(words, i + 2).is_some_and(|n| COUNTED_AFTER.contains(&&*n));
    !(counted_after_adjective
        || next.as_deref().is_some_and(|n| COUNTED_AFTER.contains(&n))
        || previous
            .as_deref()
            .is_some_and(|p| AMOUNT_BEFORE.contains(&p)))
}

/// Whether a lowercase word (trailing dot removed) is one a date expression of this
/// module starts with.
/// [`is_date_table_word`] of the word lowercased, without lowercasing an ASCII word (the
/// tables are lowercase, so an ASCII comparison that ignores case is the same test).
fn is_date_table_word_any_case(word: &str) -> bool {
    if !word.is_ascii() {
        return is_date_table_word(&word.to_lowercase());
    }
    // Most words have a length and first letter that no table word has.
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !date_table_shapes()
        .get(word.len())
        .is_some_and(|by_first| by_first[usize::from(first)])
    {
        return false;
    }
    fn in_table<T>(word: &str, table: &[(&str, T)]) -> bool {
        table
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(word))
    }
    ["jahr", "jahres", "heute", "gestern", "vorgestern"]
        .iter()
        .any(|name| name.eq_ignore_ascii_case(word))
        || in_table(word, &MONTHS[..])
        || in_table(word, &WEEKDAYS[..])
        || in_table(word, &SEASONS[..])
        || in_table(word, &RELATIVE[..])
        || in_table(word, &PARTS[..])
        || in_table(word, &DECADE_WORDS[..])
}

/// Every word of [`is_date_table_word`]'s tables.
fn date_table_words() -> impl Iterator<Item = &'static str> {
    fn names<T>(table: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
        table.iter().map(|(name, _)| *name)
    }
    ["jahr", "jahres", "heute", "gestern", "vorgestern"]
        .into_iter()
        .chain(names(&MONTHS[..]))
        .chain(names(&WEEKDAYS[..]))
        .chain(names(&SEASONS[..]))
        .chain(names(&RELATIVE[..]))
        .chain(names(&PARTS[..]))
        .chain(names(&DECADE_WORDS[..]))
}

/// `[length][first byte]` of the ASCII words of [`is_date_table_word`]'s tables.
fn date_table_shapes() -> &'static [[bool; 256]] {
    static SHAPES: std::sync::OnceLock<Vec<[bool; 256]>> = std::sync::OnceLock::new();
    SHAPES.get_or_init(|| {
        let words: Vec<&str> = date_table_words().filter(|w| w.is_ascii()).collect();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut shapes = vec![[false; 256]; longest + 1];
        for word in words {
            if let Some(&first) = word.as_bytes().first() {
                shapes[word.len()][usize::from(first)] = true;
            }
        }
        shapes
    })
}

fn is_date_table_word(lower: &str) -> bool {
    fn in_table<T>(word: &str, table: &[(&str, T)]) -> bool {
        table.iter().any(|(name, _)| *name == word)
    }
    matches!(
        lower,
        "jahr" | "jahres" | "heute" | "gestern" | "vorgestern"
    ) || in_table(lower, &MONTHS[..])
        || in_table(lower, &WEEKDAYS[..])
        || in_table(lower, &SEASONS[..])
        || in_table(lower, &RELATIVE[..])
        || in_table(lower, &PARTS[..])
        || in_table(lower, &DECADE_WORDS[..])
}

/// `90er`, `90er-Jahre`, `1990er`, `1990er-Jahren`, `neunziger`.
fn decade_of(word: &str) -> Option<i32> {
    if let Some(decade) = lookup(word, &DECADE_WORDS[..]) {
        return Some(decade);
    }
    let digits = word.split("er").next()?;
    if !word[digits.len()..].starts_with("er") {
        return None;
    }
    let rest = &word[digits.len() + 2..];
    if !(rest.is_empty() || rest.starts_with("-jahr") || rest.starts_with("-Jahr")) {
        return None;
    }
    match digits.len() {
        2 => {
            let tens: i32 = digits.parse().ok()?;
            // Two-digit decades in current reporting: `90er` are the 1990s, `20er` the 2020s.
            let century = if tens >= 30 { 1900 } else { 2000 };
            (tens % 10 == 0).then_some(century + tens)
        }
        4 => {
            let year: i32 = digits.parse().ok()?;
            (year % 10 == 0 && CalendarDate::year(year).is_some()).then_some(year)
        }
        _ => None,
    }
}

fn part_of_period(
    source: &Source<'_>,
    words: &[Word<'_>],
    i: usize,
    (first, last): (u32, u32),
    anchor: Option<CalendarDate>,
) -> Option<(When, usize)> {
    let mut j = i + 1;
    if matches!(lower_at(words, j).as_deref(), Some("der" | "des")) {
        j += 1;
    }
    let next = words.get(j)?;
    if let Some(decade) = decade_of(next.text) {
        let end = if lower_at(words, j + 1).is_some_and(|w| w.starts_with("jahr")) {
            j + 1
        } else {
            j
        };
        let from = CalendarDate::year(decade + first as i32)?;
        let to = CalendarDate::year(decade + last as i32)?;
        return When::range(from, to).map(|w| (w, end));
    }
    let (year, month, end) = if let Some(year) = year_of(next.text) {
        (year, None, j)
    } else if let Some(month) = lookup(next.text, &MONTHS[..]) {
        match words.get(j + 1).and_then(|w| year_of(w.text)) {
            Some(year) => (year, Some(month), j + 1),
            None => (source.year_of_month(anchor, month)?, Some(month), j),
        }
    } else if lower_at(words, j).is_some_and(|w| w == "jahres") {
        (anchor?.get_year(), None, j)
    } else {
        return None;
    };
    match month {
        // `Anfang März`, `Ende Januar`: the month. The press uses the part loosely (a
        // week into the month is still `Anfang`), so a third of a month would claim a
        // precision the text does not have.
        Some(month) => When::year_month(year, month).map(|w| (w, end)),
        // Anfang 2022 = January-April, Mitte = May-August, Ende = September-December.
        None => {
            let (from_month, to_month) = match first {
                0 => (1, 4),
                4 => (5, 8),
                _ => (9, 12),
            };
            When::range(
                CalendarDate::year_month(year, from_month)?,
                CalendarDate::year_month(year, to_month)?,
            )
            .map(|w| (w, end))
        }
    }
}

fn relative_period(unit: &str, offset: i32, anchor: CalendarDate) -> Option<When> {
    if unit.starts_with("jahr") {
        return When::year(anchor.get_year() + offset);
    }
    if unit.starts_with("monat") {
        let total = anchor.get_year() * 12 + i32::from(anchor.get_month()?) - 1 + offset;
        return When::year_month(
            total.div_euclid(12),
            u8::try_from(total.rem_euclid(12) + 1).ok()?,
        );
    }
    if unit.starts_with("woche") {
        let day = day_number(anchor)?;
        let weekday = (day + 3).rem_euclid(7);
        let monday = day - weekday + 7 * i64::from(offset);
        return When::range(civil_from_days(monday)?, civil_from_days(monday + 6)?);
    }
    if let Some(month) = lookup(unit, &MONTHS[..]) {
        // `im vergangenen Februar`: the most recent February before the article's month.
        let anchor_month = anchor.get_month()?;
        let year = match offset {
            -1 if month >= anchor_month => anchor.get_year() - 1,
            -1 => anchor.get_year(),
            1 if month <= anchor_month => anchor.get_year() + 1,
            _ => anchor.get_year(),
        };
        return When::year_month(year, month);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_table_word_contains_a_piece() {
        let pieces = DATE_WORD_PIECES
            .iter()
            .chain(MONTH_NAMES.iter())
            .chain(WEEKDAY_NAMES.iter());
        for word in date_table_words() {
            assert!(pieces.clone().any(|piece| word.contains(piece)), "{word}");
        }
    }

    /// What the gates rest on: the parser's grammar reads no date from text without an
    /// ASCII digit, from any word of any line of our pages on, nor from names alone.
    #[test]
    fn the_date_grammar_needs_a_digit() {
        let texts = crate::facts::tests::page_lines(&[
            "Mittwoch, Juni Juli, Montag den, Mi., Jan. Feb Sept. Dezember",
            "am Sonnabend, dem sechsten Mai zweitausendvierundzwanzig",
        ]);
        let mut tried = 0;
        for text in &texts {
            for (at, _) in text.char_indices() {
                let rest = &text[at..];
                if !rest.bytes().any(|b| b.is_ascii_digit()) {
                    assert!(lagebild_parse::parse_date_prefix(rest).is_none(), "{rest}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 10_000, "{tried}");
    }

    /// The gate's other half: the parser's grammar finds no date without a digit.
    #[test]
    fn no_date_without_a_digit_or_a_piece() {
        let anchor = CalendarDate::ymd(2024, 5, 8);
        let texts = crate::facts::tests::page_lines(&[
            "Am Mittwoch, dem sechsten Mai, tagte das Gremium.",
            "Mo Di Mi Do Fr Sa So Jan Feb Mär Okt Dez Sept",
            "Ende Januar, im Herbst, vergangene Woche, heute",
        ]);
        let mut gated = 0;
        for text in &texts {
            let lower = text.to_lowercase();
            let pieces = DATE_WORD_PIECES
                .iter()
                .chain(MONTH_NAMES.iter())
                .chain(WEEKDAY_NAMES.iter());
            if text.bytes().any(|b| b.is_ascii_digit())
                || pieces.clone().any(|piece| lower.contains(piece))
            {
                continue;
            }
            gated += 1;
            assert!(find_dates(text, anchor).is_empty(), "{text}");
        }
        assert!(gated > 100, "{gated}");
    }

    /// No date starts after both the last digit and the last piece or name.
    #[test]
    fn no_date_starts_after_the_last_digit_piece_or_name() {
        let anchor = CalendarDate::ymd(2024, 5, 8);
        let texts = crate::facts::tests::page_lines(&[
            "Am 6. Januar 2022 und dann im Herbst, vergangene Woche, am Mittwoch.",
            "Seit 2014, Ende der 90er Jahre, Anfang 2022, heute und gestern, 07.01.2022",
        ]);
        let mut found = 0;
        for text in &texts {
            let lower = text.to_lowercase();
            let names_end = if lower.len() == text.len() {
                DATE_WORD_PIECES
                    .iter()
                    .chain(MONTH_NAMES.iter())
                    .chain(WEEKDAY_NAMES.iter())
                    .filter_map(|piece| lower.rfind(piece).map(|at| at + piece.len()))
                    .max()
                    .unwrap_or(0)
            } else {
                text.len()
            };
            let all = find_dates(text, anchor);
            assert_eq!(
                find_dates_before(text, anchor, None, names_end),
                all,
                "{text}"
            );
            found += all.len();
        }
        assert!(found > 50, "{found}");
    }

    #[test]
    fn the_any_case_table_test_is_the_lowercase_one() {
        let mut words: Vec<String> = ["jahr", "jahres", "heute", "gestern", "vorgestern"]
            .iter()
            .map(|w| (*w).to_owned())
            .collect();
        words.extend(MONTHS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(WEEKDAYS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(SEASONS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(RELATIVE.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(PARTS.iter().map(|(w, _)| (*w).to_owned()));
        words.extend(DECADE_WORDS.iter().map(|(w, _)| (*w).to_owned()));
        for table_word in words.clone() {
            assert_eq!(
                table_word,
                table_word.to_lowercase(),
                "tables are lowercase"
            );
            words.push(table_word.to_uppercase());
            let mut chars = table_word.chars();
            if let Some(first) = chars.next() {
                words.push(first.to_uppercase().chain(chars).collect());
            }
        }
        words.extend(
            ["Jahrzehnt", "Märzen", "MONTAGS", "", "2022", "Ende.", "ÄRA"].map(String::from),
        );
        for word in &words {
            assert_eq!(
                is_date_table_word_any_case(word),
                is_date_table_word(&word.to_lowercase()),
                "{word}"
            );
        }
    }

    fn check(text: &str, anchor: Option<&str>) -> Vec<String> {
        let anchor = anchor.and_then(|a| match When::parse(a) {
            Some(When::Date(d)) => Some(d),
            _ => None,
        });
        find_dates(text, anchor)
            .into_iter()
            .map(|m| format!("{} [{}]", m.when, &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            check("Am 6. Januar 2022 beschloss der Rat", None),
            ["2022-01-06 [6. Januar 2022]"]
        );
        assert_eq!(
            check("im Februar 2024 eingefroren", None),
            ["2024-02 [Februar 2024]"]
        );
        assert_eq!(
            check("Sie wurde im Jahr 2002 gegründet", None),
            ["2002 [Jahr 2002]"]
        );
        assert_eq!(check("Es wurde 2002 gegründet", None), ["2002 [2002]"]);
        assert_eq!(check("Georgien ging bereits 1999", None), ["1999 [1999]"]);
        assert_eq!(check("rund 2000 Soldaten", None), Vec::<String>::new());
        assert_eq!(
            check("in den neunziger Jahren", None),
            ["199X [neunziger Jahren]"]
        );
        assert_eq!(check("Frühjahr 2023", None), ["2023-21 [Frühjahr 2023]"]);
        assert_eq!(check("Die 2030 Soldaten", None), Vec::<String>::new());
        // Regression (seed 002): a year closing a sentence used to underflow an index.
        assert_eq!(
            check("zu Beginn des Jahres 2022.", None),
            ["2022 [Jahres 2022]"]
        );
    }

    #[test]
    fn a_day_or_month_without_a_year_continues_the_story_year() {
        let published = CalendarDate::ymd(2025, 3, 5);
        let story = |date: CalendarDate, text: &str| -> Vec<String> {
            find_dates_before(text, published, Some(date), text.len())
                .into_iter()
                .map(|m| m.when.to_string())
                .collect()
        };
        let january_2022 = CalendarDate::year_month(2022, 1).unwrap();
        assert_eq!(
            story(january_2022, "Am 6. Januar beschloss der Rat"),
            ["2022-01-06"]
        );
        // The nearest such month to the story's: December before a January story.
        assert_eq!(
            story(january_2022, "im Dezember hatte es begonnen"),
            ["2021-12"]
        );
        // A story year without a month gives its own year.
        let year_2014 = CalendarDate::year(2014).unwrap();
        assert_eq!(
            story(year_2014, "Ende Februar rückten sie ein"),
            ["2014-02"]
        );
        // `desselben Jahres` is the story's year, however far the month.
        assert_eq!(
            story(january_2022, "im Dezember desselben Jahres zogen sie ab"),
            ["2022-12"]
        );
        assert_eq!(
            story(january_2022, "im November des gleichen Jahres"),
            ["2022-11"]
        );
        // Weekdays stay with the publication date.
        assert_eq!(story(january_2022, "am Montag sagte er"), ["2025-03-03"]);
        // Without a story, the publication date decides.
        assert_eq!(
            find_dates("Am 6. Januar beschloss der Rat", published)
                .into_iter()
                .map(|m| m.when.to_string())
                .collect::<Vec<_>>(),
            ["2025-01-06"]
        );
    }

    #[test]
    fn relative_dates_need_and_use_the_anchor() {
        let anchor = Some("2022-01-07");
        assert_eq!(
            check("Am 6. Januar beschloss", anchor),
            ["2022-01-06 [6. Januar]"]
        );
        assert_eq!(check("Am 6. Januar beschloss", None), Vec::<String>::new());
        assert_eq!(
            check("am 20. Dezember", anchor),
            ["2021-12-20 [20. Dezember]"]
        );
        // 2022-01-07 was a Friday; the Wednesday before it was the 5th.
        assert_eq!(
            check("hatte am Mittwoch gebeten", anchor),
            ["2022-01-05 [Mittwoch]"]
        );
        assert_eq!(
            check("in der vergangenen Woche", anchor),
            ["2021-12-27/2022-01-02 [vergangenen Woche]"]
        );
        assert_eq!(
            check("im vergangenen Februar", Some("2023-03-01")),
            ["2023-02 [vergangenen Februar]"]
        );
        assert_eq!(
            check("im vergangenen Februar", Some("2023-02-20")),
            ["2022-02 [vergangenen Februar]"]
        );
        assert_eq!(
            check("im vergangenen Jahr", anchor),
            ["2021 [vergangenen Jahr]"]
        );
        assert_eq!(check("gestern", anchor), ["2022-01-06 [gestern]"]);
        assert_eq!(
            check("im Februar", Some("2024-04-26")),
            ["2024-02 [Februar]"]
        );
        assert_eq!(
            check("übernimmt das Amt im Oktober", Some("2024-07-10")),
            ["2024-10 [Oktober]"]
        );
        assert_eq!(
            check("hatte bereits im Februar eingefroren", Some("2024-11-28")),
            ["2024-02 [Februar]"]
        );
        assert_eq!(
            check("in der Nacht zum Dienstag", Some("2022-09-14")),
            ["2022-09-13 [Dienstag]"]
        );
    }

    #[test]
    fn periods_and_decades() {
        assert_eq!(
            check("Anfang der 90er Jahre", None),
            ["1990/1993 [Anfang der 90er Jahre]"]
        );
        assert_eq!(check("in den 90er-Jahren", None), ["199X [90er-Jahren]"]);
        assert_eq!(
            check("Ende der 1990er", None),
            ["1997/1999 [Ende der 1990er]"]
        );
        assert_eq!(
            check("Anfang 2022", None),
            ["2022-01/2022-04 [Anfang 2022]"]
        );
        assert_eq!(
            check("Ende Februar", Some("2024-03-07")),
            ["2024-02 [Ende Februar]"]
        );
    }

    #[test]
    fn weekday_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            civil_from_days(days_from_civil(2024, 2, 29))
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
    }
}
