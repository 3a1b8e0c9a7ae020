//! Translator tooling: finding locales (built in, or in a directory of
//! `<lang>/*.ftl` files), and checking them against the reference locale the way Mozilla's
//! compare-locales does, plus what it does not check: the `$variables` of each message and
//! the plural categories each locale needs (from ICU4X's CLDR data).

use crate::l10n::{
    BUILTIN, GRAMMAR_VARIABLES, LocaleError, NAME_FORMS, REFERENCE_LOCALE, TRANSLITERATION,
    reads_attribute,
};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A Fluent file of a locale: (language, file name, source).
pub type LocaleFile = (String, String, String);

/// How bad a finding is: errors fail `lagebild locales check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The locale renders wrong or falls back: a missing message, a syntax error, a
    /// variable the reference does not pass, a plural category the language needs.
    Error,
    /// Harmless but worth cleaning up: a message the reference no longer has.
    Warning,
    /// Renders, but from a general rule: names without the attribute for a form the
    /// locale's messages use (`.in`), which the locale's `name-in` message writes instead.
    Fallback,
}

/// One finding of [`check`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The locale.
    pub locale: String,
    /// The message id (or file, for syntax errors).
    pub subject: String,
    /// What is wrong.
    pub message: String,
}

/// The built-in locale files.
pub fn builtin_files() -> Vec<LocaleFile> {
    BUILTIN
        .iter()
        .map(|(l, f, t)| ((*l).to_owned(), (*f).to_owned(), (*t).to_owned()))
        .collect()
}

/// The languages documents can be written in: those with Fluent files among the built-in
/// locales and `extra` (a translator's directory, as [`read_directory`] reads it), sorted.
pub fn languages(extra: &[LocaleFile]) -> Vec<String> {
    let mut languages: BTreeSet<String> = BUILTIN.iter().map(|f| f.0.to_owned()).collect();
    languages.extend(extra.iter().map(|f| f.0.clone()));
    languages.into_iter().collect()
}

/// Checks that documents can be written in `tag` (`de`, `en-GB`): it is a BCP 47 tag, and
/// its language has Fluent files among the built-in locales and `extra`. A
/// [`crate::Localizer`] takes any language and falls back to English for each message;
/// this is the check for a user who names a language and expects documents in it.
pub fn check_language(tag: &str, extra: &[LocaleFile]) -> Result<(), LocaleError> {
    let lang: unic_langid::LanguageIdentifier = tag
        .parse()
        .map_err(|_| LocaleError::BadTag(tag.to_owned()))?;
    // The same language subtag `Localizer::with_resources` chooses its files by.
    if languages(extra).iter().any(|l| l == lang.language.as_str()) {
        Ok(())
    } else {
        Err(LocaleError::NoLocale(tag.to_owned()))
    }
}

/// Why a translator's directory could not be read; each names the path.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleDirError {
    /// The directory or a file in it could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The directory or file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// A language directory or `.ftl` file is a symbolic link, a FIFO, a device …
    #[error("{path}: not a regular file or directory (links are not followed)")]
    NotRegular {
        /// The entry.
        path: String,
    },
    /// A `.ftl` file is larger than the limit.
    #[error("{path}: more than the limit of {limit} bytes for a locale file")]
    TooLarge {
        /// The file.
        path: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A `.ftl` file is not UTF-8.
    #[error("{path}: not UTF-8")]
    NotUtf8 {
        /// The file.
        path: String,
    },
}

/// Reads `<dir>/<lang>/*.ftl`. Only real directories and regular files are read (a
/// symbolic link, FIFO or device in the directory is an error, not followed), each file
/// up to `bounds::MAX_FILE_BYTES` bytes actually read.
pub fn read_directory(dir: &Path) -> Result<Vec<LocaleFile>, LocaleDirError> {
    let mut files = Vec::new();
    for language in entries(dir)? {
        let kind = metadata(&language)?;
        if !kind.is_dir() {
            if kind.is_file() {
                // A stray file beside the language directories is not a locale.
                continue;
            }
            return Err(LocaleDirError::NotRegular {
                path: language.display().to_string(),
            });
        }
        let Some(lang) = language
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        for path in entries(&language)? {
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            if !metadata(&path)?.is_file() {
                return Err(LocaleDirError::NotRegular {
                    path: path.display().to_string(),
                });
            }
            let text = read_limited(&path)?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((lang.clone(), name, text));
        }
    }
    Ok(files)
}

/// The entries of a directory, sorted.
fn entries(dir: &Path) -> Result<Vec<std::path::PathBuf>, LocaleDirError> {
    let io = |source| LocaleDirError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut paths = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    paths.sort();
    Ok(paths)
}

/// What `path` is, without following a link.
fn metadata(path: &Path) -> Result<std::fs::Metadata, LocaleDirError> {
    std::fs::symlink_metadata(path).map_err(|source| LocaleDirError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// A regular file's text, refused past the size limit on the bytes read.
fn read_limited(path: &Path) -> Result<String, LocaleDirError> {
    use std::io::Read as _;
    let shown = || path.display().to_string();
    let io = |source| LocaleDirError::Io {
        path: shown(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // Checked again on the open file: the entry may have changed since it was listed.
    if !file.metadata().map_err(io)?.is_file() {
        return Err(LocaleDirError::NotRegular { path: shown() });
    }
    let limit = crate::bounds::MAX_FILE_BYTES;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(LocaleDirError::TooLarge {
            path: shown(),
            limit,
        });
    }
    String::from_utf8(bytes).map_err(|_| LocaleDirError::NotUtf8 { path: shown() })
}

/// What a message needs: the variables it uses, its attributes, and for each plural
/// selector the categories it names.
#[derive(Debug, Default, Clone)]
struct Shape {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    plural_selectors: Vec<BTreeSet<String>>,
}

/// Message families over open sets of data (places, roles, people): a locale names the members
/// whose name differs in its language, so absent or extra ones are not findings. The
/// `transliteration` table of people's names is optional in the same way.
const OPEN_FAMILIES: &[&str] = &["place-", "role-", "person-"];

fn is_open_family(id: &str) -> bool {
    OPEN_FAMILIES.iter().any(|prefix| id.starts_with(prefix)) || id == TRANSLITERATION
}

const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // `[100] several hundred *[other] …` picks exact values, not plural forms:
            // only a selector with a category besides `other` must cover them all.
            let exact_values_only = keys.len() == 1
                && keys.contains("other")
                && variants
                    .iter()
                    .any(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }));
            if !keys.is_empty()
                && !exact_values_only
                && keys.iter().all(|k| PLURAL_CATEGORIES.contains(&k.as_str()))
            {
                shape.plural_selectors.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape);
            }
        }
        _ => {}
    }
}

/// The messages of one locale with their shapes, and its syntax errors.
fn shapes(files: &[&LocaleFile]) -> (BTreeMap<String, Shape>, Vec<(String, String)>) {
    let mut messages = BTreeMap::new();
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (_, file, text) in files {
        if let Err(exceeded) = crate::bounds::nesting(text) {
            let line = match exceeded {
                crate::bounds::Exceeded::Depth(line) => line,
                _ => 1,
            };
            errors.push((format!("{file}:{line}"), exceeded.to_string()));
            continue;
        }
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for error in parse_errors {
                    let offset = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                    let line = text[..offset.min(text.len())].matches('\n').count() + 1;
                    errors.push((format!("{file}:{line}"), error.kind.to_string()));
                }
                resource
            }
        };
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut shape);
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_owned());
                    walk_pattern(&attribute.value, &mut shape);
                }
                messages.insert(message.id.name.to_owned(), shape);
            }
        }
        parsed.push((file, resource));
    }
    let entries = parsed.iter().flat_map(|(_, resource)| &resource.body);
    if let Err(exceeded) = crate::bounds::expansion(entries) {
        let subject = exceeded.id().unwrap_or_default().to_owned();
        errors.push((subject, exceeded.to_string()));
    }
    (messages, errors)
}

/// The plural categories a language's cardinal numbers use, from CLDR.
fn needed_categories(lang: &str) -> BTreeSet<String> {
    let Ok(locale) = lang.parse::<icu::locale::Locale>() else {
        return BTreeSet::new();
    };
    match icu::plurals::PluralRules::try_new_cardinal(locale.into()) {
        Ok(rules) => rules
            .categories()
            .map(|c| format!("{c:?}").to_lowercase())
            .collect(),
        Err(_) => BTreeSet::new(),
    }
}

/// Whether `variable` is one of the grammatical variables the code passes to `id`: a
/// language may leave it unused even where English selects on it.
fn provides_grammar(id: &str, variable: &str) -> bool {
    grammar_of(id).contains(variable)
}

/// The grammatical variables the code passes to `id`, with the name or date each is a
/// form of (`$host` for `$host_in`): the code passes both, and a language uses either.
fn grammar_of(id: &str) -> BTreeSet<String> {
    GRAMMAR_VARIABLES
        .iter()
        .filter(|(message, _)| *message == id)
        .flat_map(|(_, variables)| variables.iter())
        .flat_map(|variable| {
            let base = variable.rsplit_once('_').map(|(base, _)| base.to_owned());
            std::iter::once((*variable).to_owned()).chain(base)
        })
        .collect()
}

/// What is wrong with message `id` of a locale (`shape`) against English (`wanted`): a
/// variable or attribute the code never provides (it would fail at run time), or a
/// variable or attribute of English's the locale leaves out.
fn compare_shapes(id: &str, shape: &Shape, wanted: &Shape) -> Vec<String> {
    let show = |s: &BTreeSet<String>| {
        s.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut problems = Vec::new();
    let passed: BTreeSet<String> = grammar_of(id)
        .into_iter()
        .chain(wanted.variables.iter().cloned())
        .collect();
    let unprovided: BTreeSet<String> = shape.variables.difference(&passed).cloned().collect();
    if !unprovided.is_empty() {
        problems.push(format!(
            "uses {}, which the code never passes to this message (it passes [{}])",
            show(&unprovided),
            show(&passed)
        ));
    } else if !wanted
        .variables
        .iter()
        .all(|v| shape.variables.contains(v) || provides_grammar(id, v))
    {
        problems.push(format!(
            "variables differ: English uses [{}], this locale [{}]",
            show(&wanted.variables),
            show(&shape.variables)
        ));
    }
    let unread: Vec<String> = shape
        .attributes
        .iter()
        .filter(|a| !wanted.attributes.contains(*a) && !reads_attribute(id, a))
        .map(|a| format!(".{a}"))
        .collect();
    if !unread.is_empty() {
        problems.push(format!(
            "has {}, which the code never reads on this message",
            unread.join(" ")
        ));
    } else if !wanted
        .attributes
        .iter()
        .all(|a| shape.attributes.contains(a) || reads_attribute(id, a))
    {
        problems.push("attributes differ from English".to_owned());
    }
    problems
}

/// What is wrong with the `transliteration` table in `text`, if it has one: it is plain
/// text (no placeables), and each comma-separated entry is `letters=letters`.
fn transliteration_problems(text: &str) -> Vec<String> {
    // The parser recurses into placeables: a file nested too deep is not parsed (and is
    // reported as such with the other syntax errors).
    if crate::bounds::nesting(text).is_err() {
        return Vec::new();
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut problems = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        if message.id.name != TRANSLITERATION {
            continue;
        }
        let Some(value) = &message.value else {
            continue;
        };
        let mut table = String::new();
        for element in &value.elements {
            match element {
                ast::PatternElement::TextElement { value } => table.push_str(value),
                ast::PatternElement::Placeable { .. } => {
                    problems.push("a table is plain text, without placeables".to_owned());
                }
            }
        }
        for entry in table.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let well_formed = entry
                .split_once('=')
                .is_some_and(|(from, to)| !from.trim().is_empty() && !to.trim().is_empty());
            if !well_formed {
                problems.push(format!("`{entry}` is not `letters=letters`"));
            }
        }
    }
    problems
}

/// For each form of a name that some message of the locale uses (`$host_in`), the names
/// of the states, organisations or places it is used for that lack the attribute (`.in`)
/// and so are written by the locale's `name-<form>` message.
fn fallbacks(messages: &BTreeMap<String, Shape>) -> Vec<(&'static str, Vec<String>)> {
    NAME_FORMS
        .iter()
        .filter_map(|form| {
            // The families whose names the locale's messages ask in this form.
            let suffix = format!("_{form}");
            let families: BTreeSet<&str> = messages
                .values()
                .flat_map(|shape| &shape.variables)
                .filter_map(|variable| variable.strip_suffix(suffix.as_str()))
                .flat_map(|base| families_of(base).iter().copied())
                .collect();
            let names: Vec<String> = messages
                .iter()
                .filter(|(id, shape)| {
                    families.iter().any(|family| id.starts_with(family))
                        && !shape.attributes.contains(*form)
                })
                .map(|(id, _)| id.clone())
                .collect();
            (!names.is_empty()).then_some((*form, names))
        })
        .collect()
}

/// The message families a name variable's values come from (`$host`: states), as the
/// builders pass them (`Compose::name` in l10n.rs).
fn families_of(base: &str) -> &'static [&'static str] {
    match base {
        "org" => &["org-"],
        "actor" => &["state-", "org-"],
        "host" | "state" | "states" => &["state-"],
        "location" => &["state-", "place-"],
        "place" => &["place-"],
        // Dates (`$date_in`, `$start_from`) and anything else: no names.
        _ => &[],
    }
}

/// Checks every locale in `files` against the reference locale (English, from the same
/// files or the built-in ones).
pub fn check(files: &[LocaleFile]) -> Vec<Finding> {
    let mut by_locale: BTreeMap<&str, Vec<&LocaleFile>> = BTreeMap::new();
    for file in files {
        by_locale.entry(file.0.as_str()).or_default().push(file);
    }
    let builtin = builtin_files();
    let reference_files: Vec<&LocaleFile> = match by_locale.get(REFERENCE_LOCALE) {
        Some(files) => files.clone(),
        None => builtin.iter().filter(|f| f.0 == REFERENCE_LOCALE).collect(),
    };
    let (reference, _) = shapes(&reference_files);
    let mut findings = Vec::new();
    for (locale, locale_files) in &by_locale {
        let (messages, errors) = shapes(locale_files);
        let finding = |severity, subject: &str, message: String| Finding {
            severity,
            locale: (*locale).to_owned(),
            subject: subject.to_owned(),
            message,
        };
        for (place, error) in errors {
            findings.push(finding(
                Severity::Error,
                &place,
                format!("syntax error: {error}"),
            ));
        }
        let needed = needed_categories(locale);
        for (id, shape) in &messages {
            for selector in &shape.plural_selectors {
                let missing: Vec<&String> =
                    needed.iter().filter(|c| !selector.contains(*c)).collect();
                if !missing.is_empty() {
                    let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
                    findings.push(finding(
                        Severity::Error,
                        id,
                        format!(
                            "plural variants missing for `{locale}`: {}",
                            list.join(", ")
                        ),
                    ));
                }
            }
        }
        for problem in locale_files
            .iter()
            .flat_map(|(_, _, text)| transliteration_problems(text))
        {
            findings.push(finding(Severity::Error, TRANSLITERATION, problem));
        }
        for (form, names) in fallbacks(&messages) {
            findings.push(finding(
                Severity::Fallback,
                &format!("name-{form}"),
                format!(
                    "{} names have no .{form} and are written by this message: {}",
                    names.len(),
                    names.join(", ")
                ),
            ));
        }
        if *locale == REFERENCE_LOCALE {
            continue;
        }
        for (id, wanted) in &reference {
            match messages.get(id) {
                None if is_open_family(id) => {}
                None => findings.push(finding(
                    Severity::Error,
                    id,
                    "missing (English is used)".to_owned(),
                )),
                Some(shape) => {
                    findings.extend(
                        compare_shapes(id, shape, wanted)
                            .into_iter()
                            .map(|message| finding(Severity::Error, id, message)),
                    );
                }
            }
        }
        for id in messages
            .keys()
            .filter(|id| !reference.contains_key(*id) && !is_open_family(id))
        {
            findings.push(finding(
                Severity::Warning,
                id,
                "obsolete: English no longer has it".to_owned(),
            ));
        }
    }
    findings.sort();
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_needs_locale_files() {
        assert_eq!(languages(&[]), ["de", "en", "fr", "ru"]);
        for tag in [
            "de", "en", "fr", "ru", "en-GB", "de-AT", "fr-CA", "EN", "en-XA",
        ] {
            assert_eq!(check_language(tag, &[]), Ok(()), "{tag}");
        }
        assert_eq!(
            check_language("it", &[]),
            Err(LocaleError::NoLocale("it".into()))
        );
        assert_eq!(
            check_language("xx!!", &[]),
            Err(LocaleError::BadTag("xx!!".into()))
        );
        let italian = [("it".to_owned(), "names.ftl".to_owned(), String::new())];
        assert_eq!(languages(&italian), ["de", "en", "fr", "it", "ru"]);
        assert_eq!(check_language("it-CH", &italian), Ok(()));
    }

    /// The plural categories the check asks for come from CLDR through ICU4X; French has
    /// `many` (for millions: `1 000 000 de soldats`) besides `one` and `other`.
    #[test]
    fn plural_categories_come_from_cldr() {
        let set = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
        assert_eq!(needed_categories("fr"), set(&["one", "many", "other"]));
        assert_eq!(needed_categories("it"), set(&["one", "many", "other"]));
        assert_eq!(needed_categories("de"), set(&["one", "other"]));
        assert_eq!(
            needed_categories("ru"),
            set(&["one", "few", "many", "other"])
        );
    }

    /// The shipped locales: no missing or obsolete messages against English, the same
    /// variables per message, every plural category each language needs, no syntax error.
    #[test]
    fn shipped_locales_are_complete_and_consistent() {
        let findings: Vec<Finding> = check(&builtin_files())
            .into_iter()
            .filter(|f| f.severity != Severity::Fallback)
            .collect();
        assert!(findings.is_empty(), "{findings:#?}");
    }

    /// Issue 22: a grammatical variable or attribute the code does not provide fails at
    /// run time, so the check rejects it; the ones it provides pass.
    #[test]
    fn grammar_the_code_never_provides_is_an_error() {
        let mut files = builtin_files();
        files.retain(|f| f.0 == "en");
        files.push((
            "de".into(),
            "grammar.ftl".into(),
            [
                "change-deployment = { $org_case ->\n [die] Die\n *[other] { $org }\n } entsandte Truppen { $host_article ->\n [die] in die { $host }\n *[other] nach { $host }\n }",
                "stationed-line = { $state } in { $location }: { $troops } { $location_article }",
                "org-CSTO = OVKS\n    .case = feminine\n    .long = Organisation des Vertrags über kollektive Sicherheit",
                "state-UA = Ukraine\n    .article = die\n    .in = in der Ukraine",
                "state-RU = Russland\n    .gender = n\n    .dative = Russland",
            ]
            .join("\n")
                + "\n",
        ));
        let findings = check(&files);
        let about = |id: &str| {
            findings
                .iter()
                .filter(|f| f.locale == "de" && f.subject == id)
                .map(|f| (f.severity, f.message.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            about("change-deployment"),
            [(
                Severity::Error,
                "uses $org_case, which the code never passes to this message (it passes [$host $host_article $host_in $host_to $org $org_article $org_gender])".to_owned()
            )]
        );
        assert_eq!(
            about("org-CSTO"),
            [(
                Severity::Error,
                "has .case, which the code never reads on this message".to_owned()
            )]
        );
        assert_eq!(
            about("state-RU"),
            [(
                Severity::Error,
                "has .dative, which the code never reads on this message".to_owned()
            )]
        );
        assert!(about("state-UA").is_empty(), "{findings:#?}");
        assert!(about("stationed-line").is_empty(), "{findings:#?}");
    }

    /// The translators' guide lists every message the code gives grammatical variables,
    /// with all of them, so that it cannot fall behind the table.
    #[test]
    fn the_guide_lists_every_grammatical_variable() {
        let guide = include_str!("../../../docs/adding-a-language.md");
        for (id, variables) in GRAMMAR_VARIABLES {
            let row = guide
                .lines()
                .find(|line| {
                    line.starts_with('|')
                        && line.split('|').nth(1).is_some_and(|cell| {
                            cell.split(", ").any(|c| c.trim() == format!("`{id}`"))
                        })
                })
                .unwrap_or_else(|| panic!("no row for {id} in docs/adding-a-language.md"));
            for variable in *variables {
                assert!(
                    row.contains(&format!("`${variable}`")),
                    "{id}: ${variable} in {row}"
                );
            }
        }
    }

    #[test]
    fn a_transliteration_table_is_checked_entry_by_entry() {
        let files = vec![(
            "uk".to_owned(),
            "names.ftl".to_owned(),
            "transliteration = sch=ш, tsch, =ч, w=в\n".to_owned(),
        )];
        let problems: Vec<String> = check(&files)
            .into_iter()
            .filter(|f| f.subject == TRANSLITERATION)
            .map(|f| f.message)
            .collect();
        assert_eq!(
            problems,
            [
                "`=ч` is not `letters=letters`",
                "`tsch` is not `letters=letters`"
            ]
        );
        assert!(transliteration_problems(include_str!("../locales/ru/names.ftl")).is_empty());
    }

    #[test]
    fn finds_what_a_translator_gets_wrong() {
        let mut files = builtin_files();
        files.retain(|f| f.0 == "en");
        files.push((
            "ru".into(),
            "factsheet.ftl".into(),
            "section-founded = Основание\ntroops = { $count ->\n [one] { $count } солдат\n *[other] { $count } солдат\n}\nfactsheet-title = Справка: { $name }\nleftover = x\nbroken = { $\n".into(),
        ));
        // Exact values (`[100]`) are not plural forms and need no categories.
        files.push((
            "ru".into(),
            "exact.ftl".into(),
            "qualifier-vague = { $value ->\n [100] несколько сотен\n *[other] несколько { $value }\n}\nfactsheet-full-name = Полное название.\n".into(),
        ));
        let findings = check(&files);
        let about = |id: &str| {
            findings
                .iter()
                .filter(|f| f.subject == id)
                .map(|f| f.message.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            about("troops"),
            ["plural variants missing for `ru`: few, many"]
        );
        assert_eq!(
            about("factsheet-title"),
            ["uses $name, which the code never passes to this message (it passes [$org])"]
        );
        assert_eq!(
            about("factsheet-full-name"),
            ["variables differ: English uses [$name], this locale []"]
        );
        assert_eq!(about("leftover"), ["obsolete: English no longer has it"]);
        assert!(about("qualifier-vague").is_empty(), "{findings:#?}");
        assert!(
            about("place-moskau").is_empty(),
            "open family: {findings:#?}"
        );
        assert_eq!(about("section-members"), ["missing (English is used)"]);
        assert!(
            findings
                .iter()
                .any(|f| f.subject == "factsheet.ftl:8" && f.message.starts_with("syntax error")),
            "{findings:#?}"
        );
    }
}
