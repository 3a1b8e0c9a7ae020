//! A small, strict reader of gettext PO files: the entries' context, id, translations
//! and fuzzy flag, nothing else. Every malformed line is a [`PoError`] with its line
//! number, never a panic, and a string may be of any length.
//!
//! The files it reads come from translators and their tools, so they are untrusted
//! input; the writer (`po_template`) stays with polib, which only ever sees data this
//! crate built.

/// One entry of a PO file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// `msgctxt`, if given.
    pub(crate) context: Option<String>,
    /// `msgid`.
    pub(crate) id: String,
    /// Whether the entry has a `msgid_plural`.
    pub(crate) plural: bool,
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]` … of a plural entry.
    pub(crate) translations: Vec<String>,
    /// Whether a `#, fuzzy` flag marks the translation as unconfirmed.
    pub(crate) fuzzy: bool,
}

impl Entry {
    /// Whether any translation is filled in.
    pub(crate) fn is_translated(&self) -> bool {
        self.translations.iter().any(|t| !t.is_empty())
    }
}

/// Why a PO file could not be read; `line` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub(crate) struct PoError {
    pub(crate) line: usize,
    pub(crate) message: String,
}

/// Which field a continuation string (`"…"` on a line of its own) extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    Plural,
    Translation(usize),
}

/// The entry being read and where it started.
#[derive(Debug, Default)]
struct Building {
    entry: Entry,
    has_id: bool,
    has_translation: bool,
    last: Option<Field>,
    start: usize,
}

/// Reads every entry of a PO file, the header (`msgid ""`) included.
pub(crate) fn parse(bytes: &[u8]) -> Result<Vec<Entry>, PoError> {
    let text = std::str::from_utf8(bytes).map_err(|e| PoError {
        line: bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
        message: "not UTF-8".to_owned(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entries = Vec::new();
    let mut current = Building::default();
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw).trim();
        let error = |message: &str| PoError {
            line: number,
            message: message.to_owned(),
        };
        if line.is_empty() {
            finish(&mut current, &mut entries)?;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            // A comment after a complete entry starts the next one.
            if current.has_translation {
                finish(&mut current, &mut entries)?;
            }
            // Obsolete entries (`#~`) and every other comment carry nothing to read.
            if let Some(flags) = comment.strip_prefix(',')
                && flags.split(',').any(|f| f.trim() == "fuzzy")
            {
                current.entry.fuzzy = true;
            }
            continue;
        }
        if line.starts_with('"') {
            let value = string(line).map_err(&error)?;
            match current.last {
                Some(Field::Context) => {
                    if let Some(context) = &mut current.entry.context {
                        context.push_str(&value);
                    }
                }
                Some(Field::Id) => current.entry.id.push_str(&value),
                Some(Field::Plural) => {}
                Some(Field::Translation(n)) => {
                    if let Some(translation) = current.entry.translations.get_mut(n) {
                        translation.push_str(&value);
                    }
                }
                None => return Err(error("a string that belongs to no keyword")),
            }
            continue;
        }
        let (keyword, rest) = line
            .split_once([' ', '\t', '"'])
            .map_or((line, ""), |(k, _)| (k, &line[k.len()..]));
        let value = || string(rest.trim_start()).map_err(&error);
        match keyword {
            "msgctxt" => {
                if current.has_id {
                    finish(&mut current, &mut entries)?;
                }
                if current.entry.context.is_some() {
                    return Err(error("a second msgctxt"));
                }
                current.start = number;
                current.entry.context = Some(value()?);
                current.last = Some(Field::Context);
            }
            "msgid" => {
                if current.has_id {
                    finish(&mut current, &mut entries)?;
                }
                if current.start == 0 {
                    current.start = number;
                }
                current.entry.id = value()?;
                current.has_id = true;
                current.last = Some(Field::Id);
            }
            "msgid_plural" => {
                if !current.has_id || current.has_translation {
                    return Err(error("msgid_plural without a msgid before it"));
                }
                value()?;
                current.entry.plural = true;
                current.last = Some(Field::Plural);
            }
            _ => {
                let Some(slot) = translation_slot(keyword) else {
                    return Err(error("not a PO keyword, comment or string"));
                };
                let slot = slot.ok_or_else(|| error("a msgstr index that is not a number"))?;
                if !current.has_id {
                    return Err(error("msgstr without a msgid before it"));
                }
                if slot != current.entry.translations.len() {
                    return Err(error("msgstr indices out of order"));
                }
                current.entry.translations.push(value()?);
                current.has_translation = true;
                current.last = Some(Field::Translation(slot));
            }
        }
    }
    finish(&mut current, &mut entries)?;
    Ok(entries)
}

/// `msgstr` → slot 0, `msgstr[n]` → slot n; `None` for any other keyword.
fn translation_slot(keyword: &str) -> Option<Option<usize>> {
    if keyword == "msgstr" {
        return Some(Some(0));
    }
    let index = keyword.strip_prefix("msgstr[")?.strip_suffix(']')?;
    Some(index.parse().ok())
}

/// Ends the entry being read; an entry needs a msgid and a msgstr.
fn finish(current: &mut Building, entries: &mut Vec<Entry>) -> Result<(), PoError> {
    let done = std::mem::take(current);
    match (done.has_id, done.has_translation) {
        (true, true) => {
            entries.push(done.entry);
            Ok(())
        }
        (false, false) if done.entry.context.is_none() => {
            // Only comments or flags: they belonged to nothing, which PO allows.
            Ok(())
        }
        _ => Err(PoError {
            line: done.start.max(1),
            message: "an entry needs both msgid and msgstr".to_owned(),
        }),
    }
}

/// The value of one C-style quoted string that makes up the whole of `text`.
fn string(text: &str) -> Result<String, &'static str> {
    let inner = text
        .strip_prefix('"')
        .ok_or("a quoted string was expected")?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    loop {
        match chars.next() {
            None => return Err("a string without its closing quote"),
            Some('"') => break,
            Some('\\') => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('a') => '\u{7}',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('v') => '\u{b}',
                Some(c @ ('"' | '\\' | '\'' | '?')) => c,
                _ => return Err("an unknown escape sequence"),
            }),
            Some(c) => out.push(c),
        }
    }
    if !chars.as_str().trim().is_empty() {
        return Err("text after the closing quote");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(po: &str) -> Result<Vec<Entry>, String> {
        parse(po.as_bytes()).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_entries_with_context_flags_and_continuations() {
        let entries = check(
            "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\n#, fuzzy\nmsgctxt \"title\"\nmsgid \"Ein \"\n\"Titel\"\nmsgstr \"A \\\"title\\\"\"\n",
        )
        .unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].translations, ["Language: en\n"]);
        assert_eq!(entries[1].context.as_deref(), Some("title"));
        assert_eq!(entries[1].id, "Ein Titel");
        assert_eq!(entries[1].translations, ["A \"title\""]);
        assert!(entries[1].fuzzy);
    }

    #[test]
    fn malformed_files_are_errors_with_their_line() {
        assert_eq!(
            check("\""),
            Err("line 1: a string without its closing quote".into())
        );
        assert_eq!(
            check("msgid \""),
            Err("line 1: a string without its closing quote".into())
        );
        assert_eq!(
            check("msgid \"a\"\n"),
            Err("line 1: an entry needs both msgid and msgstr".into())
        );
        assert_eq!(
            check("msgstr \"a\"\n"),
            Err("line 1: msgstr without a msgid before it".into())
        );
        assert_eq!(
            check("msgid \"a\"\nmsgstr 12\n"),
            Err("line 2: a quoted string was expected".into())
        );
        assert_eq!(
            check("msgid \"a\" x\nmsgstr \"\"\n"),
            Err("line 1: text after the closing quote".into())
        );
        assert_eq!(
            check("\u{0}\n"),
            Err("line 1: not a PO keyword, comment or string".into())
        );
    }

    #[test]
    fn strings_have_no_length_limit() {
        let long = "x".repeat(200_000);
        let entries = check(&format!("msgid \"a\"\nmsgstr \"{long}\"\n")).unwrap();
        assert_eq!(entries[0].translations[0].len(), 200_000);
    }
}
