//! Dates and relative times in the reader's language, through the browser's Intl API (no date
//! library in the bundle).

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::core::agenda::distance;
use crate::core::date::{PartialDate, Precision};

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// Noon UTC of the date, formatted in UTC: the calendar day is the same in every time zone, so
/// the weekday shown is the event's own (the data has days, not times).
fn js_date(date: PartialDate) -> Date {
    let ms = Date::utc(date.year as f64, (date.month.unwrap_or(1) - 1) as f64);
    let day = date.day.unwrap_or(1) as f64;
    Date::new(&JsValue::from_f64(
        ms + (day - 1.0) * 86_400_000.0 + 12.0 * 3_600_000.0,
    ))
}

/// The locale Intl formats with: the UN writes English dates day first ("4 October 2023").
fn locale(lang: &str) -> &str {
    match lang {
        "en" => "en-GB",
        // Western digits, as the rest of the interface writes numbers.
        "ar" => "ar-u-nu-latn",
        "zh" => "zh-CN",
        other => other,
    }
}

/// A formatted date, by date, language and options.
type FormatKey = (PartialDate, String, Vec<(&'static str, &'static str)>);

thread_local! {
    // Intl formatting is slow (each call builds its formatter), and a redraw formats the same few
    // dialogue dates again and again: each result is kept. The dates are those of the dataset,
    // so the cache stays small.
    static FORMATTED: std::cell::RefCell<std::collections::HashMap<FormatKey, String>> =
        Default::default();
}

fn format(date: PartialDate, lang: &str, pairs: &[(&'static str, &'static str)]) -> String {
    let key = (date, lang.to_string(), pairs.to_vec());
    if let Some(done) = FORMATTED.with(|cache| cache.borrow().get(&key).cloned()) {
        return done;
    }
    let mut all = vec![("timeZone", "UTC")];
    all.extend_from_slice(pairs);
    let text: String = js_date(date)
        .to_locale_date_string(locale(lang), &options(&all))
        .into();
    FORMATTED.with(|cache| cache.borrow_mut().insert(key, text.clone()));
    text
}

/// "Wednesday 4 October 2023", "October 2025", "2025".
pub fn long_date(date: PartialDate, lang: &str) -> String {
    match date.precision() {
        Precision::Day => format(
            date,
            lang,
            &[
                ("weekday", "long"),
                ("day", "numeric"),
                ("month", "long"),
                ("year", "numeric"),
            ],
        ),
        Precision::Month => format(date, lang, &[("month", "long"), ("year", "numeric")]),
        Precision::Year => date.year.to_string(),
    }
}

/// "1 December 2026": a day without its weekday (the date of the data), else as `long_date`.
pub fn plain_date(date: PartialDate, lang: &str) -> String {
    match date.precision() {
        Precision::Day => format(
            date,
            lang,
            &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
        ),
        _ => long_date(date, lang),
    }
}

/// "May 2022": the month of a date, whatever its precision.
pub fn month_year(date: PartialDate, lang: &str) -> String {
    match date.month {
        Some(_) => format(date, lang, &[("month", "long"), ("year", "numeric")]),
        None => date.year.to_string(),
    }
}

/// "a, b and c", in the reader's language.
pub fn list(items: &[String], lang: &str) -> String {
    let locales = Array::of1(&JsValue::from_str(locale(lang)));
    let values = Array::new();
    for item in items {
        values.push(&JsValue::from_str(item));
    }
    js_sys::Intl::ListFormat::new(&locales, &options(&[("type", "conjunction")]))
        .format(&values)
        .into()
}

/// The words around the items of a list of `count` items as the reader's language joins them,
/// for items that are not plain text (links): `count + 1` pieces, the one before each item
/// then the one after the last ("", " and ", "" for two in English).
pub fn list_joints(count: usize, lang: &str) -> Vec<String> {
    // Private-use marks stand for the items: Intl.ListFormat puts its words around them.
    let marks: Vec<String> = (0..count).map(|i| format!("\u{E000}{i}\u{E001}")).collect();
    let joined = list(&marks, lang);
    let mut joints = Vec::with_capacity(count + 1);
    let mut rest = joined.as_str();
    for mark in &marks {
        let (before, after) = rest.split_once(mark.as_str()).unwrap_or((rest, ""));
        joints.push(before.to_string());
        rest = after;
    }
    joints.push(rest.to_string());
    joints
}

/// "4 Oct 2023", "Oct 2025", "2025": for table headers and lists.
pub fn short_date(date: PartialDate, lang: &str) -> String {
    match date.precision() {
        Precision::Day => format(
            date,
            lang,
            &[("day", "numeric"), ("month", "short"), ("year", "numeric")],
        ),
        Precision::Month => format(date, lang, &[("month", "short"), ("year", "numeric")]),
        Precision::Year => date.year.to_string(),
    }
}

/// "in 12 days", "2 years ago", "tomorrow".
pub fn relative(date: PartialDate, today: PartialDate, lang: &str) -> String {
    let (value, unit) = distance(date, today);
    let locales = Array::of1(&JsValue::from_str(locale(lang)));
    let formatter =
        js_sys::Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")]));
    formatter.format(value as f64, unit.intl()).into()
}

/// Today in the reader's own calendar.
pub fn today() -> PartialDate {
    let now = Date::new_0();
    PartialDate::day(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// A size in bytes as the reader's language writes it: "850 kB", "1.2 MB" ("1,2 Mo" in French).
pub fn bytes(n: u64, lang: &str) -> String {
    let (value, unit) = if n >= 1_000_000 {
        (n as f64 / 1e6, "megabyte")
    } else {
        ((n as f64 / 1e3).max(1.0), "kilobyte")
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &"unit".into());
    let _ = Reflect::set(&options, &"unit".into(), &unit.into());
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &1.into());
    let locales = Array::of1(&JsValue::from_str(lang));
    js_sys::Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| {
            // In tenths, written as integers: formatting the float would link Rust's float
            // formatting into the module for this fallback alone (docs/size.md).
            let tenths = (value * 10.0).round() as u64;
            format!("{}.{} {unit}", tenths / 10, tenths % 10)
        })
}
