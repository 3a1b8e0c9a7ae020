//! The word lists of the extraction rules: trigger verbs and nouns, title forms, event
//! and force names, quotation marks, qualifiers, number and date words. They are data,
//! read from `data/lexicon/<family>.tsv` (one row per entry: `table`, `entry`, and a
//! value or a note) into one [`Lexicon`]; the month and weekday names come from the
//! vocabulary the parser shares ([`lagebild_parse::vocabulary`]). The trigger tables
//! among them are compiled into the one automaton walk per sentence (see
//! `context::TriggerIndex`), built once per lexicon on first use.

use crate::context::TriggerIndex;
use crate::gazetteer::read_addition;
use lagebild_model::{EventType, ForceType, Qualifier, Season};
use lagebild_parse::vocabulary::{Grammar, month_names, weekday_names};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The crate's own lexicon files: their path in the crate, for errors, and their text.
const BUILTIN_FILES: [(&str, &str); 9] = [
    (
        "data/lexicon/references.tsv",
        include_str!("../data/lexicon/references.tsv"),
    ),
    (
        "data/lexicon/membership.tsv",
        include_str!("../data/lexicon/membership.tsv"),
    ),
    (
        "data/lexicon/deployments.tsv",
        include_str!("../data/lexicon/deployments.tsv"),
    ),
    (
        "data/lexicon/forces.tsv",
        include_str!("../data/lexicon/forces.tsv"),
    ),
    (
        "data/lexicon/events.tsv",
        include_str!("../data/lexicon/events.tsv"),
    ),
    (
        "data/lexicon/people.tsv",
        include_str!("../data/lexicon/people.tsv"),
    ),
    (
        "data/lexicon/numbers.tsv",
        include_str!("../data/lexicon/numbers.tsv"),
    ),
    (
        "data/lexicon/dates.tsv",
        include_str!("../data/lexicon/dates.tsv"),
    ),
    (
        "data/lexicon/sentences.tsv",
        include_str!("../data/lexicon/sentences.tsv"),
    ),
];

/// The name of an analyst's lexicon file in the directory given to
/// [`Lexicon::with_additions`].
const ADDITIONS_FILE: &str = "lexicon.tsv";

/// The shortest title form (bytes): the title matcher hashes a form's last three bytes
/// and skips words shorter than the shortest form.
pub(crate) const TITLE_MIN_BYTES: usize = 4;

/// Every table of the lexicon. The first [`WALK_TABLES`] are the trigger tables the
/// rules ask about through the sentence's one walk, in the order of their answers (a
/// table's index is its bit in a sentence's answer mask); the others are read by the
/// rules directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    Suspended,
    Former,
    Observer,
    MembershipWords,
    Applicant,
    Joined,
    MemberVerbs,
    TroopWords,
    MemberNoun,
    ReferToPair,
    ReferToOne,
    ForceNouns,
    Exists,
    Founded,
    ForceVerbs,
    DeployWords,
    StartWords,
    EndWords,
    Keeps,
    ServeHere,
    StationedWords,
    EventStems,
    FigureNouns,
    MemberNouns,
    Hedges,
    PlaceReferences,
    OrgReferences,
    TitleForms,
    NumberStems,
    ForceStems,
    DateWordPieces,
    MonthNames,
    WeekdayNames,
    TakePart,
    Partner,
    TroopStems,
    Planned,
    DeployNegations,
    BaseNouns,
    CountedGroupNouns,
    Requests,
    ForceGrowth,
    ExerciseWords,
    MembershipNegations,
    CountNouns,
    OrdinalWords,
    Partial,
    ListGlue,
    ClauseDashes,
    RelativePronouns,
    MissionReferences,
    Stationed,
    Casualties,
    PartBefore,
    Increment,
    Sending,
    TroopNouns,
    Compoundable,
    NotNames,
    Speech,
    NameFillers,
    ForeignDiacritics,
    Quotes,
    Qualifiers,
    NumberWords,
    Scales,
    Vague,
    Seasons,
    Relative,
    Parts,
    PastCues,
    FutureCues,
    CountedAfter,
    AmountBefore,
    DecadeWords,
    Abbreviations,
    OrdinalContext,
    Closers,
    PresentWords,
    TreatyNameEndings,
    Signing,
    UnderWay,
    FoundingMembers,
    FirstNames,
    NationalForces,
    PactFormed,
    SameDay,
    UnitNouns,
    UnitSize,
    EarlierTime,
    TroopPhrases,
    PartsOfLand,
    RegionNouns,
    OwnForceCues,
}

/// How many tables lead [`Table`] as trigger tables of the walk.
pub(crate) const WALK_TABLES: usize = Table::ExerciseWords as usize + 1;

/// How many tables there are.
const TABLE_COUNT: usize = Table::OwnForceCues as usize + 1;

/// What a table's third column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    /// Nothing the rules read: the column is a free note.
    None,
    /// A number (`1e6`, `24.0`).
    Number,
    /// A whole number (`-1`, `1990`).
    Integer,
    /// Two tenths of a period, `first-last` (`0-3`).
    Tenths,
    /// A number qualifier (`approx`, `more_than`, …).
    Qualifier,
    /// A season (`spring`, `summer`, `autumn`, `winter`).
    Season,
    /// An event type (`summit`, `meeting`, `exercise`, `agreement`, `other`).
    Event,
    /// A force type (`rapid_reaction`, `peacekeeping`, `other`).
    Force,
    /// A word (a title's base form).
    Word,
    /// One character.
    Char,
    /// One or more characters.
    Chars,
}

/// Where a table's entries come from and what may be added to it.
#[derive(Debug, Clone, Copy)]
struct Spec {
    table: Table,
    /// Its name in the files.
    name: &'static str,
    /// The file that holds it (`membership` for `data/lexicon/membership.tsv`); empty
    /// for the names of the shared vocabulary.
    family: &'static str,
    value: Value,
    /// Entries are single characters.
    chars: bool,
    /// Additions are refused: a grammar table (the free functions [`crate::numbers`]
    /// and [`crate::dates`] and the sentence splitter read the built-in lexicon), or a
    /// table read by helpers without a sentence at hand (see [`fixed`]).
    fixed: bool,
}

const fn spec(table: Table, name: &'static str, family: &'static str) -> Spec {
    Spec {
        table,
        name,
        family,
        value: Value::None,
        chars: false,
        fixed: false,
    }
}

const fn valued(table: Table, name: &'static str, family: &'static str, value: Value) -> Spec {
    Spec {
        value,
        ..spec(table, name, family)
    }
}

const fn grammar(table: Table, name: &'static str, family: &'static str, value: Value) -> Spec {
    Spec {
        value,
        fixed: true,
        ..spec(table, name, family)
    }
}

/// A rule table read by helpers that have no sentence, hence no lexicon, at hand: they
/// read the built-in one, so additions are refused.
const fn fixed(spec: Spec) -> Spec {
    Spec {
        fixed: true,
        ..spec
    }
}

const fn of_chars(spec: Spec) -> Spec {
    Spec {
        chars: true,
        ..spec
    }
}

/// Every table, in the order of [`Table`] (a test checks it).
const SPECS: [Spec; TABLE_COUNT] = [
    spec(Table::Suspended, "suspended", "membership"),
    spec(Table::Former, "former", "membership"),
    spec(Table::Observer, "observer", "membership"),
    spec(Table::MembershipWords, "membership_words", "membership"),
    spec(Table::Applicant, "applicant", "membership"),
    spec(Table::Joined, "joined", "membership"),
    spec(Table::MemberVerbs, "member_verbs", "membership"),
    spec(Table::TroopWords, "troop_words", "membership"),
    spec(Table::MemberNoun, "member_noun", "membership"),
    spec(Table::ReferToPair, "refer_to_pair", "membership"),
    spec(Table::ReferToOne, "refer_to_one", "membership"),
    spec(Table::ForceNouns, "force_nouns", "membership"),
    spec(Table::Exists, "exists", "membership"),
    spec(Table::Founded, "founded", "membership"),
    spec(Table::ForceVerbs, "force_verbs", "forces"),
    spec(Table::DeployWords, "deploy_words", "deployments"),
    spec(Table::StartWords, "start_words", "deployments"),
    spec(Table::EndWords, "end_words", "deployments"),
    spec(Table::Keeps, "keeps", "forces"),
    spec(Table::ServeHere, "serve_here", "forces"),
    spec(Table::StationedWords, "stationed_words", "forces"),
    valued(Table::EventStems, "event_stems", "events", Value::Event),
    spec(Table::FigureNouns, "figure_nouns", "events"),
    spec(Table::MemberNouns, "member_nouns", "membership"),
    spec(Table::Hedges, "hedges", "membership"),
    spec(Table::PlaceReferences, "place_references", "forces"),
    spec(Table::OrgReferences, "org_references", "references"),
    valued(Table::TitleForms, "title_forms", "people", Value::Word),
    grammar(Table::NumberStems, "number_stems", "numbers", Value::None),
    valued(Table::ForceStems, "force_stems", "forces", Value::Force),
    grammar(
        Table::DateWordPieces,
        "date_word_pieces",
        "dates",
        Value::None,
    ),
    grammar(Table::MonthNames, "month_names", "", Value::None),
    grammar(Table::WeekdayNames, "weekday_names", "", Value::None),
    spec(Table::TakePart, "take_part", "deployments"),
    spec(Table::Partner, "partner", "membership"),
    spec(Table::TroopStems, "troop_stems", "deployments"),
    spec(Table::Planned, "planned", "deployments"),
    spec(Table::DeployNegations, "deploy_negations", "deployments"),
    spec(Table::BaseNouns, "base_nouns", "forces"),
    spec(
        Table::CountedGroupNouns,
        "counted_group_nouns",
        "membership",
    ),
    spec(Table::Requests, "requests", "deployments"),
    spec(Table::ForceGrowth, "force_growth", "forces"),
    spec(Table::ExerciseWords, "exercise_words", "deployments"),
    spec(
        Table::MembershipNegations,
        "membership_negations",
        "membership",
    ),
    spec(Table::CountNouns, "count_nouns", "membership"),
    valued(
        Table::OrdinalWords,
        "ordinal_words",
        "membership",
        Value::Number,
    ),
    spec(Table::Partial, "partial", "membership"),
    fixed(spec(Table::ListGlue, "list_glue", "membership")),
    fixed(spec(Table::ClauseDashes, "clause_dashes", "membership")),
    spec(Table::RelativePronouns, "relative_pronouns", "membership"),
    spec(
        Table::MissionReferences,
        "mission_references",
        "deployments",
    ),
    spec(Table::Stationed, "stationed", "deployments"),
    spec(Table::Casualties, "casualties", "deployments"),
    spec(Table::PartBefore, "part_before", "deployments"),
    spec(Table::Increment, "increment", "deployments"),
    spec(Table::Sending, "sending", "deployments"),
    spec(Table::TroopNouns, "troop_nouns", "forces"),
    spec(Table::Compoundable, "compoundable", "people"),
    fixed(spec(Table::NotNames, "not_names", "people")),
    fixed(spec(Table::Speech, "speech", "people")),
    fixed(spec(Table::NameFillers, "name_fillers", "people")),
    fixed(of_chars(valued(
        Table::ForeignDiacritics,
        "foreign_diacritics",
        "people",
        Value::Char,
    ))),
    fixed(of_chars(valued(
        Table::Quotes,
        "quotes",
        "people",
        Value::Chars,
    ))),
    grammar(Table::Qualifiers, "qualifiers", "numbers", Value::Qualifier),
    grammar(Table::NumberWords, "number_words", "numbers", Value::Number),
    grammar(Table::Scales, "scales", "numbers", Value::Number),
    grammar(Table::Vague, "vague", "numbers", Value::Number),
    grammar(Table::Seasons, "seasons", "dates", Value::Season),
    grammar(Table::Relative, "relative", "dates", Value::Integer),
    grammar(Table::Parts, "parts", "dates", Value::Tenths),
    grammar(Table::PastCues, "past_cues", "dates", Value::None),
    grammar(Table::FutureCues, "future_cues", "dates", Value::None),
    grammar(Table::CountedAfter, "counted_after", "dates", Value::None),
    grammar(Table::AmountBefore, "amount_before", "dates", Value::None),
    grammar(Table::DecadeWords, "decade_words", "dates", Value::Integer),
    grammar(
        Table::Abbreviations,
        "abbreviations",
        "sentences",
        Value::None,
    ),
    grammar(
        Table::OrdinalContext,
        "ordinal_context",
        "sentences",
        Value::None,
    ),
    of_chars(grammar(Table::Closers, "closers", "sentences", Value::None)),
    spec(Table::PresentWords, "present_words", "membership"),
    spec(
        Table::TreatyNameEndings,
        "treaty_name_endings",
        "membership",
    ),
    spec(Table::Signing, "signing", "membership"),
    spec(Table::UnderWay, "under_way", "deployments"),
    spec(Table::FoundingMembers, "founding_members", "membership"),
    spec(Table::FirstNames, "first_names", "people"),
    valued(
        Table::NationalForces,
        "national_forces",
        "deployments",
        Value::Word,
    ),
    spec(Table::PactFormed, "pact_formed", "membership"),
    spec(Table::SameDay, "same_day", "deployments"),
    spec(Table::UnitNouns, "unit_nouns", "deployments"),
    spec(Table::UnitSize, "unit_size", "deployments"),
    spec(Table::EarlierTime, "earlier_time", "deployments"),
    spec(Table::TroopPhrases, "troop_phrases", "deployments"),
    spec(Table::PartsOfLand, "parts_of_land", "deployments"),
    spec(Table::RegionNouns, "region_nouns", "deployments"),
    spec(Table::OwnForceCues, "own_force_cues", "deployments"),
];

impl Table {
    /// The table at `index` of [`Table`].
    pub(crate) fn at(index: usize) -> Option<Table> {
        SPECS.get(index).map(|spec| spec.table)
    }

    fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }
}

/// The word lists of the extraction rules. The built-in one ([`Lexicon::builtin`])
/// comes from the crate's `data/lexicon/*.tsv`; an analyst adds entries to its rule
/// tables with a `lexicon.tsv` of their own ([`Lexicon::with_additions`]).
///
/// The grammar tables (number and date words, qualifiers, the sentence splitter's
/// abbreviations) are fixed: [`crate::numbers`] and [`crate::dates`] read the built-in
/// lexicon, and additions to them are refused.
pub struct Lexicon {
    /// Per table (by [`Table`]), its entries in order.
    words: Vec<Vec<&'static str>>,
    /// Per table, the value of each entry (empty for tables without values).
    values: Vec<Vec<&'static str>>,
    /// The trigger tables and the built-in gazetteer's names compiled into one walk.
    index: OnceLock<TriggerIndex>,
    /// The title forms as the title matcher reads them.
    titles: OnceLock<crate::facts::people::TitleTable>,
    /// The force names as one automaton.
    forces: OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// A searcher per event noun.
    events: OnceLock<Vec<memchr::memmem::Finder<'static>>>,
    /// The force names with their types.
    force_names: OnceLock<Vec<(&'static str, ForceType)>>,
    /// The event nouns with their types.
    event_nouns: OnceLock<Vec<(&'static str, EventType)>>,
    /// The first names, for a lookup per capitalised word.
    first_names: OnceLock<std::collections::HashSet<&'static str>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.words.iter().map(Vec::len).sum::<usize>())
            .finish_non_exhaustive()
    }
}

/// Why a lexicon file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file (for the built-in files, their path in the crate).
    pub path: PathBuf,
    /// The line (from 1), where the problem is one line's.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.problem),
            None => write!(f, "{}: {}", self.path.display(), self.problem),
        }
    }
}

impl std::error::Error for LexiconError {}

/// One data row of a lexicon file.
struct Row<'t> {
    table: Table,
    entry: &'t str,
    value: &'t str,
}

/// The data rows of the lexicon file `text` (at `path`, for errors), checked: a known
/// table, one of `family`'s (any table where `family` is `None`), a non-empty entry and
/// a value the table's values read as.
fn rows<'t>(
    path: &Path,
    text: &'t str,
    family: Option<&str>,
) -> Result<Vec<Row<'t>>, LexiconError> {
    let mut rows = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let refuse = |problem: String| LexiconError {
            path: path.to_owned(),
            line: Some(number + 1),
            problem,
        };
        let mut columns = line.split('\t');
        let name = columns.next().unwrap_or_default();
        let spec = SPECS
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| refuse(format!("unknown table `{name}`")))?;
        if let Some(family) = family
            && spec.family != family
        {
            return Err(refuse(format!(
                "table `{name}` belongs in {}",
                if spec.family.is_empty() {
                    "the parser's vocabulary".to_owned()
                } else {
                    format!("{}.tsv", spec.family)
                }
            )));
        }
        let entry = columns.next().unwrap_or_default();
        if entry.trim().is_empty() {
            return Err(refuse(format!("empty entry in table `{name}`")));
        }
        if spec.chars && entry.chars().count() != 1 {
            return Err(refuse(format!(
                "table `{name}` takes single characters, not `{entry}`"
            )));
        }
        if spec.table == Table::TitleForms && entry.len() < TITLE_MIN_BYTES {
            return Err(refuse(format!(
                "title forms have at least {TITLE_MIN_BYTES} bytes, not `{entry}`"
            )));
        }
        let value = match spec.value {
            Value::None => "",
            kind => {
                let value = columns.next().unwrap_or_default();
                if !value_reads(kind, value) {
                    return Err(refuse(format!(
                        "`{value}` is no value of table `{name}` ({})",
                        value_help(kind)
                    )));
                }
                value
            }
        };
        rows.push(Row {
            table: spec.table,
            entry,
            value,
        });
    }
    Ok(rows)
}

fn value_reads(kind: Value, value: &str) -> bool {
    match kind {
        Value::None => true,
        Value::Number => number(value).is_some(),
        Value::Integer => integer(value).is_some(),
        Value::Tenths => tenths(value).is_some(),
        Value::Qualifier => qualifier(value).is_some(),
        Value::Season => season(value).is_some(),
        Value::Event => event_type(value).is_some(),
        Value::Force => force_type(value).is_some(),
        Value::Word => !value.trim().is_empty(),
        Value::Char => character(value).is_some(),
        Value::Chars => !value.is_empty(),
    }
}

fn value_help(kind: Value) -> &'static str {
    match kind {
        Value::None => "",
        Value::Number => "a number",
        Value::Integer => "a whole number",
        Value::Tenths => "tenths `first-last`, such as `0-3`",
        Value::Qualifier => "approx, more_than, less_than, at_least, up_to",
        Value::Season => "spring, summer, autumn, winter",
        Value::Event => "summit, meeting, exercise, agreement, other",
        Value::Force => "rapid_reaction, peacekeeping, other",
        Value::Word => "a word",
        Value::Char => "one character",
        Value::Chars => "one or more characters",
    }
}

pub(crate) fn number(value: &str) -> Option<f64> {
    value.parse().ok().filter(|v: &f64| v.is_finite())
}

pub(crate) fn integer(value: &str) -> Option<i32> {
    value.parse().ok()
}

pub(crate) fn tenths(value: &str) -> Option<(u32, u32)> {
    let (first, last) = value.split_once('-')?;
    Some((first.parse().ok()?, last.parse().ok()?))
}

pub(crate) fn qualifier(value: &str) -> Option<Qualifier> {
    Some(match value {
        "approx" => Qualifier::Approx,
        "more_than" => Qualifier::MoreThan,
        "less_than" => Qualifier::LessThan,
        "at_least" => Qualifier::AtLeast,
        "up_to" => Qualifier::UpTo,
        _ => return None,
    })
}

pub(crate) fn season(value: &str) -> Option<Season> {
    Some(match value {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" => Season::Autumn,
        "winter" => Season::Winter,
        _ => return None,
    })
}

pub(crate) fn event_type(value: &str) -> Option<EventType> {
    Some(match value {
        "summit" => EventType::Summit,
        "meeting" => EventType::Meeting,
        "exercise" => EventType::Exercise,
        "agreement" => EventType::Agreement,
        "other" => EventType::Other,
        _ => return None,
    })
}

pub(crate) fn force_type(value: &str) -> Option<ForceType> {
    Some(match value {
        "rapid_reaction" => ForceType::RapidReaction,
        "peacekeeping" => ForceType::Peacekeeping,
        "other" => ForceType::Other,
        _ => return None,
    })
}

pub(crate) fn character(value: &str) -> Option<char> {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

impl Lexicon {
    /// The built-in lexicon, read from the crate's `data/lexicon/*.tsv` on first use.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        // The crate's tests read every built-in file; should a build's own files not
        // read, extraction finds no trigger words rather than stopping the program.
        BUILTIN.get_or_init(|| Lexicon::read_builtin().unwrap_or_else(|_| Lexicon::empty()))
    }

    /// The built-in lexicon with the entries of the user's `lexicon.tsv` in `dir`
    /// added at the end of their tables. The file is optional (missing, it adds
    /// nothing) and has the columns of the crate's own files: table name, entry, and
    /// for tables of pairs the value. A file over [`crate::MAX_ADDITION_BYTES`], not
    /// UTF-8 or not a regular file, an unknown table name, an empty entry, a value the
    /// table does not take, or an entry for a fixed table is refused, naming the file
    /// and line. Fixed are the grammar tables (numbers, dates, sentence splitting:
    /// [`crate::numbers`] and [`crate::dates`] read the built-in lexicon) and the few
    /// rule tables read without a sentence at hand (`list_glue`, `clause_dashes`,
    /// `not_names`, `speech`, `name_fillers`, `foreign_diacritics`, `quotes`).
    ///
    /// The file's text is kept for the rest of the program's run, as the lexicon is
    /// (see [`Lexicon::leak`]): build it once per run.
    pub fn with_additions(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::read_builtin()?;
        let path = dir.join(ADDITIONS_FILE);
        let text = read_addition(&path).map_err(|e| LexiconError {
            path: e.path,
            line: None,
            problem: e.problem,
        })?;
        let Some(text) = text else {
            return Ok(lexicon);
        };
        // Checked before the text is kept, so that a refused file is not.
        for (row, number) in rows(&path, &text, None)?.iter().zip(line_numbers(&text)) {
            if row.table.spec().fixed {
                return Err(LexiconError {
                    path,
                    line: Some(number),
                    problem: format!(
                        "table `{}` is fixed: grammar tables are fixed, and so are the \
                         few read without a sentence at hand (see docs/ARCHITECTURE.md)",
                        row.table.spec().name
                    ),
                });
            }
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        for row in rows(&path, text, None)? {
            lexicon.push(row);
        }
        Ok(lexicon)
    }

    /// This lexicon for the rest of the program's run (an [`crate::Extractor`] takes a
    /// `'static` one, and its compiled walk is built once).
    pub fn leak(self) -> &'static Lexicon {
        Box::leak(Box::new(self))
    }

    fn empty() -> Lexicon {
        Lexicon {
            words: vec![Vec::new(); TABLE_COUNT],
            values: vec![Vec::new(); TABLE_COUNT],
            index: OnceLock::new(),
            titles: OnceLock::new(),
            forces: OnceLock::new(),
            events: OnceLock::new(),
            force_names: OnceLock::new(),
            event_nouns: OnceLock::new(),
            first_names: OnceLock::new(),
        }
    }

    fn push(&mut self, row: Row<'static>) {
        let at = row.table as usize;
        if let (Some(words), Some(values)) = (self.words.get_mut(at), self.values.get_mut(at)) {
            words.push(row.entry);
            values.push(row.value);
        }
    }

    fn read_builtin() -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::empty();
        for (path, text) in BUILTIN_FILES {
            let family = path
                .trim_start_matches("data/lexicon/")
                .trim_end_matches(".tsv");
            for row in rows(Path::new(path), text, Some(family))? {
                lexicon.push(row);
            }
        }
        for (table, names) in [
            (Table::MonthNames, month_names(Grammar::Prose)),
            (Table::WeekdayNames, weekday_names(Grammar::Prose)),
        ] {
            for &(name, _) in names {
                lexicon.push(Row {
                    table,
                    entry: name,
                    value: "",
                });
            }
        }
        if let Some(spec) = SPECS.iter().find(|s| lexicon.words(s.table).is_empty()) {
            return Err(LexiconError {
                path: PathBuf::from(format!("data/lexicon/{}.tsv", spec.family)),
                line: None,
                problem: format!("table `{}` is missing", spec.name),
            });
        }
        Ok(lexicon)
    }

    /// The entries of `table`, in order.
    pub(crate) fn words(&self, table: Table) -> &[&'static str] {
        self.words.get(table as usize).map_or(&[], Vec::as_slice)
    }

    /// The entries of `table` with their values read by `read` (the values were
    /// checked as the lexicon was read).
    pub(crate) fn pairs<T>(
        &self,
        table: Table,
        read: impl Fn(&'static str) -> Option<T>,
    ) -> Vec<(&'static str, T)> {
        let values = self
            .values
            .get(table as usize)
            .map_or(&[][..], Vec::as_slice);
        self.words(table)
            .iter()
            .zip(values)
            .filter_map(|(&word, value)| Some((word, read(value)?)))
            .collect()
    }

    /// The trigger tables compiled into the walk, built on first use.
    pub(crate) fn index(&self) -> &TriggerIndex {
        self.index.get_or_init(|| TriggerIndex::build(self))
    }

    /// The title forms as the title matcher reads them, built on first use.
    pub(crate) fn titles(&self) -> &crate::facts::people::TitleTable {
        self.titles
            .get_or_init(|| crate::facts::people::TitleTable::new(self))
    }

    /// The force names (first column of `force_stems`) as one automaton, leftmost
    /// match and the longest at that position; built on first use.
    pub(crate) fn force_automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.forces
            .get_or_init(|| {
                aho_corasick::AhoCorasickBuilder::new()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(self.words(Table::ForceStems))
                    .ok()
            })
            .as_ref()
    }

    /// Whether `word` (as written) is in the `first_names` table.
    pub(crate) fn is_first_name(&self, word: &str) -> bool {
        self.first_names
            .get_or_init(|| self.words(Table::FirstNames).iter().copied().collect())
            .contains(word)
    }

    /// The force names (`force_stems`) with their types.
    pub(crate) fn force_names(&self) -> &[(&'static str, ForceType)] {
        self.force_names
            .get_or_init(|| self.pairs(Table::ForceStems, force_type))
    }

    /// The event nouns (`event_stems`) with their types.
    pub(crate) fn event_nouns(&self) -> &[(&'static str, EventType)] {
        self.event_nouns
            .get_or_init(|| self.pairs(Table::EventStems, event_type))
    }

    /// A searcher per event noun (first column of `event_stems`), built on first use:
    /// a `str::find` per stem and sentence spent more on setting up its searcher than
    /// on searching.
    pub(crate) fn event_finders(&self) -> &[memchr::memmem::Finder<'static>] {
        self.events.get_or_init(|| {
            self.words(Table::EventStems)
                .iter()
                .map(|noun| memchr::memmem::Finder::new(*noun))
                .collect()
        })
    }
}

/// The line numbers (from 1) of the data rows of `text`, in order.
fn line_numbers(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_file_reads_and_every_table_has_entries() {
        let lexicon = Lexicon::read_builtin().unwrap();
        for spec in &SPECS {
            assert!(!lexicon.words(spec.table).is_empty(), "{}", spec.name);
        }
    }

    #[test]
    fn specs_are_in_table_order() {
        for (at, spec) in SPECS.iter().enumerate() {
            assert_eq!(spec.table as usize, at, "{}", spec.name);
            assert_eq!(Table::at(at), Some(spec.table));
        }
        const { assert!(WALK_TABLES <= 64) };
    }

    #[test]
    fn every_value_reads() {
        let lexicon = Lexicon::read_builtin().unwrap();
        for spec in SPECS.iter().filter(|s| s.value != Value::None) {
            let read = lexicon.pairs(spec.table, |v| Some(value_reads(spec.value, v)));
            assert_eq!(read.len(), lexicon.words(spec.table).len(), "{}", spec.name);
            assert!(read.iter().all(|(_, ok)| *ok), "{}", spec.name);
        }
    }

    fn additions(text: &str) -> Result<Lexicon, LexiconError> {
        let dir = std::env::temp_dir().join(format!(
            "lagebild-lexicon-{}-{:x}",
            std::process::id(),
            text.len() * 31 + text.bytes().map(usize::from).sum::<usize>()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("lexicon.tsv"), text).unwrap();
        let lexicon = Lexicon::with_additions(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        lexicon
    }

    #[test]
    fn additions_go_to_the_end_of_their_table() {
        let lexicon = additions("# a comment\n\njoined\tkam … hinzu\tnote\n").unwrap();
        assert_eq!(lexicon.words(Table::Joined).last(), Some(&"kam … hinzu"));
        let builtin = Lexicon::builtin();
        assert_eq!(
            lexicon.words(Table::Joined).len(),
            builtin.words(Table::Joined).len() + 1
        );
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        for (text, line, problem) in [
            ("\nnonsense\twort\n", 2, "unknown table `nonsense`"),
            ("joined\t\n", 1, "empty entry in table `joined`"),
            ("joined\n", 1, "empty entry in table `joined`"),
            (
                "# x\nevent_stems\tparade\tparty\n",
                2,
                "`party` is no value",
            ),
            ("scales\tdutzend\t12\n", 1, "grammar tables are fixed"),
            ("month_names\tjänner\n", 1, "grammar tables are fixed"),
            ("title_forms\tvi\tvi\n", 1, "at least 4 bytes"),
            ("speech\tmeinte\n", 1, "is fixed"),
            ("quotes\t<<\t>\n", 1, "single characters"),
        ] {
            let error = additions(text).unwrap_err();
            assert_eq!(error.line, Some(line), "{text}");
            assert!(error.problem.contains(problem), "{text}: {error}");
            assert!(error.to_string().contains(&format!("lexicon.tsv:{line}: ")));
        }
    }

    #[test]
    fn a_missing_file_adds_nothing() {
        let lexicon = Lexicon::with_additions(Path::new("/nonexistent-lagebild-dir")).unwrap();
        assert_eq!(
            lexicon.words(Table::Joined),
            Lexicon::builtin().words(Table::Joined)
        );
    }
}
