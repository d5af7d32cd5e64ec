//! How each language writes dates, times, numbers and percentages, shared by the screen and the
//! report: « 1er décembre 2026 », « 14 h 05 », « 1 234,5 », « 43 % ».

use jiff::civil::{Date, Time};

use crate::i18n::Lang;
use crate::typography::{NARROW, NBSP};

/// A day in words: « 1er décembre 2026 », « 22 novembre 2026 »; "22 November 2026".
pub fn date(lang: Lang, date: Date) -> String {
    let months: Vec<&str> = lang.strings().report_months.split(' ').collect();
    let month = months
        .get(usize::from(date.month().unsigned_abs()) - 1)
        .copied()
        .unwrap_or_default();
    let day = match (lang, date.day()) {
        (Lang::Fr, 1) => "1er".to_string(),
        (_, day) => day.to_string(),
    };
    format!("{day}{NBSP}{month}{NBSP}{}", date.year())
}

/// A time of day: « 14 h 05 »; "14:05".
pub fn time(lang: Lang, time: Time) -> String {
    match lang {
        Lang::Fr => format!("{}{NBSP}h{NBSP}{:02}", time.hour(), time.minute()),
        Lang::En => format!("{:02}:{:02}", time.hour(), time.minute()),
    }
}

/// A number: « 1 234,5 » (narrow spaces between groups, decimal comma); "1,234.5".
pub fn number(lang: Lang, digits: &str) -> String {
    let (sign, unsigned) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    // French groups from five digits on (« 1234 », « 12 345 »), English from four.
    let (group, point, grouped_from) = match lang {
        Lang::Fr => (NARROW, ',', 5),
        Lang::En => (',', '.', 4),
    };
    let mut out = String::from(sign);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) && whole.len() >= grouped_from {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A share from 0 to 1 as a whole percentage: « 43 % »; "43%".
pub fn percent(lang: Lang, share: f64) -> String {
    let whole = (share * 100.0).round() as i64;
    match lang {
        Lang::Fr => format!("{whole}{NARROW}%"),
        Lang::En => format!("{whole}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_numbers_follow_the_language() {
        let first = Date::constant(2026, 12, 1);
        assert_eq!(date(Lang::Fr, first), "1er\u{A0}décembre\u{A0}2026");
        assert_eq!(date(Lang::En, first), "1\u{A0}December\u{A0}2026");
        assert_eq!(
            time(Lang::Fr, Time::constant(9, 5, 0, 0)),
            "9\u{A0}h\u{A0}05"
        );
        assert_eq!(time(Lang::En, Time::constant(9, 5, 0, 0)), "09:05");
        assert_eq!(
            number(Lang::Fr, "-1234567.25"),
            "-1\u{202F}234\u{202F}567,25"
        );
        assert_eq!(number(Lang::En, "1234567.25"), "1,234,567.25");
        assert_eq!(
            number(Lang::Fr, "1234"),
            "1234",
            "four digits stay together"
        );
        assert_eq!(number(Lang::En, "1234"), "1,234");
        assert_eq!(percent(Lang::Fr, 0.426), "43\u{202F}%");
    }
}
