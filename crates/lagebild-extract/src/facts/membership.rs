//! Who belongs to which organisation, since when, and with what status; how many members
//! an organisation has; when it was founded.
//!
//! States are read from coordinated lists (`Russland, Belarus und Armenien`, `neben X auch
//! Y`) that stand next to a membership phrase, never from the whole sentence: `Belarus
//! fürchtet die Nato-Mitglieder Polen und Litauen` makes Poland and Lithuania members of
//! NATO, not Belarus.

use crate::context::{ArticleContext, Sentence};
use crate::gazetteer::{Form, Mention};
use lagebild_model::{EntityKind, Fact, MembershipStatus, OrgId, Quantity, StateId};

/// Words that mark a membership statement, lowercase stems. Checked in this order: the
/// first status whose words occur decides.
const SUSPENDED: &[&str] = &[
    "eingefroren",
    "einfrieren",
    "friert",
    "auf eis",
    "ausgesetzt",
    "suspendiert",
    "setzt seine mitgliedschaft aus",
];
const FORMER: &[&str] = &[
    "nicht mehr zur",
    "nicht mehr mitglied",
    "nicht mehr zum",
    "ehemaliges mitglied",
    "ehemalige mitglied",
    "ausgetreten",
    "trat aus",
    "verlassen",
    "verließ",
    "schied",
    "den rücken gekehrt",
];
const OBSERVER: &[&str] = &["beobachter"];
const APPLICANT: &[&str] = &[
    "beitrittsantrag",
    "antrag auf mitgliedschaft",
    "antrag auf aufnahme",
    "beantragt",
    "beitrittskandidat",
    "bewirbt sich",
];
const JOINED: &[&str] = &[
    "beigetreten",
    "trat bei",
    "aufgenommen",
    "vollmitglied",
    "neues mitglied",
    "jüngstes mitglied",
];
/// Nouns that name members; a list right after them (or before them with `sind`/`ist`)
/// are members.
const MEMBER_NOUNS: &[&str] = &[
    "mitglieder",
    "mitgliedern",
    "mitgliedstaaten",
    "mitgliedsstaaten",
    "mitgliedsländer",
    "mitgliedsländern",
    "mitglied",
    "gründungsstaaten",
    "gründungsmitglieder",
];
/// Verbs whose whole clause lists members (`Der OVKS gehören … an: A, B`).
const MEMBER_VERBS: &[&str] = &[
    "gehören",
    "gehörten",
    "angehören",
    "gehört",
    "zählen",
    "zählt",
    "besteht aus",
    "umfasst",
    "bilden",
];
/// Hedges that make a status change a possibility, not a fact.
const HEDGES: &[&str] = &[
    "prüft", "prüfen", "erwägt", "erwägen", "droht", "drohte", "könnte", "könnten", "würde",
    "würden", "wolle", "plant", "ob ", "wenn ", "falls ",
];
/// Troop words: `Soldaten … sollen Kasachstan verlassen` is a withdrawal, not a membership.
const TROOP_WORDS: &[&str] = &[
    "soldaten",
    "truppen",
    "truppe",
    "einheiten",
    "kontingent",
    "militärangehörige",
    "verbände",
];
/// Nouns that a member count counts.
const COUNT_NOUNS: &[&str] = &[
    "mitglied",
    "mitglieder",
    "mitgliedstaaten",
    "mitgliedsstaaten",
    "staaten",
    "länder",
    "ländern",
    "sowjetrepubliken",
    "nachfolgestaaten",
    "republiken",
];
/// Words right before a number that make it a part, not the whole (`die übrigen fünf`).
const PARTIAL: &[&str] = &[
    "übrigen",
    "weiteren",
    "anderen",
    "restlichen",
    "zentralasiatischen",
];
/// Founding verbs.
const FOUNDED: &[&str] = &[
    "gegründet",
    "gründeten",
    "ins leben gerufen",
    "hervorgegangen",
    "aus der taufe gehoben",
];
/// Words that connect items of one coordinated list of states.
const LIST_GLUE: &[&str] = &[
    "", ",", "und", ", und", "sowie", ", sowie", "oder", "auch", "noch", "als auch", "neben",
    "und auch",
];

/// Groups the named-state mentions of a sentence into coordinated lists.
fn state_lists<'s>(
    sentence: &'s Sentence<'_>,
    context: &'s ArticleContext<'_>,
) -> Vec<Vec<(&'s Mention, String)>> {
    let mut lists: Vec<Vec<(&Mention, String)>> = Vec::new();
    for (mention, id) in sentence.named_states(context.gazetteer) {
        let glued = lists
            .last()
            .and_then(|l| l.last())
            .is_some_and(|(previous, _)| {
                let gap = sentence.text[previous.end..mention.start]
                    .trim()
                    .to_lowercase();
                LIST_GLUE.contains(&gap.as_str())
            });
        if glued && let Some(list) = lists.last_mut() {
            list.push((mention, id.to_owned()));
        } else {
            lists.push(vec![(mention, id.to_owned())]);
        }
    }
    lists
}

/// `neben A (und B)` right before a list belongs to it: `neben Russland auch Belarus`.
fn list_span(list: &[(&Mention, String)]) -> (usize, usize) {
    let start = list.first().map_or(0, |(m, _)| m.start);
    let end = list.last().map_or(0, |(m, _)| m.end);
    (start, end)
}

/// The subject state of a status change: the named state (or capital) nearest before
/// the trigger, else the first one in the sentence.
fn subject_state(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    trigger_at: usize,
) -> Option<String> {
    let candidates: Vec<(usize, String)> = sentence
        .mentions
        .iter()
        .filter_map(|m| {
            let entry = context.gazetteer.entry(m.entry);
            match entry.kind {
                EntityKind::State if m.form != Form::Adjective => Some((m.start, entry.id.clone())),
                // A capital stands for its state as a subject (`Eriwan friert … ein`).
                EntityKind::Place => entry.parent.clone().map(|state| (m.start, state)),
                _ => None,
            }
        })
        .collect();
    candidates
        .iter()
        .filter(|(at, _)| *at < trigger_at)
        .max_by_key(|(at, _)| *at)
        .or_else(|| candidates.first())
        .map(|(_, id)| id.clone())
}

/// Membership, member-count and founding facts of one sentence.
pub(crate) fn extract(sentence: &Sentence<'_>, context: &ArticleContext<'_>, out: &mut Vec<Fact>) {
    founded(sentence, context, out);
    let talks_membership = sentence.has_any(&["mitglied", "beitritt", "beigetreten", "austritt"]);
    let org = sentence.org(context).or_else(|| {
        talks_membership
            .then(|| context.topic_org.clone())
            .flatten()
    });
    let Some(org) = org else { return };
    let org_id = OrgId::new(&org);
    member_count(sentence, &org_id, context, out);

    let hedged = sentence.has_any(HEDGES);
    let status_change = [
        (SUSPENDED, MembershipStatus::Suspended),
        (FORMER, MembershipStatus::Former),
        (APPLICANT, MembershipStatus::Applicant),
    ];
    for (triggers, status) in status_change {
        let Some(at) = sentence.find_any(triggers) else {
            continue;
        };
        if hedged || (status == MembershipStatus::Former && sentence.has_any(TROOP_WORDS)) {
            return;
        }
        // Leaving or freezing needs the organisation or a membership word in the sentence.
        if !(sentence.org(context).is_some()
            || talks_membership
            || sentence.has_any(&["mitarbeit", "beteiligung"]))
        {
            return;
        }
        if let Some(state) = subject_state(sentence, context, at) {
            out.push(Fact::Membership {
                org: org_id.clone(),
                state: StateId::new(state),
                status,
                since: sentence.main_date(Some(at)),
                as_of: context.as_of(),
            });
        }
        return;
    }

    let lists = state_lists(sentence, context);
    if let Some(at) = sentence.find_any(OBSERVER) {
        for (_, state) in nearest_list(&lists, at).into_iter().flatten() {
            push_member(
                out,
                &org_id,
                state,
                MembershipStatus::Observer,
                None,
                context,
            );
        }
        return;
    }
    if let Some(at) = sentence.find_any(JOINED) {
        if hedged {
            return;
        }
        let since = sentence.main_date(Some(at));
        for (_, state) in nearest_list(&lists, at).into_iter().flatten() {
            push_member(
                out,
                &org_id,
                state,
                MembershipStatus::Member,
                since,
                context,
            );
        }
        return;
    }
    // `gehören … an`: every list in the clause of the verb.
    if let Some(at) = sentence.find_any(MEMBER_VERBS)
        && (sentence.org(context).is_some() || sentence.has_any(&["gründungsstaaten", "mitglied"]))
    {
        // In a relative clause (`Tadschikistan, das zum Bündnis zählt, …`) the member is
        // the state the clause hangs on.
        if let Some(state) = relative_clause_subject(sentence, context, at) {
            push_member(
                out,
                &org_id,
                &state,
                MembershipStatus::Member,
                None,
                context,
            );
            return;
        }
        let (clause_start, clause_end) = clause_around(sentence.text, at);
        for list in &lists {
            let (start, end) = list_span(list);
            if start >= clause_start && end <= clause_end {
                for (_, state) in list {
                    push_member(out, &org_id, state, MembershipStatus::Member, None, context);
                }
            }
        }
        return;
    }
    // `Mitglieder sind A, B und C`, `die Nato-Mitglieder Polen und Litauen`,
    // `A und B sind Mitglieder`.
    for noun_at in member_noun_positions(sentence) {
        for list in &lists {
            let (start, end) = list_span(list);
            let gap_after =
                (start >= noun_at.1).then(|| sentence.text[noun_at.1..start].to_lowercase());
            let gap_before =
                (end <= noun_at.0).then(|| sentence.text[end..noun_at.0].to_lowercase());
            let after_ok = gap_after.is_some_and(|g| {
                g.len() <= 60
                    && (g.trim().is_empty()
                        || g.contains(" sind")
                        || g.contains(" ist")
                        || g.contains(':')
                        || g.contains(" waren"))
            });
            let before_ok = gap_before.is_some_and(|g| {
                g.len() <= 30
                    && (g.contains(" sind")
                        || g.contains(" ist")
                        || g.contains(" bleibt")
                        || g.contains(" waren"))
            });
            if after_ok || before_ok {
                for (_, state) in list {
                    push_member(out, &org_id, state, MembershipStatus::Member, None, context);
                }
            }
        }
    }
}

fn push_member(
    out: &mut Vec<Fact>,
    org: &OrgId,
    state: &str,
    status: MembershipStatus,
    since: Option<lagebild_model::When>,
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
    lists: &'l [Vec<(&'s Mention, String)>],
    at: usize,
) -> Option<&'l Vec<(&'s Mention, String)>> {
    lists.iter().min_by_key(|list| {
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
    let mut offset = 0;
    for word in sentence
        .text
        .split_inclusive(|c: char| c.is_whitespace() || c == ',' || c == ':')
    {
        let clean = word.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ':');
        let lower = clean.to_lowercase();
        let last_part = lower.rsplit('-').next().unwrap_or("");
        if MEMBER_NOUNS.contains(&last_part) {
            out.push((offset, offset + clean.len()));
        }
        offset += word.len();
    }
    out
}

/// The clause around byte `at`: bounded by `;`, a dash between spaces, or the sentence
/// ends. (Commas do not bound it: they separate the items of the very lists we want.)
fn clause_around(text: &str, at: usize) -> (usize, usize) {
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

/// Relative pronouns that open a clause about the noun before the comma.
const RELATIVE_PRONOUNS: &[&str] = &["das", "die", "der", "welches", "welche", "welcher"];

/// When the verb at `at` stands in a relative clause (`…, das zum Bündnis zählt`), the
/// named state right before the clause's comma.
fn relative_clause_subject(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    at: usize,
) -> Option<String> {
    let text = sentence.text;
    let comma = text[..at].rfind(", ")?;
    let pronoun = text[comma + 2..].split_whitespace().next()?;
    if !RELATIVE_PRONOUNS.contains(&pronoun) {
        return None;
    }
    sentence
        .named_states(context.gazetteer)
        .find(|(m, _)| m.end <= comma && text[m.end..comma].trim().is_empty())
        .map(|(_, id)| id.to_owned())
}

fn member_count(
    sentence: &Sentence<'_>,
    org: &OrgId,
    context: &ArticleContext<'_>,
    out: &mut Vec<Fact>,
) {
    let membership_clause = sentence.has_any(MEMBER_VERBS) || sentence.has_any(&["mitglied"]);
    if !membership_clause {
        return;
    }
    for number in &sentence.numbers {
        if number.year_like {
            continue;
        }
        let before = sentence.text[..number.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        if PARTIAL.contains(&before.as_str()) {
            continue;
        }
        // The counted noun follows within three words (`sechs ehemaligen Sowjetrepubliken`).
        let after: Vec<String> = sentence.text[number.end..]
            .split_whitespace()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase()
            })
            .collect();
        let counts = after
            .iter()
            .any(|w| COUNT_NOUNS.contains(&w.rsplit('-').next().unwrap_or("")));
        if counts {
            out.push(Fact::MemberCount {
                org: org.clone(),
                count: Quantity::new(number.quantity.value, number.quantity.qualifier),
                date: context.as_of(),
            });
            return;
        }
    }
}

fn founded(sentence: &Sentence<'_>, context: &ArticleContext<'_>, out: &mut Vec<Fact>) {
    let Some(at) = sentence.find_any(FOUNDED) else {
        return;
    };
    // The organisation must be the subject: named, referred to, or a pronoun opening the
    // sentence (`Sie wurde 2002 gegründet`), which stands for the article's organisation.
    let pronoun = ["Sie ", "Es ", "Er ", "Diese "]
        .iter()
        .any(|p| sentence.text.starts_with(p));
    let org = sentence
        .org(context)
        .or_else(|| pronoun.then(|| context.topic_org.clone()).flatten());
    let Some(org) = org else { return };
    if let Some(date) = sentence.main_date(Some(at)) {
        out.push(Fact::Founded {
            org: OrgId::new(org),
            date,
        });
    }
}
