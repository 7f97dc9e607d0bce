//! Parts of the first screen written as markup, to be put in place in one go (`innerHTML`) and
//! then patched where the selection changes them: far less code in the first load than elements
//! built one call at a time or by a view (docs/size.md, docs/decisions.md). Every text and
//! attribute value goes through `Html::text` and `Html::attr`, which escape it; the constant
//! markup is the app's own.

use crate::core::dataset::{Dataset, Text};
use crate::core::matrix::Columns;
use crate::core::messages::{tidy, Lang};
use crate::core::print::{facet_name, value_label};
use crate::core::query::{facet_keys, Facet, Filters};
use crate::core::summary::Summary;

/// HTML being written.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Self {
        Html(String::new())
    }

    /// Markup as it is: the app's constant markup, never a text from the data or the reader.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// A text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The facet a `data-facet` names.
pub fn facet_of(key: &str) -> Option<Facet> {
    Facet::ALL.into_iter().find(|f| f.key() == key)
}

/// The language a dataset text shows in when it is not the reader's (its English, for a
/// screen reader to pronounce as English).
fn shown_lang(text: &Text, lang: Lang) -> Option<&str> {
    let (_, shown) = text.get(lang.code());
    (shown != lang.code()).then_some(shown)
}

/// The facets' rule and groups: each value of the dataset with its checkbox (`data-facet`,
/// `data-value`, the id `id(...)` gives), its label, an empty count and its "only" button, and
/// each group's "clear" button, hidden. The counts, the ticks and what is disabled follow the
/// selection, written in place by the page.
pub fn facets(dataset: &Dataset, lang: Lang, id: &dyn Fn(&str) -> String) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<p class=\"dx-filter-rule\">")
        .text(m.filter_rule)
        .raw("</p>");
    for facet in Facet::ALL {
        let name = facet_name(facet, lang);
        h.raw("<fieldset class=\"dx-facet\"><legend>")
            .text(name)
            .raw("</legend><button type=\"button\" class=\"dx-link-button dx-clear\"")
            .attr("aria-label", &(m.clear_facet_label)(name))
            .attr("data-clear", facet.key())
            .raw(" hidden>")
            .text(m.clear_facet)
            .raw("</button><ul class=\"dx-facet-values\">");
        for key in facet_keys(dataset, facet) {
            let value_id = id(&format!("facet-{}-{key}", facet.key()));
            let label = value_label(dataset, facet, &key, lang);
            let label_lang = match facet {
                Facet::WorkingGroup => dataset
                    .working_group(&key)
                    .and_then(|w| shown_lang(&w.short_name, lang)),
                Facet::Theme => dataset.theme(&key).and_then(|t| shown_lang(&t.label, lang)),
                _ => None,
            };
            h.raw("<li class=\"dx-facet-value\"><input type=\"checkbox\"")
                .attr("id", &value_id)
                .attr("data-facet", facet.key())
                .attr("data-value", &key)
                .raw("><label")
                .attr("for", &value_id)
                .raw("><span class=\"dx-facet-label\"");
            if let Some(code) = label_lang {
                h.attr("lang", code);
            }
            h.raw(">")
                .text(&label)
                .raw("</span> <span class=\"dx-count\"></span></label><button type=\"button\" class=\"dx-link-button dx-only\"")
                .attr("aria-label", &(m.only_this_label)(&label))
                .raw(">")
                .text(m.only_this)
                .raw("</button></li>");
        }
        h.raw("</ul></fieldset>");
    }
    h.into_string()
}

/// The search box's label and field (`id`), inside its `div.dx-search`; the page writes the
/// text searched.
pub fn search_field(id: &str, lang: Lang) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<label")
        .attr("for", id)
        .raw(">")
        .text(m.search_label)
        .raw("</label><input type=\"search\" class=\"dx-input\" autocomplete=\"off\"")
        .attr("id", id)
        .attr("placeholder", m.search_placeholder)
        .raw(">");
    h.into_string()
}

/// The whole filter panel's contents: its heading, the search box, the place of the chips
/// (hidden while no filter applies), the button that folds the facets on a narrow screen (the
/// page writes its words, which count the filters), and the facets (`facets`). Ids from `id`:
/// `filters-heading`, `search`, `facets`.
pub fn filters_panel(dataset: &Dataset, lang: Lang, id: &dyn Fn(&str) -> String) -> String {
    let m = lang.messages();
    let body_id = id("facets");
    let mut h = Html::new();
    h.raw("<h2 class=\"dx-section-title\"")
        .attr("id", &id("filters-heading"))
        .raw(">")
        .text(m.filters_heading)
        .raw("</h2><div class=\"dx-search\">")
        .raw(&search_field(&id("search"), lang))
        .raw("</div><div class=\"dx-active\" hidden></div>")
        .raw(
            "<button type=\"button\" class=\"dx-button dx-filters-toggle\" aria-expanded=\"false\"",
        )
        .attr("aria-controls", &body_id)
        .raw(">")
        .text(&(m.show_filters)(false, 0))
        .raw("</button><div class=\"dx-facets\"")
        .attr("id", &body_id)
        .raw(">")
        .raw(&facets(dataset, lang, id))
        .raw("</div>");
    h.into_string()
}

/// The filters applied, as chips that remove them (`data-chip`: the facet, empty for the
/// search text; `data-value`), and "Reset all"; nothing without filters.
pub fn chips(dataset: &Dataset, filters: &Filters, lang: Lang) -> String {
    if filters.is_empty() {
        return String::new();
    }
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<ul class=\"dx-chips\"")
        .attr("aria-label", m.active_filters)
        .raw(">");
    let mut chip = |label: &str, facet: &str, value: &str| {
        h.raw("<li><button type=\"button\" class=\"dx-chip\"")
            .attr("aria-label", &(m.remove_filter)(label))
            .attr("data-chip", facet)
            .attr("data-value", value)
            .raw(">")
            .text(label)
            .raw("<span aria-hidden=\"true\"> ×</span></button></li>");
    };
    for (facet, key) in filters.active() {
        let label = format!(
            "{}: {}",
            facet_name(facet, lang),
            value_label(dataset, facet, &key, lang)
        );
        chip(&label, facet.key(), &key);
    }
    let text = filters.text.trim();
    if !text.is_empty() {
        chip(&(m.search_text_chip)(text), "", "");
    }
    h.raw("</ul><button type=\"button\" class=\"dx-link-button dx-reset\">")
        .text(m.reset_all)
        .raw("</button>");
    h.into_string()
}

/// A tab of the toolbar as drawn: its address and its label. Its place among the tabs is its
/// `data-tab`, by which the page finds the view it leads to.
pub struct TabLink {
    pub href: String,
    pub label: String,
    /// Shown as the current page (`aria-current="page"`).
    pub current: bool,
}

/// The settings as drawn: the ids of the panel and of its two choices, and the appearance
/// chosen (`auto`, `light`, `dark`).
pub struct SettingsShown<'a> {
    pub panel_id: &'a str,
    pub language_id: &'a str,
    pub appearance_id: &'a str,
    pub appearance: &'a str,
}

/// The toolbar's contents: the views' tabs (none when `tabs` is empty) and the settings (the
/// button that folds them on a narrow screen, the interface language and the appearance).
pub fn toolbar(tabs: &[TabLink], settings: Option<&SettingsShown>, lang: Lang) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    if !tabs.is_empty() {
        h.raw("<nav class=\"dx-views\"")
            .attr("aria-label", m.views_label)
            .raw("><ul class=\"dx-tabs\">");
        for (place, tab) in tabs.iter().enumerate() {
            h.raw("<li><a class=\"dx-tab\"")
                .attr("href", &tab.href)
                .attr("data-tab", &place.to_string());
            if tab.current {
                h.raw(" aria-current=\"page\"");
            }
            h.raw(">").text(&tab.label).raw("</a></li>");
        }
        h.raw("</ul></nav>");
    }
    let Some(s) = settings else {
        return h.into_string();
    };
    h.raw("<button type=\"button\" class=\"dx-button dx-settings-toggle\" aria-expanded=\"false\"")
        .attr("aria-controls", s.panel_id)
        .raw(">")
        .text(m.settings_button)
        .raw("</button><div class=\"dx-settings\"")
        .attr("id", s.panel_id)
        .raw("><div class=\"dx-setting dx-language\"><label")
        .attr("for", s.language_id)
        .raw(">")
        .text(m.language_label)
        .raw("</label><select class=\"dx-select\" data-setting=\"language\"")
        .attr("id", s.language_id)
        .raw(">");
    for option in Lang::ALL {
        h.raw("<option")
            .attr("value", option.code())
            .attr("lang", option.code());
        if option == lang {
            h.raw(" selected");
        }
        h.raw(">").text(option.native_name()).raw("</option>");
    }
    h.raw("</select></div><div class=\"dx-setting dx-appearance\"><label")
        .attr("for", s.appearance_id)
        .raw(">")
        .text(m.theme_switch_label)
        .raw("</label><select class=\"dx-select\" data-setting=\"appearance\"")
        .attr("id", s.appearance_id)
        .raw(">");
    for (key, label) in [
        ("auto", m.appearance_auto),
        ("light", m.appearance_light),
        ("dark", m.appearance_dark),
    ] {
        h.raw("<option").attr("value", key);
        if key == s.appearance {
            h.raw(" selected");
        }
        h.raw(">").text(label).raw("</option>");
    }
    h.raw("</select></div></div>");
    h.into_string()
}

/// A download button as drawn: its `data-export` key, its label, and the id of the note that
/// describes it, if any.
pub struct DownloadButton<'a> {
    pub key: &'a str,
    pub label: &'a str,
    pub described_by: Option<&'a str>,
}

/// The download bar's contents: its label (`label_id`), its buttons, the note on the machine
/// form (`note_id`, read through the button it describes), and two empty lines the page fills:
/// why buttons are disabled, and what was downloaded (a live region, there from the start).
pub fn export_bar(buttons: &[DownloadButton], label_id: &str, note_id: &str, lang: Lang) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<span class=\"dx-export-label\"")
        .attr("id", label_id)
        .raw(">")
        .text(m.download_label)
        .raw("</span><div class=\"dx-export-buttons\">");
    for button in buttons {
        h.raw("<button type=\"button\" class=\"dx-small-button\"")
            .attr("data-export", button.key);
        if let Some(id) = button.described_by {
            h.attr("aria-describedby", id);
        }
        h.raw(">").text(button.label).raw("</button>");
    }
    h.raw("</div><span class=\"dx-export-note\"")
        .attr("id", note_id)
        .raw(" hidden>")
        .text(m.download_csv_machine_note)
        .raw("</span><p class=\"dx-export-why\"></p><p class=\"dx-said\" role=\"status\"></p>");
    h.into_string()
}

/// The matrix's tools: the switch of its columns (radio buttons named `switch_name`, ids from
/// `id`, none checked: the page ticks the one in use) and its legend.
pub fn matrix_tools(
    switch_name: &str,
    id: &dyn Fn(&str) -> String,
    draws_marks: bool,
    lang: Lang,
) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<fieldset class=\"dx-segmented\"><legend>")
        .text(m.matrix_columns_label)
        .raw("</legend>");
    for columns in Columns::ALL {
        let label = match columns {
            Columns::Dialogues => m.columns_dialogues,
            Columns::WorkingGroups => m.columns_groups,
            Columns::Years => m.columns_years,
        };
        let input_id = id(&format!("columns-{}", columns.key()));
        h.raw("<input type=\"radio\"")
            .attr("id", &input_id)
            .attr("name", switch_name)
            .attr("value", columns.key())
            .raw("><label")
            .attr("for", &input_id)
            .raw(">")
            .text(label)
            .raw("</label>");
    }
    h.raw("</fieldset><p class=\"dx-legend\">")
        .raw(&matrix_legend(draws_marks, lang))
        .raw("</p>");
    h.into_string()
}

/// The legend's items: the marks when the columns in view draw them (`Columns::draws_marks`),
/// else where they are; then the scale, whose swatches repeat the cells' steps, on paper too.
pub fn matrix_legend(draws_marks: bool, lang: Lang) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    if draws_marks {
        for (class, label) in [("dx-first", m.legend_first), ("dx-recurs", m.legend_recurs)] {
            h.raw("<span class=\"dx-legend-item\"><span class=\"dx-swatch ")
                .raw(class)
                .raw("\" aria-hidden=\"true\"></span>")
                .text(label)
                .raw("</span>");
        }
    } else {
        h.raw("<span class=\"dx-legend-item dx-legend-marks-note\">")
            .text(m.legend_marks_by_dialogue)
            .raw("</span>");
    }
    h.raw("<span class=\"dx-legend-item dx-muted dx-legend-scale\"><span class=\"dx-scale\" aria-hidden=\"true\">");
    for level in 1..=4 {
        h.raw("<span class=\"dx-swatch dx-level-")
            .text(&level.to_string())
            .raw("\"></span>");
    }
    h.raw("</span>").text(m.legend_scale).raw("</span>");
    h.into_string()
}

/// A figure's noun, in the singular or the plural its count takes.
type Noun = fn(usize) -> &'static str;

/// What the summary says of the dates, written by the page in the reader's language.
pub struct SummaryDates {
    /// The first and the last month of the dialogues ("October 2022", "June 2026").
    pub period: Option<(String, String)>,
    /// The day the data was brought up to date.
    pub as_of: Option<String>,
}

/// The summary's heading (its id `heading_id`), its figures, the months it covers, the day of
/// the data, and, in a language other than the summaries' own, the dataset's note on
/// translations.
pub fn summary(
    dataset: &Dataset,
    figures: &Summary,
    dates: &SummaryDates,
    lang: Lang,
    heading_id: &str,
) -> String {
    let m = lang.messages();
    let mut h = Html::new();
    h.raw("<h2 class=\"dx-section-title\"")
        .attr("id", heading_id)
        .raw(">")
        .text(m.summary_heading)
        .raw("</h2><dl class=\"dx-figures\">");
    let counts: [(&str, usize, Noun); 5] = [
        ("dialogues", figures.dialogues, m.dialogues),
        ("working-groups", figures.working_groups, m.working_groups),
        ("themes", figures.themes, m.themes),
        ("entries", figures.entries, m.entries),
        ("sources", figures.sources, m.sources),
    ];
    for (key, n, noun) in counts {
        h.raw("<div class=\"dx-figure\"><dt class=\"dx-figure-label\">")
            .text(noun(n))
            .raw("</dt><dd class=\"dx-figure-number\"")
            .attr("data-count", key)
            .raw(">")
            .text(&n.to_string())
            .raw("</dd></div>");
    }
    h.raw("</dl>");
    if let Some((first, last)) = &dates.period {
        h.raw("<p class=\"dx-period\">")
            .text(&tidy(&(m.covering)(first, last)))
            .raw("</p>");
    }
    if let Some(as_of) = &dates.as_of {
        h.raw("<p class=\"dx-as-of\">")
            .text(&tidy(&(m.data_as_of)(as_of)))
            .raw("</p>");
    }
    // Said once, where a reader looks first: text in any other language than the summaries'
    // own is a translation of them, never a source's words.
    if let Some(t) = dataset
        .translations
        .as_ref()
        .filter(|t| t.source_language != lang.code())
    {
        let (note, shown) = t.note.get(lang.code());
        h.raw("<p class=\"dx-translation-note\"><span");
        if shown != lang.code() {
            h.attr("lang", shown);
        }
        h.raw(">").text(note).raw("</span></p>");
    }
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset;
    use crate::core::query::tests::sample;

    fn bundled() -> Dataset {
        dataset::load(include_str!("../../public/data/dialogues.json")).expect("bundled")
    }

    #[test]
    fn texts_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.raw("<b")
            .attr("title", "a \"b\" & 'c'")
            .raw(">")
            .text("<i>x</i> & y")
            .raw("</b>");
        assert_eq!(
            h.into_string(),
            "<b title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;i&gt;x&lt;/i&gt; &amp; y</b>"
        );
    }

    #[test]
    fn each_facet_value_has_its_checkbox_label_and_buttons() {
        let dataset = sample();
        let html = facets(&dataset, Lang::En, &|name| format!("dx9-{name}"));
        for facet in Facet::ALL {
            assert!(html.contains(&format!("data-clear=\"{}\" hidden", facet.key())));
            for key in facet_keys(&dataset, facet) {
                let id = format!("dx9-facet-{}-{key}", facet.key());
                assert!(
                    html.contains(&format!(
                        "id=\"{id}\" data-facet=\"{}\" data-value=\"{key}\"",
                        facet.key()
                    )),
                    "{id}"
                );
                assert!(html.contains(&format!("<label for=\"{id}\">")), "{id}");
            }
        }
        let values = html.matches("<li class=\"dx-facet-value\">").count();
        let expected: usize = Facet::ALL
            .iter()
            .map(|f| facet_keys(&dataset, *f).len())
            .sum();
        assert_eq!(values, expected);
        assert_eq!(
            html.matches("class=\"dx-link-button dx-only\"").count(),
            expected
        );
        assert_eq!(
            html.matches("<fieldset").count(),
            html.matches("</fieldset>").count()
        );
        assert!(html.starts_with("<p class=\"dx-filter-rule\">"));
    }

    #[test]
    fn a_label_without_a_translation_is_marked_as_english() {
        let dataset = bundled();
        let html = facets(&dataset, Lang::Fr, &|name| name.to_string());
        for theme in &dataset.themes {
            let (label, shown) = theme.label.get("fr");
            let mut plain = Html::new();
            plain.text(label);
            let marked = format!(
                "<span class=\"dx-facet-label\" lang=\"en\">{}</span>",
                plain.into_string()
            );
            assert_eq!(html.contains(&marked), shown == "en", "{label}");
        }
        let english = facets(&dataset, Lang::En, &|name| name.to_string());
        assert!(
            !english.contains("lang=\"en\""),
            "an English page marks nothing"
        );
    }

    #[test]
    fn chips_name_each_filter_and_the_search_text() {
        let dataset = sample();
        assert_eq!(chips(&dataset, &Filters::default(), Lang::En), "");
        let theme = dataset.themes[0].id.clone();
        let mut filters = Filters::searching("victims <b>");
        filters.toggle(Facet::Theme, &theme);
        let html = chips(&dataset, &filters, Lang::En);
        assert_eq!(html.matches("class=\"dx-chip\"").count(), 2);
        assert!(html.contains(&format!("data-chip=\"theme\" data-value=\"{theme}\"")));
        assert!(
            html.contains("data-chip=\"\" data-value=\"\""),
            "the search text's chip"
        );
        assert!(
            html.contains("victims &lt;b&gt;"),
            "the reader's text is escaped"
        );
        assert!(!html.contains("<b>"));
        assert!(html.ends_with("dx-reset\">Reset all</button>"), "{html}");
    }

    #[test]
    fn the_summary_says_its_figures_dates_and_the_note_on_translations() {
        let dataset = bundled();
        let figures = Summary::of(&dataset);
        let dates = SummaryDates {
            period: Some(("October 2022".into(), "June 2026".into())),
            as_of: Some("1 December 2026".into()),
        };
        let html = summary(&dataset, &figures, &dates, Lang::En, "dx3-summary-heading");
        assert!(html.starts_with("<h2 class=\"dx-section-title\" id=\"dx3-summary-heading\">"));
        let dialogues = format!(
            "<dd class=\"dx-figure-number\" data-count=\"dialogues\">{}</dd>",
            figures.dialogues
        );
        assert!(html.contains(&dialogues), "{html}");
        assert_eq!(html.matches("class=\"dx-figure\"").count(), 5);
        assert!(html.contains("October 2022") && html.contains("June 2026"));
        assert!(html.contains("<p class=\"dx-as-of\">") && html.contains("1 December 2026"));
        assert!(
            !html.contains("dx-translation-note"),
            "English is the summaries' own language"
        );
        let french = summary(&dataset, &figures, &dates, Lang::Fr, "h");
        assert!(french.contains("dx-translation-note"));
        let none = SummaryDates {
            period: None,
            as_of: None,
        };
        let bare = summary(&dataset, &figures, &none, Lang::En, "h");
        assert!(!bare.contains("dx-period") && !bare.contains("dx-as-of"));
    }

    #[test]
    fn the_toolbar_has_its_tabs_and_settings_with_the_choices_made() {
        let tabs = [
            TabLink {
                href: "?dx-view=matrix".into(),
                label: "Matrix".into(),
                current: true,
            },
            TabLink {
                href: "?a=1&b=\"2\"".into(),
                label: "My agenda (2)".into(),
                current: false,
            },
        ];
        let settings = SettingsShown {
            panel_id: "dx1-settings",
            language_id: "dx1-language",
            appearance_id: "dx1-appearance",
            appearance: "dark",
        };
        let html = toolbar(&tabs, Some(&settings), Lang::Fr);
        assert!(html.contains("<a class=\"dx-tab\" href=\"?dx-view=matrix\" data-tab=\"0\" aria-current=\"page\">Matrix</a>"), "{html}");
        assert!(
            html.contains("href=\"?a=1&amp;b=&quot;2&quot;\" data-tab=\"1\">My agenda (2)</a>"),
            "{html}"
        );
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(
            html.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"),
            "{html}"
        );
        assert_eq!(html.matches("<option").count(), Lang::ALL.len() + 3);
        assert!(html.contains("<option value=\"dark\" selected>"));
        assert_eq!(html.matches(" selected").count(), 2);
        assert!(html.contains("aria-controls=\"dx1-settings\""));
        assert!(html.contains("class=\"dx-settings\" id=\"dx1-settings\""));
        assert_eq!(toolbar(&[], None, Lang::En), "");
        assert!(!toolbar(&[], Some(&settings), Lang::En).contains("dx-views"));
        assert!(!toolbar(&tabs, None, Lang::En).contains("dx-settings"));
    }

    #[test]
    fn the_download_bar_has_its_buttons_note_and_live_region() {
        let buttons = [
            DownloadButton {
                key: "csv",
                label: "CSV",
                described_by: None,
            },
            DownloadButton {
                key: "csv-machine",
                label: "CSV <machine>",
                described_by: Some("dx1-note"),
            },
        ];
        let html = export_bar(&buttons, "dx1-downloads", "dx1-note", Lang::En);
        assert!(html.starts_with("<span class=\"dx-export-label\" id=\"dx1-downloads\">"));
        assert!(html.contains("<button type=\"button\" class=\"dx-small-button\" data-export=\"csv\">CSV</button>"), "{html}");
        assert!(html.contains("data-export=\"csv-machine\" aria-describedby=\"dx1-note\">CSV &lt;machine&gt;</button>"), "{html}");
        assert!(html.contains("<span class=\"dx-export-note\" id=\"dx1-note\" hidden>"));
        assert!(html
            .ends_with("<p class=\"dx-export-why\"></p><p class=\"dx-said\" role=\"status\"></p>"));
    }

    #[test]
    fn the_matrix_tools_offer_each_kind_of_column_and_a_legend_that_follows_them() {
        let html = matrix_tools(
            "dx1-matrix-columns",
            &|n| format!("dx1-{n}"),
            true,
            Lang::En,
        );
        for columns in Columns::ALL {
            let id = format!("dx1-columns-{}", columns.key());
            assert!(html.contains(&format!("<input type=\"radio\" id=\"{id}\" name=\"dx1-matrix-columns\" value=\"{}\"><label for=\"{id}\">", columns.key())), "{html}");
        }
        assert!(
            !html.contains("checked"),
            "the page ticks the columns in use"
        );
        assert!(html.contains("dx-swatch dx-first") && html.contains("dx-swatch dx-recurs"));
        assert!(!html.contains("dx-legend-marks-note"));
        let by_year = matrix_legend(false, Lang::En);
        assert!(by_year.contains("dx-legend-marks-note") && !by_year.contains("dx-first"));
        assert_eq!(by_year.matches("dx-swatch dx-level-").count(), 4);
    }

    #[test]
    fn the_filter_panel_holds_its_heading_search_chips_place_and_facets() {
        let dataset = sample();
        let id = |name: &str| format!("dx2-{name}");
        let html = filters_panel(&dataset, Lang::En, &id);
        assert!(html.starts_with("<h2 class=\"dx-section-title\" id=\"dx2-filters-heading\">"));
        assert!(
            html.contains("<div class=\"dx-search\"><label for=\"dx2-search\">"),
            "{html}"
        );
        assert!(html.contains("<input type=\"search\" class=\"dx-input\" autocomplete=\"off\" id=\"dx2-search\" placeholder=\""));
        assert!(html.contains("<div class=\"dx-active\" hidden></div>"));
        assert!(html.contains("aria-expanded=\"false\" aria-controls=\"dx2-facets\">"));
        assert!(html.contains(&format!(
            "<div class=\"dx-facets\" id=\"dx2-facets\">{}</div>",
            facets(&dataset, Lang::En, &id)
        )));
    }

    #[test]
    fn every_facet_is_found_by_its_key() {
        for facet in Facet::ALL {
            assert_eq!(facet_of(facet.key()), Some(facet));
        }
        assert_eq!(facet_of(""), None);
        assert_eq!(facet_of("nope"), None);
    }
}
