use super::*;
use crate::core::dataset;
use crate::core::matrix::theme_continuity;

fn bundled() -> Dataset {
    dataset::load(include_str!("../../../public/data/dialogues.json")).expect("bundled")
}

/// The day the bundled dataset was brought up to date, after its last dialogue.
fn today() -> PartialDate {
    PartialDate::day(2026, 12, 2)
}

fn ids(raisings: &[Raising]) -> Vec<&str> {
    raisings.iter().map(|r| r.dialogue.as_str()).collect()
}

fn here<'a>(brief: &'a Brief, theme: &str) -> &'a ThemeHere {
    brief.themes_here.iter().find(|t| t.theme == theme).unwrap()
}

/// A small dataset: groups tip and fa, themes x, y and z, and the given dialogues (JSON objects
/// with an id, groups, an optional date, attendance and topics; the rest filled in).
fn small(dialogues: &[&str]) -> Dataset {
    let dialogues: Vec<String> = dialogues
        .iter()
        .map(|d| {
            format!(
                r#"{{"follows_sessions": [], "time_zone": "Europe/Vienna", "chairs": [], "ordinals": [],
                "agenda_items": [], "certainty": {{"level": "high"}}, "sources": ["s"], {d}}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{
      "schema_version": 1,
      "updated": "2026-12-01",
      "sources": [
        {{"id": "s", "title": "S", "publisher": "P", "kind": "official"}},
        {{"id": "t", "title": "T", "publisher": "Q", "kind": "civil_society"}},
        {{"id": "u", "title": "U", "publisher": "Q", "kind": "civil_society"}}
      ],
      "working_groups": [
        {{"id": "tip", "name": "Working Group on Trafficking in Persons", "short_name": "Trafficking in Persons", "instrument": "T"}},
        {{"id": "fa", "name": "Working Group on Firearms", "short_name": "Firearms", "instrument": "F"}}
      ],
      "themes": [
        {{"id": "x", "label": "X", "description": "d"}},
        {{"id": "y", "label": "Y", "description": "d"}},
        {{"id": "z", "label": "Z", "description": "d"}}
      ],
      "dialogues": [{}]
    }}"#,
        dialogues.join(",")
    );
    dataset::load(&text).unwrap_or_else(|p| panic!("{:?}", p.to_vec()))
}

fn topic(id: &str, theme: &str) -> String {
    format!(r#"{{"id": "{id}", "text": "{id}", "themes": ["{theme}"], "source": "s"}}"#)
}

fn dialogue(id: &str, groups: &str, date: Option<&str>, topics: &[String]) -> String {
    let date = date.map_or(String::new(), |d| format!(r#""date": "{d}","#));
    format!(
        r#""id": "{id}", "working_groups": [{groups}], {date} "attendance": [], "topics_raised": [{}]"#,
        topics.join(",")
    )
}

#[test]
fn an_unknown_working_group_has_no_brief() {
    assert!(brief(&bundled(), "no-such-group", today()).is_none());
}

#[test]
fn the_dialogues_are_in_time_order_with_sessions_formats_and_figures() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    let listed: Vec<&str> = b.dialogues.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        listed,
        [
            "firearms-2022",
            "firearms-2023",
            "firearms-2024",
            "firearms-2025"
        ]
    );
    assert!(b.dialogues.iter().all(|d| d.status == Status::Past));
    assert_eq!(b.dialogues[0].sessions[0].number, Some(9));
    assert_eq!(b.dialogues[0].format, Some(Format::Hybrid));
    assert_eq!(b.dialogues[2].format, None);
    // 2023: three things counted, each by one source: no disagreement.
    let f2023 = &b.dialogues[1].attendance;
    assert_eq!(
        f2023.iter().map(|f| f.counted).collect::<Vec<_>>(),
        [
            Counted::Registrations,
            Counted::Organisations,
            Counted::Ngos
        ]
    );
    assert!(f2023.iter().all(|f| !f.sources_disagree()));
    // 2024: UNODC counted 65 non-governmental participants, the Alliance 144: both kept.
    let ngs = b.dialogues[2]
        .attendance
        .iter()
        .find(|f| f.counted == Counted::NonGovernmentalStakeholders)
        .unwrap();
    let reports: Vec<(u32, &str)> = ngs
        .reports
        .iter()
        .map(|r| (r.count, r.source.as_str()))
        .collect();
    assert_eq!(
        reports,
        [(65, "unodc-firearms-2024"), (144, "alliance-firearms-2024")]
    );
    assert!(ngs.sources_disagree());
    assert_eq!(
        figures_text(&data, ngs, Lang::En),
        "65 non-governmental participants according to UNODC, 144 non-governmental participants \
         according to Alliance of NGOs on Crime Prevention and Criminal Justice (the sources disagree)"
    );
    assert!(b.dialogues[3].attendance.is_empty());
}

#[test]
fn joint_dialogues_belong_to_each_of_their_groups() {
    let data = bundled();
    for group in ["international-cooperation", "technical-assistance"] {
        let b = brief(&data, group, today()).unwrap();
        assert_eq!(b.dialogues[0].id, "ic-ta-2022", "{group}");
    }
}

#[test]
fn the_time_line_runs_from_the_first_date_to_the_last_with_year_ticks() {
    let b = brief(&bundled(), "tip", today()).unwrap();
    let t = &b.timeline;
    assert_eq!(t.start, Some(PartialDate::day(2022, 7, 1)));
    assert_eq!(t.end, Some(PartialDate::day(2025, 10, 8)));
    let positions: Vec<f64> = t.marks.iter().map(|m| m.position).collect();
    assert_eq!(positions.first(), Some(&0.0));
    assert_eq!(positions.last(), Some(&1.0));
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(
        t.ticks.iter().map(|t| t.year).collect::<Vec<_>>(),
        [2023, 2024, 2025]
    );
    assert!(t.ticks.iter().all(|t| t.position > 0.0 && t.position < 1.0));
    // 1 January 2023 is 184 days after 1 July 2022, of 1195 in all.
    assert!((t.ticks[0].position - 184.0 / 1195.0).abs() < 1e-9);
    // The marks carry the figures; tip-2024 has none.
    assert_eq!(t.marks[1].attendance.len(), 4);
    assert!(t.marks[2].attendance.is_empty());
    assert!(t.undated.is_empty());
}

#[test]
fn themes_raised_here_say_first_again_last_and_absence_sorted_recurring_then_recent() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    let order: Vec<&str> = b.themes_here.iter().map(|t| t.theme.as_str()).collect();
    assert_eq!(
        order,
        [
            // Raised more than once, all last at firearms-2025: in the dataset's theme order.
            "criminalization",
            "implementation",
            "review-mechanism",
            "partnerships",
            "data-evidence",
            "technology-online",
            // Raised once: the most recent first.
            "prevention",
            "gender",
            "firearms-new-technologies",
            "victim-centred",
            "international-cooperation",
            "technical-assistance",
            "protocol-scope",
        ]
    );
    let implementation = here(&b, "implementation");
    assert_eq!(implementation.first.dialogue, "firearms-2022");
    assert_eq!(
        implementation.first.date,
        Some(PartialDate::day(2022, 5, 6))
    );
    assert_eq!(
        ids(&implementation.again),
        ["firearms-2023", "firearms-2024", "firearms-2025"]
    );
    assert_eq!(implementation.last.dialogue, "firearms-2025");
    assert_eq!(implementation.absent_since, 0);
    assert!(implementation.first_elsewhere.is_none());
    assert!(implementation.recurring());

    let new_tech = here(&b, "firearms-new-technologies");
    assert!(!new_tech.recurring());
    assert_eq!(new_tech.first, new_tech.last);
    assert_eq!(new_tech.absent_since, 1);
    assert_eq!(here(&b, "protocol-scope").absent_since, 2);
    // Raised first at other groups' dialogues, in 2022.
    assert_eq!(
        here(&b, "victim-centred")
            .first_elsewhere
            .as_ref()
            .map(|r| r.dialogue.as_str()),
        Some("tip-2022")
    );
}

#[test]
fn absence_agrees_with_the_continuity_of_the_whole_record_when_every_dialogue_is_past() {
    let data = bundled();
    for group in &data.working_groups {
        let b = brief(&data, &group.id, today()).unwrap();
        for t in &b.themes_here {
            let c = theme_continuity(&data, &t.theme);
            let g = c
                .groups
                .iter()
                .find(|g| g.working_group == group.id)
                .unwrap();
            let mut raised = vec![t.first.dialogue.clone()];
            raised.extend(t.again.iter().map(|r| r.dialogue.clone()));
            assert_eq!(raised, g.raised_in, "{} {}", group.id, t.theme);
            assert_eq!(t.absent_since, g.silent_since, "{} {}", group.id, t.theme);
            assert_eq!(
                c.overall.first(),
                Some(
                    t.first_elsewhere
                        .as_ref()
                        .unwrap_or(&t.first)
                        .dialogue
                        .as_str()
                )
            );
        }
    }
}

#[test]
fn a_first_raising_on_the_same_day_goes_to_the_dialogue_first_in_the_dataset() {
    // tip-2022 and som-2022 were both held on 1 July 2022; tip-2022 comes first in the file.
    let b = brief(&bundled(), "som", today()).unwrap();
    let victim = here(&b, "victim-centred");
    assert_eq!(victim.first.dialogue, "som-2022");
    assert_eq!(
        victim.first_elsewhere.as_ref().map(|r| r.dialogue.as_str()),
        Some("tip-2022")
    );
    let b = brief(&bundled(), "tip", today()).unwrap();
    assert!(here(&b, "victim-centred").first_elsewhere.is_none());
}

#[test]
fn themes_raised_elsewhere_never_here_say_where_and_when_most_recent_first() {
    let b = brief(&bundled(), "firearms", today()).unwrap();
    let order: Vec<&str> = b
        .themes_elsewhere
        .iter()
        .map(|t| t.theme.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "protection-assistance",
            "ai-online-scams",
            "children",
            "organ-removal",
            "smuggling-by-sea",
            "who-is-a-smuggler",
            "corruption",
            "non-punishment",
        ]
    );
    let children = &b.themes_elsewhere[2];
    assert_eq!(
        ids(&children.raised_at),
        ["tip-2022", "tip-2023", "tip-2024"]
    );
    assert_eq!(
        children.raised_at[2].date,
        Some(PartialDate::day(2024, 7, 10))
    );
    // None of them is raised here, and every theme raised anywhere is in one list or the other.
    let data = bundled();
    for t in &b.themes_elsewhere {
        assert!(b.themes_here.iter().all(|h| h.theme != t.theme));
    }
    let raised_anywhere = data
        .themes
        .iter()
        .filter(|t| !theme_continuity(&data, &t.id).overall.raised_in.is_empty())
        .count();
    assert_eq!(
        b.themes_here.len() + b.themes_elsewhere.len(),
        raised_anywhere
    );
}

#[test]
fn the_latest_dialogue_gives_its_agenda_and_topics() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    let latest = b.latest.as_ref().unwrap();
    assert_eq!(latest.dialogue, "firearms-2025");
    let d = data.dialogue("firearms-2025").unwrap();
    assert_eq!(latest.agenda_items, d.agenda_items);
    assert_eq!(latest.topics_raised, d.topics_raised);
}

#[test]
fn nothing_announced_and_the_months_of_earlier_dialogues() {
    let b = brief(&bundled(), "firearms", today()).unwrap();
    assert!(b.next.upcoming.is_empty());
    assert_eq!(b.next.earlier_months, [5, 5, 4, 4]);
    assert_eq!(b.next.announcements.as_deref(), Some("unodc-cd-overview"));
    let md = brief_markdown(&bundled(), &b, Lang::En);
    assert!(md.contains("No upcoming dialogue of this working group is announced in the dataset."));
    assert!(md.contains(
        "From the data alone, not a forecast: earlier dialogues of this working group took \
         place in May, May, April and April."
    ));
}

#[test]
fn a_dialogue_known_by_its_month_is_upcoming_until_its_month_is_over() {
    let data = bundled();
    let during = brief(&data, "som", PartialDate::day(2025, 10, 15)).unwrap();
    assert_eq!(ids(&during.next.upcoming), ["som-2025"]);
    assert_eq!(during.next.earlier_months, [7, 10, 7]);
    assert_eq!(during.latest.as_ref().unwrap().dialogue, "som-2024");
    let after = brief(&data, "som", today()).unwrap();
    assert!(after.next.upcoming.is_empty());
    assert_eq!(after.next.earlier_months, [7, 10, 7, 10]);
    assert_eq!(after.latest.as_ref().unwrap().dialogue, "som-2025");
    // On the time line it stands at the first of its month, the last mark.
    let last = after.timeline.marks.last().unwrap();
    assert_eq!(last.dialogue, "som-2025");
    assert_eq!(last.position, 1.0);
    assert_eq!(after.timeline.end, PartialDate::parse("2025-10").ok());
}

#[test]
fn the_sources_are_those_the_groups_dialogues_cite() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    for id in [
        "unodc-firearms-2024",
        "alliance-firearms-2024",
        "gitoc-firearms-2024",
    ] {
        assert!(b.sources.iter().any(|s| s == id), "{id}");
    }
    assert!(!b.sources.iter().any(|s| s == "ibvm-tip-2025"));
    let order: Vec<usize> = b
        .sources
        .iter()
        .map(|id| data.sources.iter().position(|s| &s.id == id).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "the dataset's order");
}

#[test]
fn a_group_without_dialogues_has_a_brief_that_says_so() {
    let data = small(&[&dialogue(
        "tip-1",
        r#""tip""#,
        Some("2023-05-05"),
        &[topic("t1", "x")],
    )]);
    let b = brief(&data, "fa", today()).unwrap();
    assert!(b.dialogues.is_empty());
    assert_eq!(b.timeline.start, None);
    assert!(b.timeline.marks.is_empty() && b.timeline.ticks.is_empty());
    assert!(b.themes_here.is_empty());
    assert_eq!(ids(&b.themes_elsewhere[0].raised_at), ["tip-1"]);
    assert!(b.latest.is_none());
    assert!(b.next.upcoming.is_empty() && b.next.earlier_months.is_empty());
    assert!(b.sources.is_empty());
    for lang in Lang::ALL {
        let md = brief_markdown(&data, &b, lang);
        let bm = brief_messages(lang);
        assert!(md.contains(bm.no_dialogues), "{lang:?}");
        assert!(md.contains(bm.no_themes), "{lang:?}");
        assert!(md.contains(bm.no_latest), "{lang:?}");
        assert!(md.contains(bm.none_announced), "{lang:?}");
        let fact = (bm.earlier_months)("\u{1}");
        let opening = fact.split('\u{1}').next().unwrap();
        assert!(!md.contains(opening), "{lang:?}: no months to tell");
    }
}

#[test]
fn a_single_dialogue_sits_mid_axis_and_is_the_latest() {
    let data = small(&[&dialogue(
        "fa-1",
        r#""fa""#,
        Some("2024-04-05"),
        &[topic("t1", "y")],
    )]);
    let b = brief(&data, "fa", today()).unwrap();
    assert_eq!(b.timeline.marks.len(), 1);
    assert_eq!(b.timeline.marks[0].position, 0.5);
    assert!(b.timeline.ticks.is_empty());
    let y = here(&b, "y");
    assert_eq!((y.first.dialogue.as_str(), y.absent_since), ("fa-1", 0));
    assert!(!y.recurring());
    assert_eq!(b.latest.as_ref().unwrap().dialogue, "fa-1");
    assert_eq!(b.next.earlier_months, [4]);
    let md = brief_markdown(&data, &b, Lang::En);
    assert!(md.contains("One dialogue (5 April 2024)."), "{md}");
    assert!(md.contains("took place in April."), "{md}");
}

#[test]
fn only_upcoming_dialogues_no_latest_and_no_months() {
    let data = small(&[
        &dialogue("fa-1", r#""fa""#, Some("2027-04-05"), &[topic("t1", "x")]),
        &dialogue("fa-2", r#""fa""#, Some("2027-03"), &[]),
    ]);
    let b = brief(&data, "fa", today()).unwrap();
    assert_eq!(ids(&b.next.upcoming), ["fa-2", "fa-1"], "soonest first");
    assert!(b.next.earlier_months.is_empty());
    assert!(b.latest.is_none());
    assert!(b.dialogues.iter().all(|d| d.status == Status::Upcoming));
    // Announced on an upcoming agenda: raised, and absent from no dialogue held since.
    assert_eq!(here(&b, "x").absent_since, 0);
    let md = brief_markdown(&data, &b, Lang::En);
    assert!(
        md.contains("Announced in the dataset: March 2027 and 5 April 2027."),
        "{md}"
    );
    assert!(md.contains("No dialogue of this working group has been held yet."));
    assert!(!md.contains("took place in"));
}

#[test]
fn absence_counts_past_dated_dialogues_only() {
    let data = small(&[
        &dialogue("tip-1", r#""tip""#, Some("2023-05-05"), &[topic("t1", "x")]),
        &dialogue("tip-2", r#""tip""#, Some("2024-05"), &[topic("t2", "z")]),
        &dialogue("tip-3", r#""tip""#, Some("2027-05-05"), &[]),
        &dialogue("tip-4", r#""tip""#, None, &[]),
    ]);
    let b = brief(&data, "tip", today()).unwrap();
    // tip-2 was held since (and records a topic); tip-3 is upcoming and tip-4 has no date:
    // neither counts.
    assert_eq!(here(&b, "x").absent_since, 1);
    assert_eq!(b.next.earlier_months, [5, 5]);
    assert_eq!(b.latest.as_ref().unwrap().dialogue, "tip-2");
    assert_eq!(b.timeline.undated, ["tip-4"]);
    assert_eq!(b.timeline.marks.len(), 3);
    // The month-only date is placed at 1 May 2024.
    let expected = (PartialDate::day(2024, 5, 1).days_since_epoch().unwrap()
        - PartialDate::day(2023, 5, 5).days_since_epoch().unwrap()) as f64
        / (PartialDate::day(2027, 5, 5).days_since_epoch().unwrap()
            - PartialDate::day(2023, 5, 5).days_since_epoch().unwrap()) as f64;
    assert!((b.timeline.marks[1].position - expected).abs() < 1e-12);
    assert_eq!(b.dialogues.last().unwrap().id, "tip-4");
    let md = brief_markdown(&data, &b, Lang::En);
    assert!(
        md.contains("not raised at the one dialogue of this working group held since."),
        "{md}"
    );
    assert!(md.contains("One dialogue without a date is not on the time line."));
}

#[test]
fn figures_of_one_kind_disagree_only_between_sources() {
    let attendance = |figures: &[(&str, u32, &str)]| -> String {
        let list: Vec<String> = figures
            .iter()
            .map(|(counted, count, source)| {
                format!(
                    r#"{{"count": {count}, "qualifier": "exact", "counted": "{counted}", "reported_by": "{source}"}}"#
                )
            })
            .collect();
        format!(
            r#""id": "fa-1", "working_groups": ["fa"], "date": "2024-04-05", "topics_raised": [], "attendance": [{}]"#,
            list.join(",")
        )
    };
    let figures = |json: String| {
        let data = small(&[&json]);
        let b = brief(&data, "fa", today()).unwrap();
        (data.clone(), b.dialogues[0].attendance.clone())
    };
    let (data, two) = figures(attendance(&[("ngos", 40, "s"), ("ngos", 60, "t")]));
    assert_eq!(two.len(), 1);
    assert!(two[0].sources_disagree());
    assert_eq!(
        figures_text(&data, &two[0], Lang::En),
        "40 NGOs according to P, 60 NGOs according to Q (the sources disagree)"
    );
    // Agreeing sources, and one source giving two figures, are no disagreement.
    let (_, same) = figures(attendance(&[("ngos", 40, "s"), ("ngos", 40, "t")]));
    assert!(!same[0].sources_disagree());
    let (_, one) = figures(attendance(&[("ngos", 40, "s"), ("ngos", 60, "s")]));
    assert!(!one[0].sources_disagree());
    // Different things counted are separate groups.
    let (_, kinds) = figures(attendance(&[("ngos", 40, "s"), ("states", 60, "t")]));
    assert_eq!(kinds.len(), 2);
    // Two sources of one publisher: each is named in full, so the figures stay apart.
    let (data, shared) = figures(attendance(&[("ngos", 40, "t"), ("ngos", 60, "u")]));
    assert_eq!(
        figures_text(&data, &shared[0], Lang::En),
        "40 NGOs according to Q: T, 60 NGOs according to Q: U (the sources disagree)"
    );
}

#[test]
fn the_markdown_says_everything_in_each_language() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    let english = brief_markdown(&data, &b, Lang::En);
    assert!(english.starts_with("# Working-group brief: Working Group on Firearms\n"));
    assert!(english.contains("Data as of 1 December 2026."));
    assert!(english.contains("\n## Latest dialogue: 30 April 2025\n"));
    assert!(english.contains("(the sources disagree)"));
    assert!(
        english.contains(
            "- **Universalization and implementation**: First raised here at 6 May 2022. \
         Raised again at 5 May 2023, 5 April 2024 and 30 April 2025."
        ),
        "{english}"
    );
    assert!(english.contains("4 dialogues (first: 6 May 2022; last: 30 April 2025)."));
    assert!(english.contains("\n## Sources\n"));
    assert!(english.contains("[UNODC"));
    for lang in Lang::ALL {
        let md = brief_markdown(&data, &b, lang);
        let bm = brief_messages(lang);
        let m = lang.messages();
        assert!(md.contains(bm.elsewhere_heading), "{lang:?}");
        assert!(md.contains(bm.none_announced), "{lang:?}");
        assert!(
            md.contains(bm.months[4]) && md.contains(bm.months[3]),
            "{lang:?}: May, April"
        );
        assert!(md.contains(m.agenda_items_heading) && md.contains(m.topics_heading));
        // Each section once, in the same order in every language.
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings.len(), 7, "{lang:?}: {headings:?}");
        assert!(!md.contains('{') && !md.contains("  "), "{lang:?}");
        assert!(!md.contains("г.."), "{lang:?}: one full stop");
        if lang != Lang::En {
            assert_ne!(md, english);
            assert!(!md.contains("according to"), "{lang:?}");
        }
    }
}

#[test]
fn the_brief_downloads_under_a_name_that_says_whose_it_is() {
    let b = brief(&bundled(), "tip", today()).unwrap();
    assert_eq!(file_name(&b), "brief-tip.md");
}

#[test]
fn every_language_has_its_messages_with_their_arguments() {
    for lang in Lang::ALL {
        let bm = brief_messages(lang);
        assert!((bm.title)("G").contains('G'));
        assert!((bm.last_raised)("L", 3).contains('3') && (bm.last_raised)("L", 3).contains('L'));
        assert_ne!(
            (bm.last_raised)("L", 0),
            (bm.last_raised)("L", 1),
            "{lang:?}"
        );
        assert!((bm.timeline_summary)(5, "A", "B").contains('5'));
        let list = (bm.list)(&["a".into(), "b".into(), "c".into()]);
        assert!(list.contains('a') && list.contains('c'), "{lang:?}");
        assert_eq!((bm.list)(&["a".into()]), "a");
        assert!((bm.according_to)("F", "S").contains('S'));
        assert!((bm.earlier_months)("M").contains('M'));
        assert_eq!(bm.months.iter().collect::<HashSet<_>>().len(), 12);
        if lang != Lang::En {
            assert_ne!(bm.none_announced, EN_NONE, "{lang:?}");
        }
    }
    assert_eq!(
        (brief_messages(Lang::Zh).list)(&["a".into(), "b".into(), "c".into()]),
        "a、b和c"
    );
    assert_eq!(
        (brief_messages(Lang::Ar).list)(&["a".into(), "b".into()]),
        "a وb"
    );
}

const EN_NONE: &str = "No upcoming dialogue of this working group is announced in the dataset.";

#[test]
fn the_markdown_shows_the_datasets_texts_literally() {
    assert_eq!(
        inline("a*b_c [d](e) <i> #1"),
        "a\\*b\\_c \\[d\\](e) \\<i\\> \\#1"
    );
    assert_eq!(
        link_target("https://x.org/a (b)"),
        "https://x.org/a%20%28b%29"
    );
    let mut data = small(&[&dialogue(
        "fa-1",
        r#""fa""#,
        Some("2024-04-05"),
        &[topic("t1", "x")],
    )]);
    data.themes[0].label = Text::en("*Bold* [link](x)");
    data.dialogues[0].topics_raised[0].text = Text::en("# not a heading");
    let b = brief(&data, "fa", today()).unwrap();
    let md = brief_markdown(&data, &b, Lang::En);
    assert!(md.contains("- **\\*Bold\\* \\[link\\](x)**: "), "{md}");
    assert!(md.contains("- \\# not a heading\n"), "{md}");
}

#[test]
fn every_working_group_has_a_brief_in_every_language() {
    let data = bundled();
    for group in &data.working_groups {
        for day in [
            PartialDate::day(2022, 1, 1),
            PartialDate::day(2024, 1, 1),
            today(),
        ] {
            let b = brief(&data, &group.id, day).unwrap();
            // Past and upcoming split the group's dialogues.
            let past = b
                .dialogues
                .iter()
                .filter(|d| d.status == Status::Past)
                .count();
            assert_eq!(
                past + b.next.upcoming.len(),
                b.dialogues.len(),
                "{}",
                group.id
            );
            assert_eq!(
                b.next.earlier_months.len(),
                past,
                "{}: every date has its month",
                group.id
            );
            assert!(b
                .timeline
                .marks
                .iter()
                .all(|m| (0.0..=1.0).contains(&m.position)));
            for lang in Lang::ALL {
                let md = brief_markdown(&data, &b, lang);
                for t in &b.themes_here {
                    let label = inline(data.theme(&t.theme).unwrap().label.get(lang.code()).0);
                    assert!(md.contains(&label), "{} {lang:?}: {label}", group.id);
                }
            }
        }
    }
}

#[test]
fn the_page_can_say_the_same_sentences_with_its_own_names_and_dates() {
    let data = bundled();
    let b = brief(&data, "firearms", today()).unwrap();
    let name = |id: &str| format!("<{id}>");
    assert_eq!(
        theme_here_sentences(here(&b, "firearms-new-technologies"), Lang::En, &name),
        [
            "First raised here at <firearms-2024>.",
            "Not raised again here.",
            "Last raised at <firearms-2024>; not raised at the one dialogue of this working group held since.",
        ]
    );
    assert_eq!(
        theme_here_sentences(here(&b, "victim-centred"), Lang::En, &name)[1],
        "Raised before at another working group's dialogue, first at <tip-2022>."
    );
    assert_eq!(
        theme_elsewhere_sentence(&b.themes_elsewhere[2], Lang::En, &name),
        "Raised at <tip-2022>, <tip-2023> and <tip-2024>."
    );
    assert_eq!(
        next_sentences(&b.next, Lang::En, &name),
        [
            "No upcoming dialogue of this working group is announced in the dataset.",
            "From the data alone, not a forecast: earlier dialogues of this working group took \
             place in May, May, April and April."
        ]
    );
    assert_eq!(
        timeline_sentences(&b.timeline, Lang::En, &|d| d.to_string()),
        ["4 dialogues (first: 2022-05-06; last: 2025-04-30)."]
    );
    assert_eq!(
        dialogue_facts(&data, &b.dialogues[3], Lang::En),
        [
            "After the 12th session of the Working Group on Firearms",
            "Format: not known",
            "Attendance: not known"
        ]
    );
    let som = brief(&data, "som", PartialDate::day(2025, 10, 15)).unwrap();
    assert_eq!(
        next_sentences(&som.next, Lang::En, &name)[0],
        "Announced in the dataset: <som-2025>."
    );
}

#[test]
fn prepare_opens_the_group_that_meets_next_else_the_one_that_met_last() {
    let data = bundled();
    // Nothing is upcoming at the end of 2026: tip-2025 (8 October 2025) met last, som-2025
    // being known only by its month, which sorts at its first day.
    assert_eq!(prepare_group(&data, today()).as_deref(), Some("tip"));
    // In June 2024 the next dialogue is tip-2024 (10 July).
    assert_eq!(
        prepare_group(&data, PartialDate::day(2024, 6, 1)).as_deref(),
        Some("tip")
    );
    // Before any dialogue, the first to come: firearms-2022.
    assert_eq!(
        prepare_group(&data, PartialDate::day(2021, 1, 1)).as_deref(),
        Some("firearms")
    );
    let empty = small(&[]);
    assert_eq!(
        prepare_group(&empty, today()).as_deref(),
        Some("tip"),
        "the dataset's first group"
    );
}

#[test]
fn a_later_dialogue_that_records_nothing_is_not_one_that_left_the_theme_out() {
    // tip-2 is known only by its month, the month of tip-1, and records no agenda or topics:
    // it may have been held after tip-1, and what it discussed is not known.
    let data = small(&[
        &dialogue("tip-1", r#""tip""#, Some("2025-10-08"), &[topic("t1", "x")]),
        &dialogue("tip-2", r#""tip""#, Some("2025-10"), &[]),
    ]);
    let b = brief(&data, "tip", today()).unwrap();
    let x = here(&b, "x");
    assert_eq!(x.absent_since, 0);
    assert_eq!(ids(&x.unrecorded_since), ["tip-2"]);
    let said = theme_here_sentences(x, Lang::En, &|id| id.to_string()).join(" ");
    assert!(
        !said.contains("no dialogue of this working group has been held since"),
        "{said}"
    );
    assert!(said.contains("Last raised at tip-1."), "{said}");
    assert!(
        said.contains("No agenda or topics are recorded for tip-2"),
        "{said}"
    );
}
