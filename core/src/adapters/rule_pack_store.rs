//! The last verified rule-pack update, kept exactly as signed so that it can be verified again
//! at the next start (with the keys configured then) instead of being trusted blindly.

use rusqlite::{OptionalExtension, params};

use crate::adapters::store::{Store, StoreError};
use crate::domain::anti_fraud::signature::PackUpdate;

/// The rule-pack table of a [`Store`].
#[derive(Clone, Copy, Debug)]
pub struct RulePackStore<'a> {
    store: &'a Store,
}

impl<'a> RulePackStore<'a> {
    /// The rule-pack table of `store`.
    pub fn new(store: &'a Store) -> Self {
        RulePackStore { store }
    }

    /// The stored update, if any.
    pub fn get(&self) -> Result<Option<PackUpdate>, StoreError> {
        Ok(self
            .store
            .conn()
            .query_row(
                "SELECT pack, signature FROM rule_pack_update WHERE id = 1",
                [],
                |r| {
                    Ok(PackUpdate {
                        pack: r.get(0)?,
                        signature: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Keeps an update that was verified and applied.
    pub fn save(&self, version: u32, update: &PackUpdate) -> Result<(), StoreError> {
        self.store.conn().execute(
            "INSERT INTO rule_pack_update (id, version, pack, signature, applied_at)
             VALUES (1, ?1, ?2, ?3, datetime('now'))
             ON CONFLICT(id) DO UPDATE SET version = excluded.version, pack = excluded.pack,
               signature = excluded.signature, applied_at = excluded.applied_at",
            params![i64::from(version), update.pack, update.signature],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let packs = RulePackStore::new(&store);
        assert_eq!(packs.get().unwrap(), None);
        let update = PackUpdate {
            pack: "{\"version\": 9}".into(),
            signature: "ab".into(),
        };
        packs.save(9, &update).unwrap();
        packs.save(9, &update).unwrap();
        assert_eq!(packs.get().unwrap(), Some(update));
    }
}
