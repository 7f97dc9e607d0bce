//! Which texts lack which of the six languages: the rule of `validate-dataset --languages`
//! (`dataset::languages`), given per text with what it belongs to, for the page's list and its
//! filter ("show only texts missing Arabic").

use super::Locator;
use crate::core::dataset::languages::{missing_languages, LocatedText};
use crate::core::dataset::{self, Dataset, Problems};
use crate::core::messages::{supported, Lang};

/// What a text belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OwnerKind {
    /// The dataset's own `translations.note`.
    Dataset,
    Source,
    WorkingGroup,
    Theme,
    Dialogue,
    Entry,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub kind: OwnerKind,
    /// Empty for the dataset.
    pub id: String,
    /// For an entry, its dialogue's id.
    pub dialogue: Option<String>,
}

/// One text that lacks languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingText {
    pub owner: Owner,
    /// The field within its owner: `text`, `label`, `venue`, `attendance[0].note`.
    pub field: String,
    /// The whole JSON path: `dialogues[3].topics_raised[0].text`.
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub utf16_offset: usize,
    /// In the order of [`Lang::ALL`].
    pub missing: Vec<Lang>,
    /// The English text, to recognise it by.
    pub english: String,
}

/// `dialogues[3]` → ("dialogues", 3).
fn indexed(segment: &str) -> Option<(&str, usize)> {
    let (name, rest) = segment.split_once('[')?;
    Some((name, rest.strip_suffix(']')?.parse().ok()?))
}

/// Who owns the text at `path`, and its field.
fn owner_of(data: &Dataset, path: &str) -> (Owner, String) {
    let owner = |kind, id: &str, dialogue: Option<&str>| Owner {
        kind,
        id: id.to_string(),
        dialogue: dialogue.map(str::to_string),
    };
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    let found = indexed(head).and_then(|(list, i)| match list {
        "sources" => Some((
            owner(OwnerKind::Source, &data.sources.get(i)?.id, None),
            rest,
        )),
        "working_groups" => Some((
            owner(
                OwnerKind::WorkingGroup,
                &data.working_groups.get(i)?.id,
                None,
            ),
            rest,
        )),
        "themes" => Some((owner(OwnerKind::Theme, &data.themes.get(i)?.id, None), rest)),
        "dialogues" => {
            let d = data.dialogues.get(i)?;
            let (second, field) = rest.split_once('.').unwrap_or((rest, ""));
            let entry = indexed(second).and_then(|(list, j)| match list {
                "agenda_items" => d.agenda_items.get(j),
                "topics_raised" => d.topics_raised.get(j),
                _ => None,
            });
            Some(match entry {
                Some(e) => (owner(OwnerKind::Entry, &e.id, Some(&d.id)), field),
                None => (owner(OwnerKind::Dialogue, &d.id, None), rest),
            })
        }
        _ => None,
    });
    match found {
        Some((owner, field)) => (owner, field.to_string()),
        None => (owner(OwnerKind::Dataset, "", None), path.to_string()),
    }
}

/// Every text to translate that lacks one of the six languages, in file order.
pub fn missing_translations(text: &str) -> Result<Vec<MissingText>, Problems> {
    let (data, texts) = dataset::load_located(text)?;
    Ok(missing_in(text, &data, &texts))
}

fn missing_in(text: &str, data: &Dataset, texts: &[LocatedText]) -> Vec<MissingText> {
    let all: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    let locator = Locator::new(text);
    texts
        .iter()
        .filter_map(|t| {
            let missing: Vec<Lang> = missing_languages(t, &all)
                .into_iter()
                .filter_map(supported)
                .collect();
            if missing.is_empty() {
                return None;
            }
            let (owner, field) = owner_of(data, &t.path);
            let english = t
                .values
                .iter()
                .find(|v| v.language == "en")
                .map(|v| v.text.clone())
                .unwrap_or_default();
            Some(MissingText {
                owner,
                field,
                path: t.path.clone(),
                line: t.pos.line,
                column: t.pos.column,
                utf16_offset: locator.offsets(t.pos).utf16,
                missing,
                english,
            })
        })
        .collect()
}

/// How many texts lack each language, in the order of [`Lang::ALL`].
pub fn missing_counts(texts: &[MissingText]) -> Vec<(Lang, usize)> {
    Lang::ALL
        .iter()
        .map(|&lang| {
            (
                lang,
                texts.iter().filter(|t| t.missing.contains(&lang)).count(),
            )
        })
        .collect()
}

/// The filter "show only texts missing `lang`".
pub fn only_missing(texts: &[MissingText], lang: Lang) -> Vec<&MissingText> {
    texts.iter().filter(|t| t.missing.contains(&lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::languages;

    const BUNDLED: &str = include_str!("../../../public/data/dialogues.json");

    #[test]
    fn the_bundled_dataset_lacks_no_language() {
        let missing = missing_translations(BUNDLED).unwrap();
        assert!(missing.is_empty(), "{missing:?}");
        assert!(missing_counts(&missing).iter().all(|(_, n)| *n == 0));
    }

    #[test]
    fn each_text_names_its_owner_field_and_missing_languages() {
        // An entry's Arabic and Chinese removed, a venue in English only.
        let text = BUNDLED
            .replacen(
                "            \"ar\": \"سبل تحسين تطبيق الاتفاقية، ولا سيما بروتوكول الأسلحة النارية، على أرض الواقع.\",\n",
                "",
                1,
            )
            .replacen("            \"zh\": \"改进《公约》、尤其是《枪支议定书》实施方式的途径。\"", "            \"zz\": \"x\"", 1);
        // `zz` is not a language: that is a problem, not a missing translation.
        assert!(missing_translations(&text).is_err());
        let text = text.replacen(",\n            \"zz\": \"x\"", "", 1);
        let text = text.replacen(
            "\"venue\": {\n        \"en\": \"Vienna\",\n        \"ar\": \"فيينا\",\n        \"es\": \"Viena\",\n        \"fr\": \"Vienne\",\n        \"ru\": \"Вена\",\n        \"zh\": \"维也纳\"\n      }",
            "\"venue\": \"Vienna\"",
            1,
        );
        let missing = missing_translations(&text).unwrap();
        assert_eq!(missing.len(), 2, "{missing:?}");
        let venue = &missing[0];
        assert_eq!(venue.owner.kind, OwnerKind::Dialogue);
        assert_eq!(venue.owner.id, "firearms-2022");
        assert_eq!(venue.field, "venue");
        assert_eq!(
            venue.missing,
            [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es]
        );
        let entry = &missing[1];
        assert_eq!(entry.owner.kind, OwnerKind::Entry);
        assert_eq!(entry.owner.id, "firearms-2022-topic-1");
        assert_eq!(entry.owner.dialogue.as_deref(), Some("firearms-2022"));
        assert_eq!(entry.field, "text");
        assert_eq!(entry.missing, [Lang::Ar, Lang::Zh]);
        assert!(entry.english.starts_with("Ways to improve"));
        let at = &text[..];
        let byte = Locator::new(at).offsets(crate::core::json::Pos {
            line: entry.line,
            column: entry.column,
        });
        assert_eq!(byte.utf16, entry.utf16_offset);
        assert!(at[byte.byte..].starts_with('{'));

        let counts = missing_counts(&missing);
        assert_eq!(counts[0], (Lang::Ar, 2));
        assert_eq!(counts[2], (Lang::En, 0));
        assert_eq!(counts[3], (Lang::Fr, 1));
        assert_eq!(only_missing(&missing, Lang::Ar).len(), 2);
        assert_eq!(only_missing(&missing, Lang::Fr)[0].field, "venue");

        // The CLI's check finds the same texts.
        let all: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
        let cli = languages::check_dataset(&text, &all).unwrap();
        let cli_paths: Vec<&str> = cli
            .iter()
            .filter(|f| f.severity == languages::Severity::Error)
            .map(|f| f.path.as_str())
            .collect();
        let paths: Vec<&str> = missing.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, cli_paths);
    }

    #[test]
    fn owners_of_other_texts() {
        let data = dataset::load(BUNDLED).unwrap();
        let (o, f) = owner_of(&data, "themes[2].label");
        assert_eq!(
            (o.kind, o.id.as_str(), f.as_str()),
            (OwnerKind::Theme, "prevention", "label")
        );
        let (o, f) = owner_of(&data, "translations.note");
        assert_eq!(
            (o.kind, f.as_str()),
            (OwnerKind::Dataset, "translations.note")
        );
        let (o, f) = owner_of(&data, "dialogues[0].attendance[1].note");
        assert_eq!(
            (o.kind, f.as_str()),
            (OwnerKind::Dialogue, "attendance[1].note")
        );
        let (o, _) = owner_of(&data, "sources[1].description");
        assert_eq!(o.id, "unodc-cd-overview");
    }
}
