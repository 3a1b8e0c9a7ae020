//! Fuzz target for the date grammars: the page-date grammar of the parser and the
//! running-text dates of extraction, resolved against an anchor taken from the first
//! bytes. No panic; matches are valid byte ranges on character boundaries; every date
//! prints (EDTF) and lies in a sane range of years.

#![no_main]

use lagebild_model::CalendarDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (anchor, rest) = match bytes {
        [y0, y1, m, d, rest @ ..] => {
            let year = 1900 + i32::from(u16::from_le_bytes([*y0, *y1]) % 300);
            (CalendarDate::ymd(year, m % 13, d % 32), rest)
        }
        _ => (None, bytes),
    };
    let text = String::from_utf8_lossy(rest);
    if let Some((date, rest)) = lagebild_parse::parse_date_prefix(&text) {
        assert!(text.ends_with(rest) && rest.len() < text.len());
        let _ = date.to_iso();
    }
    let _ = lagebild_parse::parse_date(&text);
    for (range, when) in lagebild_extract::dates(&text, anchor) {
        assert!(range.start < range.end, "{range:?}");
        assert!(
            text.get(range.clone()).is_some(),
            "{range:?} splits a character"
        );
        let printed = when.to_string();
        assert!(!printed.is_empty());
    }
});
