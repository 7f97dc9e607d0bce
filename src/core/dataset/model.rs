//! The dataset as the app uses it, once read and checked. `docs/dataset-format.md` describes the
//! JSON form of each type.

use std::collections::BTreeMap;

use crate::core::date::PartialDate;

/// The format version this build reads.
pub const SCHEMA_VERSION: u64 = 1;

/// The languages a translation may be given in.
pub const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// Text with English always present and translations optional.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub en: String,
    pub translations: BTreeMap<String, String>,
}

impl Text {
    pub fn en(text: &str) -> Self {
        Text {
            en: text.to_string(),
            translations: BTreeMap::new(),
        }
    }

    /// The text in `lang`, or the English when there is no translation, with the language
    /// actually returned (so that the page can mark English text inside a translated page).
    pub fn get<'a>(&'a self, lang: &str) -> (&'a str, &'a str) {
        match self.translations.get_key_value(lang) {
            Some((code, text)) => (text, code),
            None => (&self.en, "en"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// What the languages of the texts are: which one holds the project's own words and how
    /// the others relate to it. Absent in datasets that do not say.
    pub translations: Option<Translations>,
    /// The day the dataset was last brought up to date with its sources (`updated`): how
    /// current it is. Absent in datasets that do not say.
    pub updated: Option<PartialDate>,
    /// The source, by id, where the next dialogues are announced (`announcements`): where a
    /// reader who finds nothing upcoming is sent. Always a source with a `url`.
    pub announcements: Option<String>,
    pub sources: Vec<Source>,
    pub working_groups: Vec<WorkingGroup>,
    pub themes: Vec<Theme>,
    pub dialogues: Vec<Dialogue>,
}

/// The dataset's statement about its languages, shown once to readers.
#[derive(Clone, Debug, PartialEq)]
pub struct Translations {
    /// The language the project writes its summaries in; always `en`.
    pub source_language: String,
    /// Says that the other languages are the maintainers' translations of those summaries.
    pub note: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Official,
    CivilSociety,
    FoundingArticle,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    /// The title as the publisher wrote it, in the language it was published in and never
    /// translated; `None` where it is not known (never a paraphrase).
    pub title: Option<Text>,
    /// The project's short description of the source, translated. A source has a title, a
    /// description, or both.
    pub description: Option<Text>,
    pub publisher: Text,
    pub kind: SourceKind,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WorkingGroup {
    pub id: String,
    pub name: Text,
    pub short_name: Text,
    pub instrument: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub id: String,
    pub label: Text,
    pub description: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    InPerson,
    Hybrid,
    Online,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub working_group: String,
    pub number: Option<u32>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChairRole {
    Chair,
    CoChair,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chair {
    pub name: Text,
    pub country: Option<Text>,
    pub role: ChairRole,
    pub source: String,
}

/// How one source numbers a dialogue ("the third on firearms").
#[derive(Clone, Debug, PartialEq)]
pub struct Ordinal {
    pub value: u32,
    pub counted_among: Text,
    pub reported_by: String,
}

/// An agenda item or a topic raised: the unit that themes are tagged on.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub text: Text,
    pub themes: Vec<String>,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Counted {
    Participants,
    Registrations,
    Organisations,
    Ngos,
    Academia,
    PrivateSector,
    OtherStakeholders,
    NonGovernmentalStakeholders,
    States,
    IntergovernmentalOrganisations,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attendance {
    pub count: u32,
    pub qualifier: Qualifier,
    pub counted: Counted,
    pub note: Option<Text>,
    pub reported_by: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CertaintyLevel {
    Low,
    Medium,
    High,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Certainty {
    pub level: CertaintyLevel,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dialogue {
    pub id: String,
    pub working_groups: Vec<String>,
    pub follows_sessions: Vec<Session>,
    pub date: Option<PartialDate>,
    pub time_zone: String,
    pub venue: Option<Text>,
    pub format: Option<Format>,
    pub chairs: Vec<Chair>,
    pub ordinals: Vec<Ordinal>,
    pub agenda_items: Vec<Entry>,
    pub topics_raised: Vec<Entry>,
    pub attendance: Vec<Attendance>,
    pub certainty: Certainty,
    pub sources: Vec<String>,
    pub notes: Option<Text>,
}

impl Dialogue {
    /// Whether anything of what it discussed is recorded (an agenda item or a topic raised).
    /// A dialogue with neither is one whose content is not known, not one where nothing came
    /// up: it never counts as a dialogue that "did not take up" a theme.
    pub fn records_content(&self) -> bool {
        !self.agenda_items.is_empty() || !self.topics_raised.is_empty()
    }
}

impl Source {
    /// What the source is called on screen: its own title, else the project's description;
    /// with whether it is the title.
    pub fn label(&self) -> (&Text, bool) {
        match (&self.title, &self.description) {
            (Some(title), _) => (title, true),
            (None, Some(description)) => (description, false),
            // The reader refuses a source with neither; an empty text keeps this total.
            (None, None) => (&EMPTY_TEXT, false),
        }
    }

    /// "UNODC: UNODC news on …" reads the publisher twice: a label that already starts with the
    /// publisher's name stands alone; any other is introduced by it ("Kennis: …" is kept, as
    /// is "Alliance of NGOs …: Looking at the past …").
    pub fn name(&self, lang: &str) -> String {
        let publisher = self.publisher.get(lang).0;
        let label = self.label().0.get(lang).0;
        let repeats = !publisher.is_empty()
            && label
                .get(..publisher.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(publisher))
            && label[publisher.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        if repeats || publisher.is_empty() {
            label.to_string()
        } else if label.is_empty() {
            publisher.to_string()
        } else {
            format!("{publisher}: {label}")
        }
    }
}

static EMPTY_TEXT: Text = Text {
    en: String::new(),
    translations: BTreeMap::new(),
};

/// The JSON names of the enumerations, in one place for reading and for writing.
pub trait Named: Sized + Copy + 'static {
    const ALL: &'static [(Self, &'static str)];

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
    }
}

impl Named for SourceKind {
    const ALL: &'static [(Self, &'static str)] = &[
        (SourceKind::Official, "official"),
        (SourceKind::CivilSociety, "civil_society"),
        (SourceKind::FoundingArticle, "founding_article"),
    ];
}

impl Named for Format {
    const ALL: &'static [(Self, &'static str)] = &[
        (Format::InPerson, "in_person"),
        (Format::Hybrid, "hybrid"),
        (Format::Online, "online"),
    ];
}

impl Named for ChairRole {
    const ALL: &'static [(Self, &'static str)] = &[
        (ChairRole::Chair, "chair"),
        (ChairRole::CoChair, "co_chair"),
    ];
}

impl Named for Qualifier {
    const ALL: &'static [(Self, &'static str)] = &[
        (Qualifier::Exact, "exact"),
        (Qualifier::About, "about"),
        (Qualifier::MoreThan, "more_than"),
    ];
}

impl Named for Counted {
    const ALL: &'static [(Self, &'static str)] = &[
        (Counted::Participants, "participants"),
        (Counted::Registrations, "registrations"),
        (Counted::Organisations, "organisations"),
        (Counted::Ngos, "ngos"),
        (Counted::Academia, "academia"),
        (Counted::PrivateSector, "private_sector"),
        (Counted::OtherStakeholders, "other_stakeholders"),
        (
            Counted::NonGovernmentalStakeholders,
            "non_governmental_stakeholders",
        ),
        (Counted::States, "states"),
        (
            Counted::IntergovernmentalOrganisations,
            "intergovernmental_organisations",
        ),
    ];
}

impl Named for CertaintyLevel {
    const ALL: &'static [(Self, &'static str)] = &[
        (CertaintyLevel::High, "high"),
        (CertaintyLevel::Medium, "medium"),
        (CertaintyLevel::Low, "low"),
    ];
}

impl Dataset {
    /// The dataset's note saying that the non-English texts are translations of the project's
    /// English summaries, when the dataset gives one.
    pub fn translation_note(&self) -> Option<&Text> {
        self.translations.as_ref().map(|t| &t.note)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn working_group(&self, id: &str) -> Option<&WorkingGroup> {
        self.working_groups.iter().find(|w| w.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn dialogue(&self, id: &str) -> Option<&Dialogue> {
        self.dialogues.iter().find(|d| d.id == id)
    }

    /// The dialogue and entry with this entry id, and whether it is an agenda item.
    pub fn entry(&self, id: &str) -> Option<(&Dialogue, &Entry, EntryKind)> {
        self.dialogues.iter().find_map(|d| {
            let agenda = d
                .agenda_items
                .iter()
                .find(|e| e.id == id)
                .map(|e| (d, e, EntryKind::AgendaItem));
            agenda.or_else(|| {
                d.topics_raised
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| (d, e, EntryKind::TopicRaised))
            })
        })
    }

    /// "Trafficking in Persons & Smuggling of Migrants": the short names of a dialogue's working
    /// groups, in `lang` where the dataset translates them.
    pub fn group_names(&self, dialogue: &Dialogue, lang: &str) -> String {
        dialogue
            .working_groups
            .iter()
            .filter_map(|id| self.working_group(id))
            .map(|w| w.short_name.get(lang).0)
            .collect::<Vec<_>>()
            .join(" & ")
    }

    pub fn entry_count(&self) -> usize {
        self.dialogues
            .iter()
            .map(|d| d.agenda_items.len() + d.topics_raised.len())
            .sum()
    }
}

/// Which of a dialogue's lists an entry is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    AgendaItem,
    TopicRaised,
}

impl EntryKind {
    pub const ALL: [EntryKind; 2] = [EntryKind::AgendaItem, EntryKind::TopicRaised];

    pub fn key(self) -> &'static str {
        match self {
            EntryKind::AgendaItem => "agenda",
            EntryKind::TopicRaised => "topic",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(publisher: &str, title: Option<&str>, description: Option<&str>) -> Source {
        Source {
            id: "s".into(),
            title: title.map(Text::en),
            description: description.map(Text::en),
            publisher: Text::en(publisher),
            kind: SourceKind::Official,
            url: None,
            published: None,
        }
    }

    #[test]
    fn a_source_is_named_by_its_publisher_once() {
        let unodc = source("UNODC", None, Some("UNODC news on the 2023 dialogue"));
        assert_eq!(unodc.name("en"), "UNODC news on the 2023 dialogue");
        let alliance = source("Alliance of NGOs", Some("Looking at the past"), None);
        assert_eq!(alliance.name("en"), "Alliance of NGOs: Looking at the past");
        // A word that merely starts with the publisher's letters is not the publisher.
        let un = source("UN", None, Some("UNODC page"));
        assert_eq!(un.name("en"), "UN: UNODC page");
        let eu = source("EU", Some("EU Statement at the 15th session"), None);
        assert_eq!(eu.name("en"), "EU Statement at the 15th session");
    }

    #[test]
    fn a_translated_description_that_does_not_start_with_the_publisher_is_introduced() {
        let mut description = Text::en("UNODC news");
        description
            .translations
            .insert("fr".into(), "Actualité de l'ONUDC".into());
        let s = Source {
            description: Some(description),
            ..source("UNODC", None, None)
        };
        assert_eq!(s.name("en"), "UNODC news");
        assert_eq!(s.name("fr"), "UNODC: Actualité de l'ONUDC");
    }
}
