//! The product catalogue (public: no sign-in needed to browse). A product's terms are the core
//! engine's [`LoanProduct`], stored as JSON, so the bank prices exactly as the app does.

use axum::extract::{Path, State};
use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_core::domain::loan::{LoanProduct, LoanRequest, quote};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::amounts::text;
use crate::error::{ApiError, ApiErrorBody};
use crate::loan_views::{AprView, FlagView, compliance, wire_name};
use crate::state::AppState;

/// A product as the database holds it.
#[derive(Clone, Debug)]
pub struct StoredProduct {
    /// Product id.
    pub id: String,
    /// Name in Chinese.
    pub name_zh: String,
    /// Name in English.
    pub name_en: String,
    /// `revolving_line`, `installment` or `harvest`.
    pub kind: String,
    /// `none`, `guarantee` or `mortgage`.
    pub collateral: String,
    /// Whether money can be drawn online from an approved line.
    pub online_drawdown: bool,
    /// The pricing terms.
    pub terms: LoanProduct,
}

impl StoredProduct {
    /// True for a revolving credit line (随借随还).
    pub fn is_line(&self) -> bool {
        self.kind == "revolving_line"
    }
}

/// The representative example shown with a product: what borrowing ¥10,000 (or the smallest
/// amount, when that is more) over 12 months (or the shortest term) with the first method costs,
/// paid out on the day asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProductExampleView {
    /// Principal of the example.
    #[schema(example = "10000.00")]
    pub amount: String,
    /// Term, months.
    pub term_months: u32,
    /// Repayment method.
    pub method: String,
    /// The first installment.
    pub first_installment: String,
    /// Interest and every fee.
    pub total_cost: String,
    /// The all-in APR (simple 单利 and compound).
    pub apr: AprView,
    /// The consumer-protection flag.
    pub flag: FlagView,
}

/// A loan product: its terms as the core engine reads them, and a representative quote.
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
    /// `none` (pure credit), `guarantee` or `mortgage`.
    pub collateral: String,
    /// Whether money can be drawn online from an approved line.
    pub online_drawdown: bool,
    /// The pricing terms: a `LoanProduct` of `puhui_core::domain::loan` (amount range, terms,
    /// annual rate, methods, fees, prepayment penalty, day count, first-due rule). For a
    /// revolving line, `max_amount` is the largest limit and the rate accrues daily.
    #[schema(value_type = Object)]
    pub terms: LoanProduct,
    /// The representative example; absent only if the product cannot be priced.
    pub example: Option<ProductExampleView>,
}

/// Principal of the representative example before clamping to the product's range.
const EXAMPLE_AMOUNT_YUAN: i64 = 10_000;
/// Preferred term of the representative example.
const EXAMPLE_TERM: u32 = 12;

/// Prices the representative example of a product paid out on `on`.
pub fn example(terms: &LoanProduct, on: NaiveDate) -> Option<ProductExampleView> {
    let amount = Money::from_yuan(EXAMPLE_AMOUNT_YUAN)
        .max(terms.min_amount)
        .min(terms.max_amount);
    let term_months = if terms.term_months.contains(&EXAMPLE_TERM) {
        EXAMPLE_TERM
    } else {
        terms.term_months.iter().copied().min()?
    };
    let method = *terms.methods.first()?;
    let request = LoanRequest {
        amount,
        term_months,
        method,
        disbursement_date: on,
        first_due_date: None,
    };
    let q = quote(terms, &request, &compliance()).ok()?;
    Some(ProductExampleView {
        amount: text(amount),
        term_months,
        method: wire_name(&method),
        first_installment: text(q.schedule.installments.first()?.total),
        total_cost: text(q.schedule.total_cost()),
        apr: AprView::from(&q.apr),
        flag: FlagView::from(&q.flag),
    })
}

const COLUMNS: &str = "id, name_zh, name_en, kind, collateral, online_drawdown, terms";

fn from_row(r: &Row<'_>) -> rusqlite::Result<(StoredProductRow, Option<String>)> {
    Ok((
        StoredProductRow {
            id: r.get(0)?,
            name_zh: r.get(1)?,
            name_en: r.get(2)?,
            kind: r.get(3)?,
            collateral: r.get(4)?,
            online_drawdown: r.get(5)?,
        },
        r.get(6)?,
    ))
}

struct StoredProductRow {
    id: String,
    name_zh: String,
    name_en: String,
    kind: String,
    collateral: String,
    online_drawdown: bool,
}

fn parse(row: StoredProductRow, terms: Option<String>) -> Result<StoredProduct, ApiError> {
    let terms: LoanProduct = terms
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok())
        .ok_or_else(|| {
            tracing::error!(product = %row.id, "product terms missing or unreadable");
            ApiError::internal()
        })?;
    Ok(StoredProduct {
        id: row.id,
        name_zh: row.name_zh,
        name_en: row.name_en,
        kind: row.kind,
        collateral: row.collateral,
        online_drawdown: row.online_drawdown,
        terms,
    })
}

/// One product by id.
pub fn load(c: &Connection, id: &str) -> Result<Option<StoredProduct>, ApiError> {
    let row = c
        .query_row(
            &format!("SELECT {COLUMNS} FROM products WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?;
    row.map(|(r, t)| parse(r, t)).transpose()
}

/// Every product, by id.
pub fn load_all(c: &Connection) -> Result<Vec<StoredProduct>, ApiError> {
    let mut stmt = c.prepare(&format!("SELECT {COLUMNS} FROM products ORDER BY id"))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|(r, t)| parse(r, t)).collect()
}

fn view(p: StoredProduct, today: NaiveDate) -> ProductView {
    let example = example(&p.terms, today);
    ProductView {
        id: p.id,
        name_zh: p.name_zh,
        name_en: p.name_en,
        kind: p.kind,
        collateral: p.collateral,
        online_drawdown: p.online_drawdown,
        terms: p.terms,
        example,
    }
}

/// All products, each with a representative quote.
#[utoipa::path(get, path = "/v1/products", tag = "products",
    responses((status = 200, description = "The catalogue", body = [ProductView])))]
pub async fn list_products(
    State(state): State<AppState>,
) -> Result<axum::Json<Vec<ProductView>>, ApiError> {
    let today = crate::db::today();
    let products = state.db.call(|c| load_all(c)).await?;
    Ok(axum::Json(
        products.into_iter().map(|p| view(p, today)).collect(),
    ))
}

/// One product, with a representative quote.
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
    let today = crate::db::today();
    let product = state.db.call(move |c| load(c, &product_id)).await?;
    product
        .map(|p| axum::Json(view(p, today)))
        .ok_or_else(|| ApiError::not_found("product"))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_products))
        .routes(routes!(get_product))
}
