//! Mapping: [`Facts`] to the quads of one named graph per article, following the RDF profile of
//! `ontology/README.md`.
//!
//! Pipeline position: after extraction (or any extractor's JSON file), before the store. The
//! output is deterministic: the same facts give the same quads in the same order, with no
//! wall-clock time (the store adds `prov:endedAtTime` when a graph really changes), so
//! re-ingesting an unchanged article is a no-op.

mod iri;
mod terms;

pub use iri::{BaseIri, BaseIriError};

use crate::facts::{DateValue, Facts, FactsError};
use crate::vocab::{dk, itsrdf, nif, prov, schema, wdt};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::{HashMap, HashSet};
use terms::{dk_term, integer, offset, typed_date};

/// Why facts could not be mapped.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    /// The facts break the contract (checked again here for library callers).
    #[error("invalid facts: {0}")]
    Invalid(#[from] FactsError),
    /// A literal could not be built, e.g. a malformed language tag.
    #[error("{field}: {message}")]
    Literal {
        /// JSON path of the field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A reference to a local id that the facts do not define.
    #[error("{field}: unknown id \"{id}\"")]
    UnknownId {
        /// JSON path of the referring field.
        field: String,
        /// The id.
        id: String,
    },
}

/// One article's graph: its name, the nodes the store needs, and its quads.
#[derive(Debug, Clone)]
pub struct MappedArticle {
    /// The named graph (`{base}graph/article/{doc}`).
    pub graph: NamedNode,
    /// The article (`schema:NewsArticle`).
    pub article: NamedNode,
    /// The provenance activity that made the graph.
    pub activity: NamedNode,
    /// Every quad of the graph, without duplicates, in a stable order.
    pub quads: Vec<Quad>,
}

/// Maps validated facts to the quads of the article's named graph.
///
/// # Errors
/// When the facts do not validate, or a literal cannot be built.
pub fn map_facts(facts: &Facts, base: &BaseIri) -> Result<MappedArticle, MapError> {
    facts.validate()?;
    let doc = facts.document.id.as_str();
    let graph = base.article_graph(doc);
    let mut mapper = Mapper {
        base,
        doc,
        lang: &facts.document.lang,
        graph: GraphName::NamedNode(graph.clone()),
        quads: Vec::with_capacity(16 * facts.mentions.len() + 64),
        seen: HashSet::new(),
        mentions: HashMap::new(),
        entities: HashMap::new(),
        events: HashMap::new(),
        agreements: HashMap::new(),
    };
    let article = mapper.document(facts)?;
    mapper.entities(facts, &article)?;
    mapper.roles(facts)?;
    mapper.events(facts)?;
    mapper.agreements(facts)?;
    mapper.anniversaries(facts)?;
    let activity = mapper.provenance(&graph, &article);
    Ok(MappedArticle {
        graph,
        article,
        activity,
        quads: grouped_by_subject(mapper.quads),
    })
}

/// Orders quads by subject, then predicate, each in order of first appearance, so serialisers
/// write one block per subject and one list per predicate (readable Turtle), while the order
/// stays deterministic.
fn grouped_by_subject(quads: Vec<Quad>) -> Vec<Quad> {
    let mut subjects: HashMap<NamedOrBlankNode, usize> = HashMap::new();
    let mut predicates: HashMap<(usize, NamedNode), usize> = HashMap::new();
    let mut keyed: Vec<((usize, usize), Quad)> = quads
        .into_iter()
        .map(|quad| {
            let next = subjects.len();
            let subject = *subjects.entry(quad.subject.clone()).or_insert(next);
            let next = predicates.len();
            let predicate = *predicates
                .entry((subject, quad.predicate.clone()))
                .or_insert(next);
            ((subject, predicate), quad)
        })
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, quad)| quad).collect()
}

/// State of one mapping run: the quads so far and the IRIs of local ids.
struct Mapper<'a> {
    base: &'a BaseIri,
    doc: &'a str,
    lang: &'a str,
    graph: GraphName,
    quads: Vec<Quad>,
    seen: HashSet<Quad>,
    mentions: HashMap<&'a str, NamedNode>,
    entities: HashMap<&'a str, NamedNode>,
    events: HashMap<&'a str, NamedNode>,
    agreements: HashMap<&'a str, NamedNode>,
}

/// Looks up the IRI of a local id, or names the field that refers to an unknown one.
fn resolve<'m>(
    map: &'m HashMap<&str, NamedNode>,
    id: &str,
    field: impl FnOnce() -> String,
) -> Result<&'m NamedNode, MapError> {
    map.get(id).ok_or_else(|| MapError::UnknownId {
        field: field(),
        id: id.to_owned(),
    })
}

impl<'a> Mapper<'a> {
    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        let quad = Quad::new(subject.clone(), predicate, object, self.graph.clone());
        if self.seen.insert(quad.clone()) {
            self.quads.push(quad);
        }
    }

    fn text(&self, value: &str, field: &str) -> Result<Literal, MapError> {
        self.text_in(value, self.lang, field)
    }

    fn text_in(&self, value: &str, lang: &str, field: &str) -> Result<Literal, MapError> {
        Literal::new_language_tagged_literal(value, lang).map_err(|e| MapError::Literal {
            field: field.to_owned(),
            message: e.to_string(),
        })
    }

    fn mention_links(
        &mut self,
        subject: &NamedNode,
        ids: &'a [String],
        field: &str,
    ) -> Result<(), MapError> {
        for (i, id) in ids.iter().enumerate() {
            let mention = resolve(&self.mentions, id, || format!("{field}.mentions[{i}]"))?.clone();
            self.add(subject, dk::MENTION, mention);
        }
        Ok(())
    }

    fn date(&mut self, subject: &NamedNode, date: &DateValue) {
        self.add(subject, wdt::POINT_IN_TIME, typed_date(date));
        self.add(
            subject,
            dk::DATE_PRECISION,
            dk_term(&date.precision, "Precision"),
        );
        self.add(subject, dk::DATE_SOURCE, dk_term(&date.source, ""));
    }

    /// The article, its text as a NIF context, and every mention.
    fn document(&mut self, facts: &'a Facts) -> Result<NamedNode, MapError> {
        let document = &facts.document;
        let article = self.base.article(self.doc);
        let length = document.text.chars().count();
        let context = self.base.text_span(self.doc, 0, length);
        self.add(&article, rdf::TYPE, schema::NEWS_ARTICLE);
        self.add(
            &article,
            schema::IN_LANGUAGE,
            Literal::new_simple_literal(self.lang),
        );
        if let Some(title) = &document.title {
            let headline = self.text(title, "document.title")?;
            self.add(&article, schema::HEADLINE, headline);
        }
        if let Some(published) = &document.published {
            self.add(
                &article,
                schema::DATE_PUBLISHED,
                Literal::new_typed_literal(published, xsd::DATE),
            );
        }
        if let Some(url) = &document.source_url {
            self.add(&article, schema::URL, NamedNode::new_unchecked(url));
        }
        self.add(
            &article,
            dk::TEXT_SHA256,
            Literal::new_simple_literal(&document.text_sha256),
        );
        self.add(&article, dk::HAS_TEXT, context.clone());

        self.add(&context, rdf::TYPE, nif::CONTEXT);
        self.add(&context, rdf::TYPE, nif::OFFSET_BASED_STRING);
        let text = self.text(&document.text, "document.text")?;
        self.add(&context, nif::IS_STRING, text);
        self.add(&context, nif::BEGIN_INDEX, offset(0));
        self.add(&context, nif::END_INDEX, offset(length));
        self.add(&context, nif::SOURCE_URL, article.clone());

        for mention in &facts.mentions {
            let node = self.base.text_span(self.doc, mention.start, mention.end);
            self.add(&node, rdf::TYPE, nif::PHRASE);
            self.add(&node, rdf::TYPE, nif::OFFSET_BASED_STRING);
            self.add(&node, nif::REFERENCE_CONTEXT, context.clone());
            self.add(&node, nif::BEGIN_INDEX, offset(mention.start));
            self.add(&node, nif::END_INDEX, offset(mention.end));
            self.add(
                &node,
                nif::ANCHOR_OF,
                Literal::new_simple_literal(&mention.anchor),
            );
            self.mentions.insert(&mention.id, node);
        }
        Ok(article)
    }

    /// Entities: Wikidata IRIs when known, minted ones otherwise; their mentions link to them.
    fn entities(&mut self, facts: &'a Facts, article: &NamedNode) -> Result<(), MapError> {
        for (i, entity) in facts.entities.iter().enumerate() {
            let node = match &entity.wikidata {
                Some(qid) => {
                    NamedNode::new_unchecked(format!("{}{qid}", crate::vocab::wd::NAMESPACE))
                }
                None => self.base.item("entity", self.doc, &entity.id),
            };
            self.add(&node, rdf::TYPE, dk_term(&entity.kind, ""));
            let label = self.text(&entity.name, &format!("entities[{i}].name"))?;
            self.add(&node, rdfs::LABEL, label);
            self.add(article, schema::MENTIONS, node.clone());
            for (j, id) in entity.mentions.iter().enumerate() {
                let mention = resolve(&self.mentions, id, || {
                    format!("entities[{i}].mentions[{j}]")
                })?
                .clone();
                self.add(&mention, itsrdf::TA_IDENT_REF, node.clone());
            }
            self.entities.insert(&entity.id, node);
        }
        Ok(())
    }

    fn entity(&self, id: &str, field: impl FnOnce() -> String) -> Result<NamedNode, MapError> {
        resolve(&self.entities, id, field).cloned()
    }

    /// Roles: `dk:Role` nodes, and `wdt:P39` on the person when the position is known.
    fn roles(&mut self, facts: &'a Facts) -> Result<(), MapError> {
        for (i, role) in facts.roles.iter().enumerate() {
            let field = format!("roles[{i}]");
            let node = self.base.item("role", self.doc, &role.id);
            let person = self.entity(&role.person, || format!("{field}.person"))?;
            self.add(&node, rdf::TYPE, dk::ROLE);
            self.add(&node, dk::HOLDER, person.clone());
            self.add(&node, dk::ROLE_TYPE, dk_term(&role.role, ""));
            if let Some(of) = &role.of {
                let of = self.entity(of, || format!("{field}.of"))?;
                self.add(&node, dk::ROLE_OF, of);
            }
            if let Some(qid) = &role.position {
                let position =
                    NamedNode::new_unchecked(format!("{}{qid}", crate::vocab::wd::NAMESPACE));
                self.add(&node, dk::POSITION, position.clone());
                self.add(&person, wdt::POSITION_HELD, position);
            }
            if let Some(title) = &role.title {
                let label = self.text(title, &format!("{field}.title"))?;
                self.add(&node, rdfs::LABEL, label);
            }
            self.mention_links(&node, &role.mentions, &field)?;
        }
        Ok(())
    }

    /// Events, with dates, places, participants and their parts, parents, topics and status.
    fn events(&mut self, facts: &'a Facts) -> Result<(), MapError> {
        for event in &facts.events {
            self.events
                .insert(&event.id, self.base.item("event", self.doc, &event.id));
        }
        for (i, event) in facts.events.iter().enumerate() {
            let field = format!("events[{i}]");
            let node = resolve(&self.events, &event.id, || format!("{field}.id"))?.clone();
            self.add(&node, rdf::TYPE, dk_term(&event.kind, ""));
            if let Some(label) = &event.label {
                let label = self.text(label, &format!("{field}.label"))?;
                self.add(&node, rdfs::LABEL, label);
            }
            if let Some(date) = &event.date {
                self.date(&node, date);
            }
            if let Some(time) = &event.time_of_day {
                self.add(&node, dk::TIME_OF_DAY, dk_term(time, ""));
            }
            if let Some(place) = &event.place {
                let place = self.entity(place, || format!("{field}.place"))?;
                self.add(&node, wdt::LOCATION, place);
            }
            for (j, participant) in event.participants.iter().enumerate() {
                let who = self.entity(&participant.entity, || {
                    format!("{field}.participants[{j}].entity")
                })?;
                self.add(&node, wdt::PARTICIPANT, who.clone());
                if let Some(part) = terms::participant_property(participant.role) {
                    self.add(&node, part.as_ref(), who);
                }
            }
            if let Some(parent) = &event.parent {
                let parent = resolve(&self.events, parent, || format!("{field}.parent"))?.clone();
                self.add(&node, wdt::PART_OF, parent);
            }
            for (j, topic) in event.topics.iter().enumerate() {
                let label = self.text(&topic.label, &format!("{field}.topics[{j}].label"))?;
                self.add(&node, dk::TOPIC_LABEL, label);
                if let Some(entity) = &topic.entity {
                    let entity = self.entity(entity, || format!("{field}.topics[{j}].entity"))?;
                    self.add(&node, wdt::MAIN_SUBJECT, entity);
                }
            }
            self.add(&node, dk::STATUS, dk_term(&event.status, ""));
            if let Some(ordinal) = event.ordinal {
                self.add(&node, dk::ORDINAL, integer(i64::from(ordinal)));
            }
            self.mention_links(&node, &event.mentions, &field)?;
        }
        Ok(())
    }

    /// Agreements: titles, parties, signatories, dates, counts, fields and the event.
    fn agreements(&mut self, facts: &'a Facts) -> Result<(), MapError> {
        for (i, agreement) in facts.agreements.iter().enumerate() {
            let field = format!("agreements[{i}]");
            let node = self.base.item("agreement", self.doc, &agreement.id);
            self.add(&node, rdf::TYPE, dk_term(&agreement.kind, ""));
            if let Some(title) = &agreement.title {
                let literal = self.text_in(&title.text, &title.lang, &format!("{field}.title"))?;
                self.add(&node, dk::TITLE, literal.clone());
                self.add(&node, rdfs::LABEL, literal);
            }
            for (j, party) in agreement.parties.iter().enumerate() {
                let party = self.entity(party, || format!("{field}.parties[{j}]"))?;
                self.add(&node, dk::PARTY, party);
            }
            for (j, signatory) in agreement.signatories.iter().enumerate() {
                let signatory = self.entity(signatory, || format!("{field}.signatories[{j}]"))?;
                self.add(&node, wdt::SIGNATORY, signatory);
            }
            if let Some(date) = &agreement.date {
                self.date(&node, date);
            }
            if let Some(count) = agreement.count {
                self.add(&node, dk::QUANTITY, integer(i64::from(count)));
            }
            for (j, name) in agreement.fields.iter().enumerate() {
                let literal = self.text(name, &format!("{field}.fields[{j}]"))?;
                self.add(&node, dk::FIELD, literal);
            }
            if let Some(event) = &agreement.event {
                let event = resolve(&self.events, event, || format!("{field}.event"))?.clone();
                self.add(&node, dk::CONCLUDED_AT, event);
            }
            self.mention_links(&node, &agreement.mentions, &field)?;
            self.agreements.insert(&agreement.id, node);
        }
        Ok(())
    }

    /// Anniversaries with the year they fall in and the year derived from the ordinal.
    fn anniversaries(&mut self, facts: &'a Facts) -> Result<(), MapError> {
        for (i, anniversary) in facts.anniversaries.iter().enumerate() {
            let field = format!("anniversaries[{i}]");
            let node = self.base.item("anniversary", self.doc, &anniversary.id);
            self.add(&node, rdf::TYPE, dk::ANNIVERSARY);
            self.add(&node, dk::ORDINAL, integer(i64::from(anniversary.ordinal)));
            let label = self.text(&anniversary.of, &format!("{field}.of"))?;
            self.add(&node, rdfs::LABEL, label);
            if let Some(subject) = &anniversary.subject {
                let target = self
                    .events
                    .get(subject.as_str())
                    .or_else(|| self.agreements.get(subject.as_str()))
                    .cloned()
                    .ok_or_else(|| MapError::UnknownId {
                        field: format!("{field}.subject"),
                        id: subject.clone(),
                    })?;
                self.add(&node, dk::ANNIVERSARY_OF, target);
            }
            self.add(&node, dk::ANNIVERSARY_YEAR, terms::year(anniversary.year));
            self.add(
                &node,
                dk::DERIVED_YEAR,
                terms::year(anniversary.derived_year),
            );
            self.mention_links(&node, &anniversary.mentions, &field)?;
        }
        Ok(())
    }

    /// How the graph was made (PROV-O); returns the activity.
    fn provenance(&mut self, graph: &NamedNode, article: &NamedNode) -> NamedNode {
        let activity = self.base.activity(self.doc);
        let agent = self.base.agent();
        self.add(graph, rdf::TYPE, prov::ENTITY);
        self.add(graph, prov::WAS_GENERATED_BY, activity.clone());
        self.add(graph, prov::WAS_DERIVED_FROM, article.clone());
        self.add(&activity, rdf::TYPE, prov::ACTIVITY);
        self.add(&activity, prov::USED, article.clone());
        self.add(&activity, prov::WAS_ASSOCIATED_WITH, agent.clone());
        self.add(&agent, rdf::TYPE, prov::SOFTWARE_AGENT);
        let label = Literal::new_simple_literal(concat!("diplokg ", env!("CARGO_PKG_VERSION")));
        self.add(&agent, rdfs::LABEL, label);
        activity
    }
}
