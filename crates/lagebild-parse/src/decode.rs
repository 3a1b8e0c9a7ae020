//! From bytes on disk to lines of text: encoding detection, line splitting and the
//! normalisation of invisible characters.
//!
//! Encodings are detected from the bytes, never from a file name: a byte-order mark wins;
//! otherwise UTF-8 is taken when the bytes are (nearly) valid UTF-8 and Windows-1252 when
//! they are not. Line numbers always refer to the original file, whatever was normalised.

use crate::error::ParseError;
use std::borrow::Cow;

/// The character encoding a file was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark, which is dropped.
    Utf8Bom,
    /// Mostly valid UTF-8 with some invalid sequences, each replaced by U+FFFD.
    Utf8Lossy,
    /// Windows-1252, the superset of Latin-1 that German Windows tools write.
    Windows1252,
    /// UTF-16, little-endian, announced by its byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, announced by its byte-order mark.
    Utf16Be,
}

impl Encoding {
    /// The name shown in `--explain` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf8Lossy => "utf-8-lossy",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Encoding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Control bytes (other than tab, line feed, carriage return and form feed) beyond this
/// share of the input mark a file as binary. Text pages carry none at all; 1 % leaves room
/// for a stray escape sequence copied from a terminal.
const MAX_CONTROL_SHARE: f64 = 0.01;

/// Decodes `bytes` to text. Fails only for input that is not text at all.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), ParseError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, encoding_rs::UTF_16LE, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, encoding_rs::UTF_16BE, Encoding::Utf16Be);
    }
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    check_not_binary(bytes)?;
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => (
            Cow::Borrowed(text),
            if bom {
                Encoding::Utf8Bom
            } else {
                Encoding::Utf8
            },
        ),
        Err(_) if bom || mostly_utf8(bytes) => (
            Cow::Owned(String::from_utf8_lossy(bytes).into_owned()),
            Encoding::Utf8Lossy,
        ),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, Encoding::Windows1252)
        }
    };
    if text.0.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

fn utf16<'a>(
    bytes: &'a [u8],
    encoding: &'static encoding_rs::Encoding,
    name: Encoding,
) -> Result<(Cow<'a, str>, Encoding), ParseError> {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(offset) = text.find('\0') {
        return Err(ParseError::Binary {
            offset: offset as u64,
        });
    }
    Ok((text, name))
}

fn check_not_binary(bytes: &[u8]) -> Result<(), ParseError> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(ParseError::Binary {
            offset: offset as u64,
        });
    }
    if bytes.is_empty() {
        return Err(ParseError::Empty);
    }
    // Counted without branches so that the compiler can vectorise the loop: this runs over
    // every byte of every input.
    let controls: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let in_chunk = chunk
                .iter()
                .fold(0u8, |n, &b| n + u8::from(is_binary_control(b)));
            usize::from(in_chunk)
        })
        .sum();
    if controls as f64 > bytes.len() as f64 * MAX_CONTROL_SHARE {
        let offset = bytes
            .iter()
            .position(|&b| is_binary_control(b))
            .unwrap_or(0);
        return Err(ParseError::Binary {
            offset: offset as u64,
        });
    }
    Ok(())
}

/// A control byte that text files do not contain (tab, line ends and form feed they do).
fn is_binary_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)
}

/// True when valid multi-byte UTF-8 sequences outnumber invalid bytes: a UTF-8 file with a
/// damaged spot, not a Windows-1252 file (whose umlauts are never valid UTF-8 sequences).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte > invalid
}

/// One line of the original file with its 1-based number.
#[derive(Debug, Clone)]
pub(crate) struct RawLine<'a> {
    pub(crate) number: u32,
    pub(crate) text: &'a str,
}

/// Splits on `\r\n`, `\n` and lone `\r`, the way the file's author saw its lines.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = RawLine<'_>> {
    let mut rest = text;
    let mut number = 0u32;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        number = number.saturating_add(1);
        match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(at) => {
                let line = &rest[..at];
                let skip = if rest[at..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[at + skip..];
                Some(RawLine { number, text: line })
            }
            None => {
                done = true;
                // A final line break does not open another (empty) line.
                (!rest.is_empty()).then_some(RawLine { number, text: rest })
            }
        }
    })
}

/// Characters that render as nothing and only get in the way of matching: soft hyphen,
/// zero-width space/joiners, word joiner, byte-order mark, bidi marks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2060}'
            | '\u{FEFF}'
    ) || (c.is_control() && c != '\t')
}

/// Spaces other than U+0020 that should read as one: no-break, narrow no-break, figure,
/// thin and the like, plus tab.
fn is_odd_space(c: char) -> bool {
    c == '\t' || (c != ' ' && c.is_whitespace())
}

/// The text the parser works with: invisible characters removed, odd spaces turned into
/// plain spaces, runs of spaces collapsed, ends trimmed. Borrows when nothing changes,
/// which is nearly every line, so that the common case allocates nothing.
pub(crate) fn normalize(line: &str) -> Cow<'_, str> {
    let trimmed = line.trim_matches(|c: char| c == ' ' || c == '\t');
    if !needs_normalizing(trimmed) {
        return Cow::Borrowed(trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut pending_space = false;
    for c in trimmed.chars() {
        if is_invisible(c) {
            continue;
        }
        if c == ' ' || is_odd_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Whether [`normalize`] has anything to do on an already trimmed line: a double space, a
/// tab or control character, or a character that starts with one of the UTF-8 lead bytes
/// of the invisible characters and odd spaces (U+0080–U+00BF, U+1680, U+2000–U+206F,
/// U+3000, U+FEFF). Looked at byte by byte, because it runs on every line and umlauts,
/// quotes and dashes must not cost a character decode.
fn needs_normalizing(text: &str) -> bool {
    // Chunks are screened with comparisons the compiler turns into vector code; only a
    // chunk with a suspect byte (German quotes and dashes are E2 sequences, so that is
    // not rare) is looked at byte by byte.
    const CHUNK: usize = 32;
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + CHUNK).min(bytes.len());
        let chunk = &bytes[start..end];
        let odd_byte = chunk.iter().fold(false, |acc, &b| {
            acc | (b < 0x20)
                | (b == 0x7F)
                | (b == 0xC2)
                | (b == 0xE1)
                | (b == 0xE2)
                | (b == 0xE3)
                | (b == 0xEF)
        });
        // Each byte with the one before it, across the chunk border too.
        let (current, before) = if start == 0 {
            (
                &chunk[chunk.len().min(1)..],
                &bytes[..end.saturating_sub(1)],
            )
        } else {
            (chunk, &bytes[start - 1..end - 1])
        };
        let double_space = current
            .iter()
            .zip(before)
            .fold(false, |acc, (&b, &before)| {
                acc | ((b == b' ') & (before == b' '))
            });
        if double_space || (odd_byte && chunk_needs_normalizing(text, start, end)) {
            return true;
        }
        start = end;
    }
    false
}

/// The byte-by-byte check of the bytes `start..end` of `text` (a chunk may begin or end
/// inside a character; only lead bytes, which are boundaries, are decoded).
fn chunk_needs_normalizing(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut previous_space = start > 0 && bytes[start - 1] == b' ';
    (start..end).any(|at| {
        let b = bytes[at];
        let suspect = match SUSPECT_BYTES[usize::from(b)] {
            Suspect::No => false,
            Suspect::Space => previous_space,
            Suspect::Yes => true,
            Suspect::Lead => text[at..]
                .chars()
                .next()
                .is_some_and(|c| is_invisible(c) || is_odd_space(c)),
        };
        previous_space = b == b' ';
        suspect
    })
}

/// What one byte says about whether a line needs normalising.
#[derive(Clone, Copy)]
enum Suspect {
    No,
    /// A plain space: suspect after another one.
    Space,
    /// A control byte (tab included).
    Yes,
    /// The lead byte of a character that may be invisible or an odd space.
    Lead,
}

/// [`Suspect`] for every byte value, so that the check is one table lookup per byte.
static SUSPECT_BYTES: [Suspect; 256] = {
    let mut table = [Suspect::No; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = Suspect::Yes;
        b += 1;
    }
    table[0x7F] = Suspect::Yes;
    table[b' ' as usize] = Suspect::Space;
    table[0xC2] = Suspect::Lead;
    table[0xE1] = Suspect::Lead;
    table[0xE2] = Suspect::Lead;
    table[0xE3] = Suspect::Lead;
    table[0xEF] = Suspect::Lead;
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_encodings() {
        let check = |bytes: &[u8]| match decode(bytes) {
            Ok((text, enc)) => format!("{} {text:?}", enc.as_str()),
            Err(err) => format!("error: {err}"),
        };
        assert_eq!(check("Grüße".as_bytes()), r#"utf-8 "Grüße""#);
        assert_eq!(
            check(b"\xEF\xBB\xBFGr\xC3\xBC\xC3\x9Fe"),
            r#"utf-8-bom "Grüße""#
        );
        assert_eq!(
            check(b"Gr\xFC\xDFe \x84Zitat\x93"),
            r#"windows-1252 "Grüße „Zitat“""#
        );
        assert_eq!(
            check(b"Gr\xC3\xBC\xC3\x9Fe \xFF und \xC3\xA4"),
            r#"utf-8-lossy "Grüße � und ä""#
        );
        assert_eq!(check(b"\xFF\xFEG\x00r\x00\xFC\x00"), r#"utf-16le "Grü""#);
        assert_eq!(check(b"\xFE\xFF\x00G\x00r"), r#"utf-16be "Gr""#);
        assert_eq!(check(b""), "error: the input is empty");
        assert_eq!(check(b" \n\r\n\t"), "error: the input is empty");
        assert_eq!(
            check(b"PK\x03\x04\x00\x00"),
            "error: the input is binary (non-text byte at offset 4)"
        );
    }

    #[test]
    fn splits_every_line_ending() {
        let split = |text| {
            lines(text)
                .map(|l| format!("{}:{}", l.number, l.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(split("a\r\nb\rc\nd"), ["1:a", "2:b", "3:c", "4:d"]);
        assert_eq!(split("a\n\nb\n"), ["1:a", "2:", "3:b"]);
        assert_eq!(split("a\r\n\r\n"), ["1:a", "2:"]);
    }

    proptest::proptest! {
        /// The byte-level check agrees with the plain character-level definition.
        #[test]
        fn byte_check_matches_the_character_definition(text in "[ a\t\u{0}-\u{3100}\u{FEFF}]{0,12}|[ aä„\u{00A0}]{0,80}") {
            let trimmed = text.trim_matches(|c: char| c == ' ' || c == '\t');
            let mut previous_space = false;
            let by_chars = trimmed.chars().any(|c| {
                let space = c == ' ';
                let odd = (space && previous_space) || is_invisible(c) || is_odd_space(c);
                previous_space = space;
                odd
            });
            proptest::prop_assert_eq!(needs_normalizing(trimmed), by_chars);
        }
    }

    #[test]
    fn normalizes_invisible_characters() {
        assert_eq!(normalize("  plain text "), "plain text");
        assert_eq!(
            normalize("Sicher\u{00AD}heits\u{00AD}rat"),
            "Sicherheitsrat"
        );
        assert_eq!(normalize("20\u{00A0}000\u{202F}Mann"), "20 000 Mann");
        assert_eq!(normalize("a\u{200B}b\t\tc"), "ab c");
        assert_eq!(normalize("\u{00A0}\u{200B}"), "");
        assert!(matches!(normalize("ohne Umlaut"), Cow::Borrowed(_)));
        assert!(matches!(normalize("Grüße „aus“ Almaty"), Cow::Borrowed(_)));
    }
}
