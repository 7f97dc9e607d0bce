//! Which reader-facing texts lack a language, and which translations look like they are in the
//! wrong script: the check `validate-dataset --languages` runs for translators.
//!
//! Every text the decoder reads is located ([`LocatedText`]). Those marked as not translated
//! (people's and organisations' names, and source titles that are the publisher's own words)
//! are never asked for other languages; every other text must have each language asked for.

use std::fmt;

use super::decode::load_located;
use super::model::LANGUAGES;
use super::problems::Problems;
use crate::core::json::Pos;

/// One text of the dataset as written: where it is, its JSON path and its values by language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedText {
    pub pos: Pos,
    pub path: String,
    /// Whether readers need it in their language (false for names and publishers' own titles).
    pub translated: bool,
    pub values: Vec<LocatedValue>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedValue {
    pub language: String,
    pub pos: Pos,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding of the language check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub pos: Pos,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.severity == Severity::Warning {
            write!(f, "warning: ")?;
        }
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Reads a list of language codes such as `ar,zh,en,fr,ru,es`. Each must be a language the
/// dataset supports; repeated codes are kept once.
pub fn parse_languages(list: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for code in list.split(',').map(str::trim) {
        if !LANGUAGES.contains(&code) {
            return Err(format!(
                "`{code}` is not a supported language: use some of {}",
                LANGUAGES.join(", ")
            ));
        }
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    Ok(out)
}

/// Whether a character belongs to a script.
type InScript = fn(char) -> bool;

/// The script a language is written in, when it is not the Latin alphabet.
fn expected_script(language: &str) -> Option<(&'static str, InScript)> {
    match language {
        "ar" => Some(("Arabic letters", is_arabic)),
        "zh" => Some(("Chinese characters", is_han)),
        "ru" => Some(("Cyrillic letters", is_cyrillic)),
        _ => None,
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69F}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// The languages of `languages` that a text to translate lacks, in that order; none for a text
/// kept as written (a name, a publisher's own title).
pub fn missing_languages<'a>(text: &LocatedText, languages: &'a [String]) -> Vec<&'a str> {
    if !text.translated {
        return Vec::new();
    }
    languages
        .iter()
        .map(String::as_str)
        .filter(|lang| !text.values.iter().any(|v| v.language == *lang))
        .collect()
}

/// The findings for these texts: an error for each translated text that lacks one of
/// `languages`, and a warning for each value under `ar`, `zh` or `ru` that has Latin letters
/// but none of its own script. In file order.
pub fn check(texts: &[LocatedText], languages: &[String]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for text in texts.iter().filter(|t| t.translated) {
        let missing = missing_languages(text, languages);
        if !missing.is_empty() {
            let plural = if missing.len() == 1 { "" } else { "s" };
            findings.push(Finding {
                severity: Severity::Error,
                pos: text.pos,
                path: text.path.clone(),
                message: format!("no text in the language{plural} {}", missing.join(", ")),
            });
        }
        for value in &text.values {
            let Some((script, own)) = expected_script(&value.language) else {
                continue;
            };
            if !languages.contains(&value.language) {
                continue;
            }
            let latin = value.text.chars().any(is_latin);
            if latin && !value.text.chars().any(own) {
                findings.push(Finding {
                    severity: Severity::Warning,
                    pos: value.pos,
                    path: format!("{}.{}", text.path, value.language),
                    message: format!(
                        "the `{}` text is in Latin letters only, with no {script}: is it untranslated?",
                        value.language
                    ),
                });
            }
        }
    }
    findings.sort_by_key(|f| f.pos);
    findings
}

/// Reads a dataset and checks its languages: the decoder's problems if it does not load,
/// otherwise the findings of [`check`].
pub fn check_dataset(text: &str, languages: &[String]) -> Result<Vec<Finding>, Problems> {
    let (_, texts) = load_located(text)?;
    Ok(check(&texts, languages))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(list: &str) -> Vec<String> {
        parse_languages(list).unwrap()
    }

    const SMALL: &str = r#"{
  "schema_version": 1,
  "sources": [
    {"id": "s", "title": "Own title", "publisher": "P", "kind": "official"},
    {"id": "t", "description": {"en": "A source", "fr": "Une source"}, "publisher": "P", "kind": "official"}
  ],
  "working_groups": [
    {"id": "tip", "name": {"en": "Working Group", "ar": "Working Group", "ru": "Рабочая группа"},
     "short_name": "TIP", "instrument": "Protocol"}
  ],
  "themes": [{"id": "a", "label": {"en": "A", "zh": "儿童 (UN)"}, "description": "D"}],
  "dialogues": [
    {"id": "d", "working_groups": ["tip"], "follows_sessions": [], "time_zone": "UTC",
     "chairs": [{"name": "Ana Pérez", "role": "chair", "source": "s"}],
     "ordinals": [], "agenda_items": [], "topics_raised": [], "attendance": [],
     "certainty": {"level": "high"}, "sources": ["s"]}
  ]
}"#;

    #[test]
    fn parses_language_lists() {
        assert_eq!(langs("ar, zh,en,ar"), ["ar", "zh", "en"]);
        assert!(parse_languages("ar,de").unwrap_err().contains("`de`"));
        assert!(parse_languages("").is_err());
    }

    #[test]
    fn reports_missing_languages_at_the_text_and_skips_names() {
        let found = check_dataset(SMALL, &langs("en,fr")).unwrap();
        let paths: Vec<(&str, u32)> = found
            .iter()
            .map(|f| (f.path.as_str(), f.pos.line))
            .collect();
        // The original title, the publishers and the chair's name are not asked for `fr`.
        assert_eq!(
            paths,
            [
                ("working_groups[0].name", 8),
                ("working_groups[0].short_name", 9),
                ("working_groups[0].instrument", 9),
                ("themes[0].label", 11),
                ("themes[0].description", 11),
            ]
        );
        assert!(found.iter().all(|f| f.severity == Severity::Error));
        assert_eq!(found[0].message, "no text in the language fr");
        let two = check_dataset(SMALL, &langs("fr,es")).unwrap();
        assert_eq!(two[0].path, "sources[1].description");
        assert_eq!(two[0].message, "no text in the language es");
        assert_eq!(two[1].message, "no text in the languages fr, es");
    }

    #[test]
    fn warns_about_latin_letters_only_under_arabic_chinese_and_russian() {
        let found = check_dataset(SMALL, &langs("en,ar,ru,zh")).unwrap();
        let warnings: Vec<&Finding> = found
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .collect();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].path, "working_groups[0].name.ar");
        assert_eq!(
            warnings[0].pos,
            Pos {
                line: 8,
                column: 57
            }
        );
        assert!(warnings[0].to_string().starts_with("warning: "));
        // Not asked for: no warning.
        let found = check_dataset(SMALL, &langs("en")).unwrap();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn script_classes() {
        assert!(is_latin('é') && is_latin('Z') && !is_latin('Ж') && !is_latin('3'));
        assert!(is_arabic('ع') && is_han('中') && is_cyrillic('Ж'));
    }

    #[test]
    fn a_dataset_that_does_not_load_gives_its_problems() {
        assert!(check_dataset("{", &langs("en")).is_err());
    }
}
