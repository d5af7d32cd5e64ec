//! Where the wizard gets the date and time: the system clock in the local time zone, or a fixed
//! instant in tests.

use std::sync::OnceLock;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

/// Where the program gets the date and time (fixed in tests).
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock, in the local time zone.
    System,
    /// Always this instant.
    Fixed(Zoned),
}

impl Clock {
    fn now(&self) -> Zoned {
        match self {
            Clock::System => Timestamp::now().to_zoned(local_zone()),
            Clock::Fixed(at) => at.clone(),
        }
    }

    /// Today's date.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// The time of day, to the minute.
    pub fn time(&self) -> Time {
        let now = self.now().time();
        Time::constant(now.hour(), now.minute(), 0, 0)
    }

    /// The time of day, as the header shows it.
    pub fn time_label(&self) -> String {
        self.now().strftime("%H:%M:%S").to_string()
    }
}

/// The local time zone. Without `TZ`, it is read from `/etc/localtime` alone: jiff's own lookup
/// would first list every zone of `/usr/share/zoneinfo`, a few milliseconds at start-up.
pub fn local_zone() -> TimeZone {
    static LOCAL: OnceLock<TimeZone> = OnceLock::new();
    LOCAL
        .get_or_init(|| {
            std::env::var_os("TZ")
                .is_none()
                .then(|| std::fs::read("/etc/localtime").ok())
                .flatten()
                .and_then(|data| TimeZone::tzif("localtime", &data).ok())
                .unwrap_or_else(TimeZone::system)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_local_zone_agrees_with_the_system_zone() {
        let now = jiff::Timestamp::now();
        assert_eq!(
            super::local_zone().to_offset(now),
            jiff::tz::TimeZone::system().to_offset(now)
        );
    }
}
