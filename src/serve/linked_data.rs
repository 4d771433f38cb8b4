//! Linked data: every IRI minted under `{base}resource/` dereferences.
//!
//! Convention (the "303 See Other" recipe of *Cool URIs for the Semantic Web*): the resource IRI
//! names a thing, not a document, so `GET /resource/{path}` answers 303 to a document about it:
//! `page/{path}` (HTML) or `data/{path}.{ext}` (Turtle, N-Triples, RDF/XML, JSON-LD, TriG,
//! N-Quads), chosen by `Accept`. The `Location` is a relative reference (`../../page/…`), so the
//! redirect works the same on `localhost` and behind a proxy that mounts the server under a path.
//! A request path `/resource/{path}` stands for the IRI `{base}resource/{path}`, whatever the
//! host: the base IRI is configurable, so a deployment whose public IRIs are
//! `https://example.org/kg/resource/…` runs with that base behind its proxy. Unknown resources
//! answer 404 rather than a redirect to an empty page.
//!
//! The description of a resource is its outgoing triples (with the blank nodes they reach),
//! its incoming triples (up to [`INCOMING_LIMIT`]), and, for a text (`resource/text/{doc}`, whose
//! NIF IRIs are hash IRIs `…#char=b,e`), the context and all its mentions.
//! `GET /page?iri=IRI` shows the same page for any IRI (a Wikidata entity, an ontology term).
//!
//! The HTML is rendered by [`super::html`] from a [`PageData`] gathered here.

use super::AppState;
use super::error::ApiError;
use super::html::{self, Link, Mention, PageData, Value};
use super::negotiate::{self, GRAPHS, Representation};
use super::sparql::{parse_urlencoded, percent_decode};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{
    GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, Term, TermRef,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Most incoming triples shown for one resource (a country is the object of many facts).
pub(super) const INCOMING_LIMIT: usize = 500;

const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
const ITSRDF_TA_IDENT_REF: &str = "http://www.w3.org/2005/11/its/rdf#taIdentRef";
const SCHEMA_HEADLINE: &str = "https://schema.org/headline";
const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";

/// The part of the request path after `/{prefix}/`, as sent (percent-encoded).
fn rest_of_path<'a>(uri: &'a Uri, prefix: &str) -> &'a str {
    uri.path()
        .strip_prefix(prefix)
        .unwrap_or_default()
        .trim_start_matches('/')
}

/// `../` once per directory level of `/{first}/{rest}`: the way back to the server root.
fn to_root(rest: &str) -> String {
    "../".repeat(rest.matches('/').count() + 1)
}

/// The resource IRI for a request path rest, trying the raw form, then the decoded one.
fn resource_iri(state: &AppState, rest: &str) -> Result<NamedNode, ApiError> {
    let raw = format!("{}resource/{rest}", state.base());
    NamedNode::new(&raw)
        .or_else(|_| {
            NamedNode::new(format!(
                "{}resource/{}",
                state.base(),
                percent_decode(rest.as_bytes(), false)
            ))
        })
        .map_err(|e| ApiError::BadRequest(format!("not a valid IRI: {e}")))
}

/// `GET /resource/{path}`: 303 to the page or the data document.
pub(super) async fn resource(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
) -> Result<Response, ApiError> {
    let rest = rest_of_path(&uri, "/resource").to_owned();
    let iri = resource_iri(&state, &rest)?;
    let mut candidates = vec![Representation::Html];
    candidates.extend(GRAPHS);
    let representation = negotiate::negotiate(&headers, None, &candidates)?;
    let store = state.store.clone();
    let base = state.base().to_owned();
    let known = state
        .run_blocking(move |_| Ok(!describe(&store, &base, &iri, 1)?.is_empty()))
        .await?;
    if !known {
        return Err(ApiError::NotFound(format!(
            "nothing is known about {}resource/{rest}",
            state.base()
        )));
    }
    let root = to_root(&rest);
    let location = match representation {
        Representation::Rdf(format) => format!("{root}data/{rest}.{}", format.file_extension()),
        _ => format!("{root}page/{rest}"),
    };
    let mut response = StatusCode::SEE_OTHER.into_response();
    response.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_str(&location).map_err(ApiError::internal)?,
    );
    Ok(response)
}

/// `GET /data/{path}[.ext]`: the description as RDF (by extension, else by `Accept`).
pub(super) async fn data(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
) -> Result<Response, ApiError> {
    let rest = rest_of_path(&uri, "/data");
    let by_extension = rest
        .rsplit_once('.')
        .filter(|(_, ext)| !ext.contains('/'))
        .and_then(|(stem, ext)| Some((stem, RdfFormat::from_extension(ext)?)));
    let (rest, format) = match by_extension {
        Some((stem, format)) => (stem.to_owned(), format),
        None => match negotiate::negotiate(&headers, None, &GRAPHS)? {
            Representation::Rdf(format) => (rest.to_owned(), format),
            _ => return Err(ApiError::internal("not an RDF representation")),
        },
    };
    let iri = resource_iri(&state, &rest)?;
    let store = state.store.clone();
    let base = state.base().to_owned();
    let body = state
        .run_blocking(move |_| {
            let quads = describe(&store, &base, &iri, INCOMING_LIMIT)?;
            if quads.is_empty() {
                return Err(ApiError::NotFound(format!("nothing is known about {iri}")));
            }
            serialize(&quads, format, &base)
        })
        .await?;
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    Ok(response)
}

/// Serializes a description: quads for TriG and N-Quads (the graphs are the provenance),
/// distinct triples otherwise.
fn serialize(quads: &[Quad], format: RdfFormat, base: &str) -> Result<Vec<u8>, ApiError> {
    let mut serializer = RdfSerializer::from_format(format);
    for (name, iri) in super::prefixes(base) {
        serializer = serializer
            .with_prefix(name, iri)
            .map_err(ApiError::internal)?;
    }
    let mut serializer = serializer.for_writer(Vec::new());
    let mut seen = HashSet::new();
    for quad in quads {
        if matches!(format, RdfFormat::TriG | RdfFormat::NQuads) {
            serializer.serialize_quad(quad)
        } else if seen.insert(oxigraph::model::TripleRef::from(quad.as_ref())) {
            serializer.serialize_triple(quad.as_ref())
        } else {
            Ok(())
        }
        .map_err(ApiError::internal)?;
    }
    serializer.finish().map_err(ApiError::internal)
}

/// The quads describing `iri` (see the module doc), in all graphs.
fn describe(
    store: &crate::Store,
    base: &str,
    iri: &NamedNode,
    incoming_limit: usize,
) -> Result<Vec<Quad>, ApiError> {
    let ox = store.oxigraph();
    let mut subjects: Vec<Term> = vec![iri.clone().into()];
    // A text: its NIF context and mentions are hash IRIs of the document IRI.
    if let Some(doc) = iri.as_str().strip_prefix(&format!("{base}resource/text/")) {
        let article = NamedNode::new_unchecked(format!("{base}resource/article/{doc}"));
        let has_text = NamedNode::new_unchecked(format!("{base}ontology#hasText"));
        let reference_context = NamedNode::new_unchecked(format!("{NIF}referenceContext"));
        for quad in ox.quads_for_pattern(
            Some(article.as_ref().into()),
            Some(has_text.as_ref()),
            None,
            None,
        ) {
            let context = quad.map_err(ApiError::internal)?.object;
            for mention in ox.quads_for_pattern(
                None,
                Some(reference_context.as_ref()),
                Some(context.as_ref()),
                None,
            ) {
                subjects.push(mention.map_err(ApiError::internal)?.subject.into());
            }
            subjects.push(context);
        }
    }
    let mut out = Vec::new();
    let mut seen_blank = HashSet::new();
    while let Some(subject) = subjects.pop() {
        let subject_ref = match &subject {
            Term::NamedNode(n) => NamedOrBlankNodeRef::NamedNode(n.as_ref()),
            Term::BlankNode(b) => {
                if !seen_blank.insert(b.clone()) {
                    continue;
                }
                NamedOrBlankNodeRef::BlankNode(b.as_ref())
            }
            _ => continue,
        };
        for quad in ox.quads_for_pattern(Some(subject_ref), None, None, None) {
            let quad = quad.map_err(ApiError::internal)?;
            if let Term::BlankNode(b) = &quad.object {
                subjects.push(b.clone().into());
            }
            out.push(quad);
        }
    }
    for quad in ox
        .quads_for_pattern(None, None, Some(iri.as_ref().into()), None)
        .take(incoming_limit)
    {
        out.push(quad.map_err(ApiError::internal)?);
    }
    Ok(out)
}

/// `GET /page/{path}`: the HTML page of `{base}resource/{path}`.
pub(super) async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let rest = rest_of_path(&uri, "/page").to_owned();
    let iri = resource_iri(&state, &rest)?;
    render(state, &headers, raw.as_deref(), iri, to_root(&rest)).await
}

/// `GET /page?iri=IRI`: the HTML page of any IRI in the store.
pub(super) async fn page_by_iri(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse_urlencoded(raw.as_deref().unwrap_or_default().as_bytes());
    let iri = params
        .iter()
        .find(|(k, _)| k == "iri")
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| ApiError::BadRequest("give the IRI: /page?iri=…".into()))?;
    let iri = NamedNode::new(iri).map_err(|e| ApiError::BadRequest(format!("iri: {e}")))?;
    render(state, &headers, raw.as_deref(), iri, String::new()).await
}

/// Gathers the page data of `iri` and renders it; 404 (as an HTML page) when unknown.
async fn render(
    state: AppState,
    headers: &HeaderMap,
    raw_query: Option<&str>,
    iri: NamedNode,
    root: String,
) -> Result<Response, ApiError> {
    let mut languages = negotiate::preferred_languages(headers);
    if let Some((_, lang)) = parse_urlencoded(raw_query.unwrap_or_default().as_bytes())
        .into_iter()
        .find(|(k, _)| k == "lang")
    {
        languages.insert(0, lang.to_ascii_lowercase());
    }
    languages.push("en".into());
    let store = state.store.clone();
    let base = state.base().to_owned();
    let data = state
        .run_blocking(move |_| {
            let quads = describe(&store, &base, &iri, INCOMING_LIMIT)?;
            Ok(gather(&store, &base, &iri, &quads, &languages, &root))
        })
        .await?;
    let status = if data.known {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    Ok((status, Html(html::resource_page(&data))).into_response())
}

/// Label lookups in the preferred languages, cached per page.
struct Labels<'a> {
    store: &'a crate::Store,
    languages: &'a [String],
    cache: HashMap<Term, Option<(String, String)>>,
}

impl Labels<'_> {
    /// The best `rdfs:label` (or `skos:prefLabel`, `schema:headline`, `nif:anchorOf`) of `term`,
    /// with its language.
    fn get(&mut self, term: &Term) -> Option<(String, String)> {
        if let Some(cached) = self.cache.get(term) {
            return cached.clone();
        }
        let found = self.lookup(term);
        self.cache.insert(term.clone(), found.clone());
        found
    }

    fn lookup(&self, term: &Term) -> Option<(String, String)> {
        let Term::NamedNode(node) = term else {
            return None;
        };
        let mut candidates: Vec<(String, String)> = Vec::new();
        for predicate in [
            rdfs::LABEL.as_str(),
            SKOS_PREF_LABEL,
            SCHEMA_HEADLINE,
            &format!("{NIF}anchorOf"),
        ] {
            let predicate = NamedNodeRef::new_unchecked(predicate);
            for quad in self
                .store
                .oxigraph()
                .quads_for_pattern(Some(node.as_ref().into()), Some(predicate), None, None)
                .flatten()
            {
                if let Term::Literal(l) = quad.object {
                    candidates.push((l.value().to_owned(), l.language().unwrap_or("").to_owned()));
                }
            }
            if !candidates.is_empty() {
                break;
            }
        }
        for wanted in self.languages {
            if let Some(c) = candidates
                .iter()
                .find(|(_, lang)| negotiate::language_matches(wanted, lang))
            {
                return Some(c.clone());
            }
        }
        candidates.into_iter().min_by(|a, b| a.1.cmp(&b.1))
    }
}

/// A short name for an IRI without a label: a prefixed name, or the IRI's last segment.
fn short_name(iri: &str, base: &str) -> String {
    for (prefix, namespace) in super::prefixes(base) {
        if let Some(local) = iri.strip_prefix(namespace.as_str()) {
            if !local.is_empty() {
                return format!("{prefix}:{local}");
            }
        }
    }
    iri.to_owned()
}

/// The link for an IRI on a page whose way back to the root is `root`: a local page for data
/// IRIs under the base, `page?iri=` for others.
fn link_for(labels: &mut Labels<'_>, term: &Term, base: &str, root: &str) -> Link {
    let iri = match term {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::BlankNode(b) => {
            return Link {
                href: None,
                label: format!("_:{}", b.as_str()),
                lang: String::new(),
                iri: String::new(),
            };
        }
        Term::Literal(l) => l.value().to_owned(),
    };
    let (label, lang) = labels
        .get(term)
        .unwrap_or_else(|| (short_name(&iri, base), String::new()));
    let resource_prefix = format!("{base}resource/");
    let href = match iri.strip_prefix(&resource_prefix) {
        Some(rest) => match rest.split_once('#') {
            Some((doc, fragment)) => format!("{root}page/{doc}#{fragment}"),
            None => format!("{root}page/{rest}"),
        },
        None => format!("{root}page?iri={}", html::encode_component(&iri)),
    };
    Link {
        href: Some(href),
        label,
        lang,
        iri,
    }
}

/// Builds the page data from the description quads.
fn gather(
    store: &crate::Store,
    base: &str,
    iri: &NamedNode,
    quads: &[Quad],
    languages: &[String],
    root: &str,
) -> PageData {
    let mut labels = Labels {
        store,
        languages,
        cache: HashMap::new(),
    };
    let subject_term = Term::from(iri.clone());
    let (title, title_lang) = labels
        .get(&subject_term)
        .unwrap_or_else(|| (short_name(iri.as_str(), base), String::new()));
    let mut types = Vec::new();
    let mut facts: BTreeMap<String, (Link, Vec<Value>)> = BTreeMap::new();
    let mut incoming: Vec<(Link, Link)> = Vec::new();
    let mut graphs: Vec<String> = Vec::new();
    let mut mention_iris: Vec<NamedNode> = Vec::new();
    let mention_predicate = format!("{base}ontology#mention");
    let mut seen = HashSet::new();
    for quad in quads {
        if let GraphNameRef::NamedNode(g) = quad.graph_name.as_ref() {
            if !graphs.iter().any(|x| x == g.as_str()) {
                graphs.push(g.as_str().to_owned());
            }
        }
        if !seen.insert(oxigraph::model::TripleRef::from(quad.as_ref())) {
            continue;
        }
        let is_subject = quad.subject.as_ref() == NamedOrBlankNodeRef::NamedNode(iri.as_ref());
        if is_subject {
            if quad.predicate == rdf::TYPE {
                types.push(link_for(&mut labels, &quad.object, base, root));
                continue;
            }
            if quad.predicate.as_str() == mention_predicate {
                if let Term::NamedNode(m) = &quad.object {
                    mention_iris.push(m.clone());
                }
            }
            let predicate = link_for(&mut labels, &quad.predicate.clone().into(), base, root);
            let value = match &quad.object {
                Term::Literal(l) => Value::Literal {
                    text: l.value().to_owned(),
                    lang: l.language().unwrap_or("").to_owned(),
                    datatype: if l.language().is_some() {
                        String::new()
                    } else {
                        short_name(l.datatype().as_str(), base)
                    },
                },
                other => Value::Link(link_for(&mut labels, other, base, root)),
            };
            facts
                .entry(quad.predicate.as_str().to_owned())
                .or_insert_with(|| (predicate, Vec::new()))
                .1
                .push(value);
        } else if quad.object.as_ref() == TermRef::NamedNode(iri.as_ref()) {
            if quad.predicate.as_str() == ITSRDF_TA_IDENT_REF {
                if let oxigraph::model::NamedOrBlankNode::NamedNode(m) = &quad.subject {
                    mention_iris.push(m.clone());
                }
            }
            let subject: Term = quad.subject.clone().into();
            incoming.push((
                link_for(&mut labels, &subject, base, root),
                link_for(&mut labels, &quad.predicate.clone().into(), base, root),
            ));
        }
    }
    // A text page: every quad is about the context or a mention; show them all.
    let is_text = iri.as_str().starts_with(&format!("{base}resource/text/"));
    let mut full_text = None;
    if is_text {
        for quad in quads {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &quad.subject {
                if s.as_str().contains("#char=")
                    && quad.predicate.as_str() == format!("{NIF}referenceContext")
                {
                    mention_iris.push(s.clone());
                }
            }
        }
    }
    let mut mentions = Vec::new();
    let mut texts: HashMap<Term, Vec<char>> = HashMap::new();
    mention_iris.sort();
    mention_iris.dedup();
    for m in &mention_iris {
        if let Some(mention) = mention_of(store, m, &mut texts) {
            let entity = store
                .oxigraph()
                .quads_for_pattern(
                    Some(m.as_ref().into()),
                    Some(NamedNodeRef::new_unchecked(ITSRDF_TA_IDENT_REF)),
                    None,
                    None,
                )
                .flatten()
                .next()
                .map(|q| link_for(&mut labels, &q.object, base, root));
            mentions.push(Mention {
                iri: m.as_str().to_owned(),
                fragment: m
                    .as_str()
                    .split_once('#')
                    .map(|(_, f)| f.to_owned())
                    .unwrap_or_default(),
                before: mention.0,
                anchor: mention.1,
                after: mention.2,
                entity,
                context_href: link_for(&mut labels, &mention.3, base, root).href,
                begin: mention.4,
            });
        }
    }
    mentions.sort_by_key(|m| m.begin);
    if is_text {
        if let Some((_, chars)) = texts.iter().next() {
            full_text = Some(chars.iter().collect::<String>());
        }
    }
    let rest = iri.as_str().strip_prefix(&format!("{base}resource/"));
    let data_links = match rest {
        Some(rest) => [
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            super::negotiate::JSON_LD,
            RdfFormat::RdfXml,
            RdfFormat::TriG,
        ]
        .into_iter()
        .map(|f| {
            (
                f.name().to_owned(),
                format!("{root}data/{rest}.{}", f.file_extension()),
            )
        })
        .collect(),
        None => Vec::new(),
    };
    PageData {
        known: !quads.is_empty(),
        iri: iri.as_str().to_owned(),
        title,
        title_lang,
        types,
        facts: facts.into_values().collect(),
        incoming,
        mentions,
        full_text,
        graphs,
        data_links,
        root: root.to_owned(),
        language: languages.first().cloned().unwrap_or_else(|| "en".into()),
    }
}

/// A mention's sentence split around it: (before, anchor, after, context, begin).
fn mention_of(
    store: &crate::Store,
    mention: &NamedNode,
    texts: &mut HashMap<Term, Vec<char>>,
) -> Option<(String, String, String, Term, usize)> {
    let ox = store.oxigraph();
    let value = |predicate: &str| {
        ox.quads_for_pattern(
            Some(mention.as_ref().into()),
            Some(NamedNodeRef::new_unchecked(predicate)),
            None,
            None,
        )
        .flatten()
        .next()
        .map(|q| q.object)
    };
    let number = |t: Option<Term>| match t {
        Some(Term::Literal(l)) => l.value().parse::<usize>().ok(),
        _ => None,
    };
    let begin = number(value(&format!("{NIF}beginIndex")))?;
    let end = number(value(&format!("{NIF}endIndex")))?;
    let context = value(&format!("{NIF}referenceContext"))?;
    if !texts.contains_key(&context) {
        let Term::NamedNode(c) = &context else {
            return None;
        };
        let text = ox
            .quads_for_pattern(
                Some(c.as_ref().into()),
                Some(NamedNodeRef::new_unchecked(&format!("{NIF}isString"))),
                None,
                None,
            )
            .flatten()
            .find_map(|q| match q.object {
                Term::Literal(l) => Some(l.value().chars().collect::<Vec<char>>()),
                _ => None,
            })?;
        texts.insert(context.clone(), text);
    }
    let text = texts.get(&context)?;
    if begin > end || end > text.len() {
        return None;
    }
    let (start, stop) = html::sentence_bounds(text, begin, end);
    let slice = |a: usize, b: usize| text[a..b].iter().collect::<String>();
    Some((
        slice(start, begin),
        slice(begin, end),
        slice(end, stop),
        context,
        begin,
    ))
}
