//! Age in full years (周岁), as lenders count it.

use chrono::{Datelike, NaiveDate};

/// The minimum age for a loan unless a product says otherwise: adulthood (完全民事行为能力人)
/// under the Civil Code is 18 full years.
pub const DEFAULT_MINIMUM_LOAN_AGE: u32 = 18;

/// Full years from `birth` to `on`: the age goes up on the birthday itself. Someone born on
/// 29 February becomes a year older on 1 March in common years — never earlier, so an
/// eligibility check errs on the side of "not yet". Zero when `on` is before `birth`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on <= birth {
        return 0;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn turns_older_on_the_birthday() {
        assert_eq!(age_on(d(2007, 6, 15), d(2025, 6, 14)), 17);
        assert_eq!(age_on(d(2007, 6, 15), d(2025, 6, 15)), 18);
        assert_eq!(age_on(d(2007, 6, 15), d(2025, 12, 31)), 18);
    }

    #[test]
    fn leap_day_birthdays_count_from_the_first_of_march_in_common_years() {
        assert_eq!(age_on(d(2004, 2, 29), d(2022, 2, 28)), 17);
        assert_eq!(age_on(d(2004, 2, 29), d(2022, 3, 1)), 18);
        assert_eq!(age_on(d(2004, 2, 29), d(2024, 2, 29)), 20);
    }

    #[test]
    fn never_negative() {
        assert_eq!(age_on(d(2030, 1, 1), d(2025, 1, 1)), 0);
    }
}
