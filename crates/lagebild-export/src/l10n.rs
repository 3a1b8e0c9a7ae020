//! Localization: Fluent messages for every word of the frame, ICU4X for numbers, dates of
//! every precision and lists, with English as the fallback for a message a locale lacks.
//!
//! Numbers reach Fluent as numbers (so `[one]`/`[few]`/`[many]` select correctly) and are
//! displayed by ICU4X through the bundle's formatter hook; years and decades are passed as
//! strings, since they are labels, not quantities (`2023`, never `2,023`).

use crate::translate::{SegmentKind, Translations};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::collator::CollatorBorrowed;
use icu::datetime::DateTimeFormatter;
use icu::datetime::fieldsets::{Y, YM, YMD};
use icu::datetime::input::Date;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;
use intl_memoizer::Memoizable;
use lagebild_model::{CalendarDate, EntityRef, Qualifier, Quantity, Season, When};
use std::collections::BTreeSet;
use std::sync::Mutex;
use unic_langid::LanguageIdentifier;

/// The locales that ship with the crate: (language, file, Fluent source), one entry per
/// `locales/<lang>/*.ftl` file, sorted (written by `build.rs`).
pub(crate) const BUILTIN: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The reference locale: complete by definition, and the fallback for every other.
pub const REFERENCE_LOCALE: &str = "en";

/// The pseudo-locale's tag (Android's accented English): English text with every letter
/// accented (`Ƒȧȧƈŧ şħḗḗŧ`), so that a reviewer sees at a glance any frame text that
/// bypasses Fluent. Numbers, dates and lists are formatted as in English.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// Whether `tag` names the pseudo-locale (tags compare case-insensitively).
pub fn is_pseudo(tag: &str) -> bool {
    tag.eq_ignore_ascii_case(PSEUDO_LOCALE)
}

/// The forms of a name a message can be given besides the name itself, each the value of
/// an attribute of the name's message (`state-KZ.in = в Казахстане`) or, where the name
/// has none, of the locale's `name-<form>` message (`name-in = in { $name }`), which may
/// select on the name's `.article` and `.gender`:
///
/// - `def`: the name as running text writes it (`the United States`, `la Biélorussie`);
/// - `in`, `to`, `from`, `with`: the name governed by the preposition of place, of
///   direction, of origin and of company, preposition included (`auf der Krim`,
///   `в Казахстан`, `from the United States`, `avec la Biélorussie`);
/// - `of`: the name after a noun it belongs to (`der Nato`, `России`, `de l’OTAN`).
///
/// A message is given `$host_in` for its `$host` when [`GRAMMAR_VARIABLES`] lists it.
pub(crate) const NAME_FORMS: &[&str] = &["def", "in", "to", "from", "with", "of"];

/// Selector attributes of a name: its article class (`die`, `the`, `v`/`f`/`m`/`p`) and
/// grammatical gender (`m`, `f`, `n`, `pl`), `none` where the name has none.
pub(crate) const NAME_SELECTORS: &[&str] = &["article", "gender"];

/// The forms of a date a message can be given besides the date itself, each from the
/// locale's `date-<form>` message, which selects on `$precision` (day, month, season,
/// year, decade, range) and may use `$month`, `$season`, `$year`, `$decade` to write the
/// case a preposition governs (`im Mai 2002`, `в мае 2002 г.`, `с мая 2002 г.`).
pub(crate) const DATE_FORMS: &[&str] = &["in", "from", "until", "by"];

/// The grammatical variables the code passes to a message beyond those English uses:
/// forms of names ([`NAME_FORMS`], [`NAME_SELECTORS`]) and of dates ([`DATE_FORMS`], and
/// `_precision`). `locales check` accepts exactly these in other locales, and a render
/// that passes one not listed here records an error, so the table cannot drift from the
/// calls.
pub(crate) const GRAMMAR_VARIABLES: &[(&str, &[&str])] = &[
    (
        "briefing-period",
        &[
            "from_precision",
            "from_from",
            "from_in",
            "to_precision",
            "to_until",
            "asof_precision",
            "asof_in",
        ],
    ),
    (
        "change-deployment",
        &[
            "org_article",
            "org_gender",
            "host_article",
            "host_in",
            "host_to",
        ],
    ),
    ("change-new", &["state_gender"]),
    (
        "conflict-contingent",
        &["host_article", "host_in", "state_of"],
    ),
    (
        "conflict-stationed",
        &["location_article", "location_in", "state_of", "state_from"],
    ),
    ("date-first-reported", &["date_in", "date_precision"]),
    ("deployment-contingents", &["states_def"]),
    (
        "deployment-heading",
        &["start_from", "start_precision", "host_in"],
    ),
    ("deployment-heading-until", &["end_until", "end_precision"]),
    (
        "event-participants",
        &["states_def", "states_of", "states_with"],
    ),
    (
        "fact-deployment",
        &[
            "actor_article",
            "actor_gender",
            "host_article",
            "host_in",
            "host_to",
        ],
    ),
    ("fact-event", &["place_in", "place_article"]),
    ("fact-figure", &["qualifier"]),
    (
        "fact-founded",
        &[
            "org_article",
            "org_gender",
            "org_of",
            "date_in",
            "date_precision",
        ],
    ),
    (
        "fact-stationed",
        &[
            "state_article",
            "state_of",
            "state_from",
            "location_article",
            "location_in",
        ],
    ),
    ("founded-line", &["date_in", "date_precision"]),
    ("members-first-reported", &["date_in", "date_precision"]),
    ("members-summary", &["states_def"]),
    ("stationed-line", &["location_article", "location_in"]),
    (
        "timeline-deployment",
        &[
            "org_article",
            "org_gender",
            "org_of",
            "host_article",
            "host_in",
            "host_to",
        ],
    ),
    ("timeline-founded", &["org_of", "org_gender"]),
    ("troops-planned-by", &["date_by", "date_precision"]),
    // The forms themselves: every variable they are given, whichever a language uses.
    ("name-def", NAME_FORM_VARIABLES),
    ("name-in", NAME_FORM_VARIABLES),
    ("name-to", NAME_FORM_VARIABLES),
    ("name-from", NAME_FORM_VARIABLES),
    ("name-with", NAME_FORM_VARIABLES),
    ("name-of", NAME_FORM_VARIABLES),
    ("date-in", DATE_FORM_VARIABLES),
    ("date-from", DATE_FORM_VARIABLES),
    ("date-until", DATE_FORM_VARIABLES),
    ("date-by", DATE_FORM_VARIABLES),
];

/// What a `name-<form>` message is given ([`Localizer::form`]).
const NAME_FORM_VARIABLES: &[&str] = &["name", "article", "gender"];

/// What a `date-<form>` message is given ([`Localizer::date_form`]); `$month` only for a
/// day or month, `$season` for a season, `$decade` for a decade, `$from` and `$to` for a
/// range.
const DATE_FORM_VARIABLES: &[&str] = &[
    "date",
    "precision",
    "year",
    "month",
    "season",
    "decade",
    "from",
    "to",
];

/// The families of names (by message id prefix) whose messages may carry the forms and
/// selectors of [`NAME_FORMS`] and [`NAME_SELECTORS`] as attributes.
pub(crate) const NAME_FAMILIES: &[&str] = &["state-", "org-", "place-"];

/// Whether the code passes the grammatical variable `variable` to message `id`.
pub(crate) fn provides_variable(id: &str, variable: &str) -> bool {
    GRAMMAR_VARIABLES
        .iter()
        .any(|(message, variables)| *message == id && variables.contains(&variable))
}

/// Whether the code reads attribute `attribute` of message `id` beyond English's.
pub(crate) fn reads_attribute(id: &str, attribute: &str) -> bool {
    (NAME_FAMILIES.iter().any(|prefix| id.starts_with(prefix))
        && (NAME_FORMS.contains(&attribute) || NAME_SELECTORS.contains(&attribute)))
        || (id.starts_with("role-") && attribute == "holder")
}

/// Whether a variable's name says it is a form or selector of a name or date, which
/// [`GRAMMAR_VARIABLES`] must list when English does not use it.
fn is_grammatical(variable: &str) -> bool {
    variable.rsplit_once('_').is_some_and(|(_, suffix)| {
        NAME_FORMS.contains(&suffix)
            || NAME_SELECTORS.contains(&suffix)
            || DATE_FORMS.contains(&suffix)
            || suffix == "precision"
    })
}

/// Why a localizer could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleError {
    /// The language tag is not a valid BCP 47 tag.
    #[error("`{0}` is not a language tag")]
    BadTag(String),
    /// No locale has files for the tag's language ([`crate::check_language`]).
    #[error("no locale for `{0}`")]
    NoLocale(String),
    /// A resource does not parse; `line` is 1-based.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// The resource file.
        file: String,
        /// Line of the first error.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// ICU4X has no data for the locale.
    #[error("no formatting data for `{0}`")]
    NoData(String),
    /// A resource exceeds a bound on what its messages expand to (`bounds.rs`).
    #[error("{file}: {message}")]
    Bounds {
        /// The resource file that defines the message or term.
        file: String,
        /// Which bound, and where.
        message: String,
    },
}

/// ICU4X's decimal formatter, built once per bundle language by Fluent's memoizer.
struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, String> {
        let locale: Locale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        DecimalFormatter::try_new(locale.into(), Default::default())
            .map(Numbers)
            .map_err(|e| format!("{e:?}"))
    }
}

/// Fluent's formatter hook: numbers in placeables are formatted by ICU4X.
fn format_number(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, .. }) = value else {
        return None;
    };
    let decimal: Decimal = format!("{value}").parse().ok()?;
    memoizer
        .with_try_get::<Numbers, _, _>((), |numbers| numbers.0.format(&decimal).to_string())
        .ok()
}

/// What went wrong while rendering: messages a locale lacks (English was used) and
/// formatting errors. Tests assert both are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderReport {
    /// Message ids the locale lacks.
    pub missing: BTreeSet<String>,
    /// Fluent formatting errors, with the message id.
    pub errors: Vec<String>,
}

/// Formats frame text, numbers, dates and lists for one locale.
pub struct Localizer {
    tag: String,
    /// The requested locale's bundle (if it ships) and the reference bundle.
    bundles: Vec<(String, FluentBundle<FluentResource>)>,
    numbers: DecimalFormatter,
    day: DateTimeFormatter<YMD>,
    month: DateTimeFormatter<YM>,
    year: DateTimeFormatter<Y>,
    list: ListFormatter,
    /// Names in lists and tables are sorted the way the reader's language sorts them
    /// (`Ägypten` with the A's in German, not after `Zypern`).
    collator: CollatorBorrowed<'static>,
    /// Behind a mutex so that one localizer can render on several threads (the digests
    /// of a briefing are rendered in parallel); written only when a message is missing.
    report: Mutex<RenderReport>,
    /// Human translations of the articles' own words, used where they exist.
    translations: Translations,
    /// The pseudo-locale: ICU4X's words (month names, the `and` of a list) are accented
    /// like Fluent's, since they are frame text too.
    pseudo: bool,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

/// Arguments to a message.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl Localizer {
    /// A localizer for `tag` (`de`, `en`, `ru`) with the built-in resources. A language
    /// without built-in resources renders its numbers and dates itself and takes every
    /// message from English (each listed in the report).
    pub fn new(tag: &str) -> Result<Self, LocaleError> {
        Self::with_resources(tag, &[])
    }

    /// The pseudo-locale ([`PSEUDO_LOCALE`]): English text with every letter accented
    /// (`Ƒȧȧƈŧ şħḗḗŧ`), to prove that no frame text bypasses Fluent. Numbers and dates
    /// stay English.
    pub fn pseudo() -> Result<Self, LocaleError> {
        Self::new(PSEUDO_LOCALE)
    }

    /// Like [`Localizer::new`], with extra resources `(language, file name, source)` that
    /// override built-in messages of the same id (a translator's directory). The tag
    /// [`PSEUDO_LOCALE`] gives the pseudo-locale, with the English resources of `extra`.
    pub fn with_resources(
        tag: &str,
        extra: &[(String, String, String)],
    ) -> Result<Self, LocaleError> {
        if !is_pseudo(tag) {
            return Self::build(tag, extra);
        }
        let mut localizer = Self::build(REFERENCE_LOCALE, extra)?;
        for (_, bundle) in &mut localizer.bundles {
            bundle.set_transform(Some(accented));
        }
        PSEUDO_LOCALE.clone_into(&mut localizer.tag);
        localizer.pseudo = true;
        Ok(localizer)
    }

    fn build(tag: &str, extra: &[(String, String, String)]) -> Result<Self, LocaleError> {
        let lang: LanguageIdentifier = tag
            .parse()
            .map_err(|_| LocaleError::BadTag(tag.to_owned()))?;
        let locale: Locale = tag
            .parse()
            .map_err(|_| LocaleError::BadTag(tag.to_owned()))?;
        let mut bundles = Vec::new();
        let requested = lang.language.as_str().to_owned();
        let mut chain = vec![requested.clone()];
        if requested != REFERENCE_LOCALE {
            chain.push(REFERENCE_LOCALE.to_owned());
        }
        for language in chain {
            let mut sources: Vec<(String, String)> = BUILTIN
                .iter()
                .filter(|(l, _, _)| *l == language)
                .map(|(_, file, text)| ((*file).to_owned(), (*text).to_owned()))
                .collect();
            sources.extend(
                extra
                    .iter()
                    .filter(|(l, _, _)| *l == language)
                    .map(|(_, f, t)| (f.clone(), t.clone())),
            );
            if sources.is_empty() {
                continue;
            }
            let bundle_lang: LanguageIdentifier = language
                .parse()
                .map_err(|_| LocaleError::BadTag(language.clone()))?;
            // A fallback bundle still formats numbers (and picks plurals) for the requested
            // locale: English text in a French document keeps `20 000`.
            let locales = if language == requested {
                vec![bundle_lang]
            } else {
                vec![lang.clone(), bundle_lang]
            };
            let mut bundle = FluentBundle::new_concurrent(locales);
            // Markdown is left-to-right text for these locales; isolation marks would end
            // up as invisible characters in every file.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
            let mut resources = Vec::with_capacity(sources.len());
            for (file, text) in sources {
                resources.push((parse_resource(&file, text)?, file));
            }
            check_expansion(&resources)?;
            for (resource, _) in resources {
                bundle.add_resource_overriding(resource);
            }
            bundles.push((language, bundle));
        }
        Ok(Localizer {
            tag: tag.to_owned(),
            bundles,
            numbers: DecimalFormatter::try_new(locale.clone().into(), Default::default())
                .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            day: DateTimeFormatter::try_new(locale.clone().into(), YMD::long())
                .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            month: DateTimeFormatter::try_new(locale.clone().into(), YM::long())
                .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            year: DateTimeFormatter::try_new(locale.clone().into(), Y::long())
                .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            list: ListFormatter::try_new_and(
                locale.clone().into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            collator: CollatorBorrowed::try_new(locale.into(), Default::default())
                .map_err(|_| LocaleError::NoData(tag.to_owned()))?,
            report: Mutex::new(RenderReport::default()),
            translations: Translations::default(),
            pseudo: false,
        })
    }

    /// The language tag.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// Renders free text (titles, leads, subheadings, quotes) in the human translation
    /// from `translations` wherever it has one, with the original beside it.
    pub fn set_translations(&mut self, translations: Translations) {
        self.translations = translations;
    }

    /// The human translation of a free-text segment, if one was given.
    pub(crate) fn translation(&self, kind: SegmentKind, original: &str) -> Option<&str> {
        self.translations.get(kind, original)
    }

    /// What went wrong so far (missing messages, formatting errors).
    pub fn report(&self) -> RenderReport {
        self.report_mut().clone()
    }

    /// The report, also after a panic on another thread (it holds plain data).
    fn report_mut(&self) -> std::sync::MutexGuard<'_, RenderReport> {
        match self.report.lock() {
            Ok(report) => report,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The language subtag (`de` of `de-AT`).
    pub fn language(&self) -> &str {
        self.tag.split('-').next().unwrap_or(&self.tag)
    }

    /// The message `id` if any bundle of the chain has it, for open-ended ids built from
    /// data (`counted-panzer`) where a missing message is expected, not a gap to report.
    pub(crate) fn optional_message(&self, id: &str, args: &Args<'_>) -> Option<String> {
        self.bundles
            .iter()
            .any(|(_, bundle)| bundle.has_message(id))
            .then(|| self.message(id, args))
    }

    /// The message `id` with `args`, from the first bundle of the chain that has it.
    pub fn message(&self, id: &str, args: &Args<'_>) -> String {
        self.lookup(id, None, args)
    }

    /// The attribute `attribute` of message `id` (`org-CSTO.long`).
    pub fn attribute(&self, id: &str, attribute: &str) -> String {
        self.lookup(id, Some(attribute), &[])
    }

    fn lookup(&self, id: &str, attribute: Option<&str>, args: &Args<'_>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            if is_grammatical(name) && !provides_variable(id, name) {
                self.report_mut().errors.push(format!(
                    "{id}: ${name} is passed but not listed in GRAMMAR_VARIABLES"
                ));
            }
            fluent_args.set(*name, value.clone());
        }
        for (index, (_, bundle)) in self.bundles.iter().enumerate() {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            if self.bundles[index].0 != self.language() {
                self.report_mut().missing.insert(id.to_owned());
            }
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            if !errors.is_empty() {
                self.report_mut().errors.push(format!("{id}: {errors:?}"));
            }
            return text;
        }
        self.report_mut().missing.insert(id.to_owned());
        id.to_owned()
    }

    /// A number in the locale's format (`20.000`, `20,000`, `20 000`).
    pub fn number(&self, value: f64) -> String {
        match format!("{value}").parse::<Decimal>() {
            Ok(decimal) => self.numbers.format(&decimal).to_string(),
            Err(_) => value.to_string(),
        }
    }

    /// A quantity with its qualifier (`rund 3.000`, `more than 1,000`).
    pub fn quantity(&self, quantity: &Quantity) -> String {
        let id = match quantity.qualifier {
            Qualifier::Exact => "qualifier-exact",
            Qualifier::Approx => "qualifier-approx",
            Qualifier::MoreThan => "qualifier-more_than",
            Qualifier::LessThan => "qualifier-less_than",
            Qualifier::AtLeast => "qualifier-at_least",
            Qualifier::UpTo => "qualifier-up_to",
            Qualifier::Vague => "qualifier-vague",
        };
        self.message(id, &[("value", FluentValue::from(quantity.value))])
    }

    /// A troop strength: `3.000 Soldaten`, `about 3,000 soldiers`, `mehrere Tausend Soldaten`.
    pub fn troops(&self, quantity: &Quantity) -> String {
        if quantity.qualifier == Qualifier::Vague {
            return self.message(
                "troops-vague",
                &[("magnitude", FluentValue::from(magnitude(quantity.value)))],
            );
        }
        let count = FluentValue::from(quantity.value);
        // One message per qualifier and count: a preposition may govern the noun's case
        // (Russian `около 21 военнослужащего`, not the nominative of `21 военнослужащий`).
        let qualifier = match quantity.qualifier {
            Qualifier::Exact | Qualifier::Vague => {
                return self.message("troops", &[("count", count)]);
            }
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::UpTo => "up_to",
        };
        self.message(
            "troops-qualified",
            &[
                ("qualifier", FluentValue::from(qualifier)),
                ("count", count),
            ],
        )
    }

    /// A date with the precision it has: `7. Januar 2022`, `Januar 2022`, `2022`, a
    /// season, a decade or a range.
    pub fn date(&self, when: &When) -> String {
        match *when {
            When::Date(date) => self.calendar_date(date),
            When::Season { year, season } => {
                let id = match season {
                    Season::Spring => "date-season-spring",
                    Season::Summer => "date-season-summer",
                    Season::Autumn => "date-season-autumn",
                    Season::Winter => "date-season-winter",
                };
                self.message(id, &[("year", FluentValue::from(year.to_string()))])
            }
            When::Decade(start) => self.message(
                "date-decade",
                &[("decade", FluentValue::from(start.to_string()))],
            ),
            When::Range { from, to } => {
                let (from, to) = (self.calendar_date(from), self.calendar_date(to));
                self.message(
                    "date-range",
                    &[
                        ("from", FluentValue::from(from)),
                        ("to", FluentValue::from(to)),
                    ],
                )
            }
        }
    }

    fn calendar_date(&self, date: CalendarDate) -> String {
        let iso = |month: u8, day: u8| Date::try_new_iso(date.get_year(), month, day).ok();
        let text = match (date.get_month(), date.get_day()) {
            (Some(m), Some(d)) => iso(m, d).map(|d| self.day.format(&d).to_string()),
            (Some(m), None) => iso(m, 1).map(|d| self.month.format(&d).to_string()),
            _ => iso(1, 1).map(|d| self.year.format(&d).to_string()),
        }
        .unwrap_or_else(|| date.to_string());
        if self.pseudo {
            accented(&text).into_owned()
        } else {
            text
        }
    }

    /// An optional date, or the locale's words for an unknown one.
    pub fn maybe_date(&self, when: Option<&When>) -> String {
        when.map_or_else(|| self.message("date-unknown", &[]), |w| self.date(w))
    }

    /// A conjunction list: `Russland, Belarus und Armenien`, `Russia, Belarus, and Armenia`.
    pub fn list(&self, items: &[String]) -> String {
        if !self.pseudo {
            return self.list.format(items.iter()).to_string();
        }
        // The items are data (already in the reader's words); only the list's own words
        // are accented, so the items are held as private-use markers meanwhile.
        let markers: Vec<String> = (0..items.len())
            .map(|i| char::from_u32(0xF0000 + i as u32).map_or_else(String::new, String::from))
            .collect();
        let mut text = accented(&self.list.format(markers.iter()).to_string()).into_owned();
        for (marker, item) in markers.iter().zip(items) {
            text = text.replacen(marker.as_str(), item, 1);
        }
        text
    }

    /// Items joined pairwise by the message `id` (`join-values = { $before }; { $next }`):
    /// Fluent has no list values, so a locale gives the separator of a list of
    /// alternatives as one message, applied between the joined items so far and the next.
    pub(crate) fn joined(&self, id: &str, items: &[String]) -> String {
        let mut items = items.iter();
        let Some(first) = items.next() else {
            return String::new();
        };
        items.fold(first.clone(), |before, next| {
            self.message(
                id,
                &[
                    ("before", FluentValue::from(before)),
                    ("next", FluentValue::from(next.as_str())),
                ],
            )
        })
    }

    /// Words the article said, in the reader's quotation marks (`„…“`, `“…”`, `«…»`).
    pub(crate) fn quoted(&self, words: &str) -> String {
        self.message("quoted", &[("text", FluentValue::from(words))])
    }

    /// Orders two names as the reader's language sorts them (CLDR collation).
    pub fn collate(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.collator.compare(a, b)
    }

    /// Sorts names as the reader's language sorts them.
    pub fn sort_names(&self, names: &mut [String]) {
        names.sort_by(|a, b| self.collate(a, b));
    }

    /// A state's name (`state-RU`), or its code when no locale has one.
    pub fn state(&self, code: &str) -> String {
        self.name("state", code)
    }

    /// An organisation's short name (`org-CSTO`), or its id.
    pub fn org(&self, id: &str) -> String {
        self.name("org", id)
    }

    /// A place's name in the reader's language (`place-moskau`), or its German name,
    /// as the article wrote it: places are an open set, and a missing one is not an error.
    pub fn place(&self, id: &str) -> String {
        self.own_or_german("place", id)
    }

    /// A role or title in the reader's language (`role-kremlsprecher`), or as the article
    /// wrote it: roles are an open set like places.
    pub fn role(&self, german: &str) -> String {
        self.own_or_german("role", german)
    }

    /// A selector of an entity's name ([`NAME_SELECTORS`]: `article`, `gender`), or `none`
    /// when the name has no such attribute.
    pub(crate) fn selector(&self, entity: &EntityRef, selector: &str) -> String {
        name_key(entity).map_or_else(|| "none".to_owned(), |key| self.selector_of(&key, selector))
    }

    /// The name of a state, organisation, person or place in the reader's language.
    pub fn entity(&self, entity: &EntityRef) -> String {
        match entity {
            EntityRef::State(id) => self.state(id.as_str()),
            EntityRef::Org(id) => self.org(id.as_str()),
            EntityRef::Person(id) => self.person(id.as_str()),
            EntityRef::Place(id) => self.place(id.as_str()),
        }
    }

    /// A form of an entity's name ([`NAME_FORMS`]): the attribute of that name in the
    /// reader's locale (`place-krim.in = auf der Krim`), else the locale's `name-<form>`
    /// message given the name, its article and its gender (`name-in = in { $name }`).
    pub(crate) fn form(&self, entity: &EntityRef, form: &str) -> String {
        if let Some(own) = name_key(entity).and_then(|key| self.own_attribute(&key, form)) {
            return own;
        }
        self.message(
            &format!("name-{form}"),
            &[
                ("name", FluentValue::from(self.entity(entity))),
                (
                    "article",
                    FluentValue::from(self.selector(entity, "article")),
                ),
                ("gender", FluentValue::from(self.selector(entity, "gender"))),
            ],
        )
    }

    /// The attribute `attribute` of message `key` in the reader's own locale, formatted.
    fn own_attribute(&self, key: &str, attribute: &str) -> Option<String> {
        let (_, bundle) = self
            .bundles
            .first()
            .filter(|(language, _)| language == self.language())?;
        let pattern = bundle.get_message(key)?.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            self.report_mut()
                .errors
                .push(format!("{key}.{attribute}: {errors:?}"));
        }
        Some(text)
    }

    fn selector_of(&self, key: &str, attribute: &str) -> String {
        self.bundles
            .first()
            .filter(|(language, _)| language == self.language())
            .and_then(|(_, bundle)| {
                let pattern = bundle.get_message(key)?.get_attribute(attribute)?.value();
                // A selector key, not text: read as written, so that the pseudo-locale's
                // accents (a transform of text) do not change which variant is chosen.
                if let [fluent_syntax::ast::PatternElement::TextElement { value }] =
                    pattern.elements.as_slice()
                {
                    return Some((*value).trim().to_owned());
                }
                self.report_mut().errors.push(format!(
                    "{key}.{attribute}: a selector is a single word, not a pattern"
                ));
                None
            })
            .unwrap_or_else(|| "none".to_owned())
    }

    /// A form of a date ([`DATE_FORMS`]): the locale's `date-<form>` message given the
    /// date as [`Localizer::date`] writes it, its `$precision` and its parts.
    pub(crate) fn date_form(&self, when: &When, form: &str) -> String {
        let mut args: Vec<(&str, FluentValue<'_>)> = vec![
            ("date", FluentValue::from(self.date(when))),
            ("precision", FluentValue::from(precision(when))),
        ];
        let year = |y: i32| FluentValue::from(y.to_string());
        match *when {
            When::Date(date) => {
                args.push(("year", year(date.get_year())));
                if let Some(month) = date.get_month() {
                    // A number, so that `[1]` … `[12]` variants match it.
                    args.push(("month", FluentValue::from(f64::from(month))));
                }
            }
            When::Season { year: y, season } => {
                args.push(("year", year(y)));
                args.push(("season", FluentValue::from(season_key(season))));
            }
            When::Decade(start) => args.push(("decade", year(start))),
            When::Range { from, to } => {
                args.push(("from", FluentValue::from(self.calendar_date(from))));
                args.push(("to", FluentValue::from(self.calendar_date(to))));
            }
        }
        self.message(&format!("date-{form}"), &args)
    }

    /// A message whose variables are built from data: names and dates come with the forms
    /// [`GRAMMAR_VARIABLES`] lists for the message.
    pub(crate) fn compose<'a>(&'a self, id: &'a str) -> Compose<'a> {
        Compose {
            l: self,
            id,
            args: Vec::new(),
        }
    }

    /// A person's name as the reader's language writes it (`person-wladimir-putin` =
    /// Vladimir Putin), or the German spelling: people are an open set too.
    pub fn person(&self, german: &str) -> String {
        let key = format!("person-{}", message_key(german));
        if self.own_message(&key) {
            return self.message(&key, &[]);
        }
        match self.transliteration() {
            Some(table) => transliterate(german, &table),
            None => german.to_owned(),
        }
    }

    /// Whether the reader's own locale (not the fallback) has message `id`.
    fn own_message(&self, id: &str) -> bool {
        self.bundles
            .first()
            .is_some_and(|(language, bundle)| language == self.language() && bundle.has_message(id))
    }

    /// The reader's locale's table for writing a German spelling of a name in its own
    /// script (the `transliteration` message: `sch=ш, ch=х, …`), if it has one. An entry
    /// that is not `letters=letters` is reported and skipped.
    fn transliteration(&self) -> Option<Vec<(String, String)>> {
        if !self.own_message(TRANSLITERATION) {
            return None;
        }
        let table = self.message(TRANSLITERATION, &[]);
        let mut pairs = Vec::new();
        for entry in table.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            match entry.split_once('=') {
                Some((from, to)) if !from.trim().is_empty() && !to.trim().is_empty() => {
                    pairs.push((from.trim().to_lowercase(), to.trim().to_owned()));
                }
                _ => self.report_mut().errors.push(format!(
                    "{TRANSLITERATION}: `{entry}` is not `letters=letters`"
                )),
            }
        }
        // The longest German spelling wins (`tsch` before `sch` before `s`).
        pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.chars().count()));
        Some(pairs)
    }

    /// Whether a role's title names whom it is held for (`NATO Secretary General`), from
    /// the `.holder = named` attribute of its `role-*` message, so that it is not named
    /// again after it.
    pub(crate) fn role_names_holder(&self, german: &str) -> bool {
        let key = format!("role-{}", message_key(german));
        self.selector_of(&key, "holder") == "named"
    }

    fn own_or_german(&self, family: &str, german: &str) -> String {
        // Only the reader's own locale: a name it does not give stays German, which is
        // better than another language's exonym or title.
        let key = format!("{family}-{}", message_key(german));
        let own = self
            .bundles
            .first()
            .filter(|(language, bundle)| language == self.language() && bundle.has_message(&key));
        match own {
            Some(_) => self.message(&key, &[]),
            None => german.to_owned(),
        }
    }

    fn name(&self, kind: &str, id: &str) -> String {
        let key = format!("{kind}-{id}");
        if self.bundles.iter().any(|(_, b)| b.has_message(&key)) {
            self.message(&key, &[])
        } else {
            id.to_owned()
        }
    }
}

/// The arguments of one message under construction ([`Localizer::compose`]).
pub(crate) struct Compose<'a> {
    l: &'a Localizer,
    id: &'a str,
    args: Vec<(String, FluentValue<'a>)>,
}

impl<'a> Compose<'a> {
    /// Whether the message is given `variable` as a grammatical variable.
    fn wants(&self, variable: &str) -> bool {
        provides_variable(self.id, variable)
    }

    /// A variable that is text.
    pub(crate) fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .push((name.to_owned(), FluentValue::from(value.into())));
        self
    }

    /// A variable that is a number (plural selectors see it as one).
    pub(crate) fn number(mut self, name: &str, value: f64) -> Self {
        self.args.push((name.to_owned(), FluentValue::from(value)));
        self
    }

    /// A name as `$name`, with `$name_<form>` and `$name_<selector>` where listed.
    pub(crate) fn name(mut self, name: &str, entity: &EntityRef) -> Self {
        let l = self.l;
        self = self.text(name, l.entity(entity));
        for form in NAME_FORMS {
            let variable = format!("{name}_{form}");
            if self.wants(&variable) {
                self = self.text(&variable, l.form(entity, form));
            }
        }
        for selector in NAME_SELECTORS {
            let variable = format!("{name}_{selector}");
            if self.wants(&variable) {
                self = self.text(&variable, l.selector(entity, selector));
            }
        }
        self
    }

    /// A list of names as `$name` (a conjunction list in the given order), with
    /// `$name_<form>` where listed: the list of each name in that form
    /// (`$states_of`: `Белоруссии и Казахстана`).
    pub(crate) fn names(mut self, name: &str, entities: &[EntityRef]) -> Self {
        let l = self.l;
        let plain: Vec<String> = entities.iter().map(|e| l.entity(e)).collect();
        self = self.text(name, l.list(&plain));
        for form in NAME_FORMS {
            let variable = format!("{name}_{form}");
            if self.wants(&variable) {
                let forms: Vec<String> = entities.iter().map(|e| l.form(e, form)).collect();
                self = self.text(&variable, l.list(&forms));
            }
        }
        self
    }

    /// A date as `$name`, with `$name_precision` and `$name_<form>` where listed.
    pub(crate) fn date(mut self, name: &str, when: &When) -> Self {
        let l = self.l;
        self = self.text(name, l.date(when));
        let variable = format!("{name}_precision");
        if self.wants(&variable) {
            self = self.text(&variable, precision(when));
        }
        for form in DATE_FORMS {
            let variable = format!("{name}_{form}");
            if self.wants(&variable) {
                self = self.text(&variable, l.date_form(when, form));
            }
        }
        self
    }

    /// The formatted message.
    pub(crate) fn format(self) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone()))
            .collect();
        self.l.message(self.id, &args)
    }
}

/// The message that holds a locale's transliteration table ([`Localizer::person`]).
pub(crate) const TRANSLITERATION: &str = "transliteration";

/// `german` written with `table` (German letter groups, lower case, longest first; a
/// group ending in `#` only at the end of a word): at each position the first group that
/// matches is replaced, its first letter upper case where the German one was; a letter no
/// group matches is kept.
fn transliterate(german: &str, table: &[(String, String)]) -> String {
    let chars: Vec<char> = german.chars().collect();
    let lower: Vec<char> = german.to_lowercase().chars().collect();
    if lower.len() != chars.len() {
        // A letter whose lower case is longer (`İ`): positions would not line up.
        return german.to_owned();
    }
    let mut out = String::with_capacity(german.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let found = table.iter().find_map(|(from, to)| {
            // A group that ends in `#` matches only at the end of a word (`i#=ий`).
            let (letters, at_end) = match from.strip_suffix('#') {
                Some(letters) => (letters, true),
                None => (from.as_str(), false),
            };
            let n = letters.chars().count();
            let matches = n > 0
                && i + n <= lower.len()
                && letters.chars().eq(lower[i..i + n].iter().copied())
                && (!at_end || lower.get(i + n).is_none_or(|c| !c.is_alphabetic()));
            matches.then_some((n, to))
        });
        match found {
            Some((n, to)) => {
                if chars[i].is_uppercase() {
                    let mut target = to.chars();
                    if let Some(first) = target.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(target.as_str());
                    }
                } else {
                    out.push_str(to);
                }
                i += n;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// The message id of an entity's name (`state-RU`, `org-CSTO`, `place-duschanbe`);
/// people's names carry no grammar.
fn name_key(entity: &EntityRef) -> Option<String> {
    match entity {
        EntityRef::State(id) => Some(format!("state-{}", id.as_str())),
        EntityRef::Org(id) => Some(format!("org-{}", id.as_str())),
        EntityRef::Place(id) => Some(format!("place-{}", message_key(id.as_str()))),
        EntityRef::Person(_) => None,
    }
}

/// A date's precision as a selector key: `day`, `month`, `season`, `year`, `decade` or
/// `range`.
pub(crate) fn precision(when: &When) -> &'static str {
    match when {
        When::Date(date) => match (date.get_month(), date.get_day()) {
            (Some(_), Some(_)) => "day",
            (Some(_), None) => "month",
            _ => "year",
        },
        When::Season { .. } => "season",
        When::Decade(_) => "decade",
        When::Range { .. } => "range",
    }
}

/// A quantity's qualifier as a selector key (`exact`, `approx`, `vague`, …), for messages
/// whose wording around a figure depends on it (French `plusieurs centaines de personnes`).
pub(crate) fn qualifier_key(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::MoreThan => "more_than",
        Qualifier::LessThan => "less_than",
        Qualifier::AtLeast => "at_least",
        Qualifier::UpTo => "up_to",
        Qualifier::Vague => "vague",
    }
}

fn season_key(season: Season) -> &'static str {
    match season {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Autumn => "autumn",
        Season::Winter => "winter",
    }
}

/// Firefox's accented pseudo-localization, applied to every text element of a pattern.
fn accented(text: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Owned(fluent_pseudo::transform(text, false, true).into_owned())
}

/// The selector key of a vague amount's order of magnitude (its lower bound).
fn magnitude(value: f64) -> &'static str {
    match value {
        v if v < 1_000.0 => "hundred",
        v if v < 10_000.0 => "thousand",
        v if v < 100_000.0 => "tenthousand",
        _ => "hundredthousand",
    }
}

/// Checks one language's resources against the bounds on expansion (`bounds.rs`); the
/// error names the file that defines the message or term.
fn check_expansion(resources: &[(FluentResource, String)]) -> Result<(), LocaleError> {
    let entries = resources
        .iter()
        .flat_map(|(resource, _)| resource.entries());
    let Err(exceeded) = crate::bounds::expansion(entries) else {
        return Ok(());
    };
    let id = exceeded.id().unwrap_or_default();
    let (term, name) = match id.strip_prefix('-') {
        Some(name) => (true, name),
        None => (false, id),
    };
    let name = name.split('.').next().unwrap_or(name);
    let file = resources
        .iter()
        .rev()
        .find(|(resource, _)| {
            resource.entries().any(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => !term && m.id.name == name,
                fluent_syntax::ast::Entry::Term(t) => term && t.id.name == name,
                _ => false,
            })
        })
        .map_or_else(String::new, |(_, file)| file.clone());
    Err(LocaleError::Bounds {
        file,
        message: exceeded.to_string(),
    })
}

/// Parses a resource; a syntax error is reported with its file and line, never ignored,
/// and placeables nested too deep for the parser's recursion are refused before it runs.
fn parse_resource(file: &str, text: String) -> Result<FluentResource, LocaleError> {
    if let Err(exceeded) = crate::bounds::nesting(&text) {
        let line = match exceeded {
            crate::bounds::Exceeded::Depth(line) => line,
            _ => 1,
        };
        return Err(LocaleError::Syntax {
            file: file.to_owned(),
            line,
            message: exceeded.to_string(),
        });
    }
    match FluentResource::try_new(text) {
        Ok(resource) => Ok(resource),
        Err((resource, errors)) => {
            let source = resource.source();
            let first = errors.first();
            // The start of the entry the parser skipped as junk, which is where a translator
            // should look; the failure position is often the end of the file.
            let offset = first.map_or(0, |e| e.slice.as_ref().map_or(e.pos.start, |s| s.start));
            let line = source[..offset.min(source.len())].matches('\n').count() + 1;
            Err(LocaleError::Syntax {
                file: file.to_owned(),
                line,
                message: first.map_or_else(|| "syntax error".to_owned(), |e| e.kind.to_string()),
            })
        }
    }
}

/// Latin letters with diacritics in names German press keeps (`Erdoğan`, `Šefčovič`),
/// folded to their base letter for message ids.
const LATIN_FOLDS: &[(char, char)] = &[
    ('á', 'a'),
    ('à', 'a'),
    ('â', 'a'),
    ('å', 'a'),
    ('ã', 'a'),
    ('ą', 'a'),
    ('ç', 'c'),
    ('č', 'c'),
    ('ć', 'c'),
    ('ď', 'd'),
    ('é', 'e'),
    ('è', 'e'),
    ('ê', 'e'),
    ('ë', 'e'),
    ('ě', 'e'),
    ('ę', 'e'),
    ('ğ', 'g'),
    ('í', 'i'),
    ('ì', 'i'),
    ('î', 'i'),
    ('ï', 'i'),
    ('ı', 'i'),
    ('ł', 'l'),
    ('ñ', 'n'),
    ('ń', 'n'),
    ('ň', 'n'),
    ('ó', 'o'),
    ('ò', 'o'),
    ('ô', 'o'),
    ('õ', 'o'),
    ('ø', 'o'),
    ('ř', 'r'),
    ('ş', 's'),
    ('š', 's'),
    ('ś', 's'),
    ('ť', 't'),
    ('ú', 'u'),
    ('ù', 'u'),
    ('û', 'u'),
    ('ů', 'u'),
    ('ý', 'y'),
    ('ž', 'z'),
    ('ź', 'z'),
    ('ż', 'z'),
];

/// A Fluent message id part made from German data (`Südossetien` → `suedossetien`,
/// `Sankt Petersburg` → `sankt-petersburg`): Fluent ids are ASCII letters, digits, `-`
/// and `_`, and translators should not have to guess the case.
pub(crate) fn message_key(german: &str) -> String {
    let mut key = String::with_capacity(german.len());
    for c in german.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => key.push_str("ae"),
            'ö' => key.push_str("oe"),
            'ü' => key.push_str("ue"),
            'ß' => key.push_str("ss"),
            'æ' => key.push_str("ae"),
            c if c.is_ascii_alphanumeric() => key.push(c),
            c if let Some(&(_, base)) = LATIN_FOLDS.iter().find(|(from, _)| *from == c) => {
                key.push(base);
            }
            _ if key.ends_with('-') => {}
            _ => key.push('-'),
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_per_locale() {
        let check = |tag: &str| {
            let l = Localizer::new(tag).unwrap();
            let items: Vec<String> = ["RU", "BY", "AM"].iter().map(|c| l.state(c)).collect();
            let out = format!(
                "{} | {} | {} | {} | {}",
                l.number(20000.0),
                l.date(&When::ymd(2022, 1, 7).unwrap()),
                l.date(&When::year_month(2024, 2).unwrap()),
                l.list(&items),
                l.troops(&Quantity::new(3000.0, Qualifier::Approx)),
            );
            assert!(
                l.report().errors.is_empty() && l.report().missing.is_empty(),
                "{:?}",
                l.report()
            );
            out
        };
        assert_eq!(
            check("de"),
            "20.000 | 7. Januar 2022 | Februar 2024 | Russland, Belarus und Armenien | rund 3.000 Soldaten"
        );
        assert_eq!(
            check("en"),
            "20,000 | January 7, 2022 | February 2024 | Russia, Belarus, and Armenia | about 3,000 soldiers"
        );
        assert_eq!(
            check("ru"),
            "20\u{a0}000 | 7 января 2022\u{202f}г. | февраль 2024\u{202f}г. | Россия, Белоруссия и Армения | около 3\u{a0}000 военнослужащих"
        );
    }

    #[test]
    fn names_sort_as_the_readers_language_sorts_them() {
        let names = [
            "Zypern",
            "Österreich",
            "USA",
            "Ägypten",
            "Belgien",
            "belarus",
        ];
        let mut names: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
        Localizer::new("de").unwrap().sort_names(&mut names);
        assert_eq!(
            names,
            [
                "Ägypten",
                "belarus",
                "Belgien",
                "Österreich",
                "USA",
                "Zypern"
            ]
        );
        let mut names: Vec<String> = ["Эстония", "Армения", "Ёлкино", "Беларусь"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        Localizer::new("ru").unwrap().sort_names(&mut names);
        assert_eq!(names, ["Армения", "Беларусь", "Ёлкино", "Эстония"]);
    }

    #[test]
    fn quotation_marks_and_separators_come_from_the_locale() {
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let render = |tag: &str| {
            let l = Localizer::new(tag).unwrap();
            let out = [
                l.quoted("Wir bleiben"),
                l.joined("join-values", &items),
                l.joined("join-figures", &items[..2]),
                l.joined("join-headings", &items[..1]),
            ];
            assert!(
                l.report().errors.is_empty() && l.report().missing.is_empty(),
                "{tag}: {:?}",
                l.report()
            );
            out
        };
        assert_eq!(render("de"), ["„Wir bleiben“", "a; b; c", "a / b", "a"]);
        assert_eq!(render("en"), ["“Wir bleiben”", "a; b; c", "a / b", "a"]);
        assert_eq!(render("ru"), ["«Wir bleiben»", "a; b; c", "a / b", "a"]);
        assert_eq!(Localizer::new("en").unwrap().joined("join-values", &[]), "");
    }

    #[test]
    fn vague_amounts_read_as_words() {
        let vague = Quantity::new(1000.0, Qualifier::Vague);
        let render = |tag: &str| Localizer::new(tag).unwrap().troops(&vague);
        assert_eq!(
            [render("de"), render("en"), render("ru")],
            [
                "mehrere Tausend Soldaten",
                "several thousand soldiers",
                "несколько тысяч военнослужащих"
            ]
        );
    }

    #[test]
    fn plural_categories_beyond_one_and_other() {
        let l = Localizer::new("ru").unwrap();
        let troops = |n: f64| l.troops(&Quantity::exact(n));
        assert_eq!(
            [troops(1.0), troops(3.0), troops(5.0)],
            ["1 военнослужащий", "3 военнослужащих", "5 военнослужащих"]
        );
    }

    #[test]
    fn a_qualifier_governs_the_case_of_the_troops() {
        let approx = |tag: &str, n: f64| {
            let l = Localizer::new(tag).unwrap();
            let text = l.troops(&Quantity::new(n, Qualifier::Approx));
            assert!(l.report().errors.is_empty(), "{:?}", l.report());
            text
        };
        assert_eq!(approx("ru", 21.0), "около 21 военнослужащего");
        assert_eq!(approx("ru", 3000.0), "около 3\u{a0}000 военнослужащих");
        assert_eq!(approx("fr", 3000.0), "environ 3\u{202f}000 soldats");
        assert_eq!(approx("de", 3000.0), "rund 3.000 Soldaten");
        let l = Localizer::new("en").unwrap();
        assert_eq!(
            l.troops(&Quantity::new(1.0, Qualifier::AtLeast)),
            "at least one soldier"
        );
    }

    #[test]
    fn partial_dates_keep_their_precision() {
        let l = Localizer::new("de").unwrap();
        assert_eq!(l.date(&When::year(2002).unwrap()), "2002");
        assert_eq!(l.date(&When::parse("2023-21").unwrap()), "Frühjahr 2023");
        assert_eq!(l.date(&When::Decade(1990)), "die 1990er-Jahre");
        assert_eq!(l.date(&When::parse("1990/1993").unwrap()), "1990 bis 1993");
    }

    #[test]
    fn a_locale_without_resources_falls_back_to_english_and_says_so() {
        let l = Localizer::new("it").unwrap();
        assert_eq!(l.message("section-members", &[]), "Members");
        assert_eq!(l.number(20000.0), "20.000");
        assert!(l.report().missing.contains("section-members"));
    }

    #[test]
    fn a_broken_resource_names_its_file_and_line() {
        let extra = [(
            "de".to_owned(),
            "kaputt.ftl".to_owned(),
            "ok = gut\nbroken = { $x\n".to_owned(),
        )];
        let error = Localizer::with_resources("de", &extra).unwrap_err();
        assert!(
            matches!(error, LocaleError::Syntax { ref file, line: 2, .. } if file == "kaputt.ftl"),
            "{error}"
        );
    }

    #[test]
    fn names_nobody_translated_are_transliterated_where_the_locale_says_how() {
        let ru = Localizer::new("ru").unwrap();
        assert_eq!(ru.person("Arkadi Dubnow"), "Аркадий Дубнов");
        assert_eq!(ru.person("Nikol Paschinjan"), "Никол Пашинян");
        assert_eq!(ru.person("Jewgeni Tschernow"), "Евгений Чернов");
        assert!(ru.report().errors.is_empty(), "{:?}", ru.report());
        // English has no table: the German spelling stays.
        let en = Localizer::new("en").unwrap();
        assert_eq!(en.person("Arkadi Dubnow"), "Arkadi Dubnow");
        let table = vec![
            ("sch".to_owned(), "ш".to_owned()),
            ("s".to_owned(), "с".to_owned()),
        ];
        assert_eq!(transliterate("Schoigu-Sas", &table), "Шoigu-Сaс");
    }

    #[test]
    fn each_language_writes_a_date_with_its_preposition() {
        let month = When::parse("2024-02").unwrap();
        let day = When::parse("2022-01-06").unwrap();
        let year = When::parse("2027").unwrap();
        for (lang, form, when, expected) in [
            ("de", "in", month, "im Februar 2024"),
            ("en", "in", month, "in February 2024"),
            ("fr", "in", month, "en février 2024"),
            ("ru", "in", month, "в феврале 2024\u{202f}г."),
            ("ru", "from", month, "с февраля 2024\u{202f}г."),
            ("ru", "from", day, "с 6 января 2022\u{202f}г."),
            ("ru", "by", year, "к 2027\u{202f}г."),
            (
                "fr",
                "from",
                When::parse("2023-04").unwrap(),
                "à partir d’avril 2023",
            ),
            ("de", "in", day, "am 6. Januar 2022"),
        ] {
            let l = Localizer::new(lang).unwrap();
            assert_eq!(l.date_form(&when, form), expected, "{lang} {form}");
            assert!(l.report().errors.is_empty(), "{lang}: {:?}", l.report());
        }
    }

    #[test]
    fn names_take_their_forms_from_attributes_or_the_locales_rule() {
        let state = |code: &str| EntityRef::State(lagebild_model::StateId::new(code));
        let place = |name: &str| EntityRef::Place(lagebild_model::PlaceId::new(name));
        for (lang, entity, form, expected) in [
            ("de", place("Krim"), "in", "auf der Krim"),
            ("de", state("UA"), "to", "in die Ukraine"),
            ("de", state("KZ"), "to", "nach Kasachstan"),
            ("en", state("US"), "def", "the United States"),
            ("fr", state("BY"), "with", "avec la Biélorussie"),
            ("fr", place("Transnistrien"), "in", "en Transnistrie"),
            ("fr", state("ML"), "in", "au Mali"),
            ("ru", state("KZ"), "in", "в Казахстане"),
            ("ru", place("Duschanbe"), "in", "в Душанбе"),
        ] {
            let l = Localizer::new(lang).unwrap();
            assert_eq!(l.form(&entity, form), expected, "{lang} {entity:?}");
            assert!(l.report().errors.is_empty(), "{lang}: {:?}", l.report());
        }
        let ru = Localizer::new("ru").unwrap();
        assert_eq!(ru.selector(&state("RU"), "gender"), "f");
        assert_eq!(ru.selector(&state("US"), "gender"), "pl");
        assert_eq!(ru.selector(&state("AD"), "article"), "none");
    }

    #[test]
    fn message_keys_are_fluent_identifiers() {
        assert_eq!(super::message_key("Südossetien"), "suedossetien");
        assert_eq!(super::message_key("Sankt Petersburg"), "sankt-petersburg");
        assert_eq!(super::message_key("tv-sender"), "tv-sender");
        assert_eq!(super::message_key("Militärfahrzeuge"), "militaerfahrzeuge");
        assert_eq!(
            super::message_key("Recep Tayyip Erdoğan"),
            "recep-tayyip-erdogan"
        );
    }
}
