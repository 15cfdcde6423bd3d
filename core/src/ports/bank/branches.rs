//! Branches, their time slots and the customer's appointments.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A branch's opening hours on one weekday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
    /// `HH:MM`.
    pub opens: String,
    /// `HH:MM`.
    pub closes: String,
}

/// A service by appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BranchService {
    /// Service id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Typical minutes.
    pub minutes: u32,
}

/// A branch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    /// Branch id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Chinese address.
    pub address_zh: String,
    /// English address.
    pub address_en: String,
    /// Telephone.
    pub phone: String,
    /// Opening hours.
    pub opening_hours: Vec<OpeningHours>,
    /// Services.
    pub services: Vec<BranchService>,
}

/// A time slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Slot id.
    pub id: String,
    /// Branch id.
    pub branch_id: String,
    /// Date.
    pub date: NaiveDate,
    /// `HH:MM`.
    pub starts: String,
    /// `HH:MM`.
    pub ends: String,
    /// Bookings it takes.
    pub quota: u32,
    /// Places left.
    pub remaining: u32,
}

/// A booking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
