//! A German sentence splitter that survives the full stops inside sentences: ordinals
//! (`am 6. Januar`, `das 32. Mitglied`), abbreviations (`z. B.`, `u. a.`, `Nr.`, `Dr.`,
//! `ca.`), and quotations that end a sentence (`…“, sagte er.` / `„… erklärt.“ Dann`).
//! Its word lists are the built-in lexicon's (`data/lexicon/sentences.tsv`) and the
//! month names of the vocabulary the parser shares; they are fixed.

use crate::lexicon::{Lexicon, Table};
use std::sync::LazyLock;

static ABBREVIATIONS: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::Abbreviations));
static ORDINAL_CONTEXT: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::OrdinalContext));
/// Month names that make a preceding `6.` an ordinal day.
static MONTHS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    lagebild_parse::vocabulary::month_names(lagebild_parse::vocabulary::Grammar::Ordinal)
        .iter()
        .map(|(name, _)| *name)
        .collect()
});
static CLOSERS: LazyLock<Vec<char>> = LazyLock::new(|| {
    Lexicon::builtin()
        .words(Table::Closers)
        .iter()
        .filter_map(|c| crate::lexicon::character(c))
        .collect()
});

/// The byte length of the longest entry of [`ABBREVIATIONS`] (a test checks it).
const ABBREVIATION_MAX_BYTES: usize = 6;

/// Byte ranges of the sentences in `text`, in order, trimmed.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    // Room for a sentence per 80 bytes (news prose has about 90).
    let mut out = Vec::with_capacity(text.len() / 80 + 1);
    let mut start = 0;
    let mut skip_to = 0;
    let mut quote_end = quotation_end(text, 0);
    // Found by byte searches, not by decoding characters: a mark is an ASCII byte or the
    // lead byte of `…` (E2 80 A6), and either is a character boundary.
    for (i, width) in Marks::new(text) {
        if i < skip_to {
            continue;
        }
        let mut end = i + width;
        // Further marks and closing quotes belong to this sentence.
        while let Some(next) = text[end..].chars().next() {
            if matches!(next, '.' | '!' | '?' | '…') || CLOSERS.contains(&next) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        skip_to = end;
        // A stop inside a quotation that opened the sentence does not end it: the
        // quotation runs on to its closing mark (`«Das entscheidet das Gastland. Wenn …
        // sein», hatte er gesagt.`); the stop that closes it can.
        if quote_end.is_some_and(|close| end <= close) {
            continue;
        }
        if is_boundary(text, i, end) {
            push_trimmed(text, start, end, &mut out);
            start = end;
            quote_end = quotation_end(text, start);
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// How far a quotation that opens a sentence may run on over several sentences, in bytes:
/// three or four sentences of direct speech. A mark left open longer is taken for a stray
/// one, and the text is split as if it were not there.
const QUOTATION_MAX_BYTES: usize = 600;

/// Where the quotation that opens the sentence starting at `start` closes: the offset of
/// its closing mark, when the sentence opens with `„`, `»`, `«` or `“` and the matching
/// mark follows within [`QUOTATION_MAX_BYTES`] and before another opening one.
fn quotation_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?.trim_start();
    let open = rest.chars().next()?;
    let close = match open {
        '„' => '“',
        '»' => '«',
        '«' => '»',
        '“' => '”',
        _ => return None,
    };
    let inner_start = text.len() - rest.len() + open.len_utf8();
    let window_end = text.floor_char_boundary((inner_start + QUOTATION_MAX_BYTES).min(text.len()));
    let window = &text[inner_start..window_end];
    let at = window.find(close)?;
    (!window[..at].contains(open)).then_some(inner_start + at)
}

/// The sentence marks of a text in order, as (offset, length in bytes).
struct Marks<'t> {
    text: &'t str,
    from: usize,
    /// Where the next ellipsis at or after `from` is (`Some(None)`: none is left; `None`:
    /// not looked for yet). Looked for once, not at every mark: `0xE2` also leads the
    /// quotation marks and dashes of German text, and checking each of them before each
    /// full stop cost more than the marks themselves.
    ellipsis: Option<Option<usize>>,
}

impl<'t> Marks<'t> {
    fn new(text: &'t str) -> Self {
        Marks {
            text,
            from: 0,
            ellipsis: None,
        }
    }
}

impl Iterator for Marks<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        const ELLIPSIS: &[u8] = "…".as_bytes();
        let bytes = self.text.as_bytes();
        let rest = bytes.get(self.from..)?;
        let ellipsis = match self.ellipsis {
            Some(cached) if cached.is_none_or(|at| at >= self.from) => cached,
            _ => {
                static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(ELLIPSIS));
                let found = FINDER.find(rest).map(|at| self.from + at);
                self.ellipsis = Some(found);
                found
            }
        };
        let ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|at| self.from + at);
        let (at, width) = match (ascii, ellipsis) {
            (Some(mark), Some(dots)) if dots < mark => (dots, ELLIPSIS.len()),
            (Some(mark), _) => (mark, 1),
            (None, Some(dots)) => (dots, ELLIPSIS.len()),
            (None, None) => return None,
        };
        self.from = at + width;
        Some((at, width))
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let from_first = slice.trim_start();
    let leading = slice.len() - from_first.len();
    let trimmed = from_first.trim_end();
    if !trimmed.is_empty() {
        out.push((start + leading, start + leading + trimmed.len()));
    }
}

/// Whether the punctuation at `mark` (ending at `end`) ends a sentence.
fn is_boundary(text: &str, mark: usize, end: usize) -> bool {
    let after = &text[end..];
    // A sentence ends before white space and something that can open a sentence.
    if !after.starts_with(char::is_whitespace) {
        return after.is_empty();
    }
    let Some(next) = after.trim_start().chars().next() else {
        return true;
    };
    let opens = next.is_uppercase() || next.is_ascii_digit() || "„\"»«“‚'(".contains(next);
    if !opens {
        return false;
    }
    if text.as_bytes()[mark] != b'.' {
        return true;
    }
    let before = &text[..mark];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '„')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 3 {
        // `am 6. Januar`, `das 32. Mitglied`, `die 102. Militärbasis`: an ordinal after an
        // article or preposition, or before a month name.
        let next_word = after.split_whitespace().next().unwrap_or("");
        let next_word = next_word.trim_end_matches([',', '.']);
        let previous = before[..before.len() - word.len()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        return !(MONTHS.iter().any(|m| lowercase_is(next_word, m))
            || ORDINAL_CONTEXT.iter().any(|w| lowercase_is(previous, w)));
    }
    !is_abbreviation(word.trim_start_matches(['(', '"']))
}

/// Whether `word` lowercased is `lower`, without a lowercase copy of it (two per
/// numbered full stop before): the tables hold no sigma, the one letter whose lowercase
/// form depends on its place in a word.
fn lowercase_is(word: &str, lower: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Whether `word`, before a full stop, is an initial or an abbreviation.
fn is_abbreviation(word: &str) -> bool {
    // Nearly every word before a full stop is ASCII: decided without a lowercase copy
    // (one per sentence), with the answers of the general case (a test compares them).
    if word.is_ascii() {
        if word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic() {
            return true;
        }
        // Longer than any listed abbreviation and than a dotted one: settled here.
        if word.len() > ABBREVIATION_MAX_BYTES.max(6) {
            return false;
        }
        let dotted_abbreviation = word.contains('.') && word.len() <= 6;
        return dotted_abbreviation || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    is_abbreviation_lowercased(word)
}

fn is_abbreviation_lowercased(word: &str) -> bool {
    let lower = word.to_lowercase();
    // Single letters with a dot are initials or parts of `z. B.`; listed abbreviations too.
    if lower.chars().count() == 1 && lower.chars().all(char::is_alphabetic) {
        return true;
    }
    // `u.a.`, `z.B.` written without spaces end in an inner dot too.
    let dotted_abbreviation = lower.contains('.') && lower.len() <= 6;
    ABBREVIATIONS.contains(&lower.as_str()) || dotted_abbreviation
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On every line of our pages too, and on text full of ellipses, quotation marks and
    /// dashes (the ellipsis is looked for apart from the other marks).
    #[test]
    fn marks_are_every_stop_exclamation_question_and_ellipsis() {
        let texts = crate::facts::tests::page_lines(&[
            "„Ja…“ – sagte er. Wirklich?! Nein… – „doch“. 3.000 Mann… Ende",
            "……. .. ?! ‚x‘ – – — …",
            "",
        ]);
        for text in &texts {
            let expected: Vec<(usize, usize)> = text
                .char_indices()
                .filter(|(_, c)| matches!(c, '.' | '!' | '?' | '…'))
                .map(|(i, c)| (i, c.len_utf8()))
                .collect();
            assert_eq!(Marks::new(text).collect::<Vec<_>>(), expected, "{text}");
        }
    }

    #[test]
    fn abbreviation_max_bytes_is_the_longest_entry() {
        assert_eq!(
            ABBREVIATIONS.iter().map(|a| a.len()).max(),
            Some(ABBREVIATION_MAX_BYTES)
        );
    }

    #[test]
    fn the_ascii_abbreviation_test_answers_like_the_lowercased_one() {
        let mut words: Vec<String> = ABBREVIATIONS.iter().map(|a| (*a).to_owned()).collect();
        words.extend(ABBREVIATIONS.iter().map(|a| a.to_uppercase()));
        words.extend(
            [
                "", "a", "Z", "1", "u.a", "z.B", "Abs", "NATO", "Soldaten", "Mio", "usw.x",
                "abcdefg.", "x.y", "St", "Jan", "12", "-", "ab.cdef", "Oberst", "OBERSTE",
                "Truppen", "abc.de", "abcd.ef",
            ]
            .map(String::from),
        );
        for word in &words {
            assert_eq!(
                is_abbreviation(word),
                is_abbreviation_lowercased(word),
                "{word:?}"
            );
        }
    }

    fn check(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    /// The table words, in every case, and words whose lowercase form changes length,
    /// against each table entry: the comparison answers as `to_lowercase` does.
    #[test]
    fn lowercase_is_compares_like_to_lowercase() {
        let entries: Vec<&str> = MONTHS
            .iter()
            .chain(ORDINAL_CONTEXT.iter())
            .copied()
            .collect();
        let mut words: Vec<String> = entries.iter().map(|w| (*w).to_owned()).collect();
        words.extend(entries.iter().map(|w| w.to_uppercase()));
        words.extend(entries.iter().map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        }));
        words
            .extend(["İm", "\u{212A}", "MÄRZ", "Jänner", "ΣΑ", "", "am.", "Amt"].map(String::from));
        for word in &words {
            for entry in &entries {
                assert_eq!(
                    lowercase_is(word, entry),
                    word.to_lowercase() == *entry,
                    "{word} / {entry}"
                );
            }
        }
    }

    #[test]
    fn ordinals_and_dates_stay_inside() {
        assert_eq!(
            check(
                "Am 6. Januar beschloss der Rat den Einsatz. Die Truppen landeten am 8. Januar in Almaty."
            ),
            [
                "Am 6. Januar beschloss der Rat den Einsatz.",
                "Die Truppen landeten am 8. Januar in Almaty."
            ]
        );
        assert_eq!(
            check("Schweden ist das 32. Mitglied. Finnland folgte."),
            ["Schweden ist das 32. Mitglied.", "Finnland folgte."]
        );
        assert_eq!(
            check("Finnland wurde als 31. Mitglied aufgenommen."),
            ["Finnland wurde als 31. Mitglied aufgenommen."]
        );
        assert_eq!(
            check("Russland unterhält die 102. Militärbasis in Gjumri."),
            ["Russland unterhält die 102. Militärbasis in Gjumri."]
        );
        assert_eq!(
            check("Armenien schickte 70. Die Zahl blieb klein."),
            ["Armenien schickte 70.", "Die Zahl blieb klein."]
        );
    }

    #[test]
    fn abbreviations_stay_inside() {
        assert_eq!(
            check("Dazu gehören z. B. Flughäfen, u. a. in Almaty. Das sagte Dr. Sander."),
            [
                "Dazu gehören z. B. Flughäfen, u. a. in Almaty.",
                "Das sagte Dr. Sander."
            ]
        );
        assert_eq!(
            check("Es waren ca. 2.000 Soldaten (Nr. 3 der Liste). Danach nicht."),
            [
                "Es waren ca. 2.000 Soldaten (Nr. 3 der Liste).",
                "Danach nicht."
            ]
        );
        assert_eq!(
            check("Die Kosten lagen bei 100 Mio. Euro."),
            ["Die Kosten lagen bei 100 Mio. Euro."]
        );
    }

    #[test]
    fn quotations_and_other_marks() {
        assert_eq!(
            check("„Wir gehen“, sagte er. „Die Lage ist ernst.“ Dann schwieg er."),
            [
                "„Wir gehen“, sagte er.",
                "„Die Lage ist ernst.“",
                "Dann schwieg er."
            ]
        );
        assert_eq!(
            check("Kommt der Krieg? Niemand weiß es! 2024 wird es sich zeigen."),
            [
                "Kommt der Krieg?",
                "Niemand weiß es!",
                "2024 wird es sich zeigen."
            ]
        );
        assert_eq!(
            check("Keine Satzgrenze. oder doch"),
            ["Keine Satzgrenze. oder doch"]
        );
        assert_eq!(check(""), Vec::<&str>::new());
    }

    #[test]
    fn a_quotation_opening_a_sentence_runs_to_its_closing_mark() {
        assert_eq!(
            check("»Wir bleiben. Das ist sicher.« So sprach der Minister. Dann ging er."),
            [
                "»Wir bleiben. Das ist sicher.«",
                "So sprach der Minister.",
                "Dann ging er."
            ]
        );
        assert_eq!(
            check("„Es ist ernst. Wir handeln“, sagte sie. Danach wurde es still."),
            [
                "„Es ist ernst. Wir handeln“, sagte sie.",
                "Danach wurde es still."
            ]
        );
        // A mark never closed is a stray one: the text splits as usual.
        assert_eq!(
            check("„Es ist ernst. Wir handeln, sagte sie. Danach wurde es still."),
            [
                "„Es ist ernst.",
                "Wir handeln, sagte sie.",
                "Danach wurde es still."
            ]
        );
    }
}
