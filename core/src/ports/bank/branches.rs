//! Branches, their time slots and the customer's appointments.
//!
//! These records are the contract itself: the sandbox serves them and, with the `openapi`
//! feature, publishes their schemas under the names in `schema(as = …)`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Opening hours on one weekday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningHours {
    /// 1 = Monday … 7 = Sunday; days not listed are closed.
    pub weekday: u32,
    /// Opens, `HH:MM` China Standard Time.
    pub opens: String,
    /// Closes, `HH:MM`.
    pub closes: String,
}

/// A service a branch offers by appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ServiceView))]
pub struct BranchService {
    /// Service id.
    pub id: String,
    /// Name in Chinese.
    pub name_zh: String,
    /// Name in English.
    pub name_en: String,
    /// Typical duration, minutes.
    pub minutes: u32,
}

/// A branch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = BranchView))]
pub struct Branch {
    /// Branch id.
    pub id: String,
    /// Name in Chinese.
    pub name_zh: String,
    /// Name in English.
    pub name_en: String,
    /// Address in Chinese.
    pub address_zh: String,
    /// Address in English.
    pub address_en: String,
    /// Telephone.
    pub phone: String,
    /// Opening hours.
    pub opening_hours: Vec<OpeningHours>,
    /// Services by appointment.
    pub services: Vec<BranchService>,
}

/// A time slot and how full it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = SlotView))]
pub struct Slot {
    /// Slot id.
    pub id: String,
    /// Branch id.
    pub branch_id: String,
    /// Date, `YYYY-MM-DD`.
    // The contract has always published it as a plain string; keep it so.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub date: NaiveDate,
    /// Starts, `HH:MM`.
    pub starts: String,
    /// Ends, `HH:MM`.
    pub ends: String,
    /// Bookings the slot takes.
    pub quota: u32,
    /// Places left.
    pub remaining: u32,
}

/// A booking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = AppointmentView))]
pub struct Appointment {
    /// Appointment id.
    pub id: String,
    /// `booked` or `cancelled`.
    pub status: String,
    /// The slot.
    pub slot: Slot,
    /// Service id.
    pub service_id: String,
}
