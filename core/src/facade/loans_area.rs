//! 快贷 in the facade: offers, plan recommendations and early-repayment quotes as view models,
//! priced by the same engine the bank uses (`domain::loan`), so the app's figures are the
//! bank's to the fen.

use chrono::NaiveDate;

use super::Puhui;
use super::loan_views::{
    PrepaymentView, QuoteView, RecommendationView, prepayment_view, quote_view, recommendation_view,
};
use crate::domain::loan::{
    ComplianceSettings, LoanProduct, LoanRequest, PlanNeed, Prepayment, Schedule, quote,
    quote_prepayment, recommend,
};
use crate::error::PublicError;
use crate::i18n::Locale;

/// 快贷: quick loans from application to disbursement, and revolving-line drawdowns.
pub struct Loans<'a> {
    core: &'a Puhui,
}

impl<'a> Loans<'a> {
    pub(super) fn new(core: &'a Puhui) -> Self {
        Loans { core }
    }

    /// The locale this area answers in.
    pub fn locale(&self) -> Locale {
        self.core.locale()
    }

    /// The consumer-protection thresholds offers are flagged with, from the configuration
    /// (by default 24%, and 4 × a one-year LPR of 3.0%, the same defaults the sandbox bank uses).
    pub fn compliance(&self) -> ComplianceSettings {
        self.core.config().compliance
    }

    /// An offer for `request` under `product`: the simple APR (单利) as the headline, the
    /// compound APR, secondary rates, every fee, the totals, the schedule and the warning when
    /// flagged. A bad request is a localised error (amount out of range, term not offered…).
    pub fn quote_view(
        &self,
        product: &LoanProduct,
        request: &LoanRequest,
    ) -> Result<QuoteView, PublicError> {
        let locale = self.locale();
        let q = quote(product, request, &self.compliance())
            .map_err(|e| PublicError::localise(&e, locale))?;
        Ok(quote_view(&q.schedule, &q.apr, &q.flag, locale))
    }

    /// The plan that suits the customer's need and cash flow, explained, with the runners-up.
    pub fn recommend_view(
        &self,
        product: &LoanProduct,
        need: &PlanNeed,
    ) -> Result<RecommendationView, PublicError> {
        let locale = self.locale();
        let r = recommend(product, need).map_err(|e| PublicError::localise(&e, locale))?;
        Ok(recommendation_view(&r, &self.compliance(), locale))
    }

    /// What repaying early on `date` costs, and for a partial prepayment both new schedules.
    pub fn prepayment_view(
        &self,
        product: &LoanProduct,
        schedule: &Schedule,
        date: NaiveDate,
        prepayment: Prepayment,
    ) -> Result<PrepaymentView, PublicError> {
        let locale = self.locale();
        let q = quote_prepayment(product, schedule, date, prepayment)
            .map_err(|e| PublicError::localise(&e, locale))?;
        Ok(prepayment_view(schedule, &q, locale))
    }
}
