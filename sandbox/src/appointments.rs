//! Branches, opening hours, services, time slots with quotas, and bookings (S7).
//!
//! A booking takes a place with one conditional update (`booked < quota`) inside the same
//! transaction that records it, and the table's CHECK refuses overbooking besides: no
//! interleaving of concurrent requests can exceed a slot's quota.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use puhui_core::ports::bank::{Appointment, Branch, BranchService, OpeningHours, Slot};

use crate::auth::Customer;
use crate::db::{new_id, now_unix, today};
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiQuery};
use crate::state::AppState;

/// Which day's slots.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SlotQuery {
    /// `YYYY-MM-DD`; today when absent.
    pub date: Option<chrono::NaiveDate>,
}

/// Book a slot.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    /// Slot id.
    pub slot_id: String,
    /// Service id; the slot's branch must offer it.
    pub service_id: String,
}

fn slot_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Slot> {
    let quota: u32 = r.get(5)?;
    let booked: u32 = r.get(6)?;
    let date: String = r.get(2)?;
    let date = date.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Slot {
        id: r.get(0)?,
        branch_id: r.get(1)?,
        date,
        starts: r.get(3)?,
        ends: r.get(4)?,
        quota,
        remaining: quota.saturating_sub(booked),
    })
}

const SLOT_COLUMNS: &str = "id, branch_id, date, starts, ends, quota, booked";

fn slot(c: &Connection, id: &str) -> Result<Option<Slot>, ApiError> {
    Ok(c.query_row(
        &format!("SELECT {SLOT_COLUMNS} FROM slots WHERE id = ?1"),
        [id],
        slot_row,
    )
    .optional()?)
}

fn appointment(c: &Connection, id: &str, customer: &str) -> Result<Option<Appointment>, ApiError> {
    let row: Option<(String, String, String)> = c
        .query_row(
            "SELECT status, slot_id, service_id FROM appointments WHERE id = ?1 AND customer_id = ?2",
            params![id, customer],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((status, slot_id, service_id)) = row else {
        return Ok(None);
    };
    let slot = slot(c, &slot_id)?.ok_or_else(ApiError::internal)?;
    Ok(Some(Appointment {
        id: id.to_owned(),
        status,
        slot,
        service_id,
    }))
}

/// Branches with their hours and services.
#[utoipa::path(get, path = "/v1/branches", tag = "appointments",
    responses((status = 200, description = "Branches", body = [Branch])))]
pub async fn list_branches(
    State(state): State<AppState>,
) -> Result<axum::Json<Vec<Branch>>, ApiError> {
    let branches = state
        .db
        .call(|c| {
            let mut stmt = c.prepare("SELECT id, name_zh, name_en, address_zh, address_en, phone FROM branches ORDER BY id")?;
            let mut branches = stmt
                .query_map([], |r| {
                    Ok(Branch {
                        id: r.get(0)?,
                        name_zh: r.get(1)?,
                        name_en: r.get(2)?,
                        address_zh: r.get(3)?,
                        address_en: r.get(4)?,
                        phone: r.get(5)?,
                        opening_hours: Vec::new(),
                        services: Vec::new(),
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let mut hours = c.prepare("SELECT weekday, opens, closes FROM branch_hours WHERE branch_id = ?1 ORDER BY weekday")?;
            let mut services = c.prepare(
                "SELECT s.id, s.name_zh, s.name_en, s.minutes FROM services s
                 JOIN branch_services b ON b.service_id = s.id WHERE b.branch_id = ?1 ORDER BY s.id",
            )?;
            for b in &mut branches {
                b.opening_hours = hours
                    .query_map([&b.id], |r| Ok(OpeningHours { weekday: r.get(0)?, opens: r.get(1)?, closes: r.get(2)? }))?
                    .collect::<Result<_, _>>()?;
                b.services = services
                    .query_map([&b.id], |r| {
                        Ok(BranchService { id: r.get(0)?, name_zh: r.get(1)?, name_en: r.get(2)?, minutes: r.get(3)? })
                    })?
                    .collect::<Result<_, _>>()?;
            }
            Ok(branches)
        })
        .await?;
    Ok(axum::Json(branches))
}

/// A branch's slots on one day, with places left.
#[utoipa::path(get, path = "/v1/branches/{branch_id}/slots", tag = "appointments",
    params(("branch_id" = String, Path, description = "Branch id"), SlotQuery),
    responses(
        (status = 200, description = "Slots of the day (empty when closed)", body = [Slot]),
        (status = 400, description = "Malformed date", body = ApiErrorBody),
        (status = 404, description = "No such branch", body = ApiErrorBody),
    ))]
pub async fn list_slots(
    State(state): State<AppState>,
    Path(branch_id): Path<String>,
    ApiQuery(query): ApiQuery<SlotQuery>,
) -> Result<axum::Json<Vec<Slot>>, ApiError> {
    let date = query.date.unwrap_or_else(today).to_string();
    let slots = state
        .db
        .call(move |c| {
            let exists: bool = c.query_row("SELECT COUNT(*) > 0 FROM branches WHERE id = ?1", [&branch_id], |r| r.get(0))?;
            if !exists {
                return Err(ApiError::not_found("branch"));
            }
            let mut stmt =
                c.prepare(&format!("SELECT {SLOT_COLUMNS} FROM slots WHERE branch_id = ?1 AND date = ?2 ORDER BY starts"))?;
            let rows = stmt.query_map(params![branch_id, date], slot_row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(axum::Json(slots))
}

/// Book a slot: never more bookings than its quota, one per customer per slot.
#[utoipa::path(post, path = "/v1/appointments", tag = "appointments",
    request_body = BookingRequest,
    responses(
        (status = 201, description = "Booked", body = Appointment),
        (status = 400, description = "Malformed request", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such slot", body = ApiErrorBody),
        (status = 409, description = "`SLOT_FULL`, or `ALREADY_BOOKED` by this customer", body = ApiErrorBody),
        (status = 422, description = "Service not offered at this branch, or slot in the past", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn book(
    State(state): State<AppState>,
    customer: Customer,
    ApiJson(req): ApiJson<BookingRequest>,
) -> Result<(StatusCode, axum::Json<Appointment>), ApiError> {
    let view = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let s = slot(&tx, &req.slot_id)?.ok_or_else(|| ApiError::not_found("slot"))?;
            if s.date < today() {
                return Err(ApiError::rule("SLOT_IN_PAST", "this slot is in the past"));
            }
            let offered: bool = tx.query_row(
                "SELECT COUNT(*) > 0 FROM branch_services WHERE branch_id = ?1 AND service_id = ?2",
                params![s.branch_id, req.service_id],
                |r| r.get(0),
            )?;
            if !offered {
                return Err(ApiError::rule("SERVICE_NOT_OFFERED", "this branch does not offer that service"));
            }
            let mine: bool = tx.query_row(
                "SELECT COUNT(*) > 0 FROM appointments WHERE customer_id = ?1 AND slot_id = ?2 AND status = 'booked'",
                params![customer.0, s.id],
                |r| r.get(0),
            )?;
            if mine {
                return Err(ApiError::new(StatusCode::CONFLICT, "ALREADY_BOOKED", "you already booked this slot"));
            }
            let taken = tx.execute("UPDATE slots SET booked = booked + 1 WHERE id = ?1 AND booked < quota", [&s.id])?;
            if taken == 0 {
                return Err(ApiError::new(StatusCode::CONFLICT, "SLOT_FULL", "this slot is fully booked"));
            }
            let id = new_id("appt");
            tx.execute(
                "INSERT INTO appointments (id, customer_id, slot_id, service_id, status, created_at)
                 VALUES (?1, ?2, ?3, ?4, 'booked', ?5)",
                params![id, customer.0, s.id, req.service_id, now_unix()],
            )?;
            let view = appointment(&tx, &id, &customer.0)?.ok_or_else(ApiError::internal)?;
            tx.commit()?;
            Ok(view)
        })
        .await?;
    Ok((StatusCode::CREATED, axum::Json(view)))
}

/// The customer's appointments.
#[utoipa::path(get, path = "/v1/appointments", tag = "appointments",
    responses(
        (status = 200, description = "Appointments, newest first", body = [Appointment]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_appointments(
    State(state): State<AppState>,
    customer: Customer,
) -> Result<axum::Json<Vec<Appointment>>, ApiError> {
    let list = state
        .db
        .call(move |c| {
            let mut stmt =
                c.prepare("SELECT id FROM appointments WHERE customer_id = ?1 ORDER BY created_at DESC, rowid DESC")?;
            let ids = stmt.query_map([&customer.0], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
            ids.iter()
                .filter_map(|id| appointment(c, id, &customer.0).transpose())
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(axum::Json(list))
}

/// Cancel an appointment; its place returns to the slot.
#[utoipa::path(delete, path = "/v1/appointments/{appointment_id}", tag = "appointments",
    params(("appointment_id" = String, Path, description = "Appointment id")),
    responses(
        (status = 204, description = "Cancelled (also when it already was)"),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such appointment of this customer", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn cancel(
    State(state): State<AppState>,
    customer: Customer,
    Path(appointment_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let found = appointment(&tx, &appointment_id, &customer.0)?
                .ok_or_else(|| ApiError::not_found("appointment"))?;
            if found.status == "booked" {
                tx.execute(
                    "UPDATE appointments SET status = 'cancelled' WHERE id = ?1",
                    [&appointment_id],
                )?;
                tx.execute(
                    "UPDATE slots SET booked = booked - 1 WHERE id = ?1 AND booked > 0",
                    [&found.slot.id],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_branches))
        .routes(routes!(list_slots))
        .routes(routes!(book, list_appointments))
        .routes(routes!(cancel))
}
