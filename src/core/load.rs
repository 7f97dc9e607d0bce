//! Turning what the server answered into a dataset, or into a reason a person can act on.

use crate::core::dataset::{self, Dataset, Problem};

/// Why the dataset is not available.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The file could not be fetched: network failure or an HTTP error status.
    Fetch { url: String, reason: String },
    /// The file arrived but is not a valid dataset.
    Invalid { url: String, problems: Vec<Problem> },
}

/// Reads a fetched response: an error status becomes a `Fetch` error naming it, a body that is
/// not a valid dataset an `Invalid` error listing every problem.
pub fn from_response(
    url: &str,
    status: u16,
    status_text: &str,
    body: &str,
) -> Result<Dataset, LoadError> {
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
    dataset::load(body).map_err(|problems| LoadError::Invalid {
        url: url.to_string(),
        problems,
    })
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
}
