//! `diplokg validate`: SHACL conformance of the store's article graphs, or of an RDF file, against
//! the bundled `ontology/shapes.ttl`.
//!
//! There is no SHACL engine in Rust that we would trust with SHACL-SPARQL and good reports, so this
//! runs pyshacl (the W3C test-suite-passing Python implementation), which must be installed
//! (`pip install pyshacl`). Each named graph of the data is validated on its own.

use super::StoreArgs;
use super::format::rdf_format;
use super::input::Input;
use super::output::QuadWriter;
use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::map::BaseIri;
use oxigraph::model::GraphNameRef;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// Arguments of `diplokg validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Validate this RDF file instead of the store (TriG, N-Quads, Turtle, ...; by extension,
    /// or `--format`). `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Syntax of FILE when its extension does not say.
    #[arg(long)]
    pub format: Option<String>,
    /// The Python interpreter that has pyshacl.
    #[arg(long, env = "DIPLOKG_PYTHON", default_value = "python3")]
    pub python: String,
}

/// Writes the data and the shapes to a scratch directory and runs pyshacl on them.
pub fn run(args: ValidateArgs, base: &BaseIri) -> Result<ExitCode> {
    let scratch = ScratchDir::new()?;
    let shapes = scratch.0.join("shapes.ttl");
    std::fs::write(&shapes, diplokg::reference::SHAPES_TTL)
        .with_context(|| format!("{}: cannot write", shapes.display()))?;
    let (data, data_format) = match &args.file {
        Some(file) => {
            let input = Input::from_arg(file);
            let format_name = match (&args.format, file.extension().and_then(|e| e.to_str())) {
                (Some(name), _) => name.clone(),
                (None, Some(ext)) => ext.to_owned(),
                (None, None) => bail!(
                    "{}: give --format, the file name has no extension",
                    input.name()
                ),
            };
            let format = rdf_format(&format_name)?;
            let path = scratch.0.join(format!("data.{}", format.file_extension()));
            std::fs::write(&path, input.read_to_string()?)
                .with_context(|| format!("{}: cannot write", path.display()))?;
            (path, pyshacl_format(format.file_extension()))
        }
        None => {
            let store = args.store.open_existing(base)?;
            let graphs = store.article_graphs()?;
            if graphs.is_empty() {
                bail!("the store has no article graphs to validate");
            }
            let path = scratch.0.join("data.trig");
            let file = std::fs::File::create(&path)
                .with_context(|| format!("{}: cannot create", path.display()))?;
            let mut writer =
                QuadWriter::new(std::io::BufWriter::new(file), oxigraph::io::RdfFormat::TriG)?;
            for graph in &graphs {
                let graph = GraphNameRef::NamedNode(graph.as_ref());
                for quad in store
                    .oxigraph()
                    .quads_for_pattern(None, None, None, Some(graph))
                {
                    writer.write(quad?.as_ref())?;
                }
            }
            std::io::Write::flush(&mut writer.finish()?)?;
            eprintln!("validating {} article graph(s)", graphs.len());
            (path, "auto")
        }
    };
    let output = Command::new(&args.python)
        .args(["-m", "pyshacl", "-s"])
        .arg(&shapes)
        .args(["-sf", "turtle", "-df", data_format])
        .arg(&data)
        .output()
        .with_context(|| format!("cannot run {} (is Python installed?)", args.python))?;
    let report = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("No module named pyshacl") {
        bail!(
            "pyshacl is not installed for {}: pip install pyshacl",
            args.python
        );
    }
    match output.status.code() {
        Some(0) => {
            println!("conforms: yes");
            Ok(ExitCode::SUCCESS)
        }
        Some(1) => {
            print!("{report}");
            println!("conforms: no");
            Ok(ExitCode::from(1))
        }
        _ => bail!("pyshacl failed: {stderr}{report}"),
    }
}

/// pyshacl's name for a syntax, from Oxigraph's file extension (`auto` lets rdflib pick the
/// dataset syntaxes, which pyshacl's `-df` does not name, from the file extension).
fn pyshacl_format(extension: &str) -> &'static str {
    match extension {
        "ttl" => "turtle",
        "nt" => "nt",
        "nq" | "trig" => "auto",
        "jsonld" => "json-ld",
        "n3" => "n3",
        _ => "xml",
    }
}

/// A directory under the system's temporary directory, removed when dropped.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new() -> Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("diplokg-validate-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path)
            .with_context(|| format!("{}: cannot create", path.display()))?;
        Ok(Self(path))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
