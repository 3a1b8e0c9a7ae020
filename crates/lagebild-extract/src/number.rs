//! Numbers as German journalists write them: `20.000`, `2,6 Millionen`, `2,5 Tausend`,
//! `100 Mio.`, `sechs`, `zwanzig`, with their qualifiers (`rund`, `knapp`, `mehr als`,
//! `bis zu`, `mindestens`) and vague amounts (`mehrere Tausend`, `Hunderte`).
//!
//! The numeral grammar is nom; the qualifier and scale words are tables.

use crate::lexicon::{Lexicon, Table};
use lagebild_model::{Qualifier, Quantity};
use nom::{
    IResult, Parser,
    character::complete::{char, digit1},
    combinator::{opt, recognize},
    multi::many1,
    sequence::preceded,
};
use std::collections::HashSet;
use std::sync::LazyLock;

// The grammar's tables, from the built-in lexicon (`data/lexicon/numbers.tsv`, where
// each says what it is for): [`crate::numbers`] has no lexicon of its own, so these
// tables are fixed.
static QUALIFIERS: LazyLock<Vec<(&str, Qualifier)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Qualifiers, crate::lexicon::qualifier));
static NUMBER_WORDS: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::NumberWords, crate::lexicon::number));
static SCALES: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Scales, crate::lexicon::number));
static VAGUE: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| Lexicon::builtin().pairs(Table::Vague, crate::lexicon::number));
#[cfg(test)]
static NUMBER_STEMS: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::NumberStems));

/// A number found in a text, with its byte range (qualifier included).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NumberMention {
    pub(crate) quantity: Quantity,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// A bare four-digit number between 1900 and 2100 without grouping: more likely a
    /// year than a count. Rules that want counts skip these.
    pub(crate) year_like: bool,
}

/// The value of a small count written as digits or as a number word (`3`, `drei`,
/// `Drei`), for phrases that count things rather than measure them.
pub(crate) fn count_word(word: &str) -> Option<usize> {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    let lower = word.to_lowercase();
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|&(_, value)| value as usize)
}

/// A German numeral: `20.000`, `1.300`, `2,6`, `3000`. Groups after a dot must have
/// three digits, so dates (`07.01.2022`) and times (`13.00`) are not numbers.
fn numeral(input: &str) -> IResult<&str, f64> {
    let three_digits = || nom::bytes::complete::take_while_m_n(3, 3, |c: char| c.is_ascii_digit());
    let lead = || nom::bytes::complete::take_while_m_n(1, 3, |c: char| c.is_ascii_digit());
    let dotted = recognize((lead(), many1(preceded(char('.'), three_digits()))));
    let spaced = recognize((lead(), many1(preceded(char(' '), three_digits()))));
    let (rest, integer) = nom::branch::alt((dotted, spaced, digit1)).parse(input)?;
    let (rest, fraction) = opt(preceded(char(','), digit1)).parse(rest)?;
    // `07.01.2022`, `13.00 Uhr`, `21:33`: a dot or colon right after the digits followed by
    // another digit means this was a date or time, not a number.
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with(['.', ':']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    if integer.len() > 1 && integer.starts_with('0') && !integer.contains('.') {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    let value = decimal_value(integer, fraction).ok_or_else(|| {
        nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Float))
    })?;
    Ok((rest, value))
}

/// The value of a numeral's digits (group separators dropped) and fraction, parsed as
/// Rust parses `DIGITS.FRACTION`. Assembled on the stack: this ran for every digit word
/// of every sentence with a figure, and the string it built was one allocation each.
fn decimal_value(integer: &str, fraction: Option<&str>) -> Option<f64> {
    let mut buffer = [0u8; 64];
    let mut len = 0;
    for byte in integer.bytes().filter(u8::is_ascii_digit).chain(
        fraction
            .into_iter()
            .flat_map(|f| std::iter::once(b'.').chain(f.bytes())),
    ) {
        let Some(slot) = buffer.get_mut(len) else {
            // Longer than any figure: the general path.
            return decimal_value_owned(integer, fraction);
        };
        *slot = byte;
        len += 1;
    }
    std::str::from_utf8(&buffer[..len]).ok()?.parse().ok()
}

fn decimal_value_owned(integer: &str, fraction: Option<&str>) -> Option<f64> {
    let digits: String = integer.chars().filter(char::is_ascii_digit).collect();
    let text = match fraction {
        Some(fraction) => format!("{digits}.{fraction}"),
        None => digits,
    };
    text.parse().ok()
}

/// The lowercase word at the start of `text` matches `word` and ends there.
fn starts_with_word(text: &str, word: &str) -> Option<usize> {
    // Most calls fail on the first letter; decide those without decoding characters.
    if let (Some(&t), Some(&w)) = (text.as_bytes().first(), word.as_bytes().first())
        && t.is_ascii()
        && w.is_ascii()
        && t.to_ascii_lowercase() != w
    {
        return None;
    }
    let head = text.get(..word.len())?;
    // Lowercased lazily: this runs for every table word at every candidate position. The
    // table words are lowercase, so for an ASCII head the byte comparison is the answer.
    if !head.eq_ignore_ascii_case(word)
        && (head.is_ascii() || !head.chars().flat_map(char::to_lowercase).eq(word.chars()))
    {
        return None;
    }
    let after = &text[word.len()..];
    let ends = word.ends_with('.') || !after.starts_with(|c: char| c.is_alphanumeric());
    ends.then_some(word.len())
}

fn table_word<T: Copy>(text: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    // `starts_with_word`'s first-byte test, made here before the call: most entries of
    // a table are settled by it, and the call was a twentieth of extraction.
    let first = text.as_bytes().first()?.to_ascii_lowercase();
    table.iter().find_map(|&(word, value)| {
        let entry_first = *word.as_bytes().first()?;
        if first.is_ascii() && entry_first.is_ascii() && first != entry_first {
            return None;
        }
        starts_with_word(text, word).map(|len| (len, value))
    })
}

/// A number with an optional scale word at the start of `text`: `2,6 Millionen`, `sechs`.
fn scaled(text: &str) -> Option<(f64, usize, bool)> {
    let (value, mut used, digits_only) = match numeral(text) {
        Ok((rest, value)) => {
            let used = text.len() - rest.len();
            let plain = !text[..used].contains(['.', ',']);
            (value, used, plain)
        }
        Err(_) => {
            let (len, value) = table_word(text, &NUMBER_WORDS[..])?;
            (value, len, false)
        }
    };
    let mut value = value;
    let after = &text[used..];
    let gap = after.len() - after.trim_start_matches(' ').len();
    if gap > 0
        && let Some((len, scale)) = table_word(&after[gap..], &SCALES[..])
    {
        value *= scale;
        used += gap + len;
        return Some((value, used, false));
    }
    Some((value, used, digits_only))
}

/// The first words (lowercase, without a final dot) of every qualifier, number word and
/// vague amount: a number that does not start with a digit starts with one of these.
static FIRST_WORDS: LazyLock<FirstWords> = LazyLock::new(|| {
    fn firsts<'t, T>(table: &'t [(&'static str, T)]) -> impl Iterator<Item = String> + 't {
        table.iter().filter_map(|(entry, _)| {
            entry
                .split(' ')
                .next()
                .map(|w| w.trim_end_matches('.').to_owned())
        })
    }
    let words: HashSet<String> = firsts(&QUALIFIERS[..])
        .chain(firsts(&NUMBER_WORDS[..]))
        .chain(firsts(&VAGUE[..]))
        .collect();
    let mut first_bytes = [false; 256];
    for word in &words {
        if let Some(&b) = word.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    let mut shapes = Box::new([[false; 256]; FIRST_WORD_BUFFER]);
    for word in words.iter().filter(|w| w.len() < FIRST_WORD_BUFFER) {
        if let Some(&b) = word.as_bytes().first() {
            shapes[word.len()][usize::from(b)] = true;
        }
    }
    let mut packed: Vec<u128> = words
        .iter()
        .filter(|w| w.is_ascii() && w.len() < 16)
        .map(|w| pack(w.as_bytes()))
        .collect();
    packed.sort_unstable();
    FirstWords {
        longest: words.iter().map(String::len).max().unwrap_or(0),
        longest_ascii: words
            .iter()
            .filter(|w| w.is_ascii())
            .map(String::len)
            .max()
            .unwrap_or(0),
        first_bytes,
        shapes,
        packed,
        words,
    }
});

/// The first words of the number tables, with cheap tests in front of the set.
struct FirstWords {
    words: HashSet<String>,
    /// Whether some word starts with this byte (non-ASCII first bytes are always looked up).
    first_bytes: [bool; 256],
    /// The longest word in bytes.
    longest: usize,
    /// The longest ASCII word in bytes.
    longest_ascii: usize,
    /// `[length][first byte]` of the words: a word of another shape is none of them.
    /// Exact for words of ASCII and Latin-1 letters, whose lowercase has as many bytes
    /// and the same first byte (an ASCII letter lowercased, or the lead byte 0xC3).
    shapes: Box<[[bool; 256]; FIRST_WORD_BUFFER]>,
    /// The ASCII words of under 16 bytes packed into integers ([`pack`]), sorted.
    packed: Vec<u128>,
}

/// A word of at most 15 bytes as one integer (bytes in order, length in the top byte):
/// looking it up compares integers instead of hashing a string.
fn pack(word: &[u8]) -> u128 {
    debug_assert!(word.len() < 16);
    word.iter()
        .enumerate()
        .fold((word.len() as u128) << 120, |packed, (i, &b)| {
            packed | (u128::from(b) << (8 * i))
        })
}

/// Whether `word` (a whole run of letters and digits) is, lowercased, the first word of
/// an entry of the number tables.
fn is_table_first_word(word: &str, letters: Letters) -> bool {
    // Decided by the first letter for most words.
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if first.is_ascii() && !FIRST_WORDS.first_bytes[usize::from(first)] {
        return false;
    }
    let shape_fits =
        || word.len() < FIRST_WORD_BUFFER && FIRST_WORDS.shapes[word.len()][usize::from(first)];
    match letters {
        // Nearly every word: lowercased on the stack and looked up as an integer.
        Letters::Ascii => {
            return shape_fits() && {
                if word.len() < 16 {
                    let mut lower = [0u8; 16];
                    let lower = &mut lower[..word.len()];
                    lower.copy_from_slice(word.as_bytes());
                    lower.make_ascii_lowercase();
                    FIRST_WORDS.packed.binary_search(&pack(lower)).is_ok()
                } else {
                    word.len() <= FIRST_WORDS.longest_ascii
                        && is_first_word(&word.to_ascii_lowercase())
                }
            };
        }
        Letters::Latin1 if !shape_fits() => return false,
        Letters::Latin1 | Letters::Other => {}
    }
    // Lowercasing shrinks a character by at most a third (`ẞ` to `ß`), so a word of more
    // than twice the longest entry's bytes cannot be one.
    word.len() <= FIRST_WORDS.longest * 2 && is_first_word(&word.to_lowercase())
}

/// Which letters a word has, for how cheaply its lowercase form can be tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Letters {
    Ascii,
    /// ASCII and Latin-1 letters (`ä`, `Ü`, `ß`: UTF-8 lead byte 0xC3).
    Latin1,
    Other,
}

/// The end of the run of letters and digits that starts at `start`, and which letters
/// it has.
fn word_end(text: &str, start: usize) -> (usize, Letters) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut letters = Letters::Ascii;
    while let Some(&byte) = bytes.get(end) {
        if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                break;
            }
            end += 1;
        } else {
            match text[end..].chars().next() {
                Some(c) if c.is_alphanumeric() => {
                    letters = match (letters, byte) {
                        (Letters::Other, _) => Letters::Other,
                        (_, 0xC3) => Letters::Latin1,
                        _ => Letters::Other,
                    };
                    end += c.len_utf8();
                }
                _ => break,
            }
        }
    }
    (end, letters)
}

/// Words up to this many bytes are lowercased without an allocation in
/// `is_table_first_word`; longer ones are no table words anyway.
fn is_first_word(lower: &str) -> bool {
    FIRST_WORDS.words.contains(lower)
}

const FIRST_WORD_BUFFER: usize = 32;

/// The largest number read as a number: 10^15, a Billiarde.
const MAX_PLAUSIBLE: f64 = 1e15;

/// The most words a qualifier of [`QUALIFIERS`] has (a test checks it).
const QUALIFIER_MAX_WORDS: usize = 2;

/// Where a scan for numbers may start when the leftmost digit or number-word stem of
/// `text` is at byte `first`: the start of the word that holds it, or of a qualifier
/// before it (`mehr als 300`). A number's first word holds a digit or a stem (a test
/// checks the stems), and a mention starts at its number or at its qualifier, so no
/// mention starts earlier.
pub(crate) fn scan_start(text: &str, first: usize) -> usize {
    let mut start = text
        .get(..first)
        .map_or(0, |before| word_start(before, before.len()));
    for _ in 0..QUALIFIER_MAX_WORDS {
        let before = &text[..start];
        let gap = before.trim_end_matches(|c: char| !c.is_alphanumeric());
        start = word_start(gap, gap.len());
    }
    start
}

/// The start of the run of alphanumeric characters that ends at byte `end` of `text`.
fn word_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(end, |(i, _)| i)
}

/// Every number in `text` that starts in `starts` (from a word start), with its
/// qualifier, left to right. A number holds a digit or a [`NUMBER_STEMS`] stem and
/// starts no later than it, so the scan may start at the word before the leftmost one
/// (see [`scan_start`]) and stop after the rightmost one.
pub(crate) fn find_numbers(text: &str, starts: std::ops::Range<usize>) -> Vec<NumberMention> {
    let from = starts.start;
    let mut out = Vec::new();
    let mut skip_to = 0;
    // Whether the character before the current one is alphanumeric: a number starts a word.
    let mut after_alphanumeric = false;
    let bytes = text.as_bytes();
    let mut next = from;
    // Byte by byte, decoding only non-ASCII characters: this runs over every sentence.
    while let Some(&first) = bytes.get(next) {
        let start = next;
        if start >= starts.end {
            break;
        }
        let (alphanumeric, width) = if first.is_ascii() {
            (first.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[start..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        next += width;
        let word_start = alphanumeric && !after_alphanumeric;
        after_alphanumeric = alphanumeric;
        if !word_start {
            continue;
        }
        // A word is measured once and then passed over whole: no later position inside
        // it starts a word, and its last character is alphanumeric.
        let (end, letters) = word_end(text, start);
        next = end;
        if start < skip_to {
            continue;
        }
        let digit = first.is_ascii_digit();
        if !digit && !is_table_first_word(&text[start..end], letters) {
            continue;
        }
        if let Some(mention) = number_at(text, start) {
            skip_to = mention.end;
            out.push(mention);
        } else if digit {
            // A digit run that is no number (`07.01.2022`, `13.00`, `21:33`) is skipped
            // whole, so that its later parts are not read as numbers either.
            skip_to = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |at| start + at);
        }
    }
    out
}

fn number_at(text: &str, start: usize) -> Option<NumberMention> {
    let rest = &text[start..];
    if let Some((len, lower_bound)) = table_word(rest, &VAGUE[..]) {
        return Some(NumberMention {
            quantity: Quantity::new(lower_bound, Qualifier::Vague),
            start,
            end: start + len,
            year_like: false,
        });
    }
    let (qualifier, offset) = match table_word(rest, &QUALIFIERS[..]) {
        Some((len, qualifier)) => {
            let after = &rest[len..];
            let gap = after.len() - after.trim_start_matches(' ').len();
            if gap == 0 {
                return None;
            }
            (qualifier, len + gap)
        }
        None => (Qualifier::Exact, 0),
    };
    let (value, used, digits_only) = scaled(&rest[offset..])?;
    // No figure in the news is above a Billiarde (10^15); a longer digit run is a code,
    // an ID or debris (hundreds of digits even overflow to infinity, which JSON cannot
    // hold). Above 2^53 a float also stops holding every integer exactly.
    if !value.is_finite() || value > MAX_PLAUSIBLE {
        return None;
    }
    let year_like = digits_only && offset == 0 && (1900.0..=2100.0).contains(&value) && used == 4;
    Some(NumberMention {
        quantity: Quantity::new(value, qualifier),
        start,
        end: start + offset + used,
        year_like,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_have_at_most_the_words_the_scan_backs_up() {
        for (qualifier, _) in &QUALIFIERS[..] {
            assert!(
                qualifier.split(' ').count() <= QUALIFIER_MAX_WORDS,
                "{qualifier}"
            );
        }
    }

    /// A scan from the word before the leftmost digit or stem to the end of the
    /// rightmost one finds what a scan of the whole text finds, on every line of our
    /// pages and on qualifiers far and near.
    #[test]
    fn the_scan_from_the_first_candidate_finds_every_number() {
        let texts = crate::facts::tests::page_lines(&[
            "Es waren nach Angaben von gestern mehr als 300 Soldaten und bis zu zwei Dutzend",
            "Ca. 40, ca.  40, weniger als   einhundert, A320, 07.01.2022 und 5",
            "schätzungsweise Tausende, über zweihundert, ZWÖLF Panzer, 1.500",
        ]);
        let mut found = 0;
        for text in &texts {
            let lower = text.to_lowercase();
            let digit = text.bytes().position(|b| b.is_ascii_digit());
            let stem = NUMBER_STEMS.iter().filter_map(|s| lower.find(s)).min();
            let expected = find_numbers(text, 0..text.len());
            let from = match digit.into_iter().chain(stem).min() {
                Some(first) if lower.len() == text.len() => scan_start(text, first),
                _ => 0,
            };
            let last_digit = text
                .bytes()
                .rposition(|b| b.is_ascii_digit())
                .map(|at| at + 1);
            let last_stem = NUMBER_STEMS
                .iter()
                .filter_map(|s| lower.rfind(s).map(|at| at + s.len()))
                .max();
            let to = match last_digit.max(last_stem) {
                Some(to) if lower.len() == text.len() => to,
                _ => text.len(),
            };
            assert_eq!(find_numbers(text, from..to), expected, "{text}");
            found += expected.len();
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn numeral_values_on_the_stack_equal_the_owned_ones() {
        let long = "9".repeat(70);
        for (integer, fraction) in [
            ("20.000", None),
            ("1 300", None),
            ("3", Some("5")),
            ("2", Some("6")),
            ("0", Some("125")),
            ("123.456.789", Some("99")),
            (long.as_str(), None),
            (long.as_str(), Some("5")),
            (
                "12345678901234567890123456789012345678901234567890123456789012",
                Some("12"),
            ),
        ] {
            assert_eq!(
                decimal_value(integer, fraction).map(f64::to_bits),
                decimal_value_owned(integer, fraction).map(f64::to_bits),
                "{integer} {fraction:?}"
            );
        }
    }

    #[test]
    fn every_number_word_and_vague_amount_contains_a_stem() {
        for (entry, _) in NUMBER_WORDS.iter().chain(VAGUE.iter()) {
            assert!(
                NUMBER_STEMS.iter().any(|stem| entry.contains(stem)),
                "{entry}"
            );
        }
    }

    #[test]
    fn the_first_word_test_is_a_set_lookup_of_the_lowercase_word() {
        let mut words: Vec<String> = FIRST_WORDS.words.iter().cloned().collect();
        for word in words.clone() {
            words.push(word.to_uppercase());
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                words.push(first.to_uppercase().chain(chars).collect());
            }
            words.push(format!("{word}e"));
        }
        words.extend(
            [
                "der",
                "Über",
                "ÜBERALL",
                "fünfte",
                "Ärger",
                "İber",
                "ẞchätzungsweise",
                "x",
            ]
            .map(String::from),
        );
        for word in &words {
            let (end, letters) = word_end(word, 0);
            assert_eq!(end, word.len(), "{word}");
            assert_eq!(
                is_table_first_word(word, letters),
                FIRST_WORDS.words.contains(&word.to_lowercase()),
                "{word}"
            );
        }
    }

    fn check(text: &str) -> Vec<String> {
        find_numbers(text, 0..text.len())
            .into_iter()
            .map(|m| {
                let q = m.quantity;
                format!(
                    "{} {:?}{} [{}]",
                    q.value,
                    q.qualifier,
                    if m.year_like { " year" } else { "" },
                    &text[m.start..m.end]
                )
            })
            .collect()
    }

    /// Found by the `numbers` fuzz target (300 digits parsed to infinity) and the
    /// `extract` one (a 43-digit member count that JSON did not give back exactly).
    #[test]
    fn endless_digit_runs_are_no_numbers() {
        let none = Vec::<String>::new();
        assert_eq!(check(&format!("{} Soldaten", "7".repeat(400))), none);
        assert_eq!(check(&format!("{} Milliarden", "9".repeat(300))), none);
        assert_eq!(check(&format!("{} Mitglieder", "3".repeat(43))), none);
        assert_eq!(check("1.000.000 Soldaten"), ["1000000 Exact [1.000.000]"]);
        assert_eq!(
            check("1.000.000.000.000.000 Euro"),
            ["1000000000000000 Exact [1.000.000.000.000.000]"]
        );
        assert_eq!(check("1.000.000.000.000.001 Euro"), none);
    }

    #[test]
    fn grouped_and_decimal_numerals() {
        assert_eq!(
            check("eine 20.000 Mann starke Truppe"),
            ["20000 Exact [20.000]"]
        );
        assert_eq!(
            check("2,6 Millionen Einwohner"),
            ["2600000 Exact [2,6 Millionen]"]
        );
        assert_eq!(check("2,5 Tausend Soldaten"), ["2500 Exact [2,5 Tausend]"]);
        assert_eq!(
            check("knapp 100 Mio. Euro"),
            ["100000000 Approx [knapp 100 Mio.]"]
        );
        assert_eq!(check("1.300 Kilometer"), ["1300 Exact [1.300]"]);
        // Thin or no-break spaces group thousands too once normalised to plain spaces.
        assert_eq!(check("20 000 Mann"), ["20000 Exact [20 000]"]);
        assert_eq!(
            check("Jahre 2022 und 2023"),
            ["2022 Exact year [2022]", "2023 Exact year [2023]"]
        );
    }

    #[test]
    fn qualifiers() {
        assert_eq!(check("rund 6.500 Menschen"), ["6500 Approx [rund 6.500]"]);
        assert_eq!(
            check("mehr als 1.000 russische Soldaten"),
            ["1000 MoreThan [mehr als 1.000]"]
        );
        assert_eq!(check("Über 70 Jahre"), ["70 MoreThan [Über 70]"]);
        assert_eq!(
            check("mindestens 300 und bis zu 500"),
            ["300 AtLeast [mindestens 300]", "500 UpTo [bis zu 500]"]
        );
        assert_eq!(
            check("etwa zwanzig Fahrzeuge"),
            ["20 Approx [etwa zwanzig]"]
        );
    }

    #[test]
    fn words_and_vague_amounts() {
        assert_eq!(
            check("sechs ehemalige Sowjetrepubliken"),
            ["6 Exact [sechs]"]
        );
        assert_eq!(
            check("mehrere Tausend russische Soldaten"),
            ["1000 Vague [mehrere Tausend]"]
        );
        assert_eq!(check("Hunderte Festnahmen"), ["100 Vague [Hunderte]"]);
        // Words that merely contain a number word are not numbers.
        assert_eq!(
            check("Achtung, Sechser und Zehnkampf"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn dates_times_and_years() {
        assert_eq!(check("am 07.01.2022 um 13.00 Uhr"), Vec::<String>::new());
        assert_eq!(check("um 21:33 Uhr"), Vec::<String>::new());
        assert_eq!(check("im Jahr 2002 gegründet"), ["2002 Exact year [2002]"]);
        assert_eq!(check("Am 6. Januar"), ["6 Exact [6]"]);
    }
}
