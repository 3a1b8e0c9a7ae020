//! The shared walk's automaton (see `context::TriggerIndex`) re-laid as one flat
//! transition table over byte classes, with each match state's answers listed next to
//! it. Every byte of every sentence goes through this table, so a step is one class
//! lookup and one table load; the library's DFA answers the same questions through its
//! general interface at about twice the instructions per byte, and finding what a match
//! state means (its patterns, their lengths, their owners) took another hundred
//! instructions per match.
//!
//! The table is built once from the library's DFA by visiting every reachable state,
//! so it is that automaton, state for state; a test walks both over our pages.

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;

/// A DFA as a flat table. States are offsets into `transitions` (a state's index
/// times the number of classes); match states come first, so a state is a match state
/// when it is below `match_limit`.
pub(crate) struct FlatDfa<A> {
    /// The class of each byte: bytes that occur in no pattern share class 0 (from any
    /// state they lead where any other such byte does), every other byte has its own.
    classes: [u16; 256],
    /// Number of classes: the length of a state's row.
    stride: u32,
    transitions: Vec<u32>,
    start: u32,
    match_limit: u32,
    /// Match state `m` (its offset divided by `stride`) answers
    /// `answers[answer_starts[m]..answer_starts[m + 1]]`.
    answer_starts: Vec<u32>,
    answers: Vec<A>,
}

impl<A: Copy> FlatDfa<A> {
    /// The flat form of `dfa`, an unanchored overlapping automaton over `patterns`,
    /// with the answers `answers_of` gives for each pattern, listed for each match state
    /// in the order the DFA reports that state's patterns. `None` if the DFA has no
    /// unanchored start or more states than 32-bit offsets hold.
    pub(crate) fn new<P: AsRef<[u8]>>(
        dfa: &DFA,
        patterns: &[P],
        mut answers_of: impl FnMut(aho_corasick::PatternID, &mut Vec<A>),
    ) -> Option<FlatDfa<A>> {
        let mut classes = [0u16; 256];
        let mut representatives = vec![0u8];
        for byte in patterns.iter().flat_map(|p| p.as_ref().iter().copied()) {
            if classes[usize::from(byte)] == 0 {
                classes[usize::from(byte)] = u16::try_from(representatives.len()).ok()?;
                representatives.push(byte);
            }
        }
        // Class 0 needs a byte of its own, one that is in no pattern; when every byte is
        // in some pattern, class 0 is never looked up and any representative will do.
        if let Some(unused) = (0..=255u8).find(|&b| classes[usize::from(b)] == 0) {
            representatives[0] = unused;
        }
        let stride = representatives.len();

        // Every reachable state, in the order first seen, with its successors.
        // The library's state identifiers are offsets into its own table: a vector
        // indexed by them maps them to ours (a hash map made the build four times
        // slower).
        let start = dfa.start_state(Anchored::No).ok()?;
        let mut index_of: Vec<u32> = Vec::new();
        let mut index = |id: StateID, states: &mut Vec<StateID>| -> Option<usize> {
            let slot = id.as_usize();
            if slot >= index_of.len() {
                index_of.resize(slot + 1, u32::MAX);
            }
            if index_of[slot] == u32::MAX {
                index_of[slot] = u32::try_from(states.len()).ok()?;
                states.push(id);
            }
            Some(index_of[slot] as usize)
        };
        let mut states = Vec::new();
        index(start, &mut states)?;
        let mut successors: Vec<usize> = Vec::new();
        let mut next = 0;
        while let Some(&state) = states.get(next) {
            for &byte in &representatives {
                let target = dfa.next_state(Anchored::No, state, byte);
                successors.push(index(target, &mut states)?);
            }
            next += 1;
        }

        // Match states first, in the order seen; then the rest.
        let (matching, other): (Vec<usize>, Vec<usize>) =
            (0..states.len()).partition(|&i| dfa.is_match(states[i]));
        let mut offset_of = vec![0u32; states.len()];
        for (rank, &i) in matching.iter().chain(&other).enumerate() {
            offset_of[i] = u32::try_from(rank.checked_mul(stride)?).ok()?;
        }
        u32::try_from(states.len().checked_mul(stride)?).ok()?;
        let mut transitions = vec![0u32; states.len() * stride];
        for (i, row) in successors.chunks_exact(stride).enumerate() {
            let from = offset_of[i] as usize;
            for (class, &target) in row.iter().enumerate() {
                transitions[from + class] = offset_of[target];
            }
        }
        let mut answer_starts = Vec::with_capacity(matching.len() + 1);
        let mut answers = Vec::new();
        for &i in &matching {
            answer_starts.push(u32::try_from(answers.len()).ok()?);
            for k in 0..dfa.match_len(states[i]) {
                answers_of(dfa.match_pattern(states[i], k), &mut answers);
            }
        }
        answer_starts.push(u32::try_from(answers.len()).ok()?);
        Some(FlatDfa {
            classes,
            stride: u32::try_from(stride).ok()?,
            transitions,
            start: offset_of[0],
            match_limit: u32::try_from(matching.len() * stride).ok()?,
            answer_starts,
            answers,
        })
    }

    /// The start state.
    pub(crate) fn start(&self) -> u32 {
        self.start
    }

    /// The state after `byte` in state `state`.
    #[cfg(test)]
    pub(crate) fn next(&self, state: u32, byte: u8) -> u32 {
        let class = u32::from(self.classes[usize::from(byte)]);
        self.transitions
            .get((state + class) as usize)
            .copied()
            .unwrap_or(self.start)
    }

    /// Walks `bytes` from offset `from` in state `state` to the next match state: the
    /// offset after the byte that reached it, and the state. The loop keeps only the
    /// state, the position and the two tables in registers.
    #[inline(always)]
    pub(crate) fn next_match(
        &self,
        mut state: u32,
        bytes: &[u8],
        from: usize,
    ) -> Option<(usize, u32)> {
        let transitions = self.transitions.as_slice();
        let classes = &self.classes;
        let limit = self.match_limit;
        for (at, &byte) in bytes.get(from..)?.iter().enumerate() {
            let class = u32::from(classes[usize::from(byte)]);
            // Every offset the table holds plus a class is inside it; the fallback is
            // never taken and only keeps the step free of a panic.
            state = match transitions.get((state + class) as usize) {
                Some(&next) => next,
                None => self.start,
            };
            if state < limit {
                return Some((from + at + 1, state));
            }
        }
        None
    }

    /// Walks two texts at once, each from the start state, and calls
    /// `found(which, end, state)` for each match state reached (`which`: 0 or 1; `end`:
    /// the offset after the byte that reached it; in text order for each text). A walk
    /// waits at each step for the table load of the step before, so two walks side by
    /// side keep two loads in flight and take little longer than one.
    pub(crate) fn walk_two(&self, texts: [&[u8]; 2], mut found: impl FnMut(usize, usize, u32)) {
        let transitions = self.transitions.as_slice();
        let classes = &self.classes;
        let limit = self.match_limit;
        // Every offset the table holds plus a class is inside it; the fallback is never
        // taken and only keeps the step free of a panic.
        let step = |state: u32, byte: u8| match transitions
            .get((state + u32::from(classes[usize::from(byte)])) as usize)
        {
            Some(&next) => next,
            None => self.start,
        };
        let [a, b] = texts;
        let both = a.len().min(b.len());
        let (mut state_a, mut state_b) = (self.start, self.start);
        for (at, (&byte_a, &byte_b)) in a[..both].iter().zip(&b[..both]).enumerate() {
            state_a = step(state_a, byte_a);
            state_b = step(state_b, byte_b);
            if state_a < limit || state_b < limit {
                if state_a < limit {
                    found(0, at + 1, state_a);
                }
                if state_b < limit {
                    found(1, at + 1, state_b);
                }
            }
        }
        for (which, text, mut state) in [(0, a, state_a), (1, b, state_b)] {
            for (at, &byte) in text.iter().enumerate().skip(both) {
                state = step(state, byte);
                if state < limit {
                    found(which, at + 1, state);
                }
            }
        }
    }

    /// Whether `state` is a match state.
    #[inline(always)]
    pub(crate) fn is_match(&self, state: u32) -> bool {
        state < self.match_limit
    }

    /// The answers of match state `state` (none for other states).
    pub(crate) fn answers(&self, state: u32) -> &[A] {
        let m = (state / self.stride) as usize;
        match (self.answer_starts.get(m), self.answer_starts.get(m + 1)) {
            (Some(&from), Some(&to)) if self.is_match(state) => {
                self.answers.get(from as usize..to as usize).unwrap_or(&[])
            }
            _ => &[],
        }
    }

    /// Number of states, for tests and the documentation of its size.
    #[cfg(test)]
    pub(crate) fn states(&self) -> usize {
        self.transitions.len() / self.stride as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::MatchKind;

    fn overlapping(patterns: &[&str]) -> DFA {
        aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .prefilter(false)
            .build(patterns)
            .unwrap()
    }

    /// `(start, end, pattern)` of matches.
    type Matches = Vec<(usize, usize, usize)>;

    /// Every match, overlapping ones included, by the flat table and by the library's
    /// overlapping iterator.
    fn both(patterns: &[&str], text: &str) -> (Matches, Matches) {
        let dfa = overlapping(patterns);
        let flat = FlatDfa::new(&dfa, patterns, |p, out| out.push(p.as_usize())).unwrap();
        let mut walked = Vec::new();
        let mut state = flat.start();
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            state = flat.next(state, byte);
            for &p in flat.answers(state) {
                walked.push((at + 1 - patterns[p].len(), at + 1, p));
            }
        }
        let mut library = Vec::new();
        let mut overlapping_state = aho_corasick::automaton::OverlappingState::start();
        let input = aho_corasick::Input::new(text);
        while dfa
            .try_find_overlapping(&input, &mut overlapping_state)
            .is_ok()
        {
            let Some(found) = overlapping_state.get_match() else {
                break;
            };
            library.push((found.start(), found.end(), found.pattern().as_usize()));
        }
        (walked, library)
    }

    #[test]
    fn walks_like_the_library_dfa() {
        let patterns = ["he", "she", "his", "hers", "ä", "nato", "ato", "o", "über"];
        for text in [
            "",
            "ushers",
            "she sells his hers über nato-staaten",
            "äääää ato nat nato",
            "\u{0}\u{ff}ÿ bytes outside every pattern",
        ] {
            let (walked, library) = both(&patterns, text);
            assert_eq!(walked, library, "{text}");
        }
        let (walked, _) = both(&patterns, "ushers");
        assert_eq!(walked.len(), 3);
    }

    /// Two texts walked side by side: each text's matches, in order, as one walk finds
    /// them.
    #[test]
    fn two_walks_side_by_side_are_two_walks() {
        let patterns = ["he", "she", "his", "hers", "ä", "nato", "ato", "o", "über"];
        let dfa = overlapping(&patterns);
        let flat = FlatDfa::new(&dfa, &patterns, |p, out| out.push(p.as_usize())).unwrap();
        let alone = |text: &str| {
            let mut found = Vec::new();
            let (mut state, mut at) = (flat.start(), 0);
            while let Some((end, next)) = flat.next_match(state, text.as_bytes(), at) {
                found.push((end, next));
                (state, at) = (next, end);
            }
            found
        };
        let texts = [
            "",
            "ushers",
            "she sells his hers über nato-staaten",
            "äää ato nato",
            "o",
        ];
        for a in texts {
            for b in texts {
                let mut found = [Vec::new(), Vec::new()];
                flat.walk_two([a.as_bytes(), b.as_bytes()], |which, end, state| {
                    found[which].push((end, state));
                });
                assert_eq!(found[0], alone(a), "{a} / {b}");
                assert_eq!(found[1], alone(b), "{a} / {b}");
            }
        }
    }

    #[test]
    fn non_match_states_answer_nothing() {
        let dfa = overlapping(&["ab"]);
        let flat = FlatDfa::new(&dfa, &["ab"], |p, out| out.push(p.as_usize())).unwrap();
        assert!(!flat.is_match(flat.start()));
        assert!(flat.answers(flat.start()).is_empty());
        let after_a = flat.next(flat.start(), b'a');
        assert!(flat.answers(after_a).is_empty());
        assert_eq!(flat.answers(flat.next(after_a, b'b')), &[0]);
        assert_eq!(flat.states(), 3);
    }
}
