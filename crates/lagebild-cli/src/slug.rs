//! File names from article titles and ids: lowercase ASCII words joined by `-`, bounded in
//! length, unique within a run, never a path (`..`, `/`, absolute) and never a name that
//! Windows reserves (`con`, `nul`, `com1` …).

use std::collections::HashSet;

/// The longest slug, in bytes: long enough to tell titles apart, short enough for every
/// file system's name limit with an extension and a uniqueness suffix.
const MAX_SLUG: usize = 60;

/// Device names Windows refuses as file names, with or without extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A slug of `text`; `fallback` when nothing usable is left.
pub(crate) fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            c if c.is_alphanumeric() => {
                // Letters of other scripts have no safe ASCII form here; keep word breaks.
                "-"
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let mut slug: String = out
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.len() > MAX_SLUG {
        slug.truncate(MAX_SLUG);
        while slug.ends_with('-') {
            slug.pop();
        }
    }
    if slug.is_empty() {
        slug = fallback.to_owned();
    }
    if RESERVED.contains(&slug.as_str()) {
        slug.insert_str(0, "x-");
    }
    slug
}

/// Hands out slugs that are unique within a run: the second `titel` is `titel-2`.
#[derive(Default)]
pub(crate) struct Slugs {
    used: HashSet<String>,
}

impl Slugs {
    pub(crate) fn unique(&mut self, text: &str, fallback: &str) -> String {
        let base = slug(text, fallback);
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.used.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_bounded_and_unique() {
        assert_eq!(
            slug("Armenien legt Mitarbeit in der OVKS auf Eis", "a"),
            "armenien-legt-mitarbeit-in-der-ovks-auf-eis"
        );
        assert_eq!(
            slug("Grüße aus Weißrussland!", "a"),
            "gruesse-aus-weissrussland"
        );
        assert_eq!(slug("../../etc/passwd", "a"), "etc-passwd");
        assert_eq!(slug("/absolute/path", "a"), "absolute-path");
        assert_eq!(slug("CON", "a"), "x-con");
        assert_eq!(slug("„“ …", "article"), "article");
        assert_eq!(slug("Справка ОДКБ", "org"), "org");
        assert!(slug(&"sehr lang ".repeat(30), "a").len() <= MAX_SLUG);
        let mut slugs = Slugs::default();
        assert_eq!(
            [
                slugs.unique("Titel", "a"),
                slugs.unique("Titel", "a"),
                slugs.unique("Titel", "a")
            ],
            ["titel", "titel-2", "titel-3"]
        );
    }
}
