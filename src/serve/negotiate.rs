//! Content negotiation: `Accept` (with q-values), `Accept-Language`, and the `format` parameter.
//!
//! The media types and their aliases are Oxigraph's own tables
//! ([`RdfFormat::from_media_type`], [`QueryResultsFormat::from_media_type`] and their
//! `from_extension`): a range of the `Accept` header counts for a format when Oxigraph maps it to
//! that format (so `application/xml` means SPARQL XML results for a SELECT and RDF/XML for a
//! CONSTRUCT). Wildcards (`*/*`, `text/*`) match every candidate of that type. The candidate with
//! the highest q wins; ties go to the server's order (the first candidate is the default when the
//! header is missing). A range with `q=0` excludes what it names, as RFC 9110 says.
//!
//! The `format` parameter (a name like `ttl`, `turtle`, `json`, or a media type) overrides
//! `Accept`, for clients that cannot set headers (a link in a browser).

use super::error::ApiError;
use axum::http::{HeaderMap, header};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// One representation the server can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Representation {
    /// SPARQL results (SELECT, ASK).
    Results(QueryResultsFormat),
    /// An RDF serialization (CONSTRUCT, DESCRIBE, documents).
    Rdf(RdfFormat),
    /// An HTML page.
    Html,
}

impl Representation {
    /// The media type sent in `Content-Type`.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Results(f) => f.media_type(),
            Self::Rdf(f) => f.media_type(),
            Self::Html => "text/html",
        }
    }

    /// The `Content-Type` header value (UTF-8 stated for text types).
    pub fn content_type(self) -> String {
        match self {
            Self::Html => "text/html; charset=utf-8".to_owned(),
            Self::Results(QueryResultsFormat::Csv | QueryResultsFormat::Tsv)
                if !self.media_type().contains("charset") =>
            {
                format!("{}; charset=utf-8", self.media_type())
            }
            _ => self.media_type().to_owned(),
        }
    }

    /// Does the media type `range` (no wildcard) name this representation?
    fn named_by(self, range: &str) -> bool {
        match self {
            Self::Results(f) => QueryResultsFormat::from_media_type(range) == Some(f),
            Self::Rdf(f) => RdfFormat::from_media_type(range).is_some_and(|g| same_rdf(f, g)),
            Self::Html => {
                range.eq_ignore_ascii_case("text/html")
                    || range.eq_ignore_ascii_case("application/xhtml+xml")
            }
        }
    }
}

/// Equal formats, ignoring JSON-LD profiles.
fn same_rdf(a: RdfFormat, b: RdfFormat) -> bool {
    matches!((a, b), (RdfFormat::JsonLd { .. }, RdfFormat::JsonLd { .. })) || a == b
}

/// The SPARQL results formats offered for SELECT and ASK, default first.
pub const RESULTS: [Representation; 4] = [
    Representation::Results(QueryResultsFormat::Json),
    Representation::Results(QueryResultsFormat::Xml),
    Representation::Results(QueryResultsFormat::Csv),
    Representation::Results(QueryResultsFormat::Tsv),
];

/// The JSON-LD format without profile.
pub const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: oxigraph::io::JsonLdProfileSet::empty(),
};

/// The RDF formats offered for graphs (CONSTRUCT, DESCRIBE, documents), default first.
pub const GRAPHS: [Representation; 6] = [
    Representation::Rdf(RdfFormat::Turtle),
    Representation::Rdf(RdfFormat::NTriples),
    Representation::Rdf(RdfFormat::RdfXml),
    Representation::Rdf(JSON_LD),
    Representation::Rdf(RdfFormat::TriG),
    Representation::Rdf(RdfFormat::NQuads),
];

/// One parsed range of an `Accept` or `Accept-Language` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    /// The range without parameters, lower case (`text/turtle`, `*/*`, `ar`, `*`).
    pub value: String,
    /// Its parameters other than `q`, as written (`profile=...`).
    pub params: String,
    /// Its quality, 0 to 1.
    pub q: f32,
}

/// Parses a header of comma-separated ranges with optional `;q=` weights. Malformed weights
/// count as 1, as most servers do.
pub fn parse_ranges(header: &str) -> Vec<Range> {
    header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let value = pieces.next()?.trim().to_ascii_lowercase();
            if value.is_empty() {
                return None;
            }
            let mut q = 1.0;
            let mut params = Vec::new();
            for param in pieces {
                let param = param.trim();
                match param.split_once('=') {
                    Some((k, v)) if k.trim().eq_ignore_ascii_case("q") => {
                        q = v.trim().parse::<f32>().unwrap_or(1.0).clamp(0.0, 1.0);
                    }
                    _ if !param.is_empty() => params.push(param),
                    _ => {}
                }
            }
            Some(Range {
                value,
                params: params.join(";"),
                q,
            })
        })
        .collect()
}

/// The q that `ranges` give `candidate`: the most specific matching range decides
/// (exact > `type/*` > `*/*`); `None` when no range matches.
fn quality(ranges: &[Range], candidate: Representation) -> Option<f32> {
    let media = candidate.media_type();
    let main_type = media.split('/').next().unwrap_or_default();
    let mut best: Option<(u8, f32)> = None;
    for range in ranges {
        let specificity = if range.value == "*/*" {
            1
        } else if let Some(t) = range.value.strip_suffix("/*") {
            if t == main_type { 2 } else { continue }
        } else {
            let full = if range.params.is_empty() {
                range.value.clone()
            } else {
                format!("{};{}", range.value, range.params)
            };
            if candidate.named_by(&full) {
                3
            } else {
                continue;
            }
        };
        match best {
            Some((s, q)) if s > specificity || (s == specificity && q >= range.q) => {}
            _ => best = Some((specificity, range.q)),
        }
    }
    best.map(|(_, q)| q)
}

/// Picks the representation for `accept` (the header value, if any) among `candidates`
/// (the first one is the default).
///
/// # Errors
/// 406 when no candidate is acceptable.
pub fn choose(
    accept: Option<&str>,
    candidates: &[Representation],
) -> Result<Representation, ApiError> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return candidates
            .first()
            .copied()
            .ok_or_else(|| ApiError::internal("no representation offered"));
    };
    let ranges = parse_ranges(accept);
    let mut best: Option<(f32, Representation)> = None;
    for &candidate in candidates {
        if let Some(q) = quality(&ranges, candidate) {
            if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
                best = Some((q, candidate));
            }
        }
    }
    best.map(|(_, r)| r)
        .ok_or_else(|| not_acceptable(accept, candidates))
}

/// The 406 error listing what is available.
fn not_acceptable(asked: &str, candidates: &[Representation]) -> ApiError {
    let offered: Vec<&str> = candidates.iter().map(|c| c.media_type()).collect();
    ApiError::NotAcceptable(format!(
        "cannot answer in {asked}; available here: {}",
        offered.join(", ")
    ))
}

/// Resolves a `format` parameter (a short or long name, or a media type) among `candidates`.
///
/// # Errors
/// 400 when the name is unknown, 406 when it names a format that does not fit here (e.g.
/// `ttl` for a SELECT).
pub fn from_format_param(
    name: &str,
    candidates: &[Representation],
) -> Result<Representation, ApiError> {
    let lower = name.trim().to_ascii_lowercase();
    // Long names that are neither an extension nor a media type in Oxigraph's tables.
    let alias = match lower.as_str() {
        "turtle" => "ttl",
        "ntriples" | "n-triples" => "nt",
        "nquads" | "n-quads" => "nq",
        "rdfxml" | "rdf-xml" | "rdf/xml" => "rdf",
        "json-ld" => "jsonld",
        // N3 clients (SPARQLWrapper's N3) read Turtle, a subset of N3.
        "n3" => "ttl",
        "html" => "text/html",
        other => other,
    };
    let mut named = Vec::new();
    if let Some(f) = QueryResultsFormat::from_extension(alias) {
        named.push(Representation::Results(f));
    }
    if let Some(f) = RdfFormat::from_extension(alias) {
        named.push(Representation::Rdf(f));
    }
    // A media type, or a media subtype as SPARQLWrapper sends (`rdf+xml`, `turtle`).
    let media_types = if alias.contains('/') {
        vec![alias.to_owned()]
    } else {
        vec![format!("application/{alias}"), format!("text/{alias}")]
    };
    for media_type in &media_types {
        for &c in candidates {
            if c.named_by(media_type) {
                named.push(c);
            }
        }
    }
    if alias.contains('/') && Representation::Html.named_by(alias) {
        named.push(Representation::Html);
    }
    if named.is_empty() {
        return Err(ApiError::BadRequest(format!(
            "unknown format {name:?}; use json, xml, csv, tsv (results) or ttl, nt, rdf, jsonld, trig, nq (graphs)"
        )));
    }
    candidates
        .iter()
        .copied()
        .find(|c| named.iter().any(|n| same_representation(*c, *n)))
        .ok_or_else(|| not_acceptable(name, candidates))
}

fn same_representation(a: Representation, b: Representation) -> bool {
    match (a, b) {
        (Representation::Rdf(a), Representation::Rdf(b)) => same_rdf(a, b),
        _ => a == b,
    }
}

/// Picks the representation: the `format` parameter if given, else the `Accept` header.
///
/// # Errors
/// 400 for an unknown format name, 406 when nothing fits.
pub fn negotiate(
    headers: &HeaderMap,
    format: Option<&str>,
    candidates: &[Representation],
) -> Result<Representation, ApiError> {
    match format.filter(|f| !f.is_empty()) {
        Some(name) => from_format_param(name, candidates),
        None => choose(
            headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()),
            candidates,
        ),
    }
}

/// The language tags a client prefers, best first, from `Accept-Language` (ranges with q=0 and
/// `*` left out).
pub fn preferred_languages(headers: &HeaderMap) -> Vec<String> {
    let Some(value) = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return Vec::new();
    };
    let mut ranges: Vec<Range> = parse_ranges(value)
        .into_iter()
        .filter(|r| r.q > 0.0 && r.value != "*")
        .collect();
    // Stable: equal weights keep the client's order.
    ranges.sort_by(|a, b| b.q.total_cmp(&a.q));
    ranges.into_iter().map(|r| r.value).collect()
}

/// RFC 4647 basic filtering: does language `range` (e.g. `ar`) match `tag` (e.g. `ar-EG`)?
pub fn language_matches(range: &str, tag: &str) -> bool {
    tag.eq_ignore_ascii_case(range)
        || (tag.len() > range.len()
            && tag.as_bytes().get(range.len()) == Some(&b'-')
            && tag[..range.len()].eq_ignore_ascii_case(range))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_values_and_wildcards() {
        let pick = |accept| choose(Some(accept), &GRAPHS).map(Representation::media_type);
        assert_eq!(pick("*/*").ok(), Some("text/turtle"));
        assert_eq!(
            pick("application/n-triples;q=0.5, text/turtle;q=0.4").ok(),
            Some("application/n-triples")
        );
        assert_eq!(
            pick("application/ld+json, */*;q=0.1").ok(),
            Some("application/ld+json")
        );
        assert_eq!(
            pick("text/turtle;q=0, */*").ok(),
            Some("application/n-triples")
        );
        assert!(pick("image/png").is_err());
        assert!(pick("text/turtle;q=0").is_err());
    }

    #[test]
    fn results_aliases() {
        let pick = |accept| choose(Some(accept), &RESULTS).map(Representation::media_type);
        assert_eq!(
            pick("application/sparql-results+xml").ok(),
            Some("application/sparql-results+xml")
        );
        assert_eq!(
            pick("application/json").ok(),
            Some("application/sparql-results+json")
        );
        assert_eq!(
            pick("text/tab-separated-values").ok(),
            Some("text/tab-separated-values; charset=utf-8")
        );
    }

    #[test]
    fn format_names() {
        let f = |n| from_format_param(n, &GRAPHS).map(Representation::media_type);
        assert_eq!(f("turtle").ok(), Some("text/turtle"));
        assert_eq!(f("nt").ok(), Some("application/n-triples"));
        assert_eq!(f("jsonld").ok(), Some("application/ld+json"));
        assert!(matches!(f("csv"), Err(ApiError::NotAcceptable(_))));
        assert!(matches!(f("bogus"), Err(ApiError::BadRequest(_))));
        let r = |n| from_format_param(n, &RESULTS).map(Representation::media_type);
        assert_eq!(r("json").ok(), Some("application/sparql-results+json"));
        assert_eq!(
            r("tsv").ok(),
            Some("text/tab-separated-values; charset=utf-8")
        );
    }

    #[test]
    fn languages() {
        assert!(language_matches("ar", "ar-EG"));
        assert!(!language_matches("ar", "arz"));
    }
}
