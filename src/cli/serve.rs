//! `diplokg serve`: the HTTP server over a store directory (see `diplokg::serve`).

use super::StoreArgs;
use anyhow::{Context, Result};
use clap::Args;
use diplokg::map::BaseIri;
use diplokg::serve::ServeConfig;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

/// Arguments of `diplokg serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: SocketAddr,
    /// Open the store read-only, so several servers can read one store (no updates then).
    #[arg(long)]
    pub read_only: bool,
    /// Per-query timeout in seconds; evaluation is cancelled when it runs out (503).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,
    /// Most result rows sent for one query.
    #[arg(long, value_name = "N", default_value_t = ServeConfig::default().max_rows)]
    pub max_rows: usize,
    /// Largest request body accepted, in bytes (413 beyond).
    #[arg(long, value_name = "BYTES", default_value_t = ServeConfig::default().body_limit)]
    pub body_limit: usize,
    /// Most SPARQL evaluations running at once; further requests wait (503 after the timeout).
    #[arg(long, value_name = "N", default_value_t = ServeConfig::default().concurrency)]
    pub concurrency: usize,
    /// Enable SPARQL Update and Graph Store writes for requests bearing this token
    /// (`Authorization: Bearer TOKEN`). Prefer the environment variable to the flag.
    #[arg(long, env = "DIPLOKG_WRITE_TOKEN", hide_env_values = true)]
    pub write_token: Option<String>,
}

/// Opens the store and serves until SIGTERM or Ctrl-C.
pub fn run(args: ServeArgs, base: &BaseIri) -> Result<ExitCode> {
    let store = if args.read_only {
        open_read_only(&args.store, base)?
    } else {
        args.store.open(base)?
    };
    let config = ServeConfig {
        query_timeout: Duration::from_secs(args.timeout),
        max_rows: args.max_rows,
        body_limit: args.body_limit,
        concurrency: args.concurrency.max(1),
        write_token: args.write_token.filter(|t| !t.is_empty()),
    };
    serve_store(store, args.bind, config)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "rocksdb")]
fn open_read_only(store: &StoreArgs, base: &BaseIri) -> Result<diplokg::Store> {
    Ok(diplokg::Store::open_read_only(&store.store, base.clone())?)
}

#[cfg(not(feature = "rocksdb"))]
fn open_read_only(_store: &StoreArgs, _base: &BaseIri) -> Result<diplokg::Store> {
    anyhow::bail!("--read-only needs the on-disk store (feature rocksdb)")
}

/// Binds `address` and serves `store` on a Tokio runtime until shutdown.
pub fn serve_store(store: diplokg::Store, address: SocketAddr, config: ServeConfig) -> Result<()> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("cannot listen on {address}"))?;
        let local = listener.local_addr()?;
        eprintln!("diplokg: serving SPARQL at http://{local}/sparql, query page at http://{local}/ (Ctrl-C stops)");
        diplokg::serve::serve(store, config, listener).await?;
        Ok(())
    });
    // Queries still running on the blocking pool get a bounded time to see their cancellation.
    runtime.shutdown_timeout(Duration::from_secs(10));
    served
}
