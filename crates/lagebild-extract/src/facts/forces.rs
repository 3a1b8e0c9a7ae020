//! Standing forces (`eine 20.000 Mann starke schnelle Eingreiftruppe`), deployments with
//! their national contingents (`Belarus 400, Kirgistan 150 und Tadschikistan 200
//! Soldaten`), and troops stationed abroad (`In Transnistrien sind mehr als
//! 1.000 russische Soldaten stationiert`).

use crate::context::{ArticleContext, Sentence};
use crate::gazetteer::{Form, Mention};
use crate::lexicon::Table;
use crate::number::NumberMention;
use lagebild_model::{
    EntityKind, EntityRef, Fact, ForceType, Location, OrgId, PlaceId, Planned, Quantity, StateId,
};

/// Whether the words right after a number name troops.
fn counts_troops(sentence: &Sentence<'_>, number: &NumberMention, within: usize) -> bool {
    sentence.text[number.end..]
        .split_whitespace()
        .take(within)
        .any(|w| {
            let word = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // `US-Soldaten`, `Nato-Truppen`: the noun after the hyphen counts.
            let noun = word.rsplit('-').next().unwrap_or(&word);
            sentence.lexicon.words(Table::TroopNouns).contains(&noun)
        })
}

/// Whether `word` names troops or a unit of them (`Soldaten`, `Einheiten`, `Verbände`).
fn names_troops(sentence: &Sentence<'_>, word: &str) -> bool {
    if crate::facts::deployments::is_troop_noun(sentence.lexicon, word) {
        return true;
    }
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // `Einheiten`, `Brigaden`, `Verbände` (the plural's umlaut).
    let without_umlaut = word.replace('ä', "a");
    [word.as_str(), without_umlaut.as_str()].iter().any(|form| {
        [
            *form,
            form.strip_suffix('n').unwrap_or(form),
            form.strip_suffix("en").unwrap_or(form),
            form.strip_suffix('e').unwrap_or(form),
        ]
        .iter()
        .any(|stem| crate::facts::deployments::is_unit_noun(sentence.lexicon, stem))
    })
}

/// The first force name in the sentence (the longest where several start there): its
/// offset, length and type.
fn force_name(sentence: &Sentence<'_>) -> Option<(usize, usize, ForceType)> {
    if !sentence.has_any(Table::ForceStems) {
        return None;
    }
    if sentence.aligned()
        && let Some(automaton) = sentence.lexicon.force_automaton()
    {
        return automaton.find(&*sentence.lower).and_then(|m| {
            let (name, kind) = sentence.lexicon.force_names().get(m.pattern().as_usize())?;
            Some((m.start(), name.len(), *kind))
        });
    }
    sentence
        .lexicon
        .force_names()
        .iter()
        .filter_map(|&(name, kind)| {
            crate::context::find_ignore_ascii_case(sentence.text, name)
                .map(|at| (at, name.len(), kind))
        })
        .min_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)))
}

/// Force facts of one sentence.
///
/// `focus` is the organisation the paragraph last named: it owns a force the sentence
/// names without its organisation before the article's own does.
pub(crate) fn force(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    focus: Option<&str>,
    out: &mut Vec<Fact>,
) {
    let Some((at, name_len, force_type)) = force_name(sentence) else {
        return;
    };
    // A force is named with its organisation's standing verb or a strength; otherwise
    // `Friedenstruppe` is just the name of a deployed unit.
    // The strength stands in the force's own clause: `sind es 1.500 Mann; ein Teil von
    // ihnen gehört zu einer Friedenstruppe` counts other troops.
    let same_clause = |n: &&NumberMention| {
        let (from, to) = (n.start.min(at), n.end.max(at));
        !sentence.text[from..to].contains(';')
    };
    // `gut 14.000 deutsche Soldaten`: one state's share is not the force's strength.
    let national = |n: &&NumberMention| {
        sentence.mentions.iter().any(|m| {
            m.form == Form::Adjective
                && m.start >= n.end
                && sentence.text[n.end..m.start].trim().is_empty()
        })
    };
    let strength = sentence
        .numbers()
        .iter()
        .filter(|n| !n.year_like && counts_troops(sentence, n, 3))
        .filter(same_clause)
        .filter(|n| !national(n))
        .min_by_key(|n| n.start.abs_diff(at));
    // `find_any`, not `has_any`: separable verbs (`stellte … auf`) count.
    let standing = sentence.find_any(Table::ForceVerbs).is_some();
    if strength.is_none() && !standing {
        return;
    }
    if sentence.has_any(Table::DeployWords) && !standing {
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
    // Without an organisation named, troops a state's adjective names (`stehen
    // russische Einheiten, ein Teil von ihnen als Friedenstruppe`) are that state's.
    if owner.is_none()
        && sentence.mentions.iter().any(|m| {
            m.form == Form::Adjective
                && m.start < at
                && sentence
                    .word_after(m.end)
                    .is_some_and(|w| names_troops(sentence, w))
        })
    {
        return;
    }
    let org = match owner {
        Some(m) => context.gazetteer.entry(m.entry).id.clone(),
        None => match focus
            .map(str::to_owned)
            .or_else(|| context.topic_org.clone())
        {
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

/// A force the sentence before named, continued by a pronoun or a short reference with
/// its strength (`Anfangs umfasste sie rund 20.000 Soldaten`, `Sie soll 5000 Soldaten
/// umfassen`): the same force with that strength, one fact per size it had. Planned sizes count as the force's
/// stated strength, as the article gives no other.
pub(crate) fn force_continued(
    sentence: &Sentence<'_>,
    previous: Option<&Fact>,
    out: &mut Vec<Fact>,
) {
    let Some(Fact::Force {
        org,
        force_type,
        name,
        ..
    }) = previous
    else {
        return;
    };
    // A force named in this sentence takes the counts from its name on; the counts
    // before it still speak of the one before (`Anfangs umfasste sie rund 20.000
    // Soldaten, … wuchs sie auf etwa 40.000. Ihr Kern war die Speerspitze …`).
    let named_at = force_name(sentence).map_or(sentence.text.len(), |(at, ..)| at);
    let grows = sentence.has_any(Table::ForceGrowth);
    if sentence.find_any(Table::ForceVerbs).is_none() && !grows {
        return;
    }
    let refers = sentence.words().take(4).any(|w| {
        matches!(
            w,
            "sie" | "er" | "ihr" | "ihre" | "truppe" | "verband" | "einheit"
        )
    });
    if !refers {
        return;
    }
    // Each size the sentence gives: a count of troops, or the size grown to (`wuchs
    // sie auf etwa 40.000`, the troops understood).
    let mut sizes: Vec<Quantity> = Vec::new();
    for n in sentence
        .numbers()
        .iter()
        .filter(|n| !n.year_like && n.end <= named_at)
    {
        let grown_to = grows && sentence.text[..n.start].trim_end().ends_with(" auf");
        let size = Quantity::new(n.quantity.value, n.quantity.qualifier);
        if (grown_to || counts_troops(sentence, n, 3)) && !sizes.contains(&size) {
            sizes.push(size);
        }
    }
    for strength in sizes {
        out.push(Fact::Force {
            org: org.clone(),
            force_type: *force_type,
            name: name.clone(),
            strength: Some(strength),
        });
    }
}

/// Drops a force told without its strength where the article gives that force's
/// strength too (`kündigte die Aufstellung einer vereinten Truppe an. Sie soll 5000
/// Soldaten umfassen`): the sized fact says all the unsized one does.
pub(crate) fn drop_unsized_repeats(facts: &mut Vec<lagebild_model::FactRecord>) {
    let sized: Vec<(OrgId, String)> = facts
        .iter()
        .filter_map(|r| match &r.fact {
            Fact::Force {
                org,
                name,
                strength: Some(_),
                ..
            } => Some((org.clone(), name.to_lowercase())),
            _ => None,
        })
        .collect();
    if sized.is_empty() {
        return;
    }
    facts.retain(|r| match &r.fact {
        Fact::Force {
            org,
            name,
            strength: None,
            ..
        } => !sized
            .iter()
            .any(|(o, n)| o == org && *n == name.to_lowercase()),
        _ => true,
    });
}

/// Whether a name in the genitive hangs on the noun before it (`im Norden Armeniens`,
/// `die Hauptstadt Kasachstans`): it places something, it does not act.
fn genitive_attribute(sentence: &Sentence<'_>, m: &Mention) -> bool {
    let name = &sentence.text[m.start..m.end];
    let previous = sentence.text[..m.start].split_whitespace().next_back();
    name.ends_with('s')
        && m.form == Form::Name
        && previous.is_some_and(|w| w.starts_with(char::is_uppercase) && m.start > w.len() + 1)
}

/// Whether the word at `start` follows `in`, `im`, `bei`, `auf` or `nach`.
fn after_location_preposition(sentence: &Sentence<'_>, start: usize) -> bool {
    matches!(
        sentence.preposition_before(start),
        Some("in" | "im" | "bei" | "auf" | "nach")
    )
}

/// Troops stationed abroad. `last_base` carries the state and location of the previous
/// sentence's base, for `Dort dienen etwa 3.000 Soldaten`; `last_place` is the gazetteer
/// entry of the place the sentences before named last, for `In der Region stehen …`.
pub(crate) fn stationed(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    last_base: &mut Option<(String, EntityRef)>,
    (last_place, paragraph_states): (Option<usize>, &[&str]),
    out: &mut Vec<Fact>,
) {
    // `Die USA haben etwa 1100 Soldaten im Land`: having troops somewhere, in a sentence
    // that sends none, is troops stationed there.
    let having = (sentence.lower.contains(" haben ") || sentence.lower.contains(" hat "))
        && !sentence.has_any(Table::DeployWords)
        && !sentence.has_any(Table::TakePart)
        && !sentence.has_any(Table::Sending)
        && sentence.find_any(Table::StartWords).is_none()
        && sentence.find_any(Table::EndWords).is_none();
    // `sind es heute etwa 1.500 Mann` after troops named without a count, or `dienen dort
    // rund 7.000 Mann` after a base named.
    let continues_base = last_base.is_some()
        && ([" sind es ", " waren es ", " es sind ", " es waren "]
            .iter()
            .any(|w| sentence.lower.contains(w))
            || (sentence.lower.contains(" dort ") && sentence.has_any(Table::ServeHere)));
    if !having && !continues_base && !sentence.has_any(Table::StationedWords) {
        return;
    }
    // Troops that leave (`die dort stationierten Soldaten zogen ab`) end a deployment;
    // a withdrawal only demanded or announced (`verlangt den Abzug`) leaves them where
    // they are.
    let leaving = sentence.find_any(Table::EndWords).is_some_and(|at| {
        !sentence
            .lower
            .get(at..)
            .is_some_and(|w| w.starts_with("abzug"))
    });
    if leaving {
        return;
    }
    let gazetteer = context.gazetteer;
    // Whose troops: the state adjective right before a troop noun (`russische Soldaten`,
    // not `nach moldauischen Angaben`), or the state that `unterhält` the base.
    let adjective = sentence
        .states(gazetteer)
        .filter(|(m, _)| m.form == Form::Adjective)
        .find(|(m, _)| {
            let next = sentence.text[m.end..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            sentence.lexicon.words(Table::TroopNouns).contains(
                &next
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        })
        .or_else(|| {
            sentence
                .states(gazetteer)
                .find(|(m, _)| m.form == Form::Adjective)
        })
        .map(|(_, id)| id.to_owned());
    // The state that keeps a base: named next to `unterhält` and not itself the place
    // (`In Armenien unterhält Russland …`: the verb comes second, the keeper after it).
    let keeper = sentence.find_any(Table::Keeps).and_then(|verb| {
        // A capital stands for its state here (`unterhält Moskau Stützpunkte`).
        sentence
            .mentions
            .iter()
            .filter(|m| {
                m.form != Form::Adjective
                    && !after_location_preposition(sentence, m.start)
                    && !genitive_attribute(sentence, m)
            })
            .filter_map(|m| {
                let entry = gazetteer.entry(m.entry);
                match entry.kind {
                    EntityKind::State => Some((m.start, entry.id.clone())),
                    EntityKind::Place => entry
                        .parent
                        .clone()
                        .filter(|p| p.len() == 2)
                        .map(|p| (m.start, p)),
                    _ => None,
                }
            })
            .min_by_key(|(start, _)| start.abs_diff(verb))
            .map(|(_, id)| id)
    });
    // Else the state named before the count as the sentence's subject (`Zuletzt hatte
    // Frankreich rund 1000 Soldaten im Tschad stationiert`).
    // Without a count, the one named before the word of stationing (`die Brigade, die die
    // Bundeswehr dauerhaft im Ausland stationiert`).
    let subject = || {
        let count = sentence
            .numbers()
            .iter()
            .filter(|n| !n.year_like && counts_troops(sentence, n, 3))
            .map(|n| n.start)
            .min()
            .or_else(|| sentence.find_any(Table::StationedWords))?;
        sentence
            .named_states(gazetteer)
            .take_while(|(m, _)| m.end <= count)
            .filter(|(m, _)| {
                m.form != Form::Adjective && sentence.preposition_before(m.start).is_none()
            })
            .last()
            .map(|(_, id)| id.to_owned())
    };
    // `US-Soldaten`, `russische Soldaten`: a state's name joined to the troop noun.
    let compound = || {
        sentence.named_states(gazetteer).find_map(|(m, id)| {
            let rest = sentence.text[m.end..].strip_prefix('-')?;
            let word = rest.split_whitespace().next()?;
            super::deployments::is_troop_noun(sentence.lexicon, word).then(|| id.to_owned())
        })
    };
    let troops_state = adjective
        .clone()
        .or(keeper.clone())
        .or_else(compound)
        .or_else(subject);
    // Where: a state or place after `in`/`bei`/`auf` that is not the troops' own; the most
    // specific one named (`in Gjumri` over `In Armenien`).
    let candidates: Vec<EntityRef> = sentence
        .mentions
        .iter()
        .filter_map(|m| {
            let entry = gazetteer.entry(m.entry);
            if !after_location_preposition(sentence, m.start)
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
        })
        .collect();
    // A place named anywhere in the sentence (`in der abtrünnigen Region Transnistrien`)
    // comes next; a place from earlier sentences only for a bare reference (below).
    let named_place = sentence.mentions.iter().find_map(|m| {
        let entry = gazetteer.entry(m.entry);
        (entry.kind == EntityKind::Place && entry.parent.as_ref() != troops_state.as_ref())
            .then(|| EntityRef::Place(PlaceId::new(&entry.id)))
    });
    let location = candidates
        .iter()
        .find(|c| matches!(c, EntityRef::Place(_)))
        .or(candidates.first())
        .cloned()
        .or(named_place);
    if let (Some(state), Some(location)) = (keeper.as_ref(), location.as_ref()) {
        *last_base = Some((state.clone(), location.clone()));
    }
    // `dort stationierten … Soldaten`: where is the state the sentence named before `dort`.
    let location = match sentence.lower.find(" dort ") {
        Some(there) if sentence.aligned() => sentence
            .mentions
            .iter()
            // `an der Grenze zu Afghanistan … dort`: a neighbour is not where.
            .filter(|m| {
                m.end <= there
                    && m.form != Form::Adjective
                    && !matches!(
                        sentence.lower_of(0..m.start).split_whitespace().next_back(),
                        Some("zu" | "an" | "gegen")
                    )
            })
            .filter_map(|m| {
                let entry = gazetteer.entry(m.entry);
                (entry.kind == EntityKind::State && Some(&entry.id) != troops_state.as_ref())
                    .then(|| EntityRef::State(StateId::new(&entry.id)))
            })
            .next_back()
            .or(location),
        _ => location,
    };
    let troops = sentence
        .numbers()
        .iter()
        .filter(|n| !n.year_like && counts_troops(sentence, n, 3))
        .min_by_key(|n| n.start);
    // A base kept somewhere (`In Georgien unterhält Moskau Stützpunkte in Abchasien`) is
    // troops stationed there, with or without a count.
    // The place must be the base's: after the base noun (`Stützpunkte in Abchasien`) or
    // opening the sentence (`In Georgien unterhält …`), not a war elsewhere (`nach einem
    // Jahr Krieg in der Ukraine unterhält Moskau Stützpunkte in …`).
    let keeps_base = keeper.is_some()
        && sentence.has_any(Table::BaseNouns)
        && sentence.find_any(Table::BaseNouns).is_some_and(|base| {
            sentence.mentions.iter().any(|m| {
                let entry = gazetteer.entry(m.entry);
                matches!(entry.kind, EntityKind::State | EntityKind::Place)
                    && m.form != Form::Adjective
                    && after_location_preposition(sentence, m.start)
                    && (m.start > base || sentence.text[..m.start].split_whitespace().count() <= 2)
                    && Some(&entry.id) != keeper.as_ref()
            })
        });
    // `dort`, `im Land`, `in der Region` without a place named: the paragraph's own state
    // first (`Auch in Japan … Dort sind rund 54.000 US-Soldaten stationiert`), as the last
    // place named may be an older paragraph's.
    // A base kept at a place the gazetteer does not know (`unterhält in Akrotiri zwei
    // Militärbasen`) lies in the paragraph's state too.
    let unknown_base = keeper.is_some() && sentence.has_any(Table::BaseNouns);
    let base_state: Option<String> = last_base.as_ref().and_then(|(_, at)| match at {
        EntityRef::State(s) => Some(s.as_str().to_owned()),
        _ => None,
    });
    let referenced = |state: &String| -> Option<EntityRef> {
        if !sentence.has_word(Table::PlaceReferences) && !unknown_base {
            return None;
        }
        // Where the base named last in this paragraph lies, before a state named later
        // that keeps troops of its own (`Großbritannien unterhält … Im Norden stehen …
        // türkische Soldaten`).
        if let Some(there) = base_state
            .as_deref()
            .filter(|s| *s != state && paragraph_states.contains(s))
        {
            return Some(EntityRef::State(StateId::new(there)));
        }
        match (
            paragraph_states.iter().rev().find(|s| **s != state),
            last_place,
        ) {
            (Some(there), _) => Some(EntityRef::State(StateId::new(*there))),
            (None, Some(place)) => Some(EntityRef::Place(PlaceId::new(
                &context.gazetteer.entry(place).id,
            ))),
            (None, None) => None,
        }
    };
    let stationed_here = having || sentence.has_any(Table::ServeHere);
    if troops.is_none() && !keeps_base {
        // `Seither stehen dort russische Truppen.`: whose and where, the count to follow
        // (`Nach Schätzungen sind es heute etwa 1.500 Mann`).
        if stationed_here
            && sentence.has_any(Table::TroopNouns)
            && let Some(state) = troops_state.as_ref()
            && let Some(location) = location.clone().or_else(|| referenced(state))
        {
            *last_base = Some((state.clone(), location));
        }
        // `die erste Brigade, die die Bundeswehr dauerhaft im Ausland stationiert, hat
        // ihren Platz in Litauen eingenommen`: a unit stationed, its size not told.
        let unit_stationed = troops_state.is_some()
            && sentence.has_any(Table::StationedWords)
            && sentence.words().any(|w| names_troops(sentence, w));
        if !unit_stationed {
            return;
        }
    }
    // `sind es heute etwa 1.500 Mann`: the count of the troops the sentence before named.
    // The count's own troops carry no state (`etwa 1.500 Mann`, not `500 moldauische
    // Soldaten`); a state named elsewhere in the sentence is someone else's.
    let counts_them = continues_base
        && troops.is_some_and(|n| {
            let near = sentence.text[n.end..]
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .nth(2)
                .map_or(sentence.text.len(), |(at, _)| n.end + at);
            !sentence
                .mentions
                .iter()
                .any(|m| m.start >= n.end && m.start < near && m.form == Form::Adjective)
        });
    let troops_state = if counts_them { None } else { troops_state };
    if !stationed_here && !keeps_base && !counts_them {
        return;
    }
    // A state of this paragraph is nearer than the base of an earlier one.
    let local = troops_state.as_ref().and_then(&referenced);
    let (state, location) = match (troops_state, location) {
        (Some(state), Some(location)) => (state, location),
        (None, None) if counts_them && last_base.is_some() => match last_base.clone() {
            Some(base) => base,
            None => return,
        },
        _ if sentence.lower.starts_with("dort") && last_base.is_some() && local.is_none() => {
            match last_base.clone() {
                Some(base) => base,
                None => return,
            }
        }
        // Whose troops the sentence before said (`insgesamt dienen dort rund 7.000 Mann`).
        (None, Some(location)) if stationed_here && last_base.is_some() => match last_base {
            Some((state, _)) => (state.clone(), location),
            None => return,
        },
        (Some(state), None) => match referenced(&state) {
            Some(location) => (state, location),
            None => return,
        },
        _ => return,
    };
    // The base a keeper keeps, for the sentences after it (`… auf denen 2500 britische
    // Soldaten dienen`: where the next troops of the paragraph are too).
    if keeper.is_some() {
        *last_base = Some((state.clone(), location.clone()));
    }
    // A place carries the state it lies in (`Gjumri` in Armenia).
    let location = match location {
        EntityRef::Place(place) => {
            let in_state = gazetteer
                .find(EntityKind::Place, place.as_str())
                .and_then(|i| gazetteer.entry(i).parent.as_deref())
                .filter(|p| p.len() == 2)
                .map(StateId::new);
            Location::place(place, in_state)
        }
        other => Location::from(other),
    };
    out.push(Fact::Stationed {
        state: StateId::new(state),
        location,
        // `mehrere Tausend` is no count.
        troops: troops
            .filter(|n| n.quantity.qualifier != lagebild_model::Qualifier::Vague)
            .map(|n| Quantity::new(n.quantity.value, n.quantity.qualifier)),
        planned: planned(sentence),
    });
}

/// Troops that are to be stationed (`sollen bis 2027 … stationiert sein`, `plant, … zu
/// stationieren`) are planned, by the date after `bis` when the sentence gives one.
fn planned(sentence: &Sentence<'_>) -> Option<Planned> {
    if !sentence.has_word(Table::Planned) {
        return None;
    }
    let by = sentence
        .dates()
        .iter()
        .find(|d| {
            sentence.text[..d.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case("bis"))
        })
        .map(|d| d.when);
    Some(Planned { by })
}

#[cfg(test)]
mod tests {
    use crate::facts::tests::check;

    #[test]
    fn forces_with_strength_and_owner() {
        assert_eq!(
            check(
                "Die Allianz unterhält eine schnelle Eingreiftruppe mit 20.000 Soldaten.",
                None
            ),
            [
                r#"{"kind":"force","org":"CSTO","force_type":"rapid_reaction","name":"schnelle Eingreiftruppe","strength":{"value":20000,"qualifier":"exact"}}"#
            ]
        );
        // The UN recognises the force; it does not own it.
        assert_eq!(
            check(
                "Ihre Friedenstruppe mit 3.600 Mann wird von der UNO anerkannt.",
                None
            ),
            [
                r#"{"kind":"force","org":"CSTO","force_type":"peacekeeping","name":"Friedenstruppe","strength":{"value":3600,"qualifier":"exact"}}"#
            ]
        );
    }

    #[test]
    fn a_force_continued_by_a_pronoun_and_new_force_names() {
        let facts = check(
            "Die Nato schuf 2002 eine Response Force. Anfangs umfasste sie rund 20.000 Soldaten.",
            None,
        );
        assert!(
            facts.iter().any(|f| f.contains(
                r#""name":"Response Force","strength":{"value":20000,"qualifier":"approx"}"#
            )),
            "{facts:?}"
        );
        let facts = check(
            "Die Kollektiven Schnellen Eingreifkräfte umfassen nach Angaben des Bündnisses rund 18.000 Soldaten.",
            None,
        );
        assert!(
            facts.iter().any(
                |f| f.contains(r#""org":"CSTO","force_type":"rapid_reaction""#)
                    && f.contains("18000")
            ),
            "{facts:?}"
        );
    }

    #[test]
    fn a_force_keeps_each_size_it_grew_to_before_another_force_is_named() {
        let facts = check(
            "Die Nato stellte 2010 eine Eingreiftruppe auf. Zuerst umfasste sie etwa 8000 \
             Soldaten, später wuchs sie auf rund 12.000, und ihr Kern wurde eine Speerspitze \
             von 3000 Soldaten.",
            None,
        );
        let sizes: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"force""#))
            .collect();
        for (name, size) in [
            ("Eingreiftruppe", 8000),
            ("Eingreiftruppe", 12000),
            ("Speerspitze", 3000),
        ] {
            assert!(
                sizes.iter().any(|f| f.contains(&format!(r#""name":"{name}","strength":{{"value":{size}"#))),
                "{name} {size}: {sizes:?}"
            );
        }
        // The force named second does not take the sizes of the first.
        assert!(
            !sizes
                .iter()
                .any(|f| f.contains(r#""name":"Speerspitze","strength":{"value":8000"#))
        );
    }

    #[test]
    fn bases_without_a_count_and_troops_there() {
        assert_eq!(
            check(
                "In Georgien unterhält Moskau seit 2008 Stützpunkte in Abchasien.",
                None
            ),
            [
                r#"{"kind":"stationed","state":"RU","location":{"kind":"place","id":"Abchasien","state":"GE"}}"#
            ]
        );
        let facts = check(
            "Senegal verlangt den Abzug der dort stationierten rund 350 französischen Soldaten, in Tschad ist es ruhig.",
            None,
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""state":"FR","location":{"kind":"state","id":"SN"}"#)),
            "{facts:?}"
        );
    }

    #[test]
    fn the_subject_before_the_count_owns_stationed_troops() {
        let facts = check(
            "Bis zuletzt hatte Spanien rund 600 Soldaten in Lettland stationiert.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"stationed","state":"ES""#)
                    && f.contains(r#""id":"LV""#)
                    && f.contains(r#""value":600"#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_genitive_place_keeps_no_base_and_mehreren_tausend_is_no_count() {
        let facts = check(
            "In Kant im Norden Kirgistans unterhält Kasachstan eine Militärbasis mit mehreren \
             Tausend Soldaten.",
            Some("10.10.2024"),
        );
        let stationed: Vec<&String> = facts
            .iter()
            .filter(|f| f.contains(r#""kind":"stationed""#))
            .collect();
        assert_eq!(stationed.len(), 1, "{facts:?}");
        assert!(stationed[0].contains(r#""state":"KZ""#), "{stationed:?}");
        assert!(!stationed[0].contains(r#""troops""#), "{stationed:?}");
    }

    #[test]
    fn troops_that_are_to_be_stationed_are_planned_by_the_date_after_bis() {
        assert_eq!(
            check(
                "Bis Ende 2028 sollen rund 2.000 norwegische Soldaten in Finnland stationiert sein.",
                Some("10.10.2024"),
            ),
            [
                r#"{"kind":"stationed","state":"NO","location":{"kind":"state","id":"FI"},"troops":{"value":2000,"qualifier":"approx"},"planned":{"by":"2028-09/2028-12"}}"#
            ]
        );
        let facts = check(
            "Künftig sollen 500 kanadische Soldaten in Lettland stationiert sein.",
            Some("10.10.2024"),
        );
        assert!(
            facts.iter().any(|f| f.contains(r#""planned":{}"#)),
            "{facts:?}"
        );
    }

    #[test]
    fn troops_a_state_has_somewhere_and_there_as_the_paragraphs_state() {
        let facts = check(
            "Frankreich hat nach eigenen Angaben etwa 900 Soldaten in Dschibuti.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"stationed","state":"FR""#)
                    && f.contains(r#""id":"DJ""#)
                    && f.contains(r#""value":900"#)),
            "{facts:?}"
        );
        // `dort` is the state the paragraph named, the troops' owner a compound noun.
        let facts = check(
            "Auch Südkorea gilt als enger Partner. Dort sind rund 28.000 US-Soldaten stationiert.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"stationed","state":"US""#)
                    && f.contains(r#""location":{"kind":"state","id":"KR"}"#)),
            "{facts:?}"
        );
        // A state that sends troops does not have them stationed.
        let facts = check(
            "Italien hat 300 Soldaten nach Libanon entsandt.",
            Some("10.10.2024"),
        );
        assert!(
            !facts.iter().any(|f| f.contains(r#""kind":"stationed""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_neighbour_is_not_there_officers_are_troops_and_a_count_may_follow() {
        let facts = check(
            "Für Moskau zählt Kirgistan: Nahe der Grenze zu China unterhält Russland einen \
             Stützpunkt, dort sind rund 500 russische Soldaten stationiert.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""state":"RU","location":{"kind":"state","id":"KG"}"#)),
            "{facts:?}"
        );
        let facts = check(
            "In Katar ist die Türkei seit 2015 präsent. Heute sind dort etwa 300 türkische \
             Offiziere stationiert.",
            Some("10.10.2024"),
        );
        assert!(
            facts.iter().any(|f| f
                .contains(r#""state":"TR","location":{"kind":"state","id":"QA"}"#)
                && f.contains(r#""value":300"#)),
            "{facts:?}"
        );
        let facts = check(
            "Abchasien hatte sich 1993 von Georgien gelöst. Seither stehen dort russische \
             Truppen. Heute sind es nach Schätzungen rund 4.000 Mann; ein Teil gehört zu einer \
             Friedenstruppe.",
            Some("10.10.2024"),
        );
        assert!(
            facts
                .iter()
                .any(|f| f.contains(r#""kind":"stationed","state":"RU""#)
                    && f.contains(r#""value":4000"#)),
            "{facts:?}"
        );
        // The count is the troops', not the force's named in another clause.
        assert!(
            !facts
                .iter()
                .any(|f| f.contains(r#""kind":"force""#) && f.contains("4000")),
            "{facts:?}"
        );
    }

    #[test]
    fn stationed_troops() {
        assert_eq!(
            check(
                "In Transnistrien sind mehr als 1.000 russische Soldaten stationiert.",
                None
            ),
            [
                r#"{"kind":"stationed","state":"RU","location":{"kind":"place","id":"Transnistrien","state":"MD"},"troops":{"value":1000,"qualifier":"more_than"}}"#
            ]
        );
        assert_eq!(
            check(
                "In Armenien unterhält Russland eine Basis in Gjumri. Dort dienen etwa 3.000 Soldaten.",
                None
            ),
            [
                r#"{"kind":"stationed","state":"RU","location":{"kind":"place","id":"Gjumri","state":"AM"},"troops":{"value":3000,"qualifier":"approx"}}"#
            ]
        );
    }

    #[test]
    fn a_states_share_and_a_states_units_are_not_an_alliances_force() {
        // One state's share of a force is no strength of it.
        let got = check(
            "Die Nato baut ihre Eingreiftruppe um. In der alten Eingreiftruppe waren \
             rund 8000 polnische Soldaten eingeplant.",
            None,
        );
        assert!(
            !got.iter().any(|f| f.contains(r#""value":8000"#)),
            "{got:?}"
        );
        // Units a state's adjective names are that state's, whatever they are called.
        let got = check(
            "In Abchasien stehen seit Jahren russische Einheiten, rund 3.000 Mann, \
             ein Teil davon als Friedenstruppe.",
            None,
        );
        assert!(
            !got.iter().any(|f| f.contains(r#""kind":"force""#)),
            "{got:?}"
        );
    }

    #[test]
    fn a_force_without_its_organisation_belongs_to_the_one_in_the_paragraph() {
        let got = check(
            "Die Sahel-Allianz AES hat sich neu aufgestellt. Eine gemeinsame \
             Eingreiftruppe von 3000 Soldaten ist angekündigt.",
            None,
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""kind":"force","org":"AES""#) && f.contains("3000")),
            "{got:?}"
        );
    }

    #[test]
    fn serving_there_counts_the_troops_of_the_base_named_before() {
        let got = check(
            "Frankreich unterhält einen Stützpunkt in Dschibuti. Insgesamt dienen dort \
             rund 1.500 Mann.",
            None,
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""kind":"stationed","state":"FR""#)
                    && f.contains(r#""id":"DJ""#)
                    && f.contains(r#""value":1500"#)),
            "{got:?}"
        );
    }

    #[test]
    fn a_unit_stationed_without_its_size_and_a_base_of_an_earlier_paragraph() {
        let got = check(
            "Mit einem Appell hat die Brigade, die Polen dauerhaft im Ausland \
             stationiert, ihren Platz in Lettland eingenommen.",
            None,
        );
        assert!(
            got.iter().any(|f| f.contains(
                r#""kind":"stationed","state":"PL","location":{"kind":"state","id":"LV"}}"#
            )),
            "{got:?}"
        );
        // `Dort` opening a sentence is the paragraph's state before an older base.
        let got = check(
            "Russland unterhält eine Militärbasis in Armenien.\n\nAuch in Tadschikistan \
             verfolgt man das. Dort sind rund 7.000 russische Soldaten stationiert.",
            None,
        );
        assert!(
            got.iter()
                .any(|f| f.contains(r#""id":"TJ""#) && f.contains("7000")),
            "{got:?}"
        );
    }

    #[test]
    fn a_force_set_up_and_sized_after_is_one_fact_with_its_size() {
        let got: Vec<String> = check(
            "Der Minister kündigte die Aufstellung einer gemeinsamen Truppe der OVKS an. \
             Sie soll 4000 Soldaten umfassen.",
            None,
        )
        .into_iter()
        .filter(|f| f.contains(r#""kind":"force""#))
        .collect();
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains(r#""value":4000"#), "{got:?}");
    }

    #[test]
    fn a_base_at_an_unknown_place_and_a_part_of_the_land_are_in_the_paragraphs_state() {
        let got = check(
            "Auf Zypern sind viele fremde Soldaten stationiert. Großbritannien unterhält \
             in Akrotiri zwei Militärbasen, auf denen rund 2500 britische Soldaten dienen. \
             Im Norden stehen bis zu 30.000 türkische Soldaten.",
            None,
        );
        for (state, count) in [("GB", "2500"), ("TR", "30000")] {
            assert!(
                got.iter().any(|f| f.contains(&format!(
                    r#""state":"{state}","location":{{"kind":"state","id":"CY"}}"#
                )) && f.contains(count)),
                "{state}: {got:?}"
            );
        }
    }
}
