//! Dates with the precision the text gave: a year, a month, a day, a season, a decade, or
//! a range (which is also how "early/mid/late" periods are kept: `Anfang der 90er Jahre`
//! is 1990–1993).
//!
//! The JSON form is a string in ISO 8601 / EDTF notation: `2022`, `2022-01`,
//! `2022-01-06`, `2023-21` (spring 2023; 22 summer, 23 autumn, 24 winter), `199X` (the
//! 1990s), `1990/1993` (a range).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl CalendarDate {
    /// A year (1000–2999; other years are not news dates and are refused).
    pub fn year(year: i32) -> Option<Self> {
        (1000..=2999).contains(&year).then_some(CalendarDate {
            year,
            month: None,
            day: None,
        })
    }

    /// A month of a year.
    pub fn year_month(year: i32, month: u8) -> Option<Self> {
        let date = Self::year(year)?;
        (1..=12).contains(&month).then_some(CalendarDate {
            month: Some(month),
            ..date
        })
    }

    /// A day; `None` for impossible dates.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let date = Self::year_month(year, month)?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(CalendarDate {
            day: Some(day),
            ..date
        })
    }

    /// The year.
    pub fn get_year(&self) -> i32 {
        self.year
    }

    /// The month, if known.
    pub fn get_month(&self) -> Option<u8> {
        self.month
    }

    /// The day, if known.
    pub fn get_day(&self) -> Option<u8> {
        self.day
    }

    /// The first day this date covers (`2022-01` → 2022-01-01).
    pub fn first_day(&self) -> CalendarDate {
        CalendarDate {
            year: self.year,
            month: Some(self.month.unwrap_or(1)),
            day: Some(self.day.unwrap_or(1)),
        }
    }

    /// The last day this date covers (`2022-02` → 2022-02-28).
    pub fn last_day(&self) -> CalendarDate {
        let month = self.month.unwrap_or(12);
        CalendarDate {
            year: self.year,
            month: Some(month),
            day: Some(self.day.unwrap_or_else(|| days_in_month(self.year, month))),
        }
    }

    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let month = parts.next();
        let day = parts.next();
        if parts.next().is_some() {
            return None;
        }
        match (month, day) {
            (None, _) => Self::year(year),
            (Some(m), None) if m.len() == 2 => Self::year_month(year, m.parse().ok()?),
            (Some(m), Some(d)) if m.len() == 2 && d.len() == 2 => {
                Self::ymd(year, m.parse().ok()?, d.parse().ok()?)
            }
            _ => None,
        }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A season of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    /// March–May (`Frühjahr`, `Frühling`).
    Spring,
    /// June–August.
    Summer,
    /// September–November (`Herbst`).
    Autumn,
    /// December–February; the year is the one the winter starts in.
    Winter,
}

impl Season {
    fn edtf(self) -> u8 {
        match self {
            Season::Spring => 21,
            Season::Summer => 22,
            Season::Autumn => 23,
            Season::Winter => 24,
        }
    }

    fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// When something happened, as precisely as the text said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum When {
    /// A year, month or day.
    Date(CalendarDate),
    /// A season of a year (`Frühjahr 2023`).
    Season {
        /// The year (for winter, the year it starts in).
        year: i32,
        /// Which season.
        season: Season,
    },
    /// A decade, by its first year (`die 90er Jahre` → 1990).
    Decade(i32),
    /// A span between two dates, both inclusive.
    Range {
        /// Start.
        from: CalendarDate,
        /// End.
        to: CalendarDate,
    },
}

impl When {
    /// A year.
    pub fn year(year: i32) -> Option<Self> {
        CalendarDate::year(year).map(When::Date)
    }

    /// A month.
    pub fn year_month(year: i32, month: u8) -> Option<Self> {
        CalendarDate::year_month(year, month).map(When::Date)
    }

    /// A day.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        CalendarDate::ymd(year, month, day).map(When::Date)
    }

    /// A range; `None` when `to` starts before `from`.
    pub fn range(from: CalendarDate, to: CalendarDate) -> Option<Self> {
        (from.first_day() <= to.last_day()).then_some(When::Range { from, to })
    }

    /// The first and last day this covers, at day precision.
    pub fn bounds(&self) -> (CalendarDate, CalendarDate) {
        match *self {
            When::Date(date) => (date.first_day(), date.last_day()),
            When::Season { year, season } => {
                let first = season.first_month();
                let from = CalendarDate {
                    year,
                    month: Some(first),
                    day: Some(1),
                };
                let (end_year, end_month) = if first + 2 > 12 {
                    (year + 1, first + 2 - 12)
                } else {
                    (year, first + 2)
                };
                let to = CalendarDate {
                    year: end_year,
                    month: Some(end_month),
                    day: None,
                }
                .last_day();
                (from, to)
            }
            When::Decade(start) => (
                CalendarDate {
                    year: start,
                    month: None,
                    day: None,
                }
                .first_day(),
                CalendarDate {
                    year: start + 9,
                    month: None,
                    day: None,
                }
                .last_day(),
            ),
            When::Range { from, to } => (from.first_day(), to.last_day()),
        }
    }

    /// Whether two dates can describe the same moment: their spans overlap. A `2022-01`
    /// and a `2022-01-06` are compatible; `2022-01` and `2022-02` are not.
    pub fn overlaps(&self, other: &When) -> bool {
        let (a_from, a_to) = self.bounds();
        let (b_from, b_to) = other.bounds();
        a_from <= b_to && b_from <= a_to
    }

    /// Parses the JSON notation (`2022-01-06`, `2023-21`, `199X`, `1990/1993`).
    pub fn parse(text: &str) -> Option<Self> {
        if let Some((from, to)) = text.split_once('/') {
            return When::range(CalendarDate::parse(from)?, CalendarDate::parse(to)?);
        }
        if let Some(decade) = text.strip_suffix('X').filter(|d| d.len() == 3) {
            let start: i32 = decade.parse().ok()?;
            return CalendarDate::year(start * 10).map(|_| When::Decade(start * 10));
        }
        if let Some((year, season)) = text.split_once('-') {
            let season = match season {
                "21" => Some(Season::Spring),
                "22" => Some(Season::Summer),
                "23" => Some(Season::Autumn),
                "24" => Some(Season::Winter),
                _ => None,
            };
            if let Some(season) = season {
                let year = CalendarDate::year(year.parse().ok()?)?.get_year();
                return Some(When::Season { year, season });
            }
        }
        CalendarDate::parse(text).map(When::Date)
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Date(date) => date.fmt(f),
            When::Season { year, season } => write!(f, "{year:04}-{}", season.edtf()),
            When::Decade(start) => write!(f, "{:03}X", start / 10),
            When::Range { from, to } => write!(f, "{from}/{to}"),
        }
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        When::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a Lagebild date: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notation_round_trips() {
        for text in [
            "2022",
            "2022-01",
            "2022-01-06",
            "2023-21",
            "2022-24",
            "199X",
            "1990/1993",
            "2022-01/2022-03-15",
        ] {
            let when = When::parse(text).unwrap();
            assert_eq!(when.to_string(), text);
        }
        for bad in [
            "22",
            "2022-13",
            "2022-02-30",
            "2022-25",
            "1993/1990",
            "19X",
            "",
        ] {
            assert_eq!(When::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn bounds_and_overlap() {
        let month = When::year_month(2022, 1).unwrap();
        let day = When::ymd(2022, 1, 6).unwrap();
        let feb = When::year_month(2022, 2).unwrap();
        assert!(month.overlaps(&day) && day.overlaps(&month));
        assert!(!month.overlaps(&feb));
        let winter = When::parse("2022-24").unwrap();
        assert_eq!(winter.bounds().1.to_string(), "2023-02-28");
        assert_eq!(When::Decade(1990).bounds().1.to_string(), "1999-12-31");
        let leap = When::year_month(2024, 2).unwrap();
        assert_eq!(leap.bounds().1.to_string(), "2024-02-29");
    }
}
