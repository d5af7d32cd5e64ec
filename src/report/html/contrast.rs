//! The stylesheet's colours against their backgrounds: WCAG 2 contrast of at least 4.5:1.

use super::CSS;

/// A colour `#RRGGBB`'s relative luminance (WCAG 2).
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The value of `property` in a rule's declarations.
fn value<'a>(rule: &'a str, property: &str) -> Option<&'a str> {
    rule.lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix(property)?.strip_prefix(": "))
        .map(|v| v.trim_end_matches(';'))
}

#[test]
fn every_text_colour_contrasts_at_least_4_5_to_1_with_its_background() {
    let rules: Vec<&str> = CSS
        .split('}')
        .map(|r| r.rsplit('{').next().unwrap())
        .collect();
    // The light backgrounds text may sit on; a dark one (the skip link's) comes with its own colour.
    let backgrounds: Vec<&str> = rules
        .iter()
        .filter_map(|r| value(r, "background"))
        .filter(|b| luminance(b) > 0.5)
        .collect();
    let mut checked = 0;
    for rule in &rules {
        let Some(color) = value(rule, "color") else {
            continue;
        };
        // A rule without a background of its own may sit on any of them.
        let on: Vec<&str> = value(rule, "background").map_or(backgrounds.clone(), |b| vec![b]);
        for background in on {
            let ratio = contrast(color, background);
            assert!(
                ratio >= 4.5,
                "{color} on {background}: {ratio:.2}:1 in {rule}"
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} pairs found");
}
