//! `puhui-sandbox`: a reference bank that speaks the Puhui bank API over real HTTP, with its own
//! SQLite database. The desktop app embeds it when no bank URL is configured; tests start it
//! in-process on `127.0.0.1:0`.
//!
//! The contract is generated from the handlers ([`openapi`]) and committed as
//! `sandbox/openapi.json`; `CONTRACT.md` lists the endpoints designed but not yet served.

pub mod amounts;
pub mod appointments;
pub mod assessments;
pub mod auth;
pub mod db;
pub mod error;
pub mod faults;
pub mod guardian;
pub mod idempotency;
pub mod loan_book;
pub mod loan_views;
pub mod loans;
pub mod movements;
pub mod openapi;
pub mod paid_ahead;
pub mod products;
pub mod rule_pack;
pub mod seed;
pub mod state;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::{Json, Router, routing::get};
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

pub use auth::DEV_SMS_CODE;
pub use faults::{FaultConfig, Faults};
pub use rule_pack::{DEV_PUBLIC_KEY_HEX, DEV_SIGNING_SEED};

/// Largest request body accepted; the API's requests are a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// How to start the sandbox.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Address to listen on; port 0 picks a free one.
    pub addr: SocketAddr,
    /// The database file; `None` keeps the data in memory only.
    pub db: Option<PathBuf>,
    /// Fault injection; off by default.
    pub faults: FaultConfig,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            db: None,
            faults: FaultConfig::default(),
        }
    }
}

/// Why the sandbox could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The address could not be bound.
    #[error("cannot listen: {0}")]
    Listen(#[from] std::io::Error),
    /// The database could not be opened.
    #[error(transparent)]
    Db(#[from] db::DbError),
}

impl From<StartError> for std::io::Error {
    fn from(e: StartError) -> std::io::Error {
        match e {
            StartError::Listen(io) => io,
            other => std::io::Error::other(other.to_string()),
        }
    }
}

/// A running sandbox. Dropping it stops the server.
#[derive(Debug)]
pub struct SandboxHandle {
    url: String,
    faults: Arc<Faults>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl SandboxHandle {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The live fault controls (inert unless faults were enabled at startup).
    pub fn faults(&self) -> &Faults {
        &self.faults
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
    Json(Health {
        status: "ok",
        service: "puhui-sandbox",
    })
}

fn api() -> OpenApiRouter<state::AppState> {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(auth::routes())
        .merge(products::routes())
        .merge(assessments::routes())
        .merge(loans::routes())
        .merge(movements::routes())
        .merge(appointments::routes())
        .merge(guardian::routes())
        .merge(rule_pack::routes())
}

/// The OpenAPI 3.1 document of the routes this server serves.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api().into_openapi()
}

/// The document as committed in `sandbox/openapi.json`: pretty JSON with a final newline.
pub fn openapi_json() -> String {
    let mut text = openapi().to_pretty_json().unwrap_or_default();
    text.push('\n');
    text
}

/// The HTTP routes of the sandbox bank over the given state.
pub fn router(state: state::AppState) -> Router {
    let (api, doc) = api().split_for_parts();
    let doc = Arc::new(doc);
    let faults = Arc::clone(&state.faults);
    api.with_state(state)
        .route("/health", get(health))
        .route(
            "/openapi.json",
            get(move || async move { Json(doc.as_ref().clone()) }),
        )
        .fallback(error::not_found_route)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(faults, faults::inject))
}

/// Opens the database, binds and serves on the current Tokio runtime; returns once the socket
/// is listening.
pub async fn start(config: SandboxConfig) -> Result<SandboxHandle, StartError> {
    let db_path = config.db.clone();
    let db = tokio::task::spawn_blocking(move || db::Db::open(db_path.as_deref()))
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))??;
    let faults = Faults::new(&config.faults);
    let state = state::AppState {
        db,
        faults: Arc::clone(&faults),
    };
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(state);
    let task = tokio::spawn(async move {
        let server = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = server.await {
            tracing::error!(error = %e, "sandbox server stopped");
        }
    });
    Ok(SandboxHandle {
        url: format!("http://{addr}"),
        faults,
        shutdown: Some(tx),
        task: Some(task),
    })
}
