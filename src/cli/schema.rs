//! `diplokg schema`: the JSON Schema of the facts format, as published in `schema/`.

use anyhow::Result;
use std::io::Write;
use std::process::ExitCode;

/// Prints the schema to standard output.
pub fn run() -> Result<ExitCode> {
    let schema = diplokg::facts::json_schema();
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}
