//! The product catalogue (public: no sign-in needed to browse).

use axum::extract::{Path, State};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiErrorBody};
use crate::state::AppState;

/// A loan product with every figure the app needs to price and explain an offer.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ProductView {
    /// Product id.
    pub id: String,
    /// Name in Chinese.
    pub name_zh: String,
    /// Name in English.
    pub name_en: String,
    /// `revolving_line` (随借随还 credit line), `installment`, or `harvest` (repaid after the harvest).
    pub kind: String,
    /// `revolving`, `equal_installment`, `equal_principal`, `interest_first` or `bullet`.
    pub repayment_method: String,
    /// `none` (pure credit), `guarantee` or `mortgage`.
    pub collateral: String,
    /// Smallest amount, decimal string.
    #[schema(example = "1000.00")]
    pub min_amount: String,
    /// Largest amount (for a line: the largest limit), decimal string.
    #[schema(example = "1000000.00")]
    pub max_amount: String,
    /// Terms on offer, months.
    pub terms_months: Vec<u32>,
    /// Nominal annual interest rate as a decimal fraction string (`"0.0365"` = 3.65%).
    #[schema(example = "0.0365")]
    pub annual_rate: String,
    /// Day count for daily interest: `act360` or `act365`.
    pub day_count: String,
    /// Fee taken once at disbursement, fraction of the principal.
    pub upfront_fee_rate: String,
    /// Fee charged every month, fraction of the original principal.
    pub monthly_fee_rate: String,
    /// Penalty on prepaid principal within the penalty period, fraction.
    pub prepayment_penalty_rate: String,
    /// Months from the start during which the prepayment penalty applies.
    pub prepayment_penalty_months: u32,
    /// Whether money can be drawn online from an approved line.
    pub online_drawdown: bool,
}

const COLUMNS: &str = "id, name_zh, name_en, kind, repayment_method, collateral, min_amount, max_amount, \
    terms_months, annual_rate, day_count, upfront_fee_rate, monthly_fee_rate, prepayment_penalty_rate, \
    prepayment_penalty_months, online_drawdown";

fn from_row(r: &Row<'_>) -> rusqlite::Result<ProductView> {
    let terms: String = r.get(8)?;
    Ok(ProductView {
        id: r.get(0)?,
        name_zh: r.get(1)?,
        name_en: r.get(2)?,
        kind: r.get(3)?,
        repayment_method: r.get(4)?,
        collateral: r.get(5)?,
        min_amount: r.get(6)?,
        max_amount: r.get(7)?,
        terms_months: serde_json::from_str(&terms).unwrap_or_default(),
        annual_rate: r.get(9)?,
        day_count: r.get(10)?,
        upfront_fee_rate: r.get(11)?,
        monthly_fee_rate: r.get(12)?,
        prepayment_penalty_rate: r.get(13)?,
        prepayment_penalty_months: r.get(14)?,
        online_drawdown: r.get(15)?,
    })
}

/// One product by id.
pub fn load(c: &Connection, id: &str) -> Result<Option<ProductView>, ApiError> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM products WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?)
}

/// All products.
#[utoipa::path(get, path = "/v1/products", tag = "products",
    responses((status = 200, description = "The catalogue", body = [ProductView])))]
pub async fn list_products(
    State(state): State<AppState>,
) -> Result<axum::Json<Vec<ProductView>>, ApiError> {
    let products = state
        .db
        .call(|c| {
            let mut stmt = c.prepare(&format!("SELECT {COLUMNS} FROM products ORDER BY id"))?;
            let rows = stmt
                .query_map([], from_row)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(axum::Json(products))
}

/// One product.
#[utoipa::path(get, path = "/v1/products/{product_id}", tag = "products",
    params(("product_id" = String, Path, description = "Product id")),
    responses(
        (status = 200, description = "The product", body = ProductView),
        (status = 404, description = "No such product", body = ApiErrorBody),
    ))]
pub async fn get_product(
    State(state): State<AppState>,
    Path(product_id): Path<String>,
) -> Result<axum::Json<ProductView>, ApiError> {
    let product = state.db.call(move |c| load(c, &product_id)).await?;
    product
        .map(axum::Json)
        .ok_or_else(|| ApiError::not_found("product"))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_products))
        .routes(routes!(get_product))
}
