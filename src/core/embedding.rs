//! What an embedding asks of the explorer: preset filters, the views it offers, the controls it
//! shows and its brand colours. Read from the custom element's attributes and from the iframe
//! page's address alike (`filters`, `views`, `controls`, `accent`, …), decided here.

use crate::core::query::Filters;
use crate::core::url_state::{parse_pairs, UrlState, View, DEFAULT_NAMESPACE};

/// The filters an embedding starts with: `filters="wg=tip&year=2024"`, in the syntax of the
/// `dx-` parameters of the address (with or without their `dx-`), read by the same parser: a
/// value the dataset lacks is dropped later and reported as a link's would be
/// (`UrlState::sanitize`). Only filters and the search are taken (`wg`, `year`, `theme`, `kind`,
/// `status`, `q`); anything else is ignored.
pub fn preset_filters(value: &str) -> Filters {
    let prefix = format!("{DEFAULT_NAMESPACE}-");
    let query: Vec<String> = parse_pairs(value)
        .into_iter()
        .map(|(key, value)| {
            let key = key.trim();
            let key = key.strip_prefix(&prefix).unwrap_or(key);
            format!(
                "{prefix}{}={}",
                crate::core::url_state::encode(key),
                crate::core::url_state::encode(&value)
            )
        })
        .collect();
    UrlState::parse(&query.join("&")).filters
}

/// The views over the filters that an embedding may offer, in the order of the tabs.
const LIST_VIEWS: [View; 4] = [View::Matrix, View::List, View::Agenda, View::Mine];
/// The name of the "Prepare" tab in `views`.
pub const PREPARE_KEY: &str = "prepare";

/// The views an embedding offers as tabs (`views="agenda,list"`). The pages of a dialogue and of
/// a theme are always reachable from the views' links; only the tabs change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferedViews(Vec<View>, Prepare);

/// Whether the navigation has the "Prepare" tab (a working group's brief): with every view, or
/// when `views` names `prepare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Prepare(bool);

impl Default for OfferedViews {
    fn default() -> Self {
        OfferedViews(LIST_VIEWS.to_vec(), Prepare(true))
    }
}

impl OfferedViews {
    /// `agenda`, `agenda,list`, `matrix, list, agenda, mine`: the views named, in the order of
    /// the tabs, unknown names left out; all of them when none is known (as without the option).
    pub fn parse(value: &str) -> OfferedViews {
        let named: Vec<View> = value
            .split(',')
            .filter_map(|key| View::from_key(key.trim(), None))
            .collect();
        let offered: Vec<View> = LIST_VIEWS
            .into_iter()
            .filter(|v| named.contains(v))
            .collect();
        if offered.is_empty() {
            OfferedViews::default()
        } else {
            let prepare = value.split(',').any(|key| key.trim() == PREPARE_KEY);
            OfferedViews(offered, Prepare(prepare))
        }
    }

    pub fn views(&self) -> &[View] {
        &self.0
    }

    /// Whether the tabs show: with one view offered there is nothing to choose between.
    pub fn shows_tabs(&self) -> bool {
        self.0.len() + usize::from(self.1 .0) > 1
    }

    /// Whether the navigation offers "Prepare" (the brief of the group that meets next); a
    /// brief itself, being a page, is open to links in any embedding.
    pub fn offers_prepare(&self) -> bool {
        self.1 .0
    }

    /// The tabs, in order: the list views offered, then Prepare (the brief of `prepare_group`,
    /// the working group that meets next, when there is one), then My agenda; none when the
    /// tabs do not show.
    pub fn tabs(&self, prepare_group: Option<String>) -> Vec<View> {
        if !self.shows_tabs() {
            return Vec::new();
        }
        let mut tabs: Vec<View> = self
            .0
            .iter()
            .filter(|v| **v != View::Mine)
            .cloned()
            .collect();
        if let Some(group) = prepare_group.filter(|_| self.offers_prepare()) {
            tabs.push(View::Brief(group));
        }
        if self.0.contains(&View::Mine) {
            tabs.push(View::Mine);
        }
        tabs
    }

    /// Whether this view has a tab; pages (a dialogue's, a theme's) are always open to links.
    pub fn offers(&self, view: &View) -> bool {
        match view {
            View::Dialogue(_) | View::Theme(_) | View::Brief(_) => true,
            other => self.0.contains(other),
        }
    }

    /// The view shown for `view`: itself when offered, else the first offered (a shared link
    /// or a `view` option naming a view the embedding does not offer).
    pub fn shown(&self, view: &View) -> View {
        if self.offers(view) {
            view.clone()
        } else {
            self.0[0].clone()
        }
    }

    /// Where a page leads back to when there is no earlier screen (it was opened from a
    /// shared link): a dialogue to the agenda, a theme to the matrix, as the views they are
    /// part of, when offered; else the first view offered.
    pub fn home_of(&self, page: &View) -> View {
        let home = match page {
            View::Dialogue(_) => View::Agenda,
            View::Theme(_) => View::Matrix,
            View::Brief(_) => View::Agenda,
            other => other.clone(),
        };
        self.shown(&home)
    }
}

/// Which controls an embedding shows (`controls="none|search|full"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Controls {
    /// The view alone: no summary, no filters, no search, no downloads, no settings.
    None,
    /// The search box (with its chip) above the view; no facets, downloads or settings.
    Search,
    /// Everything: the summary, the filters and search, the downloads, language and appearance.
    #[default]
    Full,
}

impl Controls {
    /// `none`, `search` and `full` as given; anything else is `full`, as without the option.
    pub fn parse(value: &str) -> Controls {
        match value.trim() {
            "none" => Controls::None,
            "search" => Controls::Search,
            _ => Controls::Full,
        }
    }

    /// The summary's figures (dialogues, entries, sources).
    pub fn shows_summary(self) -> bool {
        self == Controls::Full
    }

    /// The facets, the active filters' chips and Reset.
    pub fn shows_facets(self) -> bool {
        self == Controls::Full
    }

    /// The search box.
    pub fn shows_search(self) -> bool {
        self != Controls::None
    }

    /// The downloads (CSV, JSON, calendar) of the filtered views.
    pub fn shows_downloads(self) -> bool {
        self == Controls::Full
    }

    /// The language and appearance menus.
    pub fn shows_settings(self) -> bool {
        self == Controls::Full
    }
}

/// The brand colours an embedding may set, as the custom properties a host sets on the
/// element (README: "Colours and font"): `accent=#7a1f5c` sets `--dx-accent`.
pub const BRAND_COLOURS: [&str; 18] = [
    "accent",
    "accent-dark",
    "accent-contrast",
    "accent-contrast-dark",
    "text",
    "text-dark",
    "text-muted",
    "text-muted-dark",
    "surface",
    "surface-dark",
    "surface-raised",
    "surface-raised-dark",
    "border",
    "border-dark",
    "focus",
    "focus-dark",
    "danger",
    "danger-dark",
];

/// A colour given as hex, strictly: `#rgb`, `#rrggbb` or `#rrggbbaa`, the `#` optional (an
/// address must encode it as `%23`). Returned lower case with its `#`; anything else (names,
/// `rgb()`, `url()`, a `;` or a `}`) is refused, so that nothing but a colour reaches the CSS.
pub fn hex_colour(value: &str) -> Option<String> {
    let value = value.trim();
    let digits = value.strip_prefix('#').unwrap_or(value);
    let ok = matches!(digits.len(), 3 | 6 | 8) && digits.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| format!("#{}", digits.to_ascii_lowercase()))
}

/// The custom property and the colour of one brand option (`accent`, `#7A1F5C` →
/// `--dx-accent`, `#7a1f5c`), or None for an unknown name or a value that is not a hex colour.
pub fn brand_colour(name: &str, value: &str) -> Option<(String, String)> {
    let name = name.trim();
    BRAND_COLOURS
        .contains(&name)
        .then(|| hex_colour(value))
        .flatten()
        .map(|colour| (format!("--dx-{name}"), colour))
}

/// Everything above, as one embedding asks it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embedding {
    /// The filters to start with (`filters`), when the address names none.
    pub filters: Option<Filters>,
    pub views: OfferedViews,
    pub controls: Controls,
    /// Custom properties and their colours (`--dx-accent`, `#7a1f5c`), in the order given.
    pub brand: Vec<(String, String)>,
}

impl Embedding {
    /// Takes one option, an element's attribute or a parameter of the iframe page's address;
    /// false when `name` is none of this module's. A colour that is not hex is left out.
    pub fn take(&mut self, name: &str, value: &str) -> bool {
        match name {
            "filters" => self.filters = Some(preset_filters(value)).filter(|f| !f.is_empty()),
            "views" => self.views = OfferedViews::parse(value),
            "controls" => self.controls = Controls::parse(value),
            _ if BRAND_COLOURS.contains(&name) => {
                if let Some((property, colour)) = brand_colour(name, value) {
                    self.brand.retain(|(p, _)| *p != property);
                    self.brand.push((property, colour));
                }
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::sample;
    use crate::core::query::Facet;

    #[test]
    fn the_tabs_are_the_views_offered_then_prepare_then_my_agenda() {
        let group = || Some("tip".to_string());
        let every = OfferedViews::default().tabs(group());
        assert_eq!(
            every,
            [
                View::Matrix,
                View::List,
                View::Agenda,
                View::Brief("tip".into()),
                View::Mine
            ]
        );
        // No group meets next or met: no Prepare.
        assert_eq!(OfferedViews::default().tabs(None).len(), 4);
        let two = OfferedViews::parse("mine,agenda");
        assert_eq!(
            two.tabs(group()),
            [View::Agenda, View::Mine],
            "Prepare only when named"
        );
        let with_prepare = OfferedViews::parse("list,prepare");
        assert_eq!(
            with_prepare.tabs(group()),
            [View::List, View::Brief("tip".into())]
        );
        assert_eq!(
            OfferedViews::parse("agenda").tabs(group()),
            [],
            "one view: no tabs"
        );
    }

    #[test]
    fn preset_filters_read_the_address_syntax_with_or_without_the_prefix() {
        let filters = preset_filters("wg=tip&year=2024");
        assert!(filters.is_selected(Facet::WorkingGroup, "tip"));
        assert!(filters.is_selected(Facet::Year, "2024"));
        assert_eq!(filters, preset_filters("dx-wg=tip&dx-year=2024"));
        let several = preset_filters("theme=children,corruption&status=upcoming&q=sea%20rescue");
        assert!(several.is_selected(Facet::Theme, "children"));
        assert!(several.is_selected(Facet::Theme, "corruption"));
        assert!(several.is_selected(Facet::Status, "upcoming"));
        assert_eq!(several.text, "sea rescue");
        // Not filters: the view, a cell, a language; and what cannot be read.
        assert_eq!(
            preset_filters("view=list&cell=a.b&lang=fr&%ZZ=1&nonsense"),
            Filters::default()
        );
        assert_eq!(preset_filters(""), Filters::default());
    }

    #[test]
    fn unknown_preset_values_are_dropped_and_reported_as_a_links_are() {
        let state = UrlState {
            filters: preset_filters("theme=children,unknown&year=1999"),
            ..UrlState::default()
        };
        let (state, dropped) = state.sanitize(&sample());
        assert!(state.filters.is_selected(Facet::Theme, "children"));
        assert!(state.filters.values(Facet::Year).is_none());
        assert_eq!(dropped, ["1999", "unknown"]);
    }

    #[test]
    fn one_view_offered_hides_the_tabs_several_show_theirs_only() {
        let agenda = OfferedViews::parse("agenda");
        assert_eq!(agenda.views(), [View::Agenda]);
        assert!(!agenda.shows_tabs());
        let two = OfferedViews::parse(" list , agenda ");
        assert_eq!(
            two.views(),
            [View::List, View::Agenda],
            "in the order of the tabs"
        );
        assert!(two.shows_tabs());
        assert!(two.offers(&View::Agenda) && !two.offers(&View::Matrix));
        assert!(!two.offers(&View::Mine));
        assert!(
            two.offers(&View::Dialogue("a".into())),
            "pages stay reachable"
        );
        assert!(two.offers(&View::Theme("t".into())));
        assert_eq!(
            OfferedViews::parse("matrix,nonsense").views(),
            [View::Matrix]
        );
        for nothing in ["", "nonsense", " , ", "dialogue"] {
            assert_eq!(
                OfferedViews::parse(nothing),
                OfferedViews::default(),
                "{nothing:?}"
            );
        }
        assert!(OfferedViews::default().shows_tabs());
        assert_eq!(OfferedViews::default().views().len(), 4);
    }

    #[test]
    fn a_view_not_offered_shows_the_first_offered() {
        let offered = OfferedViews::parse("agenda,list");
        assert_eq!(offered.shown(&View::Matrix), View::List);
        assert_eq!(offered.shown(&View::Agenda), View::Agenda);
        assert_eq!(offered.shown(&View::Mine), View::List);
        let page = View::Theme("children".into());
        assert_eq!(offered.shown(&page), page);
    }

    #[test]
    fn a_page_opened_directly_leads_back_to_the_view_it_belongs_to() {
        let all = OfferedViews::default();
        assert_eq!(all.home_of(&View::Dialogue("a".into())), View::Agenda);
        assert_eq!(all.home_of(&View::Theme("t".into())), View::Matrix);
        let agenda = OfferedViews::parse("agenda");
        assert_eq!(agenda.home_of(&View::Theme("t".into())), View::Agenda);
        assert_eq!(all.home_of(&View::Brief("tip".into())), View::Agenda);
        assert!(all.offers_prepare(), "every view: Prepare too");
        assert!(
            !OfferedViews::parse("agenda,list").offers_prepare(),
            "only the views named"
        );
        let prepared = OfferedViews::parse("agenda, prepare");
        assert!(prepared.offers_prepare() && prepared.shows_tabs());
        assert_eq!(prepared.views(), [View::Agenda]);
        let matrix = OfferedViews::parse("matrix");
        assert!(
            matrix.offers(&View::Brief("tip".into())),
            "a brief is a page, open to links"
        );
        assert_eq!(matrix.home_of(&View::Brief("tip".into())), View::Matrix);
        let list = OfferedViews::parse("list");
        assert_eq!(list.home_of(&View::Dialogue("a".into())), View::List);
    }

    #[test]
    fn controls_decide_what_shows() {
        let none = Controls::parse("none");
        assert!(!none.shows_summary() && !none.shows_facets() && !none.shows_search());
        assert!(!none.shows_downloads() && !none.shows_settings());
        let search = Controls::parse(" search ");
        assert!(search.shows_search());
        assert!(!search.shows_facets() && !search.shows_summary());
        assert!(!search.shows_downloads() && !search.shows_settings());
        let full = Controls::parse("full");
        assert!(full.shows_summary() && full.shows_facets() && full.shows_search());
        assert!(full.shows_downloads() && full.shows_settings());
        for other in ["", "FULL", "some"] {
            assert_eq!(Controls::parse(other), Controls::Full, "{other:?}");
        }
    }

    #[test]
    fn brand_colours_are_hex_only() {
        assert_eq!(hex_colour("#7A1F5C").as_deref(), Some("#7a1f5c"));
        assert_eq!(hex_colour("7a1f5c").as_deref(), Some("#7a1f5c"));
        assert_eq!(hex_colour("#abc").as_deref(), Some("#abc"));
        assert_eq!(hex_colour("#7a1f5c80").as_deref(), Some("#7a1f5c80"));
        for bad in [
            "",
            "#",
            "red",
            "#12",
            "#12345",
            "#1234567",
            "#ggg",
            "rgb(1,2,3)",
            "#fff;background:url(x)",
            "#fff}",
            "##fff",
            "#ｆｆｆ",
        ] {
            assert_eq!(hex_colour(bad), None, "{bad:?}");
        }
        assert!(
            brand_colour("accent", "%23fff").is_none(),
            "given already decoded: a % is refused"
        );
        assert_eq!(
            brand_colour("accent", "#7A1F5C"),
            Some(("--dx-accent".into(), "#7a1f5c".into()))
        );
        assert_eq!(
            brand_colour("focus-dark", "ffb547"),
            Some(("--dx-focus-dark".into(), "#ffb547".into()))
        );
        assert_eq!(brand_colour("font-family", "#fff"), None);
        assert_eq!(brand_colour("accent;x", "#fff"), None);
        assert_eq!(brand_colour("accent", "blue"), None);
    }

    #[test]
    fn an_embedding_takes_its_options_by_name() {
        let mut embedding = Embedding::default();
        for (name, value) in [
            ("filters", "wg=tip&status=upcoming"),
            ("views", "agenda"),
            ("controls", "search"),
            ("accent", "#7a1f5c"),
            ("accent", "#7a1f5d"),
            ("text", "url(x)"),
        ] {
            assert!(embedding.take(name, value), "{name}");
        }
        assert!(!embedding.take("view", "agenda"), "not one of these");
        assert!(!embedding.take("font-family", "#fff"));
        let filters = embedding.filters.clone().unwrap();
        assert!(filters.is_selected(Facet::Status, "upcoming"));
        assert_eq!(embedding.views.views(), [View::Agenda]);
        assert_eq!(embedding.controls, Controls::Search);
        assert_eq!(
            embedding.brand,
            [("--dx-accent".to_string(), "#7a1f5d".to_string())],
            "the last accent given, and no colour that is not hex"
        );
        embedding.take("filters", "nonsense=1");
        assert_eq!(embedding.filters, None, "no filter: none preset");
    }
}
