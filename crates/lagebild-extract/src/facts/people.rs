//! People and what they said: roles from title phrases (`Russlands Präsident Wladimir
//! Putin`, `der kasachische Präsident Tokajew`, `Nato-Generalsekretär Jens Stoltenberg`),
//! people the gazetteer does not know found the same way (`der Politologe Arkadi
//! Dubnow`), and quotations with their speakers (`„…“, sagte X`, `so X`, `laut X`).

use crate::context::{ArticleContext, Sentence};
use crate::lexicon::{Lexicon, TITLE_MIN_BYTES, Table};
use std::sync::LazyLock;

// Tables the helpers below read without a sentence at hand, from the built-in lexicon
// (`data/lexicon/people.tsv`, where each says what it is for); they are fixed.
static NOT_NAMES: LazyLock<&[&str]> = LazyLock::new(|| Lexicon::builtin().words(Table::NotNames));
static SPEECH: LazyLock<&[&str]> = LazyLock::new(|| Lexicon::builtin().words(Table::Speech));
static NAME_FILLERS: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::NameFillers));
static FOREIGN_DIACRITICS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let lexicon = Lexicon::builtin();
    lexicon
        .words(Table::ForeignDiacritics)
        .iter()
        .zip(lexicon.pairs(Table::ForeignDiacritics, crate::lexicon::character))
        .filter_map(|(from, (_, to))| Some((crate::lexicon::character(from)?, to)))
        .collect()
});
/// Quotation marks: opening character and the characters that close it.
static QUOTES: LazyLock<Vec<(char, Vec<char>)>> = LazyLock::new(|| {
    Lexicon::builtin()
        .pairs(Table::Quotes, |closers| Some(closers.chars().collect()))
        .into_iter()
        .filter_map(|(open, closers)| Some((crate::lexicon::character(open)?, closers)))
        .collect()
});
use crate::gazetteer::Form;
use lagebild_model::{EntityKind, EntityRef, Fact, OrgId, PersonId, StateId};
use std::borrow::Cow;

/// The title tables arranged for lookup, built once: a map from each form to its base
/// (the first row wins, as a scan of the table would) and the compoundable forms in
/// table order.
pub(crate) struct TitleTable {
    exact: std::collections::HashMap<&'static str, &'static str>,
    compounds: Vec<(&'static str, &'static str)>,
    /// The last three bytes of every form, hashed into 4,096 bits: a word is a form or
    /// a compound of one only if it ends like one, and most capitalised words do not
    /// (a filter in front of the map and the compound scan).
    tails: Box<[u64; 64]>,
}

/// The bit of `tails` for a word's last three bytes (the word has at least three).
fn tail_bit(word: &[u8]) -> usize {
    let [a, b, c] = [word.len() - 3, word.len() - 2, word.len() - 1].map(|i| usize::from(word[i]));
    (a * 961 + b * 31 + c) % 4096
}

impl TitleTable {
    /// The title forms of `lexicon` (`title_forms`, each with its base form) arranged
    /// for lookup. Every form has at least [`TITLE_MIN_BYTES`] bytes (the lexicon
    /// refuses shorter ones).
    pub(crate) fn new(lexicon: &Lexicon) -> TitleTable {
        let titles = lexicon.pairs(Table::TitleForms, Some);
        let compoundable = lexicon.words(Table::Compoundable);
        let mut exact = std::collections::HashMap::new();
        for &(form, base) in &titles {
            exact.entry(form).or_insert(base);
        }
        let mut tails = Box::new([0u64; 64]);
        for (form, _) in &titles {
            let bit = tail_bit(form.as_bytes());
            tails[bit / 64] |= 1 << (bit % 64);
        }
        TitleTable {
            exact,
            tails,
            compounds: titles
                .iter()
                .copied()
                .filter(|(form, _)| compoundable.contains(form))
                .collect(),
        }
    }
}

/// A person found in the text: a gazetteer entry or a name after a title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PersonMention<'g> {
    /// The gazetteer's id (borrowed), or the name as written.
    pub(crate) id: Cow<'g, str>,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Whether the gazetteer named it (else a title or an earlier title did).
    pub(crate) in_gazetteer: bool,
}

/// People mentioned in a sentence: gazetteer people plus names introduced by a title,
/// plus surnames of names met earlier in the article (`known`).
pub(crate) fn people<'g>(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'g>,
    known: &mut Vec<String>,
) -> Vec<PersonMention<'g>> {
    let mut out: Vec<PersonMention<'g>> = sentence
        .of_kind(context.gazetteer, EntityKind::Person)
        .map(|m| PersonMention {
            id: Cow::Borrowed(context.gazetteer.entry(m.entry).id.as_str()),
            start: m.start,
            end: m.end,
            in_gazetteer: true,
        })
        .collect();
    for &(title_start, title_end, _) in sentence.titles() {
        if out
            .iter()
            .any(|p| p.start >= title_end && p.start <= title_end + 1)
        {
            continue;
        }
        // A title, then the name (`Verteidigungsminister Boris Pistorius`), or in
        // apposition after what the title is of (`der Staatssekretär für die
        // Streitkräfte, James Heappey, …`).
        let found = name_after(sentence.lexicon, sentence.text, title_end)
            .or_else(|| name_in_apposition(sentence.lexicon, sentence.text, title_end));
        if let Some((start, end)) = found {
            let _ = title_start;
            let name = sentence.text[start..end].to_owned();
            if !known.contains(&name) {
                known.push(name.clone());
            }
            out.push(PersonMention {
                id: Cow::Owned(name),
                start,
                end,
                in_gazetteer: false,
            });
        }
    }
    // A first name and the capitalised words after it (`Marat Imankulow`), where no
    // gazetteer entry or title found the person.
    for (start, end) in first_name_people(sentence, context) {
        if out.iter().any(|p| p.start < end && start < p.end) {
            continue;
        }
        let name = without_foreign_diacritics(&sentence.text[start..end]);
        if !known.contains(&name) {
            known.push(name.clone());
        }
        out.push(PersonMention {
            id: Cow::Owned(name),
            start,
            end,
            in_gazetteer: false,
        });
    }
    // Later mentions by surname of people introduced earlier (`Teurtrie`), also in the
    // spelling without foreign diacritics that agencies use (`Ulutaş`, later `Ulutas`).
    for name in known.iter() {
        let Some(surname) = name.split_whitespace().last() else {
            continue;
        };
        let plain = without_foreign_diacritics(surname);
        let spellings =
            std::iter::once(surname).chain((plain != surname).then_some(plain.as_str()));
        for surname in spellings {
            let mut from = 0;
            while let Some(at) = sentence.text[from..].find(surname).map(|p| p + from) {
                let end = at + surname.len();
                let bounded = !sentence.text[..at].ends_with(char::is_alphanumeric)
                    && !sentence.text[end..].starts_with(char::is_alphanumeric);
                if bounded && !out.iter().any(|p| p.start <= at && at < p.end) {
                    out.push(PersonMention {
                        id: Cow::Owned(name.clone()),
                        start: at,
                        end,
                        in_gazetteer: false,
                    });
                }
                from = end;
            }
        }
    }
    out.sort_by_key(|p| p.start);
    out
}

/// Byte ranges of names that open with a first name of the lexicon: the first name,
/// then up to four capitalised words or name particles (`bin`, `al-`, `de`) that end in
/// a capitalised word. A word a gazetteer entry starts (a state, an organisation) or one
/// of the words that are no names ends the name.
fn first_name_people(sentence: &Sentence<'_>, context: &ArticleContext<'_>) -> Vec<(usize, usize)> {
    const PARTICLES: [&str; 8] = ["bin", "ibn", "al", "el", "de", "da", "van", "von"];
    let lexicon = sentence.lexicon;
    let not_names = lexicon.words(Table::NotNames);
    let text = sentence.text;
    // Sized for news prose (a word per six bytes or so): grown once at most.
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(text.len() / 5 + 1);
    let mut offset = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        words.push((offset, word));
        offset += piece.len();
    }
    let entity_at = |at: usize| {
        sentence
            .mentions
            .iter()
            .any(|m| m.start == at && context.gazetteer.entry(m.entry).kind != EntityKind::Person)
    };
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (start, word) = words[i];
        let clean = bare(word);
        let ends_clause = word.ends_with(|c: char| !c.is_alphanumeric() && c != '-');
        // Most words are lowercase: asked first, before the table.
        if !clean.starts_with(char::is_uppercase) || ends_clause || !lexicon.is_first_name(clean) {
            i += 1;
            continue;
        }
        let mut end_word = None;
        let mut j = i + 1;
        while j < words.len() && j <= i + 4 {
            let (at, next) = words[j];
            let next_clean = bare(next);
            let lower = next_clean.to_lowercase();
            let particle = PARTICLES.contains(&lower.as_str())
                || PARTICLES.iter().any(|p| {
                    lower
                        .strip_prefix(p)
                        .is_some_and(|rest| rest.starts_with('-'))
                        && next_clean.starts_with(char::is_lowercase)
                });
            let capital = next_clean.starts_with(char::is_uppercase)
                && !not_names.contains(&next_clean)
                && !entity_at(at + next.find(|c: char| c.is_alphanumeric()).unwrap_or(0));
            if !(capital || particle) {
                break;
            }
            if capital || lower.contains('-') {
                end_word = Some(j);
            }
            if next.ends_with(|c: char| !c.is_alphanumeric() && c != '-') {
                break;
            }
            j += 1;
        }
        if let Some(last) = end_word {
            let (at, word) = words[last];
            let word_end = at + word.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            let name_start = start + words[i].1.find(char::is_alphanumeric).unwrap_or(0);
            found.push((name_start, word_end));
            i = last + 1;
        } else {
            i += 1;
        }
    }
    found
}

fn without_foreign_diacritics(word: &str) -> String {
    word.chars()
        .map(|c| {
            FOREIGN_DIACRITICS
                .iter()
                .find(|(from, _)| *from == c)
                .map_or(c, |(_, to)| *to)
        })
        .collect()
}

/// Title words in `text` that start in `words` (from a word start on; the words outside
/// are known to hold no title form): (start, end, base form with compound prefix).
///
/// `aligned_lower` is the lowercase text when its offsets are the text's (see
/// `Sentence::lower_of`): words are then compared as slices of it, without a copy.
pub(crate) fn titles(
    lexicon: &Lexicon,
    text: &str,
    words: std::ops::Range<usize>,
    aligned_lower: Option<&str>,
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let from = words.start;
    let mut offset = from;
    let text_from = &text[from..];
    // One buffer for a word's lowercase form where the text's lowercase is not aligned.
    let mut buffer = String::new();
    for word in split_after_whitespace(text_from) {
        if offset >= words.end {
            break;
        }
        // Most words start with a lowercase ASCII letter and have no hyphen: no noun, and
        // no compound with a capitalised last part; passed over before any trimming.
        if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && !word.contains('-') {
            offset += word.len();
            continue;
        }
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        // Split the original word; lowercase only to compare (lowercasing can change a
        // character's byte length, so offsets are never taken from the lowercase form).
        let (prefix, last) = match clean.rsplit_once('-') {
            Some((head, last)) => (&clean[..head.len() + 1], last),
            None => ("", clean),
        };
        // Titles are nouns, which German capitalises: a word in lower case is passed over
        // without lowercasing it or scanning the tables.
        if last.starts_with(char::is_lowercase) || last.is_empty() {
            offset += word.len();
            continue;
        }
        // Every title form is at least four letters and at most 30 bytes; shorter and
        // longer capitalised words (`Die`, long compounds aside) are settled without
        // lowercasing. A compound is at least as long as its title part.
        if last.len() < TITLE_MIN_BYTES {
            offset += word.len();
            continue;
        }
        let last_start = offset + (clean.len() - last.len());
        let lower = match aligned_lower.and_then(|l| l.get(last_start..last_start + last.len())) {
            Some(lower) => lower,
            None => {
                buffer.clear();
                buffer.extend(last.chars().flat_map(char::to_lowercase));
                buffer.as_str()
            }
        };
        let table = lexicon.titles();
        // Lowercasing can shorten a word (`K`, the Kelvin sign, is three bytes, `k` one);
        // shorter than every form, it is none.
        if lower.len() < TITLE_MIN_BYTES || {
            let bit = tail_bit(lower.as_bytes());
            table.tails[bit / 64] & (1 << (bit % 64)) == 0
        } {
            offset += word.len();
            continue;
        }
        if let Some(base) = table.exact.get(lower) {
            out.push((offset, offset + clean.len(), format!("{prefix}{base}")));
        } else if let Some((form, base)) = table
            .compounds
            .iter()
            .find(|(form, _)| lower.ends_with(form))
        {
            // A closed compound (`Verteidigungsexperte`, `Regierungssprecher`): the role is
            // the whole word with its last part in base form.
            let keep = last.chars().count().saturating_sub(form.chars().count());
            let stem: String = last.chars().take(keep).collect();
            out.push((
                offset,
                offset + clean.len(),
                format!("{prefix}{stem}{}", base.to_lowercase()),
            ));
        }
        offset += word.len();
    }
    out
}

/// `text.split_inclusive(char::is_whitespace)`, reading ASCII bytes without decoding
/// them (decoding every character was a quarter of the title scan).
fn split_after_whitespace(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut end = 0;
        while let Some(&byte) = bytes.get(end) {
            if byte.is_ascii() {
                end += 1;
                // The ASCII white space of `char::is_whitespace`: tab to carriage return,
                // and the space.
                if byte == b' ' || (b'\t'..=b'\r').contains(&byte) {
                    break;
                }
            } else {
                let c = rest[end..].chars().next().unwrap_or(' ');
                end += c.len_utf8();
                if c.is_whitespace() {
                    break;
                }
            }
        }
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

/// Whether `word` is a title or rank itself (`Hauptmann`, `General`): a second title
/// after the first (`des Machthabers Hauptmann Ibrahim Traoré`) is no first name.
fn is_title_word(lexicon: &Lexicon, word: &str) -> bool {
    let lower = word.to_lowercase();
    lexicon.titles().exact.contains_key(lower.as_str())
}

/// A personal name of two or three capitalised words right after `at`, after any ranks
/// that stand between (`Generalmajor Özkan Ulutaş`, `Machthaber Hauptmann Traoré`).
fn name_after(lexicon: &Lexicon, text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let mut start = at + (rest.len() - rest.trim_start().len());
    while let Some(word) = text[start..].split(' ').next()
        && is_title_word(lexicon, word)
        && word.len() < text.len() - start
    {
        let after = start + word.len();
        let rest = &text[after..];
        start = after + (rest.len() - rest.trim_start().len());
    }
    let mut end = start;
    let mut words = 0;
    for word in text[start..].split(' ') {
        // A middle initial (`Stuart B. Munsch`) belongs to the name, never ends it.
        let initial = words >= 1
            && word.len() == 2
            && word.ends_with('.')
            && word.starts_with(|c: char| c.is_ascii_uppercase());
        if initial {
            continue;
        }
        let clean = word.trim_end_matches([',', '.', ';', ':', ')', '“', '"', '«', '»']);
        let is_name = clean.chars().next().is_some_and(char::is_uppercase)
            && clean.chars().all(|c| c.is_alphabetic() || c == '-')
            && clean.chars().count() >= 2
            && !NOT_NAMES.contains(&clean);
        if !is_name || words == 3 {
            break;
        }
        words += 1;
        end = start + (word.as_ptr() as usize - text[start..].as_ptr() as usize) + clean.len();
        if clean.len() != word.len() {
            break;
        }
    }
    // A name is a person id (at most 200 characters, `PersonId::parse`): a longer run of
    // capitalised words is no name, and facts naming it could not be read back from
    // their JSON (found by the `extract` fuzz target).
    (words >= 2 && PersonId::parse(&text[start..end]).is_ok()).then_some((start, end))
}

/// A name set off by commas within a few words after a title (`Staatssekretär für die
/// Streitkräfte, James Heappey,`): the name ends at a comma or the sentence's end.
fn name_in_apposition(lexicon: &Lexicon, text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    // Only a few words are looked at: a search to the sentence's end for every title
    // would be quadratic in a sentence of many titles.
    let window = rest.floor_char_boundary(rest.len().min(80));
    let comma = rest[..window].find(", ")?;
    let between = &rest[..comma];
    // Only a short phrase of what the title is of: no clause, no second comma.
    if between.split_whitespace().count() > 5 || between.contains(['.', ';', ':', '„', '"']) {
        return None;
    }
    let (start, end) = name_after(lexicon, text, at + comma + 2)?;
    let after = text[end..].trim_start();
    (after.is_empty() || after.starts_with([',', '.', ';'])).then_some((start, end))
}

/// Role facts: a title followed by a person, with the state or organisation before it.
pub(crate) fn roles(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    people: &[PersonMention<'_>],
    out: &mut Vec<Fact>,
) {
    for (title_start, title_end, role) in sentence.titles().iter().map(|(s, e, r)| (*s, *e, r)) {
        let Some(person) = people
            .iter()
            .find(|p| p.start >= title_end && sentence.text[title_end..p.start].trim().is_empty())
        else {
            continue;
        };
        let of = role_holder(sentence, context, title_start, role);
        let fact = Fact::Role {
            person: PersonId::new(&*person.id),
            role: role.clone(),
            of,
        };
        if !out.contains(&fact) {
            out.push(fact);
        }
    }
}

/// Whose office a title is: an organisation in the compound (`Nato-Generalsekretär`), or
/// the state named right before it (`Russlands Präsident`, `der kasachische Präsident`).
fn role_holder(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    title_start: usize,
    role: &str,
) -> Option<EntityRef> {
    let gazetteer = context.gazetteer;
    if role.contains('-') {
        let compound = sentence.mentions.iter().find(|m| m.start == title_start);
        if let Some(m) = compound {
            let entry = gazetteer.entry(m.entry);
            return match entry.kind {
                EntityKind::Org => Some(EntityRef::Org(OrgId::new(&entry.id))),
                EntityKind::State => Some(EntityRef::State(StateId::new(&entry.id))),
                _ => None,
            };
        }
    }
    let before = &sentence.text[..title_start];
    sentence.mentions.iter().rev().find_map(|m| {
        let entry = gazetteer.entry(m.entry);
        let adjacent = m.end <= title_start && before[m.end..].trim().is_empty();
        let kind_ok = matches!(entry.kind, EntityKind::State)
            && matches!(m.form, Form::Adjective | Form::Name);
        (adjacent && kind_ok).then(|| EntityRef::State(StateId::new(&entry.id)))
    })
}

/// Quotations in the sentence with their speakers. `last_person` is the person most
/// recently mentioned before this sentence (for `sagte er`).
pub(crate) fn quotes(
    sentence: &Sentence<'_>,
    people: &[PersonMention<'_>],
    last_person: Option<&str>,
    out: &mut Vec<Fact>,
) {
    let text = sentence.text;
    let mut search = 0;
    // Where in `out` the sentence's first quotation went.
    let mut this_sentence: Option<usize> = None;
    let mut short_opening: Option<&str> = None;
    while let Some((open, closers, start)) = next_quote(text, search) {
        let inner_start = start + open.len_utf8();
        let Some(close_rel) = text[inner_start..].find(closers) else {
            break;
        };
        let close = inner_start + close_rel;
        let quote = text[inner_start..close].trim();
        let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
        search = close + close_len;
        // `„Mit diesem Verband“, erklärte er, „senden wir …“`: a short opening part is
        // kept until the part that goes on with it.
        let opening = short_opening.take();
        if quote.split_whitespace().count() < 4 || is_proper_name(quote) {
            if !is_proper_name(quote) {
                short_opening = Some(quote);
            }
            continue;
        }
        // `„Wir bleiben“, sagte sie, „und wir sind bereit“`: a part opening in lowercase
        // after a quotation of this sentence goes on with it.
        if quote.starts_with(char::is_lowercase)
            && let Some(Fact::Quote { text: first, .. }) =
                this_sentence.and_then(|i| out.get_mut(i))
        {
            first.push_str(" … ");
            first.push_str(quote);
            continue;
        }
        let joined;
        let quote = match opening {
            Some(opening) if quote.starts_with(char::is_lowercase) => {
                joined = format!("{opening} … {quote}");
                joined.as_str()
            }
            _ => quote,
        };
        let after = &text[search..];
        let before = &text[..start];
        // Each side lowercased once, not once per verb of the table.
        let after_lower = sentence.lower_of(search..text.len());
        let before_lower = sentence.lower_of(0..start);
        let attributed_after = SPEECH.iter().any(|v| after_lower.contains(v));
        let attributed_before =
            before.trim_end().ends_with(':') || SPEECH.iter().any(|v| before_lower.contains(v));
        if !attributed_after && !attributed_before {
            continue;
        }
        let speaker = if attributed_after {
            people
                .iter()
                .find(|p| p.start >= search)
                .map(|p| p.id.to_string())
                .or_else(|| {
                    // `sagte er`, or a description of the person just named (`sagte der
                    // Norweger`, `so die Ministerin`): the last person mentioned.
                    let pronoun = [" er.", " er ", " sie.", " sie "]
                        .iter()
                        .any(|p| after_lower.contains(p));
                    // `Heute legte Paschinjan nach: „…“, sagte er`: the pronoun is the
                    // person named last before the quote, in this sentence or before it.
                    if pronoun || describes_someone(after) {
                        people
                            .iter()
                            .rev()
                            .find(|p| p.end <= start)
                            .map(|p| p.id.to_string())
                            .or_else(|| last_person.map(str::to_owned))
                    } else {
                        None
                    }
                })
        } else {
            people
                .iter()
                .rev()
                .find(|p| p.end <= start)
                .map(|p| p.id.to_string())
                .or_else(|| {
                    // `… lautet seiner Meinung nach: „…“`, `sagte er: „…“`: a pronoun
                    // points to the last person.
                    let pronoun = before_lower
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| matches!(w, "seiner" | "ihrer" | "er" | "sie"));
                    // A short lead-in to a further quotation (`Und weiter:`, `Er fügte
                    // hinzu:`) goes on with the one who spoke last.
                    let continued =
                        before.trim_end().ends_with(':') && before.split_whitespace().count() <= 4;
                    if pronoun || continued {
                        last_person.map(str::to_owned)
                    } else {
                        None
                    }
                })
        };
        this_sentence = Some(out.len());
        out.push(Fact::Quote {
            speaker: speaker.map(PersonId::new),
            text: quote.to_owned(),
            language: "de".to_owned(),
        });
    }
}

/// `…, sagte der Norweger`: a speech word followed by `der`/`die` and a noun.
fn describes_someone(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    // A verb of saying, `der`/`die`, any adjectives (`der russische`, `die neue`), then a
    // noun: `sagte der schwedische Regierungschef`.
    words.windows(2).enumerate().any(|(i, w)| {
        let verb = w[0]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        SPEECH.iter().any(|s| s.trim() == verb)
            && matches!(w[1], "der" | "die")
            && words[i + 2..]
                .iter()
                .take(3)
                .find(|w| !w.starts_with(char::is_lowercase))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    })
}

fn is_proper_name(quote: &str) -> bool {
    quote
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || NAME_FILLERS.contains(&w))
}

fn next_quote(text: &str, from: usize) -> Option<(char, &'static [char], usize)> {
    // Every opening mark's UTF-8 form starts with `"`, 0xC2 or 0xE2, none of which is
    // ever a continuation byte: a byte search finds the candidates, at character
    // boundaries, without decoding the sentence (this runs over every sentence).
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| memchr::memchr3(b'"', 0xC2, 0xE2, rest))
    {
        let i = at + found;
        let c = text.get(i..).and_then(|rest| rest.chars().next())?;
        if let Some((open, closers)) = QUOTES.iter().find(|(open, _)| *open == c) {
            return Some((*open, closers.as_slice(), i));
        }
        at = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{TITLE_MIN_BYTES, split_after_whitespace};
    use crate::facts::tests::check;

    fn people_of(text: &str) -> Vec<String> {
        let page = format!("Rubrik\n\nEin Titel\n\n10.10.2024, 10:00 Uhr | dpa\n\n{text}\n");
        let article = lagebild_parse::parse(page.as_bytes()).unwrap();
        crate::extract(&article, "test")
            .entities
            .into_iter()
            .filter(|e| e.kind == lagebild_model::EntityKind::Person)
            .map(|e| e.id.to_string())
            .collect()
    }

    /// A run of capitalised words after a title that is longer than a person id may be
    /// (200 characters) is no person: its facts would not survive their own JSON.
    /// Found by the `extract` fuzz target
    /// (`tests/regressions/fuzz-extract-8ffa88ea-name-longer-than-a-person-id.txt`).
    #[test]
    fn a_name_longer_than_a_person_id_is_no_person() {
        let long = format!("D{}", "ÿ".repeat(250));
        let people = people_of(&format!("Kremlsprecher {long} Xaverius sagte nichts."));
        assert!(people.is_empty(), "{people:?}");
        let short = people_of("Kremlsprecher Anton Xaverius sagte nichts.");
        assert_eq!(short, ["Anton Xaverius"]);
    }

    #[test]
    fn speakers_by_role_initial_or_lead_in() {
        let facts = check(
            "„Wir bleiben so lange wie nötig hier“, sagte Admiral Stuart B. Mercer am Montag. \
             Und weiter: „Niemand sollte an unserer Entschlossenheit zweifeln.“ \
             „Diese Übung zeigt unsere Stärke ganz deutlich“, erklärte der britische Admiral.",
            None,
        );
        let quotes: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"quote""#))
            .collect();
        assert_eq!(quotes.len(), 3, "{facts:?}");
        for quote in quotes {
            assert!(quote.contains(r#""speaker":"Stuart B. Mercer""#), "{quote}");
        }
    }

    #[test]
    fn ranks_introduce_people_and_are_no_first_names() {
        assert_eq!(
            people_of("Generalmajor Ansgar Weidenfeld übernahm das Kommando."),
            ["Ansgar Weidenfeld"]
        );
        assert_eq!(
            people_of("Die Rede des Machthabers Hauptmann Moussa Diarra war kurz."),
            ["Moussa Diarra"]
        );
    }

    #[test]
    fn a_name_in_apposition_after_its_title() {
        assert_eq!(
            people_of("Der Staatssekretär für die Marine, Peter Holloway, kündigte Schritte an."),
            ["Peter Holloway"]
        );
        // A clause after the title is no apposition.
        assert!(people_of("Der Minister sagte am Morgen, Berlin werde helfen.").is_empty());
    }

    #[test]
    fn splitting_after_white_space_is_split_inclusive() {
        let texts = [
            "",
            " ",
            "a",
            "Präsident  Putin\tsagte\r\n„so“\u{a0}nicht\u{2009}mehr\u{3000}",
            "\u{85}\u{b}\u{c}x\u{1c}y\u{202f}",
            "Weißrussland, ÖSTERREICH und Ägypten. ",
        ];
        for text in texts {
            let expected: Vec<&str> = text.split_inclusive(char::is_whitespace).collect();
            assert_eq!(
                split_after_whitespace(text).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn every_opening_quote_starts_with_a_byte_next_quote_searches_for() {
        for (open, _) in super::QUOTES.iter() {
            let first = open.to_string().as_bytes()[0];
            assert!(matches!(first, b'"' | 0xC2 | 0xE2), "{open}");
        }
    }

    #[test]
    fn words_that_lowercase_shorter_are_no_titles_and_do_not_panic() {
        assert!(
            super::titles(
                crate::lexicon::Lexicon::builtin(),
                "Der \u{212A}\u{212A} sprach.",
                0..usize::MAX,
                None
            )
            .is_empty()
        );
        assert_eq!(
            super::titles(
                crate::lexicon::Lexicon::builtin(),
                "Die PRÄSIDENTIN und der Militärexperte",
                0..usize::MAX,
                None
            )
            .into_iter()
            .map(|t| t.2)
            .collect::<Vec<_>>(),
            ["Präsidentin", "Militärexperte"]
        );
    }

    #[test]
    fn titles_from_a_word_start_are_the_later_part_of_all_titles() {
        for text in [
            "Der russische Präsident Wladimir Putin traf Verteidigungsminister Boris Pistorius.",
            "Laut Kremlsprecher Dmitri Peskow sagte die Ministerin, der Generalsekretär komme.",
            "Keine Titel hier, nur Wörter.",
        ] {
            let all = super::titles(
                crate::lexicon::Lexicon::builtin(),
                text,
                0..text.len(),
                None,
            );
            let starts = std::iter::once(0).chain(
                text.char_indices()
                    .filter(|(_, c)| c.is_whitespace())
                    .map(|(i, c)| i + c.len_utf8()),
            );
            for from in starts {
                let later: Vec<_> = all.iter().filter(|t| t.0 >= from).cloned().collect();
                assert_eq!(
                    super::titles(
                        crate::lexicon::Lexicon::builtin(),
                        text,
                        from..text.len(),
                        None
                    ),
                    later,
                    "{text} from {from}"
                );
            }
        }
    }

    /// No title word starts after the rightmost title form ends (where the sentence's
    /// scan stops).
    #[test]
    fn titles_end_with_the_rightmost_title_form() {
        let texts = crate::facts::tests::page_lines(&[
            "Der Präsident, die Ministerin und der Regierungssprecher; dann Kremlchef Putin.",
            "Die PRÄSIDENTIN und der Militärexperte",
        ]);
        let mut found = 0;
        for text in &texts {
            let lower = text.to_lowercase();
            let Some(to) = crate::lexicon::Lexicon::builtin()
                .words(crate::lexicon::Table::TitleForms)
                .iter()
                .filter_map(|form| lower.rfind(form).map(|at| at + form.len()))
                .max()
            else {
                continue;
            };
            let lexicon = crate::lexicon::Lexicon::builtin();
            let all = super::titles(lexicon, text, 0..text.len(), None);
            assert_eq!(super::titles(lexicon, text, 0..to, None), all, "{text}");
            found += all.len();
        }
        assert!(found > 50, "{found}");
    }

    #[test]
    fn no_title_is_shorter_than_the_length_filter() {
        // `titles` skips words under TITLE_MIN_BYTES; a shorter row would never match.
        let lexicon = crate::lexicon::Lexicon::builtin();
        let titles = lexicon.words(crate::lexicon::Table::TitleForms);
        assert!(titles.iter().all(|form| form.len() >= TITLE_MIN_BYTES));
    }

    #[test]
    fn roles_from_titles() {
        assert_eq!(
            check("Russlands Präsident Wladimir Putin sprach.", None),
            [
                r#"{"kind":"role","person":"Wladimir Putin","role":"Präsident","of":{"kind":"state","id":"RU"}}"#
            ]
        );
        assert_eq!(
            check(
                "Das sagte der kasachische Präsident Qassym-Schomart Toqajew.",
                None
            ),
            [
                r#"{"kind":"role","person":"Kassym-Schomart Tokajew","role":"Präsident","of":{"kind":"state","id":"KZ"}}"#
            ]
        );
        // Someone the gazetteer does not know, found by the title before the name.
        assert_eq!(
            check("Der Politologe Arkadi Dubnow widersprach.", None),
            [r#"{"kind":"role","person":"Arkadi Dubnow","role":"Politologe"}"#]
        );
    }

    #[test]
    fn quotes_and_speakers() {
        let facts = check(
            "„Die Mission ist zeitlich begrenzt“, sagte Generalsekretär Stanislaw Sas am Abend.",
            None,
        );
        assert!(facts.contains(&r#"{"kind":"quote","speaker":"Stanislaw Sas","text":"Die Mission ist zeitlich begrenzt","language":"de"}"#.to_owned()), "{facts:?}");
        // `sagte er` points to the person of the sentence before.
        let facts = check(
            "Dann sprach Nikol Paschinjan. „Wir bleiben vorerst dabei“, sagte er.",
            None,
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""speaker":"Nikol Paschinjan""#)),
            "{facts:?}"
        );
        // A quoted name is no quotation.
        let facts = check(
            "Laut der Denkfabrik “Institute for the Study of War” bleibt es ruhig.",
            None,
        );
        assert!(!facts.iter().any(|f| f.contains("quote")), "{facts:?}");
    }

    #[test]
    fn a_compound_title_in_the_genitive_introduces_a_name() {
        let facts = check(
            "Nach Angaben des estnischen Außenministers Karl Weidinger ist alles bereit.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""person":"Karl Weidinger""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_short_opening_part_joins_the_part_that_goes_on_with_it() {
        let facts = check(
            "„Mit dieser Mission“, erklärte Generalin Ilse Brandauer, „zeigen wir unsere \
             Entschlossenheit an der Grenze.“",
            Some("10.10.2024"),
        );
        let quotes: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"quote""#))
            .collect();
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert!(
            quotes[0].contains(r#""text":"Mit dieser Mission … zeigen wir unsere"#),
            "{quotes:?}"
        );
    }

    #[test]
    fn a_pronoun_after_a_quote_is_the_person_named_before_it_in_the_sentence() {
        let facts = check(
            "Verteidigungsminister Karl Weidinger widersprach. Am Abend legte Generalin Ilse \
             Brandauer nach: „Wir bleiben bis zum Ende des Mandats“, sagte sie.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"quote","speaker":"Ilse Brandauer""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_pronoun_right_before_the_colon_of_a_quote_is_the_person_named_last() {
        let facts = check(
            "Generalin Ilse Brandauer schwieg zunächst. Zum Abzug sagte sie: „Wir bleiben \
             mit allen Kräften im Land, solange das Mandat gilt.“",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"quote","speaker":"Ilse Brandauer""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_quotation_over_two_sentences_and_a_confirming_spokesman() {
        let facts = check(
            "«Wir ziehen ab. Die Lage erlaubt nichts anderes», hatte Generalin Ilse Brandauer \
             am Morgen gesagt. „Die Übergabe ist vollzogen worden“, bestätigte der Sprecher \
             des Stabes, Oberst Karl Weidinger.",
            Some("10.10.2024"),
        );
        let quotes: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"quote""#))
            .collect();
        assert_eq!(quotes.len(), 2, "{facts:?}");
        assert!(
            quotes[0].contains(r#""speaker":"Ilse Brandauer","text":"Wir ziehen ab. Die Lage"#),
            "{quotes:?}"
        );
        assert!(
            quotes[1].contains(r#""speaker":"Karl Weidinger""#),
            "{quotes:?}"
        );
    }

    #[test]
    fn a_quotation_split_by_its_attribution_is_one_quote() {
        let facts = check(
            "„Die Brigade bleibt im Land“, sagte Generalsekretär Stanislaw Sas, „und sie wird              weiter wachsen.“",
            None,
        );
        let quotes: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"quote""#))
            .collect();
        assert_eq!(
            quotes,
            [
                r#"{"kind":"quote","speaker":"Stanislaw Sas","text":"Die Brigade bleibt im Land … und sie wird weiter wachsen.","language":"de"}"#
            ],
        );
    }

    #[test]
    fn a_first_name_opens_a_name_without_a_title() {
        let got = people_of(
            "Der Grenzstreit beschäftigt auch Marat Imankulow und Alberto Fernández. \
             Später sprach Scheich Hamad bin Chalifa Al Thani in Doha.",
        );
        assert!(got.contains(&"Marat Imankulow".to_owned()), "{got:?}");
        // Foreign diacritics as the agencies drop them.
        assert!(got.contains(&"Alberto Fernandez".to_owned()), "{got:?}");
        assert!(
            got.contains(&"Hamad bin Chalifa Al Thani".to_owned()),
            "{got:?}"
        );
        // A first name before a state or an organisation, or alone, is no name.
        let got =
            people_of("Für Olaf blieb nur Russland. Am Ende sprach Boris Nato-Vertretern zu.");
        assert!(got.is_empty(), "{got:?}");
    }
}
