//! Counted things as journalists write them: a value and how sure the text is of it.

use serde::{Deserialize, Serialize, Serializer};

/// How a number was qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// `3.000 Soldaten`
    Exact,
    /// `rund`, `etwa`, `ca.`, `knapp`, `fast`
    Approx,
    /// `mehr als`, `über`
    MoreThan,
    /// `weniger als`, `unter`
    LessThan,
    /// `mindestens`
    AtLeast,
    /// `bis zu`, `höchstens`
    UpTo,
    /// `mehrere Tausend`, `Hunderte`: an order of magnitude; `value` is its lower bound.
    Vague,
}

/// A number with its qualifier, serialised as `{"value": 3000, "qualifier": "exact"}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The value; whole numbers serialise without a fraction.
    #[serde(serialize_with = "whole_if_possible")]
    pub value: f64,
    /// How the text qualified it.
    pub qualifier: Qualifier,
}

impl Quantity {
    /// A quantity.
    pub fn new(value: f64, qualifier: Qualifier) -> Self {
        Quantity { value, qualifier }
    }

    /// An exact quantity.
    pub fn exact(value: f64) -> Self {
        Quantity::new(value, Qualifier::Exact)
    }
}

/// Largest integer an f64 holds exactly (2^53).
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

fn whole_if_possible<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() <= MAX_EXACT_INTEGER {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_whole_numbers_without_fraction() {
        let json = |q: Quantity| serde_json::to_string(&q).unwrap();
        assert_eq!(
            json(Quantity::exact(20000.0)),
            r#"{"value":20000,"qualifier":"exact"}"#
        );
        assert_eq!(
            json(Quantity::new(2.5, Qualifier::MoreThan)),
            r#"{"value":2.5,"qualifier":"more_than"}"#
        );
        let back: Quantity = serde_json::from_str(r#"{"value":70,"qualifier":"up_to"}"#).unwrap();
        assert_eq!(back, Quantity::new(70.0, Qualifier::UpTo));
    }
}
