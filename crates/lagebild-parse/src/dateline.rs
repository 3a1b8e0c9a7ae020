//! The metadata lines around a headline: datelines, `Stand:` lines, bylines, the fused
//! ` date YYYY-MM` prefix, and the place-and-agency dateline that opens a lead.
//!
//! Each recogniser takes one normalised line and either understands all of it or returns
//! `None`, so that a body sentence that merely starts with a date is never eaten.

use crate::date::{ClockTime, PartialDate, clock_time, date};
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case},
    character::complete::{space0, space1},
    combinator::opt,
};

/// What a date attached to an article is: the reader must be able to tell the day a page
/// was saved from the day it was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum DateKind {
    /// A publication dateline near the headline (`07.01.2022, 21:33 Uhr | AFP`).
    Dateline,
    /// The ` date YYYY-MM` prefix some scrapers fuse to the title line.
    MetadataPrefix,
    /// A `Stand:` or `Aktualisiert:` line: the last update, not necessarily the first publication.
    Stand,
    /// A date in the site's top bar, which usually shows the day the page was saved.
    PageHeader,
}

impl DateKind {
    /// How far the date can be trusted as the publication date; higher wins.
    pub(crate) fn rank(self) -> u8 {
        match self {
            DateKind::Dateline => 4,
            DateKind::MetadataPrefix => 3,
            DateKind::Stand => 2,
            DateKind::PageHeader => 1,
        }
    }

    /// The name used in JSON and in `--explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Dateline => "dateline",
            DateKind::MetadataPrefix => "metadata-prefix",
            DateKind::Stand => "stand",
            DateKind::PageHeader => "page-header",
        }
    }
}

/// A line that carries publication metadata and nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct MetaLine {
    pub(crate) date: Option<PartialDate>,
    pub(crate) time: Option<ClockTime>,
    pub(crate) source: Option<String>,
    pub(crate) author: Option<String>,
    /// Set for `Stand:`/`Aktualisiert:` lines.
    pub(crate) is_update: bool,
    /// True when the line is nothing but a date (and maybe a weekday and time): such a
    /// line above the headline is the site's top bar, below it the dateline.
    pub(crate) bare_date: bool,
}

/// Words that introduce an update or publication date. Lowercase; matched with an
/// optional colon or `am` after them.
const DATE_INTRODUCERS: &[(&str, bool)] = &[
    ("zuletzt aktualisiert", true),
    ("aktualisiert", true),
    ("stand", true),
    ("update", true),
    ("veröffentlicht", false),
    ("online seit", false),
    ("datum", false),
    ("erschienen", false),
    ("erstellt", false),
    ("publiziert", false),
];

/// Words that introduce an author's name.
const BYLINE_INTRODUCERS: &[&str] = &[
    "ein kommentar von ",
    "eine analyse von ",
    "ein gastbeitrag von ",
    "eine reportage von ",
    "ein interview von ",
    "ein beitrag von ",
    "ein bericht von ",
    "von ",
    "von: ",
    "autor: ",
    "autorin: ",
    "autoren: ",
    "autorin/autor ",
    "autor/autorin ",
    "autor ",
    "autorin ",
    "text: ",
    "by ",
];

/// Separators between the date and the source on one line.
const SEPARATORS: &[char] = &['|', '·', '•', '/', '-', '–', '—'];

/// Metadata lines are short: the longest byline with date and source we have seen is
/// under 100 characters.
const META_MAX_CHARS: usize = 120;

/// Recognises a whole line of publication metadata: a dateline, a `Stand:` line, a
/// bare date, or a byline (possibly with a date and source after it).
pub(crate) fn meta_line(line: &str) -> Option<MetaLine> {
    let line = line.trim();
    // Metadata lines are short; a long line starting with a date is a sentence.
    if line.is_empty()
        || line.len() > META_MAX_CHARS * 4
        || (line.len() > META_MAX_CHARS && line.chars().count() > META_MAX_CHARS)
    {
        return None;
    }
    if let Some(meta) = byline(line) {
        return Some(meta);
    }
    if let Some((is_update, rest)) = date_introducer(line) {
        // `Aktualisiert: 19:52 Uhr`: an update time without its date is still a date
        // line (of the day the page was saved), never a headline.
        if let Ok((after, time)) = crate::date::clock_time(rest)
            && after.trim().is_empty()
        {
            return Some(MetaLine {
                time: Some(time),
                is_update,
                ..MetaLine::default()
            });
        }
        let mut meta = dated_rest(rest)?;
        meta.is_update = is_update;
        meta.bare_date = false;
        return Some(meta);
    }
    if let Some(meta) = dated_rest(line) {
        return Some(meta);
    }
    // `AFP | 07.01.2022, 21:33 Uhr`: source first.
    let (head, tail) = split_at_source_separator(line)?;
    let mut meta = dated_rest(tail.trim())?;
    if meta.source.is_some() || !looks_like_source(head.trim()) {
        return None;
    }
    meta.source = Some(head.trim().to_owned());
    meta.bare_date = false;
    Some(meta)
}

/// `line.split_once(['|', '·'])`, searched bytewise (`·` is `C2 B7` in UTF-8).
fn split_at_source_separator(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let at = memchr::memchr2_iter(b'|', 0xB7, bytes)
        .find(|&at| bytes[at] == b'|' || (at > 0 && bytes[at - 1] == 0xC2))?;
    Some(if bytes[at] == b'|' {
        (&line[..at], &line[at + 1..])
    } else {
        (&line[..at - 1], &line[at + 1..])
    })
}

/// `text` without `prefix` (given in lower case), compared case-insensitively and
/// without allocating: this runs on every short line.
fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    // Byte comparison while both sides are ASCII, which settles nearly every call at the
    // first byte; the character-wise comparison takes over at the first non-ASCII byte.
    let (text_bytes, prefix_bytes) = (text.as_bytes(), prefix.as_bytes());
    let mut ascii = 0;
    while let Some(&expected) = prefix_bytes.get(ascii) {
        let actual = *text_bytes.get(ascii)?;
        if !expected.is_ascii() || !actual.is_ascii() {
            break;
        }
        if actual.to_ascii_lowercase() != expected {
            return None;
        }
        ascii += 1;
    }
    // Everything before `ascii` is ASCII on both sides, so it is a character boundary.
    let (text, prefix) = (&text[ascii..], &prefix[ascii..]);
    let mut chars = text.char_indices();
    for expected in prefix.chars() {
        let (_, c) = chars.next()?;
        if c != expected && !c.to_lowercase().eq(std::iter::once(expected)) {
            return None;
        }
    }
    let end = chars.next().map_or(text.len(), |(at, _)| at);
    Some(&text[end..])
}

/// Whether `prefix` (lowercase) can open `text`, judged by the first byte alone: the
/// introducer tables are tried on every short line, and most lines fail here.
fn may_open(text: &str, prefix: &str) -> bool {
    match (text.as_bytes().first(), prefix.as_bytes().first()) {
        (Some(t), Some(p)) => !t.is_ascii() || t.to_ascii_lowercase() == *p,
        _ => false,
    }
}

fn date_introducer(line: &str) -> Option<(bool, &str)> {
    for &(word, is_update) in DATE_INTRODUCERS {
        if !may_open(line, word) {
            continue;
        }
        if let Some(rest) = strip_prefix_ignore_case(line, word) {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
            let rest = strip_word(rest, "am").unwrap_or(rest);
            let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
            return Some((is_update, rest));
        }
    }
    None
}

fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(word)?;
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// Segments after a date that say how long the article takes to read or hear
/// (`Lesezeit: 4 Min.`, `9 Min. Lesezeit`): page furniture, not a source.
fn is_reading_time(segment: &str) -> bool {
    let lower = segment.trim().to_lowercase();
    ["lesezeit", "lesedauer", "hörzeit", "hördauer"]
        .iter()
        .any(|word| lower.starts_with(word) || lower.ends_with(word))
        && lower.contains("min")
        && lower.len() <= 30
}

/// The rest of a date line without reading-time segments at its end.
fn without_reading_time(rest: &str) -> &str {
    let mut rest = rest.trim();
    loop {
        let cut = rest
            .char_indices()
            .filter(|&(_, c)| SEPARATORS.contains(&c))
            .map(|(at, _)| at)
            .next_back();
        match cut {
            Some(at) if is_reading_time(rest[at..].trim_start_matches(SEPARATORS)) => {
                rest = rest[..at].trim_end();
            }
            None if is_reading_time(rest) => return "",
            _ => return rest,
        }
    }
}

/// An ISO 8601 time after a date (`T21:14:00+02:00`, `T21:14Z`), as a clock time; the
/// offset is left out, as the page's own time zone is what its readers saw.
fn iso_time(rest: &str) -> Option<(&str, ClockTime)> {
    let two = |s: &str| -> Option<u8> {
        let d = s.get(..2)?;
        d.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| d.parse().ok())?
    };
    let rest = rest.strip_prefix('T')?;
    let hour = two(rest)?;
    let minute = two(rest.get(3..)?)?;
    if rest.as_bytes().get(2) != Some(&b':') || hour > 23 || minute > 59 {
        return None;
    }
    let mut rest = &rest[5..];
    if rest.starts_with(':') && rest.get(1..).and_then(two).is_some() {
        rest = &rest[3..];
    }
    // Fractions of a second, then `Z` or `+hh:mm` / `-hhmm`.
    rest = rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    if let Some(zoned) = rest.strip_prefix('Z') {
        rest = zoned;
    } else if rest.starts_with(['+', '-']) && rest.get(1..).and_then(two).is_some() {
        rest = rest[3..].strip_prefix(':').unwrap_or(&rest[3..]);
        if two(rest).is_some() {
            rest = &rest[2..];
        }
    }
    Some((rest, ClockTime { hour, minute }))
}

/// `DATE[,] [um] [TIME] [SEP SOURCE]`: the whole text must be used.
fn dated_rest(text: &str) -> Option<MetaLine> {
    let (rest, (day, time)) = date_and_time(text).ok()?;
    let (rest, time) = match time {
        Some(time) => (rest, Some(time)),
        None => match iso_time(rest) {
            Some((rest, time)) => (rest, Some(time)),
            None => (rest, None),
        },
    };
    let rest = without_reading_time(rest);
    let bare = rest.is_empty() && time.is_none();
    let source = if rest.is_empty() {
        None
    } else {
        let rest = rest.strip_prefix(SEPARATORS).map(str::trim)?;
        if !looks_like_source(rest) {
            return None;
        }
        Some(rest.to_owned())
    };
    Some(MetaLine {
        date: Some(day),
        time,
        source,
        author: None,
        is_update: false,
        bare_date: bare,
    })
}

fn date_and_time(input: &str) -> IResult<&str, (PartialDate, Option<ClockTime>)> {
    let (rest, day) = date(input)?;
    // Between date and time pages put a comma, `um`, or a separator: `07.01.2022, 21:33`,
    // `07.01.2022 um 21:33`, `Mo, 10.01.2022 | 14:32 Uhr`, `07.01.2022 – 21:33`.
    let separator = alt((
        tag(","),
        tag("|"),
        tag("·"),
        tag("-"),
        tag("–"),
        tag("—"),
        tag("/"),
    ));
    let (rest, time) = opt((
        space0,
        opt(separator),
        space0,
        opt((tag_no_case("um"), space1)),
        clock_time,
    ))
    .parse(rest)?;
    Ok((rest, (day, time.map(|(_, _, _, _, t)| t))))
}

/// An agency or outlet name: short, starts with a letter, no sentence punctuation.
fn looks_like_source(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=5).contains(&words)
        && text.chars().count() <= 40
        && text.starts_with(|c: char| c.is_alphabetic() || c == '(')
        && !text.ends_with(['.', '!', '?', ':'])
}

/// The agencies of `data/agencies.tsv`, lowercase.
static AGENCIES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../data/agencies.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .collect()
});

/// Whether `text` names news agencies only (`dpa`, `dpa/AFP`, `Reuters und AP`).
fn is_agency(text: &str) -> bool {
    let lower = text.trim().trim_matches(['(', ')']).to_lowercase();
    let mut parts = lower
        .split(['/', ','])
        .flat_map(|p| p.split(" und "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .peekable();
    parts.peek().is_some() && parts.all(|p| AGENCIES.contains(&p))
}

/// `Von Anna Muster`, `Von Anna Muster und Bernd Beispiel, dpa`, `Von Anna Muster | 07.01.2022`.
fn byline(line: &str) -> Option<MetaLine> {
    let rest = BYLINE_INTRODUCERS
        .iter()
        .filter(|prefix| may_open(line, prefix))
        .find_map(|prefix| strip_prefix_ignore_case(line, prefix))?
        .trim();
    let (names, tail) = match rest.split_once(['|', '·', ',']) {
        Some((names, tail)) => (names.trim(), Some(tail.trim())),
        None => (rest, None),
    };
    if !looks_like_names(names) {
        return None;
    }
    let mut meta = MetaLine {
        author: Some(names.to_owned()),
        ..MetaLine::default()
    };
    if let Some(tail) = tail.filter(|t| !t.is_empty()) {
        if let Some(dated) = dated_rest(tail) {
            meta.date = dated.date;
            meta.time = dated.time;
            meta.source = dated.source;
        } else if is_agency(tail) {
            meta.source = Some(tail.to_owned());
        } else if !looks_like_source(tail) {
            return None;
        }
        // Otherwise the tail is the author's town or desk (`Von Anna Muster, Vilnius`):
        // no source.
    }
    Some(meta)
}

/// A byline without its `Von`, as some pages print it in the header: a name alone
/// (`Anna Muster`), with the author's town (`Anna Muster, Vilnius`), or two names
/// joined by `und`. Only asked of header lines, where a line of nothing but two to four
/// capitalised words is an author, not a headline (headlines have verbs).
pub(crate) fn bare_byline(line: &str) -> Option<MetaLine> {
    let line = line.trim();
    if line.chars().count() > 60 {
        return None;
    }
    let (names, place) = match line.split_once(", ") {
        Some((names, place)) => (names, Some(place)),
        None => (line, None),
    };
    let name_words = names
        .split_whitespace()
        .filter(|w| !matches!(*w, "und" | "von" | "van" | "de" | "der"))
        .count();
    let place_ok = place.is_none_or(|p| {
        let words = p.split_whitespace().count();
        (1..=3).contains(&words) && looks_like_place(p)
    });
    ((2..=6).contains(&name_words) && looks_like_names(names) && place_ok).then(|| MetaLine {
        author: Some(names.to_owned()),
        ..MetaLine::default()
    })
}

/// A town or desk after a byline's names: capitalised words, hyphens allowed.
fn looks_like_place(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    })
}

/// One to three personal names joined by `und`/`and`/`&`: every word capitalised, no
/// digits, at most 10 words in all.
fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let mut name_words = 0;
    for word in &words {
        if matches!(
            *word,
            "und" | "and" | "&" | "von" | "van" | "de" | "der" | "zu"
        ) {
            continue;
        }
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        let clean = word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''));
        if !capitalised || !clean {
            return false;
        }
        name_words += 1;
    }
    name_words >= 2
}

/// The ` date YYYY-MM ` prefix a scraper fused to the title: returns the date and the title.
pub(crate) fn metadata_prefix(line: &str) -> Option<(PartialDate, &str)> {
    let rest = line.trim_start();
    let rest = rest.strip_prefix("date")?;
    if !rest.starts_with([' ', ':', '\t']) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ':', '\t']);
    let (rest, day) = date(rest).ok()?;
    let title = rest.trim();
    Some((day, title))
}

/// Place and agency opening the first paragraph: `Moskau (Reuters) - `, `Almaty | `,
/// `Berlin (dpa) – `, `BERLIN. `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LeadDateline {
    pub(crate) place: String,
    pub(crate) agency: Option<String>,
    /// Byte offset in the line where the article text starts.
    pub(crate) body_start: usize,
}

pub(crate) fn lead_dateline(line: &str) -> Option<LeadDateline> {
    let (rest, place) = place_name(line).ok()?;
    let (rest, _) = space0::<&str, nom::error::Error<&str>>(rest).ok()?;
    // `ALMATY, 13. Januar (Reuters) –`: a short day between the place and the agency.
    let rest = match rest.strip_prefix(',') {
        Some(after) => {
            let open = after.find('(')?;
            let day = after[..open].trim();
            if day.is_empty() || day.len() > 24 || !day.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            &after[open..]
        }
        None => rest,
    };
    let (rest, agency) = match rest.strip_prefix('(') {
        Some(inner) => {
            let close = inner.find(')')?;
            let agency = inner[..close].trim();
            if !looks_like_agency(agency) {
                return None;
            }
            (inner[close + 1..].trim_start(), Some(agency.to_owned()))
        }
        None => (rest, None),
    };
    let all_caps = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let separator = rest.chars().next()?;
    let after = match separator {
        '|' | '-' | '–' | '—' | ':' => &rest[separator.len_utf8()..],
        // `BERLIN. Die …` only for all-caps places: `Berlin. Die …` is two sentences.
        '.' if all_caps => &rest[1..],
        _ => return None,
    };
    // Without an agency in brackets, only `|` and all-caps places are unambiguous enough:
    // `Moskau - die Stadt …` could be an ordinary sentence.
    if agency.is_none() && separator != '|' && !all_caps {
        return None;
    }
    if !after.starts_with(' ') {
        return None;
    }
    let body = after.trim_start();
    if !body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "„\"»“".contains(c))
    {
        return None;
    }
    Some(LeadDateline {
        place: place.to_owned(),
        agency,
        body_start: line.len() - body.len(),
    })
}

/// One to three capitalised words, with `/`, `-` and `.` allowed inside (`Frankfurt/Main`,
/// `St. Petersburg`, `Nur-Sultan`).
fn place_name(input: &str) -> IResult<&str, &str> {
    let mut end = 0;
    for (index, word) in input.split(' ').enumerate() {
        let all_caps = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        // `BISCHKEK. Die …`: an all-caps place may carry the dateline's full stop.
        let clean = if all_caps {
            word.trim_end_matches('.')
        } else {
            word
        };
        // `ALMATY, 13. Januar (Reuters)`: a comma ends the place.
        let clean = clean.strip_suffix(',').unwrap_or(clean);
        let is_name = (clean.starts_with(|c: char| c.is_uppercase())
            && clean
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '/' | '-' | '.'))
            && !clean.ends_with('.')
            && !(index == 0 && NOT_PLACES.contains(&clean)))
            || matches!(clean, "St." | "Bad");
        if !is_name || index == 3 {
            break;
        }
        end = if index == 0 {
            clean.len()
        } else {
            end + 1 + clean.len()
        };
        if clean.len() != word.len() {
            break;
        }
    }
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Alpha,
        )));
    }
    Ok((&input[end..], &input[..end]))
}

/// Capitalised words that open sentences, never datelines.
const NOT_PLACES: &[&str] = &[
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Am", "Im", "In", "Nach",
    "Vor", "Bei", "Mit", "Seit", "Auch", "Doch", "Aber", "Und", "Wie", "Was", "Wer", "Als", "Auf",
    "Laut",
];

/// `dpa`, `Reuters`, `AFP/dpa`, `dts Nachrichtenagentur`, `APA`: short, no sentence in it.
fn looks_like_agency(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=3).contains(&words)
        && text.chars().count() <= 30
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || " /-.&,".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str) -> String {
        match meta_line(line) {
            None => "none".to_owned(),
            Some(m) => format!(
                "date={} time={} source={:?} author={:?} update={} bare={}",
                m.date.map_or("-".into(), |d| d.to_iso()),
                m.time.map_or("-".into(), |t| t.to_string()),
                m.source,
                m.author,
                m.is_update,
                m.bare_date
            ),
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(
            check("07.01.2022, 21:33 Uhr | AFP"),
            r#"date=2022-01-07 time=21:33 source=Some("AFP") author=None update=false bare=false"#
        );
        assert_eq!(
            check("6. Januar 2022 um 14:05 Uhr"),
            "date=2022-01-06 time=14:05 source=None author=None update=false bare=false"
        );
        assert_eq!(
            check("dpa | 12.03.2023"),
            r#"date=2023-03-12 time=- source=Some("dpa") author=None update=false bare=false"#
        );
        assert_eq!(
            check("Mo, 10.01.2022 | 14:32 Uhr"),
            "date=2022-01-10 time=14:32 source=None author=None update=false bare=false"
        );
        assert_eq!(
            check("07.01.2022 – 21:33 Uhr · Reuters"),
            r#"date=2022-01-07 time=21:33 source=Some("Reuters") author=None update=false bare=false"#
        );
        assert_eq!(
            check("Freitag, April 26, 2024"),
            "date=2024-04-26 time=- source=None author=None update=false bare=true"
        );
    }

    #[test]
    fn stand_and_published_lines() {
        assert_eq!(
            check("Stand: 08.01.2022 10:12 Uhr"),
            "date=2022-01-08 time=10:12 source=None author=None update=true bare=false"
        );
        assert_eq!(
            check("Aktualisiert am 3. März 2023, 9.15 Uhr"),
            "date=2023-03-03 time=09:15 source=None author=None update=true bare=false"
        );
        assert_eq!(
            check("Veröffentlicht am 14.05.2024"),
            "date=2024-05-14 time=- source=None author=None update=false bare=false"
        );
    }

    #[test]
    fn date_lines_of_more_layouts() {
        for (line, want) in [
            // reading time after the date
            (
                "03.09.2024, 07:15 Uhr · Lesezeit: 6 Min.",
                "date=2024-09-03 time=07:15",
            ),
            ("4. März 2025 | Lesezeit: 3 Min.", "date=2025-03-04 time=-"),
            (
                "13. Januar 2022 · 14:52 Uhr · Lesedauer 4 Min.",
                "date=2022-01-13 time=14:52",
            ),
            // a weekday abbreviation without its dot, before a full date
            ("Mi 15.01.2025, 08:05 Uhr", "date=2025-01-15 time=08:05"),
            ("Fr 7. Nov. 2025", "date=2025-11-07 time=-"),
            // introducers
            (
                "Online seit 3. Mai 2024, 09.12 Uhr",
                "date=2024-05-03 time=09:12",
            ),
            ("Datum: 2024-12-30", "date=2024-12-30 time=-"),
            // an ISO 8601 timestamp with its offset
            ("2025-02-11T06:40:00+01:00", "date=2025-02-11 time=06:40"),
            ("2025-02-11T06:40Z", "date=2025-02-11 time=06:40"),
        ] {
            assert!(check(line).starts_with(want), "{line}: {}", check(line));
        }
        // `So 2022 wurde …` is a sentence: a bare abbreviation needs a full date after it.
        assert_eq!(check("So 2022 wurde der Vertrag unterzeichnet"), "none");
    }

    #[test]
    fn an_update_time_without_a_date() {
        assert_eq!(
            check("Aktualisiert: 08:31 Uhr"),
            "date=- time=08:31 source=None author=None update=true bare=false"
        );
    }

    #[test]
    fn bylines_without_von() {
        for (line, author) in [
            ("Lea Beispiel", Some("Lea Beispiel")),
            ("Lea Beispiel, Tiflis", Some("Lea Beispiel")),
            (
                "Lea Beispiel und Kai Muster",
                Some("Lea Beispiel und Kai Muster"),
            ),
            // Headlines have verbs; a lone word is no name.
            ("Moskau droht Eriwan", None),
            ("Analyse", None),
        ] {
            let got = super::bare_byline(line).and_then(|m| m.author);
            assert_eq!(got.as_deref(), author, "{line}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(
            check("Von Anna Muster und Bernd Beispiel"),
            r#"date=- time=- source=None author=Some("Anna Muster und Bernd Beispiel") update=false bare=false"#
        );
        assert_eq!(
            check("Von Jana Krüger, dpa"),
            r#"date=- time=- source=Some("dpa") author=Some("Jana Krüger") update=false bare=false"#
        );
        assert_eq!(
            check("Von Jana Krüger | 07.01.2022, 10:00 Uhr"),
            r#"date=2022-01-07 time=10:00 source=None author=Some("Jana Krüger") update=false bare=false"#
        );
        // Regression (fuzz crash bb22767b): a two-byte separator after the names.
        assert_eq!(
            check("Von Kai Ruhe · dpa"),
            r#"date=- time=- source=Some("dpa") author=Some("Kai Ruhe") update=false bare=false"#
        );
        // A sentence that opens with "Von" is not a byline.
        assert_eq!(check("Von den Truppen war nichts zu sehen."), "none");
        for line in [
            "Von: Lea Beispiel",
            "Autorin/Autor Lea Beispiel",
            "Autor Lea Beispiel",
        ] {
            assert!(
                check(line).contains(r#"author=Some("Lea Beispiel")"#),
                "{line}: {}",
                check(line)
            );
        }
        assert_eq!(check("Autor des Abkommens war Moskau."), "none");
        // The author's town or desk is no source; agencies are.
        assert_eq!(
            check("Von Lea Beispiel, Tiflis"),
            r#"date=- time=- source=None author=Some("Lea Beispiel") update=false bare=false"#
        );
        assert_eq!(
            check("Von Lea Beispiel, ZDF-Studio Nairobi"),
            r#"date=- time=- source=None author=Some("Lea Beispiel") update=false bare=false"#
        );
        assert_eq!(
            check("Von Lea Beispiel, dpa/AFP"),
            r#"date=- time=- source=Some("dpa/AFP") author=Some("Lea Beispiel") update=false bare=false"#
        );
    }

    #[test]
    fn sentences_are_not_metadata() {
        assert_eq!(
            check("Am 6. Januar beschloss das Bündnis den Einsatz."),
            "none"
        );
        assert_eq!(
            check("07.01.2022: Die ersten Soldaten landen in Almaty."),
            "none"
        );
    }

    #[test]
    fn metadata_prefix_splits_title() {
        let (day, title) = metadata_prefix(" date 2022-01 Kontingent landet in Almaty").unwrap();
        assert_eq!(
            (day.to_iso().as_str(), title),
            ("2022-01", "Kontingent landet in Almaty")
        );
        assert_eq!(metadata_prefix("dated material"), None);
    }

    fn lead(line: &str) -> String {
        match lead_dateline(line) {
            None => "none".to_owned(),
            Some(d) => format!("{} {:?} | {}", d.place, d.agency, &line[d.body_start..]),
        }
    }

    #[test]
    fn lead_datelines() {
        assert_eq!(
            lead("Moskau (Reuters) - Die Truppen ziehen ab."),
            r#"Moskau Some("Reuters") | Die Truppen ziehen ab."#
        );
        assert_eq!(
            lead("Almaty | Das Parlament tagt."),
            "Almaty None | Das Parlament tagt."
        );
        assert_eq!(
            lead("Berlin (dpa) – Die Regierung prüft."),
            r#"Berlin Some("dpa") | Die Regierung prüft."#
        );
        assert_eq!(
            lead("Frankfurt/Main (AFP/dpa) - Am Morgen."),
            r#"Frankfurt/Main Some("AFP/dpa") | Am Morgen."#
        );
        assert_eq!(
            lead("BISCHKEK. Die Minister treffen sich."),
            "BISCHKEK None | Die Minister treffen sich."
        );
        assert_eq!(
            lead("St. Petersburg (dpa) - Es schneit."),
            r#"St. Petersburg Some("dpa") | Es schneit."#
        );
        assert_eq!(
            lead("BISCHKEK, 4. März (Reuters) – Die Minister treffen sich."),
            r#"BISCHKEK Some("Reuters") | Die Minister treffen sich."#
        );
        assert_eq!(
            lead("Bischkek, die Hauptstadt (rund 1 Mio.) - so heißt es."),
            "none"
        );
        assert_eq!(lead("Moskau - die Stadt ist ruhig."), "none");
        assert_eq!(lead("Die Truppen (rund 3000 Mann) - so heißt es."), "none");
        assert_eq!(lead("Berlin. Die Stadt schläft."), "none");
    }
}
