//! The one object the shells talk to. Every method returns view models: plain records,
//! already localised and formatted for the customer's locale and mode.

mod anti_fraud_area;
mod app_view;
mod areas;
mod config;
mod identity_checks;
mod loan_views;
mod loans_area;
mod session;

use std::sync::{Arc, OnceLock};

use crate::adapters::{KeyringSecretStore, Store};
use crate::error::PublicError;
use crate::i18n::Locale;
use crate::ports::{SecretError, SecretStore};

pub use anti_fraud_area::{
    AntiFraud, GuardianView, InterceptOutcome, RulePackStatus, SharedItemView,
};
pub use app_view::AppView;
pub use areas::{PostLoan, Settings};
pub use config::{Config, Mode};
pub use identity_checks::{CardView, MobileView, ResidentIdView};
pub use loan_views::{
    FigureView, PlanOptionView, PrepaymentView, Prominence, QuoteView, RateView,
    RecommendationView, RescheduleChoiceView, ScheduleRowView, ScheduleTableView, WarningView,
};
pub use loans_area::Loans;
pub use session::{Session, SignedIn, normalise_phone};

/// An open Puhui core: the local store, the customer's preferences and the bank connection.
pub struct Puhui {
    config: Config,
    store: Store,
    secrets: OnceLock<Result<Arc<dyn SecretStore>, ()>>,
    anti_fraud_pack: anti_fraud_area::PackCell,
}

impl std::fmt::Debug for Puhui {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Puhui")
            .field("store", &self.store.path())
            .finish_non_exhaustive()
    }
}

impl Puhui {
    /// Opens the core: creates the data directory and the database if needed and upgrades it.
    /// The secret store is opened on first use, so the app starts even where none is running.
    pub fn open(config: Config) -> Result<Puhui, PublicError> {
        let locale = config.locale();
        config
            .validate()
            .map_err(|e| PublicError::localise(&e, locale))?;
        let store = Store::open(&config.data_dir).map_err(|e| PublicError::localise(&e, locale))?;
        Ok(Puhui {
            config,
            store,
            secrets: OnceLock::new(),
            anti_fraud_pack: Default::default(),
        })
    }

    /// The configuration the core was opened with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The local database.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The customer's locale: their saved choice, else the one the platform reported.
    pub fn locale(&self) -> Locale {
        self.settings().locale()
    }

    /// The customer's mode: their saved choice, else the configured one.
    pub fn mode(&self) -> Mode {
        self.settings().mode()
    }

    /// The OS secret store, opened on first use.
    pub fn secrets(&self) -> Result<Arc<dyn SecretStore>, PublicError> {
        let opened = self.secrets.get_or_init(|| {
            KeyringSecretStore::open(&self.config.secret_namespace())
                .map(|s| Arc::new(s) as Arc<dyn SecretStore>)
                .map_err(|_| ())
        });
        opened
            .clone()
            .map_err(|()| PublicError::localise(&SecretError::Unavailable, self.locale()))
    }

    /// Preferences: locale and mode.
    pub fn settings(&self) -> Settings<'_> {
        Settings::new(self)
    }

    /// 快贷: products, applications, offers, drawdowns.
    pub fn loans(&self) -> Loans<'_> {
        Loans::new(self)
    }

    /// 贷后: everything after the money arrives.
    pub fn post_loan(&self) -> PostLoan<'_> {
        PostLoan::new(self)
    }

    /// 反诈: message checks, tips, risky-action warnings.
    pub fn anti_fraud(&self) -> AntiFraud<'_> {
        AntiFraud::new(self)
    }
}

#[cfg(test)]
mod tests;
