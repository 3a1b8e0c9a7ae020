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

#[cfg(test)]
mod tests {
    use super::*;

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
