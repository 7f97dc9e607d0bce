//! The screen's state in the query string, so that a link or a reload shows the same screen.
//!
//! Every parameter is namespaced (`dx-view`, `dx-theme`, …) and any other parameter of the page
//! is kept as it was: the app may live inside someone else's page.

use std::collections::BTreeSet;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::matrix::{ColumnKey, Columns};
use crate::core::query::{facet_keys, Facet, Filters};

/// The namespace of the parameters: `dx` gives `dx-view`, `dx-theme`, … A page holding two
/// explorers gives each its own.
pub const DEFAULT_NAMESPACE: &str = "dx";

/// Whether a namespace is usable: letters, digits, `_` (it becomes part of parameter names).
pub fn valid_namespace(namespace: &str) -> bool {
    !namespace.is_empty()
        && namespace.len() <= 16
        && namespace
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Matrix,
    List,
    Agenda,
    Dialogue(String),
    Theme(String),
    /// A working group's brief, for preparing its next dialogue (`core::brief`).
    Brief(String),
    /// The reader's own agenda: starred dialogues and entries.
    Mine,
}

impl View {
    pub fn key(&self) -> &'static str {
        match self {
            View::Matrix => "matrix",
            View::List => "list",
            View::Agenda => "agenda",
            View::Dialogue(_) => "dialogue",
            View::Theme(_) => "theme",
            View::Brief(_) => "brief",
            View::Mine => "mine",
        }
    }

    /// The view a key names, with the id a page needs: the one way back from `key`.
    pub fn from_key(key: &str, id: Option<String>) -> Option<View> {
        let id = id.filter(|i| !i.is_empty());
        let page = id.clone().unwrap_or_default();
        [
            View::Matrix,
            View::List,
            View::Agenda,
            View::Mine,
            View::Dialogue(page.clone()),
            View::Theme(page.clone()),
            View::Brief(page),
        ]
        .into_iter()
        .find(|v| v.key() == key)
        .filter(|v| v.page_id().is_none() || id.is_some())
    }

    /// The id of the page a view shows (a dialogue's, a theme's, a working group's brief).
    pub fn page_id(&self) -> Option<&str> {
        match self {
            View::Dialogue(id) | View::Theme(id) | View::Brief(id) => Some(id),
            View::Matrix | View::List | View::Agenda | View::Mine => None,
        }
    }

    /// The views a page can start on (an embedding's `view`): the three over the filters.
    pub fn starting(key: &str) -> Option<View> {
        View::from_key(key.trim(), None)
            .filter(|v| matches!(v, View::Matrix | View::List | View::Agenda))
    }
}

/// Whether `tab` is the current one (`aria-current`): Prepare while a brief shows; otherwise the
/// tab of the screen shown (`tab_of_current`: on a page, the tab of the view the reader came
/// from), unless a brief shows.
pub fn tab_is_current(tab: &View, showing: &View, tab_of_current: &View) -> bool {
    let on_brief = matches!(showing, View::Brief(_));
    match tab {
        View::Brief(_) => on_brief,
        tab => !on_brief && tab == tab_of_current,
    }
}

/// The title of the page for a screen (the standalone page's `document.title`): the screen's
/// name, then the app's, so that tabs and bookmarks tell screens apart.
pub fn screen_title(screen: &str, app_title: &str) -> String {
    let screen = screen.trim();
    if screen.is_empty() {
        app_title.to_string()
    } else {
        format!("{screen} – {app_title}")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct UrlState {
    pub view: View,
    pub filters: Filters,
    pub columns: Columns,
    /// The matrix cell whose entries are shown.
    pub cell: Option<ChosenCell>,
    /// A fixed "today" for the agenda, for tests and for previews of a past state.
    pub today: Option<PartialDate>,
    /// Stars shared by someone else's link, offered to view or merge (`Stars::from_share`).
    pub shared: Option<String>,
    /// The interface language chosen by the reader (`fr`), when not the default.
    pub lang: Option<String>,
}

/// A matrix cell, named by its theme and its column's key (`dx-cell=children.tip-2023`): a
/// dialogue id, a working-group id or a year, depending on the columns in view. Not by position,
/// which would point at another column once the filters or the dataset change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenCell {
    pub theme: String,
    pub column: String,
}

impl ChosenCell {
    pub fn new(theme: &str, column: &ColumnKey) -> ChosenCell {
        ChosenCell {
            theme: theme.to_string(),
            column: column.as_key(),
        }
    }

    /// Whether this is the cell of `theme` in `column`.
    pub fn is(&self, theme: &str, column: &ColumnKey) -> bool {
        self.theme == theme && self.column == column.as_key()
    }
}

/// Splits a query string (with or without its `?`) into decoded pairs, in order.
pub fn parse_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

impl UrlState {
    pub fn parse(query: &str) -> UrlState {
        Self::parse_in(query, DEFAULT_NAMESPACE)
    }

    /// Reads the parameters of one namespace (`NAMESPACE-view`, …), ignoring all others.
    pub fn parse_in(query: &str, namespace: &str) -> UrlState {
        let prefix = format!("{namespace}-");
        let mut state = UrlState::default();
        let mut view_key = None;
        let mut id = None;
        for (key, value) in parse_pairs(query) {
            let Some(name) = key.strip_prefix(&prefix) else {
                continue;
            };
            // Inserted one by one: collecting into the set would sort a vector first, and that
            // sort would be one more in the first load (docs/size.md).
            let list = || {
                let mut values = BTreeSet::new();
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    values.insert(v.to_string());
                }
                values
            };
            match name {
                "view" => view_key = Some(value.clone()),
                "id" => id = Some(value.clone()),
                // A search of spaces only is no search, and is not written back either.
                "q" if value.trim().is_empty() => state.filters.text.clear(),
                "q" => state.filters.text = value.clone(),
                "cols" => state.columns = Columns::from_key(&value).unwrap_or_default(),
                "today" => state.today = PartialDate::parse(&value).ok(),
                "shared" => state.shared = Some(value.clone()).filter(|v| !v.is_empty()),
                "lang" => {
                    state.lang =
                        crate::core::messages::supported(&value).map(|l| l.code().to_string())
                }
                "cell" => {
                    state.cell = value
                        .split_once('.')
                        .filter(|(theme, column)| !theme.is_empty() && !column.is_empty())
                        .map(|(theme, column)| ChosenCell {
                            theme: theme.to_string(),
                            column: column.to_string(),
                        })
                }
                other => {
                    if let Some(facet) = Facet::ALL.into_iter().find(|f| f.key() == other) {
                        let values = list();
                        if !values.is_empty() {
                            state.filters.set(facet, values);
                        }
                    }
                }
            }
        }
        state.view = view_key
            .and_then(|key| View::from_key(&key, id))
            .unwrap_or_default();
        state
    }

    /// Our parameters, in a fixed order, defaults left out.
    fn pairs(&self, prefix: &str) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push = |name: &str, value: String| pairs.push((format!("{prefix}{name}"), value));
        if self.view != View::default() {
            push("view", self.view.key().to_string());
        }
        if let Some(id) = self.view.page_id() {
            push("id", id.to_string());
        }
        for facet in Facet::ALL {
            if let Some(values) = self.filters.values(facet) {
                push(
                    facet.key(),
                    values.iter().cloned().collect::<Vec<_>>().join(","),
                );
            }
        }
        if !self.filters.text.trim().is_empty() {
            push("q", self.filters.text.clone());
        }
        if self.columns != Columns::default() {
            push("cols", self.columns.key().to_string());
        }
        if let Some(cell) = &self.cell {
            push("cell", format!("{}.{}", cell.theme, cell.column));
        }
        if let Some(today) = self.today {
            push("today", today.to_string());
        }
        if let Some(shared) = &self.shared {
            push("shared", shared.clone());
        }
        if let Some(lang) = &self.lang {
            push("lang", lang.clone());
        }
        pairs
    }

    /// The query string for this state, keeping the page's other parameters where they were.
    /// Returns "" when there is nothing to say, otherwise a string starting with `?`.
    pub fn to_query(&self, current: &str) -> String {
        self.to_query_in(current, DEFAULT_NAMESPACE)
    }

    /// `to_query` with the parameters in another namespace.
    pub fn to_query_in(&self, current: &str, namespace: &str) -> String {
        let prefix = format!("{namespace}-");
        let foreign = parse_pairs(current)
            .into_iter()
            .filter(|(k, _)| !k.starts_with(&prefix));
        let all: Vec<String> = foreign
            .chain(self.pairs(&prefix))
            .map(|(k, v)| {
                if v.is_empty() {
                    encode(&k)
                } else {
                    format!("{}={}", encode(&k), encode(&v))
                }
            })
            .collect();
        if all.is_empty() {
            String::new()
        } else {
            format!("?{}", all.join("&"))
        }
    }

    /// Drops what the dataset does not know (a shared link may be older than the data), and says
    /// what was dropped so that the reader is told rather than shown a silently different screen.
    pub fn sanitize(mut self, dataset: &Dataset) -> (UrlState, Vec<String>) {
        let mut dropped = Vec::new();
        for facet in Facet::ALL {
            let known = facet_keys(dataset, facet);
            self.filters.retain(facet, |v| {
                let ok = known.contains(v);
                if !ok {
                    dropped.push(v.clone());
                }
                ok
            });
        }
        let view_ok = match &self.view {
            View::Dialogue(id) => dataset.dialogues.iter().any(|d| &d.id == id),
            View::Theme(id) => dataset.themes.iter().any(|t| &t.id == id),
            View::Brief(id) => dataset.working_groups.iter().any(|w| &w.id == id),
            _ => true,
        };
        if !view_ok {
            if let Some(id) = self.view.page_id() {
                dropped.push(id.to_string());
            }
            self.view = View::default();
        }
        if let Some(cell) = self.cell.take() {
            let theme_ok = dataset.themes.iter().any(|t| t.id == cell.theme);
            let column_ok = self
                .columns
                .key_of(&cell.column)
                .is_some_and(|key| key.exists_in(dataset));
            if !theme_ok {
                dropped.push(cell.theme.clone());
            }
            // An old link that named the column by position (`children.3`) ends here too.
            if !column_ok {
                dropped.push(cell.column.clone());
            }
            if theme_ok && column_ok {
                self.cell = Some(cell);
            }
        }
        (self, dropped)
    }

    // Every change of screen state goes through the methods below, so that one rule decides
    // what happens to the chosen cell: it belongs to one set of columns under one set of
    // filters, and is dropped whenever either changes.

    /// The same filters on another screen; the matrix cell means nothing there.
    pub fn at(&self, view: View) -> UrlState {
        UrlState {
            view,
            cell: None,
            ..self.clone()
        }
    }

    /// Where a link of the matrix's table leads from here, by what its `data-link` says: the
    /// page of a theme (`theme:ID`) or a dialogue (`dialogue:ID`), a working group's brief
    /// (`group:ID`), or a year (`year:YYYY`), which opens the matrix on that year's dialogues,
    /// a column each. None for anything else.
    pub fn matrix_link(&self, link: &str) -> Option<UrlState> {
        let (kind, id) = link.split_once(':')?;
        Some(match kind {
            "theme" => self.at(View::Theme(id.to_string())),
            "dialogue" => self.at(View::Dialogue(id.to_string())),
            "group" => self.at(View::Brief(id.to_string())),
            "year" => {
                let mut to = self.at(View::Matrix);
                to.edit_filters(|f| f.only(Facet::Year, id));
                to.set_columns(Columns::Dialogues);
                to
            }
            _ => return None,
        })
    }

    /// Any change of the filters or the search: toggle, only, clear, a chip's removal, reset.
    pub fn edit_filters(&mut self, edit: impl FnOnce(&mut Filters)) {
        let before = self.filters.clone();
        edit(&mut self.filters);
        if self.filters != before {
            self.cell = None;
        }
    }

    /// Back to no filter and no search.
    pub fn reset_filters(&mut self) {
        self.edit_filters(|f| *f = Filters::default());
    }

    /// Another set of matrix columns.
    pub fn set_columns(&mut self, columns: Columns) {
        if self.columns != columns {
            self.columns = columns;
            self.cell = None;
        }
    }

    /// Shows the entries of one matrix cell.
    pub fn choose_cell(&mut self, theme: &str, column: &ColumnKey) {
        self.cell = Some(ChosenCell::new(theme, column));
    }

    pub fn close_cell(&mut self) {
        self.cell = None;
    }
}

/// The screens the reader came through, most recent last: what a page's "Back" leads to. Kept
/// by the app itself (src/ui/nav.rs), so that Back works the same with the state in the address
/// and without it (an embedded explorer, where there is no history of ours to read).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trail {
    screens: Vec<UrlState>,
}

impl Trail {
    /// Screens remembered; older ones are forgotten first.
    pub const LIMIT: usize = 64;

    /// The reader left `from` for another screen.
    pub fn record(&mut self, from: UrlState) {
        self.screens.push(from);
        if self.screens.len() > Self::LIMIT {
            self.screens.remove(0);
        }
    }

    fn behind(&self, current: &UrlState) -> Option<usize> {
        // The last screen of another view: a change made on the same screen (the language)
        // is not a way back, it would undo the change.
        self.screens.iter().rposition(|s| s.view != current.view)
    }

    /// Where Back leads from `current`: the last screen of another view the reader was on,
    /// in the language now chosen; with none (a page opened from a shared link), `home`, with
    /// the current filters.
    pub fn way_back(&self, current: &UrlState, home: View) -> UrlState {
        match self.behind(current) {
            Some(at) => UrlState {
                lang: current.lang.clone(),
                ..self.screens[at].clone()
            },
            None => current.at(home),
        }
    }

    /// Goes Back: `way_back`, forgetting it and what came after it, so that Back again leads
    /// further back rather than forth.
    pub fn back(&mut self, current: &UrlState, home: View) -> UrlState {
        let target = self.way_back(current, home);
        if let Some(at) = self.behind(current) {
            self.screens.truncate(at);
        }
        target
    }

    /// The browser moved to `next` (its Back or Forward, with the state in the address): Back
    /// when `next` is a screen of the trail (forgotten with what came after it), else forth.
    pub fn moved(&mut self, current: UrlState, next: &UrlState) {
        match self.screens.iter().rposition(|s| s == next) {
            Some(at) => self.screens.truncate(at),
            None => self.record(current),
        }
    }

    /// The view of the tabs a screen belongs to: its own for a view over the filters; for a
    /// page, the view of the last such screen behind it, else `home`.
    pub fn tab_of(&self, current: &UrlState, home: View) -> View {
        let is_tab = |v: &View| matches!(v, View::Matrix | View::List | View::Agenda | View::Mine);
        if is_tab(&current.view) {
            return current.view.clone();
        }
        self.screens
            .iter()
            .rev()
            .map(|s| &s.view)
            .find(|v| is_tab(v))
            .cloned()
            .unwrap_or(home)
    }

    pub fn len(&self) -> usize {
        self.screens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.screens.is_empty()
    }
}

/// Percent-encodes all but the unreserved characters of RFC 3986 (and `,`, our list separator).
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes percent-escapes and `+` (a space in forms); None for malformed or non-UTF-8 input.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_tab_is_prepare_on_a_brief_and_else_the_screens_own() {
        let brief = View::Brief("tip".into());
        let prepare = View::Brief("som".into());
        assert!(
            tab_is_current(&prepare, &brief, &View::Matrix),
            "any brief is Prepare's"
        );
        assert!(!tab_is_current(&View::Matrix, &brief, &View::Matrix));
        assert!(tab_is_current(&View::List, &View::List, &View::List));
        assert!(!tab_is_current(&View::Matrix, &View::List, &View::List));
        // A theme's page opened from the matrix: the matrix's tab.
        let page = View::Theme("corruption".into());
        assert!(tab_is_current(&View::Matrix, &page, &View::Matrix));
        assert!(!tab_is_current(&prepare, &page, &View::Matrix));
    }

    #[test]
    fn a_matrix_link_leads_to_its_page_with_the_filters_and_a_year_to_its_dialogues() {
        let mut here = UrlState {
            columns: Columns::Years,
            ..UrlState::default()
        };
        here.edit_filters(|f| f.only(Facet::Theme, "children"));
        here.choose_cell("children", &ColumnKey::Year(2023));
        let theme = here.matrix_link("theme:prevention").unwrap();
        assert_eq!(theme.view, View::Theme("prevention".into()));
        assert_eq!(theme.filters, here.filters, "the filters go along");
        assert_eq!(theme.cell, None, "the cell means nothing on a page");
        assert_eq!(
            here.matrix_link("dialogue:tip-2023").unwrap().view,
            View::Dialogue("tip-2023".into())
        );
        assert_eq!(
            here.matrix_link("group:tip").unwrap().view,
            View::Brief("tip".into())
        );
        let year = here.matrix_link("year:2024").unwrap();
        assert_eq!(year.view, View::Matrix);
        assert_eq!(year.columns, Columns::Dialogues, "a column per dialogue");
        let mut only_2024 = here.filters.clone();
        only_2024.only(Facet::Year, "2024");
        assert_eq!(
            year.filters, only_2024,
            "the year narrows the other filters kept"
        );
        assert_eq!(year.cell, None);
        for unknown in ["", "theme", "page:x", "year"] {
            assert_eq!(here.matrix_link(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn every_view_goes_to_its_key_and_back() {
        for view in [
            View::Matrix,
            View::List,
            View::Agenda,
            View::Mine,
            View::Dialogue("tip-2023".into()),
            View::Theme("children".into()),
            View::Brief("tip".into()),
        ] {
            let id = view.page_id().map(str::to_string);
            assert_eq!(View::from_key(view.key(), id), Some(view));
        }
        assert_eq!(
            View::from_key("dialogue", None),
            None,
            "a page needs its id"
        );
        assert_eq!(View::from_key("theme", Some(String::new())), None);
        assert_eq!(
            View::from_key("brief", None),
            None,
            "a brief needs its group"
        );
        assert_eq!(View::from_key("nonsense", None), None);
        assert_eq!(View::starting(" agenda "), Some(View::Agenda));
        assert_eq!(View::starting("mine"), None);
        assert_eq!(View::starting("dialogue"), None);
    }
    use crate::core::query::tests::sample;

    fn full_state() -> UrlState {
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "corruption");
        filters.toggle(Facet::Theme, "children");
        filters.toggle(Facet::Year, "2023");
        filters.toggle(Facet::WorkingGroup, "tip");
        filters.toggle(Facet::Kind, "topic");
        filters.toggle(Facet::Status, "past");
        filters.text = "niños & co=1, 100%".into();
        UrlState {
            view: View::Theme("corruption".into()),
            filters,
            columns: Columns::Years,
            cell: Some(ChosenCell {
                theme: "children".into(),
                column: "2023".into(),
            }),
            today: PartialDate::parse("2024-01-02").ok(),
            shared: Some("tip-2023,e.tip-2023-agenda-1".into()),
            lang: Some("ar".into()),
        }
    }

    #[test]
    fn round_trips_every_field() {
        let state = full_state();
        let query = state.to_query("");
        assert_eq!(UrlState::parse(&query), state);
        for view in [
            View::Matrix,
            View::List,
            View::Agenda,
            View::Mine,
            View::Dialogue("tip-2022".into()),
        ] {
            let state = UrlState {
                view,
                ..UrlState::default()
            };
            assert_eq!(UrlState::parse(&state.to_query("")), state);
        }
    }

    #[test]
    fn writes_a_short_readable_query() {
        let mut state = UrlState {
            view: View::List,
            ..UrlState::default()
        };
        state.filters.toggle(Facet::Theme, "corruption");
        state.filters.toggle(Facet::Theme, "children");
        state.filters.text = "sea rescue".into();
        assert_eq!(
            state.to_query(""),
            "?dx-view=list&dx-theme=children,corruption&dx-q=sea%20rescue"
        );
        assert_eq!(UrlState::default().to_query(""), "");
    }

    #[test]
    fn keeps_the_host_pages_own_parameters() {
        let state = UrlState {
            view: View::Agenda,
            ..UrlState::default()
        };
        assert_eq!(
            state.to_query("?page=2&dx-view=list&lang=fr"),
            "?page=2&lang=fr&dx-view=agenda"
        );
        assert_eq!(UrlState::default().to_query("?page=2&dx-q=x"), "?page=2");
    }

    #[test]
    fn two_namespaces_share_a_query_without_touching_each_other() {
        let mut one = UrlState {
            view: View::Agenda,
            ..UrlState::default()
        };
        one.filters.toggle(Facet::Theme, "children");
        let two = UrlState {
            view: View::List,
            ..UrlState::default()
        };
        let query = one.to_query_in("?page=1", "a");
        let query = two.to_query_in(&query, "b");
        assert_eq!(query, "?page=1&a-view=agenda&a-theme=children&b-view=list");
        assert_eq!(UrlState::parse_in(&query, "a"), one);
        assert_eq!(UrlState::parse_in(&query, "b"), two);
        assert_eq!(UrlState::parse(&query), UrlState::default());
        assert!(valid_namespace("dx2") && !valid_namespace("a-b") && !valid_namespace(""));
    }

    #[test]
    fn ignores_what_it_cannot_read() {
        let state = UrlState::parse(
            "?dx-view=nowhere&dx-cols=diagonal&dx-today=2023-02-30&dx-q=%ZZ&dx-cell=x&dx-lang=tlh&other=1",
        );
        assert_eq!(state, UrlState::default());
        assert_eq!(UrlState::parse("dx-view=dialogue").view, View::Matrix);
        assert_eq!(UrlState::parse("dx-q=a+b").filters.text, "a b");
    }

    #[test]
    fn sanitizing_drops_and_reports_what_the_dataset_lacks() {
        let data = sample();
        let state =
            UrlState::parse("?dx-view=dialogue&dx-id=gone&dx-theme=children,unknown&dx-year=1999");
        let (state, dropped) = state.sanitize(&data);
        assert_eq!(state.view, View::Matrix);
        assert_eq!(
            state
                .filters
                .values(Facet::Theme)
                .unwrap()
                .iter()
                .collect::<Vec<_>>(),
            ["children"]
        );
        assert!(state.filters.values(Facet::Year).is_none());
        assert_eq!(dropped, ["1999", "unknown", "gone"]);

        let brief = UrlState::parse("?dx-view=brief&dx-id=som");
        assert_eq!(brief.clone().sanitize(&data), (brief, vec![]));
        let (state, dropped) = UrlState::parse("?dx-view=brief&dx-id=nowhere").sanitize(&data);
        assert_eq!(
            (state.view, dropped),
            (View::Matrix, vec!["nowhere".to_string()])
        );
    }

    #[test]
    fn a_cell_is_named_by_its_columns_key_and_kept_while_the_dataset_has_it() {
        let data = sample();
        let state = UrlState::parse("?dx-cell=children.a");
        let column = ColumnKey::Dialogue("a".into());
        assert!(state.cell.as_ref().unwrap().is("children", &column));
        assert_eq!(state.to_query(""), "?dx-cell=children.a");
        let (kept, dropped) = state.clone().sanitize(&data);
        assert_eq!((kept, dropped), (state, vec![]));

        let years = UrlState::parse("?dx-cols=years&dx-cell=sea.2023");
        assert_eq!(years.clone().sanitize(&data).0, years);
        let groups = UrlState::parse("?dx-cols=groups&dx-cell=sea.som");
        assert_eq!(groups.clone().sanitize(&data).0, groups);
    }

    #[test]
    fn a_cell_the_dataset_lacks_is_dropped_and_reported_like_any_unknown_id() {
        let data = sample();
        // The old form named the column by its position: "3" is no dialogue of the dataset.
        for (query, what) in [
            ("?dx-cell=children.3", "3"),
            ("?dx-cell=children.gone", "gone"),
            ("?dx-cols=years&dx-cell=children.1999", "1999"),
            ("?dx-cols=years&dx-cell=children.tip", "tip"),
            ("?dx-cols=groups&dx-cell=children.a", "a"),
            ("?dx-cell=nothing.a", "nothing"),
        ] {
            let (state, dropped) = UrlState::parse(query).sanitize(&data);
            assert_eq!(state.cell, None, "{query}");
            assert_eq!(dropped, [what], "{query}");
        }
    }

    fn with_cell(query: &str) -> UrlState {
        let mut state = UrlState::parse(query);
        state.choose_cell("children", &ColumnKey::Dialogue("a".into()));
        state
    }

    #[test]
    fn every_filter_edit_drops_the_chosen_cell() {
        type Edit = fn(&mut UrlState);
        let edits: [(&str, Edit); 7] = [
            ("toggle", |s| {
                s.edit_filters(|f| f.toggle(Facet::Theme, "sea"))
            }),
            ("only", |s| s.edit_filters(|f| f.only(Facet::Year, "2022"))),
            ("clear", |s| s.edit_filters(|f| f.clear(Facet::Year))),
            // Removing a chip is the toggle of a selected value.
            ("chip", |s| {
                s.edit_filters(|f| f.toggle(Facet::Year, "2023"))
            }),
            ("search chip", |s| s.edit_filters(|f| f.text.clear())),
            ("search", |s| s.edit_filters(|f| f.text = "bribes".into())),
            ("reset", |s| s.reset_filters()),
        ];
        for (name, edit) in edits {
            let mut state = with_cell("?dx-year=2023&dx-q=minors");
            edit(&mut state);
            assert_eq!(state.cell, None, "{name}");
        }
        let mut columns = with_cell("");
        columns.set_columns(Columns::Years);
        assert_eq!(columns.cell, None);
    }

    #[test]
    fn what_changes_nothing_keeps_the_chosen_cell() {
        let mut state = with_cell("?dx-year=2023");
        state.edit_filters(|f| f.clear(Facet::Theme));
        state.set_columns(Columns::Dialogues);
        assert!(state.cell.is_some());
        state.close_cell();
        assert_eq!(state.cell, None);
    }

    #[test]
    fn another_screen_keeps_the_filters_and_drops_the_cell() {
        let state = with_cell("?dx-year=2023&dx-cols=groups");
        let there = state.at(View::Agenda);
        assert_eq!(there.view, View::Agenda);
        assert_eq!(there.filters, state.filters);
        assert_eq!(there.columns, Columns::WorkingGroups);
        assert_eq!(there.cell, None);
    }

    fn screen(query: &str) -> UrlState {
        UrlState::parse(query)
    }

    #[test]
    fn back_leads_to_the_screen_the_reader_came_from() {
        let dialogue = screen("?dx-view=dialogue&dx-id=a");
        for from in [
            "?dx-cell=children.a&dx-year=2023",
            "?dx-view=list&dx-q=bribes",
            "?dx-view=agenda&dx-wg=tip",
            "?dx-view=mine",
            "?dx-view=theme&dx-id=children",
        ] {
            let mut trail = Trail::default();
            trail.record(screen(from));
            let back = trail.way_back(&dialogue, View::Agenda);
            assert_eq!(
                back,
                screen(from),
                "from {from}: the very screen, cell and filters too"
            );
            assert_eq!(trail.back(&dialogue, View::Agenda), screen(from));
            assert!(trail.is_empty());
        }
    }

    #[test]
    fn a_page_opened_directly_goes_back_to_its_home_with_the_filters() {
        let trail = Trail::default();
        let page = screen("?dx-view=dialogue&dx-id=a&dx-wg=tip&dx-lang=fr");
        let back = trail.way_back(&page, View::Agenda);
        assert_eq!(back, screen("?dx-view=agenda&dx-wg=tip&dx-lang=fr"));
        assert_eq!(trail.tab_of(&page, View::Agenda), View::Agenda);
    }

    #[test]
    fn back_twice_goes_further_back_not_forth() {
        // Matrix → theme page → dialogue page: Back, Back.
        let matrix = screen("?dx-year=2023");
        let theme = screen("?dx-view=theme&dx-id=children&dx-year=2023");
        let dialogue = screen("?dx-view=dialogue&dx-id=a&dx-year=2023");
        let mut trail = Trail::default();
        trail.record(matrix.clone());
        trail.record(theme.clone());
        assert_eq!(trail.tab_of(&dialogue, View::Agenda), View::Matrix);
        assert_eq!(trail.back(&dialogue, View::Agenda), theme);
        assert_eq!(trail.back(&theme, View::Matrix), matrix);
        assert_eq!(trail.back(&matrix, View::Matrix), matrix.at(View::Matrix));
    }

    #[test]
    fn a_language_chosen_on_a_page_is_not_a_way_back_and_is_kept() {
        let list = screen("?dx-view=list");
        let page = screen("?dx-view=dialogue&dx-id=a");
        let mut trail = Trail::default();
        trail.record(list.clone());
        trail.record(page.clone());
        let in_french = UrlState {
            lang: Some("fr".into()),
            ..page
        };
        assert_eq!(
            trail.way_back(&in_french, View::Agenda),
            screen("?dx-view=list&dx-lang=fr")
        );
    }

    #[test]
    fn the_browsers_back_and_forward_keep_the_trail() {
        let list = screen("?dx-view=list");
        let page = screen("?dx-view=dialogue&dx-id=a");
        let mut trail = Trail::default();
        trail.record(list.clone()); // list → page
        trail.moved(page.clone(), &list); // the browser's Back
        assert!(trail.is_empty());
        trail.moved(list.clone(), &page); // its Forward
        assert_eq!(trail.way_back(&page, View::Agenda), list);
    }

    #[test]
    fn the_trail_forgets_the_oldest_screens_first() {
        let mut trail = Trail::default();
        for n in 0..Trail::LIMIT + 5 {
            trail.record(screen(&format!("?dx-view=list&dx-q=w{n}")));
        }
        assert_eq!(trail.len(), Trail::LIMIT);
        let page = screen("?dx-view=theme&dx-id=t");
        let last = format!("?dx-view=list&dx-q=w{}", Trail::LIMIT + 4);
        assert_eq!(trail.way_back(&page, View::Matrix), screen(&last));
    }

    #[test]
    fn a_screens_title_names_it_then_the_app() {
        assert_eq!(
            screen_title("Agenda", "Dialogue Explorer"),
            "Agenda – Dialogue Explorer"
        );
        assert_eq!(screen_title("  ", "Dialogue Explorer"), "Dialogue Explorer");
    }

    #[test]
    fn encodes_and_decodes_utf8() {
        assert_eq!(encode("é a/b"), "%C3%A9%20a%2Fb");
        assert_eq!(decode("%C3%A9%20a%2Fb").as_deref(), Some("é a/b"));
        assert_eq!(decode("%C3"), None);
        assert_eq!(decode("%4"), None);
    }

    #[test]
    fn a_search_of_spaces_only_is_no_search() {
        let state = UrlState::parse("?dx-q=%20%20");
        assert_eq!(state.filters.text, "");
        assert_eq!(UrlState::parse(&state.to_query("")), state);
    }
}
