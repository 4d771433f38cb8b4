//! Reading inputs: files, directories of files, and `-` for standard input, with the path in
//! every error.

use anyhow::{Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to read: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// From a command-line argument: `-` is standard input.
    pub fn from_arg(arg: &Path) -> Self {
        if arg.as_os_str() == "-" {
            Self::Stdin
        } else {
            Self::File(arg.to_owned())
        }
    }

    /// A name for messages: the path, or `-`.
    pub fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "-".to_owned(),
        }
    }

    /// True for facts JSON files (`.json`), which are mapped without extraction.
    pub fn is_facts_json(&self) -> bool {
        matches!(self, Self::File(path) if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
    }

    /// A document id from the file name: `corpus/ar-2026-05-20-x.txt` gives `ar-2026-05-20-x`.
    /// None for standard input (the extractor then derives one from the text's hash).
    pub fn doc_id(&self) -> Option<String> {
        let Self::File(path) = self else { return None };
        let stem = path.file_stem()?.to_string_lossy();
        let slug: String = stem
            .chars()
            .map(|c| {
                let c = c.to_ascii_lowercase();
                if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug.trim_start_matches(['-', '.', '_']).to_owned();
        (!slug.is_empty()).then_some(slug)
    }

    /// Reads the whole input as UTF-8.
    pub fn read_to_string(&self) -> Result<String> {
        match self {
            Self::File(path) => std::fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read as UTF-8 text", path.display())),
            Self::Stdin => {
                let mut text = String::new();
                std::io::stdin()
                    .read_to_string(&mut text)
                    .context("standard input: cannot read as UTF-8 text")?;
                Ok(text)
            }
        }
    }
}

/// Expands arguments into inputs: files as given, directories walked recursively (sorted) for
/// `.txt`, `.md` and `.json` files.
pub fn expand(args: &[PathBuf]) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.is_dir() {
            walk(arg, &mut inputs)?;
        } else {
            inputs.push(Input::from_arg(arg));
        }
    }
    Ok(inputs)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list the directory", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .with_context(|| format!("{}: cannot list the directory", dir.display()))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, inputs)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "md" | "json"))
        {
            inputs.push(Input::File(path));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_ids_are_slugs() {
        let input = Input::File(PathBuf::from("corpus/AR 2026_05.txt"));
        assert_eq!(input.doc_id().as_deref(), Some("ar-2026_05"));
        assert_eq!(Input::File(PathBuf::from("شي.txt")).doc_id(), None);
        assert_eq!(Input::Stdin.doc_id(), None);
    }
}
