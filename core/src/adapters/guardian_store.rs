//! The family guardian (亲情守护) in the local store, so that the settings screen shows who is
//! named and exactly what is shared, and interceptions know whom to notify, offline too.
//!
//! The guardian's phone number is personal data: SQLite keeps only its masked form (for the
//! screen), the full number lives in the OS secret store.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use crate::adapters::store::{Store, StoreError};
use crate::domain::anti_fraud::guardian::{GuardianRecord, SharedItem};
use crate::domain::identity::MobileNumber;
use crate::ports::{SecretError, SecretStore};

/// Name of the guardian's full phone number in the secret store.
const PHONE_SECRET: &str = "guardian-phone";

/// Why the guardian could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum GuardianStoreError {
    /// The local database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The OS secret store failed.
    #[error(transparent)]
    Secrets(#[from] SecretError),
}

impl crate::error::UserFacing for GuardianStoreError {
    fn code(&self) -> &'static str {
        match self {
            GuardianStoreError::Store(e) => e.code(),
            GuardianStoreError::Secrets(e) => e.code(),
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            GuardianStoreError::Store(e) => e.message_id(),
            GuardianStoreError::Secrets(e) => e.message_id(),
        }
    }
    fn retryable(&self) -> bool {
        matches!(self, GuardianStoreError::Secrets(_))
    }
}

/// The guardian table of a [`Store`].
#[derive(Clone, Copy)]
pub struct GuardianStore<'a> {
    store: &'a Store,
    secrets: &'a dyn SecretStore,
}

/// The stored id of a shared item (its serde name).
pub fn shared_item_id(item: SharedItem) -> &'static str {
    match item {
        SharedItem::ActionKind => "action_kind",
        SharedItem::Outcome => "outcome",
        SharedItem::Time => "time",
        SharedItem::AmountBand => "amount_band",
    }
}

/// The item with this stored id.
pub fn shared_item_from_id(id: &str) -> Option<SharedItem> {
    SharedItem::ALL
        .into_iter()
        .find(|i| shared_item_id(*i) == id)
}

impl<'a> GuardianStore<'a> {
    /// The guardian table of `store`, with the phone number in `secrets`.
    pub fn new(store: &'a Store, secrets: &'a dyn SecretStore) -> Self {
        GuardianStore { store, secrets }
    }

    /// The guardian named last, active or revoked; `None` if the customer never named one.
    /// A row that no longer reads (or whose number is gone from the secret store) counts as
    /// none.
    pub fn get(&self) -> Result<Option<GuardianRecord>, GuardianStoreError> {
        let row: Option<(String, String, String, String, Option<String>)> = self
            .store
            .conn()
            .query_row(
                "SELECT name, phone, shared, consented_at, revoked_at FROM guardian WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(StoreError::from)?;
        let Some((name, _masked, shared, consented, revoked)) = row else {
            return Ok(None);
        };
        let Some(phone) = self.secrets.get(PHONE_SECRET)? else {
            return Ok(None);
        };
        let time = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|t| t.with_timezone(&Utc))
        };
        let (Ok(phone), Some(consented_at)) = (MobileNumber::parse(&phone), time(&consented))
        else {
            return Ok(None);
        };
        Ok(Some(GuardianRecord {
            name,
            phone,
            shared: shared.split(',').filter_map(shared_item_from_id).collect(),
            consented_at,
            revoked_at: revoked.as_deref().and_then(time),
        }))
    }

    /// Saves the record (replacing any earlier one): the number to the secret store first, so
    /// that a row never points at a number that was not kept.
    pub fn save(&self, record: &GuardianRecord) -> Result<(), GuardianStoreError> {
        self.secrets.set(PHONE_SECRET, record.phone.full_number())?;
        let shared: Vec<&str> = record.shared.iter().map(|i| shared_item_id(*i)).collect();
        self.store
            .conn()
            .execute(
                "INSERT INTO guardian (id, name, phone, shared, consented_at, revoked_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, phone = excluded.phone,
               shared = excluded.shared, consented_at = excluded.consented_at,
               revoked_at = excluded.revoked_at",
                params![
                    record.name,
                    record.phone.masked(),
                    shared.join(","),
                    record.consented_at.to_rfc3339(),
                    record.revoked_at.map(|t| t.to_rfc3339()),
                ],
            )
            .map_err(StoreError::from)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::KeyringSecretStore;
    use crate::domain::anti_fraud::guardian::opt_in;

    #[test]
    fn a_guardian_round_trips_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = KeyringSecretStore::open(&format!("guardian-{}", std::process::id()))
            .expect("the test command starts an OS secret store");
        secrets.delete(PHONE_SECRET).unwrap();
        let now = DateTime::from_timestamp(1_718_000_000, 0).unwrap();
        let mut record = opt_in(
            None,
            "女儿",
            "13912345678",
            &[
                SharedItem::Outcome,
                SharedItem::ActionKind,
                SharedItem::Time,
            ],
            now,
        )
        .unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            assert_eq!(GuardianStore::new(&store, &secrets).get().unwrap(), None);
            GuardianStore::new(&store, &secrets).save(&record).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let guardians = GuardianStore::new(&store, &secrets);
        assert_eq!(guardians.get().unwrap().as_ref(), Some(&record));
        let on_disk = std::fs::read(store.path()).unwrap();
        let wal = std::fs::read(store.path().with_extension("sqlite3-wal")).unwrap_or_default();
        for bytes in [&on_disk, &wal] {
            assert!(
                !bytes.windows(11).any(|w| w == b"13912345678"),
                "the full phone number reached the SQLite file"
            );
        }
        record.revoke(now).unwrap();
        guardians.save(&record).unwrap();
        assert!(!guardians.get().unwrap().unwrap().is_active());
        secrets.delete(PHONE_SECRET).unwrap();
        for item in SharedItem::ALL {
            assert_eq!(shared_item_from_id(shared_item_id(item)), Some(item));
            assert_eq!(
                serde_json::to_value(item).unwrap(),
                serde_json::Value::from(shared_item_id(item))
            );
        }
    }
}
