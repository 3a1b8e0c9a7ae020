//! What a briefing is written from: per organisation, the facts grouped into entries with
//! every source that supports them, membership status over time (`as_of` any date, and
//! the changes), deployments with their contingents, and the conflicts between sources.
//!
//! Everything here is derived from a [`Dossier`]'s observations on demand; nothing is
//! stored, so the stored dossier stays a mergeable set.

use crate::history::{self, Report as StatusReport};
use lagebild_model::{
    ArticleInfo, CalendarDate, Deployment, Dossier, EntityRef, EventType, Fact, FactRecord,
    ForceType, MembershipStatus, OrgId, PlaceId, Planned, Provenance, Qualifier, Quantity, StateId,
    When,
};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::hash_map::{self, Entry};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Relative difference under which two approximate numbers agree (`rund 3.000` and
/// `3.100`): news copy rounds to the nearest round figure, rarely by more than a tenth.
const APPROX_TOLERANCE: f64 = 0.1;

/// The numbered list of sources; numbers follow publication date, then id, so they are
/// the same for the same corpus however it was merged.
#[derive(Debug, Clone, Serialize)]
pub struct Citation<'d> {
    /// The footnote number.
    pub number: usize,
    /// The article, as the dossier describes it (borrowed: a corpus has tens of thousands).
    #[serde(flatten)]
    pub article: &'d ArticleInfo,
}

/// A value with the sources that report it.
#[derive(Debug, Clone, Serialize)]
pub struct Supported<'d, T> {
    /// The value.
    pub value: T,
    /// Citation numbers of the articles that report it, ascending.
    pub sources: Vec<usize>,
    /// How many articles report it.
    pub corroboration: usize,
    /// Publication date of the earliest report, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reported: Option<When>,
    /// Publication date of the latest report, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reported: Option<When>,
    /// The sentences, one per source, in citation order (borrowed from the dossier).
    #[serde(skip)]
    pub provenance: Vec<&'d Provenance>,
}

/// A member state's status on the view's date.
#[derive(Debug, Clone, Serialize)]
pub struct MemberRow {
    /// The state.
    pub state: StateId,
    /// Its status.
    pub status: MembershipStatus,
    /// When the status began, as a text states it (`seit 2004`); absent when no text
    /// gives the start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<When>,
    /// When the status was first reported: the date an article spoke for, which is not
    /// the day it began.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reported: Option<When>,
    /// Sources of the status.
    pub sources: Vec<usize>,
}

/// A change of a state's status: a join, an exit, a suspension, any transition.
#[derive(Debug, Clone, Serialize)]
pub struct StatusChange {
    /// The state.
    pub state: StateId,
    /// The status before; absent when the sources tell of none (a join).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<MembershipStatus>,
    /// The status after.
    pub to: MembershipStatus,
    /// When the new status began, as a text states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
    /// When the new status was first reported; the change's only date when no text
    /// states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reported: Option<When>,
    /// Sources of the new status.
    pub sources: Vec<usize>,
}

impl StatusChange {
    /// The date to order and cut by: the stated one, else the first report.
    pub fn when(&self) -> Option<When> {
        self.date.or(self.first_reported)
    }
}

/// A reported number of members.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MemberCount {
    /// How many.
    pub count: Quantity,
    /// The month it was reported for (the day is dropped: equal counts within a month
    /// are one entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
}

/// One contingent of a deployment with its supported troop figures.
#[derive(Debug, Clone, Serialize)]
pub struct ContingentRow<'d> {
    /// The sending state.
    pub state: StateId,
    /// Troop figures as reported (more than one when the sources disagree).
    pub troops: Vec<Supported<'d, Quantity>>,
}

/// One deployment, gathered from every article that reports it.
#[derive(Debug, Clone, Serialize)]
pub struct DeploymentRow<'d> {
    /// Who deploys.
    pub actor: EntityRef,
    /// Where.
    pub host: StateId,
    /// The most precise start reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<When>,
    /// The most precise end reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<When>,
    /// National contingents.
    pub contingents: Vec<ContingentRow<'d>>,
    /// Every article that reports the deployment.
    pub sources: Vec<usize>,
}

/// A standing force with its reported strengths.
#[derive(Debug, Clone, Serialize)]
pub struct ForceRow<'d> {
    /// Type of force.
    pub force_type: ForceType,
    /// Names as written.
    pub names: Vec<String>,
    /// Strengths as reported.
    pub strength: Vec<Supported<'d, Quantity>>,
}

/// Troops of a state stationed in one place.
#[derive(Debug, Clone, Serialize)]
pub struct StationedRow<'d> {
    /// Whose troops.
    pub state: StateId,
    /// Where.
    pub location: EntityRef,
    /// Troop figures as reported.
    pub troops: Vec<Supported<'d, Quantity>>,
    /// Present when the troops are planned or announced, not there yet; planned and
    /// present troops at one place are separate rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned: Option<Planned>,
}

/// A person with every role the sources give them: one entry per person.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    /// Person id.
    pub person: String,
    /// The roles, in the order they were first reported.
    pub roles: Vec<RoleRow>,
}

/// One role of a person.
#[derive(Debug, Clone, Serialize)]
pub struct RoleRow {
    /// Role as written.
    pub role: String,
    /// Of which state or organisation; a report of the same role without it counts
    /// for the one report that names it (`Präsident` and `Präsident Russlands`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<EntityRef>,
    /// Sources.
    pub sources: Vec<usize>,
    /// Publication date of the earliest report, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reported: Option<When>,
    /// Publication date of the latest report, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reported: Option<When>,
}

/// A quotation with its source.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    /// Speaker id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The words.
    pub text: String,
    /// Language as printed.
    pub language: String,
    /// Sources.
    pub sources: Vec<usize>,
}

/// A figure an article about the organisation reports (`rund 250 Militärfahrzeuge`).
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// The number.
    pub quantity: Quantity,
    /// What it counts, as the extractor names it (`militärfahrzeuge`).
    pub counts: String,
    /// Sources.
    pub sources: Vec<usize>,
}

/// An event the organisation took part in (a summit, an exercise, an agreement).
#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    /// What kind.
    pub event_type: EventType,
    /// When, if reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
    /// Where, if reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<PlaceId>,
    /// States named as taking part.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<StateId>,
    /// Sources.
    pub sources: Vec<usize>,
}

/// Sources that disagree about one thing at one time.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict<'d> {
    /// What the disagreement is about, as a stable key (`member_count CSTO 2022-01`).
    pub subject: String,
    /// The same, as data a renderer can put into words.
    pub about: ConflictAbout,
    /// The competing values with their sources.
    pub values: Vec<Supported<'d, ConflictValue>>,
}

/// What sources disagree about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConflictAbout {
    /// The founding date of the organisation.
    Founded,
    /// The number of members in one month.
    MemberCount {
        /// The month the counts were reported for.
        month: When,
    },
    /// A state's status: an undated report says what the dated ones before it rule out.
    Status {
        /// The state.
        state: StateId,
    },
    /// The strength of a standing force.
    Force {
        /// Which force.
        force_type: ForceType,
    },
    /// The size of one national contingent of a deployment.
    Contingent {
        /// Where the deployment went.
        host: StateId,
        /// Whose contingent.
        state: StateId,
        /// When the deployment began, if reported.
        #[serde(skip_serializing_if = "Option::is_none")]
        start: Option<When>,
    },
    /// Troops a state keeps at a place abroad.
    Stationed {
        /// Whose troops.
        state: StateId,
        /// Where.
        location: EntityRef,
    },
}

/// One competing value: a date or a quantity.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ConflictValue {
    /// A date (founding).
    Date(When),
    /// A number with its qualifier (counts, strengths, troops).
    Quantity(Quantity),
    /// A membership status.
    Status(MembershipStatus),
}

/// Everything about one organisation, as of a date.
#[derive(Debug, Clone, Serialize)]
pub struct OrgDossier<'d> {
    /// The organisation.
    pub org: OrgId,
    /// The date the statuses are given for (the latest report when not asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<When>,
    /// Founding dates as reported.
    pub founded: Vec<Supported<'d, When>>,
    /// Members, observers, suspended, former members and applicants on `as_of`.
    pub members: Vec<MemberRow>,
    /// Status changes over time, oldest first.
    pub changes: Vec<StatusChange>,
    /// Member counts as reported, with the month they were reported for.
    pub member_counts: Vec<Supported<'d, MemberCount>>,
    /// Standing forces.
    pub forces: Vec<ForceRow<'d>>,
    /// Deployments.
    pub deployments: Vec<DeploymentRow<'d>>,
    /// Troops of member states stationed abroad.
    pub stationed: Vec<StationedRow<'d>>,
    /// People tied to the organisation, one entry each with every role.
    pub roles: Vec<PersonRow>,
    /// Quotations from articles about the organisation.
    pub quotes: Vec<QuoteRow>,
    /// Events the organisation is named as taking part in, dated ones first by date.
    pub events: Vec<EventRow>,
    /// Figures from articles about the organisation, the same figure once.
    pub figures: Vec<FigureRow>,
    /// Where sources disagree.
    pub conflicts: Vec<Conflict<'d>>,
}

impl OrgDossier<'_> {
    /// The citation numbers the organisation's entries cite, ascending: the sources its
    /// fact sheet is based on.
    pub fn cited_sources(&self) -> Vec<usize> {
        let mut cited: Vec<usize> = Vec::new();
        let supported = self
            .founded
            .iter()
            .map(|s| &s.sources)
            .chain(self.member_counts.iter().map(|s| &s.sources))
            .chain(
                self.forces
                    .iter()
                    .flat_map(|f| f.strength.iter().map(|s| &s.sources)),
            )
            .chain(
                self.stationed
                    .iter()
                    .flat_map(|r| r.troops.iter().map(|s| &s.sources)),
            );
        for sources in supported
            .chain(self.members.iter().map(|r| &r.sources))
            .chain(self.changes.iter().map(|r| &r.sources))
            .chain(self.deployments.iter().map(|r| &r.sources))
            .chain(
                self.roles
                    .iter()
                    .flat_map(|p| p.roles.iter().map(|r| &r.sources)),
            )
            .chain(self.quotes.iter().map(|r| &r.sources))
            .chain(self.events.iter().map(|r| &r.sources))
            .chain(self.figures.iter().map(|r| &r.sources))
        {
            cited.extend_from_slice(sources);
        }
        cited.sort_unstable();
        cited.dedup();
        cited
    }
}

/// A dossier ready to be read: sources numbered, organisations sorted by how much the
/// corpus says about them.
#[derive(Debug, Clone, Serialize)]
pub struct DossierView<'d> {
    /// The date statuses are given for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<When>,
    /// Numbered sources.
    pub sources: Vec<Citation<'d>>,
    /// One entry per organisation with facts.
    pub organisations: Vec<OrgDossier<'d>>,
    /// Facts the text ties to no organisation: they belong in no fact sheet.
    pub related: Related<'d>,
}

/// Troops abroad, roles, quotations and figures that no sentence or paragraph ties to an
/// organisation (`Russische Truppen stehen in Transnistrien` in an article about a summit
/// of another alliance).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Related<'d> {
    /// Troops stationed abroad.
    pub stationed: Vec<StationedRow<'d>>,
    /// People, one entry each with every role.
    pub roles: Vec<PersonRow>,
    /// Quotations.
    pub quotes: Vec<QuoteRow>,
    /// Figures.
    pub figures: Vec<FigureRow>,
}

impl Related<'_> {
    /// Whether nothing is related.
    pub fn is_empty(&self) -> bool {
        self.stationed.is_empty()
            && self.roles.is_empty()
            && self.quotes.is_empty()
            && self.figures.is_empty()
    }
}

/// An observation as the views read it: the fact, its citation number and the date its
/// article was published. Made as it is read, never stored: a corpus has hundreds of
/// thousands of observations, and a stored copy of each was a fifth of a briefing's memory.
#[derive(Clone, Copy)]
struct Observed<'d> {
    fact: &'d Fact,
    citation: usize,
    reported: Option<When>,
    provenance: &'d Provenance,
    /// The organisation the text ties the fact to, if any.
    about: Option<&'d str>,
}

/// The dossier's observations with the citation number of each one's article, which
/// every organisation's view reads.
struct Observations<'d> {
    records: &'d [FactRecord],
    /// Citation number of each record's article, in record order (0: not a source).
    citations: Vec<usize>,
    /// Publication date by citation number (index 0: not a source).
    published: Vec<Option<When>>,
    /// The last day an explicit `as_of` lets through.
    cut: Option<CalendarDate>,
}

impl<'d> Observations<'d> {
    /// Every observation, whatever the cut: a status history is built from all reports
    /// and cut afterwards ([`history::History::cut_at`]).
    fn all(&self) -> impl Iterator<Item = Observed<'d>> + '_ {
        self.records
            .iter()
            .zip(&self.citations)
            .map(|(record, &citation)| Observed {
                fact: &record.fact,
                citation,
                reported: self.published.get(citation).copied().flatten(),
                provenance: &record.provenance,
                about: record.about.as_ref().map(OrgId::as_str),
            })
    }

    /// The observations the cut lets through: a fact dated on or before it (by the date
    /// it speaks of), or an undated one from an article published on or before it.
    fn iter(&self) -> impl Iterator<Item = Observed<'d>> + '_ {
        self.all().filter(|o| self.visible(o))
    }

    /// Whether the cut lets the observation through.
    fn visible(&self, o: &Observed<'_>) -> bool {
        let Some(cut) = self.cut else { return true };
        match speaks_of(o.fact).or(o.reported) {
            Some(date) => date.bounds().0 <= cut,
            None => false,
        }
    }
}

/// The date a fact speaks of, when it has one: a founding, a status's start or the date
/// it was reported for, a count's date, a deployment's start, an event.
fn speaks_of(fact: &Fact) -> Option<When> {
    match fact {
        Fact::Founded { date, .. } => Some(*date),
        Fact::Membership { since, as_of, .. } => since.or(*as_of),
        Fact::MemberCount { date, .. } => *date,
        Fact::Deployment(deployment) => deployment.start,
        Fact::Event { date, .. } => *date,
        _ => None,
    }
}

/// Builds the view of `dossier` as of `as_of`, or of the latest publication date in the
/// dossier. An `as_of` is a cut through everything: a fact dated after it (by the date
/// it speaks of: a status's start, a deployment's start, an event) is left out, and so
/// is a fact without such a date whose article was published after it; a deployment that
/// ended after it is shown as ongoing.
pub fn view(dossier: &Dossier, as_of: Option<When>) -> DossierView<'_> {
    let mut ordered: Vec<&ArticleInfo> = dossier.sources.iter().collect();
    // Undated articles go last; the date key is computed once per article.
    ordered.sort_by_cached_key(|s| {
        let date = s.published.map(|p| p.bounds().0);
        (date.is_none(), date, s.id.as_str())
    });
    let sources: Vec<Citation> = ordered
        .iter()
        .enumerate()
        .map(|(i, a)| Citation {
            number: i + 1,
            article: a,
        })
        .collect();
    let numbers: HashMap<&str, usize> = sources
        .iter()
        .map(|c| (c.article.id.as_str(), c.number))
        .collect();
    let observations = Observations {
        records: &dossier.observations,
        citations: dossier
            .observations
            .iter()
            .map(|r| numbers.get(&*r.provenance.article).copied().unwrap_or(0))
            .collect(),
        published: std::iter::once(None)
            .chain(sources.iter().map(|c| c.article.published))
            .collect(),
        cut: as_of.map(|d| d.bounds().1),
    };
    let as_of = as_of.or_else(|| {
        dossier
            .sources
            .iter()
            .filter_map(|s| s.published)
            .max_by_key(|w| w.bounds().1)
    });

    let mut orgs: BTreeMap<&str, usize> = BTreeMap::new();
    for record in &dossier.observations {
        let tied = org_of(&record.fact).or(record.about.as_ref().map(OrgId::as_str));
        if let Some(org) = tied {
            *orgs.entry(org).or_default() += 1;
        }
    }
    // Each organisation's view reads the observations on its own: in parallel (a large
    // corpus has a few organisations of similar weight).
    let names: Vec<&str> = orgs.keys().copied().collect();
    let mut organisations: Vec<OrgDossier> = names
        .par_iter()
        .map(|org| org_view(org, &observations, as_of))
        .collect();
    organisations.sort_by(|a, b| {
        let weight = |o: &OrgDossier| orgs.get(o.org.as_str()).copied().unwrap_or(0);
        weight(b).cmp(&weight(a)).then_with(|| a.org.cmp(&b.org))
    });
    let related = Related {
        stationed: stationed(&observations, None),
        roles: roles(&observations, None),
        quotes: quotes(&observations, None),
        figures: figures(&observations, None),
    };
    DossierView {
        as_of,
        sources,
        organisations,
        related,
    }
}

fn org_of(fact: &Fact) -> Option<&str> {
    match fact {
        Fact::Founded { org, .. }
        | Fact::Membership { org, .. }
        | Fact::MemberCount { org, .. }
        | Fact::Force { org, .. } => Some(org.as_str()),
        Fact::Deployment(deployment) => match &deployment.actor {
            EntityRef::Org(org) => Some(org.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// One report of a value: citation number, publication date, provenance.
type Report<'d> = (usize, Option<When>, &'d Provenance);

/// Collects values with their sources, in first-seen order.
struct Collector<'d, K> {
    /// Per value, its reports.
    groups: HashMap<K, Vec<Report<'d>>>,
    order: Vec<K>,
}

impl<K> Default for Collector<'_, K> {
    fn default() -> Self {
        Collector {
            groups: HashMap::new(),
            order: Vec::new(),
        }
    }
}

impl<'d, K: Eq + std::hash::Hash + Clone> Collector<'d, K> {
    fn add(&mut self, key: K, o: &Observed<'d>) {
        let report = (o.citation, o.reported, o.provenance);
        match self.groups.entry(key) {
            hash_map::Entry::Occupied(mut at) => at.get_mut().push(report),
            hash_map::Entry::Vacant(slot) => {
                self.order.push(slot.key().clone());
                slot.insert(vec![report]);
            }
        }
    }

    fn finish<T>(mut self, value: impl Fn(&K) -> T) -> Vec<Supported<'d, T>> {
        // Sized exactly: most lists have one entry, and a first push would make room
        // for four (a deployment's contingents held three times what they use).
        let mut out = Vec::with_capacity(self.order.len());
        for key in self.order {
            let Some(mut reports) = self.groups.remove(&key) else {
                continue;
            };
            reports.sort_by_key(|r| r.0);
            reports.dedup_by_key(|r| r.0);
            let dates: Vec<When> = reports.iter().filter_map(|r| r.1).collect();
            out.push(Supported {
                value: value(&key),
                corroboration: reports.len(),
                sources: reports.iter().map(|r| r.0).collect(),
                first_reported: dates.iter().copied().min_by_key(|w| w.bounds().0),
                last_reported: dates.iter().copied().max_by_key(|w| w.bounds().1),
                provenance: reports.into_iter().map(|r| r.2).collect(),
            });
        }
        // In the order they were first reported (citations follow publication dates),
        // not in the order of the stored observations.
        out.sort_by_key(|s| s.sources.first().copied());
        out
    }
}

/// A quantity as a map key: equal figures with equal qualifiers are one entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct QuantityKey(u64, Qualifier);

fn quantity_key(q: &Quantity) -> QuantityKey {
    // `+ 0.0` turns -0 into 0, so that the two zeros are one figure, as they print.
    QuantityKey((q.value + 0.0).to_bits(), q.qualifier)
}

fn quantity_of(key: &QuantityKey) -> Quantity {
    Quantity::new(f64::from_bits(key.0), key.1)
}

fn org_view<'d>(org: &str, observations: &Observations<'d>, as_of: Option<When>) -> OrgDossier<'d> {
    let mut founded = Collector::default();
    let mut counts: Collector<(QuantityKey, Option<When>)> = Collector::default();
    let mut forces: BTreeMap<ForceType, (BTreeSet<String>, Collector<QuantityKey>)> =
        BTreeMap::new();
    let mut reports: BTreeMap<StateId, Vec<StatusReport>> = BTreeMap::new();
    // One pass over every observation: statuses from every report (the cut is applied
    // to the history they make), everything else only as the cut lets it through.
    for o in observations.all().filter(|o| org_of(o.fact) == Some(org)) {
        let o = &o;
        if let Fact::Membership {
            state,
            status,
            since,
            as_of: reported_as_of,
            ..
        } = o.fact
        {
            reports
                .entry(state.clone())
                .or_default()
                .push(StatusReport {
                    status: *status,
                    since: *since,
                    reported: reported_as_of.or(o.reported),
                    citation: o.citation,
                });
            continue;
        }
        if !observations.visible(o) {
            continue;
        }
        match o.fact {
            Fact::Founded { date, .. } => founded.add(*date, o),
            Fact::MemberCount { count, date, .. } => {
                // Equal counts reported for the same month are one entry.
                counts.add((quantity_key(count), date.or(o.reported).map(month_of)), o);
            }
            Fact::Force {
                force_type,
                name,
                strength,
                ..
            } => {
                let entry = forces.entry(*force_type).or_default();
                // Names differ only in case when one stands at a sentence start.
                if !entry
                    .0
                    .iter()
                    .any(|n: &String| n.to_lowercase() == name.to_lowercase())
                {
                    entry.0.insert(name.clone());
                }
                if let Some(strength) = strength {
                    entry.1.add(quantity_key(strength), o);
                }
            }
            _ => {}
        }
    }
    let founded = merge_compatible_dates(founded.finish(|k: &When| *k));
    let member_counts = counts.finish(|(count, date)| MemberCount {
        count: quantity_of(count),
        date: *date,
    });

    let mut members = Vec::new();
    let mut changes = Vec::new();
    let mut contradictions = Vec::new();
    for (state, reports) in reports {
        let mut history = history::history(reports);
        if let Some(cut) = observations.cut {
            history = history.cut_at(cut);
        }
        for t in history.transitions {
            changes.push(StatusChange {
                state: state.clone(),
                from: t.from,
                to: t.to,
                date: t.date,
                first_reported: t.first_reported,
                sources: t.sources,
            });
        }
        for c in history.contradictions {
            contradictions.push((state.clone(), c));
        }
        if let Some(run) = history.runs.into_iter().last() {
            members.push(MemberRow {
                state,
                status: run.status,
                since: run.since,
                first_reported: run.first_reported,
                sources: run.sources,
            });
        }
    }
    members.sort_by(|a, b| a.status.cmp(&b.status).then_with(|| a.state.cmp(&b.state)));
    // Keys computed once per change: a key with the state cloned per comparison was a
    // third of the view's time on large corpora.
    changes.sort_by_cached_key(|c| (c.when().map(|d| d.bounds().0), c.state.clone()));

    let forces: Vec<ForceRow> = forces
        .into_iter()
        .map(|(force_type, (names, strengths))| ForceRow {
            force_type,
            names: names.into_iter().collect(),
            strength: strengths.finish(quantity_of),
        })
        .collect();

    let deployments = deployments(org, observations);
    let stationed = stationed(observations, Some(org));
    let roles = roles(observations, Some(org));
    let quotes = quotes(observations, Some(org));
    let events = events(org, observations);
    let figures = figures(observations, Some(org));
    let mut view = OrgDossier {
        org: OrgId::new(org),
        as_of,
        founded,
        members,
        changes,
        member_counts,
        forces,
        deployments,
        stationed,
        roles,
        quotes,
        events,
        figures,
        conflicts: Vec::new(),
    };
    view.conflicts = conflicts(&view);
    if !contradictions.is_empty() {
        // The sentences of the statuses in conflict, found in one pass (most views have
        // no conflict and make none).
        let mut sentences: HashMap<(&StateId, usize), &'d Provenance> = HashMap::new();
        for o in observations.all() {
            if let Fact::Membership { org: of, state, .. } = o.fact
                && of.as_str() == org
            {
                sentences.entry((state, o.citation)).or_insert(o.provenance);
            }
        }
        view.conflicts.extend(
            contradictions
                .iter()
                .map(|(state, c)| status_conflict(state, c, &sentences)),
        );
    }
    view
}

/// Two statuses reported for one state: the run the dated reports give, and the undated
/// report that contradicts it.
fn status_conflict<'d>(
    state: &StateId,
    c: &history::Contradiction,
    sentences: &HashMap<(&StateId, usize), &'d Provenance>,
) -> Conflict<'d> {
    let provenance = |citations: &[usize]| -> Vec<&'d Provenance> {
        citations
            .iter()
            .filter_map(|&n| sentences.get(&(state, n)).copied())
            .collect()
    };
    let held = Supported {
        value: ConflictValue::Status(c.held.status),
        corroboration: c.held.sources.len(),
        provenance: provenance(&c.held.sources),
        sources: c.held.sources.clone(),
        first_reported: c.held.first_reported,
        last_reported: None,
    };
    let report = Supported {
        value: ConflictValue::Status(c.report.status),
        sources: vec![c.report.citation],
        corroboration: 1,
        first_reported: c.report.reported,
        last_reported: c.report.reported,
        provenance: provenance(&[c.report.citation]),
    };
    Conflict {
        subject: format!("status {state}"),
        about: ConflictAbout::Status {
            state: state.clone(),
        },
        values: vec![held, report],
    }
}

/// A date to the month: counts reported on two days of one month are one entry.
fn month_of(when: When) -> When {
    let (from, _) = when.bounds();
    match (when, from.get_month()) {
        (When::Date(date), Some(month)) if date.get_day().is_some() => {
            When::year_month(from.get_year(), month).unwrap_or(when)
        }
        _ => when,
    }
}

/// Deployments of `org`, grouped by host and by overlapping start dates: a `2022-01` and a
/// `2022-01-06` start are the same deployment.
fn deployments<'d>(org: &str, observations: &Observations<'d>) -> Vec<DeploymentRow<'d>> {
    let mut rows: Vec<(DeploymentRow, BTreeMap<StateId, Collector<QuantityKey>>)> = Vec::new();
    // The rows of each host, in the order they were opened: a report joins the first of
    // them it overlaps, as a scan of all rows would find, without that scan per report.
    // With each row the bounds of its start, kept current as the start is narrowed, so
    // that matching a report against a host's rows compares numbers.
    type Bounds = Option<(CalendarDate, CalendarDate)>;
    let mut by_host: HashMap<&StateId, Vec<(usize, Bounds)>> = HashMap::new();
    for o in observations.iter() {
        let Fact::Deployment(deployment) = o.fact else {
            continue;
        };
        let Deployment {
            actor,
            host,
            start,
            end,
            contingents,
            ..
        } = &**deployment;
        if !matches!(actor, EntityRef::Org(id) if id.as_str() == org) {
            continue;
        }
        let candidates = by_host.entry(host).or_default();
        let report = start.map(|s| s.bounds());
        let same = candidates
            .iter()
            .position(|&(_, row_start)| match (row_start, report) {
                (Some((a_from, a_to)), Some((b_from, b_to))) => a_from <= b_to && b_from <= a_to,
                _ => true,
            });
        let (at, index) = match same {
            Some(at) => (at, candidates[at].0),
            None => {
                candidates.push((rows.len(), None));
                let row = DeploymentRow {
                    actor: actor.clone(),
                    host: host.clone(),
                    start: None,
                    end: None,
                    contingents: Vec::new(),
                    sources: Vec::new(),
                };
                rows.push((row, BTreeMap::new()));
                (candidates.len() - 1, rows.len() - 1)
            }
        };
        let (row, troops) = &mut rows[index];
        row.start = more_precise(row.start, *start);
        candidates[at].1 = row.start.map(|s| s.bounds());
        // A deployment that ended after the cut was still under way on it.
        let end = end.filter(|e| observations.cut.is_none_or(|cut| e.bounds().0 <= cut));
        row.end = more_precise(row.end, end);
        add_source(&mut row.sources, o.citation);
        for contingent in contingents {
            let collector = troops.entry(contingent.state.clone()).or_default();
            if let Some(q) = &contingent.troops {
                collector.add(quantity_key(q), &o);
            }
        }
    }
    rows.into_iter()
        .map(|(mut row, troops)| {
            finish_sources(&mut row.sources);
            row.contingents = troops
                .into_iter()
                .map(|(state, collector)| ContingentRow {
                    state,
                    troops: collector.finish(quantity_of),
                })
                .collect();
            // Largest contingent first, as a reader expects.
            row.contingents.sort_by(|a, b| {
                let size =
                    |c: &ContingentRow| c.troops.iter().map(|t| t.value.value).fold(0.0, f64::max);
                size(b)
                    .total_cmp(&size(a))
                    .then_with(|| a.state.cmp(&b.state))
            });
            row
        })
        .collect()
}

/// Founding dates that can both be true (`2001` and `2001-06`) are one entry, shown with
/// the more precise date and the sources of both.
fn merge_compatible_dates(entries: Vec<Supported<'_, When>>) -> Vec<Supported<'_, When>> {
    let mut out: Vec<Supported<When>> = Vec::new();
    for entry in entries {
        match out.iter_mut().find(|e| e.value.overlaps(&entry.value)) {
            Some(kept) => {
                if width(&entry.value) < width(&kept.value) {
                    kept.value = entry.value;
                }
                for (source, provenance) in entry.sources.iter().zip(entry.provenance) {
                    if !kept.sources.contains(source) {
                        kept.sources.push(*source);
                        kept.provenance.push(provenance);
                    }
                }
                kept.sources.sort_unstable();
                kept.corroboration = kept.sources.len();
                kept.first_reported = earliest(kept.first_reported, entry.first_reported);
                kept.last_reported = latest(kept.last_reported, entry.last_reported);
            }
            None => out.push(entry),
        }
    }
    out
}

pub(crate) fn earliest(a: Option<When>, b: Option<When>) -> Option<When> {
    [a, b].into_iter().flatten().min_by_key(|w| w.bounds().0)
}

fn latest(a: Option<When>, b: Option<When>) -> Option<When> {
    [a, b].into_iter().flatten().max_by_key(|w| w.bounds().1)
}

/// The narrower of two dates when they overlap, else the one already known.
pub(crate) fn more_precise(known: Option<When>, new: Option<When>) -> Option<When> {
    match (known, new) {
        (Some(a), Some(b)) if a.overlaps(&b) => Some(if width(&b) < width(&a) { b } else { a }),
        (Some(a), _) => Some(a),
        (None, b) => b,
    }
}

/// Roughly how many days a date spans; enough to tell a day from a month from a year.
fn width(when: &When) -> i64 {
    let day = |d: CalendarDate| {
        i64::from(d.get_year()) * 372
            + i64::from(d.get_month().unwrap_or(1)) * 31
            + i64::from(d.get_day().unwrap_or(1))
    };
    let (from, to) = when.bounds();
    day(to) - day(from)
}

/// Troops stationed abroad that the text ties to `org` (`None`: to no organisation).
fn stationed<'d>(observations: &Observations<'d>, org: Option<&str>) -> Vec<StationedRow<'d>> {
    // Keyed by whose troops, where, and the plan (present troops first).
    type Key = (
        StateId,
        String,
        Option<Option<(CalendarDate, CalendarDate)>>,
    );
    let mut groups: BTreeMap<Key, (EntityRef, Option<Planned>, Collector<QuantityKey>)> =
        BTreeMap::new();
    for o in observations.iter().filter(|o| o.about == org) {
        let Fact::Stationed {
            state,
            location,
            troops,
            planned,
        } = o.fact
        else {
            continue;
        };
        let plan = planned.map(|p| p.by.map(|by| by.bounds()));
        let entry = groups
            .entry((state.clone(), location.at.id().to_owned(), plan))
            .or_insert_with(|| (location.at.clone(), *planned, Collector::default()));
        if let Some(q) = troops {
            entry.2.add(quantity_key(q), &o);
        }
    }
    groups
        .into_iter()
        .map(
            |((state, ..), (location, planned, collector))| StationedRow {
                state,
                location,
                troops: collector.finish(quantity_of),
                planned,
            },
        )
        .collect()
}

/// People the text ties to `org` with their roles: a role of the organisation, or one
/// told where the organisation is in focus (`None`: roles tied to no organisation).
fn roles(observations: &Observations<'_>, org: Option<&str>) -> Vec<PersonRow> {
    let mut people: Vec<PersonRow> = Vec::new();
    let mut by_person: HashMap<&str, usize> = HashMap::new();
    for o in observations.iter() {
        let Fact::Role { person, role, of } = o.fact else {
            continue;
        };
        let tied = match of {
            Some(EntityRef::Org(id)) => Some(id.as_str()),
            _ => o.about,
        };
        if tied != org {
            continue;
        }
        let at = *by_person.entry(person.as_str()).or_insert_with(|| {
            people.push(PersonRow {
                person: person.to_string(),
                roles: Vec::new(),
            });
            people.len() - 1
        });
        let roles = &mut people[at].roles;
        let same = |r: &RoleRow| r.role.to_lowercase() == role.to_lowercase() && r.of == *of;
        let row = match roles.iter().position(same) {
            Some(i) => &mut roles[i],
            None => {
                roles.push(RoleRow {
                    role: role.clone(),
                    of: of.clone(),
                    sources: Vec::new(),
                    first_reported: None,
                    last_reported: None,
                });
                let last = roles.len() - 1;
                &mut roles[last]
            }
        };
        add_source(&mut row.sources, o.citation);
        row.first_reported = earliest(row.first_reported, o.reported);
        row.last_reported = latest(row.last_reported, o.reported);
    }
    for person in &mut people {
        fold_unqualified_roles(&mut person.roles);
        for row in &mut person.roles {
            finish_sources(&mut row.sources);
        }
        person.roles.sort_by_key(|r| r.sources.first().copied());
    }
    people.sort_by(|a, b| a.person.cmp(&b.person));
    people
}

/// `Präsident` and `Präsident (Russland)` are one role when the person holds it of one
/// state or organisation only: the reports without it join the one that names it.
fn fold_unqualified_roles(roles: &mut Vec<RoleRow>) {
    let mut i = 0;
    while i < roles.len() {
        let unqualified = roles[i].of.is_none();
        let name = roles[i].role.to_lowercase();
        let qualified: Vec<usize> = (0..roles.len())
            .filter(|&j| roles[j].of.is_some() && roles[j].role.to_lowercase() == name)
            .collect();
        if let ([j], true) = (qualified.as_slice(), unqualified) {
            let folded = roles.remove(i);
            let j = if *j > i { j - 1 } else { *j };
            let target = &mut roles[j];
            target.sources.extend(folded.sources);
            target.first_reported = earliest(target.first_reported, folded.first_reported);
            target.last_reported = latest(target.last_reported, folded.last_reported);
            continue;
        }
        i += 1;
    }
}

/// Quotations the text ties to `org` (`None`: to no organisation).
fn quotes(observations: &Observations<'_>, org: Option<&str>) -> Vec<QuoteRow> {
    let mut rows: Vec<QuoteRow> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for o in observations.iter() {
        let Fact::Quote {
            speaker,
            text,
            language,
        } = o.fact
        else {
            continue;
        };
        if o.about != org {
            continue;
        }
        match index.entry(text.as_str()) {
            Entry::Occupied(at) => add_source(&mut rows[*at.get()].sources, o.citation),
            Entry::Vacant(slot) => {
                slot.insert(rows.len());
                rows.push(QuoteRow {
                    speaker: speaker.as_ref().map(ToString::to_string),
                    text: text.clone(),
                    language: language.clone(),
                    sources: vec![o.citation],
                });
            }
        }
    }
    for row in &mut rows {
        finish_sources(&mut row.sources);
    }
    rows.sort_by_key(|r| r.sources.first().copied());
    rows
}

/// Figures the text ties to `org` (`None`: to no organisation); one row per counted noun
/// and value.
fn figures(observations: &Observations<'_>, org: Option<&str>) -> Vec<FigureRow> {
    let mut rows: Vec<FigureRow> = Vec::new();
    // Row index by noun and value: a corpus has thousands of distinct figures.
    let mut index: HashMap<(&str, u64), usize> = HashMap::new();
    for o in observations.iter() {
        let Fact::Figure {
            quantity, counts, ..
        } = o.fact
        else {
            continue;
        };
        if o.about != org {
            continue;
        }
        match index.entry((counts.as_str(), quantity.value.to_bits())) {
            Entry::Occupied(at) => {
                add_source(&mut rows[*at.get()].sources, o.citation);
            }
            Entry::Vacant(slot) => {
                slot.insert(rows.len());
                rows.push(FigureRow {
                    quantity: *quantity,
                    counts: counts.clone(),
                    sources: vec![o.citation],
                });
            }
        }
    }
    for row in &mut rows {
        finish_sources(&mut row.sources);
    }
    rows.sort_by_key(|r| r.sources.first().copied());
    rows
}

/// Events naming `org` as a participant; reports of the same kind of event on the same
/// date at the same place (or with one side silent about the place) are one row.
fn events(org: &str, observations: &Observations<'_>) -> Vec<EventRow> {
    let mut rows: Vec<EventRow> = Vec::new();
    // The rows of each kind and date in the order they were opened (the place is matched
    // among them).
    let mut by_kind_and_date: HashMap<(EventType, Option<When>), Vec<usize>> = HashMap::new();
    for o in observations.iter() {
        let Fact::Event {
            event_type,
            place,
            date,
            participants,
        } = o.fact
        else {
            continue;
        };
        if !participants
            .iter()
            .any(|p| matches!(p, EntityRef::Org(id) if id.as_str() == org))
        {
            continue;
        }
        let states: Vec<StateId> = participants
            .iter()
            .filter_map(|p| match p {
                EntityRef::State(id) => Some(id.clone()),
                _ => None,
            })
            .collect();
        let candidates = by_kind_and_date.entry((*event_type, *date)).or_default();
        let same = candidates.iter().copied().find(|&index| {
            let r = &rows[index];
            r.place == *place || r.place.is_none() || place.is_none()
        });
        match same.map(|index| &mut rows[index]) {
            Some(row) => {
                if row.place.is_none() {
                    row.place.clone_from(place);
                }
                for state in states {
                    if !row.states.contains(&state) {
                        row.states.push(state);
                    }
                }
                add_source(&mut row.sources, o.citation);
            }
            None => {
                candidates.push(rows.len());
                rows.push(EventRow {
                    event_type: *event_type,
                    date: *date,
                    place: place.clone(),
                    states,
                    sources: vec![o.citation],
                });
            }
        }
    }
    for row in &mut rows {
        finish_sources(&mut row.sources);
    }
    rows.sort_by_cached_key(|r| {
        (
            r.date.is_none(),
            r.date.map(|d| d.bounds().0),
            r.sources.first().copied(),
        )
    });
    rows
}

/// Adds a citation to a row's sources; [`finish_sources`] sorts them once the row is
/// complete. (Inserting in order was quadratic for rows with thousands of sources, such
/// as a summit every article mentions.)
fn add_source(sources: &mut Vec<usize>, citation: usize) {
    if sources.last() != Some(&citation) {
        sources.push(citation);
    }
}

/// Sorts a row's sources, drops repeats and the room left for more.
fn finish_sources(sources: &mut Vec<usize>) {
    sources.sort_unstable();
    sources.dedup();
    sources.shrink_to_fit();
}

/// Whether two reported quantities agree: equal, or within the tolerance when either is
/// approximate.
fn agree(a: &Quantity, b: &Quantity) -> bool {
    use lagebild_model::Qualifier::{Exact, Vague};
    if a.value == b.value {
        return true;
    }
    let loose = a.qualifier != Exact || b.qualifier != Exact;
    let vague = a.qualifier == Vague || b.qualifier == Vague;
    let larger = a.value.abs().max(b.value.abs());
    vague || (loose && (a.value - b.value).abs() <= APPROX_TOLERANCE * larger)
}

/// Year of the latest report, for telling a change over time from a disagreement.
fn report_year(s: &Supported<'_, Quantity>) -> Option<i32> {
    s.last_reported.map(|w| w.bounds().1.get_year())
}

/// Disagreements: founding dates that cannot both be true; member counts for the same
/// time; force strengths, contingent sizes and stationed troops that do not agree when
/// reported in the same year (a later report with a new figure is a change, not a
/// conflict).
fn conflicts<'d>(view: &OrgDossier<'d>) -> Vec<Conflict<'d>> {
    let mut out = Vec::new();
    let org = view.org.as_str();
    if view
        .founded
        .iter()
        .any(|a| view.founded.iter().any(|b| !a.value.overlaps(&b.value)))
    {
        out.push(Conflict {
            subject: format!("founded {org}"),
            about: ConflictAbout::Founded,
            values: view
                .founded
                .iter()
                .map(|s| relabel(s, ConflictValue::Date(s.value)))
                .collect(),
        });
    }
    // A conflict is two counts for one month.
    let mut by_month: BTreeMap<(i32, Option<u8>), Vec<&Supported<'d, MemberCount>>> =
        BTreeMap::new();
    for count in &view.member_counts {
        let Some(date) = count.value.date else {
            continue;
        };
        let (from, _) = date.bounds();
        by_month
            .entry((from.get_year(), from.get_month()))
            .or_default()
            .push(count);
    }
    for counts in by_month.into_values() {
        let first = counts[0];
        let differ = counts
            .iter()
            .any(|c| c.value.count.value != first.value.count.value);
        if let (true, Some(month)) = (differ, first.value.date) {
            let values = counts
                .into_iter()
                .map(|c| relabel(c, ConflictValue::Quantity(c.value.count)))
                .collect();
            out.push(Conflict {
                subject: format!("member_count {org} {month}"),
                about: ConflictAbout::MemberCount { month },
                values,
            });
        }
    }
    let mut quantity_conflict =
        |subject: String, about: ConflictAbout, figures: &[Supported<'d, Quantity>]| {
            let clash = figures.iter().enumerate().any(|(i, a)| {
                figures[i + 1..]
                    .iter()
                    .any(|b| !agree(&a.value, &b.value) && report_year(a) == report_year(b))
            });
            if clash {
                out.push(Conflict {
                    subject,
                    about,
                    values: figures
                        .iter()
                        .map(|s| relabel(s, ConflictValue::Quantity(s.value)))
                        .collect(),
                });
            }
        };
    for force in &view.forces {
        let kind = serde_json::to_value(force.force_type)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        quantity_conflict(
            format!("force {org} {kind}"),
            ConflictAbout::Force {
                force_type: force.force_type,
            },
            &force.strength,
        );
    }
    for deployment in &view.deployments {
        for contingent in &deployment.contingents {
            let start = deployment.start.map(|s| s.to_string()).unwrap_or_default();
            let subject = format!(
                "contingent {org} {} {start} {}",
                deployment.host, contingent.state
            );
            let about = ConflictAbout::Contingent {
                host: deployment.host.clone(),
                state: contingent.state.clone(),
                start: deployment.start,
            };
            quantity_conflict(subject, about, &contingent.troops);
        }
    }
    for row in &view.stationed {
        quantity_conflict(
            format!("stationed {} {}", row.state, row.location.id()),
            ConflictAbout::Stationed {
                state: row.state.clone(),
                location: row.location.clone(),
            },
            &row.troops,
        );
    }
    out
}

fn relabel<'d, T, U>(s: &Supported<'d, T>, value: U) -> Supported<'d, U> {
    Supported {
        value,
        sources: s.sources.clone(),
        corroboration: s.corroboration,
        first_reported: s.first_reported,
        last_reported: s.last_reported,
        provenance: s.provenance.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(name: &str, of: Option<&str>, sources: &[usize]) -> RoleRow {
        RoleRow {
            role: name.to_owned(),
            of: of.map(|s| EntityRef::State(StateId::new(s))),
            sources: sources.to_vec(),
            first_reported: None,
            last_reported: None,
        }
    }

    #[test]
    fn a_role_without_its_state_joins_the_one_report_that_names_it() {
        let mut roles = vec![
            role("Präsident", None, &[1]),
            role("Präsident", Some("RU"), &[7]),
            role("Premierminister", None, &[3]),
        ];
        fold_unqualified_roles(&mut roles);
        assert_eq!(roles.len(), 2);
        assert_eq!(roles[0].of, Some(EntityRef::State(StateId::new("RU"))));
        assert_eq!(roles[0].sources, [7, 1]);
        assert_eq!(roles[1].role, "Premierminister");
    }

    #[test]
    fn a_role_held_of_two_states_keeps_its_unqualified_reports_apart() {
        let mut roles = vec![
            role("Botschafter", None, &[1]),
            role("Botschafter", Some("DE"), &[2]),
            role("Botschafter", Some("FR"), &[3]),
        ];
        fold_unqualified_roles(&mut roles);
        assert_eq!(roles.len(), 3);
    }
}
