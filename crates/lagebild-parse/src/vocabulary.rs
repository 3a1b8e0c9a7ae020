//! The calendar words the parser and the extractor share: month and weekday names with
//! their values, read from `data/vocabulary.tsv`, where each word also says which
//! grammars accept it (see [`Grammar`]). The parser's dateline grammar and the
//! extractor's date grammar and sentence splitter read their names from here, so a
//! spelling is listed once.

use std::sync::LazyLock;

const VOCABULARY: &str = include_str!("../data/vocabulary.tsv");

/// A grammar that reads calendar words, each accepting its own selection of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grammar {
    /// The parser's date grammar (datelines and date lines): German and English names
    /// and their abbreviations.
    Dateline,
    /// The extractor's grammar for dates in running text: full German names only.
    Prose,
    /// The extractor's sentence splitter, for which a month after `6.` makes the number
    /// an ordinal day: German names and their abbreviations.
    Ordinal,
}

impl Grammar {
    fn tag(self) -> &'static str {
        match self {
            Grammar::Dateline => "dateline",
            Grammar::Prose => "prose",
            Grammar::Ordinal => "ordinal",
        }
    }
}

/// The words of one kind accepted by each grammar, in the file's order.
struct Selections {
    months: [Vec<(&'static str, u8)>; 3],
    weekdays: [Vec<(&'static str, u8)>; 3],
}

const GRAMMARS: [Grammar; 3] = [Grammar::Dateline, Grammar::Prose, Grammar::Ordinal];

static SELECTIONS: LazyLock<Selections> = LazyLock::new(|| {
    let mut selections = Selections {
        months: Default::default(),
        weekdays: Default::default(),
    };
    // The file is the crate's own and a test reads every row; a row that does not
    // read is left out rather than stopping the parser.
    for row in VOCABULARY
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut columns = row.split('\t');
        let (Some(kind), Some(word), Some(value), Some(uses)) = (
            columns.next(),
            columns.next(),
            columns.next().and_then(|v| v.parse::<u8>().ok()),
            columns.next(),
        ) else {
            continue;
        };
        let lists = match kind {
            "month" => &mut selections.months,
            "weekday" => &mut selections.weekdays,
            _ => continue,
        };
        for (list, grammar) in lists.iter_mut().zip(GRAMMARS) {
            if uses.split(' ').any(|u| u == grammar.tag()) {
                list.push((word, value));
            }
        }
    }
    selections
});

fn slot(grammar: Grammar) -> usize {
    GRAMMARS.iter().position(|g| *g == grammar).unwrap_or(0)
}

/// The month names `grammar` accepts, lowercase, with their month (1 to 12).
pub fn month_names(grammar: Grammar) -> &'static [(&'static str, u8)] {
    &SELECTIONS.months[slot(grammar)]
}

/// The weekday names `grammar` accepts, lowercase, with their day (0 = Monday to
/// 6 = Sunday).
pub fn weekday_names(grammar: Grammar) -> &'static [(&'static str, u8)] {
    &SELECTIONS.weekdays[slot(grammar)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_reads() {
        let rows = VOCABULARY
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        let read = SELECTIONS.months[0].len() + SELECTIONS.weekdays[0].len();
        assert_eq!(rows, read);
        assert_eq!(month_names(Grammar::Prose).len(), 13);
        assert_eq!(month_names(Grammar::Ordinal).len(), 25);
        assert_eq!(weekday_names(Grammar::Prose).len(), 8);
        assert!(
            month_names(Grammar::Prose)
                .iter()
                .all(|(_, m)| (1..=12).contains(m))
        );
    }
}
