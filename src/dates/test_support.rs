//! Helpers shared by the date modules' unit tests: what the finder reads in a text against an anchor.

use crate::dates::{Anchor, DateFinder};

/// The text and value of the one mention of `text`; `None` when there is not exactly one, or it has no value.
pub(crate) fn read(text: &str, anchor: &str) -> Option<(String, String)> {
    let anchor: Anchor = anchor.parse().ok()?;
    let found = DateFinder::new().find(text, Some(&anchor));
    let [mention] = &found[..] else { return None };
    Some((mention.text.clone(), mention.value.as_ref()?.value.clone()))
}

/// A mention's text and value, as [`read`] gives them.
pub(crate) fn pair(text: &str, value: &str) -> Option<(String, String)> {
    Some((text.to_string(), value.to_string()))
}

/// The text and value of every mention of `text`.
pub(crate) fn values(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
    let anchor: Anchor = anchor.parse().expect("anchor");
    DateFinder::new()
        .find(text, Some(&anchor))
        .into_iter()
        .map(|m| (m.text, m.value.map(|v| v.value)))
        .collect()
}
