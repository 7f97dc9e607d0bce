//! English: the reference catalogue the others are translated from.

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::date::MONTH_NAMES;
use crate::core::export::csv::Column;

use super::{plural_en as plural, Messages};

pub static EN: Messages = Messages {
    word_space: " ",
    comma: ", ",
    full_stop: ".",
    app_title: "Dialogue Explorer",
    app_tagline: "The constructive dialogues between States and civil society under the review mechanism of the UN Convention against Transnational Organized Crime.",
    loading: "Loading the dialogues…",
    load_failed_title: "The dialogues could not be loaded",
    invalid_dataset_title: "The dataset has problems",
    retry: "Retry",
    problems_heading: |n| format!("{n} {} found:", plural(n, "problem", "problems")),
    problem_at: |line, column| format!("line {line}, column {column}"),
    summary_heading: "What is in the dataset",
    dialogues: |n| plural(n, "dialogue", "dialogues"),
    working_groups: |n| plural(n, "working group", "working groups"),
    themes: |n| plural(n, "theme", "themes"),
    entries: |n| plural(n, "agenda item or topic raised", "agenda items and topics raised"),
    sources: |n| plural(n, "source", "sources"),
    covering: |first, last| format!("From {first} to {last}."),
    fetch_failed: |url, reason| format!("Could not fetch {url}: {reason}."),
    invalid_dataset: |url| format!("{url} was fetched, but it is not a valid dataset."),
    crashed: "Dialogue Explorer stopped because of an internal error. Reload the page to try again.",

    views_label: "Views",
    view_matrix: "Topic matrix",
    view_list: "Entries",
    view_agenda: "Agenda",
    view_loading: "Loading this view…",
    part_loading: "Loading…",
    view_unavailable: "This part of the explorer could not be loaded: check the connection, then retry.",
    language_unavailable: |name| format!("The interface in {name} could not be loaded: check the connection, then retry."),
    back_to: |view| format!("Back to {view}"),
    dropped_from_link: |values| format!("This link named something the dataset does not hold, so it was left out: {values}."),

    filters_heading: "Filter",
    settings_button: "Settings",
    show_filters: |open, active| {
        let verb = if open { "Hide filters" } else { "Show filters" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb} ({active} active)")
        }
    },
    filter_rule: "Values of one filter widen the results (any of them); different filters narrow them (all at once).",
    search_label: "Search titles, summaries, themes, working groups and chairs",
    search_placeholder: "e.g. corruption, children, sea",
    facet_working_group: "Working group",
    facet_year: "Year",
    facet_theme: "Theme",
    facet_kind: "Kind of entry",
    facet_status: "Status",
    kind_agenda: "Agenda item",
    kind_topic: "Topic raised",
    status_upcoming: "Upcoming",
    status_past: "Past",
    only_this: "only",
    only_this_label: |value| format!("Only {value}"),
    clear_facet: "clear",
    clear_facet_label: |facet| format!("Clear the {facet} filter"),
    reset_all: "Reset all",
    active_filters: "Active filters",
    remove_filter: |value| format!("Remove filter: {value}"),
    result_count: |entries, dialogues| {
        format!(
            "{entries} {} in {dialogues} {}",
            plural(entries, "entry", "entries"),
            plural(dialogues, "dialogue", "dialogues")
        )
    },
    no_results: "Nothing matches these filters. Remove a filter, or reset them all:",
    search_text_chip: |text| format!("“{text}”"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "Agenda item",
        EntryKind::TopicRaised => "Topic raised",
    },
    themes_label: "Themes",
    source_label: "Source: ",

    matrix_caption: "Themes raised in each dialogue: the number of agenda items and topics tagged with the theme",
    matrix_columns_label: "Columns",
    columns_dialogues: "Dialogues",
    columns_groups: "Working groups",
    columns_years: "Years",
    theme_header: "Theme",
    total_header: "Total",
    cell_label: |theme, column, count| {
        format!("{theme} — {column}: {count} {}", plural(count, "entry", "entries"))
    },
    entries_count: |n| format!("{n} {}", plural(n, "entry", "entries")),
    show_more: |next, rest| format!("Show {next} more ({rest} not shown yet)"),
    matrix_by_year: |n| format!("{n} dialogues are too many for a column each, so the columns are years. Choose a year to see its dialogues."),
    matrix_open_year: |year| format!("Show the dialogues of {year}"),
    legend_first: "first raised here",
    legend_recurs: "raised again",
    legend_scale: "Darker cells hold more entries; the number is always shown.",
    matrix_help: "Choose a cell to see its entries. In the table, arrow keys move between cells.",
    cell_entries_heading: |theme, column| format!("{theme} — {column}"),
    close: "Close",

    agenda_upcoming: "Upcoming",
    agenda_past: "Past",
    nothing_upcoming: "No upcoming dialogue is in the dataset yet.",
    latest_was: "The latest was:",
    latest_were: "The latest were:",
    nothing_past: "No past dialogue matches.",
    time_zone_note: |zone| format!("{zone} time"),
    date_not_known: "Date not known",
    day_not_known: "day not known",

    follows_session: |number, group| match number {
        Some(n) => format!("After the {} session of the {group}", ordinal_en(n)),
        None => format!("After a session of the {group} (number not known)"),
    },
    session_dates: |dates| format!("({dates})"),
    venue_label: "Venue",
    format_label: "Format",
    format_name: |key| match key {
        Format::InPerson => "In person",
        Format::Hybrid => "Hybrid (in person and online)",
        Format::Online => "Online",
    },
    chairs_label: "Chaired by",
    co_chair: "co-chair",
    ordinals_label: "Numbered by the sources as",
    ordinal_as: |value, among| format!("the {} of the {among}", ordinal_en(value)),
    agenda_items_heading: "Agenda",
    topics_heading: "Topics raised",
    none_recorded: "None recorded.",
    attendance_heading: "Attendance",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("about {count} {counted}"),
        Qualifier::MoreThan => format!("more than {count} {counted}"),
        Qualifier::Exact => format!("{count} {counted}"),
    },
    counted_name: |key, n| {
        let one = n == 1;
        match key {
            Counted::Participants => if one { "participant" } else { "participants" },
            Counted::Registrations => if one { "registration" } else { "registrations" },
            Counted::Organisations => if one { "organisation" } else { "organisations" },
            Counted::Ngos => if one { "NGO" } else { "NGOs" },
            Counted::Academia => if one { "participant from academia" } else { "from academia" },
            Counted::PrivateSector => if one { "participant from the private sector" } else { "from the private sector" },
            Counted::OtherStakeholders => if one { "other stakeholder" } else { "other stakeholders" },
            Counted::NonGovernmentalStakeholders => if one { "non-governmental participant" } else { "non-governmental participants" },
            Counted::States => if one { "State" } else { "States" },
            Counted::IntergovernmentalOrganisations => if one { "intergovernmental organisation" } else { "intergovernmental organisations" },
        }
    },
    reported_by: "reported by",
    certainty_heading: "How certain",
    certainty_level: |key| match key {
        CertaintyLevel::High => "High",
        CertaintyLevel::Medium => "Medium",
        CertaintyLevel::Low => "Low",
    },
    notes_heading: "Notes",
    sources_heading: "Sources",
    not_known: "not known",

    theme_mentions: |count, dialogues| {
        format!(
            "{count} {} in {dialogues} {}",
            plural(count, "mention", "mentions"),
            plural(dialogues, "dialogue", "dialogues")
        )
    },
    continuity_heading: "Continuity",
    continuity_first: |d| format!("First raised at {d}."),
    continuity_recurs: |list| format!("Raised again at {list}."),
    continuity_silent: |last, since| {
        format!(
            "Not raised since {last}: {since} later {}, of all working groups, did not take it up.",
            plural(since, "dialogue", "dialogues")
        )
    },
    continuity_latest: "Raised at the latest dialogue in the dataset.",
    continuity_never: "Not raised in any dialogue in the dataset.",
    continuity_latest_recorded: "Raised at the latest dialogue in the dataset whose agenda or topics are recorded.",
    continuity_unordered: |last, others| {
        format!("Last raised at {last}; {others} did not take it up, and the dates do not say whether before or after it.")
    },
    continuity_unrecorded: |list| {
        format!("No agenda or topics are recorded for {list}: whether it came up there is not known.")
    },
    mentions_heading: "Every mention, in time order",
    show_in_matrix: "Show in the matrix",

    calendar_name: "Constructive dialogues of the UNTOC review mechanism",
    calendar_summary: |groups| format!("Constructive dialogue: {groups}"),
    download_label: "Download what is shown:",
    download_csv: "Entries (CSV)",
    download_json: "Data (JSON)",
    download_ics: "Calendar (.ics)",
    add_to_calendar: "Add to calendar",
    add_to_calendar_label: |d| format!("Add to calendar: {d}"),
    calendar_left_out: |list| {
        format!("Left out of the calendar, their day not being known: {list}.")
    },
    nothing_to_download: "Nothing to download: no dialogue matches.",
    downloaded: |file| format!("Downloaded {file}."),

    view_mine: |n| if n == 0 { "My agenda".to_string() } else { format!("My agenda ({n})") },
    star_dialogue: |d| format!("Star {d} (keep it in My agenda)"),
    star_entry: |e| format!("Star this entry (keep it in My agenda): {e}"),
    mine_empty: "Nothing starred yet. Star dialogues and entries (☆) to collect them here: they stay in this browser, no account needed.",
    mine_dialogues: "Starred dialogues",
    mine_entries: "Starred entries",
    share_mine: "Share my agenda",
    share_link_label: "A link to your starred dialogues and entries",
    copy_link: "Copy the link",
    copied: "Copied.",
    copy_failed: "Could not copy: select the link and copy it yourself.",
    language_label: "Language",
    shared_offer: |d, e| {
        format!(
            "Someone shared an agenda with you: {d} {} and {e} {}.",
            plural(d, "dialogue", "dialogues"),
            plural(e, "entry", "entries")
        )
    },
    shared_view: "View it",
    shared_merge: |n| match n {
        0 => "Add to my agenda (nothing new)".to_string(),
        n => format!("Add {n} to my agenda"),
    },
    shared_dismiss: "Dismiss",
    shared_viewing: "You are looking at a shared agenda. Your own stars are unchanged.",
    shared_back: "Back to my own agenda",
    merged: |n| format!("{n} added to your agenda."),
    storage_unreadable: |why| {
        format!("Saved stars were found in this browser but could not be read ({why}); they were not used.")
    },
    storage_unavailable: "This browser does not let the page keep data, so stars last only until the page is closed.",
    storage_full: "Your stars could not be saved: the browser's storage is full. They stay until the page is closed.",
    stars_unknown: |n| {
        format!(
            "{n} starred {} no longer in the dataset.",
            plural(n, "item is", "items are")
        )
    },

    theme_switch_label: "Appearance",
    appearance_auto: "Auto",
    appearance_light: "Light",
    appearance_dark: "Dark",

    more_problems: |n| format!("and {n} more of the same kind"),
    loading_progress: |size| format!("Loading the dialogues… {size} received"),
    timed_out: |url, seconds| {
        format!("Nothing arrived from {url} for {seconds} seconds: the server or the connection may be slow or down.")
    },
    storage_partly: |n| {
        format!("Your saved stars are here, but {n} other saved {} could not be read and {} left aside.", plural(n, "item", "items"), plural(n, "was", "were"))
    },
    could_not_load: "Dialogue Explorer could not be loaded.",
    open_own_page: "Open it on its own page",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "Counted over every dialogue in the dataset, whatever the filters.",
    continuity_by_group: "By working group",
    group_never: |held| match held {
        1 => "Not raised at its one dialogue.".to_string(),
        n => format!("Not raised at any of its {n} dialogues."),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            match held {
                1 => "Raised at its one dialogue.".to_string(),
                n => format!("Raised at each of its {n} dialogues."),
            }
        } else {
            format!("Raised at {raised} of its {held} dialogues, the latest among them.")
        }
    },
    group_silent: |last, since| match since {
        1 => format!("Last raised at {last}; not raised at the one later dialogue of this working group."),
        n => format!("Last raised at {last}; not raised at the {n} later dialogues of this working group."),
    },
    group_raised_elsewhere: |count, groups| match count {
        1 => format!("Raised once since, at a dialogue of another working group: {groups}."),
        n => format!("Raised {n} times since, at dialogues of other working groups: {groups}."),
    },
    group_never_recorded: |recorded| match recorded {
        1 => "Not raised at its one dialogue whose agenda or topics are recorded.".to_string(),
        n => format!("Not raised at any of its {n} dialogues whose agenda or topics are recorded."),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            match recorded {
                1 => "Raised at its one dialogue whose agenda or topics are recorded.".to_string(),
                n => format!("Raised at each of its {n} dialogues whose agenda or topics are recorded."),
            }
        } else {
            format!("Raised at {raised} of its {recorded} dialogues whose agenda or topics are recorded, the latest of those among them.")
        }
    },
    data_as_of: |date| format!("Data as of {date}."),
    nothing_upcoming_as_of: |date| {
        format!("No upcoming dialogue is in the dataset, which was last updated on {date}.")
    },
    none_upcoming_match: "No upcoming dialogue matches these filters.",
    announced_at: "Dialogues are announced here:",
    entries_matching: |matching, total| {
        format!(
            "{matching} of {total} {} the filters.",
            plural(matching, "entry matches", "entries match")
        )
    },
    show_all_entries: |total| format!("Show all {total} entries"),
    show_matching_entries: |matching| match matching {
        1 => "Show only the matching entry".to_string(),
        n => format!("Show only the {n} matching entries"),
    },
    entry_matches: "matches",
    calendar_no_day: "No calendar entry: the day is not known yet.",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", MONTH_NAMES[m as usize - 1], d.year),
        (Some(m), None) => format!("{} {}", MONTH_NAMES[m as usize - 1], d.year),
        _ => d.year.to_string(),
    },
    citation_title: |t| format!("\u{201c}{t}\u{201d}"),
    citation_accessed: |d| format!("(accessed {d})"),
    citation_figure: |figure, dialogue| format!("{figure} \u{2014} constructive dialogue ({dialogue})"),
    cite_button: "Copy citation",
    cite_button_label: |what| format!("Copy citation: {what}"),
    citation_copied: "Citation copied.",
    csv_header: |column| match column {
        Column::DialogueId => "Dialogue id",
        Column::Dialogue => "Dialogue",
        Column::Date => "Date",
        Column::WorkingGroups => "Working groups",
        Column::Kind => "Kind",
        Column::EntryId => "Entry id",
        Column::Text => "Text",
        Column::Themes => "Themes",
        Column::Source => "Source",
        Column::SourceUrl => "Source address",
        Column::Link => "Link in Dialogue Explorer",
        Column::Figure => "Figure",
        Column::Count => "Number",
        Column::Qualifier => "Precision",
        Column::Counted => "Counted",
        Column::Note => "Note",
        Column::Citation => "Citation",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::MoreThan => "more than",
    },
    download_csv_machine: "Entries (CSV for scripts)",
    download_csv_machine_note: "Commas, English column names and values, whatever the language of the page.",
    download_attendance: "Attendance figures (CSV)",
    no_attendance: "No attendance figure is known for these dialogues.",
    reset_filters: "Reset all filters",
    star_button: "Star",
    starred_said: |what| format!("Starred: {what}. It is in My agenda."),
    unstarred_said: |what| format!("Removed from my agenda: {what}."),
    shared_items: "Shared with you:",
    shared_missing: |n, ids| {
        format!("{n} {} of this shared link {} no longer in the dataset: {ids}.", plural(n, "item", "items"), plural(n, "is", "are"))
    },
    shared_done: "Shared.",
    share_title: "My agenda of constructive dialogues",
    // Matrix and print
    matrix_caption_groups: "Themes raised in the dialogues of each working group: the number of agenda items and topics tagged with the theme",
    matrix_caption_years: "Themes raised in the dialogues of each year: the number of agenda items and topics tagged with the theme",
    legend_marks_by_dialogue: "“First raised here” and “raised again” are marked when the columns are dialogues.",
    back_to_cell: "Back to the cell",
    print_filters: |filters| format!("Filters applied: {filters}"),
    print_no_filters: "Filters applied: none (every dialogue and entry)",
    print_printed: |date| format!("Printed on {date}"),
    print_data_as_of: |date| format!("Data as of {date}"),
};

/// "1st", "2nd", "3rd", "11th", "12th", "13th", "21st".
pub fn ordinal_en(n: u32) -> String {
    let suffix = if (11..=13).contains(&(n % 100)) {
        "th"
    } else {
        ["th", "st", "nd", "rd"]
            .get(n as usize % 10)
            .unwrap_or(&"th")
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_plurals_agree_with_their_numbers() {
        assert_eq!((EN.problems_heading)(1), "1 problem found:");
        assert_eq!((EN.problems_heading)(3), "3 problems found:");
        assert_eq!((EN.dialogues)(1), "dialogue");
        assert_eq!((EN.dialogues)(0), "dialogues");
    }

    #[test]
    fn english_ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
            .map(ordinal_en)
            .to_vec();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
        assert_eq!(
            (EN.follows_session)(Some(12), "Working Group on Trafficking in Persons"),
            "After the 12th session of the Working Group on Trafficking in Persons"
        );
        assert_eq!(
            (EN.attendance_figure)(
                Qualifier::MoreThan,
                100,
                (EN.counted_name)(Counted::Participants, 100)
            ),
            "more than 100 participants"
        );
    }
}
