//! `puhui-sandbox`: a reference bank that speaks the Puhui bank API over real HTTP, with its own
//! SQLite database. The desktop app embeds it when no bank URL is configured; tests start it
//! in-process on `127.0.0.1:0`.

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::{routing::get, Json, Router};
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// How to start the sandbox.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Address to listen on; port 0 picks a free one.
    pub addr: SocketAddr,
    /// The database file; `None` keeps the data in memory only.
    pub db: Option<PathBuf>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig { addr: SocketAddr::from(([127, 0, 0, 1], 0)), db: None }
    }
}

/// A running sandbox. Dropping it stops the server.
#[derive(Debug)]
pub struct SandboxHandle {
    url: String,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl SandboxHandle {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stops the server and waits until it has closed.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    service: &'static str,
}

async fn health() -> Json<Health> {
    Json(Health { status: "ok", service: "puhui-sandbox" })
}

/// The HTTP routes of the sandbox bank.
pub fn router() -> Router {
    Router::new().route("/health", get(health))
}

/// Binds and serves on the current Tokio runtime; returns once the socket is listening.
pub async fn start(config: SandboxConfig) -> std::io::Result<SandboxHandle> {
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let server = axum::serve(listener, router()).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = server.await {
            tracing::error!(error = %e, "sandbox server stopped");
        }
    });
    Ok(SandboxHandle { url: format!("http://{addr}"), shutdown: Some(tx), task: Some(task) })
}
