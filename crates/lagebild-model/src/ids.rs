//! Stable identifiers: the keys facts are merged on across articles.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $valid:path) => {
        $(#[$doc])*
        ///
        /// Read from JSON, the id is checked against its grammar ([`IdError`] if it does
        /// not match): fact files are written by other programs and people, and an id is
        /// shown in documents and on terminals.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String")]
        pub struct $name(String);

        impl $name {
            /// Wraps an id; no validation beyond what the gazetteer guarantees.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// Wraps an id if it matches the grammar of its kind.
            pub fn parse(id: impl Into<String>) -> Result<Self, IdError> {
                let id = id.into();
                if $valid(&id) {
                    Ok(Self(id))
                } else {
                    Err(IdError::new($kind, &id))
                }
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;

            fn try_from(id: String) -> Result<Self, IdError> {
                Self::parse(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// An id that does not match the grammar of its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdError {
    kind: &'static str,
    /// The start of the id, for the message: an id may be megabytes long.
    shown: String,
}

/// How much of a rejected id an [`IdError`] keeps for its message.
const SHOWN_CHARS: usize = 40;

impl IdError {
    fn new(kind: &'static str, id: &str) -> Self {
        let mut shown: String = id.chars().take(SHOWN_CHARS).collect();
        if shown.len() < id.len() {
            shown.push('…');
        }
        IdError { kind, shown }
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grammar = match self.kind {
            "state" => "two capital letters, ISO 3166-1 alpha-2",
            "organisation" => "up to 32 ASCII letters, digits, `-`, `_` or `.`",
            _ => "up to 200 letters, digits, spaces and - ' ’ . , ( ) / &",
        };
        write!(f, "`{}` is not a {} id ({grammar})", self.shown, self.kind)
    }
}

impl std::error::Error for IdError {}

/// ISO 3166-1 alpha-2: two ASCII capitals.
fn is_state_code(id: &str) -> bool {
    id.len() == 2 && id.bytes().all(|b| b.is_ascii_uppercase())
}

/// A short organisation id (`CSTO`, `G7`): ASCII letters and digits with `-`, `_` and
/// `.` inside, at most 32 bytes.
fn is_org_id(id: &str) -> bool {
    id.len() <= 32
        && id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// A canonical name (`Kassym-Schomart Tokajew`, `Côte d’Ivoire`): letters and digits of
/// any script with the punctuation names use, no markup and no control characters, at
/// most 200 characters, no space at either end.
fn is_name(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 200
        && id.trim() == id
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || " -'’.,()/&".contains(c))
}

id_type!(
    /// A state, by its ISO 3166-1 alpha-2 code (`RU`, `KZ`, `AM`).
    StateId,
    "state",
    is_state_code
);
id_type!(
    /// An organisation, by a short id (`CSTO`, `NATO`, `UN`, `SCO`).
    OrgId,
    "organisation",
    is_org_id
);
id_type!(
    /// A person, by the canonical name in the usual German press spelling
    /// (`Kassym-Schomart Tokajew`).
    PersonId,
    "person",
    is_name
);
id_type!(
    /// A place (city, region), by its canonical German name (`Almaty`, `Transnistrien`).
    PlaceId,
    "place",
    is_name
);

/// Any entity a fact can point at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum EntityRef {
    /// A state.
    State(StateId),
    /// An organisation.
    Org(OrgId),
    /// A person.
    Person(PersonId),
    /// A place.
    Place(PlaceId),
}

impl EntityRef {
    /// The id as text, whatever the kind.
    pub fn id(&self) -> &str {
        match self {
            EntityRef::State(id) => id.as_str(),
            EntityRef::Org(id) => id.as_str(),
            EntityRef::Person(id) => id.as_str(),
            EntityRef::Place(id) => id.as_str(),
        }
    }
}

/// Where troops are: a state, or a place with the state it lies in (`Gjumri` in `AM`),
/// so that a base's country is known without a gazetteer. In JSON, the entity's
/// `kind` and `id` with an optional `state` beside them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    /// The state or place.
    #[serde(flatten)]
    pub at: EntityRef,
    /// For a place: the state it lies in, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub state: Option<StateId>,
}

impl Location {
    /// A state as the location.
    pub fn state(state: StateId) -> Location {
        Location {
            at: EntityRef::State(state),
            state: None,
        }
    }

    /// A place in `state` (if known) as the location.
    pub fn place(place: PlaceId, state: Option<StateId>) -> Location {
        Location {
            at: EntityRef::Place(place),
            state,
        }
    }

    /// The state the location is in: the state itself, or the place's state.
    pub fn in_state(&self) -> Option<&StateId> {
        match &self.at {
            EntityRef::State(state) => Some(state),
            _ => self.state.as_ref(),
        }
    }
}

impl From<EntityRef> for Location {
    fn from(at: EntityRef) -> Location {
        Location { at, state: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_json_match_their_grammar() {
        let state = |json: &str| serde_json::from_str::<StateId>(json).map_err(|e| e.to_string());
        assert_eq!(state("\"AM\""), Ok(StateId::new("AM")));
        assert!(
            state("\"ZZ<img src=x onerror=alert(1)>\"")
                .unwrap_err()
                .starts_with("`ZZ<img src=x onerror=alert(1)>` is not a state id")
        );
        assert!(state("\"am\"").is_err());
        let org = |json: &str| serde_json::from_str::<OrgId>(json).is_ok();
        assert!(org("\"CSTO\"") && org("\"G7\""));
        assert!(!org("\"CSTO\\u001b[2J\"") && !org("\"\"") && !org("\"A|B\""));
        let person = |json: &str| serde_json::from_str::<PersonId>(json).is_ok();
        assert!(person("\"Kassym-Schomart Tokajew\"") && person("\"Côte d’Ivoire\""));
        assert!(!person("\"<script>\"") && !person("\" lead\"") && !person("\"a\\nb\""));
        // The id serializes as a bare string.
        assert_eq!(
            serde_json::to_string(&OrgId::new("NATO")).unwrap(),
            "\"NATO\""
        );
    }

    #[test]
    fn a_long_bad_id_is_shortened_in_the_message() {
        let message = StateId::parse("Z".repeat(100_000)).unwrap_err().to_string();
        assert!(message.len() < 200, "{message}");
    }
}
