//! Synthetic articles in the saved-page format, for benchmarks and scaling tests.
//!
//! The generator writes German news pages about alliances the way saved pages look:
//! page chrome, a kicker, a title, one of several dateline styles, a lead with an agency
//! dateline, paragraphs with names, numbers and dates at the density of real coverage
//! (measured against real pages with the `density` example: a quarter of the sentences
//! carry figures or dates, the rest background), quotes, subheadings, captions and
//! teaser blocks. [`Generator::dense`] makes every sentence a fact sentence, for stress
//! runs. Every sentence is assembled from the phrase tables below (our own words);
//! output depends only on the seed, so a benchmark run is reproducible byte for byte.
//!
//! ```
//! let corpus: Vec<String> = lagebild_bench::Generator::new(7).take(3).collect();
//! assert_eq!(corpus.len(), 3);
//! assert!(corpus.iter().all(|a| a.len() > 1500));
//! let again: Vec<String> = lagebild_bench::Generator::new(7).take(3).collect();
//! assert_eq!(corpus, again);
//! ```

pub mod adversarial;

/// SplitMix64: a tiny, well-mixed deterministic generator; statistical quality beyond
/// "varied text" is not needed, and it keeps the generator free of dependencies.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// States as the generator names them: name, adjective stem, capital.
const STATES: &[(&str, &str, &str)] = &[
    ("Russland", "russisch", "Moskau"),
    ("Belarus", "belarussisch", "Minsk"),
    ("Kasachstan", "kasachisch", "Astana"),
    ("Kirgistan", "kirgisisch", "Bischkek"),
    ("Tadschikistan", "tadschikisch", "Duschanbe"),
    ("Armenien", "armenisch", "Eriwan"),
    ("Usbekistan", "usbekisch", "Taschkent"),
    ("Aserbaidschan", "aserbaidschanisch", "Baku"),
    ("Georgien", "georgisch", "Tiflis"),
    ("Finnland", "finnisch", "Helsinki"),
    ("Schweden", "schwedisch", "Stockholm"),
    ("Polen", "polnisch", "Warschau"),
    ("Litauen", "litauisch", "Vilnius"),
    ("Lettland", "lettisch", "Riga"),
    ("Estland", "estnisch", "Tallinn"),
    ("Deutschland", "deutsch", "Berlin"),
    ("China", "chinesisch", "Peking"),
    ("Indien", "indisch", "Neu-Delhi"),
    ("Iran", "iranisch", "Teheran"),
    ("Pakistan", "pakistanisch", "Islamabad"),
];

/// Organisations: short name, long name.
const ORGS: &[(&str, &str)] = &[
    (
        "OVKS",
        "Organisation des Vertrags über kollektive Sicherheit",
    ),
    ("Nato", "Nordatlantikpakt"),
    ("SOZ", "Shanghaier Organisation für Zusammenarbeit"),
];

const PEOPLE: &[(&str, &str)] = &[
    ("Präsident", "Wladimir Putin"),
    ("Präsident", "Kassym-Schomart Tokajew"),
    ("Regierungschef", "Nikol Paschinjan"),
    ("Machthaber", "Alexander Lukaschenko"),
    ("Generalsekretär", "Mark Rutte"),
    ("Präsident", "Sadyr Dschaparow"),
    ("Verteidigungsminister", "Boris Pistorius"),
    ("Außenminister", "Sergej Lawrow"),
    ("Kremlsprecher", "Dmitri Peskow"),
    ("Präsident", "Emomali Rachmon"),
];

const AGENCIES: &[&str] = &["dpa", "AFP", "Reuters", "AP", "epd", "KNA"];
const WEEKDAYS: &[&str] = &["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"];
const MONTHS: &[&str] = &[
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const ENGLISH_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const KICKERS: &[&str] = &[
    "Sicherheitspolitik",
    "Zentralasien",
    "Militärbündnisse",
    "Osteuropa",
    "Kaukasus",
    "Verteidigung",
];
const RUBRICS: &[&str] = &[
    "Politik > Ausland",
    "Nachrichten | Welt",
    "Home › Politik › Ausland",
];
const CHROME: &[&str] = &[
    "Teilen",
    "Drucken",
    "Artikel merken",
    "Zur Startseite",
    "Mehr lesen",
    "Newsletter abonnieren",
];
const QUALIFIERS: &[&str] = &["rund", "etwa", "mehr als", "knapp", "bis zu", ""];
const NOUNS: &[&str] = &[
    "Soldaten",
    "Militärangehörige",
    "Fallschirmjäger",
    "Einsatzkräfte",
];

/// Sentence templates. `{S}`/`{T}` are states, `{A}` a state adjective, `{O}` an
/// organisation, `{L}` its long name, `{C}` a capital, `{N}` a troop figure, `{D}` a
/// weekday, `{M}` a month with year, `{Y}` a year, `{P}` a person with role, `{Q}` a
/// quantity qualifier.
const SENTENCES: &[&str] = &[
    "Die {O} hat am {D} beschlossen, rund {N} Soldaten nach {S} zu entsenden.",
    "{S} stellt mit {Q} {N} {X} den größten Teil der Truppe.",
    "Nach Angaben aus {C} sind derzeit {Q} {N} Soldaten in {T} stationiert.",
    "{S} ist seit {Y} Mitglied der {O}.",
    "Dem Bündnis gehören neben {S} auch {T} und {U} an.",
    "Im {M} hatte {S} seine Mitarbeit in der {O} ausgesetzt.",
    "Die {L} wurde {Y} gegründet und hat ihren Sitz in {C}.",
    "{P} sprach am {D} von einer neuen Lage in der Region.",
    "Beobachter rechnen damit, dass der Einsatz bis {M} dauert.",
    "Das {A}e Verteidigungsministerium meldete am {D} {Q} {N} zusätzliche Kräfte.",
    "Beim Gipfeltreffen der {O} in {C} fehlte {S} in diesem Jahr.",
    "Die schnelle Eingreiftruppe der {O} umfasst {Q} {N} Soldaten.",
    "Seit {Y} unterhält {S} einen Stützpunkt in {T}.",
    "Die Regierung in {C} kündigte für den {M} ein gemeinsames Manöver an.",
    "Kritiker werfen der {O} vor, auf die Krise in {S} zu spät reagiert zu haben.",
    "Nach offiziellen Zahlen wurden {Q} {N} Menschen festgenommen.",
    "Die Grenze zwischen {S} und {T} ist {Q} {N} Kilometer lang.",
    "{S} und {T} unterzeichneten im {M} ein Abkommen über militärische Zusammenarbeit.",
];

/// Sentences that carry background, assessment and colour rather than figures: most of
/// a real report. They name states, capitals, organisations and people now and then, but
/// give no counts and no dates, so the fact rules see them and (mostly) find nothing,
/// as in the press. Same placeholders as [`SENTENCES`].
const FILLER: &[&str] = &[
    "Diplomaten in {C} beschreiben die Stimmung hinter verschlossenen Türen als gereizt, aber nicht feindselig.",
    "Für die Regierung in {C} geht es dabei vor allem um die Frage, wie viel Eigenständigkeit ihr noch bleibt.",
    "Wie belastbar die Zusagen aus {C} sind, lässt sich von außen kaum beurteilen.",
    "Ein Sprecher der {O} wollte sich zu den Berichten zunächst nicht äußern.",
    "Die Opposition in {S} wirft der Führung vor, das Land in eine einseitige Abhängigkeit zu führen.",
    "Offiziell spricht die {O} von einer rein defensiven Ausrichtung, doch Kritiker in {S} sehen das anders.",
    "{P} hatte zuvor mehrfach betont, dass sein Land keine fremden Truppen auf Dauer dulden werde.",
    "Fachleute verweisen darauf, dass die Streitkräfte von {S} und {T} kaum gemeinsam geübt haben.",
    "In der Hauptstadt {C} blieb es nach Angaben von Augenzeugen weitgehend ruhig.",
    "Ob das Vorhaben tatsächlich umgesetzt wird, hängt nicht zuletzt von Zusagen aus {C} ab.",
    "Seit Jahren ringen die Mitglieder um ein gemeinsames Verständnis davon, wann die Beistandspflicht greift.",
    "Die {A}e Seite sprach von einem konstruktiven Austausch, nannte aber keine Einzelheiten.",
    "Regierungen in {C} und {C} beobachten die Entwicklung mit wachsender Sorge.",
    "Dass die Partner so geschlossen auftreten, gilt unter Beobachtern keineswegs als selbstverständlich.",
    "Vertreter aus {S} und {T} tauschten sich am Rande des Treffens auch über Handelsfragen aus.",
    "Was {S} und {T} genau vereinbart haben, blieb auch nach der Pressekonferenz in {C} unklar.",
    "Nach Einschätzung westlicher Geheimdienste ist die Lage jedoch weniger stabil, als es die offiziellen Erklärungen nahelegen.",
    "Die Führung in {C} betrachtet die {O} vor allem als Rückversicherung gegenüber ihren Nachbarn.",
    "Unabhängige Medien aus {S} dürfen aus dem Gebiet nur eingeschränkt berichten.",
    "Mehrere Mitgliedstaaten hatten zuletzt Vorbehalte gegen eine engere militärische Integration angemeldet.",
    "Aus Sicht der Kritiker dient die {O} in erster Linie den Interessen von {S}.",
    "Die Zusammenarbeit zwischen {S} und {T} reicht von gemeinsamer Ausbildung bis zur Abstimmung bei der Luftverteidigung.",
    "Auch innerhalb der Regierung von {S} gibt es dem Vernehmen nach unterschiedliche Auffassungen.",
    "Ein Militärexperte aus {C} nannte die Pläne ehrgeizig, aber kaum bezahlbar.",
    "Die Gespräche sollen in den kommenden Wochen auf Ebene der Fachminister fortgesetzt werden.",
    "{P} äußerte sich zurückhaltend und sprach lediglich von einem ersten Schritt.",
    "Nach wie vor ist offen, welche Rolle {S} in dem Gefüge künftig spielen will.",
    "Die Bevölkerung in {S} verfolgt die Debatte über die {O} nach Umfragen eher gleichgültig.",
    "Gleichzeitig wirbt die Regierung in {C} um Investitionen aus {S} und {T}.",
    "Beobachter in {C} werten den Schritt von {P} als Signal an die Nachbarstaaten.",
];

const QUOTES: &[&str] = &[
    "Wir stehen zu unseren Verpflichtungen gegenüber den Partnern",
    "Die Lage an der Grenze bleibt angespannt, aber kontrollierbar",
    "Niemand in der Region hat ein Interesse an einer Eskalation",
    "Das Bündnis wird seine Präsenz schrittweise verringern",
    "Unsere Soldaten kehren zurück, sobald der Auftrag erfüllt ist",
];

const HEADINGS: &[&str] = &[
    "Ein Bündnis unter Druck",
    "Was der Einsatz kostet",
    "Reaktionen aus den Hauptstädten",
    "Die Rolle Moskaus",
    "Wie es weitergeht",
];

const TEASERS: &[&str] = &[
    "Warum die Allianz wächst",
    "Fünf Fragen zum Einsatz",
    "Chronik eines Konflikts",
    "Die Stützpunkte im Überblick",
];

/// Of the running-text sentences of a (not dense) article, the percentage drawn from
/// the fact templates; the rest is [`FILLER`].
const FACT_SENTENCE_PERCENT: usize = 25;

/// An endless, deterministic stream of synthetic articles.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    /// Every sentence from [`SENTENCES`] (the stress corpus), instead of the mix of fact
    /// sentences and [`FILLER`] calibrated against real pages.
    dense: bool,
}

impl Generator {
    /// A stream for `seed`: the same seed gives the same articles.
    pub fn new(seed: u64) -> Self {
        Generator {
            rng: Rng::new(seed),
            dense: false,
        }
    }

    /// A stream whose every running-text sentence carries names and figures or dates:
    /// about three times the fact density of real reports, for stress runs of the fact
    /// rules and the dossier (docs/performance.md, "The corpora").
    pub fn dense(seed: u64) -> Self {
        Generator {
            rng: Rng::new(seed),
            dense: true,
        }
    }

    /// One article of about 2 to 6 KB.
    pub fn article(&mut self) -> String {
        let rng = &mut self.rng;
        let year = rng.between(2015, 2025);
        let month = rng.between(1, 12);
        let day = rng.between(1, 28);
        let (org, _) = *rng.pick(ORGS);
        let (state, _, _) = *rng.pick(STATES);
        let mut out = String::with_capacity(6 * 1024);
        // Page chrome: a site header in some layouts.
        match rng.below(4) {
            0 => {
                line(&mut out, format_args!("{}\n", rng.pick(RUBRICS)));
            }
            1 => {
                line(
                    &mut out,
                    format_args!(
                        "Menü\n\n{}, {} {day}, {year}\n",
                        rng.pick(WEEKDAYS),
                        ENGLISH_MONTHS[month - 1]
                    ),
                );
            }
            _ => {}
        }
        line(&mut out, format_args!("{}\n", rng.pick(KICKERS)));
        line(
            &mut out,
            format_args!(
                "{} {} {}\n",
                org,
                rng.pick(&["und", "ohne", "mit", "gegen"]),
                state
            ),
        );
        let agency = *rng.pick(AGENCIES);
        let (_, _, place) = *rng.pick(STATES);
        match rng.below(3) {
            0 => {
                line(
                    &mut out,
                    format_args!(
                        "{day:02}.{month:02}.{year}, {:02}:{:02} Uhr | {agency}\n",
                        rng.between(6, 22),
                        rng.below(60)
                    ),
                );
            }
            1 => {
                line(
                    &mut out,
                    format_args!(
                        "Von {} {}\nStand: {day:02}.{month:02}.{year}, {:02}:{:02} Uhr\n",
                        rng.pick(&["Anna", "Jonas", "Lena", "Timur", "Olga"]),
                        rng.pick(&["Berger", "Kowalski", "Nurlanow", "Hartmann"]),
                        rng.between(6, 22),
                        rng.below(60)
                    ),
                );
            }
            _ => {
                line(
                    &mut out,
                    format_args!("{day}. {} {year} | {agency}\n", MONTHS[month - 1]),
                );
            }
        }
        let lead = self.sentence(year);
        let lead2 = self.sentence(year);
        line(
            &mut out,
            format_args!("{place} ({agency}) - {lead} {lead2}\n"),
        );
        let paragraphs = self.rng.between(4, 11);
        for index in 0..paragraphs {
            if index > 0 && self.rng.below(4) == 0 {
                line(&mut out, format_args!("{}\n", self.rng.pick(HEADINGS)));
            }
            if self.rng.below(5) == 0 {
                let (role, person) = *self.rng.pick(PEOPLE);
                let quote = *self.rng.pick(QUOTES);
                // Reports date most quotes only by the article's own date.
                if self.dense || self.rng.below(2) == 0 {
                    line(
                        &mut out,
                        format_args!(
                            "„{quote}“, sagte {role} {person} am {}.\n",
                            self.rng.pick(WEEKDAYS)
                        ),
                    );
                } else {
                    line(
                        &mut out,
                        format_args!("„{quote}“, sagte {role} {person}.\n"),
                    );
                }
                continue;
            }
            if self.rng.below(9) == 0 {
                line(
                    &mut out,
                    format_args!(
                        "Soldaten bei einer Übung nahe {}. Foto: {}\n",
                        self.rng.pick(STATES).2,
                        self.rng.pick(AGENCIES)
                    ),
                );
            }
            // Real paragraphs run longer than the fact-only ones of the dense corpus.
            let sentences = if self.dense {
                self.rng.between(3, 5)
            } else {
                self.rng.between(3, 6)
            };
            let text: Vec<String> = (0..sentences).map(|_| self.sentence(year)).collect();
            line(&mut out, format_args!("{}\n", text.join(" ")));
        }
        if self.rng.below(2) == 0 {
            line(&mut out, format_args!("Lesen Sie auch:"));
            for _ in 0..self.rng.between(2, 4) {
                line(&mut out, format_args!("{}", self.rng.pick(TEASERS)));
            }
            out.push('\n');
        }
        // Saved pages end in more chrome than the dense corpus gave them.
        let chrome = if self.dense { 3 } else { 7 };
        for _ in 0..self.rng.below(chrome) {
            line(&mut out, format_args!("{}", self.rng.pick(CHROME)));
        }
        out
    }

    fn sentence(&mut self, year: usize) -> String {
        let rng = &mut self.rng;
        // The share of fact sentences is what brings names, numbers, dates and facts
        // per KB near those of real reports (measured with the `density` example).
        let template = if self.dense || rng.below(100) < FACT_SENTENCE_PERCENT {
            *rng.pick(SENTENCES)
        } else {
            *rng.pick(FILLER)
        };
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            let key = &rest[start + 1..start + end];
            match key {
                "S" | "T" | "U" => out.push_str(rng.pick(STATES).0),
                "A" => out.push_str(rng.pick(STATES).1),
                "C" => out.push_str(rng.pick(STATES).2),
                "O" => out.push_str(rng.pick(ORGS).0),
                "L" => out.push_str(rng.pick(ORGS).1),
                "N" => out.push_str(&german_number(rng.between(2, 400) * 50)),
                "X" => out.push_str(rng.pick::<&str>(NOUNS)),
                "Q" => out.push_str(rng.pick::<&str>(QUALIFIERS)),
                "D" => out.push_str(rng.pick::<&str>(WEEKDAYS)),
                "M" => {
                    put(&mut out, format_args!("{} {}", rng.pick(MONTHS), year));
                }
                "Y" => {
                    put(&mut out, format_args!("{}", rng.between(1990, year)));
                }
                "P" => {
                    let (role, person) = *rng.pick(PEOPLE);
                    put(&mut out, format_args!("{role} {person}"));
                }
                _ => out.push_str(key),
            }
            rest = &rest[start + end + 1..];
        }
        out.push_str(rest);
        // An empty qualifier leaves a double space.
        out.replace("  ", " ")
    }
}

impl Iterator for Generator {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        Some(self.article())
    }
}

/// `20000` as German press writes it: `20.000`.
pub fn german_number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Why a corpus could not be written.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// Creating the directory or a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// Writes the next `count` articles of `generator` into `dir` as `article-000001.txt` …;
/// returns the number of bytes written.
pub fn write_corpus(
    dir: &std::path::Path,
    generator: Generator,
    count: usize,
) -> Result<u64, CorpusError> {
    let io = |path: &std::path::Path| {
        let path = path.display().to_string();
        move |source| CorpusError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut bytes = 0;
    for (index, article) in generator.take(count).enumerate() {
        let path = dir.join(format!("article-{:06}.txt", index + 1));
        std::fs::write(&path, &article).map_err(io(&path))?;
        bytes += article.len() as u64;
    }
    Ok(bytes)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_realistic_in_size_and_deterministic() {
        let sizes: Vec<usize> = Generator::new(1).take(200).map(|a| a.len()).collect();
        let mean = sizes.iter().sum::<usize>() / sizes.len();
        assert!((2000..=6500).contains(&mean), "mean {mean}");
        assert!(*sizes.iter().min().unwrap_or(&0) > 800, "{sizes:?}");
        let a: Vec<String> = Generator::new(9).take(5).collect();
        let b: Vec<String> = Generator::new(9).take(5).collect();
        let c: Vec<String> = Generator::new(10).take(5).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn numbers_are_written_the_german_way() {
        assert_eq!(german_number(50), "50");
        assert_eq!(german_number(20000), "20.000");
        assert_eq!(german_number(1234567), "1.234.567");
    }
}
