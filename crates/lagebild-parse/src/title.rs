//! Choosing the headline among the text lines of a page's header by weighing evidence:
//! where a line stands relative to the dateline, the lead and a kicker, and what shape
//! it has. Each candidate keeps its evidence, so `--explain` can show why a line won and
//! why the others lost.
//!
//! Position decides most pages (the headline stands above the dateline, or right before
//! the lead); shape breaks the layouts where position misleads: a site name on the page's
//! first line above a navigation bar, a one-word rubric, a caption that reads as a
//! sentence.

/// One observation about a header line that speaks for or against it being the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TitleEvidence {
    /// The last text line above the first dateline or byline.
    AboveDateline,
    /// No other text line stands between it and the lead.
    BeforeLead,
    /// A short topic line (a kicker) stands right above it.
    AfterKicker,
    /// The page's first line, followed by navigation or other chrome: a site name.
    Masthead,
    /// Fewer words than any headline has: a rubric or label.
    TooShort,
    /// Ends with a full stop, as captions and teasers do and headlines rarely.
    EndsWithFullStop,
}

impl TitleEvidence {
    /// How strongly the evidence speaks for (positive) or against (negative) the line.
    pub fn weight(self) -> i32 {
        match self {
            TitleEvidence::AboveDateline | TitleEvidence::BeforeLead => 2,
            TitleEvidence::AfterKicker => 1,
            TitleEvidence::Masthead => -3,
            TitleEvidence::TooShort => -2,
            TitleEvidence::EndsWithFullStop => -1,
        }
    }

    /// The name shown by `--explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            TitleEvidence::AboveDateline => "above-dateline",
            TitleEvidence::BeforeLead => "before-lead",
            TitleEvidence::AfterKicker => "after-kicker",
            TitleEvidence::Masthead => "masthead",
            TitleEvidence::TooShort => "too-short",
            TitleEvidence::EndsWithFullStop => "full-stop",
        }
    }
}

/// A header line that was weighed as the headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleCandidate {
    /// Line number in the original file.
    pub line: u32,
    /// The sum of the evidence's weights.
    pub score: i32,
    /// What was observed, for and against.
    pub evidence: Vec<TitleEvidence>,
    /// Whether this line became the title.
    pub chosen: bool,
}

/// A headline has at least this many words; a shorter line is a rubric or a label
/// (`Analyse`, `Erklärt`, a site name).
const TITLE_MIN_WORDS: usize = 3;

/// What the header knows about one candidate line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) line: u32,
    pub(crate) words: usize,
    pub(crate) above_dateline: bool,
    pub(crate) before_lead: bool,
    pub(crate) after_kicker: bool,
    pub(crate) masthead: bool,
    pub(crate) ends_with_full_stop: bool,
}

/// Weighs every candidate and returns the index (into `shapes`) of the best one with the
/// record of all. Ties go to the earlier line: a headline comes before the teasers and
/// subtitles that may share its evidence.
pub(crate) fn choose(shapes: &[Shape]) -> (Option<usize>, Vec<TitleCandidate>) {
    let several = shapes.len() > 1;
    let mut candidates: Vec<TitleCandidate> = shapes
        .iter()
        .map(|shape| {
            let observed = [
                (shape.above_dateline, TitleEvidence::AboveDateline),
                (shape.before_lead, TitleEvidence::BeforeLead),
                (shape.after_kicker, TitleEvidence::AfterKicker),
                // A site name is only a rival when there is something else to choose.
                (several && shape.masthead, TitleEvidence::Masthead),
                (shape.words < TITLE_MIN_WORDS, TitleEvidence::TooShort),
                (shape.ends_with_full_stop, TitleEvidence::EndsWithFullStop),
            ];
            let evidence: Vec<TitleEvidence> = observed
                .into_iter()
                .filter_map(|(seen, evidence)| seen.then_some(evidence))
                .collect();
            TitleCandidate {
                line: shape.line,
                score: evidence.iter().map(|e| e.weight()).sum(),
                evidence,
                chosen: false,
            }
        })
        .collect();
    let best = candidates
        .iter()
        .enumerate()
        .max_by_key(|(index, c)| (c.score, std::cmp::Reverse(*index)))
        .map(|(index, _)| index);
    if let Some(best) = best {
        candidates[best].chosen = true;
    }
    (best, candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(line: u32, words: usize) -> Shape {
        Shape {
            line,
            words,
            above_dateline: false,
            before_lead: false,
            after_kicker: false,
            masthead: false,
            ends_with_full_stop: false,
        }
    }

    #[test]
    fn a_site_name_above_the_menu_loses_to_the_line_before_the_lead() {
        let site = Shape {
            above_dateline: true,
            masthead: true,
            ..shape(1, 4)
        };
        let headline = Shape {
            before_lead: true,
            ..shape(5, 9)
        };
        let (best, record) = choose(&[site, headline]);
        assert_eq!(best, Some(1));
        assert_eq!(
            record[0].evidence,
            [TitleEvidence::AboveDateline, TitleEvidence::Masthead]
        );
        assert_eq!(record[0].score, -1);
        assert!(record[1].chosen && !record[0].chosen);
    }

    #[test]
    fn a_lone_first_line_is_the_title_even_in_masthead_position() {
        let only = Shape {
            masthead: true,
            ..shape(1, 6)
        };
        let (best, record) = choose(&[only]);
        assert_eq!(best, Some(0));
        assert!(record[0].evidence.is_empty());
    }

    #[test]
    fn a_rubric_above_the_headline_is_too_short_to_be_it() {
        let rubric = shape(3, 1);
        let headline = Shape {
            above_dateline: true,
            before_lead: true,
            after_kicker: true,
            ..shape(4, 8)
        };
        let (best, record) = choose(&[rubric, headline]);
        assert_eq!(best, Some(1));
        assert_eq!(record[0].score, -2);
        assert_eq!(record[1].score, 5);
    }

    #[test]
    fn ties_go_to_the_earlier_line() {
        let headline = Shape {
            above_dateline: true,
            ..shape(2, 7)
        };
        let subtitle = Shape {
            before_lead: true,
            ..shape(4, 7)
        };
        assert_eq!(choose(&[headline, subtitle]).0, Some(0));
    }
}
