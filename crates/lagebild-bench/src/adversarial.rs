//! Hostile inputs of any size, for the linear-time test and benchmark: each kind of
//! page builds its text from one short pattern repeated until `bytes` is reached, so
//! that any step whose cost grows faster than its input shows up when the size grows.
//!
//! The kinds aim at the places where a parser or extractor tends to go quadratic:
//! joining hard-wrapped lines, one endless line or sentence, millions of tiny lines or
//! one-word paragraphs, long runs of chrome or teasers, quotes that never close, endless
//! numbers, lists of names and dates in one sentence, abbreviations that are not
//! sentence ends.

/// A kind of hostile page: its name and the pattern it repeats.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// Short name for reports.
    pub name: &'static str,
    /// Written once at the start (a header that makes the rest body text).
    head: &'static str,
    /// Repeated until the page has the requested size.
    pattern: &'static str,
}

/// Every kind of hostile page.
pub const KINDS: &[Kind] = &[
    Kind {
        name: "wrapped-lines",
        head: "Titel\n\n",
        pattern: "die Soldaten der Allianz stehen weiter in der Region, und\n",
    },
    Kind {
        name: "one-long-line",
        head: "",
        pattern: "Russland Belarus Kasachstan und die OVKS schicken rund 3.000 Soldaten ",
    },
    Kind {
        name: "short-lines",
        head: "",
        pattern: "a\n",
    },
    Kind {
        // Every line a paragraph of its own and none a sentence: the whole page is
        // header, and each line a headline candidate.
        name: "short-paragraphs",
        head: "",
        pattern: "Zeile\n\n",
    },
    Kind {
        name: "repeated-chrome",
        head: "Titel\n\n",
        pattern: "Teilen\n\nMehr lesen\n\n",
    },
    Kind {
        name: "teasers-only",
        head: "Lesen Sie mehr zu diesen Themen:\n\n",
        pattern: "Kasachstan ruft die OVKS zu Hilfe\n\n",
    },
    Kind {
        name: "open-quotes",
        head: "Titel\n\n",
        pattern: "„Wir bleiben hier, sagte der Minister „und die Allianz ",
    },
    Kind {
        name: "endless-number",
        head: "Titel\n\n",
        pattern: "1.000.000,",
    },
    Kind {
        name: "names-in-one-sentence",
        head: "Titel\n\n",
        pattern: "Russland, Belarus, Kasachstan, Armenien, Kirgistan und Tadschikistan, ",
    },
    Kind {
        name: "dates-in-one-sentence",
        head: "Titel\n\n06.01.2022, 18:45 Uhr | dpa\n\n",
        pattern: "am 6. Januar 2022, im Februar 2024, am Freitag, Anfang März, ",
    },
    Kind {
        name: "abbreviations",
        head: "Titel\n\n",
        pattern: "Dr. Nr. z. B. ca. 3. u. a. Gen. Oberst a. D. ",
    },
    Kind {
        name: "headings-and-paragraphs",
        head: "",
        pattern: "Eine kurze Zeile\n\nDie OVKS wurde 2002 gegründet und hat heute sechs Mitglieder, zu denen Russland gehört.\n\n",
    },
];

impl Kind {
    /// The page of this kind with (at least) `bytes` bytes, ending with a line end.
    pub fn page(&self, bytes: usize) -> Vec<u8> {
        let mut page = String::with_capacity(bytes + self.pattern.len() + 1);
        page.push_str(self.head);
        while page.len() < bytes {
            page.push_str(self.pattern);
        }
        page.push('\n');
        page.into_bytes()
    }
}
