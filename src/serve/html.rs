//! HTML: the query page (`/`), the bundled static files (`/assets/…`) and the resource pages.
//!
//! Everything the browser needs is compiled into the binary (`include_str!`/`include_bytes!`):
//! YASGUI from npm (`assets/yasgui/`, see its README for the version and licence), the page's own
//! CSS and script, and the example queries of `queries/*.rq` (listed at build time by
//! `build.rs`), so the page works without network access. The query page declares the
//! diplokg prefixes in its default query and rewrites result links under the base IRI to this
//! server's pages.
//!
//! Resource pages are rendered from [`PageData`] with escaping everywhere; values in any script
//! get `dir="auto"` so Arabic and Latin mix correctly, and each mention is shown in its sentence
//! with the mention highlighted (`<mark>`), from the NIF offsets (code points).

use super::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::fmt::Write;

/// The example queries, `(file name, text)`, from `queries/*.rq` at build time.
const EXAMPLES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/example_queries.rs"));

const INDEX_HTML: &str = include_str!("../../assets/index.html");

/// `(path under /assets/, content type, bytes)`.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "yasgui/yasgui.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/yasgui/yasgui.min.js"),
    ),
    (
        "yasgui/yasgui.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/yasgui/yasgui.min.css"),
    ),
    (
        "diplokg.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/diplokg.css"),
    ),
    (
        "query.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/query.js"),
    ),
];

/// `GET /`: the query page.
pub(super) async fn index(State(state): State<AppState>) -> Html<String> {
    let prefixes: String = super::prefixes(state.base())
        .iter()
        .map(|(name, iri)| format!("PREFIX {name}: <{iri}>\n"))
        .collect();
    let examples: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(name, text)| serde_json::json!({ "name": name.trim_end_matches(".rq"), "query": text }))
        .collect();
    let config = serde_json::json!({
        "base": state.base(),
        "prefixes": prefixes,
        "examples": examples,
    });
    // `</` cannot close the script element early once escaped.
    let config = config.to_string().replace("</", "<\\/");
    Html(INDEX_HTML.replace("{{CONFIG}}", &config))
}

/// `GET /assets/{file}`: a bundled file.
pub(super) async fn asset(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|(name, _, _)| *name == file) {
        Some((_, content_type, bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            );
            response
        }
        None => (StatusCode::NOT_FOUND, "no such asset\n").into_response(),
    }
}

/// Escapes text for HTML content and attribute values.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a URL query component.
pub(super) fn encode_component(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The sentence around code points `begin..end` of `text`: from after the previous sentence end
/// (or line break) to the next one, at most 200 code points either side.
pub(super) fn sentence_bounds(text: &[char], begin: usize, end: usize) -> (usize, usize) {
    const ENDS: &[char] = &['.', '!', '?', '؟', '。', '！', '？', '\n', '۔'];
    const MAX: usize = 200;
    let floor = begin.saturating_sub(MAX);
    let start = (floor..begin)
        .rev()
        .find(|&i| text.get(i).is_some_and(|c| ENDS.contains(c)))
        .map_or(floor, |i| i + 1);
    let ceiling = (end + MAX).min(text.len());
    let stop = (end..ceiling)
        .find(|&i| text.get(i).is_some_and(|c| ENDS.contains(c)))
        .map_or(ceiling, |i| i + 1);
    (start, stop)
}

/// A link to a term: its label, and where it leads.
#[derive(Debug, Clone)]
pub(super) struct Link {
    /// Where the link leads (a local page), none for a blank node.
    pub href: Option<String>,
    /// The label shown.
    pub label: String,
    /// The label's language tag (empty if none).
    pub lang: String,
    /// The IRI (empty for a blank node).
    pub iri: String,
}

/// An object value on a page.
#[derive(Debug, Clone)]
pub(super) enum Value {
    /// An IRI or blank node.
    Link(Link),
    /// A literal.
    Literal {
        /// Its lexical form.
        text: String,
        /// Its language tag (empty if none).
        lang: String,
        /// Its datatype as a short name (empty for language-tagged strings).
        datatype: String,
    },
}

/// A mention of the resource, in its sentence.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    /// The mention IRI (`…#char=b,e`).
    pub iri: String,
    /// Its fragment (`char=b,e`), used as the element id on text pages.
    pub fragment: String,
    /// Sentence text before the mention.
    pub before: String,
    /// The mention itself (`nif:anchorOf`).
    pub anchor: String,
    /// Sentence text after the mention.
    pub after: String,
    /// The entity it names (`itsrdf:taIdentRef`), if any.
    pub entity: Option<Link>,
    /// The page of its text.
    pub context_href: Option<String>,
    /// Its first code point.
    pub begin: usize,
}

/// What a resource page shows.
#[derive(Debug, Clone)]
pub(super) struct PageData {
    /// Whether the store knows anything about the resource.
    pub known: bool,
    /// The resource IRI.
    pub iri: String,
    /// Its label in the preferred language.
    pub title: String,
    /// The label's language.
    pub title_lang: String,
    /// Its classes.
    pub types: Vec<Link>,
    /// Its outgoing facts: predicate, values.
    pub facts: Vec<(Link, Vec<Value>)>,
    /// Incoming facts: subject, predicate.
    pub incoming: Vec<(Link, Link)>,
    /// Mentions in the source texts.
    pub mentions: Vec<Mention>,
    /// For a text page, the whole text.
    pub full_text: Option<String>,
    /// Graphs the facts come from.
    pub graphs: Vec<String>,
    /// The RDF documents about the resource: (format name, href).
    pub data_links: Vec<(String, String)>,
    /// The relative way back to the server root.
    pub root: String,
    /// The page language.
    pub language: String,
}

fn link_html(link: &Link) -> String {
    let lang = if link.lang.is_empty() {
        String::new()
    } else {
        format!(" lang=\"{}\"", escape(&link.lang))
    };
    match &link.href {
        Some(href) => format!(
            "<a href=\"{}\" title=\"{}\" dir=\"auto\"{lang}>{}</a>",
            escape(href),
            escape(&link.iri),
            escape(&link.label)
        ),
        None => format!("<span dir=\"auto\">{}</span>", escape(&link.label)),
    }
}

fn value_html(value: &Value) -> String {
    match value {
        Value::Link(link) => link_html(link),
        Value::Literal {
            text,
            lang,
            datatype,
        } => {
            let mut out = String::new();
            if lang.is_empty() {
                let _ = write!(
                    out,
                    "<span class=\"literal\" dir=\"auto\">{}</span>",
                    escape(text)
                );
            } else {
                let _ = write!(
                    out,
                    "<span class=\"literal\" dir=\"auto\" lang=\"{0}\">{1}</span> <small class=\"tag\">@{0}</small>",
                    escape(lang),
                    escape(text)
                );
            }
            if !datatype.is_empty() && datatype != "xsd:string" {
                let _ = write!(out, " <small class=\"tag\">{}</small>", escape(datatype));
            }
            out
        }
    }
}

/// Renders a resource page.
pub(super) fn resource_page(page: &PageData) -> String {
    let mut body = String::new();
    let root = escape(&page.root);
    let title_lang = if page.title_lang.is_empty() {
        String::new()
    } else {
        format!(" lang=\"{}\"", escape(&page.title_lang))
    };
    let _ = write!(
        body,
        "<header><a href=\"{root}\">diplokg</a> · <a href=\"{root}\">SPARQL</a></header>\n<main>\n<h1 dir=\"auto\"{title_lang}>{}</h1>\n<p class=\"iri\"><code>{}</code>",
        escape(&page.title),
        escape(&page.iri)
    );
    if !page.iri.is_empty() {
        let _ = write!(body, " <a href=\"{}\">↗</a>", escape(&page.iri));
    }
    body.push_str("</p>\n");
    if !page.known {
        body.push_str("<p>Nothing is known about this resource in the store.</p>\n");
    }
    if !page.types.is_empty() {
        body.push_str("<p class=\"types\">");
        let types: Vec<String> = page.types.iter().map(link_html).collect();
        body.push_str(&types.join(" · "));
        body.push_str("</p>\n");
    }
    if let Some(text) = &page.full_text {
        body.push_str("<h2>Text</h2>\n<div class=\"text\" dir=\"auto\">");
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        for m in &page.mentions {
            let anchor_len = m.anchor.chars().count();
            // Nested or overlapping mentions: the first one is marked.
            if m.begin < at || m.begin + anchor_len > chars.len() {
                continue;
            }
            let before: String = chars[at..m.begin].iter().collect();
            body.push_str(&escape(&before));
            let target = m.entity.as_ref().and_then(|e| e.href.clone());
            let _ = write!(
                body,
                "<mark id=\"{}\" title=\"{}\">",
                escape(&m.fragment),
                escape(&m.iri)
            );
            match target {
                Some(href) => {
                    let _ = write!(
                        body,
                        "<a href=\"{}\">{}</a>",
                        escape(&href),
                        escape(&m.anchor)
                    );
                }
                None => body.push_str(&escape(&m.anchor)),
            }
            body.push_str("</mark>");
            at = m.begin + anchor_len;
        }
        let after: String = chars.get(at..).unwrap_or_default().iter().collect();
        body.push_str(&escape(&after));
        body.push_str("</div>\n");
    }
    if !page.facts.is_empty() {
        body.push_str("<h2>Facts</h2>\n<table class=\"facts\">\n");
        for (predicate, values) in &page.facts {
            let values: Vec<String> = values.iter().map(value_html).collect();
            let _ = writeln!(
                body,
                "<tr><th>{}</th><td>{}</td></tr>",
                link_html(predicate),
                values.join("<br>")
            );
        }
        body.push_str("</table>\n");
    }
    if page.full_text.is_none() && !page.mentions.is_empty() {
        body.push_str("<h2>In the source text</h2>\n<ul class=\"mentions\">\n");
        for m in &page.mentions {
            let source = m
                .context_href
                .as_ref()
                .map(|h| {
                    let href = match h.split_once('#') {
                        Some((doc, _)) => format!("{doc}#{}", m.fragment),
                        None => h.clone(),
                    };
                    format!(" <a class=\"source\" href=\"{}\">text</a>", escape(&href))
                })
                .unwrap_or_default();
            let _ = writeln!(
                body,
                "<li><q dir=\"auto\">{}<mark>{}</mark>{}</q>{source}</li>",
                escape(&m.before),
                escape(&m.anchor),
                escape(&m.after)
            );
        }
        body.push_str("</ul>\n");
    }
    if !page.incoming.is_empty() {
        body.push_str("<h2>Referenced by</h2>\n<table class=\"facts\">\n");
        for (subject, predicate) in &page.incoming {
            let _ = writeln!(
                body,
                "<tr><td>{}</td><th>{}</th></tr>",
                link_html(subject),
                link_html(predicate)
            );
        }
        body.push_str("</table>\n");
    }
    if !page.graphs.is_empty() {
        body.push_str("<h2>Sources</h2>\n<ul class=\"graphs\">\n");
        for graph in &page.graphs {
            let _ = writeln!(
                body,
                "<li><a href=\"{root}store?graph={}\"><code>{}</code></a></li>",
                encode_component(graph),
                escape(graph)
            );
        }
        body.push_str("</ul>\n");
    }
    if !page.data_links.is_empty() {
        body.push_str("<p class=\"data\">Data: ");
        let links: Vec<String> = page
            .data_links
            .iter()
            .map(|(name, href)| format!("<a href=\"{}\">{}</a>", escape(href), escape(name)))
            .collect();
        body.push_str(&links.join(" · "));
        body.push_str("</p>\n");
    }
    body.push_str("</main>\n");
    let alternate: String = page
        .data_links
        .iter()
        .filter(|(name, _)| name == "Turtle" || name == "JSON-LD")
        .map(|(name, href)| {
            let media = if name == "Turtle" {
                "text/turtle"
            } else {
                "application/ld+json"
            };
            format!(
                "<link rel=\"alternate\" type=\"{media}\" href=\"{}\">\n",
                escape(href)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} · diplokg</title>\n<link rel=\"stylesheet\" href=\"{root}assets/diplokg.css\">\n{alternate}</head>\n<body class=\"resource\">\n{body}</body>\n</html>\n",
        lang = escape(&page.language),
        title = escape(&page.title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_around_a_mention() {
        let text: Vec<char> = "First one. Xi met Putin today. Last.".chars().collect();
        let (a, b) = sentence_bounds(&text, 14, 16);
        assert_eq!(
            text[a..b].iter().collect::<String>(),
            " Xi met Putin today."
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("<a href=\"x\">&"),
            "&lt;a href=&quot;x&quot;&gt;&amp;"
        );
        assert_eq!(encode_component("a b/#"), "a%20b%2F%23");
    }
}
