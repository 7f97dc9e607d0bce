//! Citations of the sources and of the attendance figures, as plain text in the reader's
//! language, for the "Copy citation" buttons and the attendance download.
//!
//! A source is cited by its publisher, its title in quotation marks (the publisher's own words)
//! or, where the title is not known, the project's description in square brackets (so that
//! nobody takes the project's words for the publisher's), its date where known, its address and
//! the day it was read ("accessed").

use crate::core::dataset::{Attendance, Dataset, Dialogue, Source};
use crate::core::date::PartialDate;
use crate::core::messages::{tidy, Messages};

/// The citation of a source in the language `lang` of catalogue `m`, read on `accessed`.
pub fn source(source: &Source, m: &Messages, lang: &str, accessed: PartialDate) -> String {
    let mut parts = vec![source.publisher.get(lang).0.to_string()];
    let (label, is_title) = source.label();
    let label = label.get(lang).0;
    if !label.is_empty() {
        parts.push(if is_title {
            (m.citation_title)(label)
        } else {
            format!("[{label}]")
        });
    }
    if let Some(published) = source.published {
        parts.push((m.citation_date)(published));
    }
    if let Some(url) = &source.url {
        parts.push(format!(
            "{url}{}{}",
            m.word_space,
            (m.citation_accessed)(&(m.citation_date)(accessed))
        ));
    }
    sentences(&parts, m)
}

/// The citation of an attendance figure: the figure, its dialogue, and its source's citation.
pub fn attendance(
    dataset: &Dataset,
    dialogue: &Dialogue,
    figure: &Attendance,
    m: &Messages,
    lang: &str,
    accessed: PartialDate,
) -> String {
    let counted = (m.counted_name)(figure.counted, figure.count);
    let what = capitalised(&(m.attendance_figure)(
        figure.qualifier,
        figure.count,
        counted,
    ));
    let groups = dataset.group_names(dialogue, lang);
    let named = match dialogue.date {
        Some(date) => format!("{groups}{}{}", m.comma, (m.citation_date)(date)),
        None => groups,
    };
    let mut text = sentences(&[(m.citation_figure)(&what, &named)], m);
    if let Some(source) = dataset.source(&figure.reported_by) {
        text.push_str(m.word_space);
        text.push_str(m.source_label);
        text.push_str(&self::source(source, m, lang, accessed));
    }
    text
}

/// Parts written as sentences: each ends with the language's full stop, with a space between
/// them where the language puts one; a part that ends with its own full stop gets no second.
fn sentences(parts: &[String], m: &Messages) -> String {
    let joined: Vec<String> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            if p.ends_with(['.', '!', '?', '。', '؟']) {
                p.to_string()
            } else {
                format!("{p}{}", m.full_stop)
            }
        })
        .collect();
    tidy(&joined.join(m.word_space))
}

/// The first letter upper-case (a figure opens the citation: "More than 100 participants").
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
