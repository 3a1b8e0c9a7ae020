//! Stable identifiers: the keys facts are merged on across articles.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id; no validation beyond what the gazetteer guarantees.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A state, by its ISO 3166-1 alpha-2 code (`RU`, `KZ`, `AM`).
    StateId
);
id_type!(
    /// An organisation, by a short id (`CSTO`, `NATO`, `UN`, `SCO`).
    OrgId
);
id_type!(
    /// A person, by the canonical name in the usual German press spelling
    /// (`Kassym-Schomart Tokajew`).
    PersonId
);
id_type!(
    /// A place (city, region), by its canonical German name (`Almaty`, `Transnistrien`).
    PlaceId
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
