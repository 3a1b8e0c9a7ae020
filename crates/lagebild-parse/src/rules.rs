//! The chrome rule table: which short lines of a saved page are site furniture, ads,
//! credits or teasers, as data a user can read and extend (`data/chrome-rules.tsv`).
//!
//! Rules describe kinds of lines; the structural decisions that need position (what is
//! above the headline, what trails the last paragraph) are made in `structure`.

use crate::article::DropReason;
use crate::error::RuleError;
use regex::RegexSet;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The built-in table, compiled into the crate.
const BUILTIN_TABLE: &str = include_str!("../data/chrome-rules.tsv");

/// The built-in rubric words (see `data/rubrics.txt`).
const BUILTIN_RUBRICS: &str = include_str!("../data/rubrics.txt");

/// Lines longer than this are never tested against the table: chrome is short, and
/// running regexes over long paragraphs would cost time for nothing. The longest chrome
/// seen in practice, a cookie notice sentence, stays well under it.
pub(crate) const MAX_RULE_LINE_CHARS: usize = 300;

/// Where on the page a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Anywhere.
    Any,
    /// Above the first body paragraph.
    Top,
    /// From the first body paragraph on.
    Body,
}

/// What a matching line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleAction {
    /// Drop the line with this reason.
    Drop(DropReason),
    /// The line opens a block of related-article teasers.
    TeaserSection,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Unique name, reported for every line it drops.
    pub id: String,
    /// What to do with a matching line.
    pub action: RuleAction,
    /// Where the rule applies.
    pub zone: Zone,
    /// The pattern as written in the table.
    pub pattern: String,
}

/// The first rule matching a line above the first body paragraph (`top`) and below it
/// (`body`), as indexes into the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LineHit {
    pub(crate) top: Option<u16>,
    pub(crate) body: Option<u16>,
}

/// A compiled chrome rule table plus the rubric words.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Rule>,
    set: RegexSet,
    rubrics: Vec<String>,
    /// Bit `n` is set when some rubric is `n` bytes long (all are at most 20): an ASCII
    /// word of another length is no rubric, which settles most calls at once.
    rubric_lengths: u32,
}

/// The bit set of rubric lengths in bytes (lengths above 31 are never asked about).
fn length_bits(rubrics: &[String]) -> u32 {
    rubrics
        .iter()
        .filter(|r| r.len() < 32)
        .fold(0, |bits, r| bits | (1 << r.len()))
}

impl RuleSet {
    /// The table and rubric list that ship with the crate.
    pub fn builtin() -> &'static RuleSet {
        static BUILTIN: OnceLock<RuleSet> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The built-in table is tested to compile (`builtin_table_compiles`), so a
            // failure here is a build defect, not an input problem; fall back to no rules
            // rather than panic.
            RuleSet::parse(BUILTIN_TABLE, BUILTIN_RUBRICS).unwrap_or_else(|_| RuleSet::empty())
        })
    }

    fn empty() -> RuleSet {
        RuleSet {
            rules: Vec::new(),
            set: RegexSet::empty(),
            rubrics: Vec::new(),
            rubric_lengths: 0,
        }
    }

    /// Compiles a rule table and a rubric list written in the formats of
    /// `data/chrome-rules.tsv` and `data/rubrics.txt`.
    pub fn parse(table: &str, rubrics: &str) -> Result<RuleSet, RuleError> {
        let mut rules = Vec::new();
        for (index, line) in table.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| RuleError {
                line: number,
                message,
            };
            let mut columns = line.splitn(4, '\t');
            let (Some(id), Some(reason), Some(zone), Some(pattern)) = (
                columns.next(),
                columns.next(),
                columns.next(),
                columns.next(),
            ) else {
                return Err(error(
                    "expected four tab-separated columns: id, reason, zone, pattern".into(),
                ));
            };
            let action = match reason {
                "teaser-section" => RuleAction::TeaserSection,
                other => RuleAction::Drop(
                    DropReason::from_rule_name(other)
                        .ok_or_else(|| error(format!("unknown reason `{other}`")))?,
                ),
            };
            let zone = match zone {
                "any" => Zone::Any,
                "top" => Zone::Top,
                "body" => Zone::Body,
                other => return Err(error(format!("unknown zone `{other}` (any, top, body)"))),
            };
            if rules.iter().any(|r: &Rule| r.id == id) {
                return Err(error(format!("duplicate rule id `{id}`")));
            }
            rules.push(Rule {
                id: id.to_owned(),
                action,
                zone,
                pattern: pattern.to_owned(),
            });
        }
        let set = match RegexSet::new(rules.iter().map(|r| format!("(?i){}", r.pattern))) {
            Ok(set) => set,
            // Compile the rules one by one only to say which one is wrong (and where):
            // compiling each on the happy path would double the start-up cost.
            Err(set_error) => {
                let culprit = numbered_rules(table)
                    .zip(&rules)
                    .find_map(|(number, rule)| {
                        regex::Regex::new(&format!("(?i){}", rule.pattern))
                            .err()
                            .map(|e| RuleError {
                                line: number,
                                message: format!("rule `{}`: {e}", rule.id),
                            })
                    });
                return Err(culprit.unwrap_or(RuleError {
                    line: 0,
                    message: set_error.to_string(),
                }));
            }
        };
        let rubrics: Vec<String> = rubrics
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect();
        let rubric_lengths = length_bits(&rubrics);
        Ok(RuleSet {
            rules,
            set,
            rubrics,
            rubric_lengths,
        })
    }

    /// The rules in table order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The first rule matching `line` in `zone`, if any.
    #[cfg(test)]
    fn find(&self, line: &str, in_top: bool) -> Option<&Rule> {
        let hit = self.classify(line);
        (if in_top { hit.top } else { hit.body }).map(|index| self.rule(index))
    }

    /// The first matching rule for both zones at once, so that callers can keep the
    /// answer per line instead of matching the line again for each question.
    pub(crate) fn classify(&self, line: &str) -> LineHit {
        // Most lines are paragraphs too long to be chrome, and most short lines match no
        // rule: `is_match` answers both without allocating.
        if line.len() > MAX_RULE_LINE_CHARS * 4
            || (line.len() > MAX_RULE_LINE_CHARS && line.chars().count() > MAX_RULE_LINE_CHARS)
            || !self.set.is_match(line)
        {
            return LineHit::default();
        }
        let mut hit = LineHit::default();
        for index in self.set.matches(line).iter() {
            let rule = &self.rules[index];
            let index = u16::try_from(index).ok();
            if hit.top.is_none() && rule.zone != Zone::Body {
                hit.top = index;
            }
            if hit.body.is_none() && rule.zone != Zone::Top {
                hit.body = index;
            }
        }
        hit
    }

    /// The rule with index `index` (from a [`LineHit`]).
    pub(crate) fn rule(&self, index: u16) -> &Rule {
        &self.rules[usize::from(index)]
    }

    /// The id of rule `index` as a dropped line reports it: borrowed when this is the
    /// built-in table, which lives as long as the program (a large page drops hundreds
    /// of thousands of lines, each once had its own copy), copied from any other table.
    pub(crate) fn id(&self, index: u16) -> Cow<'static, str> {
        let builtin = RuleSet::builtin();
        if std::ptr::eq(self, builtin) {
            Cow::Borrowed(builtin.rule(index).id.as_str())
        } else {
            Cow::Owned(self.rule(index).id.clone())
        }
    }

    /// The rubric word `word` names, lowercase, if it is one.
    pub(crate) fn is_rubric(&self, word: &str) -> bool {
        if word.len() > 20 {
            return false;
        }
        // An ASCII word can only equal a rubric of its own length, compared bytewise;
        // this runs on the first word of every heading-like line.
        if word.is_ascii() {
            if self.rubric_lengths & (1 << word.len()) == 0 {
                return false;
            }
            return self
                .rubrics
                .iter()
                .any(|r| r.len() == word.len() && r.eq_ignore_ascii_case(word));
        }
        self.rubrics.iter().any(|r| eq_ignore_case(r, word))
    }
}

/// Case-insensitive equality without allocating: `a` must already be lowercase.
fn eq_ignore_case(lower: &str, word: &str) -> bool {
    let mut rest = lower.chars();
    for c in word.chars() {
        for l in c.to_lowercase() {
            if rest.next() != Some(l) {
                return false;
            }
        }
    }
    rest.next().is_none()
}

/// Line numbers (1-based) of the rule rows of a table, in order.
fn numbered_rules(table: &str) -> impl Iterator<Item = usize> + '_ {
    table
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, _)| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_compiles() {
        let rules = RuleSet::parse(BUILTIN_TABLE, BUILTIN_RUBRICS).unwrap();
        assert!(rules.rules().len() >= 20);
    }

    #[test]
    fn builtin_table_is_sorted_by_reason_then_id() {
        let rules = RuleSet::builtin().rules();
        let keys: Vec<(String, &str)> = rules
            .iter()
            .map(|r| {
                let reason = match r.action {
                    RuleAction::Drop(reason) => reason.as_str().to_owned(),
                    RuleAction::TeaserSection => "teaser-section".to_owned(),
                };
                (reason, r.id.as_str())
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }

    #[test]
    fn rubrics_are_sorted_and_unique() {
        let rubrics = &RuleSet::builtin().rubrics;
        let mut sorted = rubrics.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(rubrics, &sorted);
    }

    #[test]
    fn table_errors_name_the_line() {
        let err = RuleSet::parse("# c\nx\tchrome\tany\t(\n", "").unwrap_err();
        assert_eq!(err.line, 2);
        let err = RuleSet::parse("x\tnonsense\tany\ta\n", "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "rule table line 1: unknown reason `nonsense`"
        );
        let err = RuleSet::parse("x\tchrome\tany\ta\nx\tchrome\tany\tb\n", "").unwrap_err();
        assert_eq!(err.to_string(), "rule table line 2: duplicate rule id `x`");
    }

    fn check(line: &str, top: bool) -> String {
        RuleSet::builtin()
            .find(line, top)
            .map_or("-".to_owned(), |r| r.id.clone())
    }

    /// Each kind of chrome, in wordings the table was not written from.
    #[test]
    fn kinds_of_chrome() {
        let cases = [
            ("• Drucken", "print-share"),
            ("Artikel teilen", "print-share"),
            ("Teilen auf WhatsApp", "print-share"),
            ("Facebook Twitter WhatsApp E-Mail", "share-row"),
            ("Mehr lesen ›", "read-more"),
            ("Weitere Nachrichten", "read-more"),
            ("Lesezeit: 4 Minuten", "reading-time"),
            ("3 Min. Lesezeit", "reading-time"),
            ("27 Kommentare", "comment-counter"),
            ("Kommentare (12)", "comment-counter"),
            ("Anzeige", "ad-marker"),
            ("- Werbung -", "ad-marker"),
            ("Foto: picture alliance / dpa", "photo-credit"),
            ("© dpa-infocom, dpa:220107-99-622391/4", "copyright-line"),
            (
                "Copyright 2024 Beispielverlag. Alle Rechte vorbehalten.",
                "copyright-line",
            ),
            ("jm/dpa/AFP", "agency-code"),
            ("Reuters", "press-agency-credit"),
            ("Jana Beispiel / AFP", "name-agency-credit"),
            ("Hans Muster / picture alliance", "name-agency-credit"),
            ("red, ORF.at/Agenturen", "desk-signature"),
            ("(red/dpa)", "desk-signature"),
            ("Red Bull", "-"),
            (
                "Diese Meldung wurde am 02.03.2025 im Programm Beispielradio gesendet.",
                "broadcast-note",
            ),
            ("LIVE", "live-badge"),
            ("+++ Live +++", "live-badge"),
            ("imago images / ITAR-TASS", "press-agency-credit"),
            (
                "Unser Newsletter: Jetzt kostenlos abonnieren",
                "newsletter-box",
            ),
            (
                "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.",
                "cookie-box",
            ),
            ("Alle akzeptieren", "cookie-box"),
            ("Ihr Browser wird nicht mehr unterstützt.", "browser-notice"),
            ("Holen Sie sich die App auf Ihr Smartphone", "app-promo"),
            ("Impressum | Datenschutz | Kontakt", "footer-links"),
            ("Politik | Ausland | Wirtschaft | Sport", "site-nav-row"),
            ("***", "stray-symbol"),
            ("Externer Inhalt", "embed-placeholder"),
            ("Artikel anhören", "audio-player"),
            ("Bildergalerie", "media-marker"),
            ("Lesen Sie auch: Warum Minsk schweigt", "related-inline"),
            (
                "Mehr zum Thema - Neue Manöver an der Grenze",
                "related-inline",
            ),
            ("Das könnte Sie auch interessieren:", "related-section"),
            ("Meistgelesen", "related-section"),
            ("Artikel mit Bildinhalten", "image-notice"),
            ("Liveblog aktualisiert vor 12 Minuten", "ticker-status"),
            ("Älteste Einträge zuerst", "ticker-status"),
            ("Druckansicht", "print-version"),
            ("Auf die Merkliste", "bookmark"),
            ("WhatsApp", "share-single"),
            ("02:31 / 07:05", "player-time"),
            ("Artikel zum Anhören · 6 Min", "player-time"),
            ("1.204 Postings", "postings-counter"),
            ("48 Postings", "postings-counter"),
            ("Schriftgröße", "settings-label"),
            ("dpa-Notizblock", "wire-channel"),
            (
                "Redaktionshinweis: Die Meldung wurde ergänzt.",
                "wire-channel",
            ),
            ("afp kl/ab xy12", "wire-code"),
            ("Bildnachweis: Beispielagentur / M. Muster", "image-rights"),
            ("(Foto: Beispielagentur)", "image-rights"),
        ];
        for (line, id) in cases {
            assert_eq!(check(line, false), id, "{line}");
        }
    }

    #[test]
    fn zones_and_content() {
        assert_eq!(check("Startseite > Politik > Ausland", true), "breadcrumb");
        assert_eq!(check("Menü", true), "menu-word");
        assert_eq!(check("Menü", false), "-");
        // Headings, sentences and long lines are content.
        assert_eq!(check("Spannungen innerhalb des Bündnisses", false), "-");
        assert_eq!(
            check(
                "Die Regierung will die App-Nutzung der Armee prüfen.",
                false
            ),
            "-"
        );
        assert_eq!(check("Moskau/Minsk", false), "-");
        assert_eq!(check(&"Teilen ".repeat(60), false), "-");
    }
}
