//! Recovering the article a reader sees from a page's lines: the header above the first
//! body paragraph (page bar, kicker, title, datelines), the body (lead, headings,
//! paragraphs, lists, quotes, captions), teaser sections and trailing chrome.
//!
//! Decisions go by kind of line (length, final punctuation, quotes, bullets, rule-table
//! matches) and by position (above the first paragraph, inside a teaser block, after the
//! last paragraph), never by the wording of particular pages.

use crate::article::{
    Article, Block, BlockKind, DropReason, DroppedLine, LineRange, Metadata, TOO_LONG_PREVIEW_CHARS,
};
use crate::date::{ClockTime, PartialDate, parse_date_prefix};
use crate::dateline::{DateKind, MetaLine, lead_dateline, meta_line, metadata_prefix};
use crate::decode::{Encoding, RawLine, normalize};
use crate::rules::{LineHit, Rule, RuleAction, RuleSet};
use crate::title;
use std::borrow::Cow;

/// A line is body text for sure when it is at least this long: no headline, kicker or
/// menu runs to 200 characters, while a one-sentence paragraph easily does.
const BODY_MIN_CHARS: usize = 200;
/// A shorter line is body text when it ends a sentence and has at least this many words:
/// headlines with a question mark stay under it (measured on German headlines, which
/// rarely exceed 11 words).
const BODY_MIN_WORDS: usize = 12;
/// Headings and kickers are short: a subheading above 150 characters or 20 words is a
/// paragraph that lacks its full stop.
const HEADING_MAX_CHARS: usize = 150;
const HEADING_MAX_WORDS: usize = 20;
/// A kicker is a topic label of a few words.
const KICKER_MAX_CHARS: usize = 80;
const KICKER_MAX_WORDS: usize = 10;
/// A teaser section ends where a line this long appears: teaser texts are one or two
/// sentences (at most ~250 characters on the pages we studied), article paragraphs run
/// longer.
const TEASER_SECTION_RESUME_CHARS: usize = 400;
/// A teaser's blurb is a sentence or two; a shorter paragraph of three sentences or more
/// is article text again.
const TEASER_SECTION_RESUME_PROSE_CHARS: usize = 200;
/// A speaker label in an interview (`Frage:`, `ZEIT ONLINE:`) is a name or a short role.
const SPEAKER_LABEL_MAX_CHARS: usize = 30;
/// A caption's credit is a few words (`AFP`, `Foto: picture alliance / dpa`).
const CREDIT_MAX_CHARS: usize = 60;
const CREDIT_MAX_WORDS: usize = 6;
/// A caption is a sentence or two under a picture; a longer line above a credit is a
/// paragraph that happens to precede one.
const CAPTION_MAX_CHARS: usize = 250;
/// A kicker right above a headline is a topic of a few words (`Bündniserweiterung`,
/// `Gipfel der OVKS`); a longer line there is more likely a headline itself.
const KICKER_BEFORE_TITLE_MAX_WORDS: usize = 4;

/// What the classifier decided for a line.
#[derive(Debug, Clone)]
enum Class<'a> {
    /// Nothing visible on the line; not reported.
    Empty,
    Drop(DropReason, Cow<'static, str>),
    Block {
        kind: BlockKind,
        text: Cow<'a, str>,
        /// Boxed string: the class list has an entry per line (48 bytes, not 56).
        rubric: Option<Box<str>>,
    },
    /// Not decided yet.
    Open,
}

/// A logical line: one line of the file, or several physical lines of a hard-wrapped
/// paragraph joined together.
struct Line<'a> {
    number: u32,
    /// Last physical line (equal to `number` unless lines were joined).
    end: u32,
    text: Cow<'a, str>,
    /// Characters and words of `text`, as 32-bit counts: a file has a record per line,
    /// and a line is at most the file, which is far below 4 GiB in practice (a longer
    /// one saturates).
    char_count: u32,
    word_count: u32,
    /// The line directly follows the previous line with no blank line between.
    glued: bool,
    /// The line held only invisible characters (reported as `blank`).
    invisible: bool,
    /// The physical lines' own texts, kept only for joined lines so that a dropped
    /// logical line can still be reported line by line. Boxed: most lines are not
    /// joined, and a file has a record per line (8 bytes instead of 24 each).
    #[expect(
        clippy::box_collection,
        reason = "the extra allocation is made for joined lines only; every line saves 16 bytes"
    )]
    pieces: Option<Box<Vec<(u32, String)>>>,
}

impl Line<'_> {
    fn chars(&self) -> usize {
        self.char_count as usize
    }

    fn words(&self) -> usize {
        self.word_count as usize
    }
}

fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Parses decoded text into an article.
pub(crate) fn build<'a>(
    text: &'a str,
    encoding: Encoding,
    rules: &RuleSet,
    max_line_bytes: usize,
) -> Article<'a> {
    let mut line_count = 0;
    // One record per line, allocated once: a 100 MB file has over a million lines, and a
    // vector that doubles as it fills can hold room for twice as many. (Lone `\r` line
    // breaks are not counted; such rare files just grow the vector.)
    let mut physical = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut too_long = Vec::new();
    let mut previous_empty = true;
    for RawLine { number, text: raw } in crate::decode::lines(text) {
        line_count = number;
        // A line over the limit is reported and then read as an empty line: the page's
        // structure sees a paragraph break where it stood.
        let text = if raw.len() > max_line_bytes {
            too_long.push(too_long_line(number, raw));
            Cow::Borrowed("")
        } else {
            normalize(raw)
        };
        let empty = text.is_empty();
        // A line of nothing but invisible characters is reported as `blank`; a truly
        // empty line (or one of plain spaces) is not reported at all.
        let invisible =
            empty && raw.len() <= max_line_bytes && !raw.trim_matches([' ', '\t']).is_empty();
        physical.push(Line {
            number,
            end: number,
            char_count: saturating_u32(text.chars().count()),
            word_count: saturating_u32(word_count(&text)),
            glued: !previous_empty,
            invisible,
            text,
            pieces: None,
        });
        previous_empty = empty;
    }
    let (lines, classes, hits) = join_wrapped_lines(physical, rules);

    let mut page = Page {
        lines: &lines,
        classes,
        hits,
        rules,
        dates: Vec::new(),
        source: None,
        author: None,
        place: None,
        title_candidates: Vec::new(),
    };
    page.mark_captions_and_duplicates();
    page.mark_teaser_sections();
    let first_body = page.first_body();
    let title_at = page.header(first_body);
    page.body(first_body);
    page.drop_trailing_short_lines();
    if title_at.is_some() {
        page.mark_lead();
    }
    page.page_header_fixup(title_at);
    let mut article = page.into_article(encoding, line_count);
    if !too_long.is_empty() {
        article.dropped.extend(too_long);
        article.dropped.sort_by_key(|d| d.line);
    }
    article
}

/// The number of words of a normalised line, whose only whitespace is single spaces
/// between words: counted with a byte search instead of `split_whitespace`, which decodes
/// every character.
fn word_count(normalized: &str) -> usize {
    debug_assert!(!normalized.contains("  ") && normalized.trim() == normalized);
    if normalized.is_empty() {
        0
    } else {
        memchr::memchr_iter(b' ', normalized.as_bytes()).count() + 1
    }
}

/// The dropped-line entry of a line over the length limit, with a preview of its text.
fn too_long_line(number: u32, raw: &str) -> DroppedLine<'static> {
    let preview_end = raw
        .char_indices()
        .nth(TOO_LONG_PREVIEW_CHARS)
        .map_or(raw.len(), |(at, _)| at);
    let mut text = normalize(&raw[..preview_end]).into_owned();
    text.push('…');
    DroppedLine {
        line: number,
        text: Cow::Owned(text),
        reason: DropReason::TooLong,
        rule: Cow::Borrowed("max-line-bytes"),
    }
}

/// A hard-wrapped file is one whose text lines stop near a fixed column: lines this
/// close to the longest short line are taken to be wrapped, not ended.
const WRAP_FILL_RATIO: f64 = 0.7;
/// Lines longer than this are never the product of hard wrapping (editors and mail
/// programs wrap at 72 to 80 columns; 100 leaves room for wide settings).
const WRAP_MAX_COLUMN: usize = 100;

/// Joins the physical lines of hard-wrapped paragraphs into logical lines. Two lines are
/// joined when nothing separates them and the first plainly continues: it ends with a
/// hyphen or comma, or the second starts in lower case after an unfinished sentence, or
/// the file is hard-wrapped and the first line fills the wrap column. Returns the lines,
/// their initial classes and their rule-table answers.
fn join_wrapped_lines<'a>(
    mut lines: Vec<Line<'a>>,
    rules: &RuleSet,
) -> (Vec<Line<'a>>, Vec<Class<'a>>, Vec<LineHit>) {
    let column = lines
        .iter()
        .map(|l| l.chars())
        .filter(|&c| c <= WRAP_MAX_COLUMN)
        .max()
        .unwrap_or(0);
    let fill = (column as f64 * WRAP_FILL_RATIO) as usize;
    let wrapped_pairs = lines
        .windows(2)
        .filter(|w| {
            w[1].glued
                && w[0].chars() >= fill
                && w[0].chars() <= WRAP_MAX_COLUMN
                && !ends_sentence(&w[0].text)
        })
        .count();
    let long_lines = lines.iter().filter(|l| l.chars() > WRAP_MAX_COLUMN).count();
    // Two wrapped pairs and almost no long lines: one stray long line (a URL) is allowed.
    let wrap_mode = column >= 40 && wrapped_pairs >= 2 && long_lines <= 1;
    let wrap = Wrap {
        mode: wrap_mode,
        fill,
    };

    // The logical lines are gathered in place at the front of the physical ones (a
    // second array of line records was the largest allocation for a 100 MB file).
    let mut classes = Vec::with_capacity(lines.len());
    let mut hits: Vec<LineHit> = Vec::with_capacity(lines.len());
    let mut kept: usize = 0;
    let mut last_physical_chars = 0;
    // The rule-table answer of a logical line that grew by joining is asked again once,
    // when it is complete, not after every joined line (which would be quadratic).
    let mut last_hit_stale = false;
    for read in 0..lines.len() {
        let (front, rest) = lines.split_at_mut(read);
        let line = &rest[0];
        let physical_chars = line.chars();
        let hit = if line.text.is_empty() {
            LineHit::default()
        } else {
            rules.classify(&line.text)
        };
        let previous = kept.checked_sub(1).map(|at| &mut front[at]);
        let joinable = match (&previous, hits.last()) {
            (Some(previous), Some(&previous_hit)) => joins(
                (previous, previous_hit, last_physical_chars),
                (line, hit),
                wrap,
            ),
            _ => false,
        };
        last_physical_chars = physical_chars;
        if let (true, Some(previous), Some(previous_hit)) = (joinable, previous, hits.last_mut()) {
            append_wrapped(previous, line);
            *previous_hit = LineHit::default();
            last_hit_stale = true;
            continue;
        }
        if std::mem::take(&mut last_hit_stale) {
            refresh_last_hit(&front[..kept], &mut hits, rules);
        }
        classes.push(if !line.text.is_empty() {
            Class::Open
        } else if line.invisible {
            Class::Drop(DropReason::Blank, Cow::Borrowed("invisible-only"))
        } else {
            Class::Empty
        });
        hits.push(hit);
        lines.swap(kept, read);
        kept += 1;
    }
    lines.truncate(kept);
    if last_hit_stale {
        refresh_last_hit(&lines, &mut hits, rules);
    }
    (lines, classes, hits)
}

/// Asks the rule table again about the last logical line, which joining has extended.
fn refresh_last_hit(lines: &[Line<'_>], hits: &mut [LineHit], rules: &RuleSet) {
    if let (Some(line), Some(hit)) = (lines.last(), hits.last_mut()) {
        *hit = rules.classify(&line.text);
    }
}

/// Whether the file is hard-wrapped, and how full a line must be to count as wrapped.
#[derive(Clone, Copy)]
struct Wrap {
    mode: bool,
    fill: usize,
}

/// Appends `line` to the logical line `previous`, removing a hyphenation break
/// (`wich-` + `tige`) but keeping a hyphen before a conjunction (`Staats- und`).
fn append_wrapped<'a>(previous: &mut Line<'a>, line: &Line<'a>) {
    let number = previous.number;
    let own_text = &previous.text;
    previous
        .pieces
        .get_or_insert_with(|| Box::new(vec![(number, own_text.to_string())]))
        .push((line.number, line.text.to_string()));
    // Appending in place keeps joining linear: a paragraph of a million wrapped lines
    // must not be copied once per line.
    let text = previous.text.to_mut();
    let next_word = line.text.split_whitespace().next().unwrap_or("");
    let hyphenated = text
        .strip_suffix('-')
        .is_some_and(|stem| stem.ends_with(char::is_alphabetic))
        && line.text.starts_with(char::is_lowercase)
        && !matches!(next_word, "und" | "oder" | "bzw." | "sowie");
    if hyphenated {
        text.pop();
        previous.char_count = previous.char_count.saturating_sub(1);
    } else {
        text.push(' ');
        previous.char_count = previous.char_count.saturating_add(1);
    }
    text.push_str(&line.text);
    previous.char_count = previous.char_count.saturating_add(line.char_count);
    previous.word_count = previous.word_count.saturating_add(line.word_count);
    previous.end = line.number;
}

/// Whether `next` continues the logical line `previous` (whose last physical line had
/// `previous_chars` characters).
fn joins(
    (previous, previous_hit, previous_chars): (&Line<'_>, LineHit, usize),
    (next, next_hit): (&Line<'_>, LineHit),
    wrap: Wrap,
) -> bool {
    if !next.glued || previous.text.is_empty() || next.text.is_empty() {
        return false;
    }
    let standalone = |text: &str, hit: LineHit| {
        hit.top.is_some()
            || hit.body.is_some()
            || meta_line(text).is_some()
            || list_item(text).is_some()
    };
    let text = previous.text.as_ref();
    let lower_start = next.text.starts_with(char::is_lowercase);
    let continues = (text.ends_with(['-', ',']) && lower_start)
        || (lower_start && !ends_sentence(text) && previous_chars >= wrap.fill.min(40))
        || (wrap.mode && previous_chars >= wrap.fill && previous_chars <= WRAP_MAX_COLUMN);
    // The standalone tests run the metadata grammar, so they come after the cheap ones.
    continues
        && !standalone(&next.text, next_hit)
        && !(previous.pieces.is_none() && standalone(&previous.text, previous_hit))
}

struct DateCandidate {
    date: PartialDate,
    time: Option<ClockTime>,
    kind: DateKind,
}

struct Page<'l, 'a> {
    lines: &'l [Line<'a>],
    classes: Vec<Class<'a>>,
    /// The rule-table answer for each logical line, computed once.
    hits: Vec<LineHit>,
    rules: &'l RuleSet,
    dates: Vec<DateCandidate>,
    source: Option<String>,
    author: Option<String>,
    place: Option<String>,
    /// The header lines weighed as the headline, with their evidence.
    title_candidates: Vec<title::TitleCandidate>,
}

/// Closing characters that may follow a sentence's final punctuation.
const CLOSERS: &[char] = &['"', '“', '”', '»', '«', '\'', '’', ')', ']'];

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…'])
}

/// How many sentences end inside the text and are followed by another: a stop, `!` or
/// `?`, a space, and a capital letter or an opening quote.
fn sentence_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .filter(|&p| {
            bytes.get(p + 1) == Some(&b' ')
                && text[p + 2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || matches!(c, '„' | '"' | '»'))
                // `4. Juli`, `Nr. 5`: a stop after a digit or an abbreviation is no break.
                && !text[..p]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit())
        })
        .count()
}

/// Ends like a heading may end: no full stop, comma, colon or semicolon.
fn ends_open(text: &str) -> bool {
    !text
        .trim_end_matches(CLOSERS)
        .ends_with(['.', ',', ';', ':'])
}

/// Long enough, or a full sentence of many words. A single question is not enough: a
/// headline or a subheading may ask one, a paragraph rarely consists of one.
fn is_paragraph_like(line: &Line<'_>) -> bool {
    line.chars() >= BODY_MIN_CHARS
        || (line.words() >= BODY_MIN_WORDS
            && ends_sentence(&line.text)
            && !is_single_question(&line.text))
}

/// One sentence ending with a question mark.
fn is_single_question(text: &str) -> bool {
    let text = text.trim_end_matches(CLOSERS);
    text.ends_with('?') && !text[..text.len() - 1].contains(['.', '!', '?'])
}

fn is_heading_like(line: &Line<'_>) -> bool {
    line.chars() <= HEADING_MAX_CHARS
        && line.words() <= HEADING_MAX_WORDS
        && ends_open(&line.text)
        && line.text.starts_with(|c: char| !c.is_lowercase())
}

/// `Uganda: 4 500 Soldaten`, `Lettland: 1887`, `Italien (1044)`: a name of one to four
/// capitalised words, then its count after a colon or in parentheses, then at most
/// three words of unit.
fn is_count_line(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line and its neighbours: most are settled by their length or by
    // having no colon or parenthesis, before any character is decoded.
    if text.len() > 240 || memchr::memchr2(b':', b'(', text.as_bytes()).is_none() {
        return false;
    }
    if text.chars().count() > 60 {
        return false;
    }
    let (name, rest) = match text.split_once(':') {
        Some((name, rest)) => (name, rest.trim_start()),
        None => match text.split_once(" (") {
            Some((name, rest)) if rest.ends_with(')') => (name, &rest[..rest.len() - 1]),
            _ => return false,
        },
    };
    let name_words = name.split_whitespace().count();
    if !(1..=4).contains(&name_words) || !name.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // `Spanien: gut 500 Soldaten`, `Polen: mehr als 200`: up to two short lowercase words
    // (a qualifier) before the count.
    let mut rest = rest;
    for _ in 0..2 {
        match rest.split_once(' ') {
            Some((word, after))
                if word.starts_with(|c: char| c.is_lowercase())
                    && word.chars().count() <= 5
                    && word.chars().all(|c| c.is_alphabetic() || c == '.') =>
            {
                rest = after.trim_start();
            }
            _ => break,
        }
    }
    // The count: digits with space, no-break space or dot groups (`4 500`, `1.632`).
    let count_end = rest
        .char_indices()
        .find(|&(at, c)| {
            !(c.is_ascii_digit()
                || ((c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '.')
                    && rest[at + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())))
        })
        .map_or(rest.len(), |(at, _)| at);
    count_end > 0
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest[count_end..].split_whitespace().count() <= 3
        && !rest[count_end..].contains(|c: char| c.is_ascii_digit())
}

/// Bullets that open list items.
const BULLETS: &[char] = &[
    '•', '·', '▪', '◦', '‣', '►', '■', '□', '✓', '✔', '-', '–', '—', '*', '+',
];

/// The item text of a bulleted or numbered list line.
fn list_item(text: &str) -> Option<&str> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    if BULLETS.contains(&first) {
        let rest = &text[first.len_utf8()..];
        return rest
            .starts_with(' ')
            .then(|| rest.trim_start())
            .filter(|r| !r.is_empty());
    }
    // `1. Punkt`, `2) Punkt`, but not `6. Januar …`, which is a date.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && text[digits..].starts_with([')', '.'])
        && text[digits + 1..].starts_with(' ')
    {
        if parse_date_prefix(text).is_some() || date_after_ordinal(text) {
            return None;
        }
        return Some(text[digits + 1..].trim_start()).filter(|r| !r.is_empty());
    }
    None
}

/// `6. Januar hat …`: an ordinal followed by a month name reads as a date even without a year.
fn date_after_ordinal(text: &str) -> bool {
    let word = text.split_whitespace().nth(1).unwrap_or("");
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    crate::date::month_names()
        .iter()
        .any(|(name, _)| *name == word)
}

/// Quote characters that open a quotation and the ones that close it.
const QUOTE_PAIRS: &[(char, &[char])] = &[
    ('„', &['“', '"', '”']),
    ('"', &['"', '“', '”']),
    ('“', &['”', '“']),
    ('»', &['«']),
    ('«', &['»']),
    ('‚', &['‘']),
];

/// True when the whole line is one quotation: it opens with a quote mark and its first
/// closing mark ends the line (trailing punctuation allowed).
fn is_whole_quote(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let Some((_, closers)) = QUOTE_PAIRS.iter().find(|(open, _)| *open == first) else {
        return false;
    };
    let inner = &text[first.len_utf8()..];
    let trimmed = text.trim_end_matches(['.', ',', '!', '?', ' ']);
    match inner.find(*closers) {
        Some(at) => {
            first.len_utf8() + at + inner[at..].chars().next().map_or(0, char::len_utf8)
                == trimmed.len()
        }
        None => false,
    }
}

/// A caption line that ends in its own credit: `… (Foto: dpa)`, `… Bild: Reuters`, `… © AFP`.
fn has_trailing_credit(text: &str) -> bool {
    // Only the end of the line can hold the credit; look at no more than that.
    let mut start = text.len().saturating_sub(CREDIT_MAX_CHARS * 2);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let tail = &text[start..];
    // Byte tests first (0xA9 is the last byte of `©`): most lines hold no marker at all.
    let maybe_marker = tail.bytes().fold(false, |acc, b| {
        acc | (b == b':') | (b == b'(') | (b == b'/') | (b == 0xA9)
    });
    if !maybe_marker || text.len() <= 20 || text.chars().count() <= 20 {
        return false;
    }
    CREDIT_MARKERS.iter().any(|marker| {
        rfind_ignore_ascii_case(tail, marker).is_some_and(|at| {
            let credit = tail[at..].trim_end_matches(')');
            credit.chars().count() <= CREDIT_MAX_CHARS && !credit.contains(['.', '!', '?'])
                || credit.ends_with('.') && credit.chars().count() <= 40
        })
    })
}

/// Words that open a caption's credit, lowercase.
const CREDIT_MARKERS: &[&str] = &[
    "foto:", "fotos:", "bild:", "(foto", "(bild", "©", "foto/", "quelle:",
];

/// The start of the last occurrence of `needle` (lowercase, opening with an ASCII byte or
/// `©`) in `text`, ignoring ASCII case; found from the needle's first byte backwards,
/// without a lowercase copy of the text.
fn rfind_ignore_ascii_case(text: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    memchr::memrchr2_iter(first, first.to_ascii_uppercase(), hay).find(|&at| {
        hay[at..]
            .get(..needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// `Frage: …`, `Sander: …`, `ZEIT ONLINE: …`: a label of one or two words before a colon.
fn speaker_label(text: &str) -> Option<&str> {
    // A label of at most 30 characters takes at most 120 bytes: the colon can only be
    // in that window, and long paragraphs are not searched to their end.
    const WINDOW: usize = SPEAKER_LABEL_MAX_CHARS * 4 + 2;
    let bytes = text.as_bytes();
    let window = &bytes[..text.len().min(WINDOW)];
    let at = memchr::memchr_iter(b':', window).find(|&at| bytes.get(at + 1) == Some(&b' '))?;
    let (label, rest) = (&text[..at], &text[at + 2..]);
    let words = label.split_whitespace().count();
    ((1..=2).contains(&words)
        && label.chars().count() <= SPEAKER_LABEL_MAX_CHARS
        && !rest.is_empty())
    .then_some(label)
}

fn is_credit_suffix(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= CREDIT_MAX_CHARS
        && text.split_whitespace().count() <= CREDIT_MAX_WORDS
        && !ends_sentence(text.trim_end_matches('.').trim_end())
        && !text.starts_with(|c: char| c.is_lowercase())
}

impl<'l, 'a> Page<'l, 'a> {
    /// The rule matching line `i` in the given zone.
    fn rule_at(&self, i: usize, in_top: bool) -> Option<&'l Rule> {
        let hit = self.hits[i];
        let rules: &'l RuleSet = self.rules;
        (if in_top { hit.top } else { hit.body }).map(|index| rules.rule(index))
    }

    /// The id of the rule [`Page::rule_at`] finds, for a dropped line's report.
    fn rule_id_at(&self, i: usize, in_top: bool) -> Cow<'static, str> {
        let hit = self.hits[i];
        (if in_top { hit.top } else { hit.body })
            .map_or(Cow::Borrowed(""), |index| self.rules.id(index))
    }

    fn is_open(&self, i: usize) -> bool {
        matches!(self.classes[i], Class::Open)
    }

    fn set(&mut self, i: usize, class: Class<'a>) {
        self.classes[i] = class;
    }

    fn drop_line(&mut self, i: usize, reason: DropReason, rule: impl Into<Cow<'static, str>>) {
        self.classes[i] = Class::Drop(reason, rule.into());
    }

    fn block(&mut self, i: usize, kind: BlockKind) {
        let text = self.lines[i].text.clone();
        self.classes[i] = Class::Block {
            kind,
            text,
            rubric: None,
        };
    }

    /// The next line with visible text after `i`, if it is at most two blank lines away.
    fn next_nonempty(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len().min(i + 4)).find(|&j| !self.lines[j].text.is_empty())
    }

    /// A caption repeated with its credit (`Text.` / `Text. AFP`), and lines repeated
    /// verbatim: the copy with the credit, or the second copy, is dropped.
    fn mark_captions_and_duplicates(&mut self) {
        for i in 0..self.lines.len() {
            if !self.is_open(i) {
                continue;
            }
            let Some(j) = self.next_nonempty(i) else {
                continue;
            };
            if !self.is_open(j) {
                continue;
            }
            let (a, b) = (&self.lines[i].text, &self.lines[j].text);
            if a == b {
                self.drop_line(j, DropReason::Duplicate, "repeated-line");
            } else if let Some(credit) = b.strip_prefix(a.as_ref()).filter(|c| is_credit_suffix(c))
            {
                let _ = credit;
                self.block(i, BlockKind::Caption);
                self.drop_line(j, DropReason::CaptionDuplicate, "caption-with-credit");
            } else if let Some(credit) = a.strip_prefix(b.as_ref()).filter(|c| is_credit_suffix(c))
            {
                let _ = credit;
                self.drop_line(i, DropReason::CaptionDuplicate, "caption-with-credit");
                self.block(j, BlockKind::Caption);
            }
        }
    }

    /// A teaser-section rule opens a block of related-article teasers, which runs until a
    /// line long enough to be article text again.
    fn mark_teaser_sections(&mut self) {
        let mut in_section = false;
        for i in 0..self.lines.len() {
            let line = &self.lines[i];
            if line.text.is_empty() {
                continue;
            }
            let rule = self.rule_at(i, false);
            if rule.is_some_and(|r| r.action == RuleAction::TeaserSection) {
                let id = self.rule_id_at(i, false);
                self.drop_line(i, DropReason::Teaser, id);
                in_section = true;
                continue;
            }
            if !in_section {
                continue;
            }
            let prose = line.chars() >= TEASER_SECTION_RESUME_CHARS
                || (line.chars() >= TEASER_SECTION_RESUME_PROSE_CHARS
                    && sentence_breaks(&line.text) >= 2);
            if prose && ends_sentence(&line.text) {
                in_section = false;
                continue;
            }
            match rule.map(|r| r.action) {
                Some(RuleAction::Drop(reason)) => {
                    let id = self.rule_id_at(i, false);
                    self.drop_line(i, reason, id);
                }
                _ if matches!(self.classes[i], Class::Drop(..)) => {}
                _ => self.drop_line(i, DropReason::Teaser, "in-teaser-section"),
            }
        }
    }

    /// Index of the first line that is certainly body text; everything above it is header.
    fn first_body(&self) -> usize {
        let candidate = |strict: bool| {
            (0..self.lines.len()).find(|&i| {
                let line = &self.lines[i];
                // The metadata grammar is the dear test; it goes last.
                self.is_open(i)
                    && self.rule_at(i, true).is_none()
                    && if strict {
                        is_paragraph_like(line)
                    } else {
                        ends_sentence(&line.text) && line.words() >= 5
                    }
                    && !self.is_caption_above_credit(i)
                    && meta_line(&line.text).is_none()
            })
        };
        // Short articles may have no line that is certainly a paragraph; then any full
        // sentence of five words or more starts the body.
        candidate(true)
            .or_else(|| candidate(false))
            .unwrap_or(self.lines.len())
    }

    /// Classifies the lines above the first body paragraph and returns the title's index.
    fn header(&mut self, first_body: usize) -> Option<usize> {
        let mut candidates = Vec::new();
        let mut captions = Vec::new();
        let mut title_at = None;
        let mut first_meta = None;
        let mut bare_dates = Vec::new();
        for i in 0..first_body {
            if !self.is_open(i) {
                continue;
            }
            let text = &self.lines[i].text;
            if title_at.is_none()
                && candidates.is_empty()
                && let Some((date, title)) = metadata_prefix(text)
            {
                self.dates.push(DateCandidate {
                    date,
                    time: None,
                    kind: DateKind::MetadataPrefix,
                });
                let (rubric, title) = self.split_rubric(Cow::Owned(title.to_owned()));
                self.set(
                    i,
                    Class::Block {
                        kind: BlockKind::Title,
                        text: title,
                        rubric,
                    },
                );
                title_at = Some(i);
                continue;
            }
            if let Some(rule) = self.rule_at(i, true)
                && let RuleAction::Drop(reason) = rule.action
            {
                let id = self.rule_id_at(i, true);
                self.drop_line(i, reason, id);
                continue;
            }
            if let Some(meta) = meta_line(text) {
                if meta.bare_date {
                    bare_dates.push((i, meta));
                } else {
                    first_meta.get_or_insert(i);
                    self.meta_block(i, &meta);
                }
                continue;
            }
            if has_trailing_credit(text) {
                self.block(i, BlockKind::Caption);
                continue;
            }
            if self.is_caption_above_credit(i) {
                captions.push(i);
                continue;
            }
            candidates.push(i);
        }
        // A caption is only a caption when something else can be the headline: a title
        // with a photo credit right below it is still the title.
        if candidates.is_empty() {
            candidates = captions;
        } else {
            for i in captions {
                self.block(i, BlockKind::Caption);
            }
        }
        let mut mastheads = Vec::new();
        if title_at.is_none() {
            let first_line = self.lines.iter().position(|l| !l.text.is_empty());
            let shapes: Vec<title::Shape> = (0..candidates.len())
                .map(|k| self.title_shape(k, &candidates, first_meta, first_line))
                .collect();
            let (best, record) = title::choose(&shapes);
            mastheads.extend(
                shapes
                    .iter()
                    .zip(&candidates)
                    .filter(|(shape, _)| shape.masthead)
                    .map(|(_, &c)| c),
            );
            self.title_candidates = record;
            if let Some(title) = best.map(|b| candidates[b]) {
                let text = self.lines[title].text.clone();
                let (rubric, text) = self.split_rubric(text);
                self.set(
                    title,
                    Class::Block {
                        kind: BlockKind::Title,
                        text,
                        rubric,
                    },
                );
                title_at = Some(title);
            }
        }
        for (i, meta) in bare_dates {
            if title_at.is_some_and(|t| i > t) {
                self.meta_block(i, &meta);
            } else {
                // Above the headline a bare date is the site's top bar, which shows the day
                // the page was saved: keep the date, but say where it came from.
                self.record_meta(&meta, DateKind::PageHeader);
                self.drop_line(i, DropReason::PageHeader, "page-date");
            }
        }
        let title = title_at?;
        // A site name above the menu is no kicker, however short.
        for &i in &mastheads {
            if i < title {
                self.drop_line(i, DropReason::PageHeader, "masthead");
            }
        }
        let above: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| c < title && !mastheads.contains(&c))
            .collect();
        if let Some((&kicker, rest)) = above.split_last() {
            let line = &self.lines[kicker];
            if line.chars() <= KICKER_MAX_CHARS
                && line.words() <= KICKER_MAX_WORDS
                && !ends_sentence(&line.text)
            {
                self.block(kicker, BlockKind::Kicker);
            } else {
                self.drop_line(kicker, DropReason::PageHeader, "above-headline");
            }
            for &i in rest {
                self.drop_line(i, DropReason::PageHeader, "above-headline");
            }
        }
        // Lines between the title and the body that are not metadata are read as body.
        Some(title)
    }

    /// What the title choice needs to know about the `k`-th of the header's text lines
    /// `candidates` (in line order). Every question is answered from its neighbours in
    /// that order, so a header of a million short lines costs a million steps.
    fn title_shape(
        &self,
        k: usize,
        candidates: &[usize],
        first_meta: Option<usize>,
        first_line: Option<usize>,
    ) -> title::Shape {
        let c = candidates[k];
        let line = &self.lines[c];
        let next_candidate = candidates.get(k + 1).copied();
        let above_dateline =
            first_meta.is_some_and(|m| c < m && next_candidate.is_none_or(|next| next >= m));
        let before_lead = next_candidate.is_none();
        let previous = (0..c).rev().find(|&j| !self.lines[j].text.is_empty());
        let after_kicker = previous.is_some_and(|p| {
            let kicker = &self.lines[p];
            k > 0
                && candidates[k - 1] == p
                && kicker.words() <= KICKER_BEFORE_TITLE_MAX_WORDS
                && !ends_sentence(&kicker.text)
        });
        let masthead =
            first_line == Some(c) && matches!(self.classes.get(c + 1), Some(Class::Drop(..)));
        let ends_with_full_stop =
            line.text.trim_end_matches(CLOSERS).ends_with('.') && !line.text.ends_with("...");
        title::Shape {
            line: line.number,
            words: line.words(),
            above_dateline,
            before_lead,
            after_kicker,
            masthead,
            ends_with_full_stop,
        }
    }

    /// A short line glued to a credit line below it (`Bildrechte: …`, `Foto: …`,
    /// `Name / Reuters`) is the caption of the picture the credit belongs to.
    fn is_caption_above_credit(&self, i: usize) -> bool {
        let line = &self.lines[i];
        let Some(next) = self.lines.get(i + 1) else {
            return false;
        };
        let credit_below = next.glued
            && (self
                .rule_at(i + 1, true)
                .or_else(|| self.rule_at(i + 1, false))
                .is_some_and(|r| r.action == RuleAction::Drop(DropReason::Credit)));
        credit_below
            && line.chars() <= CAPTION_MAX_CHARS
            && !line.text.ends_with(':')
            && meta_line(&line.text).is_none()
    }

    fn record_meta(&mut self, meta: &MetaLine, kind: DateKind) {
        if let Some(date) = meta.date {
            self.dates.push(DateCandidate {
                date,
                time: meta.time,
                kind,
            });
        }
        if kind != DateKind::PageHeader {
            if self.source.is_none() {
                self.source.clone_from(&meta.source);
            }
            if self.author.is_none() {
                self.author.clone_from(&meta.author);
            }
        }
    }

    fn meta_block(&mut self, i: usize, meta: &MetaLine) {
        let kind = if meta.is_update {
            DateKind::Stand
        } else {
            DateKind::Dateline
        };
        self.record_meta(meta, kind);
        let block = if meta.author.is_some() {
            BlockKind::Byline
        } else {
            BlockKind::Dateline
        };
        self.block(i, block);
    }

    /// Splits a rubric word fused to a heading: `Analyse Mit der Intervention …`.
    fn split_rubric(&self, text: Cow<'a, str>) -> (Option<Box<str>>, Cow<'a, str>) {
        let Some((first, rest)) = text.split_once(' ') else {
            return (None, text);
        };
        let word = first.trim_end_matches(':');
        let rest = rest.trim_start_matches(['|', '-', '–', ' ']);
        let fused = self.rules.is_rubric(word)
            && rest.starts_with(|c: char| c.is_uppercase() || "„\"»“".contains(c))
            && rest.split_whitespace().count() >= 2;
        if fused {
            (Some(word.into()), Cow::Owned(rest.to_owned()))
        } else {
            (None, text)
        }
    }

    /// Classifies every line still open: everything below the header, plus header lines
    /// between the title and the body.
    fn body(&mut self, first_body: usize) {
        // Whether each line is a `Name: count` line, asked once per line (the rules
        // below ask it of every line's neighbours too).
        let count_lines: Vec<bool> = self.lines.iter().map(|l| is_count_line(&l.text)).collect();
        let speakers = self.interview_speakers(&count_lines);
        let mut body_dates = Vec::new();
        for i in 0..self.lines.len() {
            if !self.is_open(i) {
                continue;
            }
            let line = &self.lines[i];
            let text = &line.text;
            let in_top = i < first_body;
            if let Some(rule) = self.rule_at(i, in_top)
                && let RuleAction::Drop(reason) = rule.action
            {
                let id = self.rule_id_at(i, in_top);
                self.drop_line(i, reason, id);
                continue;
            }
            if let Some(meta) = meta_line(text) {
                if meta.bare_date {
                    // A date on its own line inside the body heads a live-blog day.
                    self.block(i, BlockKind::Heading);
                    body_dates.push((i, meta));
                } else {
                    self.meta_block(i, &meta);
                }
                continue;
            }
            // `Anna Muster` or `Anna Muster, Vilnius` in the header after its first line, or
            // just below the lead, where many pages put the author.
            if i > 0
                && i <= first_body + 3
                && let Some(meta) = crate::dateline::bare_byline(text)
            {
                self.meta_block(i, &meta);
                continue;
            }
            if self.rules.is_rubric(text.trim_end_matches(':')) {
                self.drop_line(i, DropReason::Chrome, "rubric-label");
                continue;
            }
            if let Some(item) = list_item(text) {
                let item = Cow::Owned(item.to_owned());
                self.set(
                    i,
                    Class::Block {
                        kind: BlockKind::ListItem,
                        text: item,
                        rubric: None,
                    },
                );
                continue;
            }
            if let Some(quote) = text.strip_prefix("> ") {
                let quote = Cow::Owned(quote.to_owned());
                self.set(
                    i,
                    Class::Block {
                        kind: BlockKind::Quote,
                        text: quote,
                        rubric: None,
                    },
                );
                continue;
            }
            if is_whole_quote(text) && (ends_sentence(text) || line.words() >= 8) {
                self.block(i, BlockKind::Quote);
                continue;
            }
            if has_trailing_credit(text) || self.is_caption_above_credit(i) {
                self.block(i, BlockKind::Caption);
                continue;
            }
            // A run of `Name: count` lines (`Uganda: 4 500 Soldaten`, `Slowakei: 643`,
            // `Italien (1044)`) is the article's table written as text: list items.
            let is_count = |at: usize| count_lines.get(at).copied().unwrap_or(false);
            let neighbour_counts = (i > 0 && is_count(i - 1)) || is_count(i + 1);
            if neighbour_counts && is_count(i) {
                self.block(i, BlockKind::ListItem);
                continue;
            }
            // `Hintergrund: …` is a labelled subheading and keeps its label; only a
            // rubric fused without punctuation (`Analyse Mit der …`) is split off.
            let labelled = text
                .split_once(' ')
                .is_some_and(|(word, _)| word.ends_with(':'));
            let (rubric, unfused) = if labelled {
                (None, text.clone())
            } else {
                self.split_rubric(text.clone())
            };
            if is_heading_like(line)
                && (rubric.is_some()
                    || !speaker_label(text)
                        .is_some_and(|label| speakers.iter().any(|s| s == label)))
            {
                let text = unfused;
                self.set(
                    i,
                    Class::Block {
                        kind: BlockKind::Heading,
                        text,
                        rubric,
                    },
                );
                continue;
            }
            self.block(i, BlockKind::Paragraph);
        }
        // One date alone in the body of a page that gives no other is the page's date
        // line set below the lead; live blogs have a date heading for every day.
        if let [(i, meta)] = body_dates.as_slice()
            && self.dates.is_empty()
        {
            self.meta_block(*i, meta);
        }
    }

    /// Labels that open two or more lines (`Frage:`, `Sander:`) are the speakers of an
    /// interview: their short lines are questions and answers, not subheadings. A line
    /// of a table (`Lettland: 1887`) is no one speaking.
    fn interview_speakers(&self, count_lines: &[bool]) -> Vec<String> {
        let mut labels: Vec<&str> = self
            .lines
            .iter()
            .zip(count_lines)
            .filter(|(_, count)| !**count)
            .filter_map(|(l, _)| speaker_label(&l.text))
            .collect();
        labels.sort_unstable();
        let mut speakers = Vec::new();
        for group in labels.chunk_by(|a, b| a == b) {
            if group.len() >= 2 {
                speakers.push(group[0].to_owned());
            }
        }
        speakers
    }

    /// Headings after the last paragraph head nothing: they are site furniture such as an
    /// app promotion or a site name.
    fn drop_trailing_short_lines(&mut self) {
        let last_text = self.classes.iter().rposition(|c| {
            matches!(
                c,
                Class::Block {
                    kind: BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote,
                    ..
                }
            )
        });
        let Some(last_text) = last_text else { return };
        for i in last_text + 1..self.classes.len() {
            if matches!(
                self.classes[i],
                Class::Block {
                    kind: BlockKind::Heading,
                    ..
                }
            ) {
                self.drop_line(i, DropReason::Chrome, "trailing-short-line");
            }
        }
    }

    /// The first paragraph below a headline, if no subheading comes before it, is the
    /// lead (a fragment without a headline has none). An agency dateline opening the lead,
    /// or the paragraph right after a summary lead, goes to the metadata.
    fn mark_lead(&mut self) {
        let mut paragraphs = (0..self.classes.len())
            .take_while(|&i| !matches!(self.classes[i], Class::Block { kind: BlockKind::Heading, .. }))
            // A line introducing a list (`Die wichtigsten Punkte:`) is no lead.
            .filter(|&i| matches!(&self.classes[i], Class::Block { kind: BlockKind::Paragraph, text, .. } if !text.ends_with(':')));
        let Some(lead) = paragraphs.next() else {
            return;
        };
        let second = paragraphs.next();
        if let Class::Block { kind, .. } = &mut self.classes[lead] {
            *kind = BlockKind::Lead;
        }
        for i in std::iter::once(lead).chain(second) {
            let Class::Block { kind, text, .. } = &self.classes[i] else {
                continue;
            };
            let Some(dateline) = lead_dateline(text) else {
                continue;
            };
            let body = Cow::Owned(text[dateline.body_start..].to_owned());
            let kind = *kind;
            self.place = Some(dateline.place);
            if self.source.is_none() {
                self.source = dateline.agency;
            }
            self.set(
                i,
                Class::Block {
                    kind,
                    text: body,
                    rubric: None,
                },
            );
            return;
        }
    }

    /// Chrome above the headline is part of the page header.
    fn page_header_fixup(&mut self, title_at: Option<usize>) {
        let Some(title) = title_at else { return };
        for class in &mut self.classes[..title] {
            if let Class::Drop(reason @ DropReason::Chrome, _) = class {
                *reason = DropReason::PageHeader;
            }
        }
    }

    fn into_article(self, encoding: Encoding, line_count: u32) -> Article<'a> {
        // The rule answers are no longer needed: let them go before the article is
        // built, which is when a large page's memory peaks.
        drop(self.hits);
        // Sized exactly, for the same reason.
        let block_count = self
            .classes
            .iter()
            .filter(|c| matches!(c, Class::Block { .. }))
            .count();
        let dropped_count = self
            .lines
            .iter()
            .zip(&self.classes)
            .filter(|(_, c)| matches!(c, Class::Drop(..)))
            .map(|(line, _)| line.pieces.as_ref().map_or(1, |p| p.len()))
            .sum();
        let mut blocks: Vec<Block> = Vec::with_capacity(block_count);
        let mut dropped = Vec::with_capacity(dropped_count);
        for (line, class) in self.lines.iter().zip(self.classes) {
            match class {
                Class::Empty | Class::Open => {}
                Class::Drop(reason, rule) => match &line.pieces {
                    None => dropped.push(DroppedLine {
                        line: line.number,
                        text: line.text.clone(),
                        reason,
                        rule,
                    }),
                    Some(pieces) => {
                        for (number, text) in pieces.iter() {
                            dropped.push(DroppedLine {
                                line: *number,
                                text: Cow::Owned(text.clone()),
                                reason,
                                rule: rule.clone(),
                            });
                        }
                    }
                },
                Class::Block { kind, text, rubric } => blocks.push(Block {
                    kind,
                    text,
                    lines: LineRange {
                        start: line.number,
                        end: line.end,
                    },
                    rubric: rubric.map(String::from),
                }),
            }
        }
        let best = self
            .dates
            .iter()
            .enumerate()
            .max_by_key(|(index, d)| (d.kind.rank(), std::cmp::Reverse(*index)))
            .map(|(_, d)| d);
        let title = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| b.text.to_string());
        let kicker = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Kicker)
            .map(|b| b.text.to_string());
        Article {
            meta: Metadata {
                title,
                kicker,
                published: best.map(|d| d.date),
                published_time: best.and_then(|d| d.time),
                date_kind: best.map(|d| d.kind),
                source: self.source,
                author: self.author,
                place: self.place,
                encoding,
            },
            blocks,
            dropped,
            line_count,
            title_candidates: self.title_candidates,
        }
    }
}

#[cfg(test)]
mod count_line_tests {
    #[test]
    fn a_name_with_its_count_is_a_count_line() {
        for line in [
            "Uganda: 4 500 Soldaten",
            "Slowakei: 643",
            "Italien (1044)",
            "Kenia: 1\u{a0}410 Soldaten",
            "Spanien: gut 500 Soldaten",
            "Polen: mehr als 200",
        ] {
            assert!(super::is_count_line(line), "{line}");
        }
        for line in [
            "Stand: 12.03.2024 18:05 Uhr",
            "Mehr zum Thema",
            "Uganda: 4 500 Soldaten und 300 Polizisten aus dem Nachbarland",
            "Liveblog: alle Entwicklungen",
            "Stand: seit gestern 14 Tote",
            "Update: am Abend",
        ] {
            assert!(!super::is_count_line(line), "{line}");
        }
    }

    /// Section headings named like the rows of a later table stay headings: a table
    /// row is no interview speaker.
    #[test]
    fn a_table_after_sections_keeps_them_headings() {
        let page = "Politik\n\nWer wo steht\n\n12.02.2025 | dpa\n\n\
            Die Verbände an der Ostflanke wachsen seit Jahren weiter an, sagen Fachleute.\n\n\
            Estland: Briten führen\n\n\
            In Estland führt Großbritannien den Verband mit rund 900 Soldaten an.\n\n\
            Lettland: Kanada vorn\n\n\
            In Lettland führt Kanada einen Verband aus vielen Staaten an.\n\n\
            Estland: 1430\nLettland: 1887\n";
        let article = crate::parse(page.as_bytes()).unwrap();
        let kinds: Vec<(&str, &str)> = article
            .blocks
            .iter()
            .map(|b| (b.kind.as_str(), &*b.text))
            .collect();
        assert!(
            kinds.contains(&("heading", "Estland: Briten führen")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("heading", "Lettland: Kanada vorn")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("list-item", "Lettland: 1887")),
            "{kinds:?}"
        );
    }
}

/// The header and caption rules on small pages of their own kind.
#[cfg(test)]
mod layout_tests {
    use crate::{BlockKind, TitleEvidence};

    fn blocks(page: &str) -> Vec<(&'static str, String)> {
        let article = crate::parse(page.as_bytes()).unwrap();
        article
            .blocks
            .iter()
            .map(|b| (b.kind.as_str(), b.text.to_string()))
            .collect()
    }

    const LEAD: &str = "Die Verteidigungsminister der Allianz haben sich am Abend auf einen \
        gemeinsamen Plan für die Ausbildung der neuen Verbände verständigt, teilte ein Sprecher mit.";

    #[test]
    fn a_paragraph_of_several_sentences_ends_a_teaser_section() {
        let prose = "Die Minister trafen sich am Morgen in der Hauptstadt. Sie sprachen über \
            die Lage an der Ostgrenze. Eine Einigung über die Zahl der Soldaten gab es \
            noch nicht. Am Abend soll in kleinerer Runde weiter verhandelt werden.";
        let page = format!(
            "Allianz berät über Ostgrenze\n\n12.03.2025 | dpa\n\n{LEAD}\n\nMehr zum Thema\n\n\
             Manöver im Norden beendet\n\nDie Übung dauerte zwei Wochen.\n\n{prose}\n"
        );
        let got = blocks(&page);
        assert!(
            got.iter()
                .any(|(kind, text)| *kind == "paragraph" && text == prose),
            "{got:?}"
        );
        // The teaser's own one-sentence blurb stays dropped.
        assert!(
            !got.iter().any(|(_, text)| text.starts_with("Die Übung")),
            "{got:?}"
        );
    }

    #[test]
    fn a_site_name_above_the_menu_is_no_title_when_a_headline_follows_the_date() {
        let page = format!(
            "Musterstädter Anzeiger Online\nPolitik | Welt | Sport | Kultur\n\
             03.02.2025 – 09:15 Uhr\nAllianz einigt sich auf neuen Ausbildungsplan\n\n{LEAD}\n"
        );
        let article = crate::parse(page.as_bytes()).unwrap();
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Allianz einigt sich auf neuen Ausbildungsplan")
        );
        assert_eq!(article.meta.kicker, None);
        let site = &article.title_candidates[0];
        assert!(site.evidence.contains(&TitleEvidence::Masthead) && !site.chosen);
        assert!(article.dropped.iter().any(|d| d.rule == "masthead"));
    }

    #[test]
    fn a_question_headline_is_not_the_first_paragraph() {
        let page = format!(
            "Hintergrund\nWarum streiten die Mitglieder des Bündnisses seit Monaten über die Führung?\n\n{LEAD}\n"
        );
        let article = crate::parse(page.as_bytes()).unwrap();
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Warum streiten die Mitglieder des Bündnisses seit Monaten über die Führung?")
        );
        assert_eq!(article.meta.kicker.as_deref(), Some("Hintergrund"));
    }

    #[test]
    fn a_line_glued_above_a_credit_is_a_caption() {
        let page = format!(
            "Ostflanke\nNeue Brigade nimmt Dienst auf\nSoldaten beim Appell auf dem Übungsplatz.\n\
             Bildrechte: Beispielagentur\nVon Erika Muster\n\n{LEAD}\n\n\
             Panzer auf dem Weg zum Hafen\nJana Beispiel / Reuters\n\n{LEAD}\n"
        );
        let got = blocks(&page);
        assert!(
            got.contains(&("title", "Neue Brigade nimmt Dienst auf".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "caption",
                "Soldaten beim Appell auf dem Übungsplatz.".into()
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&("caption", "Panzer auf dem Weg zum Hafen".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_with_a_credit_below_it_stays_the_title() {
        let page = format!("Neue Brigade nimmt Dienst auf\nFoto: Beispielagentur\n\n{LEAD}\n");
        let article = crate::parse(page.as_bytes()).unwrap();
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Neue Brigade nimmt Dienst auf")
        );
    }

    #[test]
    fn a_lone_date_below_the_lead_dates_the_page_but_live_blog_days_stay_headings() {
        let single =
            format!("Ostflanke\nNeue Brigade nimmt Dienst auf\n\n{LEAD}\n\n14.05.2025\n\n{LEAD}\n");
        let article = crate::parse(single.as_bytes()).unwrap();
        assert_eq!(
            article.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-05-14")
        );
        assert!(!article.blocks.iter().any(|b| b.kind == BlockKind::Heading));

        let blog = format!(
            "Liveblog\nNeue Brigade nimmt Dienst auf\n\n{LEAD}\n\nDienstag, 14. Mai\n\n{LEAD}\n\n\
             Montag, 13. Mai\n\n{LEAD}\n"
        );
        let headings = blocks(&blog)
            .into_iter()
            .filter(|(kind, _)| *kind == "heading")
            .count();
        assert_eq!(headings, 2);
    }

    #[test]
    fn a_labelled_subheading_keeps_its_label() {
        let page = format!(
            "Ostflanke\nNeue Brigade nimmt Dienst auf\n\n{LEAD}\n\nHintergrund: Eine Brigade auf Dauer\n\n{LEAD}\n"
        );
        assert!(blocks(&page).contains(&("heading", "Hintergrund: Eine Brigade auf Dauer".into())));
    }
}
