//! The guided form that adds a dialogue. It holds a [`DialogueDraft`]; `core::maintain`
//! decides what it refuses and writes the dialogue into the text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::{
    CertaintyLevel, Counted, Dataset, EntryKind, Format, Qualifier, SourceKind, Text,
};
use crate::core::maintain::{
    add_dialogue, form_options, maintain_messages, maintain_page_text, suggest_dialogue_id,
    suggest_source_id, Added, DialogueDraft, EntryDraft, FigureDraft, FormOptions, Place, Refusal,
    SessionDraft, SourceDraft, MAX_THEMES,
};
use crate::core::messages::{catalogue, Lang};
use crate::ui::context::{use_app, use_ids};

const FORMATS: [Format; 3] = [Format::InPerson, Format::Hybrid, Format::Online];
const QUALIFIERS: [Qualifier; 3] = [Qualifier::Exact, Qualifier::About, Qualifier::MoreThan];
const COUNTED: [Counted; 8] = [
    Counted::Participants,
    Counted::Registrations,
    Counted::Organisations,
    Counted::Ngos,
    Counted::Academia,
    Counted::PrivateSector,
    Counted::OtherStakeholders,
    Counted::NonGovernmentalStakeholders,
];
const LEVELS: [CertaintyLevel; 3] = [
    CertaintyLevel::Low,
    CertaintyLevel::Medium,
    CertaintyLevel::High,
];
const SOURCE_KINDS: [SourceKind; 3] = [
    SourceKind::Official,
    SourceKind::CivilSociety,
    SourceKind::FoundingArticle,
];

/// The id of the form's field a refusal points at, so that its message can take the reader
/// there.
pub fn field_id(prefix: &str, place: Place) -> String {
    match place {
        Place::WorkingGroups => format!("{prefix}-wg"),
        Place::Date => format!("{prefix}-date"),
        Place::Session(_) => format!("{prefix}-session"),
        Place::TimeZone => format!("{prefix}-tz"),
        Place::Venue => format!("{prefix}-venue"),
        Place::Entry(i) => format!("{prefix}-entry-{i}"),
        Place::Figure(i) => format!("{prefix}-figure-{i}"),
        Place::NewSource(i) => format!("{prefix}-source-{i}"),
        Place::Certainty => format!("{prefix}-certainty"),
        Place::Text => "dx-maintain-text".to_string(),
    }
}

fn empty_entry() -> EntryDraft {
    EntryDraft {
        kind: EntryKind::TopicRaised,
        text: Text::default(),
        themes: Vec::new(),
        source: String::new(),
    }
}

fn empty_figure() -> FigureDraft {
    FigureDraft {
        count: 0,
        qualifier: Qualifier::Exact,
        counted: Counted::Participants,
        note: None,
        source: String::new(),
    }
}

fn empty_source() -> SourceDraft {
    SourceDraft {
        id: String::new(),
        title: None,
        description: None,
        publisher: String::new(),
        kind: SourceKind::CivilSociety,
        url: None,
        published: String::new(),
    }
}

/// An optional text from an input: None when blank.
fn optional(value: String) -> Option<Text> {
    let value = value.trim().to_string();
    (!value.is_empty()).then(|| Text::en(&value))
}

fn text_of(text: &Option<Text>) -> String {
    text.as_ref().map(|t| t.en.clone()).unwrap_or_default()
}

fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The form. `dataset` is the text's dataset while the text is valid; `text` reads the text
/// as the editor holds it; `on_added` puts the new text in the editor.
#[component]
pub fn AddDialogueForm(
    dataset: Signal<Option<Arc<Dataset>>>,
    text: Callback<(), String>,
    on_added: Callback<Added>,
) -> impl IntoView {
    let app = use_app();
    let prefix = use_ids().id("m");
    let draft = RwSignal::new(DialogueDraft::default());
    let refusals = RwSignal::new(Vec::<Refusal>::new());
    let options = Memo::new(move |_| dataset.get().map(|d| form_options(&d)).unwrap_or_default());
    let lang = move || app.lang.get();
    let t = move || maintain_page_text(app.lang.get());
    let m = move || catalogue(app.lang.get());
    let shown = |text: &Text, lang: Lang| text.get(lang.code()).0.to_string();

    // The suggestions of the dataset, taken once it is there.
    Effect::new(move |_| {
        let options = options.get();
        draft.update(|d| {
            if d.time_zone.is_empty() {
                d.time_zone = options.time_zone.clone().unwrap_or_default();
            }
        });
    });
    // The dialogue's id as it will be, for new sources' ids.
    let dialogue_id = move |d: &DialogueDraft| {
        let year = d.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        dataset
            .get_untracked()
            .map(|data| suggest_dialogue_id(&data, &d.working_groups, year))
            .unwrap_or_default()
    };

    let id = {
        let prefix = prefix.clone();
        move |place: Place| field_id(&prefix, place)
    };

    // Working groups: one, or two for a joint dialogue. The first chosen fills the session.
    let working_groups = {
        let id = id.clone();
        move || {
            let options: FormOptions = options.get();
            let lang = lang();
            options
                .working_groups
                .iter()
                .enumerate()
                .map(|(i, (wg, name))| {
                    let wg = wg.clone();
                    let checked = {
                        let wg = wg.clone();
                        move || draft.with(|d| d.working_groups.contains(&wg))
                    };
                    let next = options
                        .next_sessions
                        .iter()
                        .find(|(g, _)| *g == wg)
                        .map(|(_, n)| *n);
                    let toggle = {
                        let wg = wg.clone();
                        move |_| {
                            draft.update(|d| {
                                if let Some(at) = d.working_groups.iter().position(|g| *g == wg) {
                                    d.working_groups.remove(at);
                                } else {
                                    d.working_groups.push(wg.clone());
                                    if d.follows_sessions.is_empty() {
                                        d.follows_sessions.push(SessionDraft {
                                            working_group: wg.clone(),
                                            number: next,
                                            ..SessionDraft::default()
                                        });
                                    }
                                }
                            })
                        }
                    };
                    let input_id = if i == 0 {
                        id(Place::WorkingGroups)
                    } else {
                        format!("{}-{i}", id(Place::WorkingGroups))
                    };
                    view! {
                        <label class="dx-check">
                            <input type="checkbox" id=input_id prop:checked=checked on:change=toggle />
                            {shown(name, lang)}
                        </label>
                    }
                })
                .collect_view()
        }
    };

    let session = move |f: fn(&SessionDraft) -> String| {
        draft.with(|d| d.follows_sessions.first().map(f).unwrap_or_default())
    };
    let set_session = move |f: Box<dyn Fn(&mut SessionDraft)>| {
        draft.update(|d| {
            if d.follows_sessions.is_empty() {
                d.follows_sessions.push(SessionDraft::default());
            }
            f(&mut d.follows_sessions[0]);
            // A session with nothing said of it is no session.
            if d.follows_sessions[0] == SessionDraft::default() {
                d.follows_sessions.clear();
            }
        })
    };

    // The choices of a source: the dataset's, then the form's new ones.
    let source_choices = move || {
        let mut choices: Vec<(String, String)> = options.with(|o| {
            o.sources
                .iter()
                .map(|(id, label)| (id.clone(), format!("{id}: {}", shown(label, lang()))))
                .collect()
        });
        draft.with(|d| {
            for s in d.new_sources.iter().filter(|s| !s.id.is_empty()) {
                choices.push((s.id.clone(), s.id.clone()));
            }
        });
        choices
    };
    let source_select = move |select_id: String,
                              current: Box<dyn Fn() -> String + Send + Sync>,
                              set: Box<dyn Fn(String) + Send + Sync>| {
        let current = Arc::new(current);
        view! {
            <select id=select_id class="dx-select" on:change=move |ev| set(event_target_value(&ev))>
                <option value="" selected={let c = current.clone(); move || c().is_empty()}>{move || t().choose_source}</option>
                {
                    let current = current.clone();
                    move || source_choices()
                        .into_iter()
                        .map(|(value, label)| {
                            let current = current.clone();
                            let selected = value == current();
                            view! { <option value=value selected=selected>{label}</option> }
                        })
                        .collect_view()
                }
            </select>
        }
    };

    let entry_count = Memo::new(move |_| draft.with(|d| d.entries.len()));
    let entries = {
        let id = id.clone();
        move || {
            (0..entry_count.get())
                .map(|i| {
                    let get = move |f: fn(&EntryDraft) -> String| {
                        draft.with(|d| d.entries.get(i).map(f).unwrap_or_default())
                    };
                    let set = move |f: Box<dyn Fn(&mut EntryDraft)>| {
                        draft.update(|d| {
                            if let Some(e) = d.entries.get_mut(i) {
                                f(e)
                            }
                        })
                    };
                    let base = id(Place::Entry(i));
                    let themes = (0..MAX_THEMES)
                        .map(|k| {
                            let select_id = format!("{base}-theme-{k}");
                            let label_id = select_id.clone();
                            view! {
                                <div class="dx-field">
                                    <label for=label_id>{move || (t().theme_n)(k + 1)}</label>
                                    <select id=select_id class="dx-select" on:change=move |ev| {
                                        let value = event_target_value(&ev);
                                        draft.update(|d| {
                                            if let Some(e) = d.entries.get_mut(i) {
                                                let mut chosen: Vec<Option<String>> = (0..MAX_THEMES)
                                                    .map(|n| e.themes.get(n).cloned())
                                                    .collect();
                                                chosen[k] = (!value.is_empty()).then_some(value.clone());
                                                e.themes = chosen.into_iter().flatten().collect();
                                            }
                                        })
                                    }>
                                        <option value="">{move || t().no_theme}</option>
                                        {move || {
                                            let current = draft.with(|d| d.entries.get(i).and_then(|e| e.themes.get(k).cloned()));
                                            options.with(|o| o.themes.iter().map(|(theme, label)| {
                                                let selected = current.as_deref() == Some(theme.as_str());
                                                view! { <option value=theme.clone() selected=selected>{shown(label, lang())}</option> }
                                            }).collect_view())
                                        }}
                                    </select>
                                </div>
                            }
                        })
                        .collect_view();
                    let kind_id = base.clone();
                    let text_id = format!("{base}-text");
                    let source_id = format!("{base}-source");
                    view! {
                        <fieldset class="dx-maintain-item">
                            <legend>{move || (t().entry_n)(i + 1)}</legend>
                            <div class="dx-field">
                                <label for=kind_id.clone()>{move || t().entry_kind_label}</label>
                                <select id=kind_id class="dx-select" on:change=move |ev| {
                                    let kind = if event_target_value(&ev) == "agenda" { EntryKind::AgendaItem } else { EntryKind::TopicRaised };
                                    set(Box::new(move |e| e.kind = kind));
                                }>
                                    {move || EntryKind::ALL.iter().map(|kind| {
                                        let value = if *kind == EntryKind::AgendaItem { "agenda" } else { "topic" };
                                        let selected = draft.with(|d| d.entries.get(i).map(|e| e.kind)) == Some(*kind);
                                        view! { <option value=value selected=selected>{(m().entry_kind)(*kind)}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="dx-field">
                                <label for=text_id.clone()>{move || t().entry_text_label}</label>
                                <textarea id=text_id rows="2" class="dx-input"
                                    prop:value=move || get(|e| e.text.en.clone())
                                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |e| e.text.en = v.clone())); }
                                ></textarea>
                            </div>
                            <div class="dx-maintain-themes" role="group" aria-label=move || (t().themes_label)(MAX_THEMES)>
                                {themes}
                            </div>
                            <div class="dx-field">
                                <label for=source_id.clone()>{move || t().source_label}</label>
                                {source_select(
                                    source_id,
                                    Box::new(move || draft.with(|d| d.entries.get(i).map(|e| e.source.clone()).unwrap_or_default())),
                                    Box::new(move |v| draft.update(|d| if let Some(e) = d.entries.get_mut(i) { e.source = v })),
                                )}
                            </div>
                            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| { if i < d.entries.len() { d.entries.remove(i); } })>
                                {move || t().remove}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    let figure_count = Memo::new(move |_| draft.with(|d| d.attendance.len()));
    let figures = {
        let id = id.clone();
        move || {
            (0..figure_count.get())
                .map(|i| {
                    let base = id(Place::Figure(i));
                    let count_id = base.clone();
                    let qualifier_id = format!("{base}-qualifier");
                    let counted_id = format!("{base}-counted");
                    let source_id = format!("{base}-source");
                    let figure = move |f: fn(&FigureDraft) -> String| {
                        draft.with(|d| d.attendance.get(i).map(f).unwrap_or_default())
                    };
                    let set = move |f: Box<dyn Fn(&mut FigureDraft)>| {
                        draft.update(|d| {
                            if let Some(x) = d.attendance.get_mut(i) {
                                f(x)
                            }
                        })
                    };
                    view! {
                        <fieldset class="dx-maintain-item">
                            <legend>{move || (t().figure_n)(i + 1)}</legend>
                            <div class="dx-field">
                                <label for=count_id.clone()>{move || t().figure_count}</label>
                                <input id=count_id type="number" min="1" inputmode="numeric" class="dx-input"
                                    prop:value=move || figure(|f| if f.count == 0 { String::new() } else { f.count.to_string() })
                                    on:input=move |ev| { let n = event_target_value(&ev).trim().parse().unwrap_or(0); set(Box::new(move |f| f.count = n)); }
                                />
                            </div>
                            <div class="dx-field">
                                <label for=qualifier_id.clone()>{move || t().figure_qualifier}</label>
                                <select id=qualifier_id class="dx-select" on:change=move |ev| {
                                    let at: usize = event_target_value(&ev).parse().unwrap_or(0);
                                    let q = QUALIFIERS[at.min(2)];
                                    set(Box::new(move |f| f.qualifier = q));
                                }>
                                    {move || QUALIFIERS.iter().enumerate().map(|(k, q)| {
                                        let selected = draft.with(|d| d.attendance.get(i).map(|f| f.qualifier)) == Some(*q);
                                        view! { <option value=k.to_string() selected=selected>{(m().qualifier_name)(*q)}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="dx-field">
                                <label for=counted_id.clone()>{move || t().figure_counted}</label>
                                <select id=counted_id class="dx-select" on:change=move |ev| {
                                    let at: usize = event_target_value(&ev).parse().unwrap_or(0);
                                    let c = COUNTED[at.min(COUNTED.len() - 1)];
                                    set(Box::new(move |f| f.counted = c));
                                }>
                                    {move || COUNTED.iter().enumerate().map(|(k, c)| {
                                        let selected = draft.with(|d| d.attendance.get(i).map(|f| f.counted)) == Some(*c);
                                        view! { <option value=k.to_string() selected=selected>{(m().counted_name)(*c, 2)}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="dx-field">
                                <label for=source_id.clone()>{move || t().source_label}</label>
                                {source_select(
                                    source_id,
                                    Box::new(move || draft.with(|d| d.attendance.get(i).map(|f| f.source.clone()).unwrap_or_default())),
                                    Box::new(move |v| draft.update(|d| if let Some(f) = d.attendance.get_mut(i) { f.source = v })),
                                )}
                            </div>
                            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| { if i < d.attendance.len() { d.attendance.remove(i); } })>
                                {move || t().remove}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    let source_count = Memo::new(move |_| draft.with(|d| d.new_sources.len()));
    let new_sources = {
        let id = id.clone();
        move || {
            (0..source_count.get())
                .map(|i| {
                    let base = id(Place::NewSource(i));
                    let get = move |f: fn(&SourceDraft) -> String| {
                        draft.with(|d| d.new_sources.get(i).map(f).unwrap_or_default())
                    };
                    let set = move |f: Box<dyn Fn(&mut SourceDraft)>| {
                        draft.update(|d| {
                            if let Some(s) = d.new_sources.get_mut(i) {
                                f(s)
                            }
                        })
                    };
                    let field = move |field_id: String,
                                      label: fn(&'static crate::core::maintain::MaintainPageText) -> &'static str,
                                      kind: &'static str,
                                      value: fn(&SourceDraft) -> String,
                                      write: fn(&mut SourceDraft, String)| {
                        let for_id = field_id.clone();
                        view! {
                            <div class="dx-field">
                                <label for=for_id>{move || label(t())}</label>
                                <input id=field_id type=kind class="dx-input"
                                    prop:value=move || get(value)
                                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |s| write(s, v.clone()))); }
                                />
                            </div>
                        }
                    };
                    // The publisher gives the id its first word, until the id is written by hand.
                    let publisher_id = format!("{base}-publisher");
                    let kind_id = format!("{base}-kind");
                    view! {
                        <fieldset class="dx-maintain-item">
                            <legend>{move || (t().new_source_n)(i + 1)}</legend>
                            {field(base.clone(), |t| t.source_id_label, "text", |s| s.id.clone(), |s, v| s.id = v.trim().to_string())}
                            <div class="dx-field">
                                <label for=publisher_id.clone()>{move || t().source_publisher_label}</label>
                                <input id=publisher_id type="text" class="dx-input"
                                    prop:value=move || get(|s| s.publisher.clone())
                                    on:input=move |ev| {
                                        let publisher = event_target_value(&ev);
                                        let Some(data) = dataset.get_untracked() else {
                                            set(Box::new(move |s| s.publisher = publisher.clone()));
                                            return;
                                        };
                                        draft.update(|d| {
                                            let dialogue = dialogue_id(d);
                                            let taken: Vec<String> = d.new_sources.iter().enumerate()
                                                .filter(|(k, _)| *k != i).map(|(_, s)| s.id.clone()).collect();
                                            if let Some(s) = d.new_sources.get_mut(i) {
                                                let suggested_before = suggest_source_id(&data, &s.publisher, &dialogue, &taken);
                                                if s.id.is_empty() || s.id == suggested_before {
                                                    s.id = suggest_source_id(&data, &publisher, &dialogue, &taken);
                                                }
                                                s.publisher = publisher.clone();
                                            }
                                        });
                                    }
                                />
                            </div>
                            {field(format!("{base}-title"), |t| t.source_title_label, "text", |s| text_of(&s.title), |s, v| s.title = optional(v))}
                            {field(format!("{base}-description"), |t| t.source_description_label, "text", |s| text_of(&s.description), |s, v| s.description = optional(v))}
                            <div class="dx-field">
                                <label for=kind_id.clone()>{move || t().source_kind_label}</label>
                                <select id=kind_id class="dx-select" on:change=move |ev| {
                                    let at: usize = event_target_value(&ev).parse().unwrap_or(1);
                                    let kind = SOURCE_KINDS[at.min(2)];
                                    set(Box::new(move |s| s.kind = kind));
                                }>
                                    {move || SOURCE_KINDS.iter().enumerate().map(|(k, kind)| {
                                        let selected = draft.with(|d| d.new_sources.get(i).map(|s| s.kind)) == Some(*kind);
                                        view! { <option value=k.to_string() selected=selected>{(t().source_kind_name)(*kind)}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            {field(format!("{base}-url"), |t| t.source_url_label, "url", |s| s.url.clone().unwrap_or_default(), |s, v| s.url = Some(v.trim().to_string()).filter(|u| !u.is_empty()))}
                            {field(format!("{base}-published"), |t| t.source_published_label, "text", |s| s.published.clone(), |s, v| s.published = v.trim().to_string())}
                            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| { if i < d.new_sources.len() { d.new_sources.remove(i); } })>
                                {move || t().remove}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    let refusals_id = format!("{prefix}-refusals");
    let refusals_target = refusals_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = draft.get_untracked();
        match add_dialogue(&text.run(()), &current) {
            Ok(added) => {
                refusals.set(Vec::new());
                on_added.run(added);
                draft.set(DialogueDraft {
                    time_zone: current.time_zone,
                    ..DialogueDraft::default()
                });
            }
            Err(found) => {
                refusals.set(found);
                focus_by_id(&refusals_target);
            }
        }
    };
    let refusal_list = {
        let prefix = prefix.clone();
        move || {
            let found = refusals.get();
            let mm = maintain_messages(lang());
            (!found.is_empty()).then(|| {
                let items = found
                    .iter()
                    .map(|r| {
                        let target = field_id(&prefix, r.place());
                        let href = format!("#{target}");
                        view! {
                            <li>
                                <a href=href on:click=move |ev| { ev.prevent_default(); focus_by_id(&target); }>
                                    {(mm.refusal)(r)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="dx-maintain-refused-heading">{t().refused_heading}</p>
                    <ul class="dx-maintain-refusals">{items}</ul>
                }
            })
        }
    };

    let date_hint_id = format!("{prefix}-date-hint");
    view! {
        <form class="dx-maintain-form" on:submit=submit novalidate>
            <p>{move || t().add_intro}</p>
            {move || dataset.get().is_none().then(|| view! { <p class="dx-maintain-note">{t().add_needs_valid}</p> })}
            <fieldset class="dx-maintain-item">
                <legend>{move || t().working_groups_label}</legend>
                {working_groups}
            </fieldset>
            <div class="dx-field">
                <label for=id(Place::Date)>{move || t().date_label}</label>
                <input id=id(Place::Date) type="text" class="dx-input" inputmode="numeric" placeholder="YYYY-MM-DD"
                    aria-describedby=date_hint_id.clone()
                    prop:value=move || draft.with(|d| d.date.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.date = v.trim().to_string()); }
                />
                <span class="dx-hint" id=date_hint_id>{move || t().date_hint}</span>
            </div>
            <fieldset class="dx-maintain-item">
                <legend>{move || t().session_heading}</legend>
                <div class="dx-field">
                    <label for=id(Place::Session(0))>{move || t().session_group}</label>
                    <select id=id(Place::Session(0)) class="dx-select" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set_session(Box::new(move |s| s.working_group = v.clone()));
                    }>
                        <option value="">{move || t().not_known}</option>
                        {move || {
                            let current = session(|s| s.working_group.clone());
                            options.with(|o| o.working_groups.iter().map(|(wg, name)| {
                                let selected = *wg == current;
                                view! { <option value=wg.clone() selected=selected>{shown(name, lang())}</option> }
                            }).collect_view())
                        }}
                    </select>
                </div>
                <div class="dx-field">
                    <label for=format!("{}-number", id(Place::Session(0)))>{move || t().session_number}</label>
                    <input id=format!("{}-number", id(Place::Session(0))) type="number" min="1" inputmode="numeric" class="dx-input"
                        prop:value=move || session(|s| s.number.map(|n| n.to_string()).unwrap_or_default())
                        on:input=move |ev| { let n = event_target_value(&ev).trim().parse().ok(); set_session(Box::new(move |s| s.number = n)); }
                    />
                </div>
                <div class="dx-field">
                    <label for=format!("{}-start", id(Place::Session(0)))>{move || t().session_start}</label>
                    <input id=format!("{}-start", id(Place::Session(0))) type="text" class="dx-input" placeholder="YYYY-MM-DD"
                        prop:value=move || session(|s| s.start.clone())
                        on:input=move |ev| { let v = event_target_value(&ev).trim().to_string(); set_session(Box::new(move |s| s.start = v.clone())); }
                    />
                </div>
                <div class="dx-field">
                    <label for=format!("{}-end", id(Place::Session(0)))>{move || t().session_end}</label>
                    <input id=format!("{}-end", id(Place::Session(0))) type="text" class="dx-input" placeholder="YYYY-MM-DD"
                        prop:value=move || session(|s| s.end.clone())
                        on:input=move |ev| { let v = event_target_value(&ev).trim().to_string(); set_session(Box::new(move |s| s.end = v.clone())); }
                    />
                </div>
            </fieldset>
            <div class="dx-field">
                <label for=id(Place::TimeZone)>{move || t().time_zone_label}</label>
                <input id=id(Place::TimeZone) type="text" class="dx-input"
                    prop:value=move || draft.with(|d| d.time_zone.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.time_zone = v.trim().to_string()); }
                />
            </div>
            <div class="dx-field">
                <label for=format!("{prefix}-format")>{move || t().format_label}</label>
                <select id=format!("{prefix}-format") class="dx-select" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    draft.update(|d| d.format = v.parse::<usize>().ok().and_then(|k| FORMATS.get(k).copied()));
                }>
                    <option value="">{move || t().not_known}</option>
                    {move || FORMATS.iter().enumerate().map(|(k, f)| {
                        let selected = draft.with(|d| d.format) == Some(*f);
                        view! { <option value=k.to_string() selected=selected>{(m().format_name)(*f)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="dx-field">
                <label for=id(Place::Venue)>{move || t().venue_label}</label>
                <input id=id(Place::Venue) type="text" class="dx-input" list=format!("{prefix}-venues")
                    prop:value=move || draft.with(|d| text_of(&d.venue))
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.venue = optional(v)); }
                />
                <datalist id=format!("{prefix}-venues")>
                    {move || options.with(|o| o.venues.iter().map(|v| view! { <option value=v.en.clone()></option> }).collect_view())}
                </datalist>
            </div>

            <h3>{move || t().entries_heading}</h3>
            {entries}
            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| d.entries.push(empty_entry()))>
                {move || t().add_entry}
            </button>

            <h3>{move || t().figures_heading}</h3>
            {figures}
            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| d.attendance.push(empty_figure()))>
                {move || t().add_figure}
            </button>

            <h3>{move || t().new_sources_heading}</h3>
            {new_sources}
            <button type="button" class="dx-button" on:click=move |_| draft.update(|d| d.new_sources.push(empty_source()))>
                {move || t().add_source}
            </button>

            <div class="dx-field">
                <label for=id(Place::Certainty)>{move || t().certainty_label}</label>
                <select id=id(Place::Certainty) class="dx-select" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    draft.update(|d| d.certainty = v.parse::<usize>().ok().and_then(|k| LEVELS.get(k).copied()));
                }>
                    <option value="">"—"</option>
                    {move || LEVELS.iter().enumerate().map(|(k, l)| {
                        let selected = draft.with(|d| d.certainty) == Some(*l);
                        view! { <option value=k.to_string() selected=selected>{(m().certainty_level)(*l)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="dx-field">
                <label for=format!("{prefix}-certainty-note")>{move || t().certainty_note_label}</label>
                <input id=format!("{prefix}-certainty-note") type="text" class="dx-input"
                    prop:value=move || draft.with(|d| text_of(&d.certainty_note))
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.certainty_note = optional(v)); }
                />
            </div>

            <div class="dx-maintain-refusal-box" id=refusals_id tabindex="-1">{refusal_list}</div>
            <button type="submit" class="dx-button dx-button-primary">{move || t().submit}</button>
        </form>
    }
}
