//! Scoring extracted facts against gold facts: precision, recall and F1 per kind of fact.
//!
//! Where it sits: beside the pipeline. `diplokg eval` extracts each gold file's text again and
//! [`score`]s the result against the gold [`Facts`]; [`merge`] sums the per-document counts, so
//! the figures are micro-averaged over documents.
//!
//! Rows of the [`Report`] (each with gold, predicted and matched counts):
//! - `entities (linked)`: the set of Wikidata QIDs of the entities;
//! - `entities (all)`: every entity, aligned one-to-one with the gold entities of the same kind
//!   when they share a QID, when the code-point spans of their mentions overlap, or else when
//!   their normalised names are equal (NFKC, lowercase, whitespace collapsed). When several pairs
//!   compete, a shared QID wins, then overlapping spans, then an equal name, then the larger
//!   overlap (so a predicted "Great Hall" overlapping both the gold "Great Hall" and the gold
//!   "East Gate Square of the Great Hall" goes to the former);
//! - `roles`: (person, role kind, of what);
//! - `events`: kind, date value (both absent counts as equal) and the set of participants (their
//!   parts are ignored); `event types+dates` compares kind and date only, to show what fails;
//! - `agreements`: kind, normalised title (or the count when gold has no title) and, when gold
//!   names parties, the set of parties;
//! - `counts`: (agreement kind, count) of batches; `dates`: (item kind, date value, precision) of
//!   every dated event and agreement; `anniversaries`: (ordinal, derived year).
//!
//! Entities are compared through keys: a gold entity's key is its QID (`wd:Q…`), else its local
//! id; a predicted entity takes the key of the gold entity it was aligned with, else its own QID,
//! else `unmatched:<name>`. So a wrong or missing QID costs points in `entities (linked)` only,
//! not in the rows that refer to the entity.
//!
//! Tuple rows count multisets (a fact stated twice must be found twice); the QID row counts sets.
//! Choices not in the design notes: precision is 1 when nothing is predicted and recall is 1 when
//! nothing is expected, so an empty row never drags a score down.

use crate::facts::{Agreement, Entity, Facts, Mention};
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Gold, predicted and matched counts of one kind of fact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items in the gold facts.
    pub gold: usize,
    /// Items in the predicted facts.
    pub predicted: usize,
    /// Predicted items matched one-to-one with gold items (true positives).
    pub matched: usize,
}

impl Counts {
    /// Matched / predicted; 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// Matched / gold; 1 when gold has nothing.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Self) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        1.0
    } else {
        // Counts of facts in news articles are far below 2^52: the conversion is exact.
        numerator as f64 / denominator as f64
    }
}

/// Serialised with the derived figures, so JSON readers need not recompute them.
impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Counts", 6)?;
        s.serialize_field("gold", &self.gold)?;
        s.serialize_field("predicted", &self.predicted)?;
        s.serialize_field("matched", &self.matched)?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("recall", &self.recall())?;
        s.serialize_field("f1", &self.f1())?;
        s.end()
    }
}

/// Scores of one or more documents, per kind of fact, and the misses.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Number of documents scored.
    pub documents: usize,
    /// Wikidata QIDs of entities.
    pub entities_linked: Counts,
    /// Every entity, aligned by QID, mention overlap or name.
    pub entities_all: Counts,
    /// (person, role kind, of what).
    pub roles: Counts,
    /// Events: kind, date and participants.
    pub events: Counts,
    /// Events: kind and date only.
    pub event_types_dates: Counts,
    /// Agreements: kind, title or count, parties.
    pub agreements: Counts,
    /// (agreement kind, count) of batches of documents.
    pub counts: Counts,
    /// (item kind, date value, precision) of dated events and agreements.
    pub dates: Counts,
    /// (ordinal, derived year) of anniversaries.
    pub anniversaries: Counts,
    /// Readable lines `doc-id: missed …` (gold item not found) and `doc-id: spurious …`
    /// (predicted item not in gold).
    pub misses: Vec<String>,
}

impl Report {
    /// The rows in table order, with their labels.
    pub fn rows(&self) -> [(&'static str, Counts); 9] {
        [
            ("entities (linked)", self.entities_linked),
            ("entities (all)", self.entities_all),
            ("roles", self.roles),
            ("events", self.events),
            ("event types+dates", self.event_types_dates),
            ("agreements", self.agreements),
            ("counts", self.counts),
            ("dates", self.dates),
            ("anniversaries", self.anniversaries),
        ]
    }

    fn absorb(&mut self, other: Self) {
        self.documents += other.documents;
        self.entities_linked.add(other.entities_linked);
        self.entities_all.add(other.entities_all);
        self.roles.add(other.roles);
        self.events.add(other.events);
        self.event_types_dates.add(other.event_types_dates);
        self.agreements.add(other.agreements);
        self.counts.add(other.counts);
        self.dates.add(other.dates);
        self.anniversaries.add(other.anniversaries);
        self.misses.extend(other.misses);
    }
}

/// Sums reports (micro-average): counts add up, misses are concatenated in order.
pub fn merge(reports: impl IntoIterator<Item = Report>) -> Report {
    reports.into_iter().fold(Report::default(), |mut all, r| {
        all.absorb(r);
        all
    })
}

/// An aligned table (kind, gold, pred, match, P, R, F1), then the misses if any.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<17} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "kind", "gold", "pred", "match", "P", "R", "F1"
        )?;
        for (label, c) in self.rows() {
            writeln!(
                f,
                "{label:<17} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}",
                c.gold,
                c.predicted,
                c.matched,
                c.precision(),
                c.recall(),
                c.f1()
            )?;
        }
        if !self.misses.is_empty() {
            writeln!(f, "\nmisses ({}):", self.misses.len())?;
            for line in &self.misses {
                writeln!(f, "{line}")?;
            }
        }
        Ok(())
    }
}

/// Scores the facts `predicted` from one document against its `gold` facts.
pub fn score(gold: &Facts, predicted: &Facts) -> Report {
    use Side::{Gold, Predicted};
    let keys = Keys::new(gold, predicted);
    let mut s = Scorer {
        doc: &gold.document.id,
        misses: Vec::new(),
    };
    let (gold_events, predicted_events) = (
        event_tuples(gold, &keys, Gold),
        event_tuples(predicted, &keys, Predicted),
    );
    let (gold_loose, predicted_loose) = (loose(&gold_events), loose(&predicted_events));
    // Fields are evaluated in the order written, which is the order of the misses.
    let report = Report {
        documents: 1,
        entities_linked: s.linked(gold, predicted),
        entities_all: s.entities(gold, predicted, &keys.gold_to_pred),
        roles: s.bag(
            "role",
            role_tuples(gold, &keys, Gold),
            role_tuples(predicted, &keys, Predicted),
            |(person, role, of)| match of {
                Some(of) => format!("{person} {role} of {of}"),
                None => format!("{person} {role}"),
            },
        ),
        events: s.bag(
            "event",
            gold_events,
            predicted_events,
            |(kind, date, who)| format!("{kind} {} [{}]", date_label(date), who.join(", ")),
        ),
        event_types_dates: s.bag(
            "event type+date",
            gold_loose,
            predicted_loose,
            |(kind, date)| format!("{kind} {}", date_label(date)),
        ),
        agreements: s.agreements(gold, predicted, &keys),
        counts: s.bag(
            "count",
            count_tuples(gold),
            count_tuples(predicted),
            |(kind, n)| format!("{kind} x{n}"),
        ),
        dates: s.bag(
            "date",
            date_tuples(gold),
            date_tuples(predicted),
            |(item, value, precision)| format!("{item} {value} ({precision})"),
        ),
        anniversaries: s.bag(
            "anniversary",
            anniversary_tuples(gold),
            anniversary_tuples(predicted),
            |(ordinal, year)| format!("{ordinal} -> {year}"),
        ),
        misses: Vec::new(),
    };
    Report {
        misses: s.misses,
        ..report
    }
}

/// (person key, role kind, key of what) of every role.
fn role_tuples(facts: &Facts, keys: &Keys, side: Side) -> Vec<(String, String, Option<String>)> {
    facts
        .roles
        .iter()
        .map(|r| {
            let of = r.of.as_deref().map(|id| keys.key(side, id));
            (keys.key(side, &r.person), kebab(&r.role), of)
        })
        .collect()
}

/// Event kind, date value and the sorted set of participant keys.
type EventTuple = (String, Option<String>, Vec<String>);

fn event_tuples(facts: &Facts, keys: &Keys, side: Side) -> Vec<EventTuple> {
    facts
        .events
        .iter()
        .map(|e| {
            let participants: BTreeSet<String> = e
                .participants
                .iter()
                .map(|p| keys.key(side, &p.entity))
                .collect();
            (
                kebab(&e.kind),
                e.date.as_ref().map(|d| d.value.clone()),
                participants.into_iter().collect(),
            )
        })
        .collect()
}

/// Event kind and date value only.
fn loose(events: &[EventTuple]) -> Vec<(String, Option<String>)> {
    events
        .iter()
        .map(|(kind, date, _)| (kind.clone(), date.clone()))
        .collect()
}

/// (agreement kind, count) of every batch.
fn count_tuples(facts: &Facts) -> Vec<(String, u32)> {
    facts
        .agreements
        .iter()
        .filter_map(|a| a.count.map(|n| (kebab(&a.kind), n)))
        .collect()
}

/// ("event talks" or "agreement treaty", date value, precision) of every dated item.
fn date_tuples(facts: &Facts) -> Vec<(String, String, String)> {
    let events = facts
        .events
        .iter()
        .filter_map(|e| Some((format!("event {}", kebab(&e.kind)), e.date.as_ref()?)));
    let agreements = facts
        .agreements
        .iter()
        .filter_map(|a| Some((format!("agreement {}", kebab(&a.kind)), a.date.as_ref()?)));
    events
        .chain(agreements)
        .map(|(item, d)| (item, d.value.clone(), kebab(&d.precision)))
        .collect()
}

/// (ordinal, derived year) of every anniversary.
fn anniversary_tuples(facts: &Facts) -> Vec<(u32, i32)> {
    facts
        .anniversaries
        .iter()
        .map(|a| (a.ordinal, a.derived_year))
        .collect()
}

/// Collects the misses of one document while the rows are scored.
struct Scorer<'a> {
    doc: &'a str,
    misses: Vec<String>,
}

impl Scorer<'_> {
    fn missed(&mut self, what: &str, label: &str) {
        self.misses
            .push(format!("{}: missed {what} {label}", self.doc));
    }

    fn spurious(&mut self, what: &str, label: &str) {
        self.misses
            .push(format!("{}: spurious {what} {label}", self.doc));
    }

    /// Multiset matching on equal tuples; misses in tuple order.
    fn bag<K: Ord>(
        &mut self,
        what: &str,
        gold: Vec<K>,
        predicted: Vec<K>,
        label: impl Fn(&K) -> String,
    ) -> Counts {
        let counts = Counts {
            gold: gold.len(),
            predicted: predicted.len(),
            matched: 0,
        };
        let mut tally: BTreeMap<K, (usize, usize)> = BTreeMap::new();
        for k in gold {
            tally.entry(k).or_default().0 += 1;
        }
        for k in predicted {
            tally.entry(k).or_default().1 += 1;
        }
        let mut matched = 0;
        for (k, (g, p)) in &tally {
            matched += g.min(p);
            for _ in *p..*g {
                self.missed(what, &label(k));
            }
            for _ in *g..*p {
                self.spurious(what, &label(k));
            }
        }
        Counts { matched, ..counts }
    }

    /// The set of QIDs, labelled with the first entity name that carries each.
    fn linked(&mut self, gold: &Facts, predicted: &Facts) -> Counts {
        let qids = |facts: &Facts| -> BTreeMap<String, String> {
            let mut qids = BTreeMap::new();
            for e in &facts.entities {
                if let Some(q) = &e.wikidata {
                    qids.entry(q.clone()).or_insert_with(|| e.name.clone());
                }
            }
            qids
        };
        let (gold, predicted) = (qids(gold), qids(predicted));
        let mut matched = 0;
        for (q, name) in &gold {
            if predicted.contains_key(q) {
                matched += 1;
            } else {
                self.missed("linked entity", &format!("wd:{q} {name}"));
            }
        }
        for (q, name) in &predicted {
            if !gold.contains_key(q) {
                self.spurious("linked entity", &format!("wd:{q} {name}"));
            }
        }
        Counts {
            gold: gold.len(),
            predicted: predicted.len(),
            matched,
        }
    }

    /// Counts the entity alignment made by [`align_entities`].
    fn entities(
        &mut self,
        gold: &Facts,
        predicted: &Facts,
        gold_to_pred: &[Option<usize>],
    ) -> Counts {
        let label = |e: &Entity| match &e.wikidata {
            Some(q) => format!("{} {} (wd:{q})", kebab(&e.kind), e.name),
            None => format!("{} {}", kebab(&e.kind), e.name),
        };
        let mut used = vec![false; predicted.entities.len()];
        let mut matched = 0;
        for (g, p) in gold.entities.iter().zip(gold_to_pred) {
            match p.and_then(|p| used.get_mut(p)) {
                Some(slot) => {
                    *slot = true;
                    matched += 1;
                }
                None => self.missed("entity", &label(g)),
            }
        }
        for (e, used) in predicted.entities.iter().zip(&used) {
            if !used {
                self.spurious("entity", &label(e));
            }
        }
        Counts {
            gold: gold.entities.len(),
            predicted: predicted.entities.len(),
            matched,
        }
    }

    /// One-to-one: each gold agreement takes the first free compatible predicted one.
    fn agreements(&mut self, gold: &Facts, predicted: &Facts, keys: &Keys) -> Counts {
        let parties = |a: &Agreement, side: Side| -> BTreeSet<String> {
            a.parties.iter().map(|id| keys.key(side, id)).collect()
        };
        let title = |a: &Agreement| a.title.as_ref().map(|t| normalize_name(&t.text));
        let label = |a: &Agreement, side: Side| {
            let what = match (&a.title, a.count) {
                (Some(t), _) => format!(" \"{}\"", t.text),
                (None, Some(n)) => format!(" x{n}"),
                (None, None) => String::new(),
            };
            let parties: Vec<String> = parties(a, side).into_iter().collect();
            format!("{}{what} [{}]", kebab(&a.kind), parties.join(", "))
        };
        let predicted_parties: Vec<BTreeSet<String>> = predicted
            .agreements
            .iter()
            .map(|a| parties(a, Side::Predicted))
            .collect();
        let predicted_titles: Vec<Option<String>> =
            predicted.agreements.iter().map(title).collect();
        let mut used = vec![false; predicted.agreements.len()];
        let mut matched = 0;
        for g in &gold.agreements {
            let gold_title = title(g);
            let gold_parties = parties(g, Side::Gold);
            let found = predicted.agreements.iter().enumerate().position(|(i, p)| {
                !used[i]
                    && p.kind == g.kind
                    && match &gold_title {
                        Some(t) => predicted_titles[i].as_ref() == Some(t),
                        None => p.count == g.count,
                    }
                    && (gold_parties.is_empty() || predicted_parties[i] == gold_parties)
            });
            match found {
                Some(i) => {
                    used[i] = true;
                    matched += 1;
                }
                None => self.missed("agreement", &label(g, Side::Gold)),
            }
        }
        for (a, used) in predicted.agreements.iter().zip(&used) {
            if !used {
                self.spurious("agreement", &label(a, Side::Predicted));
            }
        }
        Counts {
            gold: gold.agreements.len(),
            predicted: predicted.agreements.len(),
            matched,
        }
    }
}

fn date_label(date: &Option<String>) -> &str {
    date.as_deref().unwrap_or("(no date)")
}

/// Which facts an entity id belongs to.
#[derive(Debug, Clone, Copy)]
enum Side {
    Gold,
    Predicted,
}

/// Entity keys of both sides, after aligning the entities.
struct Keys<'a> {
    gold_ids: HashMap<&'a str, usize>,
    predicted_ids: HashMap<&'a str, usize>,
    gold_keys: Vec<String>,
    predicted_keys: Vec<String>,
    gold_to_pred: Vec<Option<usize>>,
}

impl<'a> Keys<'a> {
    fn new(gold: &'a Facts, predicted: &'a Facts) -> Self {
        let gold_to_pred = align_entities(gold, predicted);
        let gold_keys: Vec<String> = gold
            .entities
            .iter()
            .map(|e| match &e.wikidata {
                Some(q) => format!("wd:{q}"),
                None => e.id.clone(),
            })
            .collect();
        let mut aligned = vec![None; predicted.entities.len()];
        for (g, p) in gold_to_pred.iter().enumerate() {
            if let Some(slot) = p.and_then(|p| aligned.get_mut(p)) {
                *slot = Some(g);
            }
        }
        let predicted_keys = predicted
            .entities
            .iter()
            .zip(aligned)
            .map(
                |(e, g)| match (&e.wikidata, g.and_then(|g| gold_keys.get(g))) {
                    (_, Some(key)) => key.clone(),
                    (Some(q), None) => format!("wd:{q}"),
                    (None, None) => format!("unmatched:{}", e.name),
                },
            )
            .collect();
        let ids = |facts: &'a Facts| -> HashMap<&'a str, usize> {
            facts
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.as_str(), i))
                .collect()
        };
        Self {
            gold_ids: ids(gold),
            predicted_ids: ids(predicted),
            gold_keys,
            predicted_keys,
            gold_to_pred,
        }
    }

    /// The key of the entity with local id `id`; `unmatched:<id>` for a dangling reference.
    fn key(&self, side: Side, id: &str) -> String {
        let (ids, keys) = match side {
            Side::Gold => (&self.gold_ids, &self.gold_keys),
            Side::Predicted => (&self.predicted_ids, &self.predicted_keys),
        };
        ids.get(id)
            .and_then(|&i| keys.get(i))
            .cloned()
            .unwrap_or_else(|| format!("unmatched:{id}"))
    }
}

/// Aligns entities one-to-one: for each gold entity, the index of its predicted entity.
///
/// Candidate pairs have the same kind and share a QID, overlap in a mention span, or have equal
/// normalised names; the best pairs are taken first (QID, then overlap, then name, then the
/// larger overlap; ties in document order), each entity at most once.
fn align_entities(gold: &Facts, predicted: &Facts) -> Vec<Option<usize>> {
    let (gold_spans, predicted_spans) = (spans(gold), spans(predicted));
    let gold_names: Vec<String> = gold
        .entities
        .iter()
        .map(|e| normalize_name(&e.name))
        .collect();
    let predicted_names: Vec<String> = predicted
        .entities
        .iter()
        .map(|e| normalize_name(&e.name))
        .collect();

    // (shared QID, overlaps, same name, overlap length), gold index, predicted index.
    let mut candidates = Vec::new();
    for (g, ge) in gold.entities.iter().enumerate() {
        for (p, pe) in predicted.entities.iter().enumerate() {
            if ge.kind != pe.kind {
                continue;
            }
            let qid = ge.wikidata.is_some() && ge.wikidata == pe.wikidata;
            let overlap = overlap(&gold_spans[g], &predicted_spans[p]);
            let name = gold_names[g] == predicted_names[p];
            if qid || overlap > 0 || name {
                candidates.push(((qid, overlap > 0, name, overlap), g, p));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));

    let mut gold_to_pred = vec![None; gold.entities.len()];
    let mut taken = vec![false; predicted.entities.len()];
    for (_, g, p) in candidates {
        if gold_to_pred[g].is_none() && !taken[p] {
            gold_to_pred[g] = Some(p);
            taken[p] = true;
        }
    }
    gold_to_pred
}

/// Code-point spans of each entity's mentions (dangling mention ids are skipped).
fn spans(facts: &Facts) -> Vec<Vec<(usize, usize)>> {
    let by_id: HashMap<&str, &Mention> =
        facts.mentions.iter().map(|m| (m.id.as_str(), m)).collect();
    facts
        .entities
        .iter()
        .map(|e| {
            e.mentions
                .iter()
                .filter_map(|id| by_id.get(id.as_str()).map(|m| (m.start, m.end)))
                .collect()
        })
        .collect()
}

/// Total length of the pairwise overlaps of two lists of half-open spans.
fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    a.iter()
        .flat_map(|&(s1, e1)| {
            b.iter()
                .map(move |&(s2, e2)| e1.min(e2).saturating_sub(s1.max(s2)))
        })
        .sum()
}

/// NFKC, lowercase, whitespace runs collapsed to one space, trimmed.
fn normalize_name(name: &str) -> String {
    let folded: String = name.nfkc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kebab-case name serde gives a unit variant (`state-visit`), as in facts JSON.
fn kebab<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{Document, EntityKind, FACTS_VERSION, text_sha256};

    /// An entity to build: id, kind, name, QID and its mention spans.
    type Spec<'a> = (
        &'a str,
        EntityKind,
        &'a str,
        Option<&'a str>,
        &'a [(usize, usize)],
    );

    fn facts(text: &str, entities: &[Spec]) -> Facts {
        let mut mentions = Vec::new();
        let entities = entities
            .iter()
            .map(|&(id, kind, name, qid, spans)| {
                let ids = spans
                    .iter()
                    .map(|&(start, end)| {
                        let mid = format!("m{}", mentions.len());
                        mentions.push(Mention {
                            id: mid.clone(),
                            start,
                            end,
                            anchor: text.chars().skip(start).take(end - start).collect(),
                        });
                        mid
                    })
                    .collect();
                Entity {
                    id: id.into(),
                    kind,
                    name: name.into(),
                    wikidata: qid.map(Into::into),
                    mentions: ids,
                }
            })
            .collect();
        Facts {
            version: FACTS_VERSION.into(),
            document: Document {
                id: "doc".into(),
                lang: "en".into(),
                title: None,
                published: None,
                source_url: None,
                text_sha256: text_sha256(text),
                text: text.into(),
            },
            mentions,
            entities,
            roles: vec![],
            events: vec![],
            agreements: vec![],
            anniversaries: vec![],
        }
    }

    const TEXT: &str = "Talks at the East Gate Square of the Great Hall, then in the Great Hall.";

    #[test]
    fn nested_spans_go_to_the_entity_with_the_same_name() {
        let gold = facts(
            TEXT,
            &[
                (
                    "gate",
                    EntityKind::Place,
                    "East Gate Square of the Great Hall",
                    None,
                    &[(13, 47)],
                ),
                ("hall", EntityKind::Place, "Great Hall", None, &[(61, 71)]),
            ],
        );
        // The predicted hall overlaps both gold places; it must align with the hall.
        let predicted = facts(
            TEXT,
            &[(
                "h",
                EntityKind::Place,
                "great  hall",
                None,
                &[(37, 47), (61, 71)],
            )],
        );
        assert_eq!(align_entities(&gold, &predicted), vec![None, Some(0)]);
    }

    #[test]
    fn alignment_needs_the_same_kind_and_is_one_to_one() {
        let gold = facts(
            TEXT,
            &[("hall", EntityKind::Place, "Great Hall", None, &[(61, 71)])],
        );
        let predicted = facts(
            TEXT,
            &[
                (
                    "o",
                    EntityKind::Organization,
                    "Great Hall",
                    None,
                    &[(61, 71)],
                ),
                ("a", EntityKind::Place, "Great Hall", None, &[]),
                ("b", EntityKind::Place, "Great Hall", None, &[(61, 71)]),
            ],
        );
        // Overlap beats a name-only match; the organisation is never a candidate.
        assert_eq!(align_entities(&gold, &predicted), vec![Some(2)]);
        let report = score(&gold, &predicted);
        assert_eq!(
            report.entities_all,
            Counts {
                gold: 1,
                predicted: 3,
                matched: 1
            }
        );
    }

    #[test]
    fn shared_qid_wins_and_unaligned_keys_use_the_name() {
        let gold = facts(
            TEXT,
            &[(
                "hall",
                EntityKind::Place,
                "Great Hall",
                Some("Q1"),
                &[(61, 71)],
            )],
        );
        let predicted = facts(
            TEXT,
            &[
                ("x", EntityKind::Place, "Great Hall", None, &[(61, 71)]),
                ("y", EntityKind::Place, "elsewhere", Some("Q1"), &[]),
            ],
        );
        assert_eq!(align_entities(&gold, &predicted), vec![Some(1)]);
        let keys = Keys::new(&gold, &predicted);
        assert_eq!(keys.key(Side::Gold, "hall"), "wd:Q1");
        assert_eq!(keys.key(Side::Predicted, "y"), "wd:Q1");
        assert_eq!(keys.key(Side::Predicted, "x"), "unmatched:Great Hall");
        assert_eq!(keys.key(Side::Predicted, "nobody"), "unmatched:nobody");
    }

    #[test]
    fn aligned_entity_without_qid_takes_the_gold_key() {
        let gold = facts(
            TEXT,
            &[
                (
                    "hall",
                    EntityKind::Place,
                    "Great Hall",
                    Some("Q1"),
                    &[(61, 71)],
                ),
                (
                    "gate",
                    EntityKind::Place,
                    "East Gate Square",
                    None,
                    &[(13, 29)],
                ),
            ],
        );
        let predicted = facts(
            TEXT,
            &[
                ("x", EntityKind::Place, "Hall", None, &[(67, 71)]),
                ("y", EntityKind::Place, "east gate square", None, &[]),
            ],
        );
        let keys = Keys::new(&gold, &predicted);
        assert_eq!(keys.key(Side::Predicted, "x"), "wd:Q1");
        assert_eq!(keys.key(Side::Predicted, "y"), "gate");
        let report = score(&gold, &predicted);
        assert_eq!(
            report.entities_linked,
            Counts {
                gold: 1,
                predicted: 0,
                matched: 0
            }
        );
        assert_eq!(
            report.entities_all,
            Counts {
                gold: 2,
                predicted: 2,
                matched: 2
            }
        );
        assert_eq!(
            report.misses,
            vec!["doc: missed linked entity wd:Q1 Great Hall"]
        );
    }

    #[test]
    fn names_are_compared_after_nfkc_lowercase_and_whitespace() {
        assert_eq!(normalize_name("  Great\u{00a0}\tHALL "), "great hall");
        assert_eq!(normalize_name("ﻻ"), "لا");
        assert_eq!(normalize_name("ﬁve"), "five");
    }

    #[test]
    fn overlap_counts_shared_code_points() {
        assert_eq!(overlap(&[(0, 5)], &[(5, 9)]), 0);
        assert_eq!(overlap(&[(0, 5), (10, 20)], &[(3, 12)]), 4);
    }

    #[test]
    fn empty_rows_score_one_and_disjoint_rows_zero() {
        let empty = Counts::default();
        assert_eq!(
            (empty.precision(), empty.recall(), empty.f1()),
            (1.0, 1.0, 1.0)
        );
        let disjoint = Counts {
            gold: 2,
            predicted: 3,
            matched: 0,
        };
        assert_eq!(disjoint.f1(), 0.0);
        let half = Counts {
            gold: 4,
            predicted: 2,
            matched: 2,
        };
        assert_eq!((half.precision(), half.recall()), (1.0, 0.5));
        assert!((half.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn kebab_names_match_facts_json() {
        assert_eq!(kebab(&crate::facts::EventKind::StateVisit), "state-visit");
        assert_eq!(kebab(&crate::facts::DatePrecision::Day), "day");
    }
}
