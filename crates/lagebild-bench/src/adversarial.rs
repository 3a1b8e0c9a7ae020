//! Hostile inputs of any size, for the linear-time test and benchmark: each kind of
//! page builds its text from one short pattern repeated until `bytes` is reached, so
//! that any step whose cost grows faster than its input shows up when the size grows.
//!
//! The kinds aim at the places where a parser or extractor tends to go quadratic:
//! joining hard-wrapped lines, one endless line or sentence, millions of tiny lines or
//! one-word paragraphs, long runs of chrome or teasers, quotes that never close, endless
//! numbers, lists of names and dates in one sentence, abbreviations that are not
//! sentence ends, one sentence repeated without end, and one hard-wrapped sentence that
//! names every state the gazetteer knows, over and over (every fact it yields cites it).

/// A kind of hostile page: its name and the pattern it repeats.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// Short name for reports.
    pub name: &'static str,
    /// Written once at the start (a header that makes the rest body text).
    head: &'static str,
    /// Repeated until the page has the requested size.
    pattern: &'static str,
    /// Written once at the end (what ends a sentence the pattern keeps open).
    tail: &'static str,
}

/// Every kind of hostile page.
pub const KINDS: &[Kind] = &[
    Kind {
        name: "wrapped-lines",
        head: "Titel\n\n",
        pattern: "die Soldaten der Allianz stehen weiter in der Region, und\n",
        tail: "",
    },
    Kind {
        name: "one-long-line",
        head: "",
        pattern: "Russland Belarus Kasachstan und die OVKS schicken rund 3.000 Soldaten ",
        tail: "",
    },
    Kind {
        name: "short-lines",
        head: "",
        pattern: "a\n",
        tail: "",
    },
    Kind {
        // Every line a paragraph of its own and none a sentence: the whole page is
        // header, and each line a headline candidate.
        name: "short-paragraphs",
        head: "",
        pattern: "Zeile\n\n",
        tail: "",
    },
    Kind {
        name: "repeated-chrome",
        head: "Titel\n\n",
        pattern: "Teilen\n\nMehr lesen\n\n",
        tail: "",
    },
    Kind {
        name: "teasers-only",
        head: "Lesen Sie mehr zu diesen Themen:\n\n",
        pattern: "Kasachstan ruft die OVKS zu Hilfe\n\n",
        tail: "",
    },
    Kind {
        name: "open-quotes",
        head: "Titel\n\n",
        pattern: "„Wir bleiben hier, sagte der Minister „und die Allianz ",
        tail: "",
    },
    Kind {
        name: "endless-number",
        head: "Titel\n\n",
        pattern: "1.000.000,",
        tail: "",
    },
    Kind {
        name: "names-in-one-sentence",
        head: "Titel\n\n",
        pattern: "Russland, Belarus, Kasachstan, Armenien, Kirgistan und Tadschikistan, ",
        tail: "",
    },
    Kind {
        name: "dates-in-one-sentence",
        head: "Titel\n\n06.01.2022, 18:45 Uhr | dpa\n\n",
        pattern: "am 6. Januar 2022, im Februar 2024, am Freitag, Anfang März, ",
        tail: "",
    },
    Kind {
        name: "abbreviations",
        head: "Titel\n\n",
        pattern: "Dr. Nr. z. B. ca. 3. u. a. Gen. Oberst a. D. ",
        tail: "",
    },
    Kind {
        name: "headings-and-paragraphs",
        head: "",
        pattern: "Eine kurze Zeile\n\nDie OVKS wurde 2002 gegründet und hat heute sechs Mitglieder, zu denen Russland gehört.\n\n",
        tail: "",
    },
    Kind {
        // Every sentence the same and yielding facts: the facts of the page are those
        // of one sentence, found again and again.
        name: "repeated-sentence",
        head: "Titel\n\n",
        pattern: "Die OVKS wurde 2002 gegründet und hat heute sechs Mitglieder, zu denen Russland gehört.\n",
        tail: "",
    },
    Kind {
        // One sentence, wrapped at 78 columns, that names every state until the page is
        // full: a membership per state, each citing a sentence as long as the page. (The
        // pattern's short last line runs on into its next copy's first, so that the
        // lines stay of a length and the parser keeps them one paragraph.)
        name: "all-states-in-one-sentence",
        head: "Titel\n\nDie OVKS hat am Donnerstag Truppen nach Kasachstan geschickt.\n\nDer OVKS gehören ",
        pattern: "Andorra, Vereinigte Arabische Emirate, Afghanistan, Antigua und Barbuda,\n\
         Albanien, Armenien, Angola, Argentinien, Österreich, Australien,\n\
         Aserbaidschan, Bosnien und Herzegowina, Barbados, Bangladesch, Belgien,\n\
         Burkina Faso, Bulgarien, Bahrain, Burundi, Benin, Brunei Darussalam, Bolivien,\n\
         Brasilien, Bahamas, Bhutan, Botsuana, Belarus, Belize, Kanada, Demokratische\n\
         Republik Kongo, Zentralafrikanische Republik, Republik Kongo, Schweiz, Côte\n\
         d’Ivoire, Chile, Kamerun, China, Kolumbien, Costa Rica, Kuba, Cabo Verde,\n\
         Zypern, Tschechien, Deutschland, Dschibuti, Dänemark, Dominica, Dominikanische\n\
         Republik, Algerien, Ecuador, Estland, Ägypten, Eritrea, Spanien, Äthiopien,\n\
         Finnland, Fidschi, Mikronesien, Frankreich, Gabun, Großbritannien, Grenada,\n\
         Georgien, Ghana, Gambia, Guinea, Äquatorialguinea, Griechenland, Guatemala,\n\
         Guinea-Bissau, Guyana, Honduras, Kroatien, Haiti, Ungarn, Indonesien, Irland,\n\
         Israel, Indien, Irak, Iran, Island, Italien, Jamaika, Jordanien, Japan, Kenia,\n\
         Kirgistan, Kambodscha, Kiribati, Komoren, St. Kitts und Nevis, Nordkorea,\n\
         Südkorea, Kuwait, Kasachstan, Laos, Libanon, St. Lucia, Liechtenstein, Sri\n\
         Lanka, Liberia, Lesotho, Litauen, Luxemburg, Lettland, Libyen, Marokko,\n\
         Monaco, Moldau, Montenegro, Madagaskar, Marshallinseln, Nordmazedonien, Mali,\n\
         Myanmar, Mongolei, Mauretanien, Malta, Mauritius, Malediven, Malawi, Mexiko,\n\
         Malaysia, Mosambik, Namibia, Niger, Nigeria, Nicaragua, Niederlande, Norwegen,\n\
         Nepal, Nauru, Neuseeland, Oman, Panama, Peru, Papua-Neuguinea, Philippinen,\n\
         Pakistan, Polen, Palästina, Portugal, Palau, Paraguay, Katar, Rumänien,\n\
         Serbien, Russland, Ruanda, Saudi-Arabien, Salomonen, Seychellen, Sudan,\n\
         Schweden, Singapur, Slowenien, Slowakei, Sierra Leone, San Marino, Senegal,\n\
         Somalia, Suriname, Südsudan, São Tomé und Príncipe, El Salvador, Syrien,\n\
         Eswatini, Tschad, Togo, Thailand, Tadschikistan, Timor-Leste, Turkmenistan,\n\
         Tunesien, Tonga, Türkei, Trinidad und Tobago, Tuvalu, Taiwan, Tansania,\n\
         Ukraine, Uganda, USA, Uruguay, Usbekistan, Vatikan, St. Vincent und die\n\
         Grenadinen, Venezuela, Vietnam, Vanuatu, Samoa, Kosovo, Jemen, Südafrika,\n\
         Sambia, Simbabwe, ",
        tail: "und Belarus an.",
    },
];

impl Kind {
    /// The page of this kind with (at least) `bytes` bytes, ending with a line end.
    pub fn page(&self, bytes: usize) -> Vec<u8> {
        let mut page = String::with_capacity(bytes + self.pattern.len() + self.tail.len() + 1);
        page.push_str(self.head);
        while page.len() < bytes {
            page.push_str(self.pattern);
        }
        page.push_str(self.tail);
        page.push('\n');
        page.into_bytes()
    }
}
