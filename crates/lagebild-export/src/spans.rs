//! Localized sentences that hold spans of their own: a German quotation inside an English
//! sentence, a citation after each of a person's roles. Fluent and ICU4X format strings,
//! so each such span is passed to them as a placeholder token and put back in place of
//! the token once the sentence is formatted.
//!
//! The tokens are made of the interlinear annotation characters (U+FFF9 to U+FFFB),
//! which have no business in news text; where an article does contain them, they are
//! removed from the finished sentence rather than mistaken for a placeholder.

use crate::document::Inline;
use std::collections::BTreeSet;

const OPEN: char = '\u{FFF9}';
const CLOSE: char = '\u{FFFB}';
const STRAY: [char; 3] = ['\u{FFF9}', '\u{FFFA}', '\u{FFFB}'];

/// The spans held for one sentence while it is formatted.
#[derive(Default)]
pub(crate) struct Spans {
    held: Vec<Option<Vec<Inline>>>,
}

impl Spans {
    /// A placeholder for `inlines`, to be passed to Fluent or a list formatter.
    pub(crate) fn hold(&mut self, inlines: Vec<Inline>) -> String {
        self.held.push(Some(inlines));
        format!("{OPEN}{}{CLOSE}", self.held.len() - 1)
    }

    /// The formatted sentence `text` with every placeholder replaced by its spans; each
    /// span is used once.
    pub(crate) fn finish(mut self, text: &str) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find(OPEN) {
            push_text(&mut out, &rest[..start]);
            let after = &rest[start + OPEN.len_utf8()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || !after[digits..].starts_with(CLOSE) {
                rest = after;
                continue;
            }
            // A well-formed token is removed whether or not it still holds spans.
            let spans = after[..digits]
                .parse::<usize>()
                .ok()
                .and_then(|index| self.held.get_mut(index))
                .and_then(Option::take);
            for span in spans.into_iter().flatten() {
                push(&mut out, span);
            }
            rest = &after[digits + CLOSE.len_utf8()..];
        }
        push_text(&mut out, rest);
        out
    }
}

/// Appends `span`, joining it to the text before it when both are plain text of the same
/// language.
pub(crate) fn push(out: &mut Vec<Inline>, span: Inline) {
    if let Inline::Text { text, lang } = &span {
        if text.is_empty() {
            return;
        }
        if let Some(Inline::Text {
            text: before,
            lang: before_lang,
        }) = out.last_mut()
            && before_lang == lang
        {
            before.push_str(text);
            return;
        }
    }
    out.push(span);
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.contains(STRAY) {
        push(out, Inline::text(text.replace(STRAY, "")));
    } else {
        push(out, Inline::text(text));
    }
}

/// The sources cited in a document, by their number in the view; footnote numbers are
/// given once the document is complete, in the order the sources are listed.
#[derive(Default)]
pub(crate) struct Cited {
    pub(crate) numbers: BTreeSet<usize>,
}

impl Cited {
    /// A citation of `sources` (view numbers), remembered for the sources list.
    pub(crate) fn cite(&mut self, sources: &[usize]) -> Inline {
        self.numbers.extend(sources.iter().copied());
        let mut numbers = sources.to_vec();
        numbers.sort_unstable();
        numbers.dedup();
        Inline::Cite { numbers }
    }

    /// A citation as a placeholder for a sentence of `spans`; empty when there is none.
    pub(crate) fn hold(&mut self, spans: &mut Spans, sources: &[usize]) -> String {
        if sources.is_empty() {
            return String::new();
        }
        let cite = self.cite(sources);
        spans.hold(vec![cite])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_come_back_as_their_spans_once() {
        let mut spans = Spans::default();
        let quote = spans.hold(vec![Inline::foreign("„Wir bleiben“", "de")]);
        let cite = spans.hold(vec![Inline::Cite { numbers: vec![2] }]);
        let text = format!("Putin: {quote}{cite} and {cite} \u{FFF9}7\u{FFFB}\u{FFFA}.");
        assert_eq!(
            spans.finish(&text),
            vec![
                Inline::text("Putin: "),
                Inline::foreign("„Wir bleiben“", "de"),
                Inline::Cite { numbers: vec![2] },
                Inline::text(" and  ."),
            ]
        );
    }
}
