//! What a plain (unquoted) scalar means: null, a boolean, an integer, a float or a string, by the
//! rules of YAML 1.2's core schema as `yaml_serde` applies them (so that plans it wrote read back
//! the same): `~`/`null`, `true`/`false` in three casings, decimal, `0x`, `0o` and `0b` integers,
//! `.inf` and `.nan`; a number with a leading zero (`007`) stays a string.

/// True for the plain scalars that mean null (the empty one included).
pub fn is_null(plain: &str) -> bool {
    matches!(plain, "" | "~" | "null" | "Null" | "NULL")
}

/// The boolean a plain scalar means, if any.
pub fn parse_bool(plain: &str) -> Option<bool> {
    match plain {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// The non-negative integer a plain scalar means, if any (an optional `+`, then decimal digits or a
/// `0x`/`0o`/`0b` prefix).
pub fn parse_unsigned(plain: &str) -> Option<u64> {
    let digits = plain.strip_prefix('+').unwrap_or(plain);
    if digits.starts_with(['+', '-']) {
        return None;
    }
    parse_magnitude(digits)
}

/// The integer a plain scalar means, if any (as [`parse_unsigned`], with an optional `-`).
pub fn parse_signed(plain: &str) -> Option<i64> {
    match plain.strip_prefix('-') {
        Some(digits) if !digits.starts_with(['+', '-']) => {
            let magnitude = parse_magnitude(digits)?;
            0i64.checked_sub_unsigned(magnitude)
        }
        Some(_) => None,
        None => parse_unsigned(plain).and_then(|value| i64::try_from(value).ok()),
    }
}

/// True when a plain scalar is written as an integer (as [`parse_signed`] reads them), whatever
/// its size: one beyond 64 bits is refused rather than read as a float and written back rounded.
pub fn is_integer(plain: &str) -> bool {
    let digits = plain.strip_prefix(['+', '-']).unwrap_or(plain);
    let (radix, rest) = if let Some(rest) = digits.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = digits.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = digits.strip_prefix("0b") {
        (2, rest)
    } else if has_leading_zero(digits) {
        return false;
    } else {
        (10, digits)
    };
    !rest.is_empty() && rest.chars().all(|c| c.is_digit(radix))
}

/// The float a plain scalar means, if any: a decimal number (finite) or `.inf`, `-.inf`, `.nan`.
pub fn parse_float(plain: &str) -> Option<f64> {
    if has_leading_zero(plain) {
        return None;
    }
    let unsigned = plain.strip_prefix('+').unwrap_or(plain);
    if unsigned.starts_with(['+', '-']) && unsigned.len() != plain.len() {
        return None;
    }
    match unsigned {
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    // Rust also reads "inf", "nan" and "infinity", which YAML does not.
    if !unsigned.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    unsigned
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// The value of unsigned `digits`: decimal, or after a `0x`, `0o` or `0b` prefix.
fn parse_magnitude(digits: &str) -> Option<u64> {
    let (radix, rest) = if let Some(rest) = digits.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = digits.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = digits.strip_prefix("0b") {
        (2, rest)
    } else if has_leading_zero(digits) {
        return None;
    } else {
        (10, digits)
    };
    // `from_str_radix` accepts a sign of its own, which YAML does not allow after a prefix.
    if rest.starts_with(['+', '-']) {
        return None;
    }
    u64::from_str_radix(rest, radix).ok()
}

/// True for digits with a leading zero, such as `007` (a string in YAML 1.2, not an octal number).
fn has_leading_zero(plain: &str) -> bool {
    let digits = plain.strip_prefix(['-', '+']).unwrap_or(plain);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nulls_and_booleans() {
        for null in ["", "~", "null", "Null", "NULL"] {
            assert!(is_null(null), "{null:?}");
        }
        assert!(!is_null("nul"));
        assert_eq!(parse_bool("True"), Some(true));
        assert_eq!(parse_bool("FALSE"), Some(false));
        assert_eq!(parse_bool("yes"), None, "YAML 1.1's yes is a string");
    }

    #[test]
    fn integers() {
        assert_eq!(parse_unsigned("42"), Some(42));
        assert_eq!(parse_unsigned("+42"), Some(42));
        assert_eq!(parse_unsigned("0x1F"), Some(31));
        assert_eq!(parse_unsigned("0o17"), Some(15));
        assert_eq!(parse_unsigned("0b101"), Some(5));
        assert_eq!(parse_unsigned("0"), Some(0));
        assert_eq!(parse_unsigned("007"), None);
        assert_eq!(parse_unsigned("0x-1"), None);
        assert_eq!(parse_unsigned("++1"), None);
        assert_eq!(parse_unsigned("-1"), None);
        assert_eq!(parse_signed("-42"), Some(-42));
        assert_eq!(parse_signed("-0x10"), Some(-16));
        assert_eq!(parse_signed("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_signed("9223372036854775808"), None);
        assert_eq!(parse_signed("--1"), None);
        assert_eq!(parse_signed("1.5"), None);
    }

    #[test]
    fn integers_of_any_size_are_told_from_other_text() {
        for integer in [
            "0",
            "-7",
            "+7",
            "123456789012345678901234567890",
            "0x1F",
            "-0b101",
        ] {
            assert!(is_integer(integer), "{integer}");
        }
        for other in [
            "", "-", "007", "1.5", "1e30", "0x", "0xG", "12a", "--1", "+-1",
        ] {
            assert!(!is_integer(other), "{other}");
        }
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float("2.5"), Some(2.5));
        assert_eq!(parse_float("-1e3"), Some(-1000.0));
        assert_eq!(parse_float(".inf"), Some(f64::INFINITY));
        assert_eq!(parse_float("-.inf"), Some(f64::NEG_INFINITY));
        assert!(parse_float(".nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("inf"), None);
        assert_eq!(parse_float("nan"), None);
        assert_eq!(parse_float("007"), None);
        assert_eq!(parse_float("1e999"), None, "not finite");
        assert_eq!(parse_float("2026-03-15"), None);
    }
}
