//! Assessments: the signed-in customer asks for a loan and gets an offer priced by the core's
//! engine (amount, rate, term, every fee, the schedule, the APR and its compliance flag) or a
//! decline with a reason code. Nothing is stored: an offer is a price, not a contract.

use axum::extract::State;
use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_core::domain::loan::{LoanPurpose, LoanRequest, RepaymentMethod, quote};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::auth::Customer;
use crate::error::{ApiError, ApiErrorBody, ApiJson};
use crate::loan_views::{OfferView, compliance, loan_error};
use crate::state::AppState;

/// Ask for a loan.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRequest {
    /// Product id.
    pub product_id: String,
    /// Principal, decimal string with at most two places.
    #[serde(deserialize_with = "crate::amounts::money_string")]
    #[schema(value_type = String, example = "10000.00")]
    pub amount: Money,
    /// Term, months (one the product offers).
    pub term_months: u32,
    /// `equal_installment`, `equal_principal`, `interest_first` or `bullet` (one the product
    /// allows).
    #[schema(value_type = String, example = "equal_installment")]
    pub method: RepaymentMethod,
    /// `farming`, `business`, `household`, `education`, `medical` or `other`.
    #[schema(value_type = String, example = "household")]
    pub purpose: LoanPurpose,
    /// The day the money would be paid out, `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "2026-03-15")]
    pub disbursement_date: Option<NaiveDate>,
}

/// The answer: an offer, or a decline with a reason.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AssessmentView {
    /// `offer` or `decline`.
    pub decision: String,
    /// Why it was declined: `NOT_A_BUSINESS_CUSTOMER` (the business line needs a registered
    /// business), `PURPOSE_NOT_SUPPORTED` (the product does not lend for this purpose).
    pub reason_code: Option<String>,
    /// The offer, when made.
    pub offer: Option<OfferView>,
}

fn decline(code: &str) -> AssessmentView {
    AssessmentView {
        decision: "decline".into(),
        reason_code: Some(code.to_owned()),
        offer: None,
    }
}

/// Which purposes a product lends for; anything else is declined.
fn purpose_allowed(kind: &str, purpose: LoanPurpose) -> bool {
    match kind {
        "revolving_line" => purpose == LoanPurpose::Business,
        "harvest" => matches!(purpose, LoanPurpose::Farming | LoanPurpose::Business),
        _ => true,
    }
}

/// Assess a request: an offer priced by the core's loan engine, or a decline.
#[utoipa::path(post, path = "/v1/assessments", tag = "products",
    request_body = AssessmentRequest,
    responses(
        (status = 200, description = "An offer (every fee, the schedule, the APR and its compliance flag) or a decline with a reason code", body = AssessmentView),
        (status = 400, description = "Malformed request", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such product", body = ApiErrorBody),
        (status = 422, description = "The engine's refusal: `LOAN_AMOUNT_OUT_OF_RANGE`, `LOAN_TERM_NOT_OFFERED`, `LOAN_METHOD_NOT_ALLOWED`, `LOAN_AMOUNT_NOT_POSITIVE`, `LOAN_FEES_EXCEED_PRINCIPAL`, `LOAN_FIRST_DUE_TOO_FAR`, `LOAN_DISBURSEMENT_AFTER_FIRST_DUE`…", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn assess(
    State(state): State<AppState>,
    customer: Customer,
    ApiJson(req): ApiJson<AssessmentRequest>,
) -> Result<axum::Json<AssessmentView>, ApiError> {
    let today = crate::db::today();
    let view = state
        .db
        .call(move |c| {
            let product = crate::products::load(c, &req.product_id)?
                .ok_or_else(|| ApiError::not_found("product"))?;
            let disbursement_date = req.disbursement_date.unwrap_or(today);
            if disbursement_date < today {
                return Err(ApiError::rule(
                    "DISBURSEMENT_DATE_PAST",
                    "the disbursement date cannot be in the past",
                ));
            }
            let request = LoanRequest {
                amount: req.amount,
                term_months: req.term_months,
                method: req.method,
                disbursement_date,
                first_due_date: None,
            };
            // The request is priced first, so a malformed one is a 422 whoever asks.
            let q = quote(&product.terms, &request, &compliance()).map_err(|e| loan_error(&e))?;
            if !purpose_allowed(&product.kind, req.purpose) {
                return Ok(decline("PURPOSE_NOT_SUPPORTED"));
            }
            if product.is_line() {
                let segment: String = c.query_row(
                    "SELECT segment FROM customers WHERE id = ?1",
                    [&customer.0],
                    |r| r.get(0),
                )?;
                if segment != "small_business" {
                    return Ok(decline("NOT_A_BUSINESS_CUSTOMER"));
                }
            }
            Ok(AssessmentView {
                decision: "offer".into(),
                reason_code: None,
                offer: Some(OfferView::of(&product.id, &q)),
            })
        })
        .await?;
    Ok(axum::Json(view))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(assess))
}
