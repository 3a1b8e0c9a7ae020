//! Facts and their provenance: what an article says about organisations, states, forces,
//! deployments and people, each with the article, line and sentence it came from.

use crate::ids::{EntityRef, Location, OrgId, PersonId, PlaceId, StateId};
use crate::quantity::Quantity;
use crate::when::When;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// The schema id of [`ArticleFacts`] JSON; bumped on any incompatible change.
pub const FACTS_SCHEMA: &str = "lagebild.facts/1";

/// Where a fact was read: which article, which line, which sentence.
///
/// The article id and the sentence are shared (`Arc<str>`): every fact of an article
/// names the same id, several facts often come from one sentence, and views and
/// briefings copy provenances around; a corpus of 20,000 articles has some 400,000.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The article's id (its file stem, or `stdin`).
    pub article: Arc<str>,
    /// 1-based line in the original file where the sentence's block starts.
    pub line: u32,
    /// Byte range of the sentence in the block's normalised text, `[start, end)`.
    pub span: [u32; 2],
    /// The sentence, verbatim; a sentence longer than 4 KiB by its first 4 KiB and `…`
    /// (`lagebild_extract::QUOTED_MAX_BYTES`), since every fact repeats it.
    pub sentence: Arc<str>,
}

/// A state's standing in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    /// Full member.
    Member,
    /// Observer status.
    Observer,
    /// Membership frozen or suspended.
    Suspended,
    /// Left or expelled.
    Former,
    /// Applied to join.
    Applicant,
    /// A partner without membership (`Dialogpartner` of the SCO, a NATO partner country).
    Partner,
}

/// What kind of standing force an organisation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForceType {
    /// A rapid reaction force (`schnelle Eingreiftruppe`).
    RapidReaction,
    /// A peacekeeping force (`Friedenstruppe`).
    Peacekeeping,
    /// Any other standing force.
    Other,
}

/// What kind of event an article reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// A meeting of heads of state or government.
    Summit,
    /// A meeting of ministers, councils or delegations.
    Meeting,
    /// A military exercise.
    Exercise,
    /// A treaty or agreement signed.
    Agreement,
    /// Something else worth a timeline entry.
    Other,
}

/// A move announced or planned, not made (`sollen bis 2027 rund 4.800 Soldaten in
/// Litauen stationiert sein`): the fact says what is intended, and a briefing says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planned {
    /// The date it is planned for (`bis 2027`), when the text gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub by: Option<When>,
}

/// One national contingent of a deployment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contingent {
    /// The sending state.
    pub state: StateId,
    /// Its troops, when the text gave a number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub troops: Option<Quantity>,
}

/// A fact, tagged in JSON by `"kind"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    /// An organisation was founded.
    Founded {
        /// The organisation.
        org: OrgId,
        /// When.
        date: When,
    },
    /// A state's membership status in an organisation, as of a date.
    Membership {
        /// The organisation.
        org: OrgId,
        /// The state.
        state: StateId,
        /// Its status.
        status: MembershipStatus,
        /// Since when the status holds, if the text says.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        since: Option<When>,
        /// The date the text reports the status for (usually the article's date).
        #[serde(skip_serializing_if = "Option::is_none", default)]
        as_of: Option<When>,
    },
    /// How many members an organisation has.
    MemberCount {
        /// The organisation.
        org: OrgId,
        /// The count.
        count: Quantity,
        /// As of when.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        date: Option<When>,
    },
    /// A standing force of an organisation.
    Force {
        /// The organisation.
        org: OrgId,
        /// What kind of force.
        force_type: ForceType,
        /// Its name as written.
        name: String,
        /// Its strength.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        strength: Option<Quantity>,
    },
    /// Troops sent by an organisation or state into a host state. Boxed: it is the
    /// largest kind of fact and one of the rarest, and unboxed every fact of a dossier
    /// would be as large (136 bytes instead of 88). In JSON its fields stand beside
    /// `kind` like every other fact's.
    Deployment(Box<Deployment>),
    /// Troops of a state stationed abroad.
    Stationed {
        /// The state whose troops they are.
        state: StateId,
        /// Where: a state, or a place (region, base) with its state.
        location: Location,
        /// How many.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        troops: Option<Quantity>,
        /// Present when the troops are planned or announced, not there yet.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        planned: Option<Planned>,
    },
    /// A person's role.
    Role {
        /// The person.
        person: PersonId,
        /// The role or title as written (`Präsident`, `Generalsekretär`).
        role: String,
        /// Of which state or organisation.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        of: Option<EntityRef>,
    },
    /// A quotation.
    Quote {
        /// Who said it, when the text says.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        speaker: Option<PersonId>,
        /// The quoted words.
        text: String,
        /// BCP 47 language of the quoted words as printed (`de`).
        language: String,
    },
    /// A number the article reports that fits no other fact.
    Figure {
        /// The number.
        quantity: Quantity,
        /// What it counts (`Menschen`, `Soldaten`).
        counts: String,
        /// What the count is about, in a few words.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        context: Option<String>,
    },
    /// Something that happened: a summit, meeting, exercise.
    Event {
        /// What kind.
        event_type: EventType,
        /// Where.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        place: Option<PlaceId>,
        /// When.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        date: Option<When>,
        /// Who took part.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        participants: Vec<EntityRef>,
    },
}

impl Fact {
    /// The `"kind"` name of the fact.
    pub fn kind(&self) -> &'static str {
        match self {
            Fact::Founded { .. } => "founded",
            Fact::Membership { .. } => "membership",
            Fact::MemberCount { .. } => "member_count",
            Fact::Force { .. } => "force",
            Fact::Deployment(_) => "deployment",
            Fact::Stationed { .. } => "stationed",
            Fact::Role { .. } => "role",
            Fact::Quote { .. } => "quote",
            Fact::Figure { .. } => "figure",
            Fact::Event { .. } => "event",
        }
    }
}

/// Troops sent by an organisation or state into a host state: [`Fact::Deployment`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deployment {
    /// Who deploys: an organisation or a state.
    pub actor: EntityRef,
    /// The host state.
    pub host: StateId,
    /// Start.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub start: Option<When>,
    /// End.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub end: Option<When>,
    /// The stated purpose (`peacekeeping`, as written).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub purpose: Option<String>,
    /// National contingents.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub contingents: Vec<Contingent>,
}

/// A fact with its provenance; in JSON the fact's fields and a `provenance` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactRecord {
    /// The fact.
    #[serde(flatten)]
    pub fact: Fact,
    /// Where it was read.
    pub provenance: Provenance,
    /// The organisation the text ties the fact to: named in its sentence (or referred to
    /// there, `das Bündnis`), or in focus in its paragraph. Absent when the paragraph
    /// names none: such a fact belongs to no organisation's fact sheet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub about: Option<OrgId>,
}

/// What kind of entity a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A state.
    State,
    /// An organisation.
    Org,
    /// A person.
    Person,
    /// A place.
    Place,
}

/// An entity the article mentions, with how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Kind.
    pub kind: EntityKind,
    /// Stable id (ISO code, org id, canonical name). Borrowed where it is a built-in
    /// gazetteer's (an article names some thirty entities, and a copy of each id and
    /// name was a quarter of extraction's allocations).
    pub id: Cow<'static, str>,
    /// Display name in German.
    pub name: Cow<'static, str>,
    /// How many times the article's text mentions it.
    pub mentions: u32,
}

/// The article a set of facts came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// Stable id (the CLI gives the file stem): the key facts cite, never shown to a
    /// reader in place of a name.
    pub id: String,
    /// The file, relative to what the command line named (the file's name, or its path
    /// below the directory searched), or [`ArticleInfo::STANDARD_INPUT`]: a name a reader
    /// can find, never an absolute path of the machine that read it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub file: Option<String>,
    /// Headline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// Publication date with its precision.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<When>,
    /// Outlet or agency.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    /// The lead paragraph, as written (for digests).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lead: Option<String>,
    /// The subheadings, as written (for digests).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub headings: Vec<String>,
}

impl ArticleInfo {
    /// The [`ArticleInfo::file`] of an article read from standard input: `-`, its name on
    /// the command line. Renderers show it as "standard input" in the reader's language.
    pub const STANDARD_INPUT: &'static str = "-";

    /// Whether the article was read from standard input.
    pub fn from_standard_input(&self) -> bool {
        self.file.as_deref() == Some(Self::STANDARD_INPUT)
    }
}

/// Everything extracted from one article: the unit of `lagebild extract` output and of
/// the map step when extraction and merging run apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleFacts {
    /// [`FACTS_SCHEMA`].
    pub schema: String,
    /// The article.
    pub article: ArticleInfo,
    /// Entities mentioned, most mentioned first.
    pub entities: Vec<EntityMention>,
    /// Facts in text order.
    pub facts: Vec<FactRecord>,
}
