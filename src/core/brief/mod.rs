//! The working-group brief: everything the dataset says about one working group's dialogues,
//! as data for the brief's page (`dx-view=brief&dx-id=<working group id>`) and as a Markdown
//! file of the same content ([`brief_markdown`]).
//!
//! Every statement is derived from the dataset alone. "Past" and "upcoming" are those of the
//! agenda ([`Status::of`] against `today`). A dialogue without a date is listed, but has no
//! place in time: it is not on the time line, not the latest, and not counted among the
//! dialogues a theme has been absent from.

pub mod messages;

use std::collections::HashSet;

use crate::core::dataset::{Counted, Dataset, Dialogue, Entry, Format, Qualifier, Session, Text};
use crate::core::date::PartialDate;
use crate::core::matrix::{after_last_raised, continuity_of};
use crate::core::messages::{catalogue, Lang};
use crate::core::query::{all_hits, in_date_order, Hit, Status};

pub use messages::{brief_messages, BriefMessages};

/// The brief of one working group.
#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    pub working_group: String,
    /// The day the dataset was brought up to date, when it says.
    pub updated: Option<PartialDate>,
    /// The group's dialogues (joint ones included) in date order, undated ones last.
    pub dialogues: Vec<BriefDialogue>,
    pub timeline: Timeline,
    /// The themes raised at the group's dialogues: those raised more than once first, then
    /// the most recently raised first, then in the dataset's theme order.
    pub themes_here: Vec<ThemeHere>,
    /// The themes raised at other working groups' dialogues and never at this group's, the
    /// most recently raised first, then in the dataset's theme order.
    pub themes_elsewhere: Vec<ThemeElsewhere>,
    /// The latest past dialogue with a date, with its agenda and topics raised.
    pub latest: Option<LatestDialogue>,
    pub next: Next,
    /// Every source the group's dialogues cite (for the dialogue, an entry, a figure, a chair,
    /// an ordinal), by id, in the dataset's order.
    pub sources: Vec<String>,
}

/// A dialogue, as the brief lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefDialogue {
    pub id: String,
    pub date: Option<PartialDate>,
    pub status: Status,
    /// The sessions it followed, as the dataset gives them.
    pub sessions: Vec<Session>,
    pub format: Option<Format>,
    /// The attendance figures, one group per thing counted, in the order the dataset first
    /// gives each.
    pub attendance: Vec<Figures>,
}

/// The figures the sources give for one thing counted at one dialogue: all of them, so that
/// where sources disagree, both are shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub counted: Counted,
    /// In the dataset's order.
    pub reports: Vec<Report>,
}

/// One figure and the source that gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub count: u32,
    pub qualifier: Qualifier,
    /// The source's id.
    pub source: String,
    pub note: Option<Text>,
}

impl Figures {
    /// Whether two different sources give different figures (a count or its qualifier).
    pub fn sources_disagree(&self) -> bool {
        self.reports.iter().any(|a| {
            self.reports
                .iter()
                .any(|b| a.source != b.source && (a.count, a.qualifier) != (b.count, b.qualifier))
        })
    }
}

/// The group's dialogues on a time axis from the first date to the last.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The ends of the axis: the first and last dates (None without a dated dialogue).
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// One mark per dated dialogue, in date order.
    pub marks: Vec<TimelineMark>,
    /// 1 January of each year within the axis, so an axis within one year has none (its ends
    /// are labelled by their dates instead).
    pub ticks: Vec<YearTick>,
    /// The dialogues without a date, which have no place on the axis.
    pub undated: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineMark {
    pub dialogue: String,
    pub date: PartialDate,
    /// 0 at the first date, 1 at the last; 0.5 when all the dates are one day. A date known
    /// only by its month (or year) is placed at its first day, where it also sorts.
    pub position: f64,
    pub status: Status,
    /// As in [`BriefDialogue::attendance`]; empty where no figure is known.
    pub attendance: Vec<Figures>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearTick {
    pub year: u16,
    pub position: f64,
}

/// A dialogue at which a theme was raised, and its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raising {
    pub dialogue: String,
    pub date: Option<PartialDate>,
}

/// A theme raised at the group's dialogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeHere {
    pub theme: String,
    /// The group's first dialogue that raised it. Dialogues of the same day are taken in the
    /// dataset's order, as everywhere in the app.
    pub first: Raising,
    /// The first dialogue of the whole record that raised it, when that is not `first`: raised
    /// at another working group's dialogue before this group took it up (same-day ties again
    /// in the dataset's order).
    pub first_elsewhere: Option<Raising>,
    /// Each later dialogue of the group that raised it again, in date order.
    pub again: Vec<Raising>,
    /// The group's last dialogue that raised it (`first` when it was raised once).
    pub last: Raising,
    /// How many of the group's past dialogues with a date were held after `last`. Only past
    /// dialogues count: an upcoming one has not yet left the theme out, and an undated one
    /// cannot be placed after anything.
    pub absent_since: usize,
    /// The group's past dialogues that record no agenda or topics and may have been held
    /// after `last`: whether they took it up is not known, so they are not in `absent_since`.
    pub unrecorded_since: Vec<Raising>,
}

impl ThemeHere {
    /// Raised at more than one of the group's dialogues.
    pub fn recurring(&self) -> bool {
        !self.again.is_empty()
    }
}

/// A theme raised only at other working groups' dialogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeElsewhere {
    pub theme: String,
    /// Where and when, in date order.
    pub raised_at: Vec<Raising>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LatestDialogue {
    pub dialogue: String,
    pub date: Option<PartialDate>,
    pub agenda_items: Vec<Entry>,
    pub topics_raised: Vec<Entry>,
}

/// What the dataset says about the group's next dialogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Next {
    /// The upcoming dialogues of the group in the dataset, soonest first; empty when none is
    /// announced.
    pub upcoming: Vec<Raising>,
    /// The months (1–12) of the group's past dialogues whose month is known, in date order: a
    /// fact about earlier dialogues, never a predicted date.
    pub earlier_months: Vec<u8>,
    /// The source where next dialogues are announced (the dataset's `announcements`).
    pub announcements: Option<String>,
}

/// The brief of the working group `group_id`, with past and upcoming as of `today`; None when
/// the dataset has no such working group. A group without any dialogue still has a brief,
/// which says so.
pub fn brief(dataset: &Dataset, group_id: &str, today: PartialDate) -> Option<Brief> {
    dataset.working_group(group_id)?;
    let chronological = in_date_order(dataset);
    let of_group: Vec<&Dialogue> = chronological
        .iter()
        .copied()
        .filter(|d| d.working_groups.iter().any(|g| g == group_id))
        .collect();
    let status = |d: &Dialogue| Status::of(d.date, today);
    let is_past = |d: &Dialogue| d.date.is_some() && status(d) == Status::Past;

    let dialogues: Vec<BriefDialogue> = of_group
        .iter()
        .map(|d| BriefDialogue {
            id: d.id.clone(),
            date: d.date,
            status: status(d),
            sessions: d.follows_sessions.clone(),
            format: d.format,
            attendance: figures_of(d),
        })
        .collect();

    let hits = all_hits(dataset);
    let mut themes_here = Vec::new();
    let mut themes_elsewhere = Vec::new();
    // The sort keys: the position in date order of the dialogue last raising each theme.
    let position_of = |id: &str| chronological.iter().position(|d| d.id == id);
    for (rank, theme) in dataset.themes.iter().enumerate() {
        let tagged: Vec<&Hit> = hits
            .iter()
            .filter(|h| h.entry.themes.contains(&theme.id))
            .collect();
        let overall = continuity_of(&chronological, &tagged);
        let here = continuity_of(&of_group, &tagged);
        let raising = |id: &str| Raising {
            dialogue: id.to_string(),
            date: dataset.dialogue(id).and_then(|d| d.date),
        };
        match (here.first(), here.last()) {
            (Some(first), Some(last)) => {
                // The past dialogues surely held after it was last raised here and that record
                // what they discussed: one that records nothing did not "not take it up".
                let raised_here: Vec<bool> = of_group
                    .iter()
                    .map(|d| here.raised_in.contains(&d.id))
                    .collect();
                let after = after_last_raised(&of_group, &raised_here);
                let absent_since = after
                    .later
                    .iter()
                    .filter(|i| is_past(of_group[**i]))
                    .count();
                let unrecorded_since: Vec<Raising> = after
                    .unrecorded
                    .iter()
                    .map(|i| of_group[*i])
                    .filter(|d| is_past(d))
                    .map(|d| raising(&d.id))
                    .collect();
                let first_elsewhere = overall.first().filter(|id| *id != first).map(&raising);
                themes_here.push((
                    rank,
                    position_of(last),
                    ThemeHere {
                        theme: theme.id.clone(),
                        first: raising(first),
                        first_elsewhere,
                        again: here.recurrences().iter().map(|id| raising(id)).collect(),
                        last: raising(last),
                        absent_since,
                        unrecorded_since,
                    },
                ));
            }
            _ if !overall.raised_in.is_empty() => {
                themes_elsewhere.push((
                    rank,
                    overall.last().and_then(position_of),
                    ThemeElsewhere {
                        theme: theme.id.clone(),
                        raised_at: overall.raised_in.iter().map(|id| raising(id)).collect(),
                    },
                ));
            }
            _ => {}
        }
    }
    themes_here.sort_by(|(rank_a, last_a, a), (rank_b, last_b, b)| {
        b.recurring()
            .cmp(&a.recurring())
            .then(last_b.cmp(last_a))
            .then(rank_a.cmp(rank_b))
    });
    themes_elsewhere.sort_by(|(rank_a, last_a, _), (rank_b, last_b, _)| {
        last_b.cmp(last_a).then(rank_a.cmp(rank_b))
    });

    let latest = of_group
        .iter()
        .rev()
        .find(|d| is_past(d))
        .map(|d| LatestDialogue {
            dialogue: d.id.clone(),
            date: d.date,
            agenda_items: d.agenda_items.clone(),
            topics_raised: d.topics_raised.clone(),
        });

    let next = Next {
        upcoming: of_group
            .iter()
            .filter(|d| status(d) == Status::Upcoming)
            .map(|d| Raising {
                dialogue: d.id.clone(),
                date: d.date,
            })
            .collect(),
        earlier_months: of_group
            .iter()
            .filter(|d| is_past(d))
            .filter_map(|d| d.date.and_then(|date| date.month))
            .collect(),
        announcements: dataset.announcements.clone(),
    };

    let cited: HashSet<&str> = of_group.iter().flat_map(|d| cited_sources(d)).collect();
    let sources = dataset
        .sources
        .iter()
        .filter(|s| cited.contains(s.id.as_str()))
        .map(|s| s.id.clone())
        .collect();

    Some(Brief {
        working_group: group_id.to_string(),
        updated: dataset.updated,
        timeline: timeline(&dialogues),
        dialogues,
        themes_here: themes_here.into_iter().map(|(_, _, t)| t).collect(),
        themes_elsewhere: themes_elsewhere.into_iter().map(|(_, _, t)| t).collect(),
        latest,
        next,
        sources,
    })
}

/// A dialogue's attendance, grouped by what is counted.
fn figures_of(dialogue: &Dialogue) -> Vec<Figures> {
    let mut groups: Vec<Figures> = Vec::new();
    for a in &dialogue.attendance {
        let report = Report {
            count: a.count,
            qualifier: a.qualifier,
            source: a.reported_by.clone(),
            note: a.note.clone(),
        };
        match groups.iter_mut().find(|g| g.counted == a.counted) {
            Some(group) => group.reports.push(report),
            None => groups.push(Figures {
                counted: a.counted,
                reports: vec![report],
            }),
        }
    }
    groups
}

fn cited_sources(d: &Dialogue) -> impl Iterator<Item = &str> {
    d.sources
        .iter()
        .chain(d.agenda_items.iter().map(|e| &e.source))
        .chain(d.topics_raised.iter().map(|e| &e.source))
        .chain(d.attendance.iter().map(|a| &a.reported_by))
        .chain(d.chairs.iter().map(|c| &c.source))
        .chain(d.ordinals.iter().map(|o| &o.reported_by))
        .map(String::as_str)
}

/// Days since 1970 of the first day a date may be.
fn first_day(date: PartialDate) -> i64 {
    PartialDate::day(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))
        .days_since_epoch()
        .unwrap_or(0)
}

fn timeline(dialogues: &[BriefDialogue]) -> Timeline {
    let dated: Vec<(&BriefDialogue, PartialDate)> = dialogues
        .iter()
        .filter_map(|d| d.date.map(|date| (d, date)))
        .collect();
    let start = dated.first().map(|(_, date)| *date);
    let end = dated.last().map(|(_, date)| *date);
    let (from, to) = (start.map_or(0, first_day), end.map_or(0, first_day));
    let position = |day: i64| {
        if to == from {
            0.5
        } else {
            (day - from) as f64 / (to - from) as f64
        }
    };
    let marks = dated
        .iter()
        .map(|(d, date)| TimelineMark {
            dialogue: d.id.clone(),
            date: *date,
            position: position(first_day(*date)),
            status: d.status,
            attendance: d.attendance.clone(),
        })
        .collect();
    let ticks = match (start, end) {
        (Some(start), Some(end)) => (start.year..=end.year)
            .map(|year| (year, first_day(PartialDate::day(year, 1, 1))))
            .filter(|(_, day)| (from..=to).contains(day) && to > from)
            .map(|(year, day)| YearTick {
                year,
                position: position(day),
            })
            .collect(),
        _ => Vec::new(),
    };
    Timeline {
        start,
        end,
        marks,
        ticks,
        undated: dialogues
            .iter()
            .filter(|d| d.date.is_none())
            .map(|d| d.id.clone())
            .collect(),
    }
}

/// The working group "Prepare" opens: the one whose next dialogue comes first, else the one
/// that met last, else the dataset's first. None without working groups.
pub fn prepare_group(dataset: &Dataset, today: PartialDate) -> Option<String> {
    let chronological = in_date_order(dataset);
    let dated = || chronological.iter().filter(|d| d.date.is_some());
    let next = dated().find(|d| Status::of(d.date, today) == Status::Upcoming);
    let latest = dated()
        .rev()
        .find(|d| Status::of(d.date, today) == Status::Past);
    next.or(latest)
        .and_then(|d| d.working_groups.first())
        .or_else(|| dataset.working_groups.first().map(|w| &w.id))
        .cloned()
}

/// The file name the brief downloads as: `brief-<working group id>.md`.
pub fn file_name(brief: &Brief) -> String {
    format!("brief-{}.md", brief.working_group)
}

/// "Firearms, 6 May 2022": a dialogue named by its working groups and date, in `lang`.
pub fn dialogue_name(dataset: &Dataset, id: &str, lang: Lang) -> String {
    let m = lang.messages();
    match dataset.dialogue(id) {
        Some(d) => format!(
            "{}{}{}",
            dataset.group_names(d, lang.code()),
            m.comma,
            date_text(d.date, lang)
        ),
        None => id.to_string(),
    }
}

/// A date as running text and the other files write it ("6 May 2022", "October 2025").
pub fn date_text(date: Option<PartialDate>, lang: Lang) -> String {
    let m = lang.messages();
    match date {
        Some(date) => crate::core::messages::tidy(&(m.citation_date)(date)),
        None => m.date_not_known.to_string(),
    }
}

/// What the brief calls a source beside a figure: its publisher, or its full name where two
/// sources of the same figures share a publisher (so that each figure's source stays clear).
fn source_short(dataset: &Dataset, id: &str, among: &[Report], lang: Lang) -> String {
    let Some(source) = dataset.source(id) else {
        return id.to_string();
    };
    let publisher = source.publisher.get(lang.code()).0;
    let shared = among.iter().any(|r| {
        r.source != id
            && dataset
                .source(&r.source)
                .is_some_and(|s| s.publisher.get(lang.code()).0 == publisher)
    });
    if shared || publisher.is_empty() {
        source.name(lang.code())
    } else {
        publisher.to_string()
    }
}

/// "100 participants according to UNODC, 60 according to I-CLAIM (the sources disagree)".
pub fn figures_text(dataset: &Dataset, figures: &Figures, lang: Lang) -> String {
    let m = lang.messages();
    let b = brief_messages(lang);
    let parts: Vec<String> = figures
        .reports
        .iter()
        .map(|r| {
            let figure = (m.attendance_figure)(
                r.qualifier,
                r.count,
                (m.counted_name)(figures.counted, r.count),
            );
            let source = source_short(dataset, &r.source, &figures.reports, lang);
            (b.according_to)(&figure, &source)
        })
        .collect();
    let text = parts.join(m.comma);
    if figures.sources_disagree() {
        (b.disagreeing)(&text)
    } else {
        text
    }
}

/// What the brief says of one of its dialogues, after its name: the sessions it followed, its
/// format, its attendance figures with their sources ("not known" where the dataset is silent).
pub fn dialogue_facts(dataset: &Dataset, dialogue: &BriefDialogue, lang: Lang) -> Vec<String> {
    let m = lang.messages();
    let b = brief_messages(lang);
    let mut facts: Vec<String> = dialogue
        .sessions
        .iter()
        .map(|s| {
            let group = dataset
                .working_group(&s.working_group)
                .map(|w| w.name.get(lang.code()).0)
                .unwrap_or_default();
            (m.follows_session)(s.number, group)
        })
        .collect();
    let format = dialogue.format.map_or(m.not_known, |f| (m.format_name)(f));
    facts.push(format!("{}{}{format}", m.format_label, b.colon));
    let attendance = if dialogue.attendance.is_empty() {
        m.not_known.to_string()
    } else {
        dialogue
            .attendance
            .iter()
            .map(|f| figures_text(dataset, f, lang))
            .collect::<Vec<_>>()
            .join(b.semicolon)
    };
    facts.push(format!("{}{}{attendance}", m.attendance_heading, b.colon));
    facts
}

/// The time line's text equivalent: how many dialogues between which dates, and how many are
/// left off for want of a date. `date` writes a date as the page does.
pub fn timeline_sentences(
    timeline: &Timeline,
    lang: Lang,
    date: &dyn Fn(PartialDate) -> String,
) -> Vec<String> {
    let b = brief_messages(lang);
    let mut said = Vec::new();
    match (timeline.start, timeline.end) {
        (Some(start), Some(end)) => said.push((b.timeline_summary)(
            timeline.marks.len(),
            &date(start),
            &date(end),
        )),
        _ if timeline.undated.is_empty() => said.push(b.no_dialogues.to_string()),
        _ => {}
    }
    if !timeline.undated.is_empty() {
        said.push((b.undated)(timeline.undated.len()));
    }
    said
}

/// What the brief says of a theme raised here, in order: where the group first raised it,
/// where another group had raised it before, where it was raised again (or that it was not),
/// and when it was last raised with the dialogues held since. `name` names a dialogue by id.
pub fn theme_here_sentences(
    theme: &ThemeHere,
    lang: Lang,
    name: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let b = brief_messages(lang);
    let mut said = vec![(b.first_here)(&name(&theme.first.dialogue))];
    if let Some(earlier) = &theme.first_elsewhere {
        said.push((b.first_elsewhere)(&name(&earlier.dialogue)));
    }
    if theme.again.is_empty() {
        said.push(b.not_again.to_string());
    } else {
        let again: Vec<String> = theme.again.iter().map(|r| name(&r.dialogue)).collect();
        said.push((b.raised_again)(&(b.list)(&again)));
    }
    let last = name(&theme.last.dialogue);
    if theme.unrecorded_since.is_empty() || theme.absent_since > 0 {
        said.push((b.last_raised)(&last, theme.absent_since));
    } else {
        // "No dialogue has been held since" would be false: one was, recording nothing.
        said.push((b.last_raised_only)(&last));
    }
    if !theme.unrecorded_since.is_empty() {
        let unknown: Vec<String> = theme
            .unrecorded_since
            .iter()
            .map(|r| name(&r.dialogue))
            .collect();
        said.push((catalogue(lang).continuity_unrecorded)(&(b.list)(&unknown)));
    }
    said
}

/// Where and when a theme was raised at other groups' dialogues.
pub fn theme_elsewhere_sentence(
    theme: &ThemeElsewhere,
    lang: Lang,
    name: &dyn Fn(&str) -> String,
) -> String {
    let b = brief_messages(lang);
    let at: Vec<String> = theme.raised_at.iter().map(|r| name(&r.dialogue)).collect();
    (b.raised_at)(&(b.list)(&at))
}

/// What is known of the next dialogue: the announced ones or that none is, then the months of
/// the earlier dialogues where any is known (a fact of the data, never a forecast).
pub fn next_sentences(next: &Next, lang: Lang, name: &dyn Fn(&str) -> String) -> Vec<String> {
    let b = brief_messages(lang);
    let mut said = Vec::new();
    if next.upcoming.is_empty() {
        said.push(b.none_announced.to_string());
    } else {
        let upcoming: Vec<String> = next.upcoming.iter().map(|r| name(&r.dialogue)).collect();
        said.push((b.announced)(&(b.list)(&upcoming)));
    }
    if !next.earlier_months.is_empty() {
        let months: Vec<String> = next
            .earlier_months
            .iter()
            .map(|m| b.months[*m as usize - 1].to_string())
            .collect();
        said.push((b.earlier_months)(&(b.list)(&months)));
    }
    said
}

/// A text of the dataset as Markdown shows it literally: the characters that would mark
/// emphasis, links, code, HTML or a heading are escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An address as a Markdown link target: spaces and brackets would end it.
fn link_target(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
        .replace('<', "%3C")
        .replace('>', "%3E")
}

/// The brief as a Markdown file, in the reader's language: the same statements as the page.
pub fn brief_markdown(dataset: &Dataset, brief: &Brief, lang: Lang) -> String {
    let m = lang.messages();
    let b = brief_messages(lang);
    let code = lang.code();
    let group = dataset
        .working_group(&brief.working_group)
        .map(|w| inline(w.name.get(code).0))
        .unwrap_or_else(|| inline(&brief.working_group));
    // The group's own dialogues go by their date; another group's by its groups and date.
    let name = |id: &str| match dataset.dialogue(id) {
        Some(d) if d.working_groups.contains(&brief.working_group) => date_text(d.date, lang),
        Some(d) => (b.other_group_dialogue)(
            &inline(&dataset.group_names(d, code)),
            &date_text(d.date, lang),
        ),
        None => inline(id),
    };
    let theme = |id: &str| {
        dataset
            .theme(id)
            .map(|t| inline(t.label.get(code).0))
            .unwrap_or_else(|| inline(id))
    };
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };

    line(&format!("# {}", (b.title)(&group)));
    line("");
    if let Some(updated) = brief.updated {
        line(&(m.data_as_of)(&date_text(Some(updated), lang)));
        line("");
    }

    line(&format!("## {}", b.dialogues_heading));
    line("");
    if brief.dialogues.is_empty() {
        line(b.no_dialogues);
    }
    for d in &brief.dialogues {
        let parts: Vec<String> = dialogue_facts(dataset, d, lang)
            .iter()
            .map(|fact| inline(fact))
            .collect();
        let upcoming = if d.status == Status::Upcoming {
            format!(" ({})", m.status_upcoming)
        } else {
            String::new()
        };
        line(&format!(
            "- **{}**{upcoming}{}{}",
            name(&d.id),
            b.colon,
            parts.join(b.semicolon)
        ));
    }
    line("");

    line(&format!("## {}", b.timeline_heading));
    line("");
    let said = timeline_sentences(&brief.timeline, lang, &|d| date_text(Some(d), lang));
    line(&said.join("\n\n"));
    line("");

    line(&format!("## {}", b.themes_heading));
    line("");
    if brief.themes_here.is_empty() {
        line(b.no_themes);
    }
    for t in &brief.themes_here {
        let said = theme_here_sentences(t, lang, &name);
        line(&format!(
            "- **{}**{}{}",
            theme(&t.theme),
            b.colon,
            said.join(m.word_space)
        ));
    }
    line("");

    line(&format!("## {}", b.elsewhere_heading));
    line("");
    if brief.themes_elsewhere.is_empty() {
        line(b.no_elsewhere);
    }
    for t in &brief.themes_elsewhere {
        line(&format!(
            "- **{}**{}{}",
            theme(&t.theme),
            b.colon,
            theme_elsewhere_sentence(t, lang, &name)
        ));
    }
    line("");

    match &brief.latest {
        Some(latest) => {
            line(&format!(
                "## {}",
                (b.latest_heading)(&name(&latest.dialogue))
            ));
            for (heading, entries) in [
                (m.agenda_items_heading, &latest.agenda_items),
                (m.topics_heading, &latest.topics_raised),
            ] {
                line("");
                line(&format!("### {heading}"));
                line("");
                if entries.is_empty() {
                    line(m.none_recorded);
                }
                for e in entries {
                    line(&format!("- {}", inline(e.text.get(code).0)));
                }
            }
        }
        None => {
            line(&format!("## {}", b.latest_heading_none));
            line("");
            line(b.no_latest);
        }
    }
    line("");

    line(&format!("## {}", b.next_heading));
    line("");
    line(&next_sentences(&brief.next, lang, &name).join("\n\n"));
    if let Some(source) = brief
        .next
        .announcements
        .as_deref()
        .and_then(|id| dataset.source(id))
    {
        line("");
        let url = link_target(source.url.as_deref().unwrap_or_default());
        line(&format!(
            "{} [{}]({url})",
            m.announced_at,
            inline(&source.name(code))
        ));
    }
    line("");

    line(&format!("## {}", m.sources_heading));
    line("");
    if brief.sources.is_empty() {
        line(m.none_recorded);
    }
    for id in &brief.sources {
        let Some(source) = dataset.source(id) else {
            continue;
        };
        match &source.url {
            Some(url) => line(&format!(
                "- [{}]({})",
                inline(&source.name(code)),
                link_target(url)
            )),
            None => line(&format!("- {}", inline(&source.name(code)))),
        }
    }
    // "… 2025 г.." where a sentence ends with a date that ends with its own full stop.
    crate::core::messages::tidy(&out)
}

#[cfg(test)]
mod tests;
