//! Real clients against a live `diplokg serve` (curl, SPARQLWrapper, rdflib, headless Chromium,
//! timeout cancellation, read-only second server, SIGTERM): `tests/clients/run.sh`, run on the
//! binary cargo built for this test run.

use crate::util::project_file;
use std::process::Command;

#[test]
fn real_clients_against_a_live_server() {
    let output = Command::new("bash")
        .arg(project_file("tests/clients/run.sh"))
        .env("DIPLOKG_BIN", env!("CARGO_BIN_EXE_diplokg"))
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "tests/clients/run.sh failed ({:?})\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
