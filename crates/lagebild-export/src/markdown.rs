//! Markdown escaping for values that come from articles: a `<script>`, a
//! `[link](javascript:…)`, a table pipe or a leading `#` must stay inert text.

/// Escapes `text` for use inside a Markdown paragraph, heading, list item or table cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
            out.push('\\');
        }
        // Line breaks would end a table row or list item.
        if c == '\n' || c == '\r' {
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    // A value that starts like a list item, block quote, heading or setext underline must
    // not become one.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// `text` as a Markdown code span on one line: backticks become `'`, and line breaks,
/// other control characters and bidirectional overrides become U+FFFD, so a value
/// nobody chose (a file name from an unpacked archive) can neither end the span nor the
/// line it stands on, nor reorder what a reader sees.
pub(crate) fn code_span(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('`');
    for c in text.chars() {
        let unsafe_char = c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        out.push(match c {
            '`' => '\'',
            _ if unsafe_char => '\u{FFFD}',
            _ => c,
        });
    }
    out.push('`');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_stays_one_inert_code_span() {
        let name = "a\n\n<img src=x onerror=alert(1)>\n\n[c](javascript:alert(2))\n\nb.txt\u{202E}";
        let span = code_span(name);
        assert!(!span.contains(['\n', '\r', '\u{202E}']), "{span}");
        let html = crate::to_html(&format!("Quelle: {span}\n"), "de", "t");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
    }

    #[test]
    fn escapes_markup_from_articles() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            r"\<script\>alert(1)\</script\>"
        );
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            r"\[x\](javascript:alert(1))"
        );
        assert_eq!(escape("# Nicht Überschrift"), r"\# Nicht Überschrift");
        assert_eq!(escape("- kein Punkt"), r"\- kein Punkt");
        assert_eq!(escape("1. kein Punkt"), r"1\. kein Punkt");
        assert_eq!(escape("a | b"), r"a \| b");
        assert_eq!(escape("zwei\nZeilen"), "zwei Zeilen");
        assert_eq!(escape("Mini-Nato im Jahr 2002."), "Mini-Nato im Jahr 2002.");
    }
}
