//! Calendar dates and clock times as German (and mixed-language) news pages write them.
//!
//! The grammar is written with nom and is deliberately precision-preserving: `Januar 2022`
//! stays a year-month date and is never padded to a day. Only absolute dates live here;
//! relative expressions (`am Mittwoch`, `vergangene Woche`) need an anchor date and belong
//! to fact extraction.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, space0, space1},
    combinator::{map_res, opt, recognize},
};
use std::fmt;

/// A calendar date whose precision is what the text said: a year, a month or a day.
///
/// Ordering follows the calendar, with a coarser date sorting before the finer dates
/// it contains (`2022` < `2022-01` < `2022-01-06`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// A date known to the year only. Years outside 1000..=2999 are not news dates.
    pub fn year(year: u16) -> Option<Self> {
        (1000..=2999).contains(&year).then_some(Self {
            year,
            month: None,
            day: None,
        })
    }

    /// A date known to the month.
    pub fn year_month(year: u16, month: u8) -> Option<Self> {
        let date = Self::year(year)?;
        (1..=12).contains(&month).then_some(Self {
            month: Some(month),
            ..date
        })
    }

    /// A full calendar date; `None` for impossible days such as 31 April.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Self> {
        let date = Self::year_month(year, month)?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            day: Some(day),
            ..date
        })
    }

    /// The year.
    pub fn get_year(&self) -> u16 {
        self.year
    }

    /// The month (1-12), if the date is that precise.
    pub fn get_month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if the date is that precise.
    pub fn get_day(&self) -> Option<u8> {
        self.day
    }

    /// The ISO 8601 form with the date's own precision: `2022`, `2022-01` or `2022-01-06`.
    pub fn to_iso(&self) -> String {
        self.to_string()
    }

    /// Reads an ISO partial date (`2022`, `2022-01`, `2022-01-06`) and nothing else.
    pub fn from_iso(text: &str) -> Option<Self> {
        match iso_date(text) {
            Ok(("", date)) => Some(date),
            _ => None,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A wall-clock time as printed next to a date (`21:33 Uhr`, `9.05 Uhr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClockTime {
    /// Hour, 0-23.
    pub hour: u8,
    /// Minute, 0-59.
    pub minute: u8,
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Month names and abbreviations, German and English, lowercase, as the date grammar
/// accepts them (the shared vocabulary, see [`crate::vocabulary`]).
pub(crate) fn month_names() -> &'static [(&'static str, u8)] {
    crate::vocabulary::month_names(crate::vocabulary::Grammar::Dateline)
}

/// Weekday names that may open a date (`Freitag, 26. April 2024`), German and English,
/// full and abbreviated.
fn weekdays() -> impl Iterator<Item = &'static str> + Clone {
    crate::vocabulary::weekday_names(crate::vocabulary::Grammar::Dateline)
        .iter()
        .map(|(name, _)| *name)
}

fn number(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u16> {
    move |input| {
        map_res(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            str::parse::<u16>,
        )
        .parse(input)
    }
}

/// Whether the date grammar could start at `text` with a name: its leading run of
/// letters, or the prefix of it that the grammar's month or weekday parser would take, is
/// a month or weekday name. A cheap test before running the grammar at every word (the
/// grammar's other starts are digits).
pub fn starts_with_date_word(text: &str) -> bool {
    // Most words start with a letter no month or weekday name starts with (an ASCII
    // letter other than a, d, f, j, m, n, o, s): settled by one table look-up.
    if let Some(&first) = text.as_bytes().first()
        && first.is_ascii()
        && !date_word_initials()[usize::from(first.to_ascii_lowercase())]
    {
        return false;
    }
    // Fast path: a run of ASCII letters that ends at an ASCII byte (or the end), which is
    // nearly every German word: lowercase up to ten bytes into a buffer and compare bytes.
    let bytes = text.as_bytes();
    let ascii_run = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if bytes.get(ascii_run).is_none_or(u8::is_ascii) {
        // A length and first letter that no name has settle most words before anything
        // is copied: the candidates are the whole run (up to ten letters) and its
        // nine- and ten-letter prefixes.
        let shapes = date_word_shapes();
        let first = bytes.first().map_or(0, u8::to_ascii_lowercase);
        let fits = |len: usize| {
            shapes
                .get(len)
                .is_some_and(|by_first| by_first[usize::from(first)])
        };
        if !((ascii_run <= 10 && fits(ascii_run))
            || (ascii_run > 9 && fits(9))
            || (ascii_run > 10 && fits(10)))
        {
            return false;
        }
        let mut lower = [0u8; 10];
        let kept = ascii_run.min(lower.len());
        for (to, from) in lower.iter_mut().zip(&bytes[..kept]) {
            *to = from.to_ascii_lowercase();
        }
        let is_name = |candidate: &[u8]| {
            fits(candidate.len()) && date_words().binary_search(&pack(candidate)).is_ok()
        };
        return (ascii_run <= 10 && is_name(&lower[..kept]))
            || (ascii_run > 9 && is_name(&lower[..9]))
            || (ascii_run > 10 && is_name(&lower[..10]));
    }
    starts_with_date_word_by_chars(text)
}

/// A word of at most 15 bytes as one integer (bytes in order, length in the top byte), so
/// that looking it up compares integers rather than calling `memcmp` per probe: this
/// runs for most words of every text.
fn pack(word: &[u8]) -> u128 {
    debug_assert!(word.len() < 16);
    word.iter()
        .enumerate()
        .fold((word.len() as u128) << 120, |packed, (i, &b)| {
            packed | (u128::from(b) << (8 * i))
        })
}

/// Which lowercase ASCII bytes begin a month or weekday name.
fn date_word_initials() -> &'static [bool; 256] {
    static INITIALS: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    INITIALS.get_or_init(|| {
        let mut initials = [false; 256];
        for name in month_names()
            .iter()
            .map(|(name, _)| *name)
            .chain(weekdays())
        {
            if let Some(&first) = name.as_bytes().first() {
                initials[usize::from(first.to_ascii_lowercase())] = true;
            }
        }
        initials
    })
}

/// `[length][first byte]` of the ASCII month and weekday names (lowercase).
fn date_word_shapes() -> &'static [[bool; 256]] {
    static SHAPES: std::sync::OnceLock<Vec<[bool; 256]>> = std::sync::OnceLock::new();
    SHAPES.get_or_init(|| {
        let names: Vec<&str> = month_names()
            .iter()
            .map(|(name, _)| *name)
            .chain(weekdays())
            .filter(|name| name.is_ascii())
            .collect();
        let longest = names.iter().map(|n| n.len()).max().unwrap_or(0);
        let mut shapes = vec![[false; 256]; longest + 1];
        for name in names {
            if let Some(&first) = name.as_bytes().first() {
                shapes[name.len()][usize::from(first.to_ascii_lowercase())] = true;
            }
        }
        shapes
    })
}

/// The ASCII month and weekday names, packed and sorted for binary search (names with
/// umlauts are found by the character-wise path).
fn date_words() -> &'static [u128] {
    static WORDS: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<u128> = month_names()
            .iter()
            .map(|(name, _)| *name)
            .chain(weekdays())
            .filter(|name| name.is_ascii() && name.len() < 16)
            .map(|name| pack(name.as_bytes()))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// [`starts_with_date_word`] for any text, character by character.
fn starts_with_date_word_by_chars(text: &str) -> bool {
    let run_end = text
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(at, _)| at);
    let run = &text[..run_end];
    // Month names take at most 9 letters and weekday names at most 10: a longer run is
    // looked at through those prefixes, the way the grammar reads it.
    let prefix = |letters: usize| {
        run.char_indices()
            .nth(letters)
            .map_or(run, |(at, _)| &run[..at])
    };
    // Compared character by character, lowercasing lazily: this runs for most words of
    // a text, and a lowercase copy of each was a twentieth of extraction time.
    let names = || {
        month_names()
            .iter()
            .map(|(name, _)| *name)
            .chain(weekdays())
    };
    let is_name = |candidate: &str| {
        names().any(|name| {
            name.len() == candidate.len()
                && candidate
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(name.chars())
        })
    };
    let (nine, ten) = (prefix(9), prefix(10));
    is_name(run)
        || (nine.len() < run.len() && is_name(nine))
        || (ten.len() < run.len() && is_name(ten))
}

/// A run of letters that names a month; accepts an abbreviation's trailing dot.
fn month_name(input: &str) -> IResult<&str, u8> {
    let (rest, word) = take_while_m_n(3, 9, char::is_alphabetic).parse(input)?;
    let lower = word.to_lowercase();
    let month = month_names()
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, month)| month)
        .ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag))
        })?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, month))
}

fn weekday_prefix(input: &str) -> IResult<&str, ()> {
    let (rest, word) = take_while_m_n(2, 10, char::is_alphabetic).parse(input)?;
    let lower = word.to_lowercase();
    if !weekdays().any(|w| w == lower) {
        return fail(input);
    }
    let (rest, (dot, comma, _)) = (opt(char('.')), opt(char(',')), space1).parse(rest)?;
    // An abbreviation needs its dot or comma: `So 2022 wurde` is a sentence, not a weekday.
    if word.len() <= 3 && dot.is_none() && comma.is_none() {
        return fail(input);
    }
    Ok((rest, ()))
}

/// Two-digit years in numeric dates (`07.01.22`) are read as 20xx: news archives
/// rarely reach back before 2000, and a wrong century is easier to spot than a gap.
fn expand_year(year: u16, digits: usize) -> u16 {
    if digits == 2 { 2000 + year } else { year }
}

fn year4(input: &str) -> IResult<&str, u16> {
    number(4, 4).parse(input)
}

/// `2022-01-06`, `2022-01` or `2022`, with nothing glued on after the digits.
fn iso_date(input: &str) -> IResult<&str, PartialDate> {
    let (rest, year) = year4(input)?;
    let (rest, month) = opt((char('-'), number(2, 2))).parse(rest)?;
    let (rest, day) = match month {
        Some(_) => opt((char('-'), number(2, 2))).parse(rest)?,
        None => (rest, None),
    };
    not_followed_by_digit(rest, input)?;
    let date = match (month, day) {
        (Some((_, m)), Some((_, d))) => PartialDate::ymd(year, m as u8, d as u8),
        (Some((_, m)), None) => PartialDate::year_month(year, m as u8),
        _ => PartialDate::year(year),
    };
    finish(rest, input, date)
}

/// `07.01.2022`, `7.1.2022`, `07.01.22`, and with a space after each dot as some
/// papers set it, `20. 8. 2024` (then with a four-digit year only).
fn numeric_german(input: &str) -> IResult<&str, PartialDate> {
    let (rest, (day, _, first_space, month, _, second_space)) = (
        number(1, 2),
        char('.'),
        opt(char(' ')),
        number(1, 2),
        char('.'),
        opt(char(' ')),
    )
        .parse(input)?;
    let (rest, year_text) =
        recognize(take_while_m_n(2, 4, |c: char| c.is_ascii_digit())).parse(rest)?;
    not_followed_by_digit(rest, input)?;
    let spaced = first_space.is_some() || second_space.is_some();
    if year_text.len() == 3 || (spaced && (year_text.len() != 4 || first_space != second_space)) {
        return fail(input);
    }
    let year = expand_year(year_text.parse().unwrap_or(0), year_text.len());
    finish(rest, input, PartialDate::ymd(year, month as u8, day as u8))
}

/// `6. Januar 2022`, `6. Jan. 2022`, `26 April 2024`.
fn day_month_name_year(input: &str) -> IResult<&str, PartialDate> {
    let (rest, (day, _, _, month, _, year)) = (
        number(1, 2),
        opt(char('.')),
        space0,
        month_name,
        opt(char(',')),
        (space1, year4),
    )
        .map(|(d, dot, s, m, c, (_, y))| (d, dot, s, m, c, y))
        .parse(input)?;
    not_followed_by_digit(rest, input)?;
    finish(rest, input, PartialDate::ymd(year, month, day as u8))
}

/// `April 26, 2024`, `Apr. 26 2024` (the English order some site bars use).
fn month_name_day_year(input: &str) -> IResult<&str, PartialDate> {
    let (rest, (month, _, day, _, _, _, year)) = (
        month_name,
        space1,
        number(1, 2),
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
        opt(char(',')),
        space1,
        year4,
    )
        .parse(input)?;
    not_followed_by_digit(rest, input)?;
    finish(rest, input, PartialDate::ymd(year, month, day as u8))
}

/// `Januar 2022`, `Jan. 2022`.
fn month_name_year(input: &str) -> IResult<&str, PartialDate> {
    let (rest, (month, _, year)) = (month_name, space1, year4).parse(input)?;
    not_followed_by_digit(rest, input)?;
    finish(rest, input, PartialDate::year_month(year, month))
}

fn not_followed_by_digit<'a>(
    rest: &'a str,
    input: &'a str,
) -> Result<(), nom::Err<nom::error::Error<&'a str>>> {
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        fail::<()>(input).map(|_| ())
    } else {
        Ok(())
    }
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

fn finish<'a>(
    rest: &'a str,
    input: &'a str,
    date: Option<PartialDate>,
) -> IResult<&'a str, PartialDate> {
    match date {
        Some(date) => Ok((rest, date)),
        None => fail(input),
    }
}

/// One absolute date at the start of `input`, optionally after a weekday
/// (`Freitag, April 26, 2024`). The nom entry point the other grammars build on.
pub(crate) fn date(input: &str) -> IResult<&str, PartialDate> {
    // Every form starts with a digit or a month or weekday name: most lines and words
    // fail here, before any parser combinator runs.
    let first = input.as_bytes().first().copied().unwrap_or(0);
    let may_start = first.is_ascii_digit()
        || (matches!(
            first.to_ascii_lowercase(),
            b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w'
        ) && starts_with_date_word(input));
    if !may_start {
        return fail(input);
    }
    let (input, _) = opt(weekday_prefix).parse(input)?;
    if let Ok(found) = alt((
        iso_date,
        numeric_german,
        day_month_name_year,
        month_name_day_year,
        month_name_year,
    ))
    .parse(input)
    {
        return Ok(found);
    }
    // `Di 26.11.2024`, `Di 21. Okt. 2025`: a weekday abbreviation without its dot or
    // comma, taken only before a full date (`So 2022 wurde` stays a sentence).
    let (rest, _) = bare_weekday(input)?;
    alt((numeric_german, day_month_name_year)).parse(rest)
}

/// A weekday abbreviation of two or three letters with a space after it.
fn bare_weekday(input: &str) -> IResult<&str, ()> {
    let (rest, word) = take_while_m_n(2, 3, char::is_alphabetic).parse(input)?;
    let lower = word.to_lowercase();
    if !weekdays().any(|w| w == lower) {
        return fail(input);
    }
    let (rest, _) = space1.parse(rest)?;
    Ok((rest, ()))
}

/// `21:33 Uhr`, `21.33 Uhr`, `21:33`, `9 Uhr` (the `Uhr` is consumed when present).
pub(crate) fn clock_time(input: &str) -> IResult<&str, ClockTime> {
    let (rest, hour) = number(1, 2).parse(input)?;
    let (rest, minute) = opt((alt((char(':'), char('.'))), number(2, 2))).parse(rest)?;
    let (rest, uhr) = opt((space0, tag_no_case("uhr"))).parse(rest)?;
    if minute.is_none() && uhr.is_none() {
        return fail(input);
    }
    let minute = minute.map_or(0, |(_, m)| m);
    if hour > 23 || minute > 59 {
        return fail(input);
    }
    not_followed_by_digit(rest, input)?;
    Ok((
        rest,
        ClockTime {
            hour: hour as u8,
            minute: minute as u8,
        },
    ))
}

/// Parses `text` as one date and nothing else (surrounding whitespace allowed).
///
/// ```
/// use lagebild_parse::parse_date;
/// assert_eq!(parse_date("Freitag, April 26, 2024").unwrap().to_iso(), "2024-04-26");
/// assert_eq!(parse_date("Januar 2022").unwrap().to_iso(), "2022-01");
/// assert!(parse_date("31.04.2024").is_none());
/// ```
pub fn parse_date(text: &str) -> Option<PartialDate> {
    match date(text.trim()) {
        Ok((rest, date)) if rest.trim().is_empty() => Some(date),
        _ => None,
    }
}

/// Finds a date at the start of `text` and returns it with the unparsed rest.
pub fn parse_date_prefix(text: &str) -> Option<(PartialDate, &str)> {
    date(text).ok().map(|(rest, date)| (date, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The ASCII fast path answers as the character-wise definition does.
        #[test]
        fn date_word_fast_path_agrees(text in "(Mo|Di|Dez|dezember|Januar|Jänner|MÄRZ|Sonnabend|Donnerstags|Krieg|über|Zeit|ende|x|ä| |\\.|1){1,4}") {
            proptest::prop_assert_eq!(
                starts_with_date_word(&text),
                starts_with_date_word_by_chars(&text)
            );
        }
    }

    fn check(input: &str) -> String {
        match parse_date_prefix(input) {
            Some((date, rest)) => format!("{date} rest={rest:?}"),
            None => "none".to_owned(),
        }
    }

    #[test]
    fn numeric_german_dates() {
        assert_eq!(
            check("07.01.2022, 21:33 Uhr"),
            r#"2022-01-07 rest=", 21:33 Uhr""#
        );
        assert_eq!(check("7.1.2022"), r#"2022-01-07 rest="""#);
        assert_eq!(check("07.01.22"), r#"2022-01-07 rest="""#);
        assert_eq!(check("30.02.2024"), "none");
        assert_eq!(check("07.01.202"), "none");
        assert_eq!(check("29.02.2024"), r#"2024-02-29 rest="""#);
        assert_eq!(check("29.02.2023"), "none");
        assert_eq!(check("20. 8. 2024"), r#"2024-08-20 rest="""#);
        assert_eq!(check("20. 8.24"), "none");
        assert_eq!(check("20. 8. 24"), "none");
    }

    #[test]
    fn month_names_keep_precision() {
        assert_eq!(check("6. Januar 2022"), r#"2022-01-06 rest="""#);
        assert_eq!(check("6. Jan. 2022"), r#"2022-01-06 rest="""#);
        assert_eq!(check("26 April 2024"), r#"2024-04-26 rest="""#);
        assert_eq!(check("Februar 2024"), r#"2024-02 rest="""#);
        assert_eq!(check("März 2023 begann"), r#"2023-03 rest=" begann""#);
        assert_eq!(check("Jänner 2021"), r#"2021-01 rest="""#);
        assert_eq!(check("Mai"), "none");
        assert_eq!(check("Maier 2022"), "none");
    }

    #[test]
    fn english_order_and_weekdays() {
        assert_eq!(check("Freitag, April 26, 2024"), r#"2024-04-26 rest="""#);
        assert_eq!(check("Friday, April 26, 2024"), r#"2024-04-26 rest="""#);
        assert_eq!(check("Fr., 26.04.2024"), r#"2024-04-26 rest="""#);
        assert_eq!(check("Mittwoch, 5. Januar 2022"), r#"2022-01-05 rest="""#);
        assert_eq!(check("April 3rd, 2023"), r#"2023-04-03 rest="""#);
        assert_eq!(check("So 2022 wurde"), "none");
    }

    #[test]
    fn iso_forms() {
        assert_eq!(check("2022-01"), r#"2022-01 rest="""#);
        assert_eq!(check("2022-01-06T10:00"), r#"2022-01-06 rest="T10:00""#);
        assert_eq!(check("2022"), r#"2022 rest="""#);
        assert_eq!(check("20221"), "none");
        assert_eq!(check("2022-13"), "none");
        assert_eq!(
            PartialDate::from_iso("2024-02").map(|d| d.to_iso()),
            Some("2024-02".into())
        );
        assert_eq!(PartialDate::from_iso("2024-02 x"), None);
    }

    #[test]
    fn clock_times() {
        let time = |s| {
            clock_time(s)
                .ok()
                .map(|(rest, t)| format!("{t} rest={rest:?}"))
        };
        assert_eq!(
            time("21:33 Uhr | AFP"),
            Some(r#"21:33 rest=" | AFP""#.into())
        );
        assert_eq!(time("9.05 Uhr"), Some(r#"09:05 rest="""#.into()));
        assert_eq!(time("9 Uhr"), Some(r#"09:00 rest="""#.into()));
        assert_eq!(time("25:00"), None);
        assert_eq!(time("12"), None);
    }

    #[test]
    fn ordering_puts_coarse_before_fine() {
        let year = PartialDate::year(2022).unwrap();
        let month = PartialDate::year_month(2022, 1).unwrap();
        let day = PartialDate::ymd(2022, 1, 6).unwrap();
        assert!(year < month && month < day);
    }
}
