//! A state's status in one organisation over time, read from the reports of many
//! articles. A report says that a status held when its article was written and, when
//! the text says so, since when (`ist seit 2004 Mitglied`, `trat im April 2023 bei`).
//!
//! Ordered by the dates they speak of, the reports form runs of one status. A run starts
//! on the date a text states for it, or is known only from its first report; the two are
//! kept apart, so that a reader is never shown a report date as the day a state joined.
//! Every change from one run to the next is a transition. A report without a date of its
//! own that would take the state back a stage (a member again after it left, an
//! applicant again after it joined) contradicts what is dated before it: it is kept as a
//! contradiction for the reader to judge, not as a change.

use crate::view::{earliest, more_precise};
use lagebild_model::{MembershipStatus, When};

/// One article's statement of a state's status.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Report {
    /// The status.
    pub status: MembershipStatus,
    /// When it began, as the text states it.
    pub since: Option<When>,
    /// When it was reported to hold (the date the text speaks for, else its article's
    /// publication).
    pub reported: Option<When>,
    /// The article's citation number.
    pub citation: usize,
}

impl Report {
    /// The date the report speaks of: the start it states, else the report's date.
    fn effective(&self) -> Option<When> {
        self.since.or(self.reported)
    }
}

/// A stretch of time with one status.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub status: MembershipStatus,
    /// The start a text states; `None` when no text gives one.
    pub since: Option<When>,
    /// The earliest report of the status.
    pub first_reported: Option<When>,
    /// Citation numbers, ascending.
    pub sources: Vec<usize>,
}

/// A change from one run to the next, or the first run when its start is stated.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Transition {
    /// The status before; `None` when the state had none the sources tell of.
    pub from: Option<MembershipStatus>,
    pub to: MembershipStatus,
    /// When it happened, as a text states it.
    pub date: Option<When>,
    /// When the new status was first reported.
    pub first_reported: Option<When>,
    /// Citation numbers of the reports of the new status, ascending.
    pub sources: Vec<usize>,
}

/// An undated report that the dated history before it rules out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Contradiction {
    /// The run the report contradicts.
    pub held: Run,
    /// The report.
    pub report: Report,
}

/// A state's history in one organisation.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct History {
    /// Oldest first; the last is the status now.
    pub runs: Vec<Run>,
    pub transitions: Vec<Transition>,
    pub contradictions: Vec<Contradiction>,
}

/// How far along a state is: a report without a date of its own never takes it back.
fn stage(status: MembershipStatus) -> u8 {
    match status {
        MembershipStatus::Applicant | MembershipStatus::Observer | MembershipStatus::Partner => 0,
        MembershipStatus::Member => 1,
        MembershipStatus::Suspended => 2,
        MembershipStatus::Former => 3,
    }
}

/// The history the reports tell. Reports with no date at all speak only when no report
/// has one: they give the status without a start.
pub(crate) fn history(mut reports: Vec<Report>) -> History {
    let mut out = History::default();
    if reports.iter().all(|r| r.effective().is_none()) {
        if let Some(first) = reports.first() {
            let mut sources: Vec<usize> = reports
                .iter()
                .filter(|r| r.status == first.status)
                .map(|r| r.citation)
                .collect();
            sources.sort_unstable();
            sources.dedup();
            out.runs.push(Run {
                status: first.status,
                since: reports.iter().find_map(|r| r.since),
                first_reported: None,
                sources,
            });
        }
        return out;
    }
    reports.retain(|r| r.effective().is_some());
    // On one date a specific status outranks a bare `member`: the article that reports
    // a freeze may still list the state among the members.
    let specificity = |s: MembershipStatus| u8::from(s != MembershipStatus::Member);
    reports.sort_by_cached_key(|r| {
        (
            r.effective().map(|w| w.bounds().0),
            specificity(r.status),
            r.citation,
        )
    });
    for report in reports {
        let Some(run) = out.runs.last_mut() else {
            out.runs.push(open_run(&report));
            continue;
        };
        if run.status == report.status {
            join_run(run, &report);
            continue;
        }
        if report.since.is_none() && stage(report.status) < stage(run.status) {
            // A list of members names a suspended state too: no contradiction.
            let listed_while_suspended = run.status == MembershipStatus::Suspended
                && report.status == MembershipStatus::Member;
            if !listed_while_suspended {
                out.contradictions.push(Contradiction {
                    held: run.clone(),
                    report,
                });
            }
            continue;
        }
        out.runs.push(open_run(&report));
    }
    // Every run after the first is a change; the first is one when a text dates it.
    let mut previous: Option<MembershipStatus> = None;
    for run in &out.runs {
        if previous.is_some() || run.since.is_some() {
            out.transitions.push(Transition {
                from: previous,
                to: run.status,
                date: run.since,
                first_reported: run.first_reported,
                sources: run.sources.clone(),
            });
        }
        previous = Some(run.status);
    }
    out
}

impl History {
    /// The history as it stood at the end of `cut`: runs that began by then (by their
    /// stated start, else their first report), the changes dated by then, and the
    /// contradicting reports that speak of a date by then. Built from every report
    /// first, so that a precise start told later (`4. Juli 2023`) still outranks a
    /// vaguer one (`2023`) that alone would begin before the cut.
    pub(crate) fn cut_at(mut self, cut: lagebild_model::CalendarDate) -> History {
        let by_cut = |w: Option<When>| w.is_some_and(|w| w.bounds().0 <= cut);
        self.runs.retain(|r| by_cut(r.since.or(r.first_reported)));
        self.transitions
            .retain(|t| by_cut(t.date.or(t.first_reported)));
        self.contradictions.retain(|c| by_cut(c.report.effective()));
        self
    }
}

fn open_run(report: &Report) -> Run {
    Run {
        status: report.status,
        since: report.since,
        first_reported: report.reported,
        sources: vec![report.citation],
    }
}

fn join_run(run: &mut Run, report: &Report) {
    run.since = match (run.since, report.since) {
        // Two statements of one start (`2023`, `im Juli 2023`): the more precise one.
        (Some(a), Some(b)) if a.overlaps(&b) => more_precise(Some(a), Some(b)),
        (a, b) => earliest(a, b),
    };
    run.first_reported = earliest(run.first_reported, report.reported);
    if let Err(at) = run.sources.binary_search(&report.citation) {
        run.sources.insert(at, report.citation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MembershipStatus::{Applicant, Former, Member, Suspended};

    fn when(text: &str) -> Option<When> {
        When::parse(text)
    }

    fn report(status: MembershipStatus, since: &str, reported: &str, citation: usize) -> Report {
        Report {
            status,
            since: when(since),
            reported: when(reported),
            citation,
        }
    }

    #[test]
    fn a_stated_start_is_the_since_and_a_join() {
        let h = history(vec![report(Member, "2004", "2025-05-12", 3)]);
        assert_eq!(h.runs.len(), 1);
        assert_eq!(h.runs[0].since, when("2004"));
        assert_eq!(h.runs[0].first_reported, when("2025-05-12"));
        assert_eq!(h.transitions.len(), 1);
        assert_eq!(h.transitions[0].from, None);
        assert_eq!(h.transitions[0].date, when("2004"));
    }

    #[test]
    fn a_status_without_a_start_is_only_first_reported_and_no_change() {
        let h = history(vec![
            report(Member, "", "2024-02", 5),
            report(Member, "", "2022-01-06", 2),
        ]);
        assert_eq!(h.runs.len(), 1);
        assert_eq!(h.runs[0].since, None);
        assert_eq!(h.runs[0].first_reported, when("2022-01-06"));
        assert_eq!(h.runs[0].sources, [2, 5]);
        assert!(h.transitions.is_empty());
    }

    #[test]
    fn applicant_then_member_then_suspended_are_two_changes() {
        let h = history(vec![
            report(Applicant, "2022-05", "2022-06-01", 1),
            report(Member, "2023-04-04", "2024-03-07", 4),
            report(Suspended, "", "2026-01-10", 7),
        ]);
        let steps: Vec<_> = h.transitions.iter().map(|t| (t.from, t.to)).collect();
        assert_eq!(
            steps,
            [
                (None, Applicant),
                (Some(Applicant), Member),
                (Some(Member), Suspended)
            ]
        );
        // The suspension has no stated date: it is dated by its first report only.
        assert_eq!(h.transitions[2].date, None);
        assert_eq!(h.transitions[2].first_reported, when("2026-01-10"));
        assert_eq!(h.runs.last().map(|r| r.status), Some(Suspended));
    }

    #[test]
    fn an_undated_member_report_after_an_exit_is_a_contradiction() {
        let h = history(vec![
            report(Former, "2012", "2020-01-01", 1),
            report(Member, "", "2021-03-01", 2),
        ]);
        assert_eq!(h.runs.len(), 1);
        assert_eq!(h.runs[0].status, Former);
        assert_eq!(h.contradictions.len(), 1);
        assert_eq!(h.contradictions[0].report.citation, 2);
    }

    #[test]
    fn a_dated_return_is_a_change_not_a_contradiction() {
        let h = history(vec![
            report(Former, "2012", "2020-01-01", 1),
            report(Member, "2024-06", "2024-07-01", 2),
        ]);
        assert!(h.contradictions.is_empty());
        assert_eq!(h.runs.last().map(|r| r.status), Some(Member));
        assert_eq!(
            h.transitions.last().map(|t| (t.from, t.date)),
            Some((Some(Former), when("2024-06")))
        );
    }

    #[test]
    fn a_members_list_naming_a_suspended_state_does_not_end_the_suspension() {
        let h = history(vec![
            report(Suspended, "2024-02", "2024-02-20", 1),
            report(Member, "", "2024-03-01", 2),
        ]);
        assert_eq!(h.runs.last().map(|r| r.status), Some(Suspended));
        assert!(h.contradictions.is_empty());
    }

    #[test]
    fn the_more_precise_of_two_statements_of_one_start_wins() {
        let h = history(vec![
            report(Member, "2023", "2024-07-04", 7),
            report(Member, "2023-07", "2024-07-04", 7),
        ]);
        assert_eq!(h.runs[0].since, when("2023-07"));
        assert_eq!(h.transitions[0].date, when("2023-07"));
    }

    #[test]
    fn a_cut_keeps_what_began_by_then_judged_with_every_report() {
        let h = history(vec![
            report(MembershipStatus::Observer, "", "2019-06-14", 1),
            report(Member, "2023-07-04", "2023-07-05", 2),
            report(Member, "2023", "2024-07-05", 3),
        ]);
        let cut = |d: &str| h.clone().cut_at(when(d).unwrap().bounds().1);
        // `2023` alone would make a member of it on 30 June; the precise date rules.
        let june = cut("2023-06-30");
        assert_eq!(
            june.runs.last().map(|r| r.status),
            Some(MembershipStatus::Observer)
        );
        assert!(june.transitions.is_empty());
        let july = cut("2023-07-31");
        assert_eq!(july.runs.last().map(|r| r.status), Some(Member));
        assert_eq!(july.transitions.len(), 1);
        assert!(cut("2018-12-31").runs.is_empty());
    }

    #[test]
    fn reports_with_no_date_at_all_give_a_status_without_a_start() {
        let h = history(vec![report(Member, "", "", 1), report(Member, "", "", 2)]);
        assert_eq!(h.runs.len(), 1);
        assert_eq!(h.runs[0].sources, [1, 2]);
        assert!(h.transitions.is_empty());
    }
}
