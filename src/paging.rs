//! Keyset paging shared by every listing: opaque cursors for a `(sort key, id)` pair, the page
//! size rule, reading optional query parameters, and the link to the next page.

use crate::domain::{Collector, Invalid};

/// Most items per page.
pub const MAX_LIMIT: i64 = 100;
/// Items per page unless asked otherwise.
pub const DEFAULT_LIMIT: i64 = 20;

/// A query parameter, trimmed; blank (or made only of invisible characters) means absent.
pub fn present(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|value| !crate::domain::looks_empty(value))
        .map(str::to_owned)
}

/// A link to the listing (or feed) at `path` with the filters of `query` that are set (blank
/// ones and the page size are left out), from `cursor` when given.
pub fn listing_link(path: &str, query: &impl serde::Serialize, cursor: Option<&str>) -> String {
    let fields = match serde_json::to_value(query) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    let mut pairs: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(name, _)| name != "limit" && name != "cursor")
        .filter_map(|(name, value)| match value {
            serde_json::Value::String(text) if !text.trim().is_empty() => Some((name, text)),
            serde_json::Value::Number(number) => Some((name, number.to_string())),
            serde_json::Value::Bool(flag) => Some((name, flag.to_string())),
            _ => None,
        })
        .collect();
    if let Some(cursor) = cursor {
        pairs.push(("cursor".into(), cursor.to_owned()));
    }
    match serde_urlencoded::to_string(pairs).unwrap_or_default() {
        query if query.is_empty() => path.to_owned(),
        query => format!("{path}?{query}"),
    }
}

/// The page size: the default when absent; outside 1 to 100, a `limit` field error.
pub fn limit(collector: &mut Collector, limit: Option<i64>) -> i64 {
    match limit {
        None => DEFAULT_LIMIT,
        Some(limit) if (1..=MAX_LIMIT).contains(&limit) => limit,
        Some(_) => {
            collector.reject(
                "limit",
                Invalid {
                    code: "out_of_range",
                    args: vec![("min", 1), ("max", MAX_LIMIT)],
                },
            );
            DEFAULT_LIMIT
        }
    }
}

/// An opaque cursor for the last row of a page: its sort key and id.
pub fn encode_cursor(key: i64, id: i64) -> String {
    format!("{key}.{id}")
        .bytes()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Reads a cursor made by [`encode_cursor`]; anything else is `invalid_cursor`.
pub fn decode_cursor(cursor: &str) -> Result<(i64, i64), Invalid> {
    let invalid = || Invalid::new("invalid_cursor");
    if !cursor.len().is_multiple_of(2) || cursor.len() > 80 {
        return Err(invalid());
    }
    let bytes: Vec<u8> = (0..cursor.len())
        .step_by(2)
        .map(|index| u8::from_str_radix(cursor.get(index..index + 2).unwrap_or("zz"), 16))
        .collect::<Result<_, _>>()
        .map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (key, id) = text.split_once('.').ok_or_else(invalid)?;
    Ok((
        key.parse().map_err(|_| invalid())?,
        id.parse().map_err(|_| invalid())?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_links_keep_the_filters_that_are_set() {
        let query = serde_json::json!({"q": "Wolof class", "country": "", "city": null,
            "limit": 50, "cursor": "old", "remote": "true"});
        assert_eq!(
            listing_link("/events", &query, Some("3132")),
            "/events?q=Wolof+class&remote=true&cursor=3132"
        );
        assert_eq!(
            listing_link(
                "/feeds/opportunities.atom",
                &serde_json::json!({"q": " "}),
                None
            ),
            "/feeds/opportunities.atom"
        );
    }

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        assert_eq!(decode_cursor(&encode_cursor(12, 345)).unwrap(), (12, 345));
        assert_eq!(
            decode_cursor(&encode_cursor(-1_800_000_000, 7)).unwrap(),
            (-1_800_000_000, 7)
        );
        for bad in ["zz", "abc", "2e", &"00".repeat(50)] {
            assert!(decode_cursor(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn limits_outside_the_range_are_field_errors() {
        let mut collector = Collector::default();
        assert_eq!(limit(&mut collector, None), DEFAULT_LIMIT);
        assert_eq!(limit(&mut collector, Some(100)), 100);
        assert_eq!(limit(&mut collector, Some(0)), DEFAULT_LIMIT);
        assert!(collector.finish(|| ()).is_err());
    }
}
