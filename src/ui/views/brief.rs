//! A working group's brief, for preparing its next dialogue: every statement comes from
//! `core::brief`, and the Markdown download says the same.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::brief::{self, brief_messages, Brief, Timeline};
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::export::feed::{feed_address, group_feed_name, ALL_FEED};
use crate::core::messages::{is_rtl, tidy};
use crate::core::query::Status;
use crate::core::url_state::View;
use crate::ui::context::{use_announcer, use_ids, use_links, use_nav};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{data_lang, page_state, theme_label, theme_lang};
use crate::ui::widgets::entry::{EntryList, Listed};
use crate::ui::widgets::files::save;
use crate::ui::widgets::link::{BackLink, PageLink};
use crate::ui::widgets::text::SourceLink;

/// The time line's drawing: its width and the margin at each end, in SVG units. Whole units
/// (a 640th of the drawing's width), so that no float is written: the module then carries no
/// float formatting (docs/size.md).
const WIDTH: i32 = 640;
const MARGIN: i32 = 24;

/// Where a position on the axis (0 the first date, 1 the last) is drawn: time runs in the
/// reading direction, as the matrix's columns do.
fn x_of(position: f64, rtl: bool) -> i32 {
    let along = if rtl { 1.0 - position } else { position };
    MARGIN + (along * f64::from(WIDTH - 2 * MARGIN)).round() as i32
}

/// One mark per dialogue on a time axis, a tick per year, and the first figure known above each
/// mark; the sentences under it say the same in words.
fn timeline_picture(
    timeline: &Timeline,
    name: &dyn Fn(&str) -> String,
    summary: String,
    rtl: bool,
) -> impl IntoView {
    let ticks = timeline
        .ticks
        .iter()
        .map(|tick| {
            let x = x_of(tick.position, rtl);
            view! {
                <line class="dx-tl-tick" x1=x y1="44" x2=x y2="52" />
                <text class="dx-tl-year" x=x y="68" text-anchor="middle">{tick.year.to_string()}</text>
            }
        })
        .collect_view();
    let marks = timeline
        .marks
        .iter()
        .map(|mark| {
            let x = x_of(mark.position, rtl);
            let figure = mark
                .attendance
                .first()
                .and_then(|f| f.reports.first())
                .map(|r| r.count.to_string());
            let class = match mark.status {
                Status::Upcoming => "dx-tl-mark dx-tl-upcoming",
                Status::Past => "dx-tl-mark",
            };
            let title = name(&mark.dialogue);
            view! {
                <g class=class data-dialogue=mark.dialogue.clone()>
                    <title>{title}</title>
                    <circle cx=x cy="40" r="6" />
                    {figure.map(|f| view! { <text class="dx-tl-figure" x=x y="26" text-anchor="middle">{f}</text> })}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="dx-timeline" viewBox=format!("0 0 {WIDTH} 76") role="img" aria-label=summary
            preserveAspectRatio="xMidYMid meet">
            <line class="dx-tl-axis" x1=MARGIN y1="40" x2=WIDTH - MARGIN y2="40" />
            {ticks}
            {marks}
        </svg>
    }
}

#[component]
pub fn BriefPage(dataset: Arc<Dataset>, id: String, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    let lang = use_lang();
    let code = lang.code();
    let b = brief_messages(lang);
    let Some(brief) = brief::brief(&dataset, &id, today) else {
        return ().into_any();
    };
    let Brief {
        working_group,
        dialogues,
        timeline,
        themes_here,
        themes_elsewhere,
        latest,
        next,
        sources,
        ..
    } = brief.clone();
    let group = dataset.working_group(&working_group).cloned();
    let group_name = group
        .as_ref()
        .map(|w| w.name.get(code).0.to_string())
        .unwrap_or_else(|| working_group.clone());
    let group_lang = group.as_ref().and_then(|w| data_lang(&w.name));
    // As the Markdown names them: the group's own dialogues by their date, another group's by
    // its groups and date.
    let name = {
        let dataset = dataset.clone();
        let own = working_group.clone();
        move |dialogue: &str| match dataset.dialogue(dialogue) {
            Some(d) if d.working_groups.contains(&own) => brief::date_text(d.date, lang),
            Some(d) => (b.other_group_dialogue)(
                &dataset.group_names(d, code),
                &brief::date_text(d.date, lang),
            ),
            None => dialogue.to_string(),
        }
    };

    // The choice of another working group's brief.
    let nav = use_nav();
    let ids = use_ids();
    let chooser_id = ids.id("brief-group");
    let options = dataset
        .working_groups
        .iter()
        .map(|w| {
            let selected = w.id == working_group;
            view! { <option value=w.id.clone() selected=selected>{w.short_name.get(code).0.to_string()}</option> }
        })
        .collect_view();
    let chooser = view! {
        <div class="dx-brief-chooser">
            <label for=chooser_id.clone()>{b.choose_group}</label>
            <select id=chooser_id class="dx-select" on:change=move |ev| {
                let value = event_target_value(&ev);
                // (Context is not reachable from an event handler: the state comes from `nav`.)
                nav.go(nav.state.with_untracked(|s| s.at(View::Brief(value))));
            }>
                {options}
            </select>
        </div>
    };

    // The Markdown file of the same content.
    let markdown = {
        let dataset = dataset.clone();
        let brief = brief.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some(near) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let name = brief::file_name(&brief);
            let text = brief::brief_markdown(&dataset, &brief, lang);
            if save(&near, &name, "text/markdown;charset=utf-8", &text).is_ok() {
                if let Some(announcer) = use_announcer() {
                    announcer.say((m.downloaded)(&name));
                }
            }
        }
    };

    let dialogue_items = dialogues
        .iter()
        .map(|d| {
            let facts = brief::dialogue_facts(&dataset, d, lang).join(b.semicolon);
            let upcoming = (d.status == Status::Upcoming)
                .then(|| view! { " " <span class="dx-badge">{m.status_upcoming}</span> });
            let label = name(&d.id);
            view! {
                <li data-dialogue=d.id.clone()>
                    <PageLink to=page_state(View::Dialogue(d.id.clone()))>{label}</PageLink>
                    {upcoming}
                    {(!facts.is_empty()).then(|| format!("{}{}", b.colon, facts))}
                </li>
            }
        })
        .collect_view();

    let timeline_said =
        brief::timeline_sentences(&timeline, lang, &|d| brief::date_text(Some(d), lang));
    let picture = (!timeline.marks.is_empty()).then(|| {
        timeline_picture(
            &timeline,
            &name,
            timeline_said.join(m.word_space),
            is_rtl(lang),
        )
    });

    let theme_link = |id: &str| {
        let label = theme_label(&dataset, id);
        let lang = theme_lang(&dataset, id);
        let id = id.to_string();
        view! { <PageLink to=page_state(View::Theme(id))><span lang=lang>{label}</span></PageLink> }
    };
    let here = themes_here
        .iter()
        .map(|t| {
            let said = brief::theme_here_sentences(t, lang, &name).join(m.word_space);
            let recurring = t.recurring().then_some("true");
            view! {
                <div class="dx-fact" data-theme=t.theme.clone() data-recurring=recurring>
                    <dt>{theme_link(&t.theme)}</dt>
                    <dd>{tidy(&said)}</dd>
                </div>
            }
        })
        .collect_view();
    let elsewhere = themes_elsewhere
        .iter()
        .map(|t| {
            view! {
                <div class="dx-fact" data-theme=t.theme.clone()>
                    <dt>{theme_link(&t.theme)}</dt>
                    <dd>{tidy(&brief::theme_elsewhere_sentence(t, lang, &name))}</dd>
                </div>
            }
        })
        .collect_view();

    let latest_part = match latest {
        Some(latest) => {
            let heading = (b.latest_heading)(&name(&latest.dialogue));
            let listed = |entries: &[crate::core::dataset::Entry]| {
                let ids: Vec<String> = entries.iter().map(|e| e.id.clone()).collect();
                Listed::by_ids(&dataset, &ids)
            };
            let (agenda, topics) = (listed(&latest.agenda_items), listed(&latest.topics_raised));
            let part = |heading: &'static str, items: Vec<Listed>| {
                let body = if items.is_empty() {
                    view! { <p class="dx-muted">{m.none_recorded}</p> }.into_any()
                } else {
                    view! { <EntryList dataset=dataset.clone() items /> }.into_any()
                };
                view! { <h4 class="dx-minor">{heading}</h4> {body} }
            };
            view! {
                <h3 class="dx-subtitle">{heading}</h3>
                {part(m.agenda_items_heading, agenda)}
                {part(m.topics_heading, topics)}
            }
            .into_any()
        }
        None => view! {
            <h3 class="dx-subtitle">{b.latest_heading_none}</h3>
            <p class="dx-muted">{b.no_latest}</p>
        }
        .into_any(),
    };

    let next_said = brief::next_sentences(&next, lang, &name);
    let announced_at = next
        .announcements
        .as_deref()
        .and_then(|id| dataset.source(id))
        .cloned()
        .map(|s| view! { <p>{m.announced_at} " " <SourceLink source=s /></p> });

    // Subscribing: the feeds sit beside the page (the build writes them).
    let links = use_links();
    let subscribe = {
        let feeds = [
            (
                group_feed_name(&working_group),
                (b.subscribe_group)(
                    &group
                        .as_ref()
                        .map(|w| w.short_name.get(code).0.to_string())
                        .unwrap_or_default(),
                ),
            ),
            (ALL_FEED.to_string(), b.subscribe_all.to_string()),
        ];
        let rows: Vec<_> = feeds
            .into_iter()
            .filter_map(|(file, label)| feed_address(&links.base, &file).map(|a| (file, label, a)))
            .collect();
        (!rows.is_empty()).then(|| {
            let rows = rows
                .into_iter()
                .map(|(file, label, address)| {
                    let field = ids.id(&format!("feed-{file}"));
                    view! {
                        <li data-feed=file>
                            <a class="dx-subscribe" href=address.webcal>{label}</a>
                            <label class="dx-feed-label" for=field.clone()>{b.feed_address}</label>
                            <input id=field class="dx-feed-address" type="url" readonly value=address.web
                                on:focus=move |ev| {
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="dx-brief-subscribe">
                    <h3 class="dx-subtitle">{b.subscribe_heading}</h3>
                    <ul class="dx-feeds">{rows}</ul>
                    <p class="dx-muted">{b.subscribe_help}</p>
                </section>
            }
        })
    };

    let source_items = sources
        .iter()
        .filter_map(|id| dataset.source(id).cloned())
        .map(|s| view! { <li><SourceLink source=s /></li> })
        .collect_view();

    view! {
        <article class="dx-page dx-brief-page" data-group=working_group.clone()>
            <BackLink dataset=dataset.clone() />
            <h2 class="dx-page-title" tabindex="-1">
                {(b.title)("")}<span lang=group_lang>{group_name}</span>
            </h2>
            <div class="dx-brief-actions">
                {chooser}
                <button type="button" class="dx-small-button dx-brief-download" on:click=markdown>{b.download}</button>
            </div>
            <h3 class="dx-subtitle">{b.dialogues_heading}</h3>
            {if dialogues.is_empty() {
                view! { <p class="dx-muted">{b.no_dialogues}</p> }.into_any()
            } else {
                view! { <ol class="dx-brief-dialogues">{dialogue_items}</ol> }.into_any()
            }}
            <h3 class="dx-subtitle">{b.timeline_heading}</h3>
            <figure class="dx-brief-timeline">
                {picture}
                <figcaption class="dx-timeline-text">
                    {timeline_said.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                </figcaption>
            </figure>
            <h3 class="dx-subtitle">{b.themes_heading}</h3>
            {if themes_here.is_empty() {
                view! { <p class="dx-muted">{b.no_themes}</p> }.into_any()
            } else {
                view! { <dl class="dx-facts dx-brief-themes">{here}</dl> }.into_any()
            }}
            <h3 class="dx-subtitle">{b.elsewhere_heading}</h3>
            {if themes_elsewhere.is_empty() {
                view! { <p class="dx-muted">{b.no_elsewhere}</p> }.into_any()
            } else {
                view! { <dl class="dx-facts dx-brief-elsewhere">{elsewhere}</dl> }.into_any()
            }}
            <section class="dx-brief-latest">{latest_part}</section>
            <section class="dx-brief-next">
                <h3 class="dx-subtitle">{b.next_heading}</h3>
                {next_said.into_iter().map(|s| view! { <p>{tidy(&s)}</p> }).collect_view()}
                {announced_at}
            </section>
            {subscribe}
            <h3 class="dx-subtitle">{m.sources_heading}</h3>
            <ul class="dx-brief-sources">{source_items}</ul>
        </article>
    }
    .into_any()
}
