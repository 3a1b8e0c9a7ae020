//! Deployments and their national contingents, collected over an article's sentences:
//! one deployment per host state, in the order the article names the hosts.
//!
//! A sentence takes part when it speaks of sending or having troops somewhere (a verb of
//! deploying or taking part, a contingent noun, or a count of troops). The host is a
//! state or place after `in`/`nach` in that sentence; without one, the host the sentences
//! before named is kept (articles name the mission once, then list who takes part), and
//! failing that the article's most named host. Contingents are a state with its count
//! (`Russland 3.000`, `Spanien mit 675`, `Italien (1044)`, `500 französische Soldaten`),
//! or a state that takes part without a count (`beteiligt sind außerdem Albanien,
//! Tschechien und Italien`). A planned move or an increment (`sollen … entsenden`,
//! `850 zusätzliche Soldaten`) gives no count: a contingent takes its current size.

use crate::context::{ArticleContext, Sentence};
use crate::gazetteer::Form;
use crate::lexicon::{Lexicon, Table};
use crate::number::NumberMention;
use lagebild_model::{Contingent, Deployment, EntityKind, EntityRef, Fact, OrgId, StateId, When};

/// Whether `word` (any case, any punctuation around it) names troops.
pub(crate) fn is_troop_noun(lexicon: &Lexicon, word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    lexicon.words(Table::TroopStems).iter().any(|e| {
        ends_with_ignore_case(word, e)
            // `Mann` alone, not `Hauptmann` or `Obmann`.
            && (*e != "mann" || word.chars().count() == 4)
            && (*e != "personen" || word.chars().count() == 8)
    })
}

/// Whether `word` ends with the lowercase `ending`, in any case, without a copy.
fn ends_with_ignore_case(word: &str, ending: &str) -> bool {
    let mut word = word.chars().rev();
    ending.chars().rev().all(|e| {
        word.next()
            .is_some_and(|c| c == e || c.to_lowercase().eq(std::iter::once(e)))
    })
}

/// Whether one of the `within` words right after `number` names troops, and none
/// before it makes the number an increment.
fn counts_troops(sentence: &Sentence<'_>, number: &NumberMention, within: usize) -> bool {
    let words = sentence.text[number.end..].split_whitespace();
    let increment = words.clone().next().is_some_and(|first| {
        sentence
            .lexicon
            .words(Table::Increment)
            .iter()
            .any(|i| first.chars().flat_map(char::to_lowercase).eq(i.chars()))
    });
    if increment {
        return false;
    }
    // `rund 500 der gut 1100 ausländischen Soldaten`: a part of a counted whole counts
    // the same troops; the whole's own noun is further on.
    let mut ahead = words.clone();
    if matches!(ahead.next(), Some("der" | "von")) {
        let whole = ahead
            .by_ref()
            .take(2)
            .position(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if whole.is_some()
            && ahead
                .take(within)
                .any(|w| is_troop_noun(sentence.lexicon, w))
        {
            return true;
        }
    }
    if words
        .clone()
        .take(within)
        .any(|w| is_troop_noun(sentence.lexicon, w))
    {
        return true;
    }
    // `rund 1100 Frauen und Männer`: people of a unit named in a phrase.
    let rest = sentence.text[number.end..].trim_start();
    let end = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
    let start = sentence.text.len() - rest.len();
    // Borrowed from the sentence's lowercase copy where offsets agree.
    let after = sentence.lower_of(start..start + end);
    sentence
        .lexicon
        .words(Table::TroopPhrases)
        .iter()
        .any(|p| after.starts_with(p))
}

/// Who carries a deployment, as far as one sentence says: the one organisation it
/// names, or the state whose own force it names (`Afrikakorps`, `Barkhane`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Carrier {
    Org(String),
    State(String),
}

/// One host's deployment by one carrier as the article's sentences build it.
struct HostDeployment {
    host: String,
    /// The carrier a sentence named; deployments at one host with different carriers
    /// are different deployments (the UN mission in Mali and Russia's forces there).
    carrier: Option<Carrier>,
    /// The sentence that touched it last: a sentence that names no carrier continues
    /// the deployment at its host it was last about.
    touched: usize,
    org: Option<String>,
    contingents: Vec<Contingent>,
    start: Option<When>,
    end: Option<When>,
    /// The sentence that gave most of it (the fact's provenance).
    anchor: usize,
    /// How many counted contingents the anchor sentence gave: the sentence with the
    /// most counts is the one a reader wants cited.
    anchor_counts: usize,
    /// The states whose count a sentence set at an earlier time gave (`schickte damals
    /// 120 Soldaten`): any count told of the present replaces it.
    earlier_counts: Vec<StateId>,
}

/// Collects an article's deployments sentence by sentence.
#[derive(Default)]
pub(crate) struct Deployments {
    hosts: Vec<HostDeployment>,
    /// The host the latest deploying sentence named.
    current: Option<String>,
    /// Contingents named before any host: they go to the article's main host.
    /// Each with its sentence and whether that sentence tells an earlier time.
    unplaced: Vec<(Contingent, usize, bool)>,
    /// How often each host was named in deploying sentences.
    named: Vec<(String, u32)>,
    /// Whether the sentence before was a row of a table of counts with its count taken
    /// (`Spanien: gut 500 Soldaten`): the rows after it need no troop noun of their own
    /// (`Italien: rund 250`).
    table_run: bool,
    /// A mission's beginning told before any host was named, and its sentence.
    unplaced_start: Option<When>,
    unplaced_start_at: usize,
    /// The host of the first mission the article names in any sentence (`Friedenstruppe
    /// auf Zypern (UNFICYP)`): where contingents go when no deploying sentence named one.
    mission_host: Option<&'static str>,
}

impl Deployments {
    /// A heading opens a section about `host` (or about no one host): the sections
    /// before do not lend it theirs.
    pub(crate) fn enter_section(&mut self, host: Option<&str>) {
        self.current = host.map(str::to_owned);
    }

    /// Reads one sentence; `last_place` is the gazetteer entry of the place the
    /// sentences before named last (`in die Region` sends troops there),
    /// `paragraph_states` the states its paragraph named so far (`hier`, `dort`),
    /// `paragraph_date` the latest date the sentences before in its paragraph gave, and
    /// `last_day` the last day any sentence named (`am selben Tag`).
    pub(crate) fn add(
        &mut self,
        index: usize,
        sentence: &Sentence<'_>,
        context: &ArticleContext<'_>,
        (last_place, paragraph_states): (Option<usize>, &[&str]),
        (paragraph_date, last_day): (Option<When>, Option<When>),
    ) {
        self.requested_by(sentence, context);
        if self.mission_host.is_none() {
            self.mission_host = sentence
                .of_kind(context.gazetteer, EntityKind::Org)
                .find_map(|m| mission_host(&sentence.text[m.start..m.end]));
        }
        let deploying = sentence.has_any(Table::DeployWords);
        let taking_part = sentence.has_any(Table::TakePart) && !only_progressive_dabei(sentence);
        // `find_any`, not `has_any`: separable verbs (`zog … ab`) count.
        let ending = sentence.find_any(Table::EndWords).is_some();
        // Without a word of deploying, a sentence still counts troops by its shape: a
        // count of troops (`rund 1000 Soldaten`), or a list of states with their counts
        // (`Italien (1044), Indien (902)`).
        // (The cheap questions first: most sentences name fewer than two states and no
        // troops, and their numbers are never parsed.)
        let row = is_count_row(sentence, context);
        let table_run = std::mem::take(&mut self.table_run) && row;
        let shaped = !deploying
            && !taking_part
            && !ending
            // A list of counts has its own punctuation (`Italien (1044)`, `Lettland:
            // 1887`) or `mit` (`Spanien mit 675`).
            && ((sentence.states(context.gazetteer).nth(1).is_some()
                && (sentence.text.contains(['(', ':']) || sentence.lower.contains(" mit "))
                && sentence.numbers().iter().any(|n| !n.year_like))
                || (sentence.has_any(Table::TroopStems)
                    && sentence
                        .numbers()
                        .iter()
                        .any(|n| !n.year_like && counts_troops(sentence, n, 3)))
                || table_run
                // `Derzeit dienen dort rund 200 Norwegerinnen und Norweger`.
                || (sentence.has_any(Table::ServeHere) && counts_people(sentence, context)));
        // A sentence on the mission's beginning (`Der Sicherheitsrat setzte sie im März
        // 1978 ein`) dates the deployment it is about, though it names no troops.
        let starting = !deploying
            && !taking_part
            && !ending
            && !shaped
            // `find_any`, not `has_any`: separable verbs (`setzte … ein`) count. `seit`
            // alone dates a state of things (`sie arbeitet seit 1996 mit ihm zusammen`),
            // not a mission's start.
            && sentence.find_any(Table::StartWords).is_some()
            && sentence.has_entry_except(Table::StartWords, "seit")
            // The mission referred to, or the call for help it answers (`bat das
            // Bündnis um Hilfe, am 6. Januar fiel der Beschluss`).
            && (sentence
                .lexicon
                .words(Table::MissionReferences)
                .iter()
                .any(|w| sentence.lower.contains(w))
                || sentence.has_any(Table::Requests))
            && !sentence.dates().is_empty();
        if starting {
            let Some(start) = start_date(sentence) else {
                return;
            };
            let current = self.current.clone();
            match current.and_then(|c| self.hosts.iter_mut().find(|d| d.host == c)) {
                Some(d) => {
                    if d.start.is_none_or(|old| begins_earlier(start, old)) {
                        d.start = Some(start);
                    }
                }
                // Before any host: the article's main host gets it (`finish`).
                None => {
                    if self
                        .unplaced_start
                        .is_none_or(|old| begins_earlier(start, old))
                    {
                        self.unplaced_start = Some(start);
                        self.unplaced_start_at = index;
                    }
                }
            }
            return;
        }
        if !deploying && !taking_part && !ending && !shaped {
            return;
        }
        // A move told as not made (`hat bisher keine Truppen in die Ukraine geschickt`)
        // deploys no one; `nicht nur … sondern auch` is no negation.
        if !ending && negated(sentence) && !sentence.lower.contains("nicht nur") {
            return;
        }
        // Troops at an exercise (`übten rund 10.000 Soldaten in Rumänien`, `trainieren
        // Einheiten aus Belarus`) are not deployed there.
        if !deploying && !ending && tells_exercise(sentence) {
            return;
        }
        // Counts of the dead and wounded (`wurden 100 Soldaten getötet`) are no troops
        // sent anywhere, unless the sentence also speaks of sending them.
        if !deploying
            && !taking_part
            && sentence
                .lexicon
                .words(Table::Casualties)
                .iter()
                .any(|w| sentence.lower.contains(w))
        {
            return;
        }
        // Troops based somewhere for good are stationed, not deployed (`sind … stationiert`,
        // `auf dem Stützpunkt`), unless the sentence also sends them.
        // Troops pulled out of a base (`die dort stationierten Soldaten zogen ab`) end a
        // deployment.
        if !deploying
            && !ending
            && sentence
                .lexicon
                .words(Table::Stationed)
                .iter()
                .any(|w| sentence.lower.contains(w))
        {
            return;
        }
        let gazetteer = context.gazetteer;
        // Without a state or place named, a sentence can only date or end the current
        // deployment; most sentences that pass the gates above are settled here.
        let names_somewhere = sentence.mentions.iter().any(|m| {
            matches!(
                gazetteer.entry(m.entry).kind,
                EntityKind::State | EntityKind::Place | EntityKind::Org
            )
        });
        if !names_somewhere && !ending && sentence.find_any(Table::StartWords).is_none() {
            return;
        }
        // A withdrawal told as a noun is done unless the sentence has it begun, demanded
        // or announced (`hat mit dem Abzug … begonnen`, `verlangt den Abzug`).
        let pulled_out = sentence.find_any(Table::EndWords).is_some_and(|at| {
            !sentence
                .lower
                .get(at..)
                .is_some_and(|w| w.starts_with("abzug"))
                || !sentence
                    .lexicon
                    .words(Table::UnderWay)
                    .iter()
                    .any(|w| sentence.lower.contains(w))
        });
        // Hosts: a state or a place (its state) after `in`/`nach`. A verb that begins a
        // deployment moves troops too (`brachen … nach Rumänien auf`).
        let moving_once = std::cell::OnceCell::new();
        let moving =
            || *moving_once.get_or_init(|| sentence.has_entry_except(Table::StartWords, "seit"));
        let mut hosts: Vec<String> = Vec::new();
        for mention in sentence.mentions.iter() {
            // `nach` names a destination only with a verb of sending (`nach Uganda der
            // zweitgrößte` is a ranking); `in` always names where troops are.
            // Troops pulled out leave `aus` their host (`zog seine Soldaten aus Mali ab`,
            // `meldete den vollständigen Abzug … aus Niger`); a withdrawal under way
            // (`hat mit dem Abzug … aus Berg-Karabach begonnen`) leaves them there.
            let leaving_from =
                pulled_out && sentence.preposition_before(mention.start) == Some("aus");
            let Some(preposition) =
                place_preposition(sentence, mention.start).or(leaving_from.then_some("aus"))
            else {
                continue;
            };
            // `in der mosambikanischen Provinz Cabo Delgado`: a region of the state.
            let region = || {
                sentence.word_after(mention.end).is_some_and(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    sentence
                        .lexicon
                        .words(Table::RegionNouns)
                        .contains(&w.as_str())
                })
            };
            if (mention.form == Form::Adjective && !region())
                || (preposition == "nach" && !deploying && !taking_part && !moving())
            {
                continue;
            }
            let entry = gazetteer.entry(mention.entry);
            // A capital after `in` is where talks happen (`in Moskau`), not a host.
            let capital = mention.entry > 0
                && gazetteer
                    .capital(mention.entry - 1)
                    .is_some_and(|c| std::ptr::eq(c, entry));
            let state = match entry.kind {
                EntityKind::State => Some(entry.id.as_str()),
                EntityKind::Place if !capital => entry.parent.as_deref().filter(|p| p.len() == 2),
                _ => None,
            };
            if let Some(state) = state
                && !hosts.iter().any(|h| h == state)
            {
                hosts.push(state.to_owned());
            }
        }
        // `in die Region`, `in das Gebiet`: the place named before, in its state.
        if hosts.is_empty()
            && (deploying || taking_part)
            && sentence.has_word(Table::PlaceReferences)
            && let Some(state) = last_place
                .and_then(|p| gazetteer.entry(p).parent.as_deref())
                .filter(|p| p.len() == 2)
            && ["in die ", "in das ", "in der ", "dorthin"]
                .iter()
                .any(|p| sentence.lower.contains(p))
        {
            hosts.push(state.to_owned());
        }
        // `Kasachstan beherbergt keine Kampftruppe … Hier kam die OVKS zum Einsatz`: the
        // host in play if the paragraph named it, else the state the paragraph named last.
        if hosts.is_empty()
            && (deploying || taking_part)
            && sentence.words().any(|w| w == "hier" || w == "dort")
        {
            let current = self
                .current
                .as_deref()
                .filter(|c| paragraph_states.contains(c));
            if let Some(state) = current.or(paragraph_states.last().copied()) {
                hosts.push(state.to_owned());
            }
        }
        // A mission names its host (`bei der KFOR`).
        if hosts.is_empty() {
            for mention in sentence.of_kind(gazetteer, EntityKind::Org) {
                if let Some(host) = mission_host(&sentence.text[mention.start..mention.end]) {
                    hosts.push(host.to_owned());
                    break;
                }
            }
        }
        let plans = Plans::of(sentence);
        let mut numbered = contingents_with_numbers(sentence, context, &hosts, &plans, table_run);
        self.table_run = row && numbered.iter().any(|c| c.troops.is_some());
        // A shape alone needs a list of two counts or a count with troops.
        if shaped && numbered.len() < 2 && numbered.iter().all(|c| c.troops.is_none()) {
            numbered.clear();
        }
        let mut found: Vec<Contingent> = numbered;
        // States that take part without a count: named in a sentence of taking part,
        // neither a host here nor counted already, and not in a planned statement.
        if taking_part && !negated(sentence) {
            for (mention, id) in sentence.named_states(gazetteer) {
                if mention.form == Form::Adjective
                    || plans.at(mention.start)
                    || after_border_preposition(sentence, mention.start)
                    || hosts.iter().any(|h| h == id)
                    || after_place_preposition(sentence, mention.start)
                    || between_sides(sentence, mention.start)
                    || found.iter().any(|c| c.state.as_str() == id)
                    || after_source_word(sentence, mention.start)
                {
                    continue;
                }
                found.push(Contingent {
                    state: StateId::new(id),
                    troops: None,
                });
            }
        }
        if !hosts.is_empty() && (deploying || taking_part || shaped) {
            self.current = hosts.first().cloned();
            for host in &hosts {
                match self.named.iter_mut().find(|(h, _)| h == host) {
                    Some(n) => n.1 += 1,
                    None => self.named.push((host.clone(), 1)),
                }
            }
        }
        // The host carries over only to a sentence that names no other place: `In der
        // Region Transnistrien stehen …` after a paragraph on Kyrgyzstan is elsewhere.
        let elsewhere = || {
            sentence.mentions.iter().any(|m| {
                let entry = gazetteer.entry(m.entry);
                entry.kind == EntityKind::Place
                    && entry.parent.as_deref() != self.current.as_deref()
            })
        };
        let targets: Vec<String> = if hosts.is_empty() {
            if elsewhere() {
                Vec::new()
            } else {
                self.current.iter().cloned().collect()
            }
        } else {
            hosts.clone()
        };
        let org = sentence.org(context);
        // Dates are parsed only where a start word and somewhere to put it are.
        let start_word = sentence.find_any(Table::StartWords);
        let start = (start_word.is_some_and(|at| !plans.at(at))
            && (!targets.is_empty() || !found.is_empty() || deploying))
            .then(|| {
                // `Ihren größten Einsatz hatte die Truppe im März 2011. Damals rollten …`:
                // a sentence that tells the move without a date of its own is dated by the
                // paragraph that introduced it.
                // `am selben Tag` is the day named last.
                let told_before = paragraph_date
                    .or_else(|| last_day.filter(|_| sentence.has_any(Table::SameDay)));
                start_date(sentence).or(told_before.filter(|_| sentence.dates().is_empty()))
            })
            .flatten();
        let end_word = sentence.find_any(Table::EndWords);
        let end = (ending && end_word.is_some_and(|at| !plans.at(at)))
            .then(|| sentence.main_date(end_word))
            .flatten();
        if targets.is_empty() {
            let earlier_time = sentence.has_word(Table::EarlierTime);
            self.unplaced
                .extend(found.into_iter().map(|c| (c, index, earlier_time)));
            if let Some(start) = start
                && self
                    .unplaced_start
                    .is_none_or(|old| begins_earlier(start, old))
            {
                self.unplaced_start = Some(start);
                self.unplaced_start_at = index;
            }
            return;
        }
        let carrier = carrier(sentence, context);
        // `100 Soldaten des Afrikakorps`: a count no state owns is the force's state's.
        if let Some(Carrier::State(state)) = &carrier
            && found.iter().all(|c| c.troops.is_none())
            && let Some(n) = sentence.numbers().iter().find(|n| {
                !n.year_like
                    && !in_date(sentence, n)
                    && !plans.counts_at(n.start)
                    && counts_troops(sentence, n, 2)
            })
        {
            found.retain(|c| c.state.as_str() != state);
            found.push(Contingent {
                state: StateId::new(state.as_str()),
                troops: Some(lagebild_model::Quantity::new(
                    n.quantity.value,
                    n.quantity.qualifier,
                )),
            });
        }
        // `schickte damals 120 Soldaten`: a size told of an earlier time is kept only
        // where no other is known.
        let earlier_time = sentence.has_word(Table::EarlierTime);
        for (i, host) in targets.iter().enumerate() {
            // A state's own force at home is deployed nowhere.
            if carrier == Some(Carrier::State(host.clone())) {
                continue;
            }
            let compatible = |d: &HostDeployment| {
                &d.host == host
                    && match (&d.carrier, &carrier) {
                        (Some(theirs), Some(ours)) => theirs == ours,
                        _ => true,
                    }
            };
            let latest = self
                .hosts
                .iter()
                .enumerate()
                .filter(|(_, d)| compatible(d))
                .max_by_key(|(_, d)| d.touched)
                .map(|(at, _)| at);
            let at = match latest {
                Some(at) => at,
                None if found.is_empty() && start.is_none() && !hosts.contains(host) => continue,
                None => {
                    self.hosts.push(HostDeployment {
                        host: host.clone(),
                        carrier: None,
                        touched: index,
                        org: None,
                        contingents: Vec::new(),
                        start: None,
                        end: None,
                        anchor: index,
                        anchor_counts: 0,
                        earlier_counts: Vec::new(),
                    });
                    self.hosts.len() - 1
                }
            };
            let deployment = &mut self.hosts[at];
            deployment.touched = index;
            if deployment.carrier.is_none() {
                deployment.carrier = carrier.clone();
            }
            if deployment.org.is_none() {
                deployment.org = org.map(str::to_owned);
            }
            let counts = found.iter().filter(|c| c.troops.is_some()).count();
            if (deployment.contingents.is_empty() && !found.is_empty())
                || counts > deployment.anchor_counts
            {
                deployment.anchor = index;
                deployment.anchor_counts = counts;
            }
            // A count goes to the first host only; taking part, to every host named.
            for c in &found {
                if c.state.as_str() == host.as_str() || (i > 0 && c.troops.is_some()) {
                    continue;
                }
                merge(deployment, c, earlier_time);
            }
            // The earliest start any sentence gives: articles retell a mission's
            // beginning after its latest turn.
            let earlier = match (start, deployment.start) {
                (Some(new), Some(old)) => begins_earlier(new, old),
                (Some(_), None) => true,
                (None, _) => false,
            };
            if earlier {
                deployment.start = start;
                // Without contingents, the start is what the sentence cites.
                if deployment.contingents.is_empty() {
                    deployment.anchor = index;
                }
            }
            if end.is_some() && hosts.contains(host) {
                deployment.end = end;
            }
        }
    }

    /// A state that calls for help (`bat das Bündnis um Unterstützung`, `Auf Bitten des
    /// Königshauses in Manama`) is where the troops that answer will go: it becomes the
    /// current host, named by itself or by its capital.
    fn requested_by(&mut self, sentence: &Sentence<'_>, context: &ArticleContext<'_>) {
        if !sentence.has_any(Table::Requests) {
            return;
        }
        let gazetteer = context.gazetteer;
        // The one who asks is the subject: a state after a preposition (`an der Grenze
        // zu Aserbaidschan`) is not; a seat of government is (`des Königshauses in
        // Manama`).
        let requester = sentence.mentions.iter().find_map(|m| {
            let seat = gazetteer.capital_of(m.entry).is_some()
                && sentence.preposition_before(m.start) == Some("in");
            if m.form == Form::Adjective || (after_any_preposition(sentence, m.start) && !seat) {
                return None;
            }
            let entry = gazetteer.entry(m.entry);
            match entry.kind {
                EntityKind::State => Some(entry.id.as_str()),
                EntityKind::Place => gazetteer.capital_of(m.entry),
                _ => None,
            }
        });
        if let Some(host) = requester {
            self.current = Some(host.to_owned());
            match self.named.iter_mut().find(|(h, _)| h == host) {
                Some(n) => n.1 += 1,
                None => self.named.push((host.to_owned(), 1)),
            }
        }
    }

    /// The article's deployments, each with its provenance sentence: a host with
    /// contingents or a start date.
    pub(crate) fn finish(mut self, context: &ArticleContext<'_>) -> Vec<(usize, Fact)> {
        let main = self
            .named
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(h, _)| h.clone());
        // No deploying sentence named a host: the mission the article named has one.
        let main = match (main, self.mission_host) {
            (None, Some(host)) if !self.unplaced.is_empty() => {
                if !self.hosts.iter().any(|d| d.host == host) {
                    self.hosts.push(HostDeployment {
                        host: host.to_owned(),
                        carrier: None,
                        touched: 0,
                        org: None,
                        contingents: Vec::new(),
                        start: None,
                        end: None,
                        anchor: self.unplaced.first().map_or(0, |(_, index, _)| *index),
                        anchor_counts: 0,
                        earlier_counts: Vec::new(),
                    });
                }
                Some(host.to_owned())
            }
            (main, _) => main,
        };
        // A beginning told before any host goes to the main host, whose deployment it
        // opens when no sentence gave it troops yet (`Noch am selben Tag beschloss der
        // Rat die Entsendung einer Friedenstruppe`).
        if let (Some(start), Some(host)) = (self.unplaced_start, main.as_ref()) {
            if !self.hosts.iter().any(|d| &d.host == host) {
                self.hosts.push(HostDeployment {
                    host: host.clone(),
                    carrier: None,
                    touched: 0,
                    org: context.topic_org.clone(),
                    contingents: Vec::new(),
                    start: None,
                    end: None,
                    anchor: self.unplaced_start_at,
                    anchor_counts: 0,
                    earlier_counts: Vec::new(),
                });
            }
            if let Some(d) = self.hosts.iter_mut().find(|d| &d.host == host)
                && d.start.is_none_or(|old| begins_earlier(start, old))
            {
                d.start = Some(start);
            }
        }
        if let Some(main) = main
            && let Some(d) = self.hosts.iter_mut().find(|d| d.host == main)
        {
            for (c, _, earlier_time) in &self.unplaced {
                if c.state.as_str() != main {
                    merge(d, c, *earlier_time);
                }
            }
        }
        // A state's own force is that state's troops, counted or not.
        for d in &mut self.hosts {
            if let Some(Carrier::State(state)) = &d.carrier
                && d.contingents.is_empty()
            {
                d.contingents.push(Contingent {
                    state: StateId::new(state.as_str()),
                    troops: None,
                });
            }
        }
        self.hosts
            .into_iter()
            .filter(|d| !d.contingents.is_empty() || d.start.is_some())
            .map(|d| {
                // The actor: the alliance the sentences named, else the one state that
                // sends troops, else the article's organisation.
                let actor = match (&d.carrier, &d.org, d.contingents.as_slice()) {
                    (Some(Carrier::Org(org)), _, _) => EntityRef::Org(OrgId::new(org.as_str())),
                    (Some(Carrier::State(state)), _, _) => {
                        EntityRef::State(StateId::new(state.as_str()))
                    }
                    (None, org, contingents) => match (org, contingents) {
                        (Some(org), _) => EntityRef::Org(OrgId::new(org.as_str())),
                        (None, [only]) => EntityRef::State(only.state.clone()),
                        (None, _) => match &context.topic_org {
                            Some(org) => EntityRef::Org(OrgId::new(org.as_str())),
                            None => match d.contingents.first() {
                                Some(first) => EntityRef::State(first.state.clone()),
                                None => EntityRef::State(StateId::new(d.host.as_str())),
                            },
                        },
                    },
                };
                (
                    d.anchor,
                    Fact::Deployment(Box::new(Deployment {
                        actor,
                        host: StateId::new(d.host),
                        start: d.start,
                        end: d.end,
                        purpose: None,
                        contingents: d.contingents,
                    })),
                )
            })
            .collect()
    }
}

/// The host a heading names: its one state (`Lettland: Kanadas größter Einsatz` names
/// Latvia before the colon), or none where it names several or none.
pub(crate) fn section_host(
    heading: &str,
    mentions: &[crate::gazetteer::Mention],
    gazetteer: &'static crate::gazetteer::Gazetteer,
) -> Option<&'static str> {
    let colon = heading.find(':').unwrap_or(heading.len());
    // `Tschechien: rund 80` is a row of a table of counts, not a section about a host.
    if heading[colon..].contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A question asks about a state's part (`Welche Rolle spielt Deutschland?`): only
    // a place it names after `in`/`nach` (`Was geschieht in Mali?`) is a host.
    let question = heading.trim_end().ends_with('?');
    let states: Vec<(usize, &'static str)> = mentions
        .iter()
        .filter(|m| m.form != Form::Adjective)
        .filter(|m| !question || preposition_at(heading, m.start).is_some())
        .filter_map(|m| {
            let entry = gazetteer.entry(m.entry);
            (entry.kind == EntityKind::State).then_some((m.start, entry.id.as_str()))
        })
        .collect();
    let before_colon: Vec<&'static str> = states
        .iter()
        .filter(|(at, _)| *at < colon)
        .map(|(_, id)| *id)
        .collect();
    match (before_colon.as_slice(), states.as_slice()) {
        ([one], _) if colon < heading.len() => Some(*one),
        (_, [(_, one)]) => Some(*one),
        _ => None,
    }
}

/// `in` or `nach` right before `start` in `text`, as a heading names where.
fn preposition_at(text: &str, start: usize) -> Option<&'static str> {
    let mut words = text.get(..start)?.split_whitespace().rev();
    let mut word = words.next()?;
    // `in der Slowakei`, `in den Niederlanden`.
    if ["der", "die", "den", "dem", "das"].contains(&word) {
        word = words.next()?;
    }
    ["in", "im", "nach"]
        .into_iter()
        .find(|p| word.eq_ignore_ascii_case(p))
}

/// The missions table: each name (lowercase) with the state it serves in.
static MISSIONS: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
    include_str!("../../data/missions.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut columns = line.split('\t');
            let names = columns.next()?;
            let host = columns.nth(1)?.trim();
            Some(
                names
                    .split(';')
                    .map(|n| (n.trim().to_lowercase(), host.to_owned()))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect()
});

/// The host of the mission a name (as written, perhaps with a hyphen compound after
/// it: `KFOR-Soldaten`) stands for.
pub(crate) fn mission_host(name: &str) -> Option<&'static str> {
    let name = name.trim_end_matches('-');
    // The name as written, or without a genitive `-s` (`der KFORs` is rare, `Unifils` not).
    let bare = name.strip_suffix(['s', 'S']).unwrap_or(name);
    let find = |wanted: &str| {
        MISSIONS
            .iter()
            .find(|(mission, _)| mission.eq_ignore_ascii_case(wanted))
            .map(|(_, host)| host.as_str())
    };
    find(name).or_else(|| find(bare))
}

/// Adds `c` to `list`, or gives the state's vague entry the count `c` has.
/// Adds a contingent, or completes a known one: a count where there was none, an exact
/// count where there was a rounded one (`knapp 2000 Mann`, later `1960 Soldaten`).
fn merge(deployment: &mut HostDeployment, c: &Contingent, earlier_time: bool) {
    use lagebild_model::Qualifier;
    // `mehrere Hundert Soldaten` is no count: the state takes part, its size untold.
    let vague = c
        .troops
        .as_ref()
        .is_some_and(|q| q.qualifier == Qualifier::Vague);
    let uncounted;
    let c = if vague {
        uncounted = Contingent {
            state: c.state.clone(),
            troops: None,
        };
        &uncounted
    } else {
        c
    };
    let earlier = &mut deployment.earlier_counts;
    match deployment
        .contingents
        .iter_mut()
        .find(|x| x.state == c.state)
    {
        Some(known) => {
            let exact = |q: &Option<lagebild_model::Quantity>| {
                q.as_ref().is_some_and(|q| q.qualifier == Qualifier::Exact)
            };
            let known_earlier = earlier.contains(&c.state);
            let replace = known.troops.is_none()
                || (!earlier_time
                    && c.troops.is_some()
                    && (known_earlier || (exact(&c.troops) && !exact(&known.troops))));
            if replace {
                known.troops.clone_from(&c.troops);
                earlier.retain(|s| *s != c.state);
                if earlier_time && c.troops.is_some() {
                    earlier.push(c.state.clone());
                }
            }
        }
        None => {
            if earlier_time && c.troops.is_some() {
                earlier.push(c.state.clone());
            }
            deployment.contingents.push(c.clone());
        }
    }
}

/// Whether the sentence speaks of a military exercise: a word with an exercise stem that
/// does not name the place for one (`Truppenübungsplatz`, `Übungsgelände` are where
/// troops are, not what they do).
fn tells_exercise(sentence: &Sentence<'_>) -> bool {
    const PLACE_ENDINGS: [&str; 5] = ["platz", "plätze", "plätzen", "platzes", "gelände"];
    if !sentence.has_any(Table::ExerciseWords) {
        return false;
    }
    let stems = sentence.lexicon.words(Table::ExerciseWords);
    sentence.text.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        stems.iter().any(|stem| word.contains(stem))
            && !PLACE_ENDINGS.iter().any(|end| word.ends_with(end))
    })
}

/// Whether the sentence's only word of taking part is a `dabei` that is not one: an
/// adverb (`Er setzt dabei auf …`, `Dabei geht es um …`) or something under way
/// (`Russland ist dabei, diesen Krieg zu verlieren`). Being there with troops closes its
/// clause or stands before a form of `sein` (`ist mit 300 Soldaten dabei`, `mit dabei
/// sind`).
fn only_progressive_dabei(sentence: &Sentence<'_>) -> bool {
    let lower = &*sentence.lower;
    let taking_part = |at: usize| {
        if at == 0 {
            return false;
        }
        let rest = &lower[at + "dabei".len()..];
        match rest.chars().next() {
            None | Some('.' | ';' | ':' | ')' | '!' | '?' | '–' | '-') => true,
            Some(',') => {
                // `dabei, … zu verlieren` is under way; `dabei, darunter …` is there.
                let clause = rest[1..].split([',', ';', '.']).next().unwrap_or("");
                !clause.split_whitespace().any(|w| w == "zu")
            }
            Some(c) if c.is_whitespace() => matches!(
                rest.split_whitespace().next(),
                Some("sein" | "sind" | "ist" | "war" | "waren" | "gewesen" | "bleiben")
            ),
            Some(_) => false,
        }
    };
    let mut dabei = lower
        .match_indices("dabei")
        .filter(|(at, _)| *at == 0 || !lower[..*at].ends_with(|c: char| c.is_alphanumeric()));
    dabei.clone().next().is_some()
        && !dabei.any(|(at, _)| taking_part(at))
        && !sentence.has_entry_except(Table::TakePart, "dabei")
}

/// The start a sentence gives: a date after `seit`, else its main date.
fn start_date(sentence: &Sentence<'_>) -> Option<When> {
    // `Vom 30. September bis zum 16. Oktober verlegte …`: a span begins at its first date.
    let word_before = |d: &crate::when::DateMention| {
        sentence
            .lower_of(0..d.start)
            .split_whitespace()
            .next_back()
            .map(str::to_owned)
    };
    let dates = sentence.dates();
    if let Some(until) = dates
        .iter()
        .position(|d| matches!(word_before(d).as_deref(), Some("bis" | "zum" | "zur")))
        && let Some(from) = dates[..until]
            .iter()
            .rev()
            .find(|d| matches!(word_before(d).as_deref(), Some("vom" | "von" | "ab")))
    {
        return Some(from.when);
    }
    let since = sentence.dates().iter().find(|d| {
        let before = sentence.text[..d.start].trim_end();
        before.ends_with(" seit") || before.ends_with("Seit") || before == "seit"
    });
    match since {
        Some(d) => Some(d.when),
        // `seit dem Ende des Kalten Krieges`: `seit` without a date dates nothing, and
        // lends its place to no other date of the sentence.
        None if !sentence.has_entry_except(Table::StartWords, "seit") => None,
        None => sentence.main_date(sentence.find_any(Table::StartWords)),
    }
}

/// Whether the word at `start` follows a preposition, directly or with an article
/// between (`zu Aserbaidschan`, `an der Grenze`).
pub(crate) fn after_any_preposition(sentence: &Sentence<'_>, start: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "an", "auf", "aus", "bei", "gegen", "in", "im", "mit", "nach", "über", "um", "von", "vom",
        "vor", "zu", "zum", "zur", "zwischen",
    ];
    word_before_article(sentence, start, |w| PREPOSITIONS.contains(&w))
}

/// Whether the word before `start`, past an article (`an der Grenze`), passes `test`.
fn word_before_article(sentence: &Sentence<'_>, start: usize, test: impl Fn(&str) -> bool) -> bool {
    let before = sentence.lower_of(0..start);
    let mut words = before.split_whitespace().rev();
    match words.next() {
        Some("der" | "die" | "den" | "dem" | "das" | "des") => words.next(),
        last => last,
    }
    .is_some_and(test)
}

/// Whether start `new` tells a deployment's beginning better than `old`: it begins
/// before `old` and is not a vaguer form of it, or it is a more precise date inside
/// `old` (`im April 2013` after `2013`; `2013` after `im April 2013` adds nothing).
fn begins_earlier(new: When, old: When) -> bool {
    let (new_from, new_to) = new.bounds();
    let (old_from, old_to) = old.bounds();
    let inside_old =
        new_from >= old_from && new_to <= old_to && (new_from, new_to) != (old_from, old_to);
    let contains_old = new_from <= old_from && new_to >= old_to;
    inside_old || (new_from < old_from && !contains_old)
}

/// Whether the sentence denies what it says of troops (`schickt keine Soldaten`).
fn negated(sentence: &Sentence<'_>) -> bool {
    sentence.has_word(Table::DeployNegations)
}

/// Whether the word at `start` follows a word that makes it a source or a
/// comparison, not a contributor (`nach Angaben aus Bukarest`, `als`).
fn after_source_word(sentence: &Sentence<'_>, start: usize) -> bool {
    let before = sentence.lower_of(0..start);
    let mut words = before.split_whitespace().rev();
    matches!(
        (words.next(), words.next()),
        (
            Some("als" | "gegen" | "zwischen" | "mit" | "von" | "über"),
            _
        ) | (Some("der" | "dem" | "die"), Some("gegen" | "mit" | "von"))
            | (
                Some("aus"),
                Some("angaben" | "kreisen" | "quellen" | "sicht" | "regierungskreisen")
            )
    )
}

/// Whether the word at `start` follows `in`, `im`, `ins`, `nach` or `in die`/`in der`/
/// `in den`/`nach dem` (a host, not a contributor).
fn after_place_preposition(sentence: &Sentence<'_>, start: usize) -> bool {
    place_preposition(sentence, start).is_some()
}

/// The preposition of place before the word at `start` (`in`, `im`, `ins`, `nach`),
/// directly or with an article between (`in der Slowakei`).
fn place_preposition(sentence: &Sentence<'_>, start: usize) -> Option<&'static str> {
    match sentence.preposition_before(start) {
        Some("in" | "im" | "ins") => Some("in"),
        Some("nach") => Some("nach"),
        // `im Norden Mosambiks`, `in den Osten des Kongo`: a part of the state.
        _ if part_of_state_before(sentence, start) => Some("in"),
        _ => None,
    }
}

/// Whether `im Norden`, `in den Osten des`, `im Zentrum` (a part of a land, in the
/// genitive after it) stands right before `start`.
fn part_of_state_before(sentence: &Sentence<'_>, start: usize) -> bool {
    let before = sentence.lower_of(0..start);
    let mut words = before.split_whitespace().rev();
    let mut word = words.next();
    if matches!(word, Some("des" | "der")) {
        word = words.next();
    }
    let Some(part) = word else {
        return false;
    };
    if !sentence.lexicon.words(Table::PartsOfLand).contains(&part) {
        return false;
    }
    match words.next() {
        Some("im") => true,
        Some("den" | "dem") => words.next() == Some("in"),
        _ => false,
    }
}

/// Contingents with a count: a state followed by its number (`Russland 3.000`,
/// `Spanien mit 675`, `Italien (1044)`, `Belarus schickt rund 500 Soldaten`), or a number
/// followed by a state adjective and troops (`500 französische Soldaten`).
fn contingents_with_numbers(
    sentence: &Sentence<'_>,
    context: &ArticleContext<'_>,
    hosts: &[String],
    plans: &Plans,
    table_run: bool,
) -> Vec<Contingent> {
    let gazetteer = context.gazetteer;
    let mut found: Vec<Contingent> = Vec::new();
    // A capital speaks for its government where it is no place of the sentence, at
    // its opening or after no preposition (`Budapest ist mit mehr als 260 Soldaten
    // dabei`, `hatte Moskau 1960 Soldaten entsandt`; not `in Moskau`).
    let mut states: Vec<_> = sentence
        .mentions
        .iter()
        .filter(|m| sentence.preposition_before(m.start).is_none())
        .filter_map(|m| gazetteer.capital_of(m.entry).map(|state| (m, state)))
        .chain(sentence.states(gazetteer))
        .collect();
    states.sort_by_key(|(m, _)| m.start);
    if sentence
        .lexicon
        .words(Table::Casualties)
        .iter()
        .any(|w| sentence.lower.contains(w))
    {
        return found;
    }
    let numbers = sentence.numbers();
    // Asked only of a list shape, and answered once.
    let troop_noun = std::cell::OnceCell::new();
    let has_troop_noun = || {
        *troop_noun.get_or_init(|| {
            sentence.has_any(Table::TroopStems)
                && sentence
                    .text
                    .split_whitespace()
                    .any(|w| is_troop_noun(sentence.lexicon, w))
        })
    };
    // A number right after `die letzten` counts part of a force.
    let partial = |n: &NumberMention| {
        sentence.text[..n.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                sentence
                    .lexicon
                    .words(Table::PartBefore)
                    .contains(&w.to_lowercase().as_str())
            })
    };
    // `Seit Juni 2013 waren mehr als 20.000 deutsche Soldaten im Land im Einsatz`: a
    // count over years of rotations is a total, not a contingent's size.
    let cumulative = sentence.dates().iter().any(|d| {
        sentence.text[..d.start]
            .trim_end()
            .to_lowercase()
            .ends_with("seit")
    }) && sentence.words().any(|w| {
        matches!(
            w,
            "waren" | "dienten" | "gedient" | "insgesamt" | "zusammengerechnet"
        )
    });
    if cumulative {
        return found;
    }
    // Whether the state before got its count in list form (`Italien (1044)`).
    let mut after_listed_count = false;
    for (i, (mention, id)) in states.iter().enumerate() {
        // `nach Gefechten zwischen Mali und Niger 800 Soldaten`: the two sides of a
        // `zwischen` own no count.
        if between_sides(sentence, mention.start)
            || hosts.iter().any(|h| h == id)
            || found.iter().any(|c| c.state.as_str() == *id)
        {
            after_listed_count = false;
            continue;
        }
        let troops = |n: &NumberMention| {
            (!plans.counts_at(n.start) && !partial(n))
                .then(|| lagebild_model::Quantity::new(n.quantity.value, n.quantity.qualifier))
        };
        let first_after = numbers.partition_point(|n| n.start < mention.end);
        if mention.form == Form::Adjective {
            let before = numbers[..first_after]
                .iter()
                .rev()
                .find(|n| n.end <= mention.start);
            let number = before
                .filter(|n| !n.year_like && sentence.text[n.end..mention.start].trim().is_empty());
            // `ein belgisches Kontingent von rund 300 Mann`: the size after the unit;
            // `umfasste das deutsche Kontingent noch rund 1100 Soldaten`: after the unit,
            // in a clause with a verb of size.
            let unit_size = || {
                numbers[first_after..].first().filter(|n| {
                    let gap = sentence.lower_of(mention.end..n.start);
                    let words: Vec<&str> = gap.split_whitespace().collect();
                    let sized = || {
                        words.len() <= 6
                            && !gap.contains([',', ';', ':', '(', ')', '.'])
                            && counts_troops(sentence, n, 2)
                            && tells_unit_size(sentence, mention.start)
                    };
                    !n.year_like
                        && match words.as_slice() {
                            [unit, "von"] => is_unit_noun(sentence.lexicon, unit),
                            [unit, ..] => is_unit_noun(sentence.lexicon, unit) && sized(),
                            [] => false,
                        }
                })
            };
            if let Some(number) = number
                .filter(|n| counts_troops(sentence, n, 2))
                .or_else(unit_size)
            {
                found.push(Contingent {
                    state: StateId::new(*id),
                    troops: troops(number),
                });
            }
            continue;
        }
        let next_state_start = states
            .get(i + 1)
            .map_or(sentence.text.len(), |(m, _)| m.start);
        let number = numbers[first_after..]
            .iter()
            .take_while(|n| n.start < next_state_start)
            .find(|n| {
                // `1960 Soldaten` is a count, though it looks like a year; `im April
                // 2024 Militärausbilder` is a date.
                if (n.year_like && (!counts_troops(sentence, n, 1) || in_date(sentence, n)))
                    || n.start < mention.end
                {
                    return false;
                }
                let gap = &sentence.text[mention.end..n.start];
                let gap_trim = gap.trim();
                // `Italien (1044)`, `Spanien mit 675`: a list of counts.
                let listed = matches!(gap_trim, "(" | "mit" | ":")
                    || gap_trim.starts_with("mit ") && gap_trim.len() <= 12;
                let close = gap.len() <= 25 && !gap.contains([',', '.', ';', '(', ')']);
                // A number that reaches past the next state's start has no tail.
                let continues = next_state_start < sentence.text.len()
                    && matches!(
                        sentence.text.get(n.end..next_state_start).map(str::trim),
                        Some("," | "und" | ", und" | "sowie" | ")," | ") und" | "), ")
                    );
                // `Deutschland steht in der Statistik der Vereinten Nationen mit 535
                // Soldaten auf Platz zehn`: the subject's count further on in its clause,
                // after `mit` and before a troop noun.
                let in_clause = gap.len() <= 80
                    && !gap.contains([',', '.', ';', '(', ')', ':'])
                    && counts_troops(sentence, n, 2)
                    && (count_follows_mit(gap) || sends_in(sentence.lexicon, gap));
                // The last item of a list of counts (`… und Malaysia (832)`) has no
                // tail and, in a table sentence, no troop noun: the list vouches for it.
                let in_counted_list = listed && (after_listed_count || table_run);
                (listed && (continues || has_troop_noun() || counts_troops(sentence, n, 2)))
                    || in_counted_list
                    || (close && (counts_troops(sentence, n, 2) || continues))
                    || in_clause
            });
        after_listed_count = number.is_some_and(|n| {
            let gap = sentence.text[mention.end..n.start].trim();
            matches!(gap, "(" | "mit" | ":")
        });
        if let Some(number) = number {
            found.push(Contingent {
                state: StateId::new(*id),
                troops: troops(number),
            });
            // `Großbritannien, Argentinien und die Slowakei mit jeweils rund 250`: the
            // count is each listed state's.
            if sentence
                .lower_of(mention.end..number.start)
                .contains("jeweils")
            {
                let mut k = i;
                while k > 0 {
                    let (previous, previous_id) = states[k - 1];
                    let gap = sentence.lower_of(previous.end..states[k].0.start);
                    if previous.form == Form::Adjective
                        || !super::membership::is_list_glue(&gap)
                        || hosts.iter().any(|h| h == previous_id)
                    {
                        break;
                    }
                    if !found.iter().any(|c| c.state.as_str() == previous_id) {
                        found.push(Contingent {
                            state: StateId::new(previous_id),
                            troops: troops(number),
                        });
                    }
                    k -= 1;
                }
            }
        }
    }
    // `rund 1000 Kanadierinnen und Kanadier`: a count of a state's people (its demonym,
    // a name of the state in the gazetteer) in a sentence about troops.
    for n in numbers.iter().filter(|n| !n.year_like && !partial(n)) {
        // Only the state named right after the count (the states are in text order), so
        // a long sentence of counts and names costs one look per count.
        let next = states.partition_point(|(m, _)| m.start <= n.end);
        let Some((m, id)) = states
            .get(next)
            .filter(|(m, _)| m.form == Form::Name && people_gap(&sentence.text[n.end..m.start]))
        else {
            continue;
        };
        if in_date(sentence, n) || plans.counts_at(n.start) {
            continue;
        }
        // A demonym is a plural noun: the gazetteer's name of the state itself is no
        // count's noun (`2024 Lettland`), and a year is excluded above.
        let word = &sentence.text[m.start..m.end];
        if gazetteer.entry(m.entry).name == word
            || hosts.iter().any(|h| h == id)
            || found
                .iter()
                .any(|c| c.state.as_str() == *id && c.troops.is_some())
        {
            continue;
        }
        found.retain(|c| c.state.as_str() != *id);
        found.push(Contingent {
            state: StateId::new(*id),
            troops: Some(lagebild_model::Quantity::new(
                n.quantity.value,
                n.quantity.qualifier,
            )),
        });
    }
    // `hatte Russland nach dem Krieg zwischen Armenien und Aserbaidschan 1.960
    // Friedenssoldaten entsandt`: with one count of troops and one state that is neither
    // host nor inside a prepositional phrase, the count is that state's, however far.
    // Only a move told as done (`entsandt`, `schickte`): a count far from its state in
    // a sentence of pledges or plans is no contingent.
    if found.is_empty()
        && (sentence.has_any(Table::Sending)
            || sentence.has_entry_except(Table::StartWords, "seit"))
    {
        let mut counts = numbers
            .iter()
            .filter(|n| {
                counts_troops(sentence, n, 2)
                    && !partial(n)
                    && !plans.counts_at(n.start)
                    && !in_date(sentence, n)
            })
            // `bis zu 2200`: a ceiling is a plan or a mandate, not troops sent.
            .filter(|n| n.quantity.qualifier != lagebild_model::Qualifier::LessThan);
        let mut owners = states.iter().filter(|(m, id)| {
            m.form != Form::Adjective
                && !hosts.iter().any(|h| h == id)
                && !after_any_preposition(sentence, m.start)
                && !between_sides(sentence, m.start)
        });
        if let (Some(n), None, Some((m, id)), None) =
            (counts.next(), counts.next(), owners.next(), owners.next())
            && m.end <= n.start
        {
            found.push(Contingent {
                state: StateId::new(*id),
                troops: Some(lagebild_model::Quantity::new(
                    n.quantity.value,
                    n.quantity.qualifier,
                )),
            });
        }
    }
    found
}

/// The carrier a sentence names: a state's own force (`national_forces`), else the one
/// organisation it names other than as a source or a comparison.
fn carrier(sentence: &Sentence<'_>, context: &ArticleContext<'_>) -> Option<Carrier> {
    let lexicon = sentence.lexicon;
    let forces = lexicon.words(Table::NationalForces);
    if !forces.is_empty()
        && let Some(state) = sentence.words().find_map(|w| {
            let at = forces.iter().position(|f| {
                w.strip_prefix(f)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
            })?;
            lexicon
                .pairs(Table::NationalForces, Some)
                .get(at)
                .map(|(_, state)| *state)
        })
    {
        return Some(Carrier::State(state.to_owned()));
    }
    let gazetteer = context.gazetteer;
    // `Neben den Blauhelmen sind rund 1500 russische Kämpfer im Einsatz`, `Auch Ruanda
    // hat neben seinem Kontingent eigene Soldaten im Land`: troops set apart from the
    // mission are their state's own.
    if sentence.has_any(Table::OwnForceCues)
        && let Some(state) = sentence
            .states(gazetteer)
            .find(|(m, _)| {
                (m.form == Form::Adjective
                    && sentence
                        .word_after(m.end)
                        .is_some_and(|w| is_troop_noun(lexicon, w)))
                    || (m.form != Form::Adjective && sentence.preposition_before(m.start).is_none())
            })
            .map(|(_, id)| id)
    {
        return Some(Carrier::State(state.to_owned()));
    }
    let mut orgs = sentence
        .of_kind(gazetteer, EntityKind::Org)
        .filter(|m| !after_source_word(sentence, m.start))
        .map(|m| gazetteer.entry(m.entry).id.as_str());
    let first = orgs.next()?;
    orgs.all(|o| o == first)
        .then(|| Carrier::Org(first.to_owned()))
}

/// The parts of a sentence that tell a plan, not what is (`landete mit 100 Soldaten,
/// weitere 200 sollten folgen`): the clause of a word of planning, and the clause after
/// it when that word closes its own (`plant, 4000 Soldaten zu verlegen`).
struct Plans {
    spans: Vec<(usize, usize)>,
    /// The spans that plan a withdrawal (`hatte den Abzug seiner rund 250 Soldaten
    /// angekündigt`): the troops to leave are there now, so their count stands.
    leaving: Vec<(usize, usize)>,
}

impl Plans {
    fn of(sentence: &Sentence<'_>) -> Self {
        if !sentence.has_word(Table::Planned) {
            return Plans {
                spans: Vec::new(),
                leaving: Vec::new(),
            };
        }
        let lower = &*sentence.lower;
        // Offsets of the lowercase text are the text's only when the two align.
        if !sentence.aligned() {
            return Plans {
                spans: vec![(0, sentence.text.len())],
                leaving: Vec::new(),
            };
        }
        let mut bounds = vec![0];
        bounds.extend(lower.match_indices([',', ';', '–']).map(|(at, _)| at));
        bounds.push(lower.len());
        let clause_of = |at: usize| bounds.partition_point(|&b| b <= at).saturating_sub(1);
        let mut spans = Vec::new();
        for word in sentence.lexicon.words(Table::Planned) {
            for (at, _) in lower.match_indices(word) {
                let end = at + word.len();
                let whole = !lower[..at].ends_with(char::is_alphanumeric)
                    && !lower[end..].starts_with(char::is_alphanumeric);
                if !whole {
                    continue;
                }
                let k = clause_of(at);
                let clause_end = bounds.get(k + 1).copied().unwrap_or(lower.len());
                spans.push((bounds[k], clause_end));
                // The clauses after belong to the plan (`kündigte an, ein Kontingent zu
                // entsenden, nach Angaben aus Bukarest rund 100 Soldaten`) up to one
                // that tells a move as done (`Frankreich hat bereits 300 entsandt`).
                for pair in bounds[k + 1..].windows(2) {
                    let clause = &lower[pair[0]..pair[1]];
                    if done(sentence.lexicon, clause) {
                        break;
                    }
                    spans.push((pair[0], pair[1]));
                }
            }
        }
        let leaving = spans
            .iter()
            .copied()
            .filter(|&(from, to)| {
                let clause = &lower[from..to];
                sentence
                    .lexicon
                    .words(Table::EndWords)
                    .iter()
                    .any(|entry| !entry.contains(" … ") && clause.contains(entry))
            })
            .collect();
        Plans { spans, leaving }
    }

    /// Whether the text at `at` belongs to a plan.
    fn at(&self, at: usize) -> bool {
        self.spans.iter().any(|&(from, to)| from <= at && at < to)
    }

    /// Whether a count at `at` is planned: in a plan, and not of troops a planned
    /// withdrawal names.
    fn counts_at(&self, at: usize) -> bool {
        self.at(at) && !self.leaving.iter().any(|&(from, to)| from <= at && at < to)
    }
}

/// Whether a clause tells of troops already there: a move told as done (a word of
/// starting other than `seit`, `bereits`, `schon`) or troops that are to leave (`dass
/// die rund 300 Soldaten ihren Einsatz beenden werden`: the 300 are there now).
fn done(lexicon: &Lexicon, clause: &str) -> bool {
    let has = |table: Table| {
        lexicon
            .words(table)
            .iter()
            .any(|entry| *entry != "seit" && !entry.contains(" … ") && clause.contains(entry))
    };
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "bereits" | "schon"))
        || has(Table::StartWords)
        || has(Table::EndWords)
}

/// Whether the state at `start` is a neighbour, a foe or a goal (`grenzt an Russland`,
/// `die Grenze zu Belarus`, `gegen Russland`, `um Mali`, `der Angriff auf die Ukraine`),
/// never a contributor.
fn after_border_preposition(sentence: &Sentence<'_>, start: usize) -> bool {
    word_before_article(sentence, start, |w| {
        matches!(
            w,
            "an" | "auf" | "gegen" | "um" | "vor" | "zu" | "zum" | "zur" | "über"
        )
    })
}

/// Whether the state at `start` is one side of `zwischen A und B`: a party to a
/// conflict or a border, never a contributor.
fn between_sides(sentence: &Sentence<'_>, start: usize) -> bool {
    let before = sentence.lower_of(0..start);
    let mut words = before.split_whitespace().rev();
    match words.next() {
        Some("zwischen") => true,
        Some("und") => words.nth(1).is_some_and(|w| w == "zwischen"),
        _ => false,
    }
}

/// Whether the number is part of a date the sentence gives (`im April 2024`).
fn in_date(sentence: &Sentence<'_>, n: &NumberMention) -> bool {
    sentence
        .dates()
        .iter()
        .any(|d| d.start <= n.start && n.end <= d.end && (d.start, d.end) != (n.start, n.end))
}

/// Whether a count stands before a state's people (`rund 200 Norwegerinnen und
/// Norweger`): a name of the state other than its own, at most two words after.
fn counts_people(sentence: &Sentence<'_>, context: &ArticleContext<'_>) -> bool {
    let gazetteer = context.gazetteer;
    let names: Vec<&crate::gazetteer::Mention> = sentence
        .states(gazetteer)
        .map(|(m, _)| m)
        .filter(|m| {
            m.form == Form::Name && gazetteer.entry(m.entry).name != sentence.text[m.start..m.end]
        })
        .collect();
    if names.is_empty() {
        return false;
    }
    sentence.numbers().iter().any(|n| {
        let next = names.partition_point(|m| m.start <= n.end);
        !n.year_like
            && names
                .get(next)
                .is_some_and(|m| people_gap(&sentence.text[n.end..m.start]))
    })
}

/// Whether the words between a count and a demonym keep them together: none, `und`, or
/// a feminine plural (`Kanadierinnen und`), at most two.
fn people_gap(gap: &str) -> bool {
    gap.len() <= 40 && {
        let mut words = gap.split_whitespace();
        words.clone().count() <= 2 && words.all(|w| w == "und" || w.ends_with("innen"))
    }
}

/// Whether the sentence is a row of a table of counts written as text: one state, a
/// colon or a parenthesis, and a count (`Italien: rund 250`, `Lettland (1887)`).
fn is_count_row(sentence: &Sentence<'_>, context: &ArticleContext<'_>) -> bool {
    let text = sentence.text.trim();
    text.chars().count() <= 60
        && text.contains([':', '('])
        && text.contains(|c: char| c.is_ascii_digit())
        && sentence
            .states(context.gazetteer)
            .next()
            .is_some_and(|(m, _)| m.start == 0)
        && sentence.states(context.gazetteer).nth(1).is_none()
}

/// Whether `word` (lowercase) names a military unit (`Kontingent`, `Verband`),
/// compounds included (`Logistikkontingent`).
pub(crate) fn is_unit_noun(lexicon: &Lexicon, word: &str) -> bool {
    lexicon
        .words(Table::UnitNouns)
        .iter()
        .any(|unit| word.ends_with(unit))
}

/// Whether the clause around `at` gives a unit's size with a verb (`umfasste`, `zählt`).
fn tells_unit_size(sentence: &Sentence<'_>, at: usize) -> bool {
    let text = sentence.text;
    let start = text[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find([',', ';', ':'])
        .map_or(text.len(), |i| at + i);
    let clause = sentence.lower_of(start..end);
    sentence
        .lexicon
        .words(Table::UnitSize)
        .iter()
        .any(|verb| clause.contains(verb))
}

/// Whether the words between a state and a number end in `mit` (`ist seit 2022 wieder
/// dabei – mit`) or in a short noun phrase after it (`beteiligt sich mit einem
/// Logistikkontingent von`); a dash is allowed only right before that `mit`.
fn count_follows_mit(gap: &str) -> bool {
    let Some(at) = gap.rfind(" mit ").or_else(|| {
        gap.trim_end()
            .ends_with(" mit")
            .then(|| gap.trim_end().len() - 4)
    }) else {
        return false;
    };
    let (before, after) = gap.split_at(at);
    let before = before.trim_end().trim_end_matches(['–', '-']);
    if before.contains('–') {
        return false;
    }
    let phrase: Vec<&str> = after[4..].split_whitespace().collect();
    phrase.is_empty() || (phrase.len() <= 4 && phrase.last().is_some_and(|w| *w == "von"))
}

/// Whether a verb of sending stands among the words of `gap`.
fn sends_in(lexicon: &Lexicon, gap: &str) -> bool {
    let sending = lexicon.words(Table::Sending);
    !gap.contains('–') && gap.split_whitespace().any(|w| sending.contains(&w))
}

#[cfg(test)]
mod tests {
    use crate::facts::tests::check;

    fn contingents(text: &str) -> Vec<String> {
        check(text, Some("10.10.2024"))
            .into_iter()
            .filter(|f| f.contains(r#""kind":"deployment""#))
            .collect()
    }

    #[test]
    fn troops_pulled_out_name_their_host_after_aus_and_end_the_deployment() {
        let facts = contingents("Belgien zog im Mai 2021 seine etwa 250 Soldaten aus Litauen ab.");
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].contains(r#""host":"LT""#), "{facts:?}");
        assert!(
            facts[0].contains(r#""state":"BE","troops":{"value":250,"qualifier":"approx"}"#),
            "{facts:?}"
        );
        assert!(facts[0].contains(r#""end":"2021-05""#), "{facts:?}");
        // Leaving troops are not stationed there.
        let all = check(
            "Aus Estland zogen im März 2020 die dort stationierten belgischen Soldaten ab.",
            Some("10.10.2024"),
        );
        assert!(
            !all.iter().any(|f| f.contains(r#""kind":"stationed""#)),
            "{all:?}"
        );
    }

    #[test]
    fn a_withdrawal_begun_or_demanded_leaves_the_host_where_it_was() {
        // Done, though told as a noun: the host is where the troops left.
        let done = contingents(
            "Im September meldete Washington den Abzug der rund 1000 amerikanischen \
             Soldaten aus Niger.",
        );
        assert!(
            done.iter().any(|f| f.contains(r#""host":"NE""#)),
            "{done:?}"
        );
        // Begun only: no host from `aus`.
        let begun =
            contingents("Russland hat mit dem Abzug seiner Soldaten aus Berg-Karabach begonnen.");
        assert!(
            !begun.iter().any(|f| f.contains(r#""host":"AZ""#)),
            "{begun:?}"
        );
    }

    #[test]
    fn the_state_that_asks_is_the_subject_not_one_after_a_preposition() {
        let facts = contingents(
            "Nach Gefechten an der Grenze zu Aserbaidschan bat Armenien die OVKS um Hilfe. \
             Die Allianz schickte rund 100 russische Soldaten.",
        );
        assert!(
            facts.iter().any(|f| f.contains(r#""host":"AM""#)),
            "{facts:?}"
        );
        assert!(
            !facts.iter().any(|f| f.contains(r#""host":"AZ""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn an_exercise_is_no_deployment_and_a_unit_gives_its_size_after_von() {
        let facts = contingents(
            "Im Frühjahr übten rund 8000 Soldaten in Polen, darunter Truppen aus Spanien und \
             Italien.",
        );
        assert!(facts.is_empty(), "{facts:?}");
        let facts =
            contingents("Ein spanisches Kontingent von rund 400 Mann traf in Lettland ein.");
        assert!(
            facts.iter().any(|f| f.contains(r#""host":"LV""#)
                && f.contains(r#""state":"ES","troops":{"value":400,"qualifier":"approx"}"#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_more_precise_date_of_the_same_beginning_wins_and_an_earlier_one_replaces() {
        let when = |s: &str| lagebild_model::When::parse(s).unwrap();
        assert!(super::begins_earlier(when("2013-04"), when("2013")));
        assert!(!super::begins_earlier(when("2013"), when("2013-04")));
        assert!(super::begins_earlier(when("2012-11"), when("2013-04")));
        assert!(!super::begins_earlier(when("2014"), when("2013-04")));
        assert!(!super::begins_earlier(when("2013-04"), when("2013-04")));
    }

    #[test]
    fn a_state_calling_for_help_hosts_the_troops_sent_in_answer() {
        let facts = contingents(
            "Im Frühjahr bat die Regierung in Bischkek das Bündnis um Beistand. Kurz darauf \
             trafen rund 400 russische Soldaten ein.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].contains(r#""host":"KG""#), "{facts:?}");
        assert!(facts[0].contains(r#""state":"RU""#), "{facts:?}");
    }

    #[test]
    fn troops_that_come_from_a_state_are_its_contingent() {
        let facts = contingents(
            "Die Mission in Gambia läuft seit Jahren. Die Soldaten stammen vor allem aus \
             Ghana und aus Togo.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].contains(r#""host":"GM""#), "{facts:?}");
        assert!(facts[0].contains(r#"{"state":"GH"}"#), "{facts:?}");
        assert!(facts[0].contains(r#"{"state":"TG"}"#), "{facts:?}");
    }

    #[test]
    fn a_host_carries_over_to_the_next_sentence() {
        let facts = contingents(
            "Die Nato-Truppe im Kosovo wird verstärkt. Großbritannien schickt rund 200 Soldaten, \
             Rumänien ist mit etwa 100 Mann dabei.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].contains(r#""host":"XK""#), "{facts:?}");
        assert!(facts[0].contains(r#"{"state":"GB","troops":{"value":200,"qualifier":"approx"}}"#));
        assert!(facts[0].contains(r#"{"state":"RO","troops":{"value":100,"qualifier":"approx"}}"#));
    }

    #[test]
    fn states_taking_part_without_a_count() {
        let facts = contingents(
            "In Lettland führt Kanada den Verband. Beteiligt sind außerdem Spanien, Polen und die Slowakei.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        for state in ["CA", "ES", "PL", "SK"] {
            assert!(
                facts[0].contains(&format!(r#"{{"state":"{state}"}}"#)),
                "{state}: {facts:?}"
            );
        }
        assert!(!facts[0].contains(r#"{"state":"LV"}"#));
    }

    #[test]
    fn counts_in_parentheses_and_with_mit() {
        let facts = contingents(
            "Die meisten Blauhelme im Libanon stellen Indonesien (1230), Italien (1044) und Spanien mit 675 Soldaten.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        for (state, n) in [("ID", 1230), ("IT", 1044), ("ES", 675)] {
            assert!(
                facts[0].contains(&format!(r#"{{"state":"{state}","troops":{{"value":{n},"#)),
                "{state}: {facts:?}"
            );
        }
    }

    #[test]
    fn planned_numbers_and_increments_are_no_sizes() {
        let facts = contingents(
            "Kanada will bis zu 1200 Soldaten nach Lettland entsenden. \
             Zuvor hatte Schweden 300 zusätzliche Soldaten nach Lettland verlegt.",
        );
        assert!(!facts.iter().any(|f| f.contains("1200")), "{facts:?}");
        assert!(!facts.iter().any(|f| f.contains("300")), "{facts:?}");
    }

    #[test]
    fn one_state_sending_troops_abroad() {
        let facts = contingents(
            "Russland hatte im November 2020 rund 1960 Friedenssoldaten nach Berg-Karabach entsandt.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(
            facts[0].contains(r#""actor":{"kind":"state","id":"RU"},"host":"AZ""#),
            "{facts:?}"
        );
        assert!(
            facts[0].contains(r#"{"state":"RU","troops":{"value":1960,"qualifier":"approx"}}"#)
        );
    }

    #[test]
    fn a_mission_names_its_host() {
        let facts = contingents("Derzeit dienen 71 deutsche Soldaten bei der KFOR.");
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].contains(r#""host":"XK""#), "{facts:?}");
        assert!(
            facts[0].contains(r#"{"state":"DE","troops":{"value":71,"qualifier":"exact"}}"#),
            "{facts:?}"
        );
    }

    #[test]
    fn casualties_and_the_last_troops_are_no_contingent_sizes() {
        let facts = contingents(
            "Im Libanon wurden zwei indonesische Soldaten verletzt. \
             Die letzten 142 deutschen Soldaten haben Mali verlassen.",
        );
        assert!(
            !facts.iter().any(|f| f.contains(r#""value":2,"#)),
            "{facts:?}"
        );
        assert!(!facts.iter().any(|f| f.contains("142")), "{facts:?}");
    }

    #[test]
    fn a_host_does_not_carry_over_to_another_place_or_to_stationed_troops() {
        let facts = contingents(
            "Russland schickte Kampfjets nach Kirgistan. \
             In der abtrünnigen Region Transnistrien stehen rund 1.500 russische Soldaten.",
        );
        assert!(!facts.iter().any(|f| f.contains("1500")), "{facts:?}");
    }

    #[test]
    fn the_earliest_beginning_of_a_mission_is_its_start() {
        let facts = contingents(
            "Der Sicherheitsrat setzte die Mission im April 1991 ein. \
             Heute stellt Ghana rund 800 Soldaten für die Mission in Kuwait. \
             Seit 2003 ist auch Indien mit 300 Soldaten in Kuwait dabei.",
        );
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(
            facts[0].contains(r#""host":"KW","start":"1991-04""#),
            "{facts:?}"
        );
    }

    #[test]
    fn a_count_with_mit_further_on_in_the_clause() {
        let facts = contingents(
            "Im Libanon steht Irland in der Liste der Truppensteller mit 340 Soldaten auf Platz zwölf.",
        );
        assert!(
            facts.iter().any(|f| f.contains(r#"{"state":"IE","troops":{"value":340,"qualifier":"exact"}}"#)),
            "{facts:?}"
        );
    }

    #[test]
    fn a_negated_sentence_adds_no_one() {
        let facts = contingents("Nach Mali schickt Deutschland keine Soldaten mehr.");
        assert!(
            !facts.iter().any(|f| f.contains(r#""state":"DE""#)),
            "{facts:?}"
        );
    }

    #[test]
    fn deployment_with_contingents() {
        let facts = check(
            "Am 6. Januar gab die OVKS die Entsendung von Truppen nach Kasachstan frei. \
             Für den Einsatz in Kasachstan stellt Russland 3.000, Belarus 300 und Armenien 70 Soldaten.",
            Some("07.01.2022"),
        );
        assert_eq!(
            facts,
            [
                r#"{"kind":"deployment","actor":{"kind":"org","id":"CSTO"},"host":"KZ","start":"2022-01-06","contingents":[{"state":"RU","troops":{"value":3000,"qualifier":"exact"}},{"state":"BY","troops":{"value":300,"qualifier":"exact"}},{"state":"AM","troops":{"value":70,"qualifier":"exact"}}]}"#
            ]
        );
        // `fünf weitere Länder` is no count of Russia's: it takes part without one.
        assert_eq!(
            check(
                "Russland und fünf weitere Länder schicken Soldaten nach Kasachstan.",
                None
            ),
            [
                r#"{"kind":"deployment","actor":{"kind":"state","id":"RU"},"host":"KZ","contingents":[{"state":"RU"}]}"#
            ]
        );
    }
}

/// Count phrasings of contingents, on sentences of our own.
#[cfg(test)]
mod count_tests {
    use crate::facts::tests::check;

    fn deployments(text: &str) -> String {
        check(text, Some("10.10.2024"))
            .into_iter()
            .filter(|f| f.contains(r#""kind":"deployment""#))
            .collect()
    }

    #[test]
    fn a_count_after_mit_and_a_short_noun_phrase() {
        let got = deployments(
            "Die UN-Mission im Libanon wächst. Irland beteiligt sich seit 2019 mit einem \
             Sanitätskontingent von rund 340 Angehörigen der Streitkräfte.",
        );
        assert!(
            got.contains(r#"{"state":"IE","troops":{"value":340,"qualifier":"approx"}}"#),
            "{got}"
        );
    }

    #[test]
    fn a_count_after_a_dash_and_mit() {
        let got = deployments(
            "Die EU-Mission in Bosnien-Herzegowina hat Zulauf. Portugal ist seit 2023 wieder \
             dabei – mit bis zu 40 Soldatinnen und Soldaten.",
        );
        assert!(
            got.contains(r#"{"state":"PT","troops":{"value":40,"qualifier":"up_to"}}"#),
            "{got}"
        );
    }

    #[test]
    fn a_count_after_a_verb_of_sending_further_on() {
        let got = deployments(
            "Die Nato verstärkt ihre Präsenz in Estland. Norwegen schickt seit 2020 jedes Jahr \
             etwa 150 Mann nach Tapa.",
        );
        assert!(
            got.contains(r#"{"state":"NO","troops":{"value":150,"qualifier":"approx"}}"#),
            "{got}"
        );
    }

    #[test]
    fn the_last_item_of_a_list_of_counts_keeps_its_count() {
        let got = deployments(
            "Die größten Truppensteller der UN-Mission im Libanon sind bekannt. Es folgen \
             Spanien (650), Ghana (870) und Nepal (860).",
        );
        assert!(
            got.contains(r#"{"state":"NP","troops":{"value":860,"qualifier":"exact"}}"#),
            "{got}"
        );
    }

    #[test]
    fn a_capital_opening_a_sentence_sends_for_its_state_and_an_exact_count_wins() {
        let got = deployments(
            "Die OVKS schickt Truppen nach Kasachstan. Minsk schickt knapp 500 Soldaten nach \
             Kasachstan. Insgesamt verlegt Belarus 482 Soldaten.",
        );
        assert!(
            got.contains(r#"{"state":"BY","troops":{"value":482,"qualifier":"exact"}}"#),
            "{got}"
        );
    }

    #[test]
    fn troops_sent_in_the_past_date_the_start() {
        let got = deployments(
            "Im Mai 2015 hatte Frankreich rund 700 Soldaten nach Estland entsandt, um die \
             Nato-Präsenz zu sichern.",
        );
        assert!(got.contains(r#""start":"2015-05""#), "{got}");
        // A count before an adjective and its noun is no year.
        let got = deployments("Im Juni rollten mehr als 1000 französische Soldaten nach Estland.");
        assert!(!got.contains(r#""start":"1000""#), "{got}");
    }

    #[test]
    fn a_training_area_a_change_by_a_number_and_a_part_of_a_whole() {
        // A training area is where troops are, not an exercise.
        let got = deployments(
            "In Litauen führt Deutschland den Verband, geübt wird auf dem Truppenübungsplatz \
             Pabrade. Beteiligt sind auch Norwegen und Belgien.",
        );
        assert!(
            got.contains(r#""host":"LT""#) && got.contains(r#""state":"NO""#),
            "{got}"
        );
        // `um 200` changes a contingent; it is not its size.
        let got =
            deployments("Im Juli stockte Norwegen seine Truppe in Litauen um 200 Soldaten auf.");
        assert!(
            got.contains(r#""state":"NO""#) && !got.contains("200"),
            "{got}"
        );
        // `300 der 900 Soldaten`: the part is the state's.
        let got = deployments(
            "In Litauen stellte Norwegen zuletzt etwa 300 der rund 900 ausländischen Soldaten.",
        );
        assert!(
            got.contains(r#""value":300"#) && !got.contains("900"),
            "{got}"
        );
    }

    #[test]
    fn seit_alone_starts_no_mission_and_dabei_before_an_infinitive_takes_no_part() {
        // `seit` dates how things are, and `sie` here is the state, not the mission.
        let got = deployments(
            "Die Nato ist seit 2004 mit 300 Soldaten in Litauen. Die Schweiz gehört ihr nicht \
             an; sie arbeitet seit 1996 mit ihr zusammen.",
        );
        assert!(!got.contains("1996"), "{got}");
        let got = deployments("Russland ist dabei, den Krieg in der Ukraine zu verlieren.");
        assert!(got.is_empty(), "{got}");
    }

    #[test]
    fn dabei_as_an_adverb_takes_no_part_but_closing_its_clause_does() {
        let got = deployments(
            "Der Präsident von Tadschikistan, seit 1994 im Amt, setzt dabei auf Moskau.",
        );
        assert!(got.is_empty(), "{got}");
        let got = deployments(
            "In Litauen führt Deutschland den Verband. Norwegen ist mit rund 200 Soldaten \
             dabei, darunter Panzergrenadiere.",
        );
        assert!(
            got.contains(r#"{"state":"NO","troops":{"value":200"#),
            "{got}"
        );
    }

    #[test]
    fn a_count_far_from_its_only_possible_owner_and_a_date_from_the_paragraph() {
        // The states between are inside `zwischen … und …`; the host owns nothing.
        let got = deployments(
            "2019 hatte Frankreich nach Gefechten zwischen Mali und Niger 800 Soldaten nach \
             Mali verlegt.",
        );
        assert!(
            got.contains(r#"{"state":"FR","troops":{"value":800"#),
            "{got}"
        );
        // A pledge is no contingent.
        let got = deployments(
            "Italien hat der Allianz für ihr Kosovo-Kommando ab 2026 rund 4000 Soldaten zugesagt.",
        );
        assert!(!got.contains("4000"), "{got}");
        // The paragraph names the mission and its date, the next sentence the move.
        let got = deployments(
            "Ihren ersten Einsatz hatte die Eingreiftruppe im Oktober 2016. Damals schickte \
             Kenia 500 Soldaten nach Somalia.",
        );
        assert!(got.contains(r#""host":"SO","start":"2016-10""#), "{got}");
    }

    #[test]
    fn a_mission_and_a_states_own_force_at_one_host_are_two_deployments() {
        let got = deployments(
            "Die UN-Mission Minusma in Mali zählte 2022 rund 12.000 Blauhelme; Deutschland \
             stellte dort 1100 Soldaten. Im Dezember 2021 schickte Russland Kämpfer der \
             Gruppe Wagner nach Mali.",
        );
        let lines: Vec<&str> = got.split(r#"{"kind":"deployment""#).skip(1).collect();
        assert_eq!(lines.len(), 2, "{got}");
        assert!(
            lines.iter().any(
                |l| l.contains(r#","actor":{"kind":"org","id":"UN"},"host":"ML""#)
                    && l.contains(r#"{"state":"DE","troops":{"value":1100"#)
            ),
            "{got}"
        );
        assert!(
            lines.iter().any(|l| l
                .contains(r#","actor":{"kind":"state","id":"RU"},"host":"ML","start":"2021-12""#)),
            "{got}"
        );
    }

    #[test]
    fn am_selben_tag_dates_a_decision_by_the_day_named_before() {
        let got = deployments(
            "Der Präsident bat die OVKS am 6. Januar 2022 um Hilfe. In Almaty brannte das \
             Rathaus.\n\nNoch am selben Tag beschloss der Rat der OVKS die Entsendung \
             einer Friedenstruppe. Russland schickte 2000 Soldaten nach Kasachstan.",
        );
        assert!(got.contains(r#""host":"KZ","start":"2022-01-06""#), "{got}");
    }

    #[test]
    fn a_total_over_years_is_no_contingent_and_troops_to_leave_are_there() {
        let got = deployments(
            "Die UN-Mission in Mali endet. Seit Juli 2013 waren insgesamt mehr als 15.000 \
             schwedische Soldaten in dem Land im Einsatz.",
        );
        assert!(!got.contains("15000"), "{got}");
        let got = deployments(
            "Die UN-Mission in Mali verliert Truppen. Irland hatte den Abzug seiner rund 140 \
             Soldaten aus Mali bereits im Mai angekündigt.",
        );
        assert!(
            got.contains(r#"{"state":"IE","troops":{"value":140"#),
            "{got}"
        );
    }

    #[test]
    fn rows_of_a_table_after_one_with_troops_need_no_troop_noun() {
        let got = deployments(
            "Die Nato führt in Litauen einen Verband mit Soldaten aus vielen Staaten.\n\n\
             Niederlande: etwa 300 Soldaten\nNorwegen: rund 200\nBelgien: 120\n\nDie \
             Zahlen nennt das Bündnis, sie wechseln mit jeder Rotation.",
        );
        for (state, count) in [("NL", 300), ("NO", 200), ("BE", 120)] {
            assert!(
                got.contains(&format!(
                    r#"{{"state":"{state}","troops":{{"value":{count}"#
                )),
                "{state}: {got}"
            );
        }
        // Without a row that names troops, a count after a state is none.
        let got = deployments(
            "Die Nato tagt in Brüssel.\n\nNorwegen: rund 200\nBelgien: 120\n\nDie \
             Zahlen nennt das Bündnis, sie wechseln mit jeder Rotation.",
        );
        assert!(!got.contains("200"), "{got}");
    }

    #[test]
    fn a_count_of_a_states_people_is_its_contingent() {
        let got = deployments(
            "In Litauen führt Deutschland den Verband der Nato. Derzeit dienen dort rund 200 \
             Norwegerinnen und Norweger.",
        );
        assert!(
            got.contains(r#"{"state":"NO","troops":{"value":200"#),
            "{got}"
        );
    }

    #[test]
    fn a_year_inside_a_date_counts_no_troops() {
        let got = deployments("Nach Mali verlegte Russland im Mai 2022 Militärausbilder.");
        assert!(got.contains(r#""host":"ML","start":"2022-05""#), "{got}");
        assert!(!got.contains(r#""value":2022"#), "{got}");
    }

    #[test]
    fn a_plan_covers_its_clause_and_what_follows_until_a_move_told_as_done() {
        // The count before the plan is current.
        let got = deployments(
            "In Niger landete am 3. Mai 2024 ein Flugzeug mit 80 Soldaten des \
             Afrikakorps, weitere 150 sollen folgen.",
        );
        assert!(
            got.contains(r#"{"state":"RU","troops":{"value":80"#),
            "{got}"
        );
        assert!(!got.contains("150"), "{got}");
        // An announced contingent, its size told in the clause after, is planned.
        let got = deployments(
            "Die Nato verstärkt die KFOR. Polen kündigte an, eine Kompanie zu entsenden, \
             nach Angaben aus Warschau etwa 120 Soldaten.",
        );
        assert!(!got.contains("120"), "{got}");
        // Troops announced to leave are there now.
        let got = deployments(
            "Die Uno-Mission in Mali verliert Truppen: Schweden kündigte an, dass die rund \
             250 schwedischen Soldaten ihren Einsatz beenden werden.",
        );
        assert!(
            got.contains(r#"{"state":"SE","troops":{"value":250"#),
            "{got}"
        );
        // A neighbour is no contributor.
        let got = deployments(
            "Kanada schickt mehr Soldaten nach Lettland, das an Russland und an Belarus grenzt.",
        );
        assert!(
            !got.contains(r#""state":"RU""#) && !got.contains(r#""state":"BY""#),
            "{got}"
        );
    }

    #[test]
    fn jeweils_gives_each_listed_state_the_count_and_a_named_mission_is_the_fallback_host() {
        let got = deployments(
            "Der Sicherheitsrat verlängerte das Mandat der Friedenstruppe UNFICYP. Die \
             größten Kontingente stellen Großbritannien, Argentinien und die Slowakei mit \
             jeweils rund 250 Kräften; kleinere Einheiten kommen aus Ungarn und Serbien.",
        );
        assert!(got.contains(r#""host":"CY""#), "{got}");
        for state in ["GB", "AR", "SK"] {
            assert!(
                got.contains(&format!(r#"{{"state":"{state}","troops":{{"value":250"#)),
                "{state}: {got}"
            );
        }
        assert!(got.contains(r#"{"state":"HU"}"#), "{got}");
    }

    #[test]
    fn a_question_heading_names_a_host_only_after_in() {
        let got = deployments(
            "Die UN-Mission Unifil überwacht seit 1978 die Grenze im Libanon.\n\n\
             Welche Rolle spielt Österreich?\n\n\
             Das Bundesheer ist seit 2011 mit rund 160 Soldaten dabei.",
        );
        assert!(!got.contains(r#""host":"AT""#), "{got}");
        assert!(got.contains(r#""host":"LB""#), "{got}");
    }

    #[test]
    fn a_units_size_in_a_clause_of_size_and_its_people_in_a_phrase() {
        let got = deployments(
            "Die UN-Mission Minusma in Mali endet. Zuletzt umfasste das irische \
             Kontingent noch etwa 300 Frauen und Männer.",
        );
        assert!(
            got.contains(r#"{"state":"IE","troops":{"value":300,"qualifier":"approx"}}"#),
            "{got}"
        );
        // A size needs its verb: a unit named beside a count of something else is not.
        let got = deployments(
            "Die UN-Mission Minusma in Mali endet. Das irische Kontingent hat in zehn \
             Jahren 300 Patrouillen gefahren.",
        );
        assert!(!got.contains(r#""value":300"#), "{got}");
    }

    #[test]
    fn a_count_told_of_an_earlier_time_gives_way_to_the_present_one() {
        let got = deployments(
            "Bei der EU-Mission Althea in Bosnien-Herzegowina dienen rund 1100 Soldaten. \
             Schweden ist mit rund 90 Soldaten dabei. Nach dem Angriff verlegte die EU \
             Reserven nach Bosnien-Herzegowina; Schweden schickte damals 40 Soldaten.",
        );
        assert!(
            got.contains(r#"{"state":"SE","troops":{"value":90,"#),
            "{got}"
        );
        // Alone, it is the count there is.
        let got = deployments(
            "Nach dem Angriff verlegte die EU Reserven nach Bosnien-Herzegowina; \
             Schweden schickte damals 40 Soldaten.",
        );
        assert!(
            got.contains(r#"{"state":"SE","troops":{"value":40,"#),
            "{got}"
        );
    }

    #[test]
    fn members_of_a_states_army_count_as_its_people() {
        let got = deployments(
            "Die Nato-Truppe Kfor sichert das Kosovo. Derzeit dienen 85 \
             Bundeswehrsoldaten bei der Kfor.",
        );
        assert!(
            got.contains(r#"{"state":"DE","troops":{"value":85,"qualifier":"exact"}}"#),
            "{got}"
        );
    }

    #[test]
    fn a_mission_started_or_founded_dates_its_deployment() {
        let got = deployments(
            "Die UN-Mission Minusca in der Zentralafrikanischen Republik zählt rund \
             14.000 Soldaten. Die Mission war im April 2014 gestartet worden.",
        );
        assert!(got.contains(r#""start":"2014-04""#), "{got}");
        let got = deployments(
            "Die Bundeswehr zieht aus Mali ab. Der Sicherheitsrat beendete am 30. Juni \
             das Mandat der im April 2013 gegründeten Mission Minusma in Mali.",
        );
        assert!(got.contains(r#""start":"2013-04""#), "{got}");
    }

    #[test]
    fn a_span_begins_at_its_first_date_and_a_season_gives_the_year_of_days_after_it() {
        let got = check(
            "Erstmals eingesetzt wurde die Eingreiftruppe der Nato im Herbst 2023 auf dem \
             Balkan. Vom 2. Oktober bis zum 20. Oktober verlegte die Nato rund 300 \
             Soldaten in den Kosovo.",
            None,
        )
        .concat();
        assert!(got.contains(r#""host":"XK","start":"2023-10-02""#), "{got}");
    }

    #[test]
    fn a_verb_that_begins_a_move_takes_troops_nach_a_host_even_far_from_its_particle() {
        let got = deployments(
            "Die Nato stärkte ihre Ostflanke. Im März 2022 brachen mehr als 400 \
             spanische Soldaten und ein portugiesisches Kontingent von rund 200 Mann als \
             Teil der schnellen Eingreiftruppe nach Rumänien auf.",
        );
        assert!(got.contains(r#""host":"RO","start":"2022-03""#), "{got}");
        assert!(
            got.contains(r#"{"state":"PT","troops":{"value":200,"#),
            "{got}"
        );
    }

    #[test]
    fn the_target_of_an_attack_and_troops_earmarked_are_no_contingent() {
        let got = deployments(
            "Nach dem Angriff auf die Ukraine verlegte die EU Reserven aus Österreich und \
             der Slowakei nach Bosnien-Herzegowina.",
        );
        assert!(got.contains(r#"{"state":"SK"}"#), "{got}");
        assert!(!got.contains(r#""state":"UA""#), "{got}");
        let got = deployments(
            "Die Nato-Truppe Kfor sichert das Kosovo. Für die Kfor waren zuletzt 3000 \
             polnische Soldaten eingeplant.",
        );
        assert!(!got.contains(r#""value":3000"#), "{got}");
    }

    #[test]
    fn hier_is_the_paragraphs_state_and_a_decision_after_a_call_for_help_dates_the_move() {
        let got = deployments(
            "Tadschikistan ist ein armes Land. Hier kam die OVKS im März 2023 zum ersten \
             Mal zum Einsatz. Der Präsident bat das Bündnis um Hilfe, am 4. März fiel der \
             Beschluss.",
        );
        assert!(got.contains(r#""host":"TJ","start":"2023-03-04""#), "{got}");
    }

    #[test]
    fn several_hundred_troops_take_part_without_a_count() {
        let got = deployments(
            "Der Verband steht in Litauen. Norwegen stellt dort bislang mehrere Hundert \
             Soldaten.",
        );
        assert!(got.contains(r#"{"state":"NO"}"#), "{got}");
    }

    #[test]
    fn a_part_of_a_land_and_a_region_a_states_adjective_names_are_in_that_state() {
        let got = deployments(
            "Nach Angaben der Regierung sind rund 2000 kenianische Soldaten im Osten des \
             Kongo im Einsatz.",
        );
        assert!(got.contains(r#""host":"CD""#), "{got}");
        let got = deployments(
            "Im Juli 2021 trafen 1000 ruandische Soldaten in der mosambikanischen Provinz \
             Cabo Delgado ein.",
        );
        assert!(got.contains(r#""host":"MZ","start":"2021-07""#), "{got}");
    }

    #[test]
    fn troops_set_apart_from_the_mission_are_their_states_own() {
        let got = deployments(
            "An der UN-Mission Minusca in der Zentralafrikanischen Republik beteiligen \
             sich Ruanda und Pakistan. Neben den Blauhelmen sind in der Zentralafrikanischen Republik rund \
             900 russische Kämpfer im Einsatz.",
        );
        assert!(
            got.contains(r#""actor":{"kind":"state","id":"RU"},"host":"CF""#),
            "{got}"
        );
        assert!(got.contains(r#""actor":{"kind":"org","id":"UN"}"#), "{got}");
    }

    #[test]
    fn a_move_told_as_not_made_deploys_no_one_but_nicht_nur_does() {
        let got =
            deployments("Eigene Truppen hat der Machthaber bisher nicht nach Moldau geschickt.");
        assert!(got.is_empty(), "{got}");
        let got = deployments(
            "Nicht nur Russland, sondern auch Belarus schickte im Januar 2022 Soldaten \
             nach Kasachstan.",
        );
        assert!(got.contains(r#""host":"KZ""#), "{got}");
    }
}
