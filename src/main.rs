//! The `diplokg` command: parse the arguments, run, report the error once with its whole chain.

use clap::Parser;
use std::process::ExitCode;

mod cli;

/// Extraction allocates many small strings: mimalloc serves them faster than glibc's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    cli::init_logging(args.verbose);
    match cli::run(args) {
        Ok(code) => code,
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("diplokg: {e:#}");
            ExitCode::from(2)
        }
    }
}
