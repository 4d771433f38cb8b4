//! Writing RDF to standard output or files: the project's prefixes, and graph-less syntaxes
//! (Turtle, N-Triples, RDF/XML) given the triples of the quads.

use super::format::PREFIXES;
use anyhow::Result;
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::{QuadRef, TripleRef};
use std::io::Write;

/// A streaming RDF writer over any syntax Oxigraph writes.
pub struct QuadWriter<W: Write> {
    inner: WriterQuadSerializer<W>,
    keeps_graphs: bool,
}

impl<W: Write> QuadWriter<W> {
    /// Starts writing `format` to `out`, declaring the project's prefixes where the syntax has them.
    pub fn new(out: W, format: RdfFormat) -> Result<Self> {
        let mut serializer = RdfSerializer::from_format(format);
        for (prefix, iri) in PREFIXES {
            serializer = serializer.with_prefix(*prefix, *iri)?;
        }
        Ok(Self {
            inner: serializer.for_writer(out),
            keeps_graphs: format.supports_datasets(),
        })
    }

    /// Writes one quad (its triple, in a syntax without graphs).
    pub fn write(&mut self, quad: QuadRef<'_>) -> std::io::Result<()> {
        if self.keeps_graphs {
            self.inner.serialize_quad(quad)
        } else {
            self.inner.serialize_triple(TripleRef::from(quad))
        }
    }

    /// Ends the document and returns the writer (not flushed).
    pub fn finish(self) -> std::io::Result<W> {
        self.inner.finish()
    }
}

/// Writes all `quads` in `format`.
pub fn write_quads<'a>(
    out: impl Write,
    format: RdfFormat,
    quads: impl IntoIterator<Item = QuadRef<'a>>,
) -> Result<()> {
    let mut writer = QuadWriter::new(out, format)?;
    for quad in quads {
        writer.write(quad)?;
    }
    writer.finish()?;
    Ok(())
}
