//! The audit view of a parse: every input line with its number and what became of it.

use crate::article::Article;

/// Texts in the explain view are cut after this many characters so that each input line
/// stays one terminal line; the JSON output always has the full text.
const TEXT_PREVIEW_CHARS: usize = 90;

/// Renders `article` line by line: kept lines with their block kind, dropped lines with
/// their reason and rule, blank lines as blank. A metadata summary comes first.
pub fn explain(article: &Article) -> String {
    let mut out = String::new();
    let meta = &article.meta;
    let field = |value: Option<&str>| value.unwrap_or("-").to_owned();
    line(
        &mut out,
        format_args!("title:     {}", field(meta.title.as_deref())),
    );
    line(
        &mut out,
        format_args!("kicker:    {}", field(meta.kicker.as_deref())),
    );
    let published = match (meta.published, meta.published_time, meta.date_kind) {
        (Some(date), time, Some(kind)) => {
            let time = time.map(|t| format!(" {t}")).unwrap_or_default();
            format!("{date}{time} ({})", kind.as_str())
        }
        _ => "-".to_owned(),
    };
    line(&mut out, format_args!("published: {published}"));
    line(
        &mut out,
        format_args!("source:    {}", field(meta.source.as_deref())),
    );
    line(
        &mut out,
        format_args!("author:    {}", field(meta.author.as_deref())),
    );
    line(
        &mut out,
        format_args!("place:     {}", field(meta.place.as_deref())),
    );
    line(
        &mut out,
        format_args!("encoding:  {}", meta.encoding.as_str()),
    );
    if article.title_candidates.len() > 1 {
        line(
            &mut out,
            format_args!("title candidates (line, score, evidence):"),
        );
        for candidate in &article.title_candidates {
            let evidence: Vec<&str> = candidate.evidence.iter().map(|e| e.as_str()).collect();
            let mark = if candidate.chosen { "  <- title" } else { "" };
            line(
                &mut out,
                format_args!(
                    "  {:>4} {:>+3}  {}{mark}",
                    candidate.line,
                    candidate.score,
                    if evidence.is_empty() {
                        "-".to_owned()
                    } else {
                        evidence.join(", ")
                    }
                ),
            );
        }
    }
    line(&mut out, format_args!("{}", "-".repeat(40)));

    let mut blocks = article.blocks.iter().peekable();
    let mut dropped = article.dropped.iter().peekable();
    for number in 1..=article.line_count {
        while blocks.peek().is_some_and(|b| b.lines.end < number) {
            blocks.next();
        }
        let label;
        let text;
        if let Some(block) = blocks.peek().filter(|b| b.lines.contains(number)) {
            let continued = block.lines.start != number;
            label = match (&block.rubric, continued) {
                (_, true) => format!("  ↳ {}", block.kind.as_str()),
                (Some(rubric), false) => format!("{} [rubric {rubric}]", block.kind.as_str()),
                (None, false) => block.kind.as_str().to_owned(),
            };
            text = if continued { "" } else { block.text.as_ref() };
        } else if let Some(line) = dropped.next_if(|d| d.line == number) {
            label = format!("drop {} ({})", line.reason.as_str(), line.rule);
            text = line.text.as_ref();
        } else {
            line(&mut out, format_args!("{number:>4} |"));
            continue;
        }
        line(
            &mut out,
            format_args!("{number:>4} | {label:<44} | {}", preview(text)),
        );
    }
    out
}

fn preview(text: &str) -> String {
    match text.char_indices().nth(TEXT_PREVIEW_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}
/// Appends formatted text to a `String` (which cannot fail to take it).
fn put(out: &mut String, text: std::fmt::Arguments<'_>) {
    out.push_str(&std::fmt::format(text));
}

/// Appends formatted text and a line break.
fn line(out: &mut String, text: std::fmt::Arguments<'_>) {
    put(out, text);
    out.push('\n');
}
