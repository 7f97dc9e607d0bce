//! What every printout says about itself: the filters applied, in words, the day it was printed
//! and the date of the data. A page on paper has no address bar and no filter panel, so without
//! these lines a printed matrix or agenda cannot be told from one of the whole record, or dated.

use crate::core::dataset::Dataset;
use crate::core::messages::Lang;
use crate::core::query::{facet_keys, Facet, Filters};

/// How a facet value is named in the reader's language: names for ids, words for keys.
pub fn value_label(dataset: &Dataset, facet: Facet, key: &str, lang: Lang) -> String {
    let m = lang.messages();
    match facet {
        Facet::WorkingGroup => dataset
            .working_group(key)
            .map(|w| w.short_name.get(lang.code()).0.to_string())
            .unwrap_or_else(|| key.to_string()),
        Facet::Theme => dataset
            .theme(key)
            .map(|t| t.label.get(lang.code()).0.to_string())
            .unwrap_or_else(|| key.to_string()),
        Facet::Kind => match key {
            "agenda" => m.kind_agenda.to_string(),
            _ => m.kind_topic.to_string(),
        },
        Facet::Status => match key {
            "upcoming" => m.status_upcoming.to_string(),
            _ => m.status_past.to_string(),
        },
        Facet::Year => key.to_string(),
    }
}

pub fn facet_name(facet: Facet, lang: Lang) -> &'static str {
    let m = lang.messages();
    match facet {
        Facet::WorkingGroup => m.facet_working_group,
        Facet::Year => m.facet_year,
        Facet::Theme => m.facet_theme,
        Facet::Kind => m.facet_kind,
        Facet::Status => m.facet_status,
    }
}

/// The filters in words: "Working group: Trafficking in Persons; Theme: Children, Corruption;
/// “boat”", facets in the panel's order and values in the dataset's, or None when there are none.
pub fn filters_in_words(dataset: &Dataset, filters: &Filters, lang: Lang) -> Option<String> {
    let m = lang.messages();
    let mut parts: Vec<String> = Facet::ALL
        .into_iter()
        .filter_map(|facet| {
            let chosen = filters.values(facet)?;
            // The dataset's order, then any value it lacks (a stale link) as written.
            let mut keys: Vec<String> = facet_keys(dataset, facet)
                .into_iter()
                .filter(|k| chosen.contains(k))
                .collect();
            let unknown: Vec<String> = chosen
                .iter()
                .filter(|k| !keys.contains(k))
                .cloned()
                .collect();
            keys.extend(unknown);
            let values: Vec<String> = keys
                .iter()
                .map(|k| value_label(dataset, facet, k, lang))
                .collect();
            Some(format!(
                "{}: {}",
                facet_name(facet, lang),
                values.join(m.comma)
            ))
        })
        .collect();
    let text = filters.text.trim();
    if !text.is_empty() {
        parts.push((m.search_text_chip)(text));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The lines heading every printout, in the reader's language. `filters`: those of a filtered
/// view (matrix, entries, agenda), None on a page that no filter narrows (a dialogue's, a
/// theme's, My agenda), which then has no filter line. Dates come formatted (the browser's Intl
/// formats them): `printed`, the day of printing; `data_as_of`, the day the dataset was last
/// updated, left out while the dataset does not say it.
pub fn header_lines(
    dataset: &Dataset,
    filters: Option<&Filters>,
    lang: Lang,
    printed: &str,
    data_as_of: Option<&str>,
) -> Vec<String> {
    let m = lang.messages();
    let mut lines = Vec::new();
    if let Some(filters) = filters {
        lines.push(match filters_in_words(dataset, filters, lang) {
            Some(words) => (m.print_filters)(&words),
            None => m.print_no_filters.to_string(),
        });
    }
    lines.push((m.print_printed)(printed));
    if let Some(date) = data_as_of.filter(|d| !d.trim().is_empty()) {
        lines.push((m.print_data_as_of)(date));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::tests::sample;

    #[test]
    fn no_filter_says_so_and_the_printed_date_follows() {
        let data = sample();
        let lines = header_lines(
            &data,
            Some(&Filters::default()),
            Lang::En,
            "2 December 2026",
            None,
        );
        assert_eq!(
            lines,
            [
                "Filters applied: none (every dialogue and entry)",
                "Printed on 2 December 2026"
            ]
        );
    }

    #[test]
    fn filters_are_named_in_words_in_the_panels_order() {
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Theme, "corruption");
        filters.toggle(Facet::Theme, "children");
        filters.toggle(Facet::WorkingGroup, "tip");
        filters.toggle(Facet::Kind, "agenda");
        filters.text = "  boat ".into();
        let lines = header_lines(&data, Some(&filters), Lang::En, "2 December 2026", None);
        // Themes in the dataset's order (corruption is listed before children), not by id.
        assert_eq!(
            lines[0],
            "Filters applied: Working group: Trafficking in Persons; Theme: Corruption, Children; \
             Kind of entry: Agenda item; “boat”"
        );
        // A value the dataset lacks is shown as written, not dropped.
        filters.toggle(Facet::Theme, "gone");
        assert!(filters_in_words(&data, &filters, Lang::En)
            .unwrap()
            .contains("Corruption, Children, gone"));
    }

    #[test]
    fn the_date_of_the_data_shows_only_when_known() {
        let data = sample();
        let f = Filters::default();
        let f = Some(&f);
        let with = header_lines(
            &data,
            f,
            Lang::Fr,
            "2 décembre 2026",
            Some("1 décembre 2026"),
        );
        assert_eq!(with.len(), 3);
        assert_eq!(with[1], "Imprimé le 2 décembre 2026");
        assert_eq!(with[2], "Données à jour au 1 décembre 2026");
        assert_eq!(header_lines(&data, f, Lang::Fr, "x", Some(" ")).len(), 2);
        assert_eq!(header_lines(&data, f, Lang::Fr, "x", None).len(), 2);
    }

    #[test]
    fn every_language_has_the_three_lines() {
        let data = sample();
        let mut filters = Filters::default();
        filters.toggle(Facet::Year, "2023");
        for lang in Lang::ALL {
            let lines = header_lines(&data, Some(&filters), lang, "PRINTED", Some("ASOF"));
            assert!(lines[0].contains("2023"), "{lang:?}: {}", lines[0]);
            assert!(lines[1].contains("PRINTED"), "{lang:?}");
            assert!(lines[2].contains("ASOF"), "{lang:?}");
            let none = header_lines(&data, Some(&Filters::default()), lang, "P", None);
            assert_ne!(none[0], lines[0], "{lang:?}");
            // A page that no filter narrows: the dates only.
            let page = header_lines(&data, None, lang, "PRINTED", None);
            assert_eq!(page.len(), 1, "{lang:?}");
            assert!(page[0].contains("PRINTED"), "{lang:?}");
        }
    }
}
