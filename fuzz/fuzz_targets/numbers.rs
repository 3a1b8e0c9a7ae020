//! Fuzz target for the German number grammar: any text in, no panic, every match a
//! valid, ordered, non-overlapping byte range on character boundaries, every value a
//! finite non-negative number (a JSON document cannot hold infinity).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let mut last_end = 0;
    for (range, quantity) in lagebild_extract::numbers(&text) {
        assert!(
            range.start >= last_end && range.start < range.end,
            "{range:?}"
        );
        assert!(
            text.get(range.clone()).is_some(),
            "{range:?} splits a character"
        );
        assert!(
            quantity.value.is_finite() && quantity.value >= 0.0,
            "{} from {:?}",
            quantity.value,
            &text[range.clone()]
        );
        last_end = range.end;
    }
});
