//! The gazetteer: states, organisations, people and places with their German names,
//! variants, adjective stems and metonyms, read from `data/*.tsv` and matched in text
//! as a case-insensitive leftmost-longest search: in extraction, picked from the matches
//! of the one automaton walk per sentence that also answers the trigger tables
//! ([`crate::context::Prepared`]), else by an automaton of its own.
//!
//! Matching is word-boundary aware (no `Iran` inside `Iraner`, no `Oman` inside `Roman`)
//! and inflection aware: names take a genitive `-s` (`Russlands`, `Putins`), adjective
//! stems take their endings (`kasachisch` → `kasachischen`), and names may stand at the
//! front of a hyphen compound (`OVKS-Truppe`, `Nato-Mitglieder`).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind};
use lagebild_model::EntityKind;
use std::sync::OnceLock;

const STATES: &str = include_str!("../data/states.tsv");
const ORGANISATIONS: &str = include_str!("../data/organisations.tsv");
const PEOPLE: &str = include_str!("../data/people.tsv");
const PLACES: &str = include_str!("../data/places.tsv");

/// One entity the gazetteer knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) kind: EntityKind,
    /// ISO code, organisation id, canonical name.
    pub(crate) id: String,
    /// Display name in German.
    pub(crate) name: String,
    /// For places: the state they belong to. For people: the state or organisation of
    /// their best-known role.
    pub(crate) parent: Option<String>,
    /// For people: their best-known role (`Präsident`).
    pub(crate) role: Option<String>,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    /// A name or variant (`Kasachstan`, `Weißrussland`, `Tokajew`).
    Name,
    /// An all-capitals acronym, matched case-sensitively (`OVKS`, `UN`).
    Acronym,
    /// An adjective (`kasachischen`).
    Adjective,
    /// A word that stands for a state (`Kreml`).
    Metonym,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    form: Form,
    text: String,
    /// For acronyms: the spellings accepted (case-sensitively). Empty: any ASCII case.
    exact: Vec<String>,
}

/// A match in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) entry: usize,
    pub(crate) form: Form,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The names extraction knows: states, organisations, people and places with their
/// German names, variants, adjectives and capitals. The built-in one
/// ([`Gazetteer::builtin`]) comes from the crate's `data/*.tsv`; an analyst adds their
/// own rows in files of the same format with [`Gazetteer::with_additions`].
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// For each entry, the first entry of the same kind and id (what [`Gazetteer::find`]
    /// answers): two tables may list the same place.
    canonical: Vec<usize>,
    patterns: Vec<Pattern>,
    /// Whether each pattern is ASCII (asked of every name match of every sentence).
    ascii: Vec<bool>,
    /// Walked byte by byte in [`leftmost_longest`], hence the DFA type itself; see
    /// [`Gazetteer::automaton`].
    automaton: OnceLock<Option<aho_corasick::dfa::DFA>>,
}

/// Adjective endings, longest first.
const ADJECTIVE_ENDINGS: &[&str] = &["en", "em", "er", "es", "e"];

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| Gazetteer::build(STATES, ORGANISATIONS, PEOPLE, PLACES))
    }

    /// The built-in gazetteer with the rows of the user's files in `dir` added:
    /// `states.tsv`, `organisations.tsv`, `people.tsv` and `places.tsv`, each optional
    /// and in the format of the crate's own files (tab-separated, `#` comments, lists
    /// separated by `;`). A file that is missing adds nothing; a file over
    /// [`MAX_ADDITION_BYTES`], not UTF-8, not a regular file, or with a row whose first
    /// column is empty is refused, naming the file and line.
    ///
    /// A gazetteer is built once for a program's run; [`Gazetteer::leak`] gives the
    /// `'static` reference an [`crate::Extractor`] takes.
    pub fn with_additions(dir: &std::path::Path) -> Result<Gazetteer, GazetteerError> {
        let mut texts: [String; 4] = [
            STATES.to_owned(),
            ORGANISATIONS.to_owned(),
            PEOPLE.to_owned(),
            PLACES.to_owned(),
        ];
        let names = [
            "states.tsv",
            "organisations.tsv",
            "people.tsv",
            "places.tsv",
        ];
        for (text, name) in texts.iter_mut().zip(names) {
            let path = dir.join(name);
            let Some(added) = read_addition(&path)? else {
                continue;
            };
            for (number, row) in added.lines().enumerate() {
                let blank = row.trim().is_empty() || row.starts_with('#');
                if !blank && row.split('\t').next().is_none_or(|id| id.trim().is_empty()) {
                    return Err(GazetteerError {
                        path,
                        problem: format!("line {}: the first column is empty", number + 1),
                    });
                }
            }
            text.push('\n');
            text.push_str(&added);
        }
        let [states, organisations, people, places] = &texts;
        Ok(Gazetteer::build(states, organisations, people, places))
    }

    /// This gazetteer for the rest of the program's run (it is built once per run, and
    /// facts borrow its ids).
    pub fn leak(self) -> &'static Gazetteer {
        Box::leak(Box::new(self))
    }

    fn build(states: &str, organisations: &str, people: &str, places: &str) -> Gazetteer {
        let mut entries = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |entries: &mut Vec<Entry>, entry: Entry, forms: Vec<(Form, String)>| {
            let index = entries.len();
            entries.push(entry);
            for (form, text) in forms {
                if text.is_empty() {
                    continue;
                }
                let form = if form == Form::Name && is_acronym(&text) {
                    Form::Acronym
                } else {
                    form
                };
                let exact = if form == Form::Acronym {
                    vec![text.clone()]
                } else {
                    Vec::new()
                };
                patterns.push(Pattern {
                    entry: index,
                    form,
                    text,
                    exact,
                });
            }
        };
        for row in rows(states) {
            let [code, name, variants, adjectives, capital, metonyms] = columns(row);
            let mut forms = vec![(Form::Name, name.to_owned())];
            forms.extend(list(variants).map(|v| (Form::Name, v.to_owned())));
            for stem in list(adjectives) {
                forms.push((Form::Adjective, stem.to_owned()));
                forms.push((Form::Adjective, capitalise(stem)));
            }
            forms.extend(list(metonyms).map(|m| (Form::Metonym, m.to_owned())));
            add(
                &mut entries,
                Entry {
                    kind: EntityKind::State,
                    id: code.to_owned(),
                    name: name.to_owned(),
                    parent: None,
                    role: None,
                },
                forms,
            );
            let mut spellings = list(capital);
            if let Some(city) = spellings.next() {
                let mut forms = vec![(Form::Name, city.to_owned())];
                forms.extend(spellings.map(|s| (Form::Name, s.to_owned())));
                let place = Entry {
                    kind: EntityKind::Place,
                    id: city.to_owned(),
                    name: city.to_owned(),
                    parent: Some(code.to_owned()),
                    role: None,
                };
                add(&mut entries, place, forms);
            }
        }
        for row in rows(organisations) {
            let [id, name, variants, ..] = columns(row);
            let mut forms = vec![(Form::Name, name.to_owned())];
            forms.extend(list(variants).map(|v| (Form::Name, v.to_owned())));
            add(
                &mut entries,
                Entry {
                    kind: EntityKind::Org,
                    id: id.to_owned(),
                    name: name.to_owned(),
                    parent: None,
                    role: None,
                },
                forms,
            );
        }
        for row in rows(people) {
            let [name, variants, role, ..] = columns(row);
            let mut forms = vec![(Form::Name, name.to_owned())];
            forms.extend(list(variants).map(|v| (Form::Name, v.to_owned())));
            let (role, parent) = match role.split_once('@') {
                Some((role, parent)) => (Some(role.to_owned()), Some(parent.to_owned())),
                None => (None, None),
            };
            add(
                &mut entries,
                Entry {
                    kind: EntityKind::Person,
                    id: name.to_owned(),
                    name: name.to_owned(),
                    parent,
                    role,
                },
                forms,
            );
        }
        for row in rows(places) {
            let [name, variants, state, ..] = columns(row);
            let mut forms = vec![(Form::Name, name.to_owned())];
            forms.extend(list(variants).map(|v| (Form::Name, v.to_owned())));
            let place = Entry {
                kind: EntityKind::Place,
                id: name.to_owned(),
                name: name.to_owned(),
                parent: Some(state.to_owned()).filter(|s| !s.is_empty()),
                role: None,
            };
            add(&mut entries, place, forms);
        }
        let patterns = merge_case_variants(with_declined_names(patterns));
        let canonical = (0..entries.len())
            .map(|i| {
                entries
                    .iter()
                    .position(|e| e.kind == entries[i].kind && e.id == entries[i].id)
                    .unwrap_or(i)
            })
            .collect();
        let ascii = patterns.iter().map(|p| p.text.is_ascii()).collect();
        Gazetteer {
            entries,
            canonical,
            patterns,
            ascii,
            automaton: OnceLock::new(),
        }
    }

    /// The entry with index `index`.
    pub(crate) fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// `find(kind, id)` of entry `index`'s kind and id, without comparing strings.
    pub(crate) fn canonical(&self, index: usize) -> usize {
        self.canonical.get(index).copied().unwrap_or(index)
    }

    /// All entries.
    #[cfg(test)]
    fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The capital of the state at `state`: states.tsv adds each state's capital right
    /// after the state, so it is the next entry when that is a place of this state.
    pub(crate) fn capital(&self, state: usize) -> Option<&Entry> {
        let id = &self.entries.get(state)?.id;
        self.entries
            .get(state + 1)
            .filter(|e| e.kind == EntityKind::Place && e.parent.as_ref() == Some(id))
    }

    /// The state whose capital the place at `index` is (`Budapest` → `HU`), if it is one.
    pub(crate) fn capital_of(&self, index: usize) -> Option<&str> {
        let place = self.entries.get(index)?;
        let state = self.entries.get(index.checked_sub(1)?)?;
        (place.kind == EntityKind::Place
            && state.kind == EntityKind::State
            && place.parent.as_ref() == Some(&state.id))
        .then_some(state.id.as_str())
    }

    /// The entry for an id of a kind.
    pub(crate) fn find(&self, kind: EntityKind, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.kind == kind && e.id == id)
    }

    /// Every mention in `text`, left to right.
    #[cfg(test)]
    pub(crate) fn mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        self.mentions_into(text, &mut out);
        out
    }

    /// [`Gazetteer::mentions`] appended to `out`: the case-insensitive (for ASCII)
    /// leftmost-longest matches of the patterns that [`Gazetteer::accept`] takes.
    pub(crate) fn mentions_into(&self, text: &str, out: &mut Vec<Mention>) {
        let Some(automaton) = self.automaton() else {
            return;
        };
        let Ok(start_state) = automaton.start_state(Anchored::No) else {
            return;
        };
        let mut from = 0;
        while let Some((pattern, start, end)) =
            leftmost_longest(automaton, start_state, text.as_bytes(), from)
        {
            // The next search starts where this match ends, as `find_iter`'s does, also
            // when the match is then rejected.
            from = end;
            out.extend(self.accept(text, pattern, start, end));
        }
    }

    /// The patterns in lower case, in pattern order, for a walk over lowercased text
    /// that other searches share ([`Gazetteer::mentions_among`]); `None` if one changes
    /// its byte length in lower case (offsets in the lowercase text would then not be
    /// offsets in the text).
    pub(crate) fn lowercase_patterns(&self) -> Option<Vec<String>> {
        self.patterns
            .iter()
            .map(|p| {
                let lower = p.text.to_lowercase();
                (lower.len() == p.text.len()).then_some(lower)
            })
            .collect()
    }

    /// What [`Gazetteer::mentions_into`] finds in `text`, from `found`: every match,
    /// overlapping ones included, of [`Gazetteer::lowercase_patterns`] in the lowercase
    /// form of `text` (whose offsets are those of `text`), as `(start, end, pattern)`.
    /// `found` is filtered and sorted in place.
    pub(crate) fn mentions_among(
        &self,
        text: &str,
        found: &mut Vec<(usize, usize, u32)>,
        out: &mut Vec<Mention>,
    ) {
        // Where the text spells the pattern up to ASCII case, as the search over the text
        // itself requires (`ä` does not match `Ä`). An ASCII pattern always does: its
        // match in the lowercase text is ASCII, and where offsets agree only ASCII
        // letters lowercase to ASCII.
        found.retain(|&(start, end, pattern)| {
            let pattern = pattern as usize;
            if self.ascii.get(pattern).copied().unwrap_or(false) {
                return true;
            }
            let Some(spelled) = self.patterns.get(pattern).map(|p| p.text.as_str()) else {
                return false;
            };
            text.get(start..end)
                .is_some_and(|written| written.eq_ignore_ascii_case(spelled))
        });
        // The leftmost match, the longest there, then the next from where it ends: the
        // leftmost-longest search. Two patterns never match the same span (spellings
        // equal up to case are one pattern).
        found.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut from = 0;
        for &(start, end, pattern) in found.iter() {
            if start < from {
                continue;
            }
            from = end;
            out.extend(self.accept(text, pattern as usize, start, end));
        }
    }

    /// The mention a match of `pattern` at `start..end` makes, if it stands as a word
    /// (or the front of a hyphen compound) with an ending its form allows.
    fn accept(&self, text: &str, pattern: usize, start: usize, end: usize) -> Option<Mention> {
        let pattern = self.patterns.get(pattern)?;
        if !pattern.exact.is_empty() && !pattern.exact.iter().any(|e| *e == text[start..end]) {
            return None;
        }
        // Not inside a word, and not the tail of a hyphen compound: `Mini-Nato` and
        // `Anti-Nato` are not the Nato (`US-geführt`, with the name in front, is fine).
        let mut before = text[..start].chars().rev();
        match (before.next(), before.next()) {
            (Some(c), _) if c.is_alphanumeric() => return None,
            // Adjectives chain (`russisch-belarussische`): both are mentions.
            (Some('-'), Some(c)) if c.is_alphanumeric() && pattern.form != Form::Adjective => {
                return None;
            }
            _ => {}
        }
        let end = inflected_end(text, end, pattern)?;
        Some(Mention {
            entry: pattern.entry,
            form: pattern.form,
            start,
            end,
        })
    }

    /// The automaton of [`Gazetteer::mentions_into`], built on first use: extraction
    /// finds names in the shared walk and needs it only for text whose lowercase form
    /// shifts offsets. Building fails only for pattern sets far beyond this size (a test
    /// builds the built-in one); without an automaton, no names are found.
    fn automaton(&self) -> Option<&aho_corasick::dfa::DFA> {
        self.automaton
            .get_or_init(|| {
                // No prefilter: with hundreds of patterns it seldom skips, and it made
                // every return to the start state (after most words) a special state
                // that stopped the walk.
                aho_corasick::dfa::Builder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(aho_corasick::StartKind::Unanchored)
                    .prefilter(false)
                    .build(self.patterns.iter().map(|p| p.text.as_str()))
                    .ok()
            })
            .as_ref()
    }
}

/// The leftmost-longest match in `bytes` from `from` on, as `(pattern, start, end)`: what
/// `AhoCorasick::find_iter` yields next, walked here from special state to special state
/// with the state in a register (the library's search loop cost about 24 instructions
/// per byte). Not inlined, so that its caller's values do not crowd the walk.
#[inline(never)]
fn leftmost_longest(
    automaton: &aho_corasick::dfa::DFA,
    start_state: StateID,
    bytes: &[u8],
    from: usize,
) -> Option<(usize, usize, usize)> {
    let (mut state, mut at) = (start_state, from);
    let mut found = None;
    // Without a prefilter the special states are the dead state (no longer match can
    // follow) and match states (a match, perhaps outdone by a longer one).
    while let Some((end, special)) = crate::context::next_special_state(automaton, state, bytes, at)
    {
        if automaton.is_dead(special) {
            break;
        }
        if automaton.is_match(special) {
            let pattern = automaton.match_pattern(special, 0);
            found = Some((
                pattern.as_usize(),
                end - automaton.pattern_len(pattern),
                end,
            ));
        }
        (state, at) = (special, end);
    }
    found
}

/// Multi-word names whose leading words are adjectives also occur declined: `die
/// Europäische Union` but `der Europäischen Union`, `die Vereinigten Staaten`. Each such
/// name gets its `-en` form as a variant.
fn with_declined_names(mut patterns: Vec<Pattern>) -> Vec<Pattern> {
    let declined: Vec<Pattern> = patterns
        .iter()
        .filter(|p| p.form == Form::Name)
        .filter_map(|p| {
            let words: Vec<&str> = p.text.split(' ').collect();
            let (last, leading) = words.split_last()?;
            if leading.is_empty()
                || !leading
                    .iter()
                    .all(|w| w.ends_with('e') && w.starts_with(char::is_uppercase))
            {
                return None;
            }
            let mut text: String = leading.iter().map(|w| format!("{w}n ")).collect();
            text.push_str(last);
            Some(Pattern { text, ..p.clone() })
        })
        .collect();
    patterns.extend(declined);
    patterns
}

/// Spellings that differ only in ASCII case share one automaton pattern (the automaton
/// ignores ASCII case, so it reports only one of them). The first entry wins, so a
/// city-state's name stays the state's rather than its capital's. A pattern is
/// case-sensitive only if every spelling merged into it is an acronym (`UNO` alone: yes;
/// `UNO` and `Uno`: no). Spellings that differ in a non-ASCII letter's case stay apart:
/// merged, `Österreichisch` at the start of a sentence went unfound, as the automaton
/// does not equate `Ö` and `ö`.
fn merge_case_variants(patterns: Vec<Pattern>) -> Vec<Pattern> {
    let mut merged: Vec<Pattern> = Vec::with_capacity(patterns.len());
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for pattern in patterns {
        let key = pattern.text.to_ascii_lowercase();
        match index.get(&key) {
            Some(&at) => {
                let kept = &mut merged[at];
                if pattern.exact.is_empty() || kept.exact.is_empty() {
                    kept.exact.clear();
                    if kept.form == Form::Acronym {
                        kept.form = Form::Name;
                    }
                } else {
                    kept.exact.extend(pattern.exact);
                }
            }
            None => {
                index.insert(key, merged.len());
                merged.push(pattern);
            }
        }
    }
    merged
}

/// The end of a match once its inflection is added, or `None` when the match is only the
/// start of a longer word.
fn inflected_end(text: &str, end: usize, pattern: &Pattern) -> Option<usize> {
    let after = &text[end..];
    let boundary = |rest: &str| !rest.starts_with(|c: char| c.is_alphanumeric());
    if pattern.form == Form::Adjective {
        for ending in ADJECTIVE_ENDINGS {
            if let Some(rest) = after.strip_prefix(ending)
                && boundary(rest)
            {
                return Some(end + ending.len());
            }
        }
        return boundary(after).then_some(end);
    }
    if boundary(after) {
        return Some(end);
    }
    // Genitive `-s` (`Russlands`, `Putins`), not after a sibilant.
    let sibilant = pattern.text.ends_with(['s', 'ß', 'x', 'z']);
    if !sibilant
        && let Some(rest) = after.strip_prefix('s')
        && boundary(rest)
    {
        return Some(end + 1);
    }
    None
}

fn is_acronym(text: &str) -> bool {
    text.chars().count() <= 6
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The data rows of a table: no comments, no blank lines.
/// The largest user file [`Gazetteer::with_additions`] reads: a gazetteer of a few
/// hundred thousand names fits; a file that is not one is refused before it fills memory.
pub const MAX_ADDITION_BYTES: u64 = 16 * 1024 * 1024;

/// Why a user's gazetteer file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    /// The file.
    pub path: std::path::PathBuf,
    /// What is wrong with it.
    pub problem: String,
}

impl std::fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

impl std::error::Error for GazetteerError {}

/// A user's gazetteer file, if there is one: read the way the command reads every
/// other input. It must be a regular file in `dir` itself: the file is opened with
/// `O_NOFOLLOW` (a link, which could lead anywhere on the machine, is refused, also
/// one put there after a check) and `O_NONBLOCK` (a FIFO cannot hang the run before
/// its type is known), and its type is taken from the open file (`fstat`), not from
/// the name. At most [`MAX_ADDITION_BYTES`] are read, counted as read, not as the file
/// system reports (`/proc` files say 0).
pub(crate) fn read_addition(path: &std::path::Path) -> Result<Option<String>, GazetteerError> {
    use std::io::Read;
    let refuse = |problem: String| GazetteerError {
        path: path.to_owned(),
        problem,
    };
    let file = match open_no_follow(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if is_link_refused(&e, path) => {
            return Err(refuse(
                "a symbolic link, not followed (put the file itself in the directory)".to_owned(),
            ));
        }
        Err(e) => return Err(refuse(e.to_string())),
    };
    let meta = file.metadata().map_err(|e| refuse(e.to_string()))?;
    if !meta.is_file() {
        return Err(refuse("not a regular file".to_owned()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_ADDITION_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| refuse(e.to_string()))?;
    if bytes.len() as u64 > MAX_ADDITION_BYTES {
        return Err(refuse(format!("larger than {MAX_ADDITION_BYTES} bytes")));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| refuse("not UTF-8".to_owned()))
}

/// Opens `path` for reading without following a link at its last component and
/// without waiting for a FIFO's writer.
fn open_no_follow(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32);
    }
    options.open(path)
}

/// Whether opening `path` failed because it is a symbolic link.
fn is_link_refused(error: &std::io::Error, path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        if error.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
            return true;
        }
    }
    // Elsewhere the link is looked at by name (the open above may have followed it).
    let _ = error;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn rows(table: &str) -> impl Iterator<Item = &str> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The first six tab-separated columns of a row, empty where missing.
fn columns(row: &str) -> [&str; 6] {
    let mut out = [""; 6];
    for (slot, value) in out.iter_mut().zip(row.split('\t')) {
        *slot = value.trim();
    }
    out
}

fn list(column: &str) -> impl Iterator<Item = &str> {
    column.split(';').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        let gazetteer = Gazetteer::builtin();
        gazetteer
            .mentions(text)
            .into_iter()
            .map(|m| {
                format!(
                    "{} {:?} [{}]",
                    gazetteer.entry(m.entry).id,
                    m.form,
                    &text[m.start..m.end]
                )
            })
            .collect()
    }

    #[test]
    fn names_variants_and_inflection() {
        assert_eq!(
            check("Russlands Truppen, Weißrussland und Kirgisistan."),
            [
                "RU Name [Russlands]",
                "BY Name [Weißrussland]",
                "KG Name [Kirgisistan]"
            ]
        );
        assert_eq!(
            check("des kasachischen Präsidenten"),
            ["KZ Adjective [kasachischen]"]
        );
        assert_eq!(check("Armenische Soldaten"), ["AM Adjective [Armenische]"]);
        // A capitalised adjective whose first letter is an umlaut (sentence start).
        assert_eq!(
            check("Österreichische und ägyptische Diplomaten"),
            [
                "AT Adjective [Österreichische]",
                "EG Adjective [ägyptische]"
            ]
        );
        assert_eq!(
            check("der russisch-belarussische Staat"),
            ["RU Adjective [russisch]", "BY Adjective [belarussische]"]
        );
        assert_eq!(check("Putins Rede"), ["Wladimir Putin Name [Putins]"]);
        assert_eq!(
            check("Qassym-Schomart Toqajew"),
            ["Kassym-Schomart Tokajew Name [Qassym-Schomart Toqajew]"]
        );
    }

    #[test]
    fn organisations_and_acronyms() {
        assert_eq!(
            check("die OVKS-Truppe und die Nato"),
            ["CSTO Acronym [OVKS]", "NATO Name [Nato]"]
        );
        assert_eq!(check("eine Art Mini-Nato"), Vec::<String>::new());
        assert_eq!(
            check("Organisation des Vertrages über die Kollektive Sicherheit, kurz OVKS"),
            [
                "CSTO Name [Organisation des Vertrages über die Kollektive Sicherheit]",
                "CSTO Acronym [OVKS]"
            ]
        );
        assert_eq!(check("von der UNO anerkannt"), ["UN Name [UNO]"]);
        assert_eq!(
            check("Kandidat der Europäischen Union"),
            ["EU Name [Europäischen Union]"]
        );
        // Demonyms name their state (`der Kasache Tokajew`, `die Franzosen`).
        assert_eq!(
            check("der Kasache und die Franzosen"),
            ["KZ Name [Kasache]", "FR Name [Franzosen]"]
        );
        // Words that contain a name are not mentions; `Uno` is listed, so any case goes.
        assert_eq!(
            check("die Uno-Sonderbeauftragte, ein Roman, die Iranistik"),
            ["UN Name [Uno]"]
        );
        // Acronyms listed only in capitals are case-sensitive.
        assert_eq!(
            check("Die Soz ist sozial, die SOZ tagt"),
            ["SCO Acronym [SOZ]"]
        );
    }

    #[test]
    fn metonyms_capitals_and_places() {
        assert_eq!(
            check("Der Kreml und Moskau"),
            ["RU Metonym [Kreml]", "Moskau Name [Moskau]"]
        );
        assert_eq!(
            check("in Transnistrien und in Almaty"),
            ["Transnistrien Name [Transnistrien]", "Almaty Name [Almaty]"]
        );
    }

    #[test]
    fn builtin_automaton_builds() {
        assert!(Gazetteer::builtin().automaton().is_some());
        assert!(Gazetteer::builtin().lowercase_patterns().is_some());
    }

    #[test]
    fn the_walk_finds_what_find_iter_finds() {
        let gazetteer = Gazetteer::builtin();
        let automaton = gazetteer.automaton().unwrap();
        let start_state = automaton.start_state(Anchored::No).unwrap();
        let library = aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(gazetteer.patterns.iter().map(|p| p.text.as_str()))
            .unwrap();
        // Overlapping names, a name inside a longer one, a name at the very end.
        let texts = crate::facts::tests::page_lines(&[
            "",
            "RusslandRussland Russlands",
            "Roman Oman OMAN omanisch",
            "die Vereinigten Staaten von Amerika und die Vereinigten",
            "KasachstanKirgistan",
            "Nato",
        ]);
        let mut matches = 0;
        for text in &texts {
            let mut walked = Vec::new();
            let mut from = 0;
            while let Some(found) = leftmost_longest(automaton, start_state, text.as_bytes(), from)
            {
                from = found.2;
                walked.push(found);
            }
            let expected: Vec<(usize, usize, usize)> = library
                .find_iter(text.as_str())
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(walked, expected, "{text}");
            matches += walked.len();
        }
        assert!(matches > 500, "{matches} matches");
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        for (table, name) in [
            (STATES, "states"),
            (ORGANISATIONS, "organisations"),
            (PEOPLE, "people"),
            (PLACES, "places"),
        ] {
            let keys: Vec<&str> = rows(table).map(|r| columns(r)[0]).collect();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(keys, sorted, "{name}.tsv must be sorted with unique keys");
        }
        for row in rows(STATES) {
            let code = columns(row)[0];
            assert!(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{code}"
            );
        }
    }

    #[test]
    fn covers_the_regions_the_issue_names() {
        let gazetteer = Gazetteer::builtin();
        let states = gazetteer
            .entries()
            .iter()
            .filter(|e| e.kind == EntityKind::State)
            .count();
        assert!(states >= 75, "{states} states");
        for code in [
            "RU", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AM", "AZ", "GE", "MD", "UA", "TR", "IR",
            "IQ", "SY", "IL", "SA", "US", "CN", "IN",
        ] {
            assert!(gazetteer.find(EntityKind::State, code).is_some(), "{code}");
        }
    }

    /// A user's gazetteer files are read as every other input is: a link (even to a
    /// readable file), a FIFO, a directory and a file over the limit are refused with
    /// the file's name, without hanging; a regular file is read.
    #[cfg(unix)]
    #[test]
    fn additions_are_regular_files_within_the_limit() {
        let root = std::env::temp_dir().join(format!("lagebild-gazetteer-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let (dir, outside) = (root.join("names"), root.join("secret.tsv"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&outside, "Ilse Brandauer\tBrandauer\n").unwrap();
        let refused = |what: &str| {
            let error = Gazetteer::with_additions(&dir).unwrap_err();
            assert_eq!(error.path, dir.join("people.tsv"), "{what}");
            error.problem
        };

        std::os::unix::fs::symlink(&outside, dir.join("people.tsv")).unwrap();
        assert!(refused("a link").contains("symbolic link"));
        std::fs::remove_file(dir.join("people.tsv")).unwrap();

        rustix::fs::mknodat(
            rustix::fs::CWD,
            dir.join("people.tsv"),
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o644),
            0,
        )
        .unwrap();
        assert!(refused("a FIFO").contains("not a regular file"));
        std::fs::remove_file(dir.join("people.tsv")).unwrap();

        std::fs::create_dir(dir.join("people.tsv")).unwrap();
        assert!(refused("a directory").contains("not a regular file"));
        std::fs::remove_dir(dir.join("people.tsv")).unwrap();

        let row = "Ilse Brandauer\tBrandauer\n";
        let big = row.repeat(usize::try_from(MAX_ADDITION_BYTES).unwrap() / row.len() + 1);
        std::fs::write(dir.join("people.tsv"), big).unwrap();
        assert!(refused("too large").contains("larger than"));

        std::fs::write(dir.join("people.tsv"), row).unwrap();
        let gazetteer = Gazetteer::with_additions(&dir).unwrap();
        assert!(
            gazetteer
                .find(EntityKind::Person, "Ilse Brandauer")
                .is_some()
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
