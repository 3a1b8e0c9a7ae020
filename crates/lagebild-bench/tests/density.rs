//! The generator's corpus stays as dense in numbers, dates and facts as the real reports
//! it was calibrated against (docs/performance.md, "The corpora"): per KB
//! of page, real pages measured 2.0 numbers, 1.2 dates and 3.2 facts. A drift beyond
//! these bounds would make every throughput number in that document mean something else.

#![allow(clippy::unwrap_used)]

/// Numbers, dates and facts per KB over `count` articles of `generator`.
fn per_kb(generator: lagebild_bench::Generator, count: usize) -> [f64; 3] {
    let (mut bytes, mut numbers, mut dates, mut facts) = (0, 0, 0, 0);
    for (i, page) in generator.take(count).enumerate() {
        bytes += page.len();
        let article = lagebild_parse::parse(page.as_bytes()).unwrap();
        numbers += article
            .body()
            .map(|b| lagebild_extract::numbers(&b.text).len())
            .sum::<usize>();
        dates += lagebild_extract::date_expressions(&article).len();
        facts += lagebild_extract::extract(&article, &format!("a{i}"))
            .facts
            .len();
    }
    [numbers, dates, facts].map(|n| n as f64 * 1000.0 / bytes as f64)
}

#[test]
fn the_default_corpus_is_about_as_dense_as_real_reports() {
    let [numbers, dates, facts] = per_kb(lagebild_bench::Generator::new(1), 300);
    assert!((1.4..=2.8).contains(&numbers), "numbers per KB {numbers}");
    assert!((0.9..=2.4).contains(&dates), "dates per KB {dates}");
    assert!((2.4..=4.4).contains(&facts), "facts per KB {facts}");
}

#[test]
fn the_dense_corpus_is_several_times_denser() {
    let [numbers, dates, facts] = per_kb(lagebild_bench::Generator::dense(1), 300);
    let [real_numbers, real_dates, real_facts] = [2.0, 1.2, 3.2];
    assert!(numbers > 3.0 * real_numbers, "numbers per KB {numbers}");
    assert!(dates > 3.0 * real_dates, "dates per KB {dates}");
    assert!(facts > 2.0 * real_facts, "facts per KB {facts}");
}
