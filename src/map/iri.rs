//! The IRIs the mapper mints: deterministic, from the base IRI, the article id and local ids
//! (ontology/README.md, "Data IRIs").

use iri_string::types::IriStr;
use oxigraph::model::NamedNode;
use std::fmt;

/// The base of every data IRI, e.g. `https://w3id.org/diplokg/` (absolute, ends with `/`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BaseIri(String);

/// A base IRI that cannot be used: not absolute, not ending in `/`, or with a query/fragment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("base IRI <{iri}> {reason}")]
pub struct BaseIriError {
    /// The rejected value.
    pub iri: String,
    /// Why it was rejected.
    pub reason: &'static str,
}

impl BaseIri {
    /// The default base, `https://w3id.org/diplokg/`.
    pub const DEFAULT: &'static str = "https://w3id.org/diplokg/";

    /// Checks and wraps a base IRI.
    ///
    /// # Errors
    /// When `iri` is not an absolute IRI ending with `/`, or has a query or fragment.
    pub fn new(iri: &str) -> Result<Self, BaseIriError> {
        let fail = |reason| BaseIriError {
            iri: iri.to_owned(),
            reason,
        };
        let parsed = IriStr::new(iri).map_err(|_| fail("is not an absolute IRI (RFC 3987)"))?;
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(fail("must not have a query or fragment"));
        }
        if !iri.ends_with('/') {
            return Err(fail("must end with '/'"));
        }
        Ok(Self(iri.to_owned()))
    }

    /// The base as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn node(&self, path: fmt::Arguments<'_>) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.0))
    }

    /// Named graph of one article: `{base}graph/article/{doc}`.
    pub fn article_graph(&self, doc: &str) -> NamedNode {
        self.node(format_args!("graph/article/{doc}"))
    }

    /// Named graph of the ontology: `{base}graph/ontology`.
    pub fn ontology_graph(&self) -> NamedNode {
        self.node(format_args!("graph/ontology"))
    }

    /// Named graph of the gazetteer: `{base}graph/gazetteer`.
    pub fn gazetteer_graph(&self) -> NamedNode {
        self.node(format_args!("graph/gazetteer"))
    }

    /// The article as a `schema:NewsArticle`: `{base}resource/article/{doc}`.
    pub fn article(&self, doc: &str) -> NamedNode {
        self.node(format_args!("resource/article/{doc}"))
    }

    /// A span of the article's text (RFC 5147): `{base}resource/text/{doc}#char={start},{end}`;
    /// the whole text is the NIF context.
    pub fn text_span(&self, doc: &str, start: usize, end: usize) -> NamedNode {
        self.node(format_args!("resource/text/{doc}#char={start},{end}"))
    }

    /// An item of the article (`kind` is `entity`, `role`, `event`, `agreement` or
    /// `anniversary`): `{base}resource/{kind}/{doc}/{id}`.
    pub fn item(&self, kind: &str, doc: &str, id: &str) -> NamedNode {
        self.node(format_args!("resource/{kind}/{doc}/{id}"))
    }

    /// The run that made the article's graph: `{base}resource/activity/{doc}`.
    pub fn activity(&self, doc: &str) -> NamedNode {
        self.node(format_args!("resource/activity/{doc}"))
    }

    /// This version of diplokg as a `prov:SoftwareAgent`.
    pub fn agent(&self) -> NamedNode {
        self.node(format_args!(
            "resource/agent/diplokg/{}",
            env!("CARGO_PKG_VERSION")
        ))
    }
}

impl Default for BaseIri {
    fn default() -> Self {
        Self(Self::DEFAULT.to_owned())
    }
}

impl fmt::Display for BaseIri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_absolute_iris_ending_with_a_slash() {
        assert!(BaseIri::new("https://example.org/kg/").is_ok());
        assert_eq!(BaseIri::default().as_str(), BaseIri::DEFAULT);
    }

    #[test]
    fn rejects_relative_unterminated_or_fragment_iris() {
        for bad in [
            "kg/",
            "https://example.org/kg",
            "https://example.org/?a=b/",
            "https://e.org/#x/",
            "http://a b/",
        ] {
            assert!(BaseIri::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn mints_the_profile_iris() {
        let base = BaseIri::default();
        assert_eq!(
            base.article_graph("a1").as_str(),
            "https://w3id.org/diplokg/graph/article/a1"
        );
        assert_eq!(
            base.text_span("a1", 3, 9).as_str(),
            "https://w3id.org/diplokg/resource/text/a1#char=3,9"
        );
        assert_eq!(
            base.item("event", "a1", "e2").as_str(),
            "https://w3id.org/diplokg/resource/event/a1/e2"
        );
    }
}
