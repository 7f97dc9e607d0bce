//! The maintainer's page (`maintain.html`): open the dataset's text, see the validator's problems
//! placed in it, edit it, add a dialogue through a form, see which texts lack a language,
//! preview the explorer on it, and download it. Everything stays in the browser; the text in the
//! editor is the single truth, and `core::maintain` decides everything about it.

mod editor;
mod form;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::{self, Dataset};
use crate::core::maintain::{
    changes, download_text, maintain_messages, maintain_page_text, missing_counts,
    missing_translations, only_missing, page_problems, unsaved, Added, Draft, MaintainPageText,
    DRAFT_KEY,
};
use crate::core::messages::{is_rtl, Lang};
use crate::ui::context::{AppContext, Appearance};
use crate::ui::explorer::Explorer;
use crate::ui::i18n::initial_language;
use crate::ui::widgets::files::save;

use editor::{put_cursor, Editor};
use form::AddDialogueForm;

/// How the page was opened: `maintain.html?src=…&lang=…`.
#[derive(Clone, Debug)]
pub struct MaintainConfig {
    /// The published dataset, relative to the page.
    pub data_url: String,
    pub lang: Option<String>,
}

impl MaintainConfig {
    pub fn start_language(&self) -> Lang {
        initial_language(self.lang.as_deref(), None)
    }
}

/// What the editor holds and where it came from.
#[derive(Clone, Debug, PartialEq)]
struct Opened {
    name: String,
    text: Arc<str>,
}

/// How many texts lacking a language the list shows at once.
const TRANSLATIONS_SHOWN: usize = 200;
/// The pause in typing after which the text is checked again.
const CHECK_AFTER: Duration = Duration::from_millis(300);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Now, as the reader's clock says it, for the draft's "kept at".
fn now_label(lang: Lang) -> String {
    let now = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    now.to_locale_string(lang.code(), &options)
        .as_string()
        .unwrap_or_default()
}

#[component]
pub fn MaintainPage(config: MaintainConfig) -> impl IntoView {
    let start = config.start_language();
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let app = AppContext::new(base, start, Appearance::Auto);
    provide_context(app);
    let t = move || maintain_page_text(app.lang.get());

    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let opened = RwSignal::new(None::<Opened>);
    // The text as last checked (a pause after typing), which everything below is computed from.
    let text = RwSignal::new(Arc::<str>::from(""));
    let downloaded = RwSignal::new(None::<Arc<str>>);
    let pending = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let offered_draft = RwSignal::new(None::<Draft>);
    let draft_failed = RwSignal::new(false);

    // The reader's language follows to the page's own <html>.
    Effect::new(move |_| {
        let lang = app.lang.get();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", lang.code());
                let _ = html.set_attribute("dir", if is_rtl(lang) { "rtl" } else { "ltr" });
            }
            document.set_title(maintain_page_text(lang).title);
        }
    });

    let current_text = move || -> String {
        textarea
            .get_untracked()
            .map(|area| area.value())
            .unwrap_or_else(|| text.get_untracked().to_string())
    };
    let current = Callback::new(move |()| current_text());

    // Checked once per change of the text: the problems, and the dataset when it loads.
    let problems = Memo::new(move |_| text.with(|s| page_problems(s, app.lang.get())));
    let loaded: Memo<Option<Arc<Dataset>>> = Memo::new(move |_| {
        text.with(|s| {
            (!s.trim().is_empty())
                .then(|| dataset::load(s).ok().map(Arc::new))
                .flatten()
        })
    });
    let last_valid = RwSignal::new(None::<Arc<Dataset>>);
    Effect::new(move |_| {
        if let Some(data) = loaded.get() {
            last_valid.set(Some(data));
        }
    });

    // The draft: kept in this browser while the text differs from what was opened.
    Effect::new(move |_| {
        let Some(opened) = opened.get() else {
            return;
        };
        let text = text.get();
        let Some(store) = storage() else {
            draft_failed.set(true);
            return;
        };
        if *text == *opened.text {
            let _ = store.remove_item(DRAFT_KEY);
            return;
        }
        let draft = Draft {
            name: opened.name.clone(),
            opened: opened.text.to_string(),
            text: text.to_string(),
            saved: now_label(app.lang.get_untracked()),
        };
        draft_failed.set(store.set_item(DRAFT_KEY, &draft.to_json()).is_err());
    });
    // A draft from an earlier visit is offered back, never restored unasked.
    if let Some(draft) = storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .and_then(|stored| Draft::from_json(&stored))
        .filter(|d| d.worth_offering(None))
    {
        offered_draft.set(Some(draft));
    }

    // Leaving with edits that are neither downloaded nor kept as they were opened.
    let leaving = window_event_listener_untyped("beforeunload", move |ev| {
        let Some(opened) = opened.get_untracked() else {
            return;
        };
        let edited = current_text();
        let downloaded = downloaded.get_untracked();
        if unsaved(&opened.text, &edited, downloaded.as_deref()) {
            ev.prevent_default();
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    on_cleanup(move || leaving.remove());

    // Replacing edits that would be lost asks first.
    let may_replace = move || {
        let Some(was) = opened.get_untracked() else {
            return true;
        };
        let edited = current_text();
        !unsaved(&was.text, &edited, downloaded.get_untracked().as_deref())
            || web_sys::window()
                .and_then(|w| w.confirm_with_message(t().replace_unsaved).ok())
                .unwrap_or(false)
    };
    let open = move |name: String, opened_text: String, edited: Option<String>| {
        let edited = edited.unwrap_or_else(|| opened_text.clone());
        if let Some(area) = textarea.get_untracked() {
            area.set_value(&edited);
            area.set_scroll_top(0);
        }
        opened.set(Some(Opened {
            name: name.clone(),
            text: opened_text.into(),
        }));
        downloaded.set(None);
        text.set(edited.into());
        pending.set(false);
        status.set((t().opened)(&name));
    };
    let open = Callback::new(
        move |(name, body, edited): (String, String, Option<String>)| open(name, body, edited),
    );

    let on_typed = Callback::new(move |()| pending.set(true));
    let on_checked = Callback::new(move |value: String| {
        pending.set(false);
        if *text.get_untracked() != *value {
            // Pasted into an empty page: the paste is what was opened.
            if opened.get_untracked().is_none() {
                opened.set(Some(Opened {
                    name: "dialogues.json".into(),
                    text: Arc::from(value.as_str()),
                }));
            }
            text.set(value.into());
        }
    });

    let data_url = config.data_url.clone();
    let start_published = move |_| {
        if !may_replace() {
            return;
        }
        let url = data_url.clone();
        status.set(t().loading_published.to_string());
        leptos::task::spawn_local(async move {
            let fetched = async {
                let reason = |e: wasm_bindgen::JsValue| {
                    js_sys::Reflect::get(&e, &"message".into())
                        .ok()
                        .and_then(|m| m.as_string())
                        .unwrap_or_else(|| "the connection failed".to_string())
                };
                let window = web_sys::window().ok_or("no window")?;
                let response: web_sys::Response =
                    wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url))
                        .await
                        .map_err(reason)?
                        .unchecked_into();
                if !response.ok() {
                    return Err(format!(
                        "HTTP {} {}",
                        response.status(),
                        response.status_text()
                    ));
                }
                let body = response.array_buffer().map_err(reason)?;
                let body = wasm_bindgen_futures::JsFuture::from(body)
                    .await
                    .map_err(reason)?;
                let bytes = js_sys::Uint8Array::new(&body).to_vec();
                String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
            };
            match fetched.await {
                Ok(body) => open.run((url, body, None)),
                Err(reason) => {
                    status.try_set((t().published_failed)(&reason));
                }
            }
        });
    };

    // A file chosen or dropped: its bytes, read as UTF-8.
    let read_file = Callback::new(move |file: web_sys::File| {
        if !may_replace() {
            return;
        }
        let name = file.name();
        leptos::task::spawn_local(async move {
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
            match bytes.ok().and_then(|b| String::from_utf8(b).ok()) {
                Some(body) => open.run((name, body, None)),
                None => {
                    status.try_set((t().file_unreadable)(&name));
                }
            }
        });
    });
    let on_drop = move |ev: leptos::ev::DragEvent| {
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            read_file.run(file);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        let has_files = ev
            .data_transfer()
            .map(|d| d.types().includes(&"Files".into(), 0))
            .unwrap_or(false);
        if has_files {
            ev.prevent_default();
        }
    };

    let restore = move |_| {
        if let Some(draft) = offered_draft.get_untracked() {
            offered_draft.set(None);
            open.run((draft.name, draft.opened, Some(draft.text)));
        }
    };
    let discard = move |_| {
        offered_draft.set(None);
        if let Some(store) = storage() {
            let _ = store.remove_item(DRAFT_KEY);
        }
    };

    let on_added = Callback::new(move |added: Added| {
        if let Some(area) = textarea.get_untracked() {
            editor::replace_text(&area, &added.text);
            let line = added.text[..added.byte_offset].matches('\n').count() as u32 + 1;
            put_cursor(&area, added.utf16_offset as u32, line);
            status.set((t().added)(&added.dialogue_id, line));
        }
        text.set(added.text.into());
    });

    let download_button = NodeRef::<leptos::html::Button>::new();
    let download = move |_| {
        let edited = current_text();
        if let Some(button) = download_button.get_untracked() {
            if save(
                &button,
                "dialogues.json",
                "application/json;charset=utf-8",
                &download_text(&edited),
            )
            .is_ok()
            {
                downloaded.set(Some(edited.into()));
                status.set(t().downloaded.to_string());
            }
        }
    };

    let lang_select = move || {
        let current = app.lang.get();
        view! {
            <div class="dx-setting">
                <label for="dx-maintain-lang">{t().language_label}</label>
                <select id="dx-maintain-lang" class="dx-select" on:change=move |ev| {
                    if let Some(lang) = crate::core::messages::supported(&event_target_value(&ev)) {
                        app.lang.set(lang);
                    }
                }>
                    {Lang::ALL.iter().map(|lang| view! {
                        <option value=lang.code() lang=lang.code() selected=*lang == current>{lang.native_name()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };

    let draft_banner = move || {
        offered_draft.get().map(|draft| {
            view! {
                <div class="dx-maintain-draft" role="region" aria-label=t().restore_draft>
                    <p>{(t().draft_found)(&draft.saved)}</p>
                    <button type="button" class="dx-button dx-button-primary" on:click=restore>{t().restore_draft}</button>
                    <button type="button" class="dx-button" on:click=discard>{t().discard_draft}</button>
                </div>
            }
        })
    };

    let problem_count = move || {
        let t = t();
        if pending.get() {
            return t.checking.to_string();
        }
        if text.with(|s| s.trim().is_empty()) {
            return t.editor_empty.to_string();
        }
        problems.with(|p| {
            if p.is_valid() {
                t.no_problems.to_string()
            } else {
                (t.problems_status)(p.total)
            }
        })
    };

    let problem_list = move || {
        let t: &'static MaintainPageText = t();
        let p = problems.get();
        if p.is_valid() || text.with(|s| s.trim().is_empty()) {
            return None;
        }
        let mm = maintain_messages(app.lang.get());
        let counts = p
            .counts
            .iter()
            .map(|k| view! { <li>{k.name}": "{k.count}</li> })
            .collect_view();
        let capped = p
            .capped
            .then(|| view! { <p class="dx-maintain-note">{(mm.problems_capped)(p.problems.len(), p.total)}</p> });
        let items = p
            .problems
            .iter()
            .map(|problem| {
                let (offset, line, column) =
                    (problem.utf16_offset as u32, problem.line, problem.column);
                let more = problem
                    .more_after
                    .map(|n| view! { <p class="dx-maintain-more">{(t.more_of_kind)(n)}</p> });
                let path = (!problem.path.is_empty()).then(|| {
                    view! { <code class="dx-maintain-path" dir="ltr">{problem.path.clone()}</code> }
                });
                view! {
                    <li class="dx-maintain-problem">
                        <button type="button" class="dx-maintain-place" dir="ltr"
                            on:click=move |_| {
                                if let Some(area) = textarea.get_untracked() {
                                    put_cursor(&area, offset, line);
                                }
                            }
                        >
                            <span class="dx-maintain-at">{format!("{line}:{column}")}</span>
                            <span class="dx-visually-hidden">{(t.at_place)(line, column)}</span>
                        </button>
                        <span class="dx-maintain-kind">{problem.kind_name}</span>
                        {path}
                        <span class="dx-maintain-what">{problem.what.clone()}</span>
                        <span class="dx-maintain-fix">{t.what_to_do}" "{problem.fix}</span>
                        {more}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h3>{t.counts_heading}</h3>
            <ul class="dx-maintain-counts">{counts}</ul>
            {capped}
            <ol class="dx-maintain-problems">{items}</ol>
        })
    };

    // Texts lacking a language, filtered by one.
    let lacking = RwSignal::new(None::<Lang>);
    let missing = Memo::new(move |_| {
        loaded
            .get()
            .and_then(|_| text.with(|s| missing_translations(s).ok()))
    });
    let translations = move || {
        let t = t();
        let lang = app.lang.get();
        let mm = maintain_messages(lang);
        let Some(all) = missing.get() else {
            return view! { <p class="dx-maintain-note">{t.translations_need_valid}</p> }
                .into_any();
        };
        if all.is_empty() {
            return view! { <p>{t.translations_complete}</p> }.into_any();
        }
        let counts = missing_counts(&all)
            .into_iter()
            .map(|(l, n)| view! { <li>{(t.texts_lacking)(n, (t.language_name)(l))}</li> })
            .collect_view();
        let chosen = lacking.get();
        let shown: Vec<_> = match chosen {
            Some(l) => only_missing(&all, l),
            None => all.iter().collect(),
        };
        let total = shown.len();
        let items = shown
            .into_iter()
            .take(TRANSLATIONS_SHOWN)
            .map(|text_missing| {
                let (offset, line) = (text_missing.utf16_offset as u32, text_missing.line);
                let owner = format!(
                    "{} {}",
                    (mm.owner_kind)(text_missing.owner.kind),
                    text_missing.owner.id
                );
                let langs = text_missing
                    .missing
                    .iter()
                    .map(|l| (t.language_name)(*l))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <li class="dx-maintain-missing">
                        <button type="button" class="dx-maintain-place" dir="ltr"
                            on:click=move |_| {
                                if let Some(area) = textarea.get_untracked() {
                                    put_cursor(&area, offset, line);
                                }
                            }
                        >
                            <span class="dx-maintain-at">{format!("{line}:{}", text_missing.column)}</span>
                            <span class="dx-visually-hidden">{(t.at_place)(line, text_missing.column)}</span>
                        </button>
                        <span class="dx-maintain-kind">{owner}" · "{text_missing.field.clone()}</span>
                        <span class="dx-maintain-what" lang="en" dir="auto">{text_missing.english.clone()}</span>
                        <span class="dx-maintain-fix">{mm.missing_label}{langs}</span>
                    </li>
                }
            })
            .collect_view();
        let more = (total > TRANSLATIONS_SHOWN).then(
            || view! { <p class="dx-maintain-note">{(t.shown_of)(TRANSLATIONS_SHOWN, total)}</p> },
        );
        view! {
            <ul class="dx-maintain-counts">{counts}</ul>
            <div class="dx-field">
                <label for="dx-maintain-lacking">{t.translations_filter}</label>
                <select id="dx-maintain-lacking" class="dx-select" on:change=move |ev| {
                    lacking.set(crate::core::messages::supported(&event_target_value(&ev)));
                }>
                    <option value="" selected=chosen.is_none()>{t.any_language}</option>
                    {Lang::ALL.iter().filter(|l| **l != Lang::En).map(|l| view! {
                        <option value=l.code() selected=chosen == Some(*l)>{(mm.only_missing)((t.language_name)(*l))}</option>
                    }).collect_view()}
                </select>
            </div>
            <ul class="dx-maintain-list">{items}</ul>
            {more}
        }
        .into_any()
    };

    // What changed since the text was opened.
    let summary = move || {
        let lang = app.lang.get();
        let mm = maintain_messages(lang);
        let opened_text = opened.with(|o| o.as_ref().map(|o| o.text.clone()))?;
        let found = text.with(|s| changes(&opened_text, s, lang));
        let list = |heading: &'static str, ids: Vec<String>| {
            (!ids.is_empty()).then(|| {
                view! {
                    <li>{heading}": "<span dir="ltr">{ids.join(", ")}</span></li>
                }
            })
        };
        let named = |d: &[crate::core::maintain::DialogueChange]| {
            d.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
        };
        Some(
            view! {
                <p>{found.summary.clone()}</p>
                <ul class="dx-maintain-changes">
                    {list(mm.dialogues_added, named(&found.dialogues_added))}
                    {list(mm.dialogues_removed, named(&found.dialogues_removed))}
                    {list(mm.dialogues_changed, named(&found.dialogues_changed))}
                    {list(mm.entries_added, found.entries_added.iter().map(|(e, _)| e.clone()).collect())}
                    {list(mm.sources_added, found.sources_added.clone())}
                </ul>
            }
            .into_any(),
        )
    };

    let preview = move || {
        let lang = app.lang.get();
        last_valid
            .get()
            .map(|dataset| view! { <Preview dataset lang /> })
    };
    let preview_note = move || {
        let t = t();
        match (
            last_valid.with(Option::is_some),
            loaded.with(Option::is_some),
        ) {
            (false, _) => Some(t.preview_waiting),
            (true, false) if !pending.get() => Some(t.preview_stale),
            _ => None,
        }
        .map(|note| view! { <p class="dx-maintain-note">{note}</p> })
    };

    let valid_now = Signal::derive(move || loaded.get());
    view! {
        <div
            class="dx-app dx-maintain"
            data-theme="auto"
            lang=move || app.lang.get().code()
            dir=move || if is_rtl(app.lang.get()) { "rtl" } else { "ltr" }
            on:dragover=on_drag_over
            on:drop=on_drop
        >
            <header class="dx-maintain-header">
                <h1>{move || t().title}</h1>
                <p>{move || t().intro}</p>
                {lang_select}
            </header>
            {draft_banner}
            <p class="dx-maintain-status" role="status">{move || status.get()}</p>
            {move || draft_failed.get().then(|| view! { <p class="dx-maintain-note" role="alert">{t().draft_not_kept}</p> })}
            <div class="dx-maintain-work">
                <div class="dx-maintain-edit">
                    <section class="dx-maintain-section" aria-labelledby="dx-maintain-open">
                        <h2 id="dx-maintain-open">{move || t().open_heading}</h2>
                        <div class="dx-maintain-open">
                            <label class="dx-button dx-maintain-file">
                                {move || t().open_file}
                                <input type="file" accept=".json,application/json" class="dx-visually-hidden"
                                    on:change=move |ev| {
                                        let input: web_sys::HtmlInputElement = event_target(&ev);
                                        if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                            read_file.run(file);
                                        }
                                        input.set_value("");
                                    }
                                />
                            </label>
                            <button type="button" class="dx-button" on:click=start_published>{move || t().start_published}</button>
                        </div>
                        <p class="dx-hint">{move || t().drop_hint}</p>
                    </section>
                    <section class="dx-maintain-section" aria-labelledby="dx-maintain-editor">
                        <h2 id="dx-maintain-editor">{move || t().editor_heading}</h2>
                        <Editor textarea text=Signal::from(text) on_typed on_checked check_after=CHECK_AFTER />
                    </section>
                    <section class="dx-maintain-section" aria-labelledby="dx-maintain-problems">
                        <h2 id="dx-maintain-problems">{move || t().problems_heading}</h2>
                        <p class="dx-maintain-count" role="status" aria-live="polite">{problem_count}</p>
                        {problem_list}
                    </section>
                    <section class="dx-maintain-section" aria-labelledby="dx-maintain-save">
                        <h2 id="dx-maintain-save">{move || t().save_heading}</h2>
                        <button type="button" class="dx-button dx-button-primary" node_ref=download_button
                            disabled=move || opened.with(Option::is_none) on:click=download>
                            {move || t().download}
                        </button>
                        <h3>{move || t().changes_heading}</h3>
                        {summary}
                        <p class="dx-hint">{move || t().where_it_goes}</p>
                    </section>
                    <details class="dx-maintain-section dx-maintain-fold">
                        <summary><h2 id="dx-maintain-add">{move || t().add_heading}</h2></summary>
                        <AddDialogueForm dataset=valid_now text=current on_added />
                    </details>
                    <details class="dx-maintain-section dx-maintain-fold">
                        <summary><h2 id="dx-maintain-translations">{move || t().translations_heading}</h2></summary>
                        <p>{move || t().translations_intro}</p>
                        {translations}
                    </details>
                </div>
                <section class="dx-maintain-preview" aria-labelledby="dx-maintain-preview">
                    <h2 id="dx-maintain-preview">{move || t().preview_heading}</h2>
                    {preview_note}
                    {preview}
                </section>
            </div>
        </div>
    }
}

/// The explorer itself on the last valid text, with its own context, so that its language
/// menu and its links stay its own and leave the page's address alone.
#[component]
fn Preview(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    provide_context(AppContext::new(base, lang, Appearance::Auto));
    view! {
        <div class="dx-app dx-maintain-explorer" lang=lang.code() dir=if is_rtl(lang) { "rtl" } else { "ltr" }>
            <Explorer dataset url_namespace=None today=None base_lang=lang />
        </div>
    }
}

/// Mounts the page into `mount` (maintain.html's `<main data-mode="maintain">`).
pub fn mount_maintainer(mount: web_sys::HtmlElement, config: MaintainConfig) {
    leptos::mount::mount_to(
        mount,
        move || view! { <MaintainPage config=config.clone() /> },
    )
    .forget();
}
