//! Bounds on Fluent resources, checked before Fluent parses or formats them: locale files
//! come from translators' directories and are untrusted input like articles.
//!
//! fluent-syntax parses nested placeables by recursion, so 20,000 `{` in an 80 KB file
//! overflow the stack; [`nesting`] counts the depth with a small state machine before
//! the parser sees the text. Fluent's resolver expands term and message references
//! without a bound on their size, so one message of `{ -big }` written 99 times turns a
//! 1 MB file into gigabytes of output; [`expansion`] computes the largest text each
//! message and term can produce on its own (variables count as empty: their values
//! come from the exporter) and refuses the resource above [`MAX_EXPANSION`].

use fluent_syntax::ast;
use std::collections::{HashMap, HashSet};

/// The deepest nesting of placeables a resource may have. The shipped locales nest two
/// deep at most (a placeable inside a select's variant); four times that is room for
/// any translator, and far from the thousands that overflow the parser's stack.
pub(crate) const MAX_DEPTH: usize = 8;

/// The most text one message or term may expand to without its variables. The longest
/// shipped message expands to 94 bytes (Russian, its longest variant).
pub(crate) const MAX_EXPANSION: usize = 16 * 1024;

/// The longest chain of references (a message naming a term naming a term …) followed
/// when sizes are computed: it bounds the recursion of this check, and a chain longer
/// than this is no translation.
const MAX_REFERENCES: usize = 16;

/// The largest locale file read from a translator's directory: twenty times the largest
/// shipped file (11 KB).
pub(crate) const MAX_FILE_BYTES: u64 = 256 * 1024;

/// Characters that would open a link, image, code span, table cell or raw HTML in
/// Markdown; a string literal (`{ "…" }`) with one of them is refused: a translator's
/// literal has no need of them, and a resource that holds one is more likely an attempt
/// at markup than a translation (encoders escape them all the same).
pub(crate) const ACTIVE: &[char] = &['\\', '<', '>', '[', ']', '`', '|'];

/// What a resource exceeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Exceeded {
    /// Placeables nested deeper than [`MAX_DEPTH`] at this 1-based line.
    Depth(usize),
    /// This message or term expands to more than [`MAX_EXPANSION`] bytes.
    Expansion(String),
    /// This message or term has a reference chain longer than [`MAX_REFERENCES`].
    References(String),
    /// This message or term has a string literal with markup characters.
    Markup(String),
}

impl Exceeded {
    /// The message or term the bound was exceeded in, if it is about one.
    pub(crate) fn id(&self) -> Option<&str> {
        match self {
            Exceeded::Depth(_) => None,
            Exceeded::Expansion(id) | Exceeded::References(id) | Exceeded::Markup(id) => Some(id),
        }
    }
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exceeded::Depth(_) => write!(f, "placeables nested deeper than {MAX_DEPTH}"),
            Exceeded::Expansion(id) => {
                write!(f, "`{id}` expands to more than {MAX_EXPANSION} bytes")
            }
            Exceeded::References(id) => {
                write!(
                    f,
                    "`{id}` has references nested deeper than {MAX_REFERENCES}"
                )
            }
            Exceeded::Markup(id) => write!(
                f,
                "`{id}` has a string literal with one of \\ < > [ ] ` | (write it as text)"
            ),
        }
    }
}

/// What the scanner is inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// An expression (`{ $x }`, `{ FN("…") }`): `"` starts a string literal.
    Expression,
    /// The variants of a select expression (after `->`): text, where `"` is a letter.
    Variants,
}

/// Checks that no placeable in `text` is nested deeper than [`MAX_DEPTH`], without
/// parsing. The count never falls below the parser's recursion: every `{` outside a
/// string literal opens a frame, and string literals are only recognised where the
/// parser reads them (in expressions). A placeable left open counts on into the entries
/// after it (the parser, too, may read on inside it), so a file with unclosed braces can
/// be refused for its depth as well as for its syntax.
pub(crate) fn nesting(text: &str) -> Result<(), Exceeded> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1;
    let mut bytes = text.bytes().peekable();
    let mut line_start = true;
    while let Some(b) = bytes.next() {
        if line_start && b == b'#' && stack.is_empty() {
            // A comment between entries: its braces are words.
            for c in bytes.by_ref() {
                if c == b'\n' {
                    break;
                }
            }
            line += 1;
            continue;
        }
        line_start = b == b'\n';
        match (b, stack.last()) {
            (b'\n', _) => line += 1,
            (b'{', _) => {
                stack.push(Frame::Expression);
                if stack.len() > MAX_DEPTH {
                    return Err(Exceeded::Depth(line));
                }
            }
            (b'}', _) => {
                stack.pop();
            }
            (b'"', Some(Frame::Expression)) => {
                // A string literal ends at its closing quote or, unclosed, at the end of
                // the line (the parser's error).
                while let Some(c) = bytes.next() {
                    match c {
                        b'\\' => {
                            bytes.next_if(|&n| n != b'\n');
                        }
                        b'"' => break,
                        b'\n' => {
                            line += 1;
                            break;
                        }
                        _ => {}
                    }
                }
            }
            (b'-', Some(Frame::Expression)) if bytes.peek() == Some(&b'>') => {
                bytes.next();
                if let Some(top) = stack.last_mut() {
                    *top = Frame::Variants;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A message (`false`) or term (`true`) and an attribute, as references name them.
type Key<'s> = (bool, &'s str, Option<&'s str>);

/// Sizes of the messages and terms of one locale's resources (later ones override).
struct Sizes<'s> {
    patterns: HashMap<Key<'s>, &'s ast::Pattern<&'s str>>,
    known: HashMap<Key<'s>, usize>,
    visiting: HashSet<Key<'s>>,
}

/// Checks every message and term of `entries` (one locale's, in the order they are
/// added to a bundle) against [`MAX_EXPANSION`] and [`MAX_REFERENCES`], and their string
/// literals against [`ACTIVE`]. The entries' sources must have passed [`nesting`].
pub(crate) fn expansion<'s>(
    entries: impl IntoIterator<Item = &'s ast::Entry<&'s str>>,
) -> Result<(), Exceeded> {
    let mut sizes = Sizes {
        patterns: HashMap::new(),
        known: HashMap::new(),
        visiting: HashSet::new(),
    };
    let mut ids = Vec::new();
    {
        for entry in entries {
            let (term, id, value, attributes) = match entry {
                ast::Entry::Message(m) => (false, m.id.name, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (true, t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            if let Some(value) = value {
                sizes.patterns.insert((term, id, None), value);
                ids.push((term, id, None));
            }
            for attribute in attributes {
                let key = (term, id, Some(attribute.id.name));
                sizes.patterns.insert(key, &attribute.value);
                ids.push(key);
            }
        }
    }
    for key in ids {
        sizes.reference(key, 0, key)?;
    }
    Ok(())
}

/// A key as a translator writes it: `-term.attribute`.
fn show(key: Key<'_>) -> String {
    let (term, id, attribute) = key;
    format!(
        "{}{id}{}",
        if term { "-" } else { "" },
        attribute.map(|a| format!(".{a}")).unwrap_or_default()
    )
}

impl<'s> Sizes<'s> {
    fn reference(&mut self, key: Key<'s>, depth: usize, root: Key<'s>) -> Result<usize, Exceeded> {
        if let Some(&size) = self.known.get(&key) {
            return Ok(size);
        }
        if depth > MAX_REFERENCES {
            return Err(Exceeded::References(show(root)));
        }
        let Some(pattern) = self.patterns.get(&key).copied() else {
            // An unknown reference formats as its id, which is short.
            return Ok(key.1.len() + 2);
        };
        if !self.visiting.insert(key) {
            // A cycle: Fluent reports it and writes the id.
            return Ok(key.1.len() + 2);
        }
        let size = self.pattern(pattern, depth, root)?;
        self.visiting.remove(&key);
        if size > MAX_EXPANSION {
            return Err(Exceeded::Expansion(show(key)));
        }
        self.known.insert(key, size);
        Ok(size)
    }

    fn pattern(
        &mut self,
        pattern: &'s ast::Pattern<&'s str>,
        depth: usize,
        root: Key<'s>,
    ) -> Result<usize, Exceeded> {
        let mut size = 0usize;
        for element in &pattern.elements {
            size = size.saturating_add(match element {
                ast::PatternElement::TextElement { value } => value.len(),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, depth, root)?
                }
            });
            if size > MAX_EXPANSION {
                return Err(Exceeded::Expansion(show(root)));
            }
        }
        Ok(size)
    }

    fn expression(
        &mut self,
        expression: &'s ast::Expression<&'s str>,
        depth: usize,
        root: Key<'s>,
    ) -> Result<usize, Exceeded> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, depth, root),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, depth, root)?;
                let mut largest = 0;
                for variant in variants {
                    largest = largest.max(self.pattern(&variant.value, depth, root)?);
                }
                Ok(largest)
            }
        }
    }

    fn inline(
        &mut self,
        inline: &'s ast::InlineExpression<&'s str>,
        depth: usize,
        root: Key<'s>,
    ) -> Result<usize, Exceeded> {
        Ok(match inline {
            ast::InlineExpression::StringLiteral { value } => {
                let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
                if text.contains(ACTIVE) {
                    return Err(Exceeded::Markup(show(root)));
                }
                text.len()
            }
            ast::InlineExpression::NumberLiteral { value } => value.len(),
            ast::InlineExpression::VariableReference { .. } => 0,
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                let mut size = 0usize;
                for argument in &arguments.positional {
                    size = size.saturating_add(self.inline(argument, depth, root)?);
                }
                for named in &arguments.named {
                    size = size.saturating_add(self.inline(&named.value, depth, root)?);
                }
                size
            }
            ast::InlineExpression::MessageReference { id, attribute } => self.reference(
                (false, id.name, attribute.as_ref().map(|a| a.name)),
                depth + 1,
                root,
            )?,
            ast::InlineExpression::TermReference { id, attribute, .. } => self.reference(
                (true, id.name, attribute.as_ref().map(|a| a.name)),
                depth + 1,
                root,
            )?,
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, depth, root)?
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<(), String> {
        nesting(text).map_err(|e| format!("{e:?}"))?;
        let resource = fluent_syntax::parser::parse(text).map_err(|_| "syntax".to_owned())?;
        expansion(&resource.body).map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn the_shipped_locales_are_within_bounds() {
        for (language, file, text) in crate::l10n::BUILTIN {
            assert_eq!(check(text), Ok(()), "{language}/{file}");
            assert!(text.len() as u64 <= MAX_FILE_BYTES / 4, "{language}/{file}");
        }
    }

    #[test]
    fn deep_nesting_is_found_without_parsing() {
        let deep = format!("a = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
        assert_eq!(check(&deep), Err("Depth(1)".into()));
        let fine = "a = { $n ->\n  [one] { \"{{{{{{{{{{\" }\n *[other] He said \"{ $n }\" and { { { $n } } }\n}\n";
        assert_eq!(check(fine), Ok(()));
        // A quote in variant text is a letter, so it cannot hide placeables behind it.
        let hidden = format!(
            "a = {{ $n ->\n *[other] x, \"{}\n}}\n",
            "{ ".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(nesting(&hidden), Err(Exceeded::Depth(2)));
    }

    #[test]
    fn amplification_through_terms_is_refused() {
        let big = format!(
            "-big = {}\nstatus-member = {}\n",
            "x".repeat(1_000),
            "{ -big } ".repeat(99)
        );
        assert_eq!(check(&big), Err("Expansion(\"status-member\")".into()));
        let chain: String = (0..40)
            .map(|i| format!("-t{i} = {{ -t{} }}\n", i + 1))
            .collect();
        assert!(check(&chain).is_err());
        assert_eq!(check("a = { \"<script>\" }\n"), Err("Markup(\"a\")".into()));
        assert_eq!(
            check("a = { \"\\u003Cscript>\" }\n"),
            Err("Markup(\"a\")".into())
        );
    }
}
