//! Parts of the first screen written as markup, to be put in place in one go (`innerHTML`) and
//! then patched where the selection changes them: far less code in the first load than elements
//! built one call at a time or by a view (docs/size.md, docs/decisions.md). Every text and
//! attribute value goes through `Html::text` and `Html::attr`, which escape it; the constant
//! markup is the app's own.

use crate::core::dataset::{Dataset, Text};
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
    fn every_facet_is_found_by_its_key() {
        for facet in Facet::ALL {
            assert_eq!(facet_of(facet.key()), Some(facet));
        }
        assert_eq!(facet_of(""), None);
        assert_eq!(facet_of("nope"), None);
    }
}
