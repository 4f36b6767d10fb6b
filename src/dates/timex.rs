//! TIMEX3 value strings written digit by digit. A value is written for every phrase found, and `format!` with
//! zero padding cost more than the rest of a phrase's resolution (docs/PERFORMANCE.md, "The new date forms
//! made cheap").

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

/// `n` zero-padded to `width` digits, as `format!("{n:0width$}")` writes it.
pub(super) fn push_padded(out: &mut String, n: i64, width: usize) {
    let Ok(mut v) = u64::try_from(n) else {
        // Negative numbers, which no value in `VALUE_YEARS` has, keep the formatter's sign handling.
        let _ = write!(out, "{n:0width$}");
        return;
    };
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    out.extend(digits[k..].iter().map(|&b| char::from(b)));
}

/// A day as `YYYY-MM-DD`.
pub(crate) fn push_day(out: &mut String, d: NaiveDate) {
    // A year of four digits, every year a text names: the ten bytes are written at once, not three numbers and
    // two dashes a character at a time (a date mention writes two or three days).
    if let Ok(year @ 0..=9999) = u32::try_from(d.year()) {
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (month, day) = (d.month(), d.day());
        let bytes = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        out.push_str(std::str::from_utf8(&bytes).expect("ASCII digits"));
        return;
    }
    push_padded(out, i64::from(d.year()), 4);
    out.push('-');
    push_padded(out, i64::from(d.month()), 2);
    out.push('-');
    push_padded(out, i64::from(d.day()), 2);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_as_the_formatter_does() {
        for n in [
            0i64,
            1,
            9,
            10,
            42,
            199,
            999,
            1000,
            2024,
            9999,
            10000,
            123_456_789,
            -1,
            -42,
            -2024,
        ] {
            for width in [0, 1, 2, 3, 4] {
                let mut out = String::new();
                push_padded(&mut out, n, width);
                assert_eq!(out, format!("{n:0width$}"), "{n} at width {width}");
            }
        }
    }

    #[test]
    fn days_as_iso_dates() {
        // Four-digit years are written at once; the others as the formatter pads them.
        for (y, m, d) in [
            (2024, 12, 6),
            (1, 1, 1),
            (9999, 12, 31),
            (987, 3, 9),
            (0, 2, 29),
            (10000, 1, 1),
            (-44, 3, 15),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
            let mut out = String::new();
            push_day(&mut out, day);
            assert_eq!(out, format!("{y:04}-{m:02}-{d:02}"));
        }
    }
}
