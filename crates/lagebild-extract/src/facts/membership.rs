//! Who belongs to which organisation, since when, and with what status; how many members
//! an organisation has; when it was founded.
//!
//! States are read from coordinated lists (`Russland, Belarus und Armenien`, `neben X auch
//! Y`) that stand next to a membership phrase, never from the whole sentence: `Belarus
//! fürchtet die Nato-Mitglieder Polen und Litauen` makes Poland and Lithuania members of
//! NATO, not Belarus.

use crate::context::{ArticleContext, Sentence};
use crate::lexicon::{Lexicon, Table};
use std::sync::LazyLock;

// Tables the helpers below read without a sentence at hand, from the built-in lexicon
// (`data/lexicon/membership.tsv`, where each says what it is for); they are fixed.
static LIST_GLUE: LazyLock<&[&str]> = LazyLock::new(|| Lexicon::builtin().words(Table::ListGlue));
static CLAUSE_DASHES: LazyLock<&[&str]> =
    LazyLock::new(|| Lexicon::builtin().words(Table::ClauseDashes));
use crate::gazetteer::{Form, Mention};
use crate::when::DateMention;
use lagebild_model::{
    EntityKind, Fact, FactRecord, MembershipStatus, OrgId, Quantity, StateId, When,
};

/// Whether the text between two state names only connects them (at most four glue
/// words: `, die`, `und eben`).
pub(crate) fn is_list_glue(gap: &str) -> bool {
    let words = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let mut count = 0;
    for word in words {
        count += 1;
        if count > 4 || !(LIST_GLUE.contains(&word) || is_apposition_noun(word)) {
            return false;
        }
    }
    !gap.contains(['.', ';', ':', '(', ')'])
}

/// A noun set before a state's name in a list (`und das Nato-Mitglied Türkei`, `sowie
/// der Nachbarstaat Polen`): it describes the next item and does not end the list.
fn is_apposition_noun(word: &str) -> bool {
    ["mitglied", "staat", "land", "nachbar"]
        .iter()
        .any(|noun| word.ends_with(noun))
}

/// Groups the named-state mentions of a sentence into coordinated lists.
fn state_lists<'s>(
    sentence: &'s Sentence<'_>,
    context: &'s ArticleContext<'_>,
) -> Vec<Vec<(&'s Mention, &'s str)>> {
    let mut lists: Vec<Vec<(&Mention, &str)>> = Vec::new();
    // Where the last state set against the statement ended (`Anders als Aserbaidschan
    // und Georgien ist Armenien Mitglied`): the states glued to it are set against it too.
    let mut contrasted_until: Option<usize> = None;
    for (mention, id) in sentence.named_states(context.gazetteer) {
        // `dem von Russland geführten Bündnis`: the state only describes the alliance.
        if attributive(sentence, mention) {
            continue;
        }
        let before = sentence.lower_of(0..mention.start);
        let before = before.trim_end();
        let glued_to_contrast = contrasted_until
            .is_some_and(|end| is_list_glue(sentence.lower_of(end..mention.start).trim()));
        if glued_to_contrast
            || [
                "anders als",
                "im gegensatz zu",
                "außer",
                "ausgenommen",
                "mit ausnahme von",
            ]
            .iter()
            .any(|marker| {
                before.ends_with(marker)
                    && !before[..before.len() - marker.len()].ends_with(char::is_alphanumeric)
            })
        {
            contrasted_until = Some(mention.end);
            continue;
        }
        let glued = lists
            .last()
            .and_then(|l| l.last())
            .is_some_and(|(previous, _)| {
                let gap = sentence.text[previous.end..mention.start]
                    .trim()
                    .to_lowercase();
                is_list_glue(&gap)
            });
        if glued && let Some(list) = lists.last_mut() {
            list.push((mention, id));
        } else {
            lists.push(vec![(mention, id)]);
        }
    }
    lists
}

/// Whether a state stands in an attributive phrase (`von Russland geführten`, `von Moskau
/// dominierte`): `von` before it and a participle after it.
fn attributive(sentence: &Sentence<'_>, mention: &Mention) -> bool {
    let before = sentence.text[..mention.start].trim_end();
    let after = sentence.text[mention.end..].trim_start();
    (before.ends_with(" von") || before.ends_with(" vom"))
        && [
            "geführt",
            "dominiert",
            "angeführt",
            "gelenkt",
            "kontrolliert",
        ]
        .iter()
        .any(|p| after.starts_with(p))
}

/// `neben A (und B)` right before a list belongs to it: `neben Russland auch Belarus`.
fn list_span(list: &[(&Mention, &str)]) -> (usize, usize) {
    let start = list.first().map_or(0, |(m, _)| m.start);
    let end = list.last().map_or(0, |(m, _)| m.end);
    (start, end)
}

/// States a sentence refers to without naming them, resolved from the sentences before:
/// `Das Land` is the state the last sentence was about, `Beide Staaten` the last two,
/// `die drei Länder` the latest states that number exactly three.
#[derive(Debug, Default, Clone)]
pub(crate) struct EarlierStates<'g> {
    /// States (or capitals standing for them) of the latest sentence that named one, as
    /// the gazetteer's ids (copied only when a sentence refers back to them).
    last: Vec<&'g str>,
    /// The first two states of the latest sentence that named two or more.
    last_pair: Vec<&'g str>,
    /// The states of the sentences before `last` that named any, latest last (at most
    /// [`COUNTED_REFERENCE_REACH`] - 1 of them).
    before_last: Vec<Vec<&'g str>>,
    /// The list `update` fills, kept between sentences.
    scratch: Vec<&'g str>,
}

/// How many sentences naming states a counted reference (`die drei Länder`) reaches
/// back over: news prose names a group and refers to it within a paragraph.
const COUNTED_REFERENCE_REACH: usize = 3;

/// The states a sentence names (or places standing for them), each once, in order.
fn sentence_states<'g>(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'g>,
    states: &mut Vec<&'g str>,
) {
    for m in sentence.mentions.iter() {
        let entry = context.gazetteer.entry(m.entry);
        let state = match entry.kind {
            EntityKind::State if m.form != Form::Adjective => Some(entry.id.as_str()),
            EntityKind::Place => entry.parent.as_deref().filter(|p| p.len() == 2),
            _ => None,
        };
        if let Some(state) = state.filter(|s| !states.contains(s)) {
            states.push(state);
        }
    }
}

impl<'g> EarlierStates<'g> {
    /// Remembers the states of a sentence once the rules are done with it.
    pub(crate) fn update(&mut self, sentence: &Sentence<'_>, context: &ArticleContext<'g>) {
        let mut states = std::mem::take(&mut self.scratch);
        states.clear();
        sentence_states(sentence, context, &mut states);
        if states.len() >= 2 {
            self.last_pair.clear();
            self.last_pair.extend_from_slice(&states[..2]);
        }
        if !states.is_empty() {
            std::mem::swap(&mut self.last, &mut states);
            if !states.is_empty() {
                if self.before_last.len() + 1 >= COUNTED_REFERENCE_REACH {
                    self.before_last.remove(0);
                }
                self.before_last.push(states.clone());
            }
        }
        self.scratch = states;
    }

    /// The states the sentence refers to; `counted` is the size of its counted
    /// reference, if it has one ([`counted_reference`]).
    fn referred(
        &self,
        sentence: &Sentence<'_>,
        context: &ArticleContext<'g>,
        counted: Option<usize>,
    ) -> Vec<String> {
        if let Some(count) = counted {
            return self.counted(sentence, context, count);
        }
        if all_members_present(sentence) {
            let mut states = Vec::new();
            sentence_states(sentence, context, &mut states);
            for state in &self.last {
                if !states.contains(state) {
                    states.push(state);
                }
            }
            if states.len() >= 2 {
                return states.iter().map(|s| (*s).to_owned()).collect();
            }
        }
        // `Beide sind … suspendiert`: the pronoun opening the sentence, a verb after it.
        let pronoun_pair = {
            let mut words = sentence.text.split_whitespace();
            words.next() == Some("Beide")
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        };
        if pronoun_pair || sentence.has_any(Table::ReferToPair) {
            return self.last_pair.iter().map(|s| (*s).to_owned()).collect();
        }
        if sentence.has_any(Table::ReferToOne) {
            return self
                .last
                .first()
                .map(|s| (*s).to_owned())
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// The `count` states a counted reference stands for: the states of this sentence
    /// and of the sentences before it, latest first, gathered until there are exactly
    /// `count` of them (`Zusammen mit Russland und Kasachstan sind das die fünf Staaten`
    /// after a sentence naming three others). None when no such run adds up.
    fn counted(
        &self,
        sentence: &Sentence<'_>,
        context: &ArticleContext<'g>,
        count: usize,
    ) -> Vec<String> {
        let mut states = Vec::new();
        sentence_states(sentence, context, &mut states);
        let earlier = std::iter::once(&self.last).chain(self.before_last.iter().rev());
        for group in std::iter::once(&Vec::new()).chain(earlier) {
            for state in group {
                if !states.contains(state) {
                    states.push(state);
                }
            }
            if states.len() == count {
                return states.iter().map(|s| (*s).to_owned()).collect();
            }
            if states.len() > count {
                break;
            }
        }
        Vec::new()
    }
}

/// `alle Mitgliedstaaten … vertreten`: the whole membership was present.
fn all_members_present(sentence: &Sentence<'_>) -> bool {
    if !sentence.has_any(Table::MemberNoun) {
        return false;
    }
    let lower = sentence.lower_of(0..sentence.text.len());
    [
        "alle mitglied",
        "aller mitglied",
        "allen mitglied",
        "sämtliche mitglied",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| sentence.lexicon.words(Table::PresentWords).contains(&w))
}

/// A reference to a group of states by its size, `die drei Länder`, `aller sechs
/// Mitgliedsländer`, `diese vier Staaten`: the byte range of the phrase and the size.
/// A determiner must stand before the number (`zählte 15 Mitgliedstaaten` counts, it
/// does not refer), and the size is two or more.
fn counted_reference(sentence: &Sentence<'_>) -> Option<(std::ops::Range<usize>, usize)> {
    // Most sentences have no group noun at all: the sentence's one automaton pass says so
    // before any word is looked at.
    if !sentence.has_any(Table::CountedGroupNouns) {
        return None;
    }
    let text = sentence.text;
    let words = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w));
    let mut previous: [Option<(usize, &str)>; 2] = [None, None];
    for (start, word) in words {
        if let [Some((det_start, det)), Some((_, number))] = previous {
            let lower = word.to_lowercase();
            let determiner = [
                "die", "diese", "dieser", "diesen", "alle", "aller", "allen", "der", "den",
            ]
            .iter()
            .any(|d| det.eq_ignore_ascii_case(d));
            if determiner
                && sentence
                    .lexicon
                    .words(Table::CountedGroupNouns)
                    .iter()
                    .any(|n| lower.ends_with(n))
                && let Some(count) = crate::number::count_word(number).filter(|&n| n >= 2)
            {
                return Some((det_start..start + word.len(), count));
            }
        }
        previous = [previous[1], Some((start, word))];
    }
    None
}

/// The states whose status a trigger at `at` changes. Inside a relative clause, the state
/// the clause hangs on (`Schweden, das … beantragt hatte`); for leaving and freezing, the
/// first list of the clause, which is its subject (`Armenien hat seine Mitgliedschaft in
/// der von Russland dominierten Allianz eingefroren`); for joining, observing and
/// applying, the list nearest to the trigger. Without a named state, the states the
/// sentence refers to (`Das Land`), or a capital standing for its state (`Eriwan`).
fn subject_states(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    lists: &[Vec<(&Mention, &str)>],
    at: usize,
    subject_first: bool,
    referred: &[String],
) -> Vec<String> {
    if let Some(states) = relative_clause_subject(sentence, context, at) {
        return states;
    }
    let (clause_start, clause_end) = clause_around(sentence.text, at);
    // `Die drei Länder waren nach den Putschen in Mali, in Burkina Faso und in Niger
    // suspendiert worden`: states where something happened are no subject.
    let located = |l: &Vec<(&Mention, &str)>| {
        l.first().is_some_and(|(m, _)| {
            matches!(
                sentence.preposition_before(m.start),
                Some("in" | "im" | "ins" | "nach" | "aus")
            )
        })
    };
    let in_clause: Vec<&Vec<(&Mention, &str)>> = lists
        .iter()
        .filter(|l| {
            let (start, end) = list_span(l);
            start >= clause_start && end <= clause_end && (referred.is_empty() || !located(l))
        })
        .collect();
    // A list in another clause (`… von Brasilien, Russland, Indien und China; 2011 stieß
    // Südafrika dazu`) is another statement's subject.
    let chosen = if subject_first {
        in_clause.first().copied()
    } else {
        // A clause without a state of its own continues the subject of the one before
        // (`Die Schweiz gehört dem Bündnis nicht an; sie arbeitet … mit ihm zusammen`).
        nearest_list(&in_clause, at)
            .or_else(|| lists.iter().rfind(|l| list_span(l).1 <= clause_start))
    };
    if let Some(list) = chosen {
        let mut states: Vec<String> = list.iter().map(|(_, id)| (*id).to_owned()).collect();
        // `Beide sind ebenso wie Guinea suspendiert`: a list compared with `wie` joins
        // the subject the sentence refers to.
        let compared = sentence
            .lower_of(0..list_span(list).0)
            .split_whitespace()
            .next_back()
            == Some("wie");
        if compared {
            states.splice(0..0, referred.iter().cloned());
        }
        return states;
    }
    if !referred.is_empty() {
        return referred.to_vec();
    }
    sentence
        .mentions
        .iter()
        .find_map(|m| {
            let entry = context.gazetteer.entry(m.entry);
            (entry.kind == EntityKind::Place)
                .then(|| entry.parent.clone())
                .flatten()
        })
        .into_iter()
        .collect()
}

/// The organisation mention nearest to byte `at` that can carry a membership statement:
/// not a mission's name, and not the first part of a compound that names a state's
/// standing (`Nato-Mitglied Türkei`) unless the statement is that compound.
fn statement_org<'c>(
    sentence: &Sentence<'_>,
    context: &'c ArticleContext<'_>,
    at: usize,
) -> Option<&'c str> {
    sentence
        .of_kind(context.gazetteer, EntityKind::Org)
        .filter(|m| super::deployments::mission_host(&sentence.text[m.start..m.end]).is_none())
        .filter(|m| {
            let rest = &sentence.text[m.end..];
            let compound_end = m.end + rest.find(char::is_whitespace).unwrap_or(rest.len());
            let qualifies_state = rest.starts_with('-')
                && sentence.states(context.gazetteer).any(|(s, _)| {
                    s.form != Form::Adjective
                        && s.start > compound_end
                        && sentence.text[compound_end..s.start].trim().is_empty()
                });
            !qualifies_state || (m.start <= at && at <= compound_end)
        })
        .min_by_key(|m| crate::context::distance_after_first(m, at))
        .map(|m| context.gazetteer.entry(m.entry).id.as_str())
}

/// Whether a hedge word stands in the part of the sentence around byte `at`, bounded by
/// commas, semicolons and `und`/`sowie` (the sentence has a hedge somewhere: the
/// caller asked the walk).
fn hedged_near(sentence: &Sentence<'_>, at: usize) -> bool {
    let lower = sentence.lower_of(0..sentence.text.len());
    let at = lower.floor_char_boundary(at.min(lower.len()));
    let bounds = [", ", "; ", " und ", " sowie ", " – "];
    let start = bounds
        .iter()
        .filter_map(|b| lower[..at].rfind(b).map(|p| p + b.len()))
        .max()
        .unwrap_or(0);
    let end = bounds
        .iter()
        .filter_map(|b| lower[at..].find(b).map(|p| p + at))
        .min()
        .unwrap_or(lower.len());
    lower[start..end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| sentence.lexicon.words(Table::Hedges).contains(&w))
}

/// Whether a negation stands within the three words before byte `at` (`nicht
/// beigetreten`, `kein Mitglied`): no statement then.
fn negated_at(sentence: &Sentence<'_>, at: usize) -> bool {
    sentence
        .lower_of(0..at)
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| {
            sentence
                .lexicon
                .words(Table::MembershipNegations)
                .contains(&w)
        })
}

/// The organisation a genitive description right after byte `at` names (`Mitglied der
/// Gemeinschaft` in an article that names the Gemeinschaft Unabhängiger Staaten): it
/// wins over an organisation named further away.
fn described_after<'c>(
    sentence: &Sentence<'_>,
    context: &'c ArticleContext<'_>,
    at: usize,
) -> Option<&'c str> {
    let rest = sentence.text[at..].trim_start();
    let rest = rest
        .strip_prefix("der ")
        .or_else(|| rest.strip_prefix("des "))?;
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    context
        .described_orgs()
        .iter()
        .find(|(noun, _)| *noun == word)
        .map(|&(_, org)| org)
}

/// Whether a negation stands between the verb at byte `at` and the end of its comma
/// clause (`gehört dem Bündnis nicht an`): the separable verb's particle comes last, so
/// the negation stands inside.
fn negated_after(sentence: &Sentence<'_>, at: usize) -> bool {
    let rest = &sentence.text[at..];
    let end = rest.find([',', ';', ':']).unwrap_or(rest.len());
    sentence
        .lower_of(at..at + end)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            sentence
                .lexicon
                .words(Table::MembershipNegations)
                .contains(&w)
        })
}

/// Membership, member-count and founding facts of one sentence.
pub(crate) fn extract<'g>(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'g>,
    earlier: &EarlierStates<'g>,
    out: &mut Vec<Fact>,
) {
    let before = out.len();
    statements(sentence, context, earlier, out);
    gapped(sentence, context, before, out);
}

/// `Deutschland gehört ihr seit 1955 an, Finnland seit 2023`: a fragment after a comma
/// or `und` made of a state and a date, with the verb left out, states what the clause
/// before it stated, with its own date. Only after a membership statement of this
/// sentence (the facts from `from` on in `out`).
fn gapped(sentence: &Sentence<'_>, context: &ArticleContext<'_>, from: usize, out: &mut Vec<Fact>) {
    let Some(Fact::Membership { org, status, .. }) = out[from..]
        .iter()
        .rev()
        .find(|f| matches!(f, Fact::Membership { .. }))
        .cloned()
    else {
        return;
    };
    let text = sentence.text;
    for (mention, id) in sentence.named_states(context.gazetteer) {
        if mention.form == Form::Adjective {
            continue;
        }
        let before = text[..mention.start].trim_end();
        let after = text[mention.end..].trim_start();
        // `…, die Schweiz seit 1996`: an article may stand before the state.
        let before = ["die", "der", "das", "den"]
            .iter()
            .find_map(|article| {
                before
                    .strip_suffix(article)
                    .filter(|b| b.ends_with(' '))
                    .map(str::trim_end)
            })
            .unwrap_or(before);
        let opens_fragment = before.ends_with(',') || before.ends_with(", und");
        // The fragment's date follows the state right away (`Finnland seit 2023`).
        let date = sentence
            .dates()
            .iter()
            .find(|d| d.start >= mention.end && d.start <= mention.end + 12);
        let dated = after.starts_with("seit ") || after.starts_with("im ") || date.is_some();
        // The date may also stand first (`2017 kamen Indien hinzu, 2023 Iran und im Juli
        // 2024 Belarus als zehntes Mitglied`).
        let leading = sentence.dates().iter().find(|d| {
            d.end <= mention.start && text[d.end..mention.start].trim().is_empty() && {
                let before = text[..d.start].trim_end();
                let before = before
                    .strip_suffix(" im")
                    .or_else(|| before.strip_suffix(" am"))
                    .unwrap_or(before);
                before.ends_with(',') || before.ends_with(" und")
            }
        });
        if let Some(date) = leading {
            let rest = &text[mention.end..];
            let fragment_end = [rest.find(','), rest.find(" und "), rest.find('.')]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(rest.len());
            let fragment = rest[..fragment_end].trim();
            if fragment.is_empty() || fragment.starts_with("als ") {
                let known = out[from..]
                    .iter()
                    .any(|f| matches!(f, Fact::Membership { state, .. } if state.as_str() == id));
                if !known {
                    push_member(out, &org, id, status, Some(date.when), context);
                }
            }
            continue;
        }
        let Some(date) = date.filter(|_| opens_fragment && dated) else {
            continue;
        };
        // A verb of its own makes it a clause, not a fragment: the fragment ends at the
        // next comma or the sentence end and holds only the state, the date and `seit`.
        let rest = &text[date.end..];
        let fragment_end = rest.find(',').unwrap_or(rest.len());
        if !rest[..fragment_end]
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty()
        {
            continue;
        }
        // A statement that took the state in without its date gets the fragment's.
        let known = out[from..].iter_mut().find_map(|f| match f {
            Fact::Membership { state, since, .. } if state.as_str() == id => Some(since),
            _ => None,
        });
        match known {
            Some(since) => {
                since.get_or_insert(date.when);
            }
            None => push_member(out, &org, id, status, Some(date.when), context),
        }
    }
}

/// The statements of one sentence, before gapped fragments are read.
fn statements<'g>(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'g>,
    earlier: &EarlierStates<'g>,
    out: &mut Vec<Fact>,
) {
    let first = out.len();
    founded(sentence, context, out);
    qualified_members(sentence, context, out);
    // Verbs of joining, leaving and suspending, and partnership, speak of the article's
    // organisation without naming it (`Mali war im Juni 2021 suspendiert worden`); separable ones
    // (`traten … bei`) answer `find_any` only.
    let talks_membership = sentence.has_any(Table::MembershipWords)
        || sentence.has_any(Table::Partner)
        || sentence.find_any(Table::Joined).is_some()
        || sentence.find_any(Table::Former).is_some()
        // Only the words that mean nothing but a suspension: freezing (`eingefrorene
        // Guthaben`) and suspending (`Gespräche ausgesetzt`) are said of much else.
        || (sentence.find_any(Table::Suspended).is_some()
            && (sentence.lower.contains("suspend") || sentence.lower.contains("ausgeschlossen")));
    if sentence.org(context).is_none() && !talks_membership {
        return;
    }
    // The organisation of a statement: the one named nearest to its trigger, else the
    // one the sentence refers to, else (for membership vocabulary) the article's. A
    // mission (`MINUSMA`) is not an organisation one joins, and an organisation that
    // only qualifies a state (`das Nato-Mitglied Türkei`) is that state's, not the
    // sentence's.
    // A sentence about a mission alone (`Mali hat die Minusma verlassen`) is about no
    // organisation's membership.
    let only_missions = sentence
        .of_kind(context.gazetteer, EntityKind::Org)
        .all(|m| super::deployments::mission_host(&sentence.text[m.start..m.end]).is_some())
        && sentence
            .of_kind(context.gazetteer, EntityKind::Org)
            .next()
            .is_some();
    let org_at = |at: usize| {
        statement_org(sentence, context, at)
            .or_else(|| sentence.org(context).filter(|_| sentence.refers_to_org()))
            .or(context.topic_org.as_deref().filter(|_| !only_missions))
            .map(OrgId::new)
    };
    if let Some(org) = org_at(0) {
        member_count(sentence, &org, context, out);
    }
    // Every statement below starts at a word of one of these tables; a sentence with
    // none of them (most that name an organisation) is settled by the shared walk's
    // answers, before its lists, references and hedges are worked out.
    let stated_somewhere = [
        Table::Former,
        Table::Suspended,
        Table::Applicant,
        Table::Observer,
        Table::Partner,
        Table::Joined,
        Table::MemberVerbs,
        Table::MemberNouns,
    ]
    .into_iter()
    // Separable verbs (`stieß … dazu`) answer `find_any`, not `has_any`.
    .any(|table| sentence.has_any(table) || sentence.find_any(table).is_some());
    if !stated_somewhere {
        return;
    }
    let hedged = sentence.has_word(Table::Hedges);
    let counted = counted_reference(sentence);
    let referred = earlier.referred(sentence, context, counted.as_ref().map(|c| c.1));
    let lists = state_lists(sentence, context);

    let statuses = [
        (Table::Former, MembershipStatus::Former, true),
        (Table::Suspended, MembershipStatus::Suspended, true),
        (Table::Applicant, MembershipStatus::Applicant, false),
        (Table::Observer, MembershipStatus::Observer, false),
        (Table::Partner, MembershipStatus::Partner, false),
        (Table::Joined, MembershipStatus::Member, false),
    ];
    // `Malta trat dem Programm 1995 bei, setzte die Teilnahme aus`: joining or leaving a
    // programme of the organisation is a partnership, not a membership.
    let programme = sentence
        .words()
        .any(|w| w.ends_with("programm") || w.ends_with("programms"));
    let mut stated = false;
    for (triggers, status, subject_first) in statuses {
        let Some(at) = sentence.find_any(triggers) else {
            continue;
        };
        let status = match status {
            MembershipStatus::Member if programme => MembershipStatus::Partner,
            MembershipStatus::Former | MembershipStatus::Suspended if programme => continue,
            status => status,
        };
        if negated_at(sentence, at) {
            continue;
        }
        let troops_leaving =
            status == MembershipStatus::Former && sentence.has_any(Table::TroopWords);
        // Leaving a membership ends it: `setzte seine Mitgliedschaft aus und ist kein
        // Mitglied mehr` is a former member, not a suspended one.
        let superseded = status == MembershipStatus::Suspended && stated;
        // Taken in as a partner or observer (`in den Kreis der Partner aufgenommen`) is
        // that status, not membership.
        let superseded = superseded
            || (status == MembershipStatus::Member
                && out[first..].iter().any(|f| {
                    matches!(
                        f,
                        Fact::Membership {
                            status: MembershipStatus::Partner | MembershipStatus::Observer,
                            ..
                        }
                    )
                }));
        // A hedge counts in the trigger's own part of the sentence: `hat ihre
        // Mitgliedschaft auf Eis gelegt und später den Austritt angekündigt` is a
        // suspension, and only the exit is announced.
        let hedged = hedged && hedged_near(sentence, at);
        if (hedged && status != MembershipStatus::Observer) || troops_leaving || superseded {
            continue;
        }
        let Some(org) = org_at(at) else { continue };
        let since = (status != MembershipStatus::Observer)
            .then(|| sentence.main_date(Some(at)))
            .flatten();
        for state in subject_states(sentence, context, &lists, at, subject_first, &referred) {
            push_member(out, &org, &state, status, since, context);
            stated = true;
        }
    }
    if stated {
        members_of_other_clause(sentence, context, &lists, &org_at, out);
        return;
    }

    // `gehören … an`: every list in the clause of the verb.
    // A negated verb states nothing; a member noun later in the sentence still may
    // (`Nicht jedes GUS-Mitglied gehört auch der OVKS an: Aserbaidschan ist Mitglied …`).
    let member_verb = sentence
        .find_any(Table::MemberVerbs)
        .filter(|&at| !negated_at(sentence, at) && !negated_after(sentence, at))
        // `ob Saudi-Arabien dazugehört`, `will dem Bündnis angehören`: asked or wanted,
        // not stated.
        .filter(|&at| !(sentence.has_word(Table::Hedges) && hedged_near(sentence, at)))
        // `Berg-Karabach gehört zu Aserbaidschan`: belonging to a state is territory,
        // not membership.
        .filter(|&at| !belongs_to_state(sentence, context, at));
    if let Some(at) = member_verb {
        let Some(org) = org_at(at) else { return };
        let shared = shared_since(sentence, context, at);
        let since_of = |mention: &Mention| own_since(sentence, mention).or(shared);
        // `sind das die fünf Staaten, die … mitarbeiten`: the counted group, named in
        // this sentence and the ones before it, is the verb's subject.
        if counted.is_some() && !referred.is_empty() {
            for state in &referred {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
            }
            return;
        }
        if let Some(states) = relative_clause_subject(sentence, context, at) {
            for state in &states {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
            }
            return;
        }
        let (mut clause_start, clause_end) = clause_around(sentence.text, at);
        // `Das Land grenzt an Afghanistan und gehört … der OVKS an`: the verb's own
        // coordinate clause starts at the `und` before it; its subject is the sentence's.
        let coordinated = sentence.text[clause_start..at]
            .rfind(" und ")
            .map(|p| clause_start + p);
        if let Some(und) = coordinated.filter(|&p| sentence.text[p + 5..at].trim().is_empty()) {
            clause_start = und;
        }
        let mut any = false;
        if coordinated.is_some_and(|p| p == clause_start) {
            for state in &referred {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
                any = true;
            }
        }
        for list in &lists {
            let (start, end) = list_span(list);
            if start >= clause_start && end <= clause_end && !own_clause(sentence, at, list) {
                for (mention, state) in list {
                    let since = since_of(mention);
                    push_member(out, &org, state, MembershipStatus::Member, since, context);
                    any = true;
                }
            }
        }
        if !any {
            for state in &referred {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
            }
        }
        return;
    }
    // `Mitglieder sind A, B und C`, `die Nato-Mitglieder Polen und Litauen`,
    // `A und B sind Mitglieder`, `Das Land ist Mitglied der OVKS`.
    let counted = counted.map(|(range, _)| range);
    for noun in member_noun_positions(sentence) {
        if negated_at(sentence, noun.0) {
            continue;
        }
        let Some(org) = described_after(sentence, context, noun.1)
            .map(OrgId::new)
            .or_else(|| org_at(noun.1))
        else {
            continue;
        };
        let shared = shared_since(sentence, context, noun.0);
        let since_of = |mention: &Mention| own_since(sentence, mention).or(shared);
        // `aller sechs Mitgliedsländer`: the noun counts the states it refers to.
        if counted.as_ref().is_some_and(|r| r.contains(&noun.0)) && !referred.is_empty() {
            for state in &referred {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
            }
            continue;
        }
        let mut any = false;
        for list in &lists {
            let (start, end) = list_span(list);
            let gap_after = (start >= noun.1).then(|| sentence.lower_of(noun.1..start));
            let gap_before = (end <= noun.0).then(|| sentence.lower_of(end..noun.0));
            let after_ok = gap_after.is_some_and(|g| {
                g.len() <= 60
                    && (g.trim().is_empty()
                        || g.contains(" sind")
                        || g.contains(" ist")
                        || g.contains(':')
                        || g.contains(" waren"))
            });
            // `Seit 1994 ist Armenien Mitglied`: the copula before the subject.
            let copula_first = || {
                let before = sentence.lower_of(0..start);
                matches!(
                    before.split_whitespace().next_back(),
                    Some("ist" | "sind" | "war" | "waren" | "bleibt" | "bleiben")
                )
            };
            let before_ok = gap_before.is_some_and(|g| {
                g.len() <= 45
                    && (g.contains(" sind")
                        || g.contains(" ist")
                        || g.contains(" bleibt")
                        || g.contains(" waren")
                        || is_apposition(&g)
                        || (g.trim().is_empty() && copula_first()))
            });
            if after_ok || before_ok {
                for (mention, state) in list {
                    let since = since_of(mention);
                    push_member(out, &org, state, MembershipStatus::Member, since, context);
                    any = true;
                }
            }
        }
        if !any && lists.is_empty() {
            for state in &referred {
                push_member(out, &org, state, MembershipStatus::Member, shared, context);
            }
        }
    }
}

/// After a status statement, a member verb in a clause of its own still lists members
/// (`Zusammenschluss von Brasilien, Russland, Indien und China; 2011 stieß Südafrika
/// dazu`): the lists of that clause, when no state of it was stated already.
fn members_of_other_clause(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    lists: &[Vec<(&Mention, &str)>],
    org_at: &dyn Fn(usize) -> Option<OrgId>,
    out: &mut Vec<Fact>,
) {
    let Some(at) = sentence
        .find_any(Table::MemberVerbs)
        .filter(|&at| !negated_at(sentence, at) && !negated_after(sentence, at))
    else {
        return;
    };
    let (clause_start, clause_end) = clause_around(sentence.text, at);
    let Some(org) = org_at(at) else { return };
    let shared = shared_since(sentence, context, at);
    for list in lists {
        let (start, end) = list_span(list);
        let stated_already = list.iter().any(|(_, state)| {
            out.iter()
                .any(|f| matches!(f, Fact::Membership { state: s, .. } if s.as_str() == *state))
        });
        if start >= clause_start && end <= clause_end && !stated_already {
            for (mention, state) in list {
                let since = own_since(sentence, mention).or(shared);
                push_member(out, &org, state, MembershipStatus::Member, since, context);
            }
        }
    }
}

/// `Belarus, einem weiteren Mitglied der Allianz`: the words between a state and a member
/// noun are a comma, an article and at most one adjective, so the noun describes the
/// state.
fn is_apposition(gap: &str) -> bool {
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let article = |w: &str| {
        [
            "ein", "eine", "einem", "einen", "einer", "eines", "das", "dem", "des",
        ]
        .contains(&w)
    };
    match words.as_slice() {
        // `Polen, Mitglied der Nato,`
        [] => true,
        // `Die Türkei, seit 1952 Mitglied der Nato,`: the apposition dated.
        ["seit", date @ ..] | ["schon" | "bereits", "seit", date @ ..] => {
            (1..=4).contains(&date.len())
                && date.last().is_some_and(|w| {
                    w.trim_end_matches(['.', ','])
                        .chars()
                        .all(|c| c.is_ascii_digit())
                })
        }
        [a] => article(a),
        [a, adjective] => article(a) && adjective.chars().all(char::is_alphabetic),
        _ => false,
    }
}

/// `das Nato-Mitglied Türkei`, `des EU-Mitgliedstaats Polen`: a membership compound set
/// before a state's name says the state is a member, whatever else the sentence says.
fn qualified_members(sentence: &Sentence<'_>, context: &ArticleContext<'_>, out: &mut Vec<Fact>) {
    for org in sentence.of_kind(context.gazetteer, EntityKind::Org) {
        let rest = &sentence.text[org.end..];
        let Some(compound) = rest.strip_prefix('-') else {
            continue;
        };
        let noun_end = compound.find(' ').unwrap_or(compound.len());
        let noun = compound[..noun_end].to_lowercase();
        if !noun.starts_with("mitglied") {
            continue;
        }
        let state_at = org.end + 1 + noun_end + 1;
        let state = sentence
            .named_states(context.gazetteer)
            .find(|(m, _)| m.start == state_at);
        if let Some((_, state)) = state {
            let id = &context.gazetteer.entry(org.entry).id;
            if super::deployments::mission_host(&sentence.text[org.start..org.end]).is_none() {
                push_member(
                    out,
                    &OrgId::new(id.as_str()),
                    state,
                    MembershipStatus::Member,
                    None,
                    context,
                );
            }
        }
    }
}

/// Founding members are members since the founding: `Zu den Gründungsstaaten gehörten
/// China und Russland` in an article that dates the founding (`wurde 2001 gegründet`)
/// dates their membership too. Runs once the article's facts are all read, since the
/// founding may be told after the members.
pub(crate) fn date_founding_members(facts: &mut [FactRecord], lexicon: &Lexicon) {
    let founded: Vec<(OrgId, When)> = facts
        .iter()
        .filter_map(|r| match &r.fact {
            Fact::Founded { org, date } => Some((org.clone(), *date)),
            _ => None,
        })
        .collect();
    if founded.is_empty() {
        return;
    }
    let stems = lexicon.words(Table::FoundingMembers);
    for record in facts.iter_mut() {
        let Fact::Membership {
            org,
            status: MembershipStatus::Member,
            since: since @ None,
            ..
        } = &mut record.fact
        else {
            continue;
        };
        let Some((_, date)) = founded.iter().find(|(o, _)| o == org) else {
            continue;
        };
        let sentence = record.provenance.sentence.to_lowercase();
        if stems.iter().any(|stem| sentence.contains(stem)) {
            *since = Some(*date);
        }
    }
}

/// Whether the member verb at `at` has a state after `zu` in its clause as its object.
fn belongs_to_state(sentence: &Sentence<'_>, context: &ArticleContext<'_>, at: usize) -> bool {
    let (_, clause_end) = clause_around(sentence.text, at);
    sentence.named_states(context.gazetteer).any(|(m, _)| {
        m.start > at
            && m.start <= clause_end
            && sentence
                .lower_of(at..m.start)
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w == "zu")
    })
}

/// Where a passive of forming an alliance stands (`Der Pakt zwischen Australien,
/// Großbritannien und den USA war 2021 geschlossen worden`): a `pact_formed` participle
/// after `wurde`/`war`/`ist`, with a word for the organisation as the sentence's
/// opening subject.
fn pact_formed(sentence: &Sentence<'_>) -> Option<usize> {
    // The opening first: the table is searched only in the few sentences that open
    // with a reference to an organisation.
    let mut opening = sentence
        .text
        .split_whitespace()
        .take(2)
        .map(str::to_lowercase);
    let subject = match (opening.next(), opening.next()) {
        (Some(article), Some(noun)) if matches!(article.as_str(), "der" | "die" | "das") => noun,
        _ => return None,
    };
    let refers = sentence
        .lexicon
        .words(Table::OrgReferences)
        .contains(&subject.as_str());
    if !refers {
        return None;
    }
    let at = sentence.find_any(Table::PactFormed)?;
    let passive = sentence
        .lower_of(0..at)
        .split_whitespace()
        .any(|w| matches!(w, "wurde" | "wurden" | "war" | "waren" | "ist" | "sind"));
    passive.then_some(at)
}

/// A state that joined and later left is a former member: `Ein Jahr später traten
/// Aserbaidschan und Georgien bei` and `verließen den Vertrag 1999` in one article leave
/// the state outside. A membership told in the present tense (`gehört … an`, `ist
/// Mitglied`) or dated after the leaving (`kehrte 2006 zurück`) stands. Runs once the
/// article's facts are all read.
pub(crate) fn settle_left_members(facts: &mut Vec<FactRecord>) {
    let left: Vec<(OrgId, StateId, Option<When>)> = facts
        .iter()
        .filter_map(|r| match &r.fact {
            Fact::Membership {
                org,
                state,
                status: MembershipStatus::Former,
                since,
                ..
            } => Some((org.clone(), state.clone(), *since)),
            _ => None,
        })
        .collect();
    if left.is_empty() {
        return;
    }
    facts.retain(|r| {
        let Fact::Membership {
            org,
            state,
            status: MembershipStatus::Member,
            since,
            ..
        } = &r.fact
        else {
            return true;
        };
        let Some((_, _, left_since)) = left.iter().find(|(o, s, _)| o == org && s == state) else {
            return true;
        };
        let present = r.provenance.sentence.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "ist" | "sind" | "gehört" | "gehören" | "bleibt" | "bleiben" | "zählt" | "zählen"
            )
        });
        let later = match (since, left_since) {
            (Some(joined), Some(left)) => joined.bounds().0 > left.bounds().1,
            _ => false,
        };
        present || later
    });
}

/// Whether a list after the verb at `at` stands in a clause of its own: `Polen gehört der
/// Nato an, Belarus steht an der Seite Moskaus` names Belarus as the subject of another
/// verb. After a comma, only a fragment (`…, Estland seit 2004`) continues the statement.
fn own_clause(sentence: &Sentence<'_>, at: usize, list: &[(&Mention, &str)]) -> bool {
    let (start, end) = list_span(list);
    if start < at || !sentence.text[at..start].contains(',') {
        return false;
    }
    let last = list.last().map(|(m, _)| *m);
    let tail_from = last
        .and_then(|m| {
            sentence
                .dates()
                .iter()
                .find(|d| follows_with_seit(sentence, m, d))
                .map(|d| d.end)
        })
        .unwrap_or(end);
    let rest = &sentence.text[tail_from..];
    let tail = &rest[..rest.find(',').unwrap_or(rest.len())];
    !tail
        .trim_matches(|c: char| c.is_whitespace() || c == '.')
        .is_empty()
}

/// Whether the date starts a status: `seit 2004`, `seit dem 4. Juli`, `bereits seit
/// April`.
fn after_seit(sentence: &Sentence<'_>, date: &DateMention) -> bool {
    let mut from = date.start.saturating_sub(12);
    while !sentence.text.is_char_boundary(from) {
        from -= 1;
    }
    let before = sentence.lower_of(from..date.start);
    let mut words = before.split_whitespace().rev();
    matches!(
        (words.next(), words.next()),
        (Some("seit"), _) | (Some("dem" | "den" | "der"), Some("seit"))
    )
}

/// Whether the date follows the state with nothing but `seit` between them (`Estland
/// seit 2004`, `Schweden seit dem 7. März`).
fn follows_with_seit(sentence: &Sentence<'_>, state: &Mention, date: &DateMention) -> bool {
    date.start >= state.end
        && date.start <= state.end + 12
        && sentence.text[state.end..date.start]
            .split_whitespace()
            .all(|w| matches!(w, "seit" | "dem" | "den" | "der"))
        && after_seit(sentence, date)
}

/// A `seit` date right after the state (`…, Estland seit 2004`): the state's own start.
fn own_since(sentence: &Sentence<'_>, state: &Mention) -> Option<When> {
    sentence
        .dates()
        .iter()
        .find(|d| follows_with_seit(sentence, state, d))
        .map(|d| d.when)
}

/// The start a `seit` gives every state of a statement: `Litauen ist seit 2004
/// Mitglied`, `Seit 2017 gehören Indien und Pakistan der Organisation an`. The `seit`
/// date nearest the statement's word `at` counts, unless it belongs to one state (`…,
/// Estland seit 2004`, read by [`own_since`]) or stands in a relative clause that does
/// not hold the statement (`Litauen, das seit 1990 unabhängig ist, …`: a date of
/// something else).
fn shared_since(sentence: &Sentence<'_>, context: &ArticleContext<'_>, at: usize) -> Option<When> {
    let text = sentence.text;
    let owned = |d: &DateMention| {
        sentence
            .named_states(context.gazetteer)
            .any(|(m, _)| follows_with_seit(sentence, m, d))
    };
    let in_other_relative_clause = |d: &DateMention| {
        let Some(comma) = text[..d.start].rfind(", ") else {
            return false;
        };
        let clause_end = text[d.end..].find(',').map_or(text.len(), |p| d.end + p);
        let opens_relative = text[comma + 2..].split(' ').next().is_some_and(|w| {
            let w = w.to_lowercase();
            sentence
                .lexicon
                .words(Table::RelativePronouns)
                .contains(&w.as_str())
        });
        opens_relative && !(comma..clause_end).contains(&at)
    };
    sentence
        .dates()
        .iter()
        .filter(|d| after_seit(sentence, d) && !owned(d) && !in_other_relative_clause(d))
        .min_by_key(|d| d.start.abs_diff(at))
        .map(|d| d.when)
}

fn push_member(
    out: &mut Vec<Fact>,
    org: &OrgId,
    state: &str,
    status: MembershipStatus,
    since: Option<When>,
    context: &ArticleContext<'_>,
) {
    let fact = Fact::Membership {
        org: org.clone(),
        state: StateId::new(state),
        status,
        since,
        as_of: context.as_of(),
    };
    if !out.contains(&fact) {
        out.push(fact);
    }
}

/// The list whose nearest edge is closest to `at`.
fn nearest_list<'l, 's>(
    lists: &[&'l Vec<(&'s Mention, &'s str)>],
    at: usize,
) -> Option<&'l Vec<(&'s Mention, &'s str)>> {
    lists.iter().copied().min_by_key(|list| {
        let (start, end) = list_span(list);
        if at < start {
            start - at
        } else {
            at.saturating_sub(end)
        }
    })
}

/// Byte ranges of the member nouns (`Mitglieder`, `Nato-Mitgliedern`) in the sentence.
fn member_noun_positions(sentence: &Sentence<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // A member noun's last part starts where a table entry occurs, so the words before
    // the one that holds the leftmost entry are none.
    let Some(first) = sentence.find_any(Table::MemberNouns) else {
        return out;
    };
    // Nor does one start after the rightmost entry ends.
    let last = sentence.plain_end(Table::MemberNouns);
    let is_break = |c: char| c.is_whitespace() || c == ',' || c == ':';
    let mut offset = sentence.text[..first].rfind(is_break).map_or(0, |at| {
        at + sentence.text[at..].chars().next().map_or(1, char::len_utf8)
    });
    for word in sentence.text[offset..].split_inclusive(is_break) {
        if offset >= last {
            break;
        }
        let clean = word.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ':');
        let lower = sentence.lower_of(offset..offset + clean.len());
        let last_part = lower.rsplit('-').next().unwrap_or("");
        if sentence
            .lexicon
            .words(Table::MemberNouns)
            .contains(&last_part)
        {
            out.push((offset, offset + clean.len()));
        }
        offset += word.len();
    }
    out
}

/// The clause around byte `at`: bounded by `;`, a dash between spaces, or the sentence
/// ends. (Commas do not bound it: they separate the items of the very lists we want.)
fn clause_around(text: &str, at: usize) -> (usize, usize) {
    // One byte scan each way instead of eight substring searches: every boundary starts
    // with `;` or a space (the dashes stand between spaces).
    let bytes = text.as_bytes();
    let boundary_len = |p: usize| -> Option<usize> {
        match bytes[p] {
            b';' => Some(1),
            b' ' => CLAUSE_DASHES
                .iter()
                .find(|dash| bytes[p + 1..].starts_with(dash.as_bytes()))
                .map(|dash| 1 + dash.len()),
            _ => None,
        }
    };
    // Occurrences do not nest, so the last one to start before `at` ends last.
    let start = memchr::memrchr2_iter(b';', b' ', &bytes[..at])
        .find_map(|p| boundary_len(p).map(|len| p + len).filter(|&end| end <= at))
        .unwrap_or(0);
    let end = memchr::memchr2_iter(b';', b' ', &bytes[at..])
        .find(|&p| boundary_len(at + p).is_some())
        .map_or(text.len(), |p| at + p);
    (start, end)
}

/// When the verb at `at` stands in a relative clause (`…, das zum Bündnis zählt`), the
/// named state right before the clause's comma, or the list it ends.
fn relative_clause_subject(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    at: usize,
) -> Option<Vec<String>> {
    let text = sentence.text;
    let comma = text[..at].rfind(", ")?;
    let pronoun = text[comma + 2..].split_whitespace().next()?;
    if !sentence
        .lexicon
        .words(Table::RelativePronouns)
        .contains(&pronoun)
    {
        return None;
    }
    let states: Vec<(&Mention, &str)> = sentence
        .named_states(context.gazetteer)
        .filter(|(m, _)| m.end <= comma)
        .collect();
    let (last, id) = states.last()?;
    if !text[last.end..comma].trim().is_empty() {
        return None;
    }
    let mut subject = vec![(*id).to_owned()];
    // `Mali, Burkina Faso und Niger, die sich … zusammengeschlossen haben`: a plural
    // pronoun after a list joined by `und` has the whole list for its antecedent.
    if pronoun == "die" {
        let mut k = states.len() - 1;
        let mut joined = false;
        while k > 0 {
            let gap = &text[states[k - 1].0.end..states[k].0.start];
            if !matches!(gap.trim(), "," | "und" | "sowie") {
                break;
            }
            joined |= gap.trim() != ",";
            k -= 1;
        }
        if joined {
            subject = states[k..].iter().map(|(_, id)| (*id).to_owned()).collect();
        }
    }
    Some(subject)
}

fn member_count(
    sentence: &Sentence<'_>,
    org: &OrgId,
    context: &ArticleContext<'_>,
    out: &mut Vec<Fact>,
) {
    let membership_clause =
        sentence.has_any(Table::MemberVerbs) || sentence.has_any(Table::MemberNoun);
    if !membership_clause {
        return;
    }
    // A number with a member noun (`32 Mitglieder`) beats one with a looser noun
    // (`zwölf Staaten`); the agent of a passive (`von zwölf Staaten gegründet`) and a
    // part (`die übrigen fünf`) are never the count.
    let mut best: Option<(bool, Quantity)> = None;
    let text = sentence.text;
    // The words around a number in lower case: slices of the sentence's lowercase form
    // (a `String` per word before).
    let word_range = |word: &str| {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        start..start + word.len()
    };
    for number in sentence.numbers() {
        // The day of a date (`seit dem 4. Juli Mitglied`) counts nothing.
        let in_date = sentence
            .dates()
            .iter()
            .any(|d| d.start <= number.start && number.end <= d.end);
        if number.year_like || in_date {
            continue;
        }
        let before = text[..number.start]
            .split_whitespace()
            .next_back()
            .map(|w| sentence.lower_of(word_range(w)))
            .unwrap_or_default();
        if sentence
            .lexicon
            .words(Table::Partial)
            .contains(&before.as_ref())
            || before == "von"
        {
            continue;
        }
        let noun = text[number.end..]
            .split_whitespace()
            .take(3)
            .map(|w| {
                let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                sentence.lower_of(word_range(trimmed))
            })
            .find(|w| {
                sentence
                    .lexicon
                    .words(Table::CountNouns)
                    .contains(&w.rsplit('-').next().unwrap_or(""))
            });
        let Some(noun) = noun else { continue };
        let strong = noun
            .rsplit('-')
            .next()
            .unwrap_or("")
            .starts_with("mitglied");
        if best.is_none_or(|(was_strong, _)| strong && !was_strong) {
            best = Some((
                strong,
                Quantity::new(number.quantity.value, number.quantity.qualifier),
            ));
        }
    }
    // `das zehnte Mitglied`: an ordinal word before a member noun is the count too
    // (only where `mitglied` occurs at all; the last pair found wins).
    if best.is_none() && sentence.has_any(Table::MemberNoun) {
        let mut previous: Option<&str> = None;
        for word in sentence.words() {
            if word.starts_with("mitglied")
                && let Some(stem) = previous.map(|p| p.trim_end_matches(['n', 'r', 's', 'm']))
                && let Some(&(_, value)) = sentence
                    .lexicon
                    .pairs(Table::OrdinalWords, crate::lexicon::number)
                    .iter()
                    .find(|(w, _)| *w == stem)
            {
                best = Some((true, Quantity::exact(value)));
            }
            previous = Some(word);
        }
    }
    if let Some((_, count)) = best {
        out.push(Fact::MemberCount {
            org: org.clone(),
            count,
            date: context.as_of(),
        });
    }
}

fn founded(sentence: &Sentence<'_>, context: &ArticleContext<'_>, out: &mut Vec<Fact>) {
    // `besteht die OVKS seit 2002` dates the founding too, when the organisation stands
    // right next to the verb (`Die Eingreiftruppe der OVKS existiert seit 2009` dates the
    // force, not the organisation).
    let verb_at = sentence.find_any(Table::Exists);
    let org_is_subject = verb_at.is_some_and(|verb| {
        sentence
            .of_kind(context.gazetteer, EntityKind::Org)
            .any(|m| {
                let between = if m.start >= verb {
                    &sentence.text[verb..m.start]
                } else {
                    &sentence.text[m.end..verb]
                };
                between.split_whitespace().count() <= 2
            })
            && !sentence.has_any(Table::ForceNouns)
    });
    let exists_since = org_is_subject.then(|| {
        sentence
            .dates()
            .iter()
            .find(|d| {
                sentence.text[..d.start]
                    .trim_end()
                    .to_lowercase()
                    .ends_with(" seit")
            })
            .map(|d| d.when)
    });
    // `der im April 2013 gegründeten Mission`: a participle before a mission or force
    // noun founds that, not the organisation.
    let founded_at = sentence.find_any(Table::Founded).filter(|&at| {
        let next = sentence.lower_of(at..sentence.text.len());
        let mut words = next.split_whitespace();
        words.next();
        !words.next().is_some_and(|noun| {
            let noun = noun.trim_matches(|c: char| !c.is_alphanumeric());
            sentence
                .lexicon
                .words(Table::MissionReferences)
                .iter()
                .filter_map(|m| m.split_whitespace().next_back())
                .any(|m| noun.starts_with(m))
                || sentence.lexicon.words(Table::ForceNouns).contains(&noun)
        })
    });
    let mut signed = false;
    let (at, date) = match (founded_at, exists_since.flatten()) {
        (Some(at), _) => (at, founding_date(sentence, context, at)),
        (None, Some(date)) => (0, Some(date)),
        (None, None) => match founding_treaty_signed(sentence, context) {
            Some(at) => {
                signed = true;
                (at, founding_date(sentence, context, at))
            }
            None => match pact_formed(sentence) {
                Some(at) => (at, founding_date(sentence, context, at)),
                None => return,
            },
        },
    };
    // The organisation must be the subject: named, referred to, or a pronoun opening the
    // sentence (`Sie wurde 2002 gegründet`), which stands for the article's organisation.
    let pronoun = ["Sie ", "Es ", "Er ", "Diese "]
        .iter()
        .any(|p| sentence.text.starts_with(p));
    let org = sentence
        .org_near(context, at)
        .or_else(|| sentence.org(context))
        .or_else(|| pronoun.then_some(context.topic_org.as_deref()).flatten());
    if let (Some(org), Some(date)) = (org, date) {
        out.push(Fact::Founded {
            org: OrgId::new(org),
            date,
        });
        founders(sentence, context, (at, signed), &OrgId::new(org), date, out);
    }
}

/// The states that founded an organisation are its members from the founding: the list
/// after `von` in the founding verb's clause (`war 2001 von China, Russland … gegründet
/// worden`), or the subject list before `gründeten` (`China und Russland gründeten …`).
fn founders(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    (at, signed): (usize, bool),
    org: &OrgId,
    date: When,
    out: &mut Vec<Fact>,
) {
    let (clause_start, clause_end) = clause_around(sentence.text, at);
    let active = sentence
        .lower_of(at..sentence.text.len())
        .starts_with("gründeten");
    // Where the treaty is signed (`unterzeichneten`), not where it is named.
    let sign_at = if signed && sentence.aligned() {
        sentence
            .lexicon
            .words(Table::Signing)
            .iter()
            .filter_map(|w| sentence.lower.find(w))
            .min()
            .unwrap_or(at)
    } else {
        at
    };
    let lists = state_lists(sentence, context);
    for list in &lists {
        let (start, end) = list_span(list);
        if start < clause_start || end > clause_end {
            continue;
        }
        let after_von = sentence
            .lower_of(clause_start..start)
            .trim_end()
            .ends_with(" von");
        // `Den Nordatlantikvertrag unterzeichneten 1949 die USA, Kanada …`: the states
        // that sign the founding treaty, named without a preposition, found it.
        let signer = signed
            && list.first().is_some_and(|(m, _)| {
                !super::deployments::after_any_preposition(sentence, m.start)
            })
            // In the signing verb's own comma clause: `Die USA verwahren den Vertrag, der
            // 1949 unterzeichnet worden war` names no signer.
            && !sentence.text[end.min(sign_at)..start.max(sign_at)].contains(',');
        if (after_von && end <= at) || (active && end <= at && start == clause_start) || signer {
            for (_, state) in list {
                push_member(
                    out,
                    org,
                    state,
                    MembershipStatus::Member,
                    Some(date),
                    context,
                );
            }
        }
    }
}

/// `am 4. April 1949 … den Nordatlantikvertrag unterzeichneten`: where the founding
/// treaty of an organisation is named in a sentence about its signing.
fn founding_treaty_signed(sentence: &Sentence<'_>, context: &ArticleContext<'_>) -> Option<usize> {
    if !sentence
        .lexicon
        .words(Table::Signing)
        .iter()
        .any(|s| sentence.lower.contains(s))
    {
        return None;
    }
    sentence
        .of_kind(context.gazetteer, EntityKind::Org)
        .find(|m| {
            let name = sentence.lower_of(m.start..m.end);
            sentence
                .lexicon
                .words(Table::TreatyNameEndings)
                .iter()
                .any(|e| name.ends_with(e))
        })
        .map(|m| m.start)
}

/// The founding date: a date before the article's own (`heute` is no founding date),
/// the nearest one before the verb (`wurde 1949 … gegründet`), else the nearest after.
fn founding_date(sentence: &Sentence<'_>, context: &ArticleContext<'_>, at: usize) -> Option<When> {
    let past = |d: &&crate::when::DateMention| {
        context
            .anchor
            .is_none_or(|a| d.when.bounds().1 < a.first_day())
    };
    let attributive = |d: &&crate::when::DateMention| {
        let before = sentence.lower_of(0..d.start);
        let before = before.trim_end();
        before.ends_with(" von") || before.ends_with(" vom")
    };
    let candidates: Vec<_> = sentence
        .dates()
        .iter()
        .filter(past)
        .filter(|d| !attributive(d))
        .collect();
    candidates
        .iter()
        .filter(|d| d.end <= at)
        .max_by_key(|d| d.end)
        .or_else(|| {
            candidates
                .iter()
                .filter(|d| d.start >= at)
                .min_by_key(|d| d.start)
        })
        .map(|d| d.when)
}

#[cfg(test)]
mod tests {
    /// The definition `clause_around` had: the end of the last boundary before `at` and
    /// the start of the first one after it, by substring search.
    fn clause_around_by_search(text: &str, at: usize) -> (usize, usize) {
        let bounds = [";", " – ", " - ", " — "];
        let start = bounds
            .iter()
            .filter_map(|b| text[..at].rfind(b).map(|p| p + b.len()))
            .max()
            .unwrap_or(0);
        let end = bounds
            .iter()
            .filter_map(|b| text[at..].find(b).map(|p| at + p))
            .min()
            .unwrap_or(text.len());
        (start, end)
    }

    /// Member nouns found from the word with the leftmost entry on are those of a scan
    /// of every word, on every line of our pages.
    #[test]
    fn member_nouns_are_found_from_the_leftmost_entry() {
        let gazetteer = crate::gazetteer::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "Die Mitglieder, Nato-Mitgliedern:Mitgliedstaaten und MITGLIEDSLÄNDER",
            "Nichtmitglieder mitglieder-Liste Mitglieder",
        ]);
        let mut found = 0;
        for text in &texts {
            let sentence = crate::context::Sentence::new(text, gazetteer, None);
            let mut expected = Vec::new();
            let mut offset = 0;
            for word in text.split_inclusive(|c: char| c.is_whitespace() || c == ',' || c == ':') {
                let clean =
                    word.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ':');
                let lower = clean.to_lowercase();
                if crate::lexicon::Lexicon::builtin()
                    .words(crate::lexicon::Table::MemberNouns)
                    .contains(&lower.rsplit('-').next().unwrap_or(""))
                {
                    expected.push((offset, offset + clean.len()));
                }
                offset += word.len();
            }
            assert_eq!(super::member_noun_positions(&sentence), expected, "{text}");
            found += expected.len();
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn clause_bounds_agree_with_the_substring_definition() {
        let pieces = [";", " ", "–", "-", "—", "a"];
        // Every text of up to six pieces.
        let mut texts = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..6 {
            frontier = frontier
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(frontier.iter().cloned());
        }
        assert_eq!(texts.len(), (0..=6).map(|n| 6usize.pow(n)).sum::<usize>());
        for text in &texts {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    super::clause_around(text, at),
                    clause_around_by_search(text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    use crate::facts::tests::check;

    #[test]
    fn member_lists_next_to_a_membership_phrase() {
        assert_eq!(
            check(
                "Mitglieder sind neben Russland auch Belarus und Armenien.",
                None
            ),
            [
                r#"{"kind":"membership","org":"CSTO","state":"RU","status":"member"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"BY","status":"member"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"AM","status":"member"}"#,
            ]
        );
        // Only the list next to the phrase: Belarus is not a Nato member here.
        assert_eq!(
            check(
                "Belarus fürchtet die Nato-Mitglieder Polen und Litauen.",
                None
            ),
            [
                r#"{"kind":"membership","org":"NATO","state":"PL","status":"member"}"#,
                r#"{"kind":"membership","org":"NATO","state":"LT","status":"member"}"#,
            ]
        );
        // `gehören … an` with the organisation as a pronoun.
        assert_eq!(
            check("Ihr gehören Kasachstan und Kirgistan an.", None).len(),
            2
        );
        // Negated: no membership.
        assert_eq!(
            check("Moldau ist kein Mitglied der Nato.", None),
            Vec::<String>::new()
        );
    }

    fn memberships(text: &str) -> Vec<String> {
        check(text, None)
            .into_iter()
            .filter(|f| f.contains(r#""kind":"membership""#))
            .collect()
    }

    #[test]
    fn alliances_described_by_their_members_and_late_joiners() {
        assert_eq!(
            memberships("Der Pakt zwischen Japan, Indien und den USA wurde 2007 geschlossen."),
            [
                r#"{"kind":"membership","org":"CSTO","state":"JP","status":"member"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"IN","status":"member"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"US","status":"member"}"#,
            ]
        );
        assert_eq!(
            memberships("Zwei Jahre später stieß Kasachstan dazu."),
            [r#"{"kind":"membership","org":"CSTO","state":"KZ","status":"member"}"#]
        );
        assert_eq!(
            memberships("Zu den Bewerbern zählt auch Aserbaidschan."),
            [r#"{"kind":"membership","org":"CSTO","state":"AZ","status":"applicant"}"#]
        );
    }

    #[test]
    fn negated_attributive_and_qualifying_mentions_state_nothing() {
        assert!(memberships("Das Land ist der OVKS bisher nicht beigetreten.").is_empty());
        // Russia leads the alliance; only the pair of the sentence before are members.
        assert_eq!(
            memberships(
                "Tadschikistan und Kirgistan gehören dem von Russland geführten Bündnis an."
            ),
            [
                r#"{"kind":"membership","org":"CSTO","state":"TJ","status":"member"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"KG","status":"member"}"#,
            ]
        );
        // `Nato-Mitglied Türkei` qualifies Turkey; the partners are the article's
        // organisation's, and leaving a UN mission is no leaving of the UN.
        let partners =
            memberships("Zu den Dialogpartnern gehören Katar und das Nato-Mitglied Türkei.");
        assert!(
            partners
                .iter()
                .all(|f| !f.contains(r#""org":"NATO","state":"QA""#)),
            "{partners:?}"
        );
        assert!(memberships("Mali hat die Minusma verlassen.").is_empty());
    }

    #[test]
    fn hedges_count_in_their_own_clause_and_stems_in_their_own_word() {
        assert_eq!(
            memberships(
                "Armenien hat seine Mitarbeit in der OVKS im Februar eingefroren und später den Austritt angekündigt."
            ),
            // (No article date: `im Februar` gives no date.)
            [r#"{"kind":"membership","org":"CSTO","state":"AM","status":"suspended"}"#]
        );
        assert!(
            memberships(
                "Zu den Partnerländern zählen so unterschiedliche Staaten wie Katar und Kuba."
            )
            .iter()
            .all(|f| !f.contains("former")),
        );
        assert!(
            memberships("Im nächsten Jahr soll Belarus in die OVKS aufgenommen werden.").is_empty()
        );
    }

    #[test]
    fn status_changes() {
        assert_eq!(
            check(
                "Armenien hat seine Mitgliedschaft in der von Russland geführten OVKS im Februar 2024 eingefroren.",
                None
            ),
            [
                r#"{"kind":"membership","org":"CSTO","state":"AM","status":"suspended","since":"2024-02"}"#
            ]
        );
        assert_eq!(
            check(
                "Usbekistan, das nicht mehr zur OVKS gehört, nahm teil.",
                None
            ),
            [r#"{"kind":"membership","org":"CSTO","state":"UZ","status":"former"}"#]
        );
        assert_eq!(
            check(
                "Serbien und Afghanistan haben in der OVKS Beobachterstatus.",
                None
            ),
            [
                r#"{"kind":"membership","org":"CSTO","state":"RS","status":"observer"}"#,
                r#"{"kind":"membership","org":"CSTO","state":"AF","status":"observer"}"#,
            ]
        );
        // A hedge makes it a possibility, not a fact; troops leaving a country are no exit.
        assert_eq!(
            check("Armenien prüft den Austritt aus der OVKS.", None),
            Vec::<String>::new()
        );
        assert_eq!(
            check("Die Soldaten der OVKS sollen Kasachstan verlassen.", None),
            Vec::<String>::new()
        );
    }

    #[test]
    fn references_to_earlier_sentences() {
        assert_eq!(
            check(
                "Armenien blieb dem Gipfel fern. Das Land hatte seine Mitarbeit in der OVKS eingefroren.",
                None
            ),
            [r#"{"kind":"membership","org":"CSTO","state":"AM","status":"suspended"}"#]
        );
    }

    #[test]
    fn counts_and_founding() {
        assert_eq!(
            check(
                "Die Nato war 1949 von zwölf Staaten gegründet worden und zählt heute 32 Mitglieder.",
                Some("10.07.2024")
            ),
            [
                r#"{"kind":"founded","org":"NATO","date":"1949"}"#,
                r#"{"kind":"member_count","org":"NATO","count":{"value":32,"qualifier":"exact"},"date":"2024-07-10"}"#,
            ]
        );
        assert_eq!(
            check("Sie wurde im Jahr 2002 gegründet.", None),
            [r#"{"kind":"founded","org":"CSTO","date":"2002"}"#]
        );
    }
}

/// Kinds of membership and founding phrasing, on sentences of our own.
#[cfg(test)]
mod phrasing_tests {
    use crate::facts::tests::check;

    fn facts(text: &str, kind: &str) -> Vec<String> {
        check(text, Some("10.10.2024"))
            .into_iter()
            .filter(|f| f.contains(&format!(r#""kind":"{kind}""#)))
            .collect()
    }

    /// The states of a kind of fact, sorted, as `ORG:STATE:status`.
    fn members(text: &str) -> Vec<String> {
        let mut got: Vec<String> = facts(text, "membership")
            .iter()
            .filter_map(|f| {
                let v: serde_json::Value = serde_json::from_str(f).ok()?;
                Some(format!(
                    "{}:{}:{}",
                    v["org"].as_str()?,
                    v["state"].as_str()?,
                    v["status"].as_str()?
                ))
            })
            .collect();
        got.sort();
        got
    }

    #[test]
    fn a_group_counted_by_its_size_is_the_states_named_just_before() {
        // The group of four is named over the sentence before.
        assert_eq!(
            members(
                "Die Staatengruppe Brics tagte in Kasan. Neu am Tisch der Brics saßen Ägypten, \
                 Äthiopien, Iran und die Emirate. Die vier Länder sind seit Januar Vollmitglieder."
            ),
            [
                "BRICS:AE:member",
                "BRICS:EG:member",
                "BRICS:ET:member",
                "BRICS:IR:member"
            ]
        );
        // Two named here and three in the sentence before make the five.
        assert_eq!(
            members(
                "Die OVKS traf sich in Minsk. Gekommen waren Vertreter aus Belarus, Kirgistan \
                 und Tadschikistan. Mit Russland und Kasachstan sind es die fünf Staaten, die \
                 im Bündnis noch mitarbeiten."
            ),
            [
                "CSTO:BY:member",
                "CSTO:KG:member",
                "CSTO:KZ:member",
                "CSTO:RU:member",
                "CSTO:TJ:member"
            ]
        );
        // A size that no run of earlier states matches refers to nothing.
        assert_eq!(
            members(
                "Die OVKS traf sich in Minsk. Gekommen waren Vertreter aus Belarus und \
                 Kirgistan. Die sechs Länder sind Mitglieder des Bündnisses."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn all_members_present_makes_the_states_just_named_members() {
        assert_eq!(
            members(
                "Die Übung der OVKS läuft. Soldaten aus Russland, Belarus und Kasachstan \
                 trainieren gemeinsam. Damit sind alle Mitglieder der Allianz dabei."
            ),
            ["CSTO:BY:member", "CSTO:KZ:member", "CSTO:RU:member"]
        );
        // Without a word of presence, `alle Mitgliedstaaten` refers to nobody in particular.
        assert_eq!(
            members(
                "Die OVKS tagte. Russland und Belarus stritten. Alle Mitgliedstaaten müssen \
                 zustimmen."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn signing_the_founding_treaty_founded_the_organisation() {
        let got = facts(
            "In Washington hatten zwölf Staaten am 4. April 1949 den Nordatlantikvertrag \
             unterzeichnet.",
            "founded",
        );
        assert_eq!(
            got,
            [r#"{"kind":"founded","org":"NATO","date":"1949-04-04"}"#]
        );
        // Signing any other agreement founds nothing.
        assert!(
            facts(
                "Die Nato und Japan unterzeichneten 2023 ein Abkommen.",
                "founded"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_separable_verb_ends_at_its_clause() {
        // `trat … bei, setzte … aus`: the exit is the second clause's, dated 2012.
        let got = facts(
            "Usbekistan trat 2006 der OVKS wieder bei, setzte seine Mitgliedschaft aber 2012 \
             erneut aus und ist seither kein Mitglied mehr.",
            "membership",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""status":"former","since":"2012""#)),
            "{got:?}"
        );
    }

    #[test]
    fn a_gapped_fragment_repeats_the_statement_with_its_own_date() {
        let got = facts(
            "Polen gehört der Nato seit 1999 an, Estland seit 2004, Albanien seit 2009.",
            "membership",
        );
        for (state, year) in [("EE", "2004"), ("AL", "2009")] {
            assert!(
                got.iter().any(|f| f.contains(&format!(
                    r#""state":"{state}","status":"member","since":"{year}""#
                ))),
                "{state}: {got:?}"
            );
        }
        // A clause of its own is no fragment: it lends no date.
        let got = facts(
            "Polen gehört der Nato seit 1999 an, Belarus seit 2020 steht fest an der Seite Moskaus.",
            "membership",
        );
        assert!(
            !got.iter()
                .any(|f| f.contains(r#""state":"BY","status":"member","since""#)),
            "{got:?}"
        );
    }

    #[test]
    fn seit_dates_the_status_of_a_membership_verb_or_noun() {
        let dated = |text: &str| -> Vec<String> {
            facts(text, "membership")
                .iter()
                .filter_map(|f| {
                    let v: serde_json::Value = serde_json::from_str(f).ok()?;
                    let since = v["since"].as_str().unwrap_or("-");
                    Some(format!("{}:{since}", v["state"].as_str()?))
                })
                .collect()
        };
        assert_eq!(
            dated("Estland ist seit 2004 Mitglied der Nato."),
            ["EE:2004"]
        );
        assert_eq!(
            dated("Seit 2017 gehören Indien und Pakistan der SOZ an."),
            ["IN:2017", "PK:2017"]
        );
        assert_eq!(
            dated("Norwegen ist bereits seit dem 4. April 1949 Mitglied der Nato."),
            ["NO:1949-04-04"]
        );
        // The day of a date is no member count.
        assert!(
            facts(
                "Belarus ist seit dem 4. Juli Mitglied der SOZ.",
                "member_count"
            )
            .is_empty()
        );
        // A date in the verb's own comma clause beats a nearer one in the next.
        assert_eq!(
            dated(
                "Im Jahr 2017 wurden Indien und Pakistan in die SOZ aufgenommen, 2023 folgte der Iran."
            ),
            ["IN:2017", "PK:2017"]
        );
        // A date of the relative clause is not the membership's.
        assert_eq!(
            dated("Lettland, das seit 1991 unabhängig ist, ist Mitglied der Nato."),
            ["LV:-"]
        );
    }

    #[test]
    fn founding_members_date_from_the_founding_the_article_tells() {
        let got = facts(
            "Die OVKS wurde 2002 gegründet. Zu ihren Gründungsmitgliedern gehörten Armenien \
             und Kasachstan.",
            "membership",
        );
        for state in ["AM", "KZ"] {
            assert!(
                got.iter().any(|f| f.contains(&format!(
                    r#""state":"{state}","status":"member","since":"2002""#
                ))),
                "{state}: {got:?}"
            );
        }
    }

    #[test]
    fn partner_countries_of_the_article_s_alliance_without_its_name() {
        assert_eq!(
            members("Die OVKS tagte. Als Gäste kamen die Partnerländer Serbien und Iran."),
            ["CSTO:IR:partner", "CSTO:RS:partner"]
        );
    }

    #[test]
    fn a_state_described_as_a_member_in_apposition() {
        assert_eq!(
            members("Auch gegenüber Kirgistan, einem weiteren Mitglied der OVKS, gibt es Kritik."),
            ["CSTO:KG:member"]
        );
        // A comma and more than an article and an adjective is no apposition.
        assert_eq!(
            members("Kirgistan, so heißt es in Moskau, gilt als Mitglied der OVKS ohne Gewicht."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn applying_for_admission_without_the_alliance_named() {
        assert_eq!(
            members("Die OVKS wächst. Im Mai hatte Usbekistan die Aufnahme beantragt."),
            ["CSTO:UZ:applicant"]
        );
    }

    #[test]
    fn leaving_in_the_plural_and_stepping_out() {
        assert_eq!(
            members(
                "Die OVKS verlor Mitglieder: Georgien und Aserbaidschan verließen die OVKS 1999."
            ),
            ["CSTO:AZ:former", "CSTO:GE:former"]
        );
        assert_eq!(
            members("Usbekistan stieg 2012 aus der OVKS aus."),
            ["CSTO:UZ:former"]
        );
    }

    #[test]
    fn founding_states_listed_after_zaehlen_and_states_that_came_later() {
        let got = facts(
            "Die Organisation des Vertrags über kollektive Sicherheit tagte in Minsk. Zu ihren \
             Gründerstaaten zählen Armenien, Kasachstan und Russland. Bei einer Erweiterung \
             kamen später Belarus und Tadschikistan hinzu.",
            "membership",
        );
        for state in ["AM", "KZ", "RU", "BY", "TJ"] {
            assert!(
                got.iter()
                    .any(|f| f.contains(&format!(r#""state":"{state}","status":"member""#))),
                "{state}: {got:?}"
            );
        }
    }

    #[test]
    fn a_membership_compound_before_a_state_makes_it_a_member() {
        let got = facts(
            "Zu den Gästen des OVKS-Treffens gehörte auch das Nato-Mitglied Ungarn.",
            "membership",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""org":"NATO","state":"HU","status":"member""#)),
            "{got:?}"
        );
    }

    #[test]
    fn a_description_names_the_organisation_whose_name_it_fits() {
        // The article's most named organisation is the OVKS; `der Rat` fits only the
        // Golf-Kooperationsrat by its name.
        let got = facts(
            "Die OVKS und die OVKS-Staaten beobachten den Golf-Kooperationsrat genau. Der Rat \
             wurde im Mai 1981 gegründet.",
            "founded",
        );
        assert_eq!(
            got,
            [r#"{"kind":"founded","org":"GCC","date":"1981-05"}"#],
            "{got:?}"
        );
    }

    #[test]
    fn an_organisation_that_grew_out_of_a_treaty_was_founded_then() {
        let got = facts(
            "Die OVKS, die 2002 aus einem älteren Vertrag hervorging, tagt in Minsk.",
            "founded",
        );
        assert_eq!(got, [r#"{"kind":"founded","org":"CSTO","date":"2002"}"#]);
    }

    #[test]
    fn separable_verbs_across_a_list_of_states_and_clauses_of_their_own() {
        // The particle stands after a list of states: the list's commas do not end the
        // clause.
        assert_eq!(
            members("Im Jahr 1993 traten Aserbaidschan, Georgien und Belarus der OVKS bei."),
            ["CSTO:AZ:member", "CSTO:BY:member", "CSTO:GE:member"]
        );
        // `mit` counts as the particle only at the clause's end.
        assert_eq!(
            members(
                "Heute arbeiten in der OVKS nur noch Russland, Belarus, Kasachstan, Kirgistan \
                 und Tadschikistan mit."
            ),
            [
                "CSTO:BY:member",
                "CSTO:KG:member",
                "CSTO:KZ:member",
                "CSTO:RU:member",
                "CSTO:TJ:member"
            ]
        );
        // Each clause of a semicolon sentence has its own subject and its own date.
        let got = facts(
            "Die Brics begannen 2006 als Zusammenschluss von Brasilien, Russland und Indien; \
             2011 stieß Südafrika dazu.",
            "membership",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""state":"ZA","status":"member","since":"2011""#)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""state":"IN""#) && !f.contains("2011")),
            "{got:?}"
        );
    }

    #[test]
    fn a_negated_or_questioned_member_verb_states_nothing() {
        // The negation inside the separable verb, and a clause without a state that
        // continues the subject of the one before.
        assert_eq!(
            members(
                "Österreich gehört der Nato nicht an; es arbeitet seit 1995 im Rahmen der \
                 Partnerschaft für den Frieden mit ihr zusammen."
            ),
            ["NATO:AT:partner"]
        );
        assert!(members("Offen ist, ob Argentinien der OVKS angehört.").is_empty());
        // A member noun with a description of the organisation right after it names that
        // organisation, not the one named before.
        assert_eq!(
            members(
                "Nicht jedes GUS-Mitglied gehört der OVKS an: Moldau ist Mitglied der \
                 Gemeinschaft geblieben."
            ),
            ["CIS:MD:member"]
        );
    }

    #[test]
    fn contrasts_inverted_subjects_territory_and_dated_appositions() {
        let got = members("Anders als Georgien und Moldau ist Tadschikistan Mitglied der OVKS.");
        assert_eq!(got, ["CSTO:TJ:member"]);
        let got = members("Seit 2002 ist Kirgistan Mitglied der OVKS.");
        assert_eq!(got, ["CSTO:KG:member"]);
        // Territory belongs to a state; that is no membership.
        let got = members("Die OVKS schweigt. Transnistrien gehört völkerrechtlich zu Moldau.");
        assert!(got.is_empty(), "{got:?}");
        let got = facts(
            "Ungarn, seit 1999 Mitglied der Nato, blockiert den Beschluss.",
            "membership",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""state":"HU","status":"member","since":"1999""#)),
            "{got:?}"
        );
    }

    #[test]
    fn a_pact_formed_in_the_passive_is_founded() {
        let got = facts(
            "Der Pakt Aukus zwischen Australien, Großbritannien und den USA war im \
             September 2021 geschlossen worden.",
            "founded",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""org":"AUKUS","date":"2021-09""#)),
            "{got:?}"
        );
        // A base closed is no founding.
        let got = facts("Die Nato hat ihren Stützpunkt 2021 geschlossen.", "founded");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_mission_founded_is_no_founding_and_people_who_get_off_leave_nothing() {
        let got = facts(
            "Der Sicherheitsrat der UN beendete das Mandat der im April 2013 gegründeten \
             Mission in Mali.",
            "founded",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = facts(
            "Die Maschine landete in Wunstorf. Insgesamt 210 Männer und Frauen stiegen aus.",
            "membership",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_programme_joined_is_a_partnership_and_fragments_may_carry_an_article() {
        let got = members(
            "Die Nato wirbt um Nachbarn. Irland trat dem Programm der Nato 1999 bei, setzte \
             die Teilnahme später aus und ist seit 2004 wieder dabei.",
        );
        assert_eq!(got, ["NATO:IE:partner"]);
        let got = members(
            "Beide beteiligen sich an der Partnerschaft für den Frieden der Nato: Finnland \
             seit 1994, die Schweiz seit 1996.",
        );
        assert_eq!(got, ["NATO:CH:partner", "NATO:FI:partner"]);
    }

    #[test]
    fn a_state_that_joined_and_later_left_is_a_former_member() {
        let facts = facts(
            "Die OVKS wurde 2002 gegründet. Später trat auch Usbekistan bei. Usbekistan \
             verließ das Bündnis 2012.",
            "membership",
        );
        assert!(
            facts.iter().all(|f| !f.contains(r#""status":"member""#)),
            "{facts:?}"
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""state":"UZ","status":"former""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn founders_leading_dates_suspensions_and_partners_taken_in() {
        // The states a founding names after `von` are members from the founding.
        assert_eq!(
            members("Die OVKS war 2002 von Russland, Armenien und Belarus gegründet worden."),
            ["CSTO:AM:member", "CSTO:BY:member", "CSTO:RU:member"]
        );
        // Gapped fragments with their date first.
        let got = facts(
            "Die OVKS wuchs: 1993 kamen Georgien und Belarus hinzu, 1994 Armenien und im Mai \
             1995 Usbekistan als weiteres Mitglied.",
            "membership",
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""state":"AM","status":"member","since":"1994""#)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""state":"UZ","status":"member","since":"1995-05""#)),
            "{got:?}"
        );
        // A suspension without the organisation named speaks of the article's.
        assert_eq!(
            members("Die OVKS tagt. Kirgistan war im Juni 2021 suspendiert worden."),
            ["CSTO:KG:suspended"]
        );
        assert_eq!(
            members(
                "Ausgeschlossen bleiben Kirgistan und Tadschikistan, bis die OVKS neu entscheidet."
            ),
            ["CSTO:KG:suspended", "CSTO:TJ:suspended"]
        );
        // Taken in as a partner is no membership.
        assert_eq!(
            members("Die OVKS hat Serbien in den Kreis der Partner aufgenommen."),
            ["CSTO:RS:partner"]
        );
    }

    #[test]
    fn a_plural_relative_pronoun_after_a_list_has_the_whole_list() {
        assert_eq!(
            members(
                "Tschad, Kamerun und Gabun, die sich 2019 zum Bündnis AES \
                 zusammengeschlossen haben, verlangen Hilfe."
            ),
            ["AES:CM:member", "AES:GA:member", "AES:TD:member"]
        );
        // A singular pronoun has the state right before it.
        assert_eq!(
            members("Russland und Belarus, das seit 2024 zur SOZ gehört, üben gemeinsam."),
            ["SCO:BY:member"]
        );
    }

    #[test]
    fn beide_and_a_counted_group_before_states_where_things_happened() {
        assert_eq!(
            members(
                "Die Nachbarn Tschad und Gabun lehnen das ab. Beide sind ebenso wie \
                 Kamerun von der Ecowas suspendiert."
            ),
            [
                "ECOWAS:CM:suspended",
                "ECOWAS:GA:suspended",
                "ECOWAS:TD:suspended"
            ]
        );
        assert_eq!(
            members(
                "Tschad, Kamerun und Gabun verlassen die Ecowas. Die drei Länder waren \
                 nach Putschen in Tschad, in Kamerun und in Gabun von der Ecowas \
                 suspendiert worden."
            )
            .into_iter()
            .filter(|m| m.ends_with("suspended"))
            .collect::<Vec<_>>(),
            [
                "ECOWAS:CM:suspended",
                "ECOWAS:GA:suspended",
                "ECOWAS:TD:suspended"
            ]
        );
    }

    #[test]
    fn the_signers_of_a_founding_treaty_are_its_members_and_a_depositary_is_not() {
        assert_eq!(
            members(
                "Den Nordatlantikvertrag unterzeichneten am 4. April 1949 Norwegen, \
                 Island und Portugal."
            ),
            ["NATO:IS:member", "NATO:NO:member", "NATO:PT:member"]
        );
        assert_eq!(
            members(
                "Die USA verwahren den Nordatlantikvertrag, der am 4. April 1949 \
                 unterzeichnet worden war."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn partners_working_with_the_organisation_or_in_its_programme() {
        assert_eq!(
            members(
                "Die Nato hat 32 Mitglieder. Schweden und Irland arbeiten als Partner mit \
                 der Nato zusammen."
            ),
            ["NATO:IE:partner", "NATO:SE:partner"]
        );
        // Partner of someone else is no status in an organisation.
        assert_eq!(
            members("Die Nato hat 32 Mitglieder. Moskau präsentiert sich als Partner."),
            Vec::<String>::new()
        );
    }
}
