//! The time axis shared by briefings and fact sheets: founding dates, membership
//! changes, deployments and events of an organisation as dated points, which become a
//! [`Block::Timeline`] (Markdown writes it as a Mermaid block, HTML as an SVG).

use crate::document::{Block, TimelineEntry};
use crate::factsheet::{status_id, text};
use crate::l10n::Localizer;
use lagebild_dossier::OrgDossier;
use lagebild_model::{EntityRef, EventType, When};

/// One point on the timeline.
pub(crate) struct Point {
    pub(crate) when: When,
    pub(crate) label: String,
}

/// The dated points of one organisation, labelled in the reader's language.
pub(crate) fn org_points(org: &OrgDossier, l: &Localizer) -> Vec<Point> {
    let org_name = l.org(org.org.as_str());
    let mut points = Vec::new();
    for founded in &org.founded {
        points.push(Point {
            when: founded.value,
            label: l
                .compose("timeline-founded")
                .name("org", &EntityRef::Org(org.org.clone()))
                .format(),
        });
    }
    for change in &org.changes {
        let Some(date) = change.date else { continue };
        // A founding member's join is the founding, already a point of its own.
        if change.from.is_none() && org.founded.iter().any(|f| f.value == date) {
            continue;
        }
        let label = l.message(
            "timeline-change",
            &[
                ("state", text(l.state(change.state.as_str()))),
                ("status", text(l.message(status_id(change.to), &[]))),
                ("org", text(org_name.clone())),
            ],
        );
        points.push(Point { when: date, label });
    }
    for deployment in &org.deployments {
        let Some(start) = deployment.start else {
            continue;
        };
        let label = l
            .compose("timeline-deployment")
            .name("org", &EntityRef::Org(org.org.clone()))
            .name("host", &EntityRef::State(deployment.host.clone()))
            .format();
        points.push(Point { when: start, label });
    }
    for event in &org.events {
        let Some(date) = event.date else { continue };
        let label = l.message(
            "timeline-event",
            &[
                (
                    "event",
                    text(event_text(l, event.event_type, event.place.as_ref())),
                ),
                ("org", text(org_name.clone())),
            ],
        );
        points.push(Point { when: date, label });
    }
    points
}

/// `Summit in Minsk`, `Exercise`: the kind of event and, when known, where.
pub(crate) fn event_text(
    l: &Localizer,
    event: EventType,
    place: Option<&lagebild_model::PlaceId>,
) -> String {
    let name = l.message(event_id(event), &[]);
    match place {
        Some(place) => l
            .compose("fact-event")
            .text("event", name)
            .name("place", &EntityRef::Place(place.clone()))
            .format(),
        None => l.message("fact-event-unplaced", &[("event", text(name))]),
    }
}

fn event_id(event: EventType) -> &'static str {
    match event {
        EventType::Summit => "event-summit",
        EventType::Meeting => "event-meeting",
        EventType::Exercise => "event-exercise",
        EventType::Agreement => "event-agreement",
        EventType::Other => "event-other",
    }
}

/// `points` as a timeline block, oldest first, each date in the reader's words.
pub(crate) fn timeline_block(l: &Localizer, label: String, points: &mut [Point]) -> Block {
    points.sort_by_key(|p| p.when.bounds().0);
    Block::Timeline {
        label,
        entries: points
            .iter()
            .map(|p| TimelineEntry {
                when: p.when,
                date: l.date(&p.when),
                label: p.label.clone(),
            })
            .collect(),
    }
}
