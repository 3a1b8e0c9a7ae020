//! The JSON form of an [`Article`], a compatibility boundary documented in `docs/json.md`.

use crate::article::{Article, Block, DroppedLine};
use crate::date::{ClockTime, PartialDate};
use crate::dateline::DateKind;
use crate::decode::Encoding;
use serde::Serialize;

/// The schema id written into every article JSON; bumped on any incompatible change.
pub const JSON_SCHEMA: &str = "lagebild.article/1";

#[derive(Serialize)]
struct ArticleJson<'a> {
    schema: &'static str,
    title: Option<&'a str>,
    kicker: Option<&'a str>,
    published: Option<PartialDate>,
    published_time: Option<ClockTime>,
    date_kind: Option<DateKind>,
    source: Option<&'a str>,
    author: Option<&'a str>,
    place: Option<&'a str>,
    lead: Option<&'a str>,
    encoding: Encoding,
    line_count: u32,
    blocks: &'a [Block<'a>],
    dropped: &'a [DroppedLine<'a>],
}

impl Serialize for Article<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let meta = &self.meta;
        ArticleJson {
            schema: JSON_SCHEMA,
            title: meta.title.as_deref(),
            kicker: meta.kicker.as_deref(),
            published: meta.published,
            published_time: meta.published_time,
            date_kind: meta.date_kind,
            source: meta.source.as_deref(),
            author: meta.author.as_deref(),
            place: meta.place.as_deref(),
            lead: self.lead(),
            encoding: meta.encoding,
            line_count: self.line_count,
            blocks: &self.blocks,
            dropped: &self.dropped,
        }
        .serialize(serializer)
    }
}
