//! Helpers shared by the integration tests: a fresh directory per test and the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root (where `Cargo.toml` is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under the project root.
pub fn project_file(relative: &str) -> PathBuf {
    root().join(relative)
}

/// A fresh temporary directory for one test, removed at the end.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl TestDir {
    /// Creates the directory.
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The store directory used by this test.
    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Runs `diplokg` with `args` in this directory.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_diplokg"))
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("the diplokg binary runs")
    }

    /// Runs `diplokg` and asserts success; returns standard output.
    pub fn run_ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "diplokg {args:?} failed with {:?}\nstdout:\n{}\nstderr:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}
