//! Every string the interface shows, in one catalogue per language.
//!
//! A catalogue is a value of the struct below: a language that lacks a message does not
//! compile. Messages that take a number or a name are functions, so that each language can
//! place and inflect them (plural forms differ: Russian has three, Arabic six).

mod ar;
mod en;
mod es;
mod fr;
pub mod packs;
mod ru;
mod zh;

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::date::PartialDate;
use crate::core::export::csv::Column;
use crate::core::search::lower_case;

pub use ar::AR;
pub use en::{ordinal_en, EN};
pub use es::ES;
pub use fr::FR;
pub use packs::Pack;
pub use ru::RU;
pub use zh::ZH;

/// An interface language: one of the six official languages of the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the order the United Nations lists them (the switcher's order).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The language's code, as in `lang` attributes, the `dx-lang` parameter and the dataset.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language named in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    pub fn messages(self) -> &'static Messages {
        self.pack().messages
    }

    /// Everything the language says (`packs`).
    pub fn pack(self) -> &'static Pack {
        packs::of(self)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

/// The interface languages' codes.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The catalogue of a language.
pub fn catalogue(lang: Lang) -> &'static Messages {
    lang.messages()
}

/// The supported language that best fits a language tag: `fr-CH` → `fr`, `zh-Hant` → `zh`.
pub fn supported(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::ALL.into_iter().find(|l| l.code() == primary)
}

/// A text cut to about `max` characters at a word's end, with an ellipsis: what a confirmation
/// says of an entry ("Starred: The need for a more effective criminalization…").
pub fn shortened(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    // At the last space, unless that leaves little (a language written without spaces).
    let kept = match cut.rfind(' ') {
        Some(at) if cut[..at].chars().count() > max / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        kept.trim_end_matches([' ', ',', ';', ':', '.', '،', '，'])
    )
}

/// One full stop where a sentence that ends with an abbreviation ("2025 г.") got a second one
/// from its template: "… 2025 г.." → "… 2025 г.". An ellipsis "..." is left as it is.
pub fn tidy(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        let doubled = *c == '.'
            && i > 0
            && chars[i - 1] == '.'
            && chars.get(i + 1) != Some(&'.')
            && (i < 2 || chars[i - 2] != '.');
        if !doubled {
            out.push(*c);
        }
    }
    out
}

/// Whether `note` opens with `label` as a word of its own ("Low: only the month is known…"
/// after the label "Low"): the label is then not said twice.
pub fn opens_with(note: &str, label: &str) -> bool {
    let mut rest = note.trim_start().chars();
    for expected in label.chars() {
        match rest.next() {
            Some(c) if lower_case(c) == lower_case(expected) => {}
            _ => return false,
        }
    }
    !label.is_empty() && !rest.next().is_some_and(char::is_alphanumeric)
}

/// The language of the notice that replaces an app after a panic: the app's at that moment
/// (the `lang` of its root, which follows the reader's choices), else the one it started with
/// (the configured, host or browser language), else English.
pub fn crash_language(app_lang: Option<&str>, started: Lang) -> Lang {
    app_lang.and_then(supported).unwrap_or(started)
}

/// Whether a language is written right to left.
pub fn is_rtl(lang: Lang) -> bool {
    lang.is_rtl()
}

pub struct Messages {
    /// Between words and pieces of a sentence built in the views (none in Chinese).
    pub word_space: &'static str,
    /// Between a name and what follows it (", ", "، ", "，").
    pub comma: &'static str,
    /// The end of a sentence (".", "。").
    pub full_stop: &'static str,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub invalid_dataset_title: &'static str,
    pub retry: &'static str,
    pub problems_heading: fn(usize) -> String,
    pub problem_at: fn(line: u32, column: u32) -> String,
    pub summary_heading: &'static str,
    pub dialogues: fn(usize) -> &'static str,
    pub working_groups: fn(usize) -> &'static str,
    pub themes: fn(usize) -> &'static str,
    pub entries: fn(usize) -> &'static str,
    pub sources: fn(usize) -> &'static str,
    pub covering: fn(first: &str, last: &str) -> String,
    pub fetch_failed: fn(url: &str, reason: &str) -> String,
    pub invalid_dataset: fn(url: &str) -> String,
    pub crashed: &'static str,

    // Views and navigation
    pub views_label: &'static str,
    pub view_matrix: &'static str,
    pub view_list: &'static str,
    pub view_agenda: &'static str,
    /// Said while a view's code arrives (the release build loads each view but the matrix on
    /// first use), and when it could not be fetched.
    pub view_loading: &'static str,
    /// Said in place of a part of a view that comes on first use (a chosen matrix cell's
    /// entries, a shared agenda's offer) while its code arrives.
    pub part_loading: &'static str,
    pub view_unavailable: &'static str,
    /// A language's pack could not be fetched (its native name): the interface stays in the
    /// language it was in.
    pub language_unavailable: fn(name: &str) -> String,
    pub back_to: fn(view: &str) -> String,
    pub dropped_from_link: fn(values: &str) -> String,

    // Filters and search
    pub filters_heading: &'static str,
    pub show_filters: fn(open: bool, active: usize) -> String,
    /// The button that shows the language and appearance settings on a narrow screen.
    pub settings_button: &'static str,
    pub filter_rule: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub facet_working_group: &'static str,
    pub facet_year: &'static str,
    pub facet_theme: &'static str,
    pub facet_kind: &'static str,
    pub facet_status: &'static str,
    pub kind_agenda: &'static str,
    pub kind_topic: &'static str,
    pub status_upcoming: &'static str,
    pub status_past: &'static str,
    pub only_this: &'static str,
    pub only_this_label: fn(value: &str) -> String,
    pub clear_facet: &'static str,
    pub clear_facet_label: fn(facet: &str) -> String,
    pub reset_all: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: fn(value: &str) -> String,
    pub result_count: fn(entries: usize, dialogues: usize) -> String,
    pub no_results: &'static str,
    pub search_text_chip: fn(text: &str) -> String,

    // Entries
    pub entry_kind: fn(kind: EntryKind) -> &'static str,
    pub themes_label: &'static str,
    /// Before a source, its punctuation included ("Source: ", "来源：").
    pub source_label: &'static str,

    // Matrix
    pub matrix_caption: &'static str,
    pub matrix_columns_label: &'static str,
    pub columns_dialogues: &'static str,
    pub columns_groups: &'static str,
    pub columns_years: &'static str,
    pub theme_header: &'static str,
    pub total_header: &'static str,
    pub cell_label: fn(theme: &str, column: &str, count: usize) -> String,
    pub entries_count: fn(usize) -> String,
    /// The button under a list cut short: how many it adds, how many are still not shown.
    pub show_more: fn(next: usize, rest: usize) -> String,
    /// The matrix, when it has too many dialogues for a column each, shows years instead.
    pub matrix_by_year: fn(dialogues: usize) -> String,
    /// The label of a year's header there: shows that year's dialogues.
    pub matrix_open_year: fn(year: &str) -> String,
    pub legend_first: &'static str,
    pub legend_recurs: &'static str,
    pub legend_scale: &'static str,
    pub matrix_help: &'static str,
    pub cell_entries_heading: fn(theme: &str, column: &str) -> String,
    pub close: &'static str,

    // Agenda
    pub agenda_upcoming: &'static str,
    pub agenda_past: &'static str,
    pub nothing_upcoming: &'static str,
    pub latest_was: &'static str,
    /// Before several dialogues that are each the latest as far as their dates tell (a
    /// month-only date and a day of the same month): "The latest were: A and B."
    pub latest_were: &'static str,
    pub nothing_past: &'static str,
    pub time_zone_note: fn(zone: &str) -> String,
    pub date_not_known: &'static str,
    pub day_not_known: &'static str,

    // Dialogue page
    pub follows_session: fn(number: Option<u32>, group: &str) -> String,
    pub session_dates: fn(dates: &str) -> String,
    pub venue_label: &'static str,
    pub format_label: &'static str,
    pub format_name: fn(format: Format) -> &'static str,
    pub chairs_label: &'static str,
    pub co_chair: &'static str,
    pub ordinals_label: &'static str,
    pub ordinal_as: fn(value: u32, among: &str) -> String,
    pub agenda_items_heading: &'static str,
    pub topics_heading: &'static str,
    pub none_recorded: &'static str,
    pub attendance_heading: &'static str,
    pub attendance_figure: fn(qualifier: Qualifier, count: u32, counted: &str) -> String,
    pub counted_name: fn(counted: Counted, count: u32) -> &'static str,
    pub reported_by: &'static str,
    pub certainty_heading: &'static str,
    pub certainty_level: fn(level: CertaintyLevel) -> &'static str,
    pub notes_heading: &'static str,
    pub sources_heading: &'static str,
    pub not_known: &'static str,

    // Theme page
    pub theme_mentions: fn(count: usize, dialogues: usize) -> String,
    pub continuity_heading: &'static str,
    pub continuity_first: fn(dialogue: &str) -> String,
    pub continuity_recurs: fn(dialogues: &str) -> String,
    pub continuity_silent: fn(last: &str, since: usize) -> String,
    pub continuity_latest: &'static str,
    pub continuity_never: &'static str,
    /// Raised at the latest dialogue whose content is recorded; later ones record none.
    pub continuity_latest_recorded: &'static str,
    /// Last raised at `last`; `others` did not raise it and cannot be ordered against it.
    pub continuity_unordered: fn(last: &str, others: &str) -> String,
    /// Dialogues (joined) that may be later and record no agenda or topics.
    pub continuity_unrecorded: fn(dialogues: &str) -> String,
    pub mentions_heading: &'static str,
    pub show_in_matrix: &'static str,

    // Exports
    pub calendar_name: &'static str,
    pub calendar_summary: fn(groups: &str) -> String,
    pub download_label: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub download_ics: &'static str,
    pub add_to_calendar: &'static str,
    pub add_to_calendar_label: fn(dialogue: &str) -> String,
    pub calendar_left_out: fn(dialogues: &str) -> String,
    pub nothing_to_download: &'static str,
    pub downloaded: fn(file: &str) -> String,

    // Stars and my agenda
    pub view_mine: fn(count: usize) -> String,
    pub star_dialogue: fn(dialogue: &str) -> String,
    pub star_entry: fn(entry: &str) -> String,
    pub mine_empty: &'static str,
    pub mine_dialogues: &'static str,
    pub mine_entries: &'static str,
    pub share_mine: &'static str,
    pub share_link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub language_label: &'static str,
    pub shared_offer: fn(dialogues: usize, entries: usize) -> String,
    pub shared_view: &'static str,
    pub shared_merge: fn(new: usize) -> String,
    pub shared_dismiss: &'static str,
    pub shared_viewing: &'static str,
    pub shared_back: &'static str,
    pub merged: fn(added: usize) -> String,
    pub storage_unreadable: fn(why: &str) -> String,
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub stars_unknown: fn(count: usize) -> String,

    // Appearance
    pub theme_switch_label: &'static str,
    pub appearance_auto: &'static str,
    pub appearance_light: &'static str,
    pub appearance_dark: &'static str,

    // Problems of the dataset, past the first ones
    /// Said after the last problem shown of a kind, when more of that kind were found and left
    /// out: "and 1999900 more of the same kind".
    pub more_problems: fn(count: usize) -> String,
    /// While the dataset downloads: the size received so far, formatted for the reader
    /// ("1.2 MB").
    pub loading_progress: fn(size: &str) -> String,
    /// The dataset's server sent nothing for the time limit.
    pub timed_out: fn(url: &str, seconds: u32) -> String,
    /// Stars were read from storage, beside saved items that could not be (left aside).
    pub storage_partly: fn(count: usize) -> String,

    // The module itself could not load: said by embed.js, which has no Rust to ask, from a copy
    // of these two in embed/embed.js (tests/embed_messages.rs checks that the copy is equal).
    /// The sentence of the element's box.
    pub could_not_load: &'static str,
    /// The link after it, to the standalone page.
    pub open_own_page: &'static str,

    // Continuity over the whole record, matching entries, calendars, the date of the data
    /// Under the theme page's continuity: whose dialogues it counts.
    pub continuity_whole_record: &'static str,
    pub continuity_by_group: &'static str,
    /// A working group that never raised the theme, at any of its `held` dialogues.
    pub group_never: fn(held: usize) -> String,
    /// A working group that raised it at its latest dialogue.
    pub group_raised_latest: fn(raised: usize, held: usize) -> String,
    /// A working group that has not raised it at its `since` dialogues after `last`.
    pub group_silent: fn(last: &str, since: usize) -> String,
    /// After `group_silent`: raised since at `count` dialogues of the other `groups`.
    pub group_raised_elsewhere: fn(count: usize, groups: &str) -> String,
    /// `group_never` when some of the group's dialogues record no content: counts the
    /// `recorded` others only.
    pub group_never_recorded: fn(recorded: usize) -> String,
    /// `group_raised_latest` when some of the group's later dialogues record no content.
    pub group_raised_latest_recorded: fn(raised: usize, recorded: usize) -> String,
    /// "Data as of 1 December 2026."
    pub data_as_of: fn(date: &str) -> String,
    /// Nothing upcoming in the whole record, with the date of the data.
    pub nothing_upcoming_as_of: fn(date: &str) -> String,
    /// Upcoming dialogues exist, but none matches the filters.
    pub none_upcoming_match: &'static str,
    /// Before the link to the page where the next dialogues are announced.
    pub announced_at: &'static str,
    /// On a card, under filters that narrow entries.
    pub entries_matching: fn(matching: usize, total: usize) -> String,
    pub show_all_entries: fn(total: usize) -> String,
    pub show_matching_entries: fn(matching: usize) -> String,
    /// Marks a matching entry among all of a dialogue's.
    pub entry_matches: &'static str,
    /// In place of "Add to calendar" for a dialogue whose day is not known.
    pub calendar_no_day: &'static str,
    // Citations, spreadsheets, stars and sharing
    /// A date in running text and citations: "17 May 2022", "May 2022", "2022".
    pub citation_date: fn(date: PartialDate) -> String,
    /// A publisher's title quoted in a citation: “…”, « … ».
    pub citation_title: fn(title: &str) -> String,
    /// After a citation's address: "(accessed 2 December 2026)".
    pub citation_accessed: fn(date: &str) -> String,
    /// The opening of an attendance figure's citation: the figure and its dialogue.
    pub citation_figure: fn(figure: &str, dialogue: &str) -> String,
    /// The button beside a source or a figure.
    pub cite_button: &'static str,
    /// Its accessible name, which starts with the visible words.
    pub cite_button_label: fn(what: &str) -> String,
    pub citation_copied: &'static str,
    /// A column's header in the reader's spreadsheet.
    pub csv_header: fn(column: Column) -> &'static str,
    /// "exact", "about", "more than", as a spreadsheet's value.
    pub qualifier_name: fn(qualifier: Qualifier) -> &'static str,
    pub download_csv_machine: &'static str,
    /// What the machine form is, for its button's description.
    pub download_csv_machine_note: &'static str,
    pub download_attendance: &'static str,
    /// Said beside the downloads when the selection has no attendance figure.
    pub no_attendance: &'static str,
    /// The button of an empty result.
    pub reset_filters: &'static str,
    /// The star's visible word (the glyph says whether it is on).
    pub star_button: &'static str,
    /// Said in the live region after a star is given or taken away.
    pub starred_said: fn(what: &str) -> String,
    pub unstarred_said: fn(what: &str) -> String,
    /// Over the list of what a shared link holds.
    pub shared_items: &'static str,
    /// The items of a shared link that the dataset no longer holds, by id.
    pub shared_missing: fn(count: usize, ids: &str) -> String,
    /// After the system's share sheet took the link.
    pub shared_done: &'static str,
    /// The title given to the share sheet.
    pub share_title: &'static str,
    // Matrix and print
    /// The matrix caption when the columns are working groups (`matrix_caption`: dialogues).
    pub matrix_caption_groups: &'static str,
    /// The matrix caption when the columns are years.
    pub matrix_caption_years: &'static str,
    /// In the legend of the working-group and year columns, which carry no marks.
    pub legend_marks_by_dialogue: &'static str,
    /// The button of a chosen cell's entries that returns to the cell in the table.
    pub back_to_cell: &'static str,
    /// A printout's first line: the filters applied, in words.
    pub print_filters: fn(filters: &str) -> String,
    /// The same line when no filter is applied.
    pub print_no_filters: &'static str,
    /// "Printed on 2 December 2026".
    pub print_printed: fn(date: &str) -> String,
    /// "Data as of 1 December 2026": the date the dataset was last updated.
    pub print_data_as_of: fn(date: &str) -> String,
}

/// English, Spanish: one and other.
pub fn plural_en<T>(n: usize, one: T, other: T) -> T {
    if n == 1 {
        one
    } else {
        other
    }
}

/// French: 0 and 1 take the singular.
pub fn plural_fr<T>(n: usize, one: T, other: T) -> T {
    if n <= 1 {
        one
    } else {
        other
    }
}

/// Russian (CLDR): one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…).
pub fn plural_ru<T>(n: usize, one: T, few: T, many: T) -> T {
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        one
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        few
    } else {
        many
    }
}

/// Arabic (CLDR): zero, one, two, few (3–10 mod 100), many (11–99 mod 100), other.
pub fn plural_ar<T>(n: usize, forms: [T; 6]) -> T {
    let [zero, one, two, few, many, other] = forms;
    if n <= 2 {
        [zero, one, two].into_iter().nth(n).unwrap_or(other)
    } else if (3..=10).contains(&(n % 100)) {
        few
    } else if (11..=99).contains(&(n % 100)) {
        many
    } else {
        other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crash_notice_speaks_the_language_in_force() {
        // The reader switched to French after a start in English: French.
        assert_eq!(crash_language(Some("fr"), Lang::En), Lang::Fr);
        assert_eq!(
            catalogue(crash_language(Some("fr"), Lang::En)).crashed,
            FR.crashed
        );
        assert_eq!(crash_language(Some("ar"), Lang::Fr), Lang::Ar);
        // No app root yet (a panic while starting), or one without a language we speak: the
        // language it started with.
        assert_eq!(crash_language(None, Lang::Fr), Lang::Fr);
        assert_eq!(crash_language(Some(""), Lang::Ru), Lang::Ru);
        assert_eq!(crash_language(Some("de"), Lang::Zh), Lang::Zh);
        assert_eq!(
            catalogue(crash_language(None, Lang::En)).crashed,
            EN.crashed
        );
    }

    #[test]
    fn plural_rules_follow_cldr() {
        let ru = |n| plural_ru(n, "one", "few", "many");
        assert_eq!([1, 21, 101].map(ru), ["one"; 3]);
        assert_eq!([2, 3, 4, 22, 104].map(ru), ["few"; 5]);
        assert_eq!([0, 5, 11, 12, 14, 19, 25, 111].map(ru), ["many"; 8]);
        let ar = |n| plural_ar(n, ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!([0, 1, 2].map(ar), ["zero", "one", "two"]);
        assert_eq!([3, 10, 103, 110].map(ar), ["few"; 4]);
        assert_eq!([11, 26, 99, 111].map(ar), ["many"; 4]);
        assert_eq!([100, 101, 102, 200].map(ar), ["other"; 4]);
        assert_eq!(
            [0, 1, 2].map(|n| plural_fr(n, "one", "other")),
            ["one", "one", "other"]
        );
        assert_eq!(
            [0, 1, 2].map(|n| plural_en(n, "one", "other")),
            ["other", "one", "other"]
        );
    }

    /// Every message that takes a name or a number shows it, in every language: a translation
    /// that drops an argument is caught here (types already catch a missing or extra one).
    #[test]
    fn every_catalogue_shows_every_argument() {
        for lang in Lang::ALL.map(Lang::code) {
            let m = catalogue(supported(lang).unwrap());
            let mut missing: Vec<String> = Vec::new();
            let mut check = |name: &str, text: String, parts: &[&str]| {
                for part in parts {
                    if !text.contains(part) {
                        missing.push(format!("{lang}.{name}: {part:?} not in {text:?}"));
                    }
                }
            };
            check("problems_heading", (m.problems_heading)(37), &["37"]);
            check("problem_at", (m.problem_at)(12, 34), &["12", "34"]);
            check("more_problems", (m.more_problems)(4321), &["4321"]);
            check("loading_progress", (m.loading_progress)("SIZE"), &["SIZE"]);
            check("timed_out", (m.timed_out)("URL", 27), &["URL", "27"]);
            check("storage_partly", (m.storage_partly)(4321), &["4321"]);
            check(
                "covering",
                (m.covering)("FIRST", "LAST"),
                &["FIRST", "LAST"],
            );
            check(
                "fetch_failed",
                (m.fetch_failed)("URL", "REASON"),
                &["URL", "REASON"],
            );
            check("invalid_dataset", (m.invalid_dataset)("URL"), &["URL"]);
            check("back_to", (m.back_to)("VIEW"), &["VIEW"]);
            check(
                "dropped_from_link",
                (m.dropped_from_link)("VALUES"),
                &["VALUES"],
            );
            check("show_filters", (m.show_filters)(false, 7), &["7"]);
            check("only_this_label", (m.only_this_label)("VALUE"), &["VALUE"]);
            check(
                "clear_facet_label",
                (m.clear_facet_label)("FACET"),
                &["FACET"],
            );
            check("remove_filter", (m.remove_filter)("VALUE"), &["VALUE"]);
            check("result_count", (m.result_count)(37, 13), &["37", "13"]);
            check("search_text_chip", (m.search_text_chip)("TEXT"), &["TEXT"]);
            check(
                "cell_label",
                (m.cell_label)("THEME", "COLUMN", 37),
                &["THEME", "COLUMN", "37"],
            );
            check("entries_count", (m.entries_count)(37), &["37"]);
            check("show_more", (m.show_more)(37, 4321), &["37", "4321"]);
            check("matrix_by_year", (m.matrix_by_year)(4321), &["4321"]);
            check("matrix_open_year", (m.matrix_open_year)("YEAR"), &["YEAR"]);
            check(
                "cell_entries_heading",
                (m.cell_entries_heading)("THEME", "COLUMN"),
                &["THEME", "COLUMN"],
            );
            check(
                "time_zone_note",
                (m.time_zone_note)("Europe/Vienna"),
                &["Europe/Vienna"],
            );
            check(
                "follows_session",
                (m.follows_session)(Some(12), "GROUP"),
                &["12", "GROUP"],
            );
            check(
                "follows_session",
                (m.follows_session)(None, "GROUP"),
                &["GROUP"],
            );
            check("session_dates", (m.session_dates)("DATES"), &["DATES"]);
            check("ordinal_as", (m.ordinal_as)(3, "AMONG"), &["3", "AMONG"]);
            for qualifier in [Qualifier::Exact, Qualifier::About, Qualifier::MoreThan] {
                check(
                    "attendance_figure",
                    (m.attendance_figure)(qualifier, 37, "COUNTED"),
                    &["37", "COUNTED"],
                );
            }
            check("theme_mentions", (m.theme_mentions)(37, 13), &["37", "13"]);
            check(
                "continuity_first",
                (m.continuity_first)("DIALOGUE"),
                &["DIALOGUE"],
            );
            check(
                "continuity_recurs",
                (m.continuity_recurs)("DIALOGUES"),
                &["DIALOGUES"],
            );
            check(
                "continuity_silent",
                (m.continuity_silent)("LAST", 37),
                &["LAST", "37"],
            );
            check(
                "continuity_unordered",
                (m.continuity_unordered)("LAST", "OTHERS"),
                &["LAST", "OTHERS"],
            );
            check(
                "continuity_unrecorded",
                (m.continuity_unrecorded)("DIALOGUES"),
                &["DIALOGUES"],
            );
            check(
                "calendar_summary",
                (m.calendar_summary)("GROUPS"),
                &["GROUPS"],
            );
            check(
                "add_to_calendar_label",
                (m.add_to_calendar_label)("DIALOGUE"),
                &["DIALOGUE"],
            );
            check(
                "calendar_left_out",
                (m.calendar_left_out)("DIALOGUES"),
                &["DIALOGUES"],
            );
            check("downloaded", (m.downloaded)("FILE"), &["FILE"]);
            check("view_mine", (m.view_mine)(37), &["37"]);
            check(
                "star_dialogue",
                (m.star_dialogue)("DIALOGUE"),
                &["DIALOGUE"],
            );
            check("star_entry", (m.star_entry)("ENTRY"), &["ENTRY"]);
            check("shared_offer", (m.shared_offer)(37, 13), &["37", "13"]);
            check("shared_merge", (m.shared_merge)(37), &["37"]);
            check("merged", (m.merged)(37), &["37"]);
            check(
                "storage_unreadable",
                (m.storage_unreadable)("WHY"),
                &["WHY"],
            );
            check("stars_unknown", (m.stars_unknown)(37), &["37"]);
            for n in [1, 2, 5, 21] {
                let k = n.to_string();
                let k = k.as_str();
                check(
                    "group_never",
                    (m.group_never)(n + 1),
                    &[&(n + 1).to_string()],
                );
                check(
                    "group_raised_latest",
                    (m.group_raised_latest)(n, n + 3),
                    &[k, &(n + 3).to_string()],
                );
                check(
                    "group_never_recorded",
                    (m.group_never_recorded)(n + 1),
                    &[&(n + 1).to_string()],
                );
                check(
                    "group_raised_latest_recorded",
                    (m.group_raised_latest_recorded)(n, n + 3),
                    &[k, &(n + 3).to_string()],
                );
                check(
                    "group_silent",
                    (m.group_silent)("LAST", n + 1),
                    &["LAST", &(n + 1).to_string()],
                );
                check(
                    "group_raised_elsewhere",
                    (m.group_raised_elsewhere)(n + 1, "GROUPS"),
                    &[&(n + 1).to_string(), "GROUPS"],
                );
                check(
                    "entries_matching",
                    (m.entries_matching)(n, n + 3),
                    &[k, &(n + 3).to_string()],
                );
                check(
                    "show_all_entries",
                    (m.show_all_entries)(n + 1),
                    &[&(n + 1).to_string()],
                );
                check(
                    "show_matching_entries",
                    (m.show_matching_entries)(n + 1),
                    &[&(n + 1).to_string()],
                );
            }
            check("group_silent", (m.group_silent)("LAST", 1), &["LAST"]);
            check(
                "group_raised_elsewhere",
                (m.group_raised_elsewhere)(1, "GROUPS"),
                &["GROUPS"],
            );
            check("data_as_of", (m.data_as_of)("DATE"), &["DATE"]);
            check(
                "nothing_upcoming_as_of",
                (m.nothing_upcoming_as_of)("DATE"),
                &["DATE"],
            );
            // Exhaustive matches make every value named; none may be empty.
            for format in [Format::InPerson, Format::Hybrid, Format::Online] {
                if (m.format_name)(format).is_empty() {
                    missing.push(format!("{lang}.format_name({format:?}) is empty"));
                }
            }
            for level in [
                CertaintyLevel::Low,
                CertaintyLevel::Medium,
                CertaintyLevel::High,
            ] {
                if (m.certainty_level)(level).is_empty() {
                    missing.push(format!("{lang}.certainty_level({level:?}) is empty"));
                }
            }
            for n in [0, 1, 2, 3, 11, 21, 100] {
                for (name, text) in [
                    ("dialogues", (m.dialogues)(n)),
                    ("working_groups", (m.working_groups)(n)),
                    ("themes", (m.themes)(n)),
                    ("entries", (m.entries)(n)),
                    ("sources", (m.sources)(n)),
                ] {
                    if text.trim().is_empty() {
                        missing.push(format!("{lang}.{name}({n}) is empty"));
                    }
                }
            }
            assert!(missing.is_empty(), "{}", missing.join("\n"));
        }
    }

    /// Strings that must differ from the English in every other language ("Agenda" is French
    /// too, so it is not among them).
    #[test]
    fn translations_are_not_english_copies() {
        for lang in LANGUAGES.into_iter().filter(|l| *l != "en") {
            let m = catalogue(supported(lang).unwrap());
            let same: Vec<&str> = [
                m.app_tagline,
                m.loading,
                m.retry,
                m.view_matrix,
                m.filters_heading,
                m.search_label,
                m.reset_all,
                m.matrix_caption,
                m.nothing_upcoming,
                m.language_label,
                m.copy_failed,
            ]
            .into_iter()
            .zip([
                EN.app_tagline,
                EN.loading,
                EN.retry,
                EN.view_matrix,
                EN.filters_heading,
                EN.search_label,
                EN.reset_all,
                EN.matrix_caption,
                EN.nothing_upcoming,
                EN.language_label,
                EN.copy_failed,
            ])
            .filter(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect();
            assert!(same.is_empty(), "{lang} still has English: {same:?}");
        }
    }

    #[test]
    fn more_problems_agree_with_their_number() {
        assert_eq!(
            (EN.more_problems)(1_999_900),
            "and 1999900 more of the same kind"
        );
        assert_eq!((FR.more_problems)(1), "et 1 autre problème du même type");
        assert_eq!((FR.more_problems)(2), "et 2 autres problèmes du même type");
        assert_eq!((ES.more_problems)(1), "y 1 problema más del mismo tipo");
        assert_eq!((ES.more_problems)(5), "y 5 problemas más del mismo tipo");
        assert_eq!((RU.more_problems)(21), "и ещё 21 проблема того же типа");
        assert_eq!((RU.more_problems)(3), "и ещё 3 проблемы того же типа");
        assert_eq!((RU.more_problems)(11), "и ещё 11 проблем того же типа");
        assert_eq!((AR.more_problems)(7), "ومشكلات أخرى من النوع نفسه: 7");
        assert_eq!((ZH.more_problems)(7), "另有7个同类问题");
    }

    #[test]
    fn a_note_that_opens_with_its_label_is_told_apart() {
        assert!(opens_with("Low: only the month is known.", "Low"));
        assert!(opens_with("Faible\u{a0}: seul le mois est connu", "Faible"));
        assert!(opens_with("high on the date.", "High"));
        assert!(opens_with("低：仅知月份", "低"));
        assert!(opens_with("Élevé pour la date.", "élevé"));
        assert!(!opens_with("Lower than thought.", "Low"));
        assert!(!opens_with("Registered is not attended.", "High"));
        assert!(!opens_with("Lo", "Low"));
        assert!(!opens_with("anything", ""));
    }

    #[test]
    fn shortened_cuts_at_a_word_and_says_so() {
        assert_eq!(shortened("Short text", 40), "Short text");
        assert_eq!(
            shortened(
                "The need for a more effective criminalization of the perpetrators",
                30
            ),
            "The need for a more effective…"
        );
        assert_eq!(
            shortened("毒品和犯罪问题办公室关于建设性对话的网页", 5),
            "毒品和犯罪…"
        );
    }

    #[test]
    fn tidy_removes_only_a_doubled_full_stop() {
        assert_eq!(
            tidy("Период: май 2022 г. — октябрь 2025 г.."),
            "Период: май 2022 г. — октябрь 2025 г."
        );
        assert_eq!(tidy("Wait..."), "Wait...");
        assert_eq!(tidy("One. Two."), "One. Two.");
        assert_eq!(tidy("a.. b"), "a. b");
    }

    #[test]
    fn language_tags_map_to_catalogues() {
        assert_eq!(supported("fr-CH"), Some(Lang::Fr));
        assert_eq!(supported("zh-Hant-TW"), Some(Lang::Zh));
        assert_eq!(supported("AR"), Some(Lang::Ar));
        assert_eq!(supported("de"), None);
        assert!(std::ptr::eq(catalogue(Lang::En), &EN));
        assert!(is_rtl(Lang::Ar) && !is_rtl(Lang::Fr));
        for lang in Lang::ALL {
            assert_eq!(
                supported(lang.code()),
                Some(lang),
                "{lang:?} goes to its code and back"
            );
            assert_eq!(LANGUAGES.iter().filter(|c| **c == lang.code()).count(), 1);
        }
    }
}
