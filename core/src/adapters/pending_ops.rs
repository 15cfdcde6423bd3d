//! Money-moving customer intents in the local store, each with the idempotency key created
//! once for it. The row is written before the first attempt, so that a retry — after a lost
//! answer, a crash or an app restart — sends the same key and the bank moves the money at
//! most once.

use rusqlite::{OptionalExtension, params};

use crate::adapters::store::{Store, StoreError};
use crate::error::UserFacing;
use crate::i18n::MessageArg;
use crate::ports::bank::{BankApi, BankError, MoneyMoved, MoneyMovement, Token};

/// Where an operation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingState {
    /// Not known to have happened: retry it (with the same key) until it succeeds or fails.
    Pending,
    /// The bank confirmed it.
    Succeeded,
    /// The bank refused it; nothing moved.
    Failed,
}

impl PendingState {
    fn as_str(self) -> &'static str {
        match self {
            PendingState::Pending => "pending",
            PendingState::Succeeded => "succeeded",
            PendingState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> PendingState {
        match s {
            "succeeded" => PendingState::Succeeded,
            "failed" => PendingState::Failed,
            _ => PendingState::Pending,
        }
    }
}

/// One stored intent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingOperation {
    /// Local id.
    pub id: i64,
    /// The idempotency key, created once for this intent.
    pub idempotency_key: String,
    /// What the customer asked for.
    pub movement: MoneyMovement,
    /// Where it stands.
    pub state: PendingState,
    /// The bank's answer once it succeeded.
    pub outcome: Option<MoneyMoved>,
    /// The refusal's code once it failed.
    pub failure_code: Option<String>,
}

/// Why running a pending operation failed.
#[derive(Debug, thiserror::Error)]
pub enum PendingOpsError {
    /// The bank request failed.
    #[error(transparent)]
    Bank(#[from] BankError),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored row could not be read back (written by a newer version of the app?).
    #[error("unreadable pending operation")]
    Corrupt,
}

impl From<rusqlite::Error> for PendingOpsError {
    fn from(e: rusqlite::Error) -> Self {
        PendingOpsError::Store(StoreError::Query(e))
    }
}

impl UserFacing for PendingOpsError {
    fn code(&self) -> &'static str {
        match self {
            PendingOpsError::Bank(e) => e.code(),
            PendingOpsError::Store(e) => e.code(),
            PendingOpsError::Corrupt => "PENDING_OPERATION_CORRUPT",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            PendingOpsError::Bank(e) => e.message_id(),
            PendingOpsError::Store(e) => e.message_id(),
            PendingOpsError::Corrupt => "error-store",
        }
    }
    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            PendingOpsError::Bank(e) => e.args(),
            _ => Vec::new(),
        }
    }
    fn retryable(&self) -> bool {
        match self {
            PendingOpsError::Bank(e) => e.retryable(),
            _ => false,
        }
    }
}

/// The pending operations of one local store.
#[derive(Clone, Copy, Debug)]
pub struct PendingOps<'a> {
    store: &'a Store,
}

type Row = (i64, String, String, String, Option<String>);

impl<'a> PendingOps<'a> {
    /// Over the given store.
    pub fn new(store: &'a Store) -> PendingOps<'a> {
        PendingOps { store }
    }

    /// Records a new intent with a fresh idempotency key. Call it once, when the customer
    /// confirms; every attempt after that goes through [`PendingOps::run`] with its id.
    pub fn create(&self, movement: &MoneyMovement) -> Result<PendingOperation, PendingOpsError> {
        let key = uuid::Uuid::new_v4().to_string();
        let json = serde_json::to_string(movement).map_err(|_| PendingOpsError::Corrupt)?;
        let conn = self.store.conn();
        conn.execute(
            "INSERT INTO pending_operations (kind, idempotency_key, request_json, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'pending', datetime('now'), datetime('now'))",
            params![movement.kind(), key, json],
        )?;
        let id = conn.last_insert_rowid();
        Ok(PendingOperation {
            id,
            idempotency_key: key,
            movement: movement.clone(),
            state: PendingState::Pending,
            outcome: None,
            failure_code: None,
        })
    }

    fn decode(row: Row) -> Result<PendingOperation, PendingOpsError> {
        let (id, key, request, state, response) = row;
        let movement = serde_json::from_str(&request).map_err(|_| PendingOpsError::Corrupt)?;
        let state = PendingState::parse(&state);
        let (outcome, failure_code) = match (state, response) {
            (PendingState::Succeeded, Some(r)) => (
                Some(serde_json::from_str(&r).map_err(|_| PendingOpsError::Corrupt)?),
                None,
            ),
            (PendingState::Failed, Some(code)) => (None, Some(code)),
            _ => (None, None),
        };
        Ok(PendingOperation {
            id,
            idempotency_key: key,
            movement,
            state,
            outcome,
            failure_code,
        })
    }

    /// One operation by id.
    pub fn get(&self, id: i64) -> Result<Option<PendingOperation>, PendingOpsError> {
        let row: Option<Row> = self
            .store
            .conn()
            .query_row(
                "SELECT id, idempotency_key, request_json, state, response_json FROM pending_operations WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        row.map(Self::decode).transpose()
    }

    /// Operations not yet known to have succeeded or failed, oldest first: what the app
    /// resumes after a restart.
    pub fn unfinished(&self) -> Result<Vec<PendingOperation>, PendingOpsError> {
        let rows: Vec<Row> = {
            let conn = self.store.conn();
            let mut stmt = conn.prepare(
                "SELECT id, idempotency_key, request_json, state, response_json FROM pending_operations
                 WHERE state = 'pending' ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        rows.into_iter().map(Self::decode).collect()
    }

    fn finish(&self, id: i64, state: PendingState, response: &str) -> Result<(), PendingOpsError> {
        self.store.conn().execute(
            "UPDATE pending_operations SET state = ?2, response_json = ?3, updated_at = datetime('now') WHERE id = ?1",
            params![id, state.as_str(), response],
        )?;
        Ok(())
    }

    /// Sends (or re-sends) operation `id` with its stored key and records the answer. A
    /// definite refusal marks it failed; an unclear failure (network, timeout, 5xx, outcome
    /// unknown, signed out) leaves it pending for a later [`PendingOps::run`]. An operation
    /// that already succeeded returns its stored outcome without asking the bank again.
    pub async fn run(
        &self,
        bank: &dyn BankApi,
        access: &Token,
        id: i64,
    ) -> Result<MoneyMoved, PendingOpsError> {
        let op = self.get(id)?.ok_or(PendingOpsError::Corrupt)?;
        match (op.state, op.outcome, op.failure_code) {
            (PendingState::Succeeded, Some(outcome), _) => return Ok(outcome),
            (PendingState::Failed, _, code) => {
                return Err(BankError::from_code(code.as_deref().unwrap_or("REFUSED")).into());
            }
            _ => {}
        }
        match bank
            .move_money(access, &op.movement, &op.idempotency_key)
            .await
        {
            Ok(outcome) => {
                let json = serde_json::to_string(&outcome).map_err(|_| PendingOpsError::Corrupt)?;
                self.finish(id, PendingState::Succeeded, &json)?;
                Ok(outcome)
            }
            Err(e) if e.retryable() || e == BankError::SignedOut => Err(e.into()),
            Err(e) => {
                let code = match &e {
                    BankError::Refused { code } => code.clone(),
                    other => other.code().trim_start_matches("BANK_").to_owned(),
                };
                self.finish(id, PendingState::Failed, &code)?;
                Err(e.into())
            }
        }
    }

    /// Records a new intent and runs it: the usual path when the customer confirms.
    pub async fn submit(
        &self,
        bank: &dyn BankApi,
        access: &Token,
        movement: &MoneyMovement,
    ) -> Result<(PendingOperation, Result<MoneyMoved, PendingOpsError>), PendingOpsError> {
        let op = self.create(movement)?;
        let result = self.run(bank, access, op.id).await;
        Ok((op, result))
    }
}
