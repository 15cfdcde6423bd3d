//! What every handler shares.

use std::sync::Arc;

use crate::db::Db;
use crate::faults::Faults;

/// Shared server state.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The bank's database.
    pub db: Db,
    /// Live fault settings.
    pub faults: Arc<Faults>,
}
