//! The sandbox's SQLite database: one connection behind a mutex (SQLite writes are serial
//! anyway), used from blocking threads so that the async server never waits on disk.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::ApiError;

/// The schema versions, in order. Never edit a shipped one: add the next number.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_schema.sql"),
    include_str!("../migrations/0002_anti_fraud.sql"),
    include_str!("../migrations/0003_loan_engine.sql"),
    include_str!("../migrations/0004_paid_ahead.sql"),
];

/// Why the database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// SQLite refused to open the file.
    #[error("cannot open the sandbox database: {0}")]
    Open(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("cannot migrate the sandbox database: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
}

/// A shared handle to the database.
#[derive(Clone, Debug)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) the file, or an in-memory database for `None`, migrates it
    /// and seeds the demo data on first use.
    pub fn open(path: Option<&Path>) -> Result<Db, DbError> {
        let mut conn = match path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_in_memory()?,
        };
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Migrations::new(MIGRATIONS.iter().map(|s| M::up(s)).collect()).to_latest(&mut conn)?;
        crate::seed::seed(&mut conn)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` with the connection on a blocking thread.
    pub async fn call<R, F>(&self, f: F) -> Result<R, ApiError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R, ApiError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|_| ApiError::internal())?
    }
}

/// Seconds since the epoch.
pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Today's date in China Standard Time.
pub fn today() -> chrono::NaiveDate {
    let cst = chrono::FixedOffset::east_opt(8 * 3600);
    match cst {
        Some(offset) => chrono::Utc::now().with_timezone(&offset).date_naive(),
        None => chrono::Utc::now().date_naive(),
    }
}

/// A fresh random identifier with a readable prefix.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::new_v4().simple())
}
