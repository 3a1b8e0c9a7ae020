//! Events (summits, meetings, exercises, agreements) and the figures an article reports
//! that no other fact holds (`rund 6.500 Menschen`, `2,6 Millionen Einwohner`).

use crate::context::{ArticleContext, Sentence};
use crate::gazetteer::Form;
use crate::lexicon::Table;
use lagebild_model::{EntityKind, EntityRef, Fact, OrgId, PlaceId, Quantity, StateId};

/// Where a sentence stands in the article, which decides what an event may borrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// The title: an event needs a place of its own, and headlines carry no date.
    Title,
    /// The lead: news of the day, so an undated event not spoken of as future took
    /// place around the publication date.
    Lead,
    /// Any other running text.
    Body,
}

/// One event per sentence that names an event noun and at least a place or a date.
pub(crate) fn event(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    position: Position,
    out: &mut Vec<Fact>,
) {
    if !sentence.has_any(Table::EventStems) {
        return;
    }
    // Event words must be nouns (capitalised in German): `Treffen` is a meeting, `treffen
    // … ein` is someone arriving.
    let finders = sentence.lexicon.event_finders();
    let Some(&(_, event_type)) =
        sentence
            .lexicon
            .event_nouns()
            .iter()
            .zip(finders)
            .find_map(|(row, finder)| {
                let (noun, _) = row;
                let found = if noun.contains(' ') {
                    sentence.lower.contains(noun)
                } else {
                    has_noun_ending_in(sentence, noun, finder)
                };
                found.then_some(row)
            })
    else {
        return;
    };
    let gazetteer = context.gazetteer;
    let place = sentence.mentions.iter().find_map(|m| {
        let entry = gazetteer.entry(m.entry);
        let before = sentence.lower_of(0..m.start);
        let before = before.trim_end();
        let located = before.ends_with(" in") || before.ends_with(" bei") || before == "in";
        (entry.kind == EntityKind::Place && located).then(|| PlaceId::new(&entry.id))
    });
    let described = capital_by_description(sentence, context);
    let place = place.or_else(|| described.as_ref().map(|(_, capital)| capital.clone()));
    let date = match position {
        Position::Title => None,
        Position::Lead => sentence.main_date(None).or_else(|| {
            if crate::when::speaks_of_future(sentence.text) {
                None
            } else {
                context.as_of()
            }
        }),
        Position::Body => sentence.main_date(None),
    };
    if place.is_none() && date.is_none() {
        return;
    }
    let mut participants: Vec<EntityRef> = Vec::new();
    for (index, m) in sentence.mentions.iter().enumerate() {
        // `der belarussischen Hauptstadt` names a place, not a participant.
        if described.as_ref().is_some_and(|(at, _)| *at == index) {
            continue;
        }
        let entry = gazetteer.entry(m.entry);
        let participant = match entry.kind {
            EntityKind::Org => EntityRef::Org(OrgId::new(&entry.id)),
            EntityKind::State if m.form != Form::Adjective || entry.kind == EntityKind::State => {
                EntityRef::State(StateId::new(&entry.id))
            }
            _ => continue,
        };
        if !participants.contains(&participant) {
            participants.push(participant);
        }
    }
    if participants.is_empty()
        && let Some(org) = sentence.org(context)
    {
        participants.push(EntityRef::Org(OrgId::new(org)));
    }
    out.push(Fact::Event {
        event_type,
        place,
        date,
        participants,
    });
}

/// `in der belarussischen Hauptstadt`: the capital of the state the adjective names,
/// with the index of that adjective's mention.
fn capital_by_description(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
) -> Option<(usize, PlaceId)> {
    sentence.mentions.iter().enumerate().find_map(|(index, m)| {
        let entry = context.gazetteer.entry(m.entry);
        let after = sentence.text.get(m.end..)?.trim_start();
        let describes_capital = m.form == Form::Adjective
            && entry.kind == EntityKind::State
            && after.starts_with("Hauptstadt");
        describes_capital
            .then(|| context.gazetteer.capital(m.entry))
            .flatten()
            .map(|capital| (index, PlaceId::new(&capital.id)))
    })
}

/// Whether a word of the sentence is capitalised (a German noun) and, lowercased, ends in
/// `stem` as [`ends_with_noun`] has it. Looked up from each place the stem occurs, where
/// offsets in the lowercase text are offsets in the text (nearly always): listing the
/// sentence's capitalised words first cost some 3,900 instructions per sentence with an
/// event stem.
/// `finder` searches for `stem`.
fn has_noun_ending_in(
    sentence: &Sentence<'_>,
    stem: &str,
    finder: &memchr::memmem::Finder<'static>,
) -> bool {
    if !sentence.aligned() {
        return capitalised_words(sentence)
            .iter()
            .any(|word| ends_with_noun(word, stem));
    }
    let (text, lower) = (sentence.text, &*sentence.lower);
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    let word_ends_at = |at: usize| !text[at..].starts_with(in_word);
    let mut from = 0;
    while let Some(found) = lower
        .as_bytes()
        .get(from..)
        .and_then(|rest| finder.find(rest))
    {
        let at = from + found;
        from = at + stem.chars().next().map_or(1, char::len_utf8);
        let end = at + stem.len();
        let ends_word =
            word_ends_at(end) || (lower[end..].starts_with(['s', 'n']) && word_ends_at(end + 1));
        if !ends_word {
            continue;
        }
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| in_word(c))
            .last()
            .map_or(at, |(i, _)| i);
        if text[start..].starts_with(char::is_uppercase) {
            return true;
        }
    }
    false
}

/// The capitalised words of the sentence (German nouns and names), lowercase: slices of
/// the sentence's lowercase text where its offsets agree (nearly always), not copies.
fn capitalised_words<'s>(sentence: &'s Sentence<'_>) -> Vec<std::borrow::Cow<'s, str>> {
    let text = sentence.text;
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| word.starts_with(char::is_uppercase))
        .map(|word| {
            // `split` yields subslices of `text`: the offset is the distance between them.
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            sentence.lower_of(start..start + word.len())
        })
        .collect()
}

/// Whether a lowercased noun ends in `stem`, also with an `s` or `n` ending:
/// `gipfeltreffen`, `treffens`, `militärmanöver`.
fn ends_with_noun(word: &str, stem: &str) -> bool {
    word.ends_with(stem)
        || word
            .strip_suffix(['s', 'n'])
            .is_some_and(|w| w.ends_with(stem))
}

/// Figures: numbers followed by a counted noun from the table.
pub(crate) fn figures(sentence: &Sentence<'_>, out: &mut Vec<Fact>) {
    if sentence.has_any(Table::FigureNouns) {
        figures_of_numbers(sentence, out);
    }
}

/// The figures of a sentence, read number by number.
fn figures_of_numbers(sentence: &Sentence<'_>, out: &mut Vec<Fact>) {
    for number in sentence.numbers() {
        if number.year_like {
            continue;
        }
        let next = sentence.text[number.end..]
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
        // The dative plural adds `-n` (`von 1.300 Kilometern`); the fact keeps the
        // table's form so reports in different cases merge.
        let Some(noun) = next.and_then(|w| {
            sentence
                .lexicon
                .words(Table::FigureNouns)
                .iter()
                .find(|noun| w == **noun || w.strip_suffix('n') == Some(**noun))
        }) else {
            continue;
        };
        let noun = (*noun).to_owned();
        out.push(Fact::Figure {
            quantity: Quantity::new(number.quantity.value, number.quantity.qualifier),
            counts: noun,
            context: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tests::check;

    /// The figure gate (a figure noun somewhere in the sentence) turns away no sentence
    /// that has a figure.
    #[test]
    fn figures_need_a_figure_noun_in_the_sentence() {
        let gazetteer = crate::gazetteer::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "Es starben 12 MENSCHEN, 3.000 Einwohnern fehlt Wasser, 40 Kilometern Weg.",
            "Rund 1,2 Millionen Euro, 5 Tv-Sender und 7 Einwohner:innen.",
        ]);
        let mut with_figures = 0;
        for text in &texts {
            let sentence = Sentence::new(text, gazetteer, None);
            let (mut gated, mut read) = (Vec::new(), Vec::new());
            figures(&sentence, &mut gated);
            figures_of_numbers(&sentence, &mut read);
            assert_eq!(gated, read, "{text}");
            with_figures += usize::from(!read.is_empty());
        }
        assert!(with_figures >= 3, "{with_figures}");
    }

    #[test]
    fn events_need_a_noun_and_a_place_or_date() {
        assert_eq!(
            check(
                "Die OVKS hielt am Donnerstag einen Gipfel in Minsk ab.",
                Some("28.11.2024")
            ),
            [
                r#"{"kind":"event","event_type":"summit","place":"Minsk","date":"2024-11-28","participants":[{"kind":"org","id":"CSTO"}]}"#
            ]
        );
        // A capital described by its state's adjective is that capital.
        assert_eq!(
            check(
                "Die Staatschefs kamen am Montag in der kirgisischen Hauptstadt zu einem Treffen zusammen.",
                Some("14.10.2024")
            ),
            [r#"{"kind":"event","event_type":"meeting","place":"Bischkek","date":"2024-10-14"}"#]
        );
        // `treffen … ein` is a verb, not a meeting.
        assert_eq!(
            check("Seit zwei Tagen treffen Verbände in Almaty ein.", None),
            Vec::<String>::new()
        );
    }

    #[test]
    fn noun_endings_are_found_as_the_capitalised_words_have_them() {
        let gazetteer = crate::gazetteer::Gazetteer::builtin();
        let texts = crate::facts::tests::page_lines(&[
            "Gipfeltreffen, GIPFELS, Gipfeln- und gipfel; Vor-Gipfel Manöverübungen",
            "Das Treffenn, die Treffens-Runde, ein TREFFEN. Sitzungsn Sitzungs",
            "Übungen übungen Militärübungen-Reihe Konferenzen Konferenzs",
            "",
        ]);
        let mut found = 0;
        for text in &texts {
            let sentence = Sentence::new(text, gazetteer, None);
            let words = capitalised_words(&sentence);
            let lexicon = crate::lexicon::Lexicon::builtin();
            let rows = lexicon.event_nouns().iter().zip(lexicon.event_finders());
            for ((stem, _), finder) in rows.filter(|((stem, _), _)| !stem.contains(' ')) {
                let expected = words.iter().any(|word| ends_with_noun(word, stem));
                assert_eq!(
                    has_noun_ending_in(&sentence, stem, finder),
                    expected,
                    "{stem}: {text}"
                );
                found += usize::from(expected);
            }
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn figures_count_listed_nouns() {
        assert_eq!(
            check("Die Kämpfe kosteten rund 6.500 Menschen das Leben.", None),
            [
                r#"{"kind":"figure","quantity":{"value":6500,"qualifier":"approx"},"counts":"menschen"}"#
            ]
        );
        assert_eq!(
            check("Die Grenze ist rund 1.340 Kilometern lang.", None),
            [
                r#"{"kind":"figure","quantity":{"value":1340,"qualifier":"approx"},"counts":"kilometer"}"#
            ]
        );
    }
}
