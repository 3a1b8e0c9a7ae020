//! Standing forces (`eine 20.000 Mann starke schnelle Eingreiftruppe`), deployments with
//! their national contingents (`Russland 3.000, Weißrussland 300 und Armenien 70
//! Militärangehörige`), and troops stationed abroad (`In Transnistrien sind mehr als
//! 1.000 russische Soldaten stationiert`).

use crate::context::{ArticleContext, Sentence};
use crate::gazetteer::Form;
use crate::number::NumberMention;
use lagebild_model::{
    Contingent, EntityKind, EntityRef, Fact, ForceType, OrgId, PlaceId, Quantity, StateId, When,
};

/// Force names and their type; lowercase stems, most specific first.
const FORCE_NAMES: &[(&str, ForceType)] = &[
    ("schnelle eingreiftruppe", ForceType::RapidReaction),
    ("schnellen eingreiftruppe", ForceType::RapidReaction),
    ("eingreiftruppe", ForceType::RapidReaction),
    ("krisenreaktionskräfte", ForceType::RapidReaction),
    ("reaktionskräfte", ForceType::RapidReaction),
    ("response force", ForceType::RapidReaction),
    ("friedenstruppe", ForceType::Peacekeeping),
    ("friedenstruppen", ForceType::Peacekeeping),
    ("friedenskräfte", ForceType::Peacekeeping),
];
/// Verbs of having a standing force.
const FORCE_VERBS: &[&str] = &[
    "verfügt über",
    "verfügen über",
    "unterhält",
    "umfasst",
    "besitzt",
    "starke",
    "starken",
    "stark",
    "zählt",
];
/// Words for people under arms that follow a strength.
const TROOP_NOUNS: &[&str] = &[
    "mann",
    "soldaten",
    "soldatinnen",
    "kräfte",
    "einsatzkräfte",
    "militärangehörige",
    "militärangehörigen",
    "fallschirmjäger",
    "fallschirmjägern",
    "fallschirmjägerinnen",
    "angehörige",
    "personen",
    "truppen",
];
/// Words that make a sentence about sending troops.
const DEPLOY_WORDS: &[&str] = &[
    "entsend",
    "entsandt",
    "schickt",
    "schicken",
    "geschickt",
    "kontingent",
    "stellt",
    "stellen",
    "landete",
    "gelandet",
    "eingetroffen",
    "treffen",
    "einsatz",
    "mission",
];
/// Words that start or end a deployment.
const START_WORDS: &[&str] = &[
    "beschloss",
    "beschlossen",
    "startete",
    "gab",
    "begann",
    "begonnen",
    "entsendung",
];
const END_WORDS: &[&str] = &[
    "verlassen",
    "abgezogen",
    "abzug",
    "beendet",
    "endete",
    "zurückgekehrt",
];
/// Words that say troops are based somewhere.
const STATIONED_WORDS: &[&str] = &[
    "stationiert",
    "stehen",
    "dienen",
    "stützpunkt",
    "militärbasis",
    "basis",
];

/// Whether the words right after a number name troops.
fn counts_troops(sentence: &Sentence<'_>, number: &NumberMention, within: usize) -> bool {
    sentence.text[number.end..]
        .split_whitespace()
        .take(within)
        .any(|w| {
            TROOP_NOUNS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        })
}

/// Force facts of one sentence.
pub(crate) fn force(sentence: &Sentence<'_>, context: &ArticleContext<'_>, out: &mut Vec<Fact>) {
    let Some((at, name_len, force_type)) = FORCE_NAMES
        .iter()
        .filter_map(|&(name, kind)| {
            crate::context::find_ignore_ascii_case(sentence.text, name)
                .map(|at| (at, name.len(), kind))
        })
        .min_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)))
    else {
        return;
    };
    // A force is named with its organisation's standing verb or a strength; otherwise
    // `Friedenstruppe` is just the name of a deployed unit.
    let strength = sentence
        .numbers
        .iter()
        .filter(|n| !n.year_like && counts_troops(sentence, n, 3))
        .min_by_key(|n| n.start.abs_diff(at));
    if strength.is_none() && !sentence.has_any(FORCE_VERBS) {
        return;
    }
    if sentence.has_any(DEPLOY_WORDS) && !sentence.has_any(FORCE_VERBS) {
        return;
    }
    // The owner is an organisation named before the force, or right after it in the
    // genitive (`die Eingreiftruppe der Nato`); one named later (`von der UNO anerkannt`)
    // is someone else. Otherwise the article's organisation owns it (`Seine … Truppe`).
    let name_end = at + name_len;
    let owner = sentence
        .of_kind(context.gazetteer, EntityKind::Org)
        .find(|m| {
            m.end <= at || {
                let gap = sentence.text[name_end..m.start.max(name_end)]
                    .trim()
                    .to_lowercase();
                m.start >= name_end && (gap == "der" || gap == "des")
            }
        });
    let org = match owner {
        Some(m) => context.gazetteer.entry(m.entry).id.clone(),
        None => match context.topic_org.clone() {
            Some(org) => org,
            None => return,
        },
    };
    let name = sentence.text[at..name_end].to_owned();
    out.push(Fact::Force {
        org: OrgId::new(org),
        force_type,
        name,
        strength: strength.map(|n| Quantity::new(n.quantity.value, n.quantity.qualifier)),
    });
}

/// Collects one article's deployment from its sentences: the national contingents, the
/// host, the start and end dates.
#[derive(Default)]
pub(crate) struct DeploymentBuilder {
    org: Option<String>,
    hosts: Vec<String>,
    contingents: Vec<Contingent>,
    start: Option<When>,
    end: Option<When>,
    /// Index of the sentence that gave the contingents (the fact's provenance).
    pub(crate) anchor_sentence: Option<usize>,
}

impl DeploymentBuilder {
    pub(crate) fn add(
        &mut self,
        index: usize,
        sentence: &Sentence<'_>,
        context: &ArticleContext<'_>,
    ) {
        if !sentence.has_any(DEPLOY_WORDS) {
            return;
        }
        let gazetteer = context.gazetteer;
        // Hosts: states after `nach`/`in` (`nach Kasachstan`, `in Kasachstan`).
        let mut hosts = Vec::new();
        for (mention, id) in sentence.named_states(gazetteer) {
            let before = sentence.text[..mention.start].trim_end().to_lowercase();
            if before.ends_with(" nach")
                || before.ends_with(" in")
                || before.ends_with(" ins")
                || before == "in"
                || before == "nach"
            {
                hosts.push(id.to_owned());
            }
        }
        // Contingents: a named state followed by its number (`Russland 3.000`,
        // `Russland mit etwa 3.000 Fallschirmjägern`, `Belarus schickt rund 500 Soldaten`),
        // or a number followed by a state adjective (`70 armenischen Militärangehörigen`).
        let mut found = Vec::new();
        let states: Vec<_> = sentence.states(gazetteer).collect();
        for (i, (mention, id)) in states.iter().enumerate() {
            if hosts.contains(&(*id).to_owned()) {
                continue;
            }
            if mention.form == Form::Adjective {
                let number = sentence.numbers.iter().find(|n| {
                    !n.year_like
                        && n.end <= mention.start
                        && sentence.text[n.end..mention.start].trim().is_empty()
                });
                if let Some(number) = number.filter(|n| counts_troops(sentence, n, 2)) {
                    found.push((id.to_string(), number.quantity));
                }
                continue;
            }
            let next_state_start = states
                .get(i + 1)
                .map_or(sentence.text.len(), |(m, _)| m.start);
            // The number must count troops: a troop noun follows, or the list goes on to
            // the next state (`Russland 3.000, Weißrussland 300 und Armenien 70
            // Militärangehörige`). `Russland und fünf weitere Länder` is no contingent.
            let number = sentence.numbers.iter().find(|n| {
                let close =
                    !n.year_like && n.start >= mention.end && n.start < next_state_start && {
                        let gap = &sentence.text[mention.end..n.start];
                        gap.len() <= 25 && !gap.contains([',', '.', ';'])
                    };
                let continues = {
                    let tail = sentence.text[n.end..next_state_start].trim();
                    next_state_start < sentence.text.len()
                        && matches!(tail, "," | "und" | ", und" | "sowie")
                };
                close && (counts_troops(sentence, n, 2) || continues)
            });
            if let Some(number) = number {
                found.push((id.to_string(), number.quantity));
            }
        }
        if !found.is_empty() {
            self.anchor_sentence.get_or_insert(index);
            for (state, troops) in found {
                if !self.contingents.iter().any(|c| c.state.as_str() == state) {
                    self.contingents.push(Contingent {
                        state: StateId::new(state),
                        troops: Some(troops),
                    });
                }
            }
        }
        self.hosts.extend(hosts);
        if self.org.is_none() {
            self.org = sentence.org(context);
        }
        if self.start.is_none() && sentence.has_any(START_WORDS) {
            self.start = sentence.main_date(sentence.find_any(START_WORDS));
        }
        if sentence.has_any(END_WORDS) {
            self.end = sentence
                .main_date(sentence.find_any(END_WORDS))
                .or(self.end);
        }
    }

    /// The article's deployment, if its sentences named a host and either contingents or
    /// a deploying organisation.
    pub(crate) fn finish(self, context: &ArticleContext<'_>) -> Option<Fact> {
        let host = most_common(&self.hosts)?;
        let actor = match (
            self.org.or_else(|| context.topic_org.clone()),
            self.contingents.first(),
        ) {
            (Some(org), _) => EntityRef::Org(OrgId::new(org)),
            (None, Some(first)) => EntityRef::State(first.state.clone()),
            (None, None) => return None,
        };
        if self.contingents.is_empty() && self.start.is_none() {
            return None;
        }
        let contingents = self
            .contingents
            .into_iter()
            .filter(|c| c.state.as_str() != host)
            .collect();
        Some(Fact::Deployment {
            actor,
            host: StateId::new(host),
            start: self.start,
            end: self.end,
            purpose: None,
            contingents,
        })
    }
}

fn most_common(items: &[String]) -> Option<String> {
    let mut best: Option<(&String, usize)> = None;
    for item in items {
        let count = items.iter().filter(|i| *i == item).count();
        if best.is_none_or(|(_, c)| count > c) {
            best = Some((item, count));
        }
    }
    best.map(|(item, _)| item.clone())
}

/// Troops stationed abroad. `last_base` carries the state and location of the previous
/// sentence's base, for `Dort dienen etwa 3.000 Soldaten`.
pub(crate) fn stationed(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    last_base: &mut Option<(String, EntityRef)>,
    out: &mut Vec<Fact>,
) {
    if !sentence.has_any(STATIONED_WORDS) {
        return;
    }
    let gazetteer = context.gazetteer;
    // Whose troops: a state adjective before the troop noun (`russische Soldaten`) or a
    // state that `unterhält` the base.
    let adjective = sentence
        .states(gazetteer)
        .find(|(m, _)| m.form == Form::Adjective)
        .map(|(_, id)| id.to_owned());
    let keeper = sentence
        .has_any(&["unterhält", "unterhalten"])
        .then(|| {
            sentence
                .named_states(gazetteer)
                .find(|(m, _)| {
                    let after = sentence.text[m.end..].trim_start().to_lowercase();
                    after.starts_with("unterhält") || after.starts_with("unterhalten")
                })
                .map(|(_, id)| id.to_owned())
        })
        .flatten();
    let troops_state = adjective.clone().or(keeper.clone());
    // Where: the first state or place after `in`/`bei`/`auf` that is not the troops' own.
    let location = sentence.mentions.iter().find_map(|m| {
        let entry = gazetteer.entry(m.entry);
        let before = sentence.text[..m.start].trim_end().to_lowercase();
        let after_preposition = ["in", "bei", "auf", "im"]
            .iter()
            .any(|p| before.ends_with(&format!(" {p}")) || before == *p);
        if !after_preposition
            || m.form == Form::Adjective
            || Some(&entry.id) == troops_state.as_ref()
        {
            return None;
        }
        match entry.kind {
            EntityKind::State => Some(EntityRef::State(StateId::new(&entry.id))),
            EntityKind::Place => Some(EntityRef::Place(PlaceId::new(&entry.id))),
            _ => None,
        }
    });
    if let (Some(state), Some(location)) = (keeper.as_ref(), location.as_ref()) {
        *last_base = Some((state.clone(), location.clone()));
    }
    let troops = sentence
        .numbers
        .iter()
        .filter(|n| !n.year_like && counts_troops(sentence, n, 3))
        .min_by_key(|n| n.start);
    let Some(troops) = troops else { return };
    let stationed_here = sentence.has_any(&["stationiert", "stehen", "dienen"]);
    if !stationed_here {
        return;
    }
    let (state, location) = match (troops_state, location) {
        (Some(state), Some(location)) => (state, location),
        _ if sentence.lower.starts_with("dort") => match last_base.clone() {
            Some(base) => base,
            None => return,
        },
        _ => return,
    };
    out.push(Fact::Stationed {
        state: StateId::new(state),
        location,
        troops: Some(Quantity::new(
            troops.quantity.value,
            troops.quantity.qualifier,
        )),
    });
}
