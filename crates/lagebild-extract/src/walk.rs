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

/// Walks [`FlatDfa::walk_all`] runs side by side.
pub(crate) const LANES: usize = 4;

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

    /// The state after `byte` in state `state`. Every offset the table holds plus a
    /// class is inside it; the fallback is never taken and only keeps the step free of a
    /// panic.
    #[inline(always)]
    pub(crate) fn next(&self, state: u32, byte: u8) -> u32 {
        let class = u32::from(self.classes[usize::from(byte)]);
        match self.transitions.get((state + class) as usize) {
            Some(&next) => next,
            None => self.start,
        }
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

    /// Walks every text of `texts` from the start state, several side by side, and
    /// tells `on` what it finds: `on(lane, text, Some((end, state)))` for each match
    /// state reached (`end`: the offset after the byte that reached it), in text order
    /// for each text, and `on(lane, text, None)` once a text is walked to its end. Texts
    /// are taken in order into [`LANES`] lanes (`lane` says which walked it), a lane
    /// taking the next text when its own ends, so texts finish out of order.
    ///
    /// A walk waits at each step on the table load of the step before; walks side by
    /// side keep several loads in flight, so four take little longer than one.
    pub(crate) fn walk_all(
        &self,
        texts: &[&[u8]],
        mut on: impl FnMut(usize, usize, Option<(usize, u32)>),
    ) {
        let limit = self.match_limit;
        let mut queue = 0..texts.len();
        // Each lane: its text, how far it is walked, its state.
        let mut lanes = [(0usize, 0usize, self.start); LANES];
        let mut filled = 0;
        for lane in &mut lanes {
            let Some(text) = queue.next() else { break };
            *lane = (text, 0, self.start);
            filled += 1;
        }
        // Lanes from `filled` on are empty while the lanes run together; after that,
        // `live` tells which still hold a text.
        let mut live = [true; LANES];
        for flag in live.iter_mut().skip(filled) {
            *flag = false;
        }
        while filled == LANES {
            // As far as every lane can go, all lanes at once.
            let run = lanes
                .iter()
                .map(|&(text, at, _)| texts[text].len() - at)
                .min()
                .unwrap_or(0);
            let [l0, l1, l2, l3] = lanes;
            let part = |(text, at, _): (usize, usize, u32)| &texts[text][at..at + run];
            let mut states = [l0.2, l1.2, l2.2, l3.2];
            let bytes = part(l0).iter().zip(part(l1)).zip(part(l2)).zip(part(l3));
            for (k, (((&b0, &b1), &b2), &b3)) in bytes.enumerate() {
                states = [
                    self.next(states[0], b0),
                    self.next(states[1], b1),
                    self.next(states[2], b2),
                    self.next(states[3], b3),
                ];
                if states.iter().any(|&state| state < limit) {
                    for (index, (lane, &state)) in lanes.iter().zip(&states).enumerate() {
                        if state < limit {
                            on(index, lane.0, Some((lane.1 + k + 1, state)));
                        }
                    }
                }
            }
            for (index, ((lane, state), flag)) in
                lanes.iter_mut().zip(states).zip(&mut live).enumerate()
            {
                lane.1 += run;
                lane.2 = state;
                if lane.1 == texts[lane.0].len() {
                    on(index, lane.0, None);
                    match queue.next() {
                        Some(text) => *lane = (text, 0, self.start),
                        None => {
                            filled -= 1;
                            *flag = false;
                        }
                    }
                }
            }
        }
        // Fewer texts left than lanes: each lane that still has one finishes it alone.
        let left = lanes.iter().zip(live).enumerate();
        for (index, (&(text, at, mut state), _)) in left.filter(|(_, (_, flag))| *flag) {
            for (k, &byte) in texts[text][at..].iter().enumerate() {
                state = self.next(state, byte);
                if state < limit {
                    on(index, text, Some((at + k + 1, state)));
                }
            }
            on(index, text, None);
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

    /// Texts walked side by side: each text's matches, in order, as one walk finds
    /// them, each text ended once, and a lane walks one text at a time; for fewer texts
    /// than lanes too.
    #[test]
    fn walks_side_by_side_are_walks_one_by_one() {
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
        let pool = [
            "",
            "ushers",
            "she sells his hers über nato-staaten",
            "äää ato nato",
            "o",
            "x",
        ];
        for count in 0..12 {
            let texts: Vec<&str> = (0..count)
                .map(|i| pool[(i * 7 + count) % pool.len()])
                .collect();
            let bytes: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
            let mut found = vec![Vec::new(); count];
            let mut ended = vec![0; count];
            let mut walking: [Option<usize>; LANES] = [None; LANES];
            flat.walk_all(&bytes, |lane, text, event| {
                assert!(
                    walking[lane].is_none_or(|t| t == text),
                    "lane {lane} mixes texts"
                );
                match event {
                    Some(hit) => {
                        walking[lane] = Some(text);
                        found[text].push(hit);
                    }
                    None => {
                        walking[lane] = None;
                        ended[text] += 1;
                    }
                }
            });
            for (i, text) in texts.iter().enumerate() {
                assert_eq!(found[i], alone(text), "{count} texts, {i}: {text}");
                assert_eq!(ended[i], 1, "{count} texts, {i}");
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
