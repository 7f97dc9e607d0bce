//! Turning what the server answered into a dataset, or into a reason a person can act on.

use crate::core::dataset::{self, Dataset, Problems};

/// Why the dataset is not available.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The file could not be fetched: network failure or an HTTP error status.
    Fetch { url: String, reason: String },
    /// The server sent nothing for `seconds` seconds: no answer, or a body that stopped.
    TimedOut { url: String, seconds: u32 },
    /// The file arrived but is not a valid dataset: the first problems, and how many more.
    Invalid { url: String, problems: Problems },
}

/// Reads a fetched response: an error status becomes a `Fetch` error naming it, a body that is
/// not a valid dataset an `Invalid` error listing its problems.
pub fn from_response(
    url: &str,
    status: u16,
    status_text: &str,
    body: &str,
) -> Result<Dataset, LoadError> {
    status_ok(url, status, status_text)?;
    dataset::load(body).map_err(|problems| LoadError::Invalid {
        url: url.to_string(),
        problems,
    })
}

/// Reads a fetched response from the bytes of its body, as [`from_response`] does its text; a
/// body that is too large, or not UTF-8 text (UTF-16, say), gets a problem saying so.
pub fn from_response_bytes(
    url: &str,
    status: u16,
    status_text: &str,
    body: &[u8],
) -> Result<Dataset, LoadError> {
    status_ok(url, status, status_text)?;
    dataset::load_bytes(body).map_err(|problems| LoadError::Invalid {
        url: url.to_string(),
        problems,
    })
}

fn status_ok(url: &str, status: u16, status_text: &str) -> Result<(), LoadError> {
    if !(200..300).contains(&status) {
        let status_text = if status_text.is_empty() {
            default_status_text(status)
        } else {
            status_text
        };
        return Err(LoadError::Fetch {
            url: url.to_string(),
            reason: format!("the server answered {status} {status_text}")
                .trim_end()
                .to_string(),
        });
    }
    Ok(())
}

fn default_status_text(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_status_names_the_status() {
        let err = from_response("data/dialogues.json", 404, "", "<html>").unwrap_err();
        assert_eq!(
            err,
            LoadError::Fetch {
                url: "data/dialogues.json".into(),
                reason: "the server answered 404 Not Found".into()
            }
        );
        let err = from_response("d.json", 418, "", "").unwrap_err();
        assert!(
            matches!(err, LoadError::Fetch { reason, .. } if reason == "the server answered 418")
        );
    }

    #[test]
    fn a_bad_body_lists_its_problems() {
        let err = from_response("d.json", 200, "OK", "{").unwrap_err();
        let LoadError::Invalid { problems, .. } = err else {
            panic!("expected Invalid")
        };
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].pos.line, 1);
        assert!(problems[0].message.starts_with("JSON syntax error"));
    }

    #[test]
    fn bytes_in_another_encoding_are_named() {
        let utf16: Vec<u8> = "\u{feff}{}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = from_response_bytes("d.json", 200, "OK", &utf16).unwrap_err();
        let LoadError::Invalid { problems, .. } = err else {
            panic!("expected Invalid")
        };
        assert_eq!(
            problems[0].message,
            "the file is UTF-16 (little-endian, with a byte-order mark) text, not UTF-8: save it as UTF-8 and load it again"
        );
        let err = from_response_bytes("d.json", 404, "", b"{}").unwrap_err();
        assert!(matches!(err, LoadError::Fetch { .. }));
    }
}
