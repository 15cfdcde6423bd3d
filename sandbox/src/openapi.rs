//! The contract document: generated from the handlers' annotations, never written by hand.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The document's header; the paths come from the routers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Puhui bank API",
        description = "The contract between the Puhui app core and a bank. `puhui-sandbox` is its reference implementation.\n\n\
Amounts are JSON strings holding exact decimals with at most two places (`\"1234.56\"`, CNY); rates are decimal fractions as strings (`\"0.0365\"`). \
Every error answers with `{\"code\", \"message\"}`; clients match on `code`.\n\n\
Sign-in: `POST /v1/auth/sms-codes`, then `POST /v1/auth/sessions` with the code. **The sandbox sends no SMS: its development code is always `123456`.** \
Its demo customers sign in with the phone numbers 13800138001 to 13800138005.\n\n\
Money-moving requests (disbursement, drawdown, repayment, prepayment) need an `Idempotency-Key` header (400 without). \
The first answer is kept for at least 24 hours: the same key and body get the same answer (with `Idempotent-Replayed: true`); \
the same key with another body gets 422 `IDEMPOTENCY_KEY_REUSED`; a duplicate while the first is still running gets 409 `IDEMPOTENCY_IN_PROGRESS`.",
        license(name = "Apache-2.0"),
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in by phone and SMS code, tokens"),
        (name = "products", description = "The loan catalogue"),
        (name = "loans", description = "Loans, balances and ledgers"),
        (name = "money", description = "Money-moving requests (idempotent) and prepayment quotes"),
        (name = "appointments", description = "Branches, slots with quotas, bookings"),
        (name = "anti-fraud", description = "Family guardian (亲情守护) and the signed anti-fraud rule pack"),
    )
)]
pub struct ApiDoc;

/// Declares the bearer scheme that the customer endpoints name.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}
