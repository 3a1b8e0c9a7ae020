//! Fuzz target for the article parser: any bytes in, no panic, and every line with
//! visible text claimed by exactly one block or dropped entry.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

fuzz_target!(|bytes: &[u8]| {
    let Ok(article) = lagebild_parse::parse(bytes) else {
        return;
    };
    let mut claims: HashMap<u32, u32> = HashMap::new();
    for block in &article.blocks {
        assert!(block.lines.start <= block.lines.end);
        for line in block.lines.start..=block.lines.end {
            *claims.entry(line).or_default() += 1;
        }
    }
    for dropped in &article.dropped {
        *claims.entry(dropped.line).or_default() += 1;
    }
    for (line, count) in claims {
        assert_eq!(count, 1, "line {line} claimed {count} times");
        assert!(line >= 1 && line <= article.line_count);
    }
    let _ = lagebild_parse::explain(&article);
});
