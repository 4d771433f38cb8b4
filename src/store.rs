//! The store: Oxigraph, on disk (RocksDB) or in memory, holding one named graph per article plus
//! the ontology and gazetteer graphs.
//!
//! Pipeline position: `map` produces a [`MappedArticle`]; [`Store::replace_article`] puts it in
//! the store in one transaction, so a reader sees either the old graph or the new one, never a mix.
//! Queries run with the default graph as the union of all graphs ([`Store::prepare_query`]), as
//! design.md asks, unless the query itself names its dataset (`FROM`, `FROM NAMED`).
//!
//! Idempotence: the mapped quads carry no wall-clock time. Before replacing, the store compares
//! the new quads with the graph it already has (ignoring the one `prov:endedAtTime` quad the store
//! adds); when they are equal nothing is written, so re-ingesting an unchanged article leaves every
//! quad as it was. When they differ, the graph is cleared and rewritten, with a fresh time.

use crate::error::Error;
use crate::map::{BaseIri, MappedArticle};
use crate::reference;
use crate::vocab;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, QuadRef,
};
use oxigraph::sparql::{BoundPreparedSparqlQuery, SparqlEvaluator};
use std::collections::HashSet;
use std::path::Path;

/// What [`Store::replace_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplaceOutcome {
    /// The article's graph did not exist and was written.
    Inserted,
    /// The article's graph existed with other content and was replaced.
    Replaced,
    /// The article's graph already held exactly these quads; nothing was written.
    Unchanged,
}

/// An Oxigraph store with diplokg's graph layout. Cheap to clone (clones share the store).
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    base: BaseIri,
}

impl Store {
    /// Opens (or creates) an on-disk store in `path`.
    ///
    /// # Errors
    /// When RocksDB cannot open the directory (e.g. locked by another writer).
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path, base: BaseIri) -> Result<Self, Error> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let inner = oxigraph::store::Store::open(path).map_err(|e| Error::StoreOpen {
            path: path.to_owned(),
            source: e,
        })?;
        Ok(Self { inner, base })
    }

    /// Opens an existing on-disk store read-only, so several processes can read one store.
    ///
    /// # Errors
    /// When the directory holds no store or cannot be read.
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only(path: &Path, base: BaseIri) -> Result<Self, Error> {
        if !path.is_dir() {
            return Err(Error::io(
                path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no store in this directory"),
            ));
        }
        let inner = oxigraph::store::Store::open_read_only(path).map_err(|e| Error::StoreOpen {
            path: path.to_owned(),
            source: e,
        })?;
        Ok(Self { inner, base })
    }

    /// A fresh store in memory.
    ///
    /// # Errors
    /// Only if Oxigraph cannot allocate its in-memory storage.
    pub fn in_memory(base: BaseIri) -> Result<Self, Error> {
        Ok(Self {
            inner: oxigraph::store::Store::new()?,
            base,
        })
    }

    /// The underlying Oxigraph store.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// The base IRI data IRIs are minted under.
    pub fn base(&self) -> &BaseIri {
        &self.base
    }

    /// Loads the bundled ontology and gazetteer into their graphs. Each graph records the SHA-256
    /// of the Turtle it was loaded from (`dk:textSha256` on the graph IRI), and is rewritten, in one
    /// transaction, only when the bundled text changed, so opening a store twice changes nothing
    /// (not even blank node labels).
    ///
    /// # Errors
    /// When a bundled file does not parse (a build defect) or the store fails.
    pub fn load_reference(&self) -> Result<(), Error> {
        self.load_reference_graph(
            &self.base.ontology_graph(),
            &[("diplokg.ttl", reference::ONTOLOGY_TTL)],
            "ontology/",
        )?;
        self.load_reference_graph(
            &self.base.gazetteer_graph(),
            reference::GAZETTEER_TTL,
            "ontology/gazetteer/",
        )
    }

    fn load_reference_graph(
        &self,
        graph: &NamedNode,
        files: &[(&str, &str)],
        folder: &str,
    ) -> Result<(), Error> {
        let digest =
            crate::facts::text_sha256(&files.iter().map(|(_, text)| *text).collect::<String>());
        let digest_quad = Quad::new(
            graph.clone(),
            vocab::dk::TEXT_SHA256,
            Literal::new_simple_literal(digest),
            graph.clone(),
        );
        if self.inner.contains(&digest_quad)? {
            return Ok(());
        }
        let mut quads = vec![digest_quad];
        for (name, turtle) in files {
            quads.extend(parse_turtle(&format!("{folder}{name}"), turtle, graph)?);
        }
        let mut transaction = self.inner.start_transaction()?;
        transaction.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))?;
        transaction.insert_named_graph(graph.as_ref());
        transaction.extend(&quads);
        transaction.commit()?;
        Ok(())
    }

    /// Adds a user's gazetteer file (Turtle) to the gazetteer graph.
    ///
    /// # Errors
    /// When the file does not parse; nothing is written then.
    pub fn add_gazetteer_turtle(&self, name: &str, turtle: &str) -> Result<(), Error> {
        let quads = parse_turtle(name, turtle, &self.base.gazetteer_graph())?;
        let mut transaction = self.inner.start_transaction()?;
        transaction.extend(&quads);
        transaction.commit()?;
        Ok(())
    }

    /// Puts a mapped article in its named graph, atomically replacing what the graph held.
    ///
    /// # Errors
    /// When the store fails; the previous graph is then left as it was.
    pub fn replace_article(&self, article: &MappedArticle) -> Result<ReplaceOutcome, Error> {
        let time =
            Literal::new_typed_literal(now_xsd_date_time(), oxigraph::model::vocab::xsd::DATE_TIME);
        let time_quad = Quad::new(
            article.activity.clone(),
            vocab::prov::ENDED_AT_TIME,
            time,
            article.graph.clone(),
        );
        self.replace_graph_if_changed(&article.graph, &article.quads, time_quad)
    }

    /// Replaces `graph` with `quads` plus `stamp` (a quad whose predicate is ignored when
    /// comparing) unless the graph already holds exactly `quads`.
    fn replace_graph_if_changed(
        &self,
        graph: &NamedNode,
        quads: &[Quad],
        stamp: Quad,
    ) -> Result<ReplaceOutcome, Error> {
        let graph_ref = GraphNameRef::NamedNode(graph.as_ref());

        let mut transaction = self.inner.start_transaction()?;
        let existing: HashSet<Quad> = transaction
            .quads_for_pattern(None, None, None, Some(graph_ref))
            .filter(|q| !matches!(q, Ok(q) if q.predicate == stamp.predicate))
            .collect::<Result<_, _>>()?;
        let exists = !existing.is_empty() || transaction.contains_named_graph(graph.as_ref())?;
        let wanted: HashSet<QuadRef<'_>> = quads.iter().map(Quad::as_ref).collect();
        if exists
            && existing.len() == wanted.len()
            && existing.iter().all(|q| wanted.contains(&q.as_ref()))
        {
            return Ok(ReplaceOutcome::Unchanged);
        }
        transaction.clear_graph(graph_ref)?;
        transaction.insert_named_graph(graph.as_ref());
        transaction.extend(quads);
        transaction.insert(&stamp);
        transaction.commit()?;
        Ok(if exists {
            ReplaceOutcome::Replaced
        } else {
            ReplaceOutcome::Inserted
        })
    }

    /// Parses a SPARQL query and binds it to the store, with the union of all graphs as the
    /// default graph unless the query names its own dataset.
    ///
    /// # Errors
    /// A syntax error with the parser's position.
    pub fn prepare_query(
        &self,
        query: &str,
        evaluator: SparqlEvaluator,
    ) -> Result<BoundPreparedSparqlQuery<'static>, Error> {
        let mut prepared = evaluator.parse_query(query)?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.inner))
    }

    /// Runs a SPARQL query with the union default graph (see [`Store::prepare_query`]).
    ///
    /// # Errors
    /// Syntax or evaluation errors.
    pub fn query(&self, query: &str) -> Result<oxigraph::sparql::QueryResults<'static>, Error> {
        Ok(self
            .prepare_query(query, SparqlEvaluator::new())?
            .execute()?)
    }

    /// Named graphs that hold articles, sorted.
    ///
    /// # Errors
    /// When the store fails.
    pub fn article_graphs(&self) -> Result<Vec<NamedNode>, Error> {
        let prefix = format!("{}graph/article/", self.base.as_str());
        let mut graphs = Vec::new();
        for graph in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(graph) = graph? {
                if graph.as_str().starts_with(&prefix) {
                    graphs.push(graph);
                }
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    /// Number of quads in the whole store.
    ///
    /// # Errors
    /// When the store fails.
    pub fn len(&self) -> Result<usize, Error> {
        Ok(self.inner.len()?)
    }

    /// True when the store holds no quad.
    ///
    /// # Errors
    /// When the store fails.
    pub fn is_empty(&self) -> Result<bool, Error> {
        Ok(self.inner.is_empty()?)
    }

    /// Flushes writes to disk (a no-op in memory).
    ///
    /// # Errors
    /// When the store fails.
    pub fn flush(&self) -> Result<(), Error> {
        Ok(self.inner.flush()?)
    }
}

/// Parses bundled or user Turtle into quads of `graph`, naming the file in errors.
fn parse_turtle(name: &str, turtle: &str, graph: &NamedNode) -> Result<Vec<Quad>, Error> {
    RdfParser::from_format(RdfFormat::Turtle)
        .without_named_graphs()
        .with_default_graph(GraphName::NamedNode(graph.clone()))
        .for_slice(turtle.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| Error::RdfParse {
            name: name.to_owned(),
            source: source.into(),
        })
}

/// The current UTC time as an `xsd:dateTime` lexical form, to the second.
fn now_xsd_date_time() -> String {
    let now = time::OffsetDateTime::now_utc();
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    now.format(format)
        .expect("a UTC date-time always formats with this description")
}
