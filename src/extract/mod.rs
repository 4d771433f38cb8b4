//! Extraction: article text to [`crate::facts::Facts`].
//!
//! TEMPORARY: the rule-based extractor is being written on the `extractor` branch; until it lands
//! this module only builds the document part of the facts, so the rest of the crate compiles.

use crate::facts::{Document, FACTS_VERSION, Facts, text_sha256};
use crate::gazetteer::Gazetteer;

/// What the caller knows about a text besides its content.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Document id (a slug); derived from the text hash when absent.
    pub doc_id: Option<String>,
    /// Language (`ar`, `en`, `zh`, `ru`); detected when absent.
    pub lang: Option<String>,
    /// Publication date that relative dates resolve against.
    pub published: Option<time::Date>,
    /// Where the article was published.
    pub source_url: Option<String>,
}

/// The extractor, holding the compiled gazetteer.
pub struct Extractor {
    _gazetteer: Gazetteer,
}

impl Extractor {
    /// An extractor over `gazetteer`.
    pub fn new(gazetteer: Gazetteer) -> Self {
        Self { _gazetteer: gazetteer }
    }

    /// The facts of `text`.
    pub fn extract(&self, text: &str, options: &ExtractOptions) -> Facts {
        let hash = text_sha256(text);
        Facts {
            version: FACTS_VERSION.to_owned(),
            document: Document {
                id: options.doc_id.clone().unwrap_or_else(|| format!("doc-{}", &hash[..16])),
                lang: options.lang.clone().unwrap_or_else(|| "ar".to_owned()),
                title: None,
                published: options.published.map(|d| d.to_string()),
                source_url: options.source_url.clone(),
                text_sha256: hash,
                text: text.to_owned(),
            },
            mentions: Vec::new(),
            entities: Vec::new(),
            roles: Vec::new(),
            events: Vec::new(),
            agreements: Vec::new(),
            anniversaries: Vec::new(),
        }
    }
}
