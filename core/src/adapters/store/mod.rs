//! The local store: one SQLite file in the data directory, upgraded by numbered migrations.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension};
use rusqlite_migration::{M, Migrations};

use crate::error::UserFacing;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "puhui.sqlite3";

/// The migration scripts, in order. Never edit a shipped one: add the next number.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_settings.sql"),
    include_str!("migrations/0002_pending_operations.sql"),
    include_str!("migrations/0003_anti_fraud.sql"),
];

/// The migrations, ready to run.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Why the local store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be created or opened (permissions, full disk, not a database).
    #[error("cannot open the local database")]
    Open(#[source] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("cannot upgrade the local database")]
    Migrate(#[source] rusqlite_migration::Error),
    /// A query failed.
    #[error("local database query failed")]
    Query(#[from] rusqlite::Error),
}

impl UserFacing for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::Open(_) => "STORE_OPEN",
            StoreError::Migrate(_) => "STORE_MIGRATE",
            StoreError::Query(_) => "STORE_QUERY",
        }
    }
    fn message_id(&self) -> &'static str {
        "error-store"
    }
}

/// The open database. Cheap calls from many threads are serialised by a mutex: SQLite writes
/// are serial anyway, and the app's queries are small.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and migrates it to the latest
    /// version.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|_| StoreError::Open(rusqlite::Error::InvalidPath(data_dir.to_owned())))?;
        let path = data_dir.join(DB_FILE);
        let mut conn = Connection::open(&path).map_err(StoreError::Open)?;
        configure(&conn).map_err(StoreError::Open)?;
        migrations()
            .to_latest(&mut conn)
            .map_err(StoreError::Migrate)?;
        Ok(Store {
            path,
            conn: Mutex::new(conn),
        })
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for the modules that own tables. A poisoned lock is recovered: SQLite
    /// keeps its own consistency, and one panicked caller must not lock the app out.
    pub fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Reads a setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Writes a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, datetime('now'))
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, value],
        )?;
        Ok(())
    }
}

/// Pragmas every connection needs: WAL for crash safety with concurrent readers, foreign keys
/// enforced, and a busy timeout instead of instant `SQLITE_BUSY`.
pub fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

#[cfg(test)]
mod tests;
