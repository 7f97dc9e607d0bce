//! The topic matrix: an accessible table of themes × dialogues with a keyboard grid.

use std::sync::Arc;

use leptos::html::{Div, Table, Tbody, Thead};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ScrollLogicalPosition;

use crate::core::dataset::Dataset;
use crate::core::index::places;
use crate::core::markup;
use crate::core::matrix::{
    self, carried_over, column_groups, CellFace, ColumnKey, Columns, Mark, Matrix,
};
use crate::core::messages::Messages;
use crate::core::url_state::ChosenCell;
use crate::ui::context::use_nav;
use crate::ui::context::{use_explorer, use_ids, use_selection};
use crate::ui::format::short_date;
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{data_lang, dialogue_name, theme_label, theme_lang};
use crate::ui::nav::is_plain_click;
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::entry::cell_entries_of;

fn column_label(dataset: &Dataset, key: &ColumnKey) -> String {
    match key {
        ColumnKey::Dialogue(id) => dataset
            .dialogue(id)
            .map(|d| dialogue_name(dataset, d))
            .unwrap_or_else(|| id.clone()),
        ColumnKey::WorkingGroup(id) => dataset
            .working_group(id)
            .map(|w| w.short_name.get(use_lang().code()).0.to_string())
            .unwrap_or_else(|| id.clone()),
        ColumnKey::Year(y) => y.to_string(),
    }
}

/// The short header of a column: a date under its working group, or the group, or the year.
fn column_header(dataset: &Dataset, key: &ColumnKey) -> String {
    let m = use_messages();
    match key {
        ColumnKey::Dialogue(id) => dataset
            .dialogue(id)
            .and_then(|d| d.date)
            .map(|d| short_date(d, use_lang().code()))
            .unwrap_or_else(|| m.date_not_known.to_string()),
        other => column_label(dataset, other),
    }
}

/// Scrolls `element` into view (`block`: where in the viewport) and gives it the focus without a
/// second scroll. Works the same inside the element's shadow root.
fn scroll_and_focus(element: &web_sys::Element, block: ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
}

/// Once the chosen cell's entries are drawn (the next frame), brings them into view and puts
/// the focus on their heading, so that a choice visibly does something.
fn show_cell_entries(inside: web_sys::Element) {
    request_animation_frame(move || {
        let heading = inside
            .closest(".dx-matrix-view")
            .ok()
            .flatten()
            .and_then(|view| view.query_selector(".dx-cell-detail-title").ok().flatten());
        if let Some(heading) = heading {
            scroll_and_focus(&heading, ScrollLogicalPosition::Start);
        }
    });
}

/// Back from the entries to the cell they belong to (`at`: its data-cell, else the chosen one),
/// in the middle of the screen below the column headers (the cells' `scroll-margin`, the
/// headers' height), which stay on screen and would otherwise hide it.
fn return_to_cell(inside: web_sys::Element, at: Option<String>) {
    request_animation_frame(move || {
        let selector = match &at {
            Some(at) => format!("button.dx-cell[data-cell=\"{at}\"]"),
            None => "button.dx-cell[aria-pressed=\"true\"]".to_string(),
        };
        let cell = inside
            .closest(".dx-matrix-view")
            .ok()
            .flatten()
            .and_then(|view| view.query_selector(&selector).ok().flatten());
        if let Some(cell) = cell {
            scroll_and_focus(&cell, ScrollLogicalPosition::Center);
        }
    });
}

/// Keeps the column headers in view while the page scrolls down the table (docs/decisions.md,
/// "The matrix takes its height"). The table's box scrolls sideways, which makes it a scroll
/// container and keeps `position: sticky` from sticking to the page vertically; so the header
/// cells are moved down by as much as the table's top has gone above the viewport, through one
/// CSS variable, up to its last row. Any scroll (the page's or a host's container, caught while
/// capturing) and any resize update it, once per frame; so does a change of the table's own
/// size (its rows or columns), seen by a `ResizeObserver`, whose callback comes after the
/// browser's layout: measuring there forces no layout of its own (a click on a filter would
/// otherwise pay for two).
fn keep_headers_in_view(table_ref: NodeRef<Table>) {
    let shown = StoredValue::new((0.0_f64, 0.0_f64));
    let pending = StoredValue::new(false);
    let place = move || {
        let Some(Some(table)) = table_ref.try_get_untracked() else {
            return;
        };
        let (Ok(Some(head)), Ok(Some(body))) =
            (table.query_selector("thead"), table.query_selector("tbody"))
        else {
            return;
        };
        let last_row = body
            .last_element_child()
            .map_or(0.0, |r| r.get_bounding_client_rect().height());
        let room = (body.get_bounding_client_rect().height() - last_row).max(0.0);
        let offset = (-head.get_bounding_client_rect().top())
            .clamp(0.0, room)
            .round();
        let height = head.get_bounding_client_rect().height().ceil();
        let moved = shown
            .try_update_value(|s| std::mem::replace(s, (offset, height)) != (offset, height))
            .unwrap_or(false);
        if moved {
            let style = web_sys::HtmlElement::style(&table);
            // Whole pixels (rounded above), written as integers: no float formatting.
            let _ = style.set_property("--dx-head-offset", &format!("{}px", offset as i64));
            let _ = style.set_property("--dx-head-height", &format!("{}px", height as i64));
        }
    };
    let update = move || {
        // A frame asked for just before the table went away (an embedding remounted, a view
        // left) finds its values disposed: there is nothing to place then.
        if pending.try_update_value(|p| *p = false).is_some() {
            place();
        }
    };
    let on_scroll = Closure::<dyn FnMut()>::new(move || {
        let asked = pending
            .try_update_value(|p| !std::mem::replace(p, true))
            .unwrap_or(false);
        if asked {
            request_animation_frame(update);
        }
    });
    let on_resize = Closure::<dyn FnMut()>::new(place);
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    options.set_passive(true);
    let callback = on_scroll
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .clone();
    for event in ["scroll", "resize"] {
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            event, &callback, &options,
        );
    }
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    // The closures live as long as the table; the listeners and the observer go with it.
    let kept = StoredValue::new_local(Some((on_scroll, on_resize, callback, observer.clone())));
    on_cleanup(move || {
        if let Some((_, _, callback, observer)) = kept.try_update_value(Option::take).flatten() {
            if let Some(window) = web_sys::window() {
                for event in ["scroll", "resize"] {
                    let _ =
                        window.remove_event_listener_with_callback_and_bool(event, &callback, true);
                }
            }
            if let Some(observer) = observer {
                observer.disconnect();
            }
        }
    });
    // The table, once drawn (the observer's first callback places the headers).
    Effect::new(move |_| {
        if let (Some(table), Some(observer)) = (table_ref.get(), observer.as_ref()) {
            observer.observe(&table);
        }
    });
}

#[component]
pub fn MatrixView(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    let columns = Memo::new(move |_| nav.state.with(|s| s.columns));
    let chosen = Memo::new(move |_| nav.state.with(|s| s.cell.clone()));
    let switch_name = ids.id("matrix-columns");
    // Built once per change of the selection or the columns, for the table and the detail.
    let selection = use_selection();
    let index = use_explorer().index;
    // Too many dialogues for a column each: years, with a note saying so.
    let shown_columns =
        Memo::new(move |_| columns.get().fitting(selection.with(|s| s.dialogues.len())));
    let grid = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let columns = shown_columns.get();
            index.with_value(|index| selection.with(|s| matrix::build(&dataset, index, s, columns)))
        })
    };

    // The switch and the legend: markup from `core::markup`, drawn once; the switch is ticked
    // and the legend written again when the columns change.
    let tools = NodeRef::<Div>::new();
    let lang = use_lang();
    let tools_markup = markup::matrix_tools(
        &switch_name,
        &|name| ids.id(name),
        shown_columns.get_untracked().draws_marks(),
        lang,
    );
    let marks_drawn = StoredValue::new(shown_columns.get_untracked().draws_marks());
    Effect::new(move |_| {
        let (chosen, shown) = (columns.get(), shown_columns.get());
        let Some(tools) = tools.get() else {
            return;
        };
        if let Ok(radios) = tools.query_selector_all("input[type=radio]") {
            for i in 0..radios.length() {
                if let Some(radio) = radios
                    .item(i)
                    .and_then(|r| r.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    radio.set_checked(radio.value() == chosen.key());
                }
            }
        }
        if marks_drawn.get_value() != shown.draws_marks() {
            marks_drawn.set_value(shown.draws_marks());
            if let Ok(Some(legend)) = tools.query_selector(".dx-legend") {
                legend.set_inner_html(&markup::matrix_legend(shown.draws_marks(), lang));
            }
        }
    });
    let on_switch = move |ev: leptos::ev::Event| {
        if let Some(c) = Columns::from_key(&event_target_value(&ev)) {
            nav.update(|s| s.set_columns(c));
        }
    };

    let table = view! { <MatrixTable dataset=dataset.clone() grid chosen columns=shown_columns /> };
    // No dialogue in view: no table of zeros, but what the entries list says, in place.
    let nothing = Signal::derive(move || selection.with(|s| s.has_no_dialogue()));

    let detail = {
        let dataset = dataset.clone();
        move || {
            let chosen = chosen.get()?;
            let grid = grid.get();
            let row = grid.rows.iter().find(|r| r.theme == chosen.theme)?;
            let column = grid
                .columns
                .iter()
                .position(|c| chosen.is(&row.theme, &c.key))?;
            let cell = row.cells.get(column)?;
            let col = grid.columns.get(column)?;
            let heading = (m.cell_entries_heading)(
                &theme_label(&dataset, &chosen.theme),
                &column_label(&dataset, &col.key),
            );
            let entries = index.with_value(|index| {
                selection.with(|s| {
                    matrix::cell_entries(
                        &dataset,
                        index,
                        s,
                        shown_columns.get(),
                        &row.theme,
                        &col.key,
                    )
                })
            });
            let count = (m.entries_count)(cell.count);
            let heading_label = heading.clone();
            let back = move |ev: leptos::ev::MouseEvent| {
                if let Some(from) = ev.target().and_then(|t| t.dyn_into().ok()) {
                    return_to_cell(from, None);
                }
            };
            // Closing returns to the cell too: the focus stays where the reader was.
            let close = move |ev: leptos::ev::MouseEvent| {
                // Found before closing: the button goes with the entries.
                let view = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|f| f.closest(".dx-matrix-view").ok().flatten());
                let at = view
                    .as_ref()
                    .and_then(|v| {
                        v.query_selector("button.dx-cell[aria-pressed=\"true\"]")
                            .ok()
                            .flatten()
                    })
                    .and_then(|c| c.get_attribute("data-cell"));
                nav.update(|s| s.close_cell());
                if let Some(view) = view {
                    return_to_cell(view, at);
                }
            };
            Some(view! {
                <section class="dx-cell-detail" aria-label=heading_label>
                    <div class="dx-cell-detail-head">
                        <h3 class="dx-subtitle dx-cell-detail-title" tabindex="-1">
                            {heading} <span class="dx-muted">" · " {count}</span>
                        </h3>
                        <div class="dx-cell-detail-actions">
                            <button type="button" class="dx-link-button dx-back-to-cell" on:click=back>
                                {m.back_to_cell}
                            </button>
                            <button type="button" class="dx-link-button" on:click=close>
                                {m.close}
                            </button>
                        </div>
                    </div>
                    {cell_entries_of(dataset.clone(), entries)}
                </section>
            })
        }
    };

    view! {
        <section class="dx-matrix-view">
            <div class="dx-matrix-tools" node_ref=tools inner_html=tools_markup on:change=on_switch></div>
            <p class="dx-help dx-muted">{m.matrix_help}</p>
            {move || {
                (shown_columns.get() != columns.get()).then(|| {
                    let count = selection.with(|s| s.dialogues.len());
                    view! { <p class="dx-notice dx-matrix-coarse">{(m.matrix_by_year)(count)}</p> }
                })
            }}
            <EmptyResult when=nothing />
            <div class="dx-matrix-body" hidden=nothing>{table}</div>
            {detail}
        </section>
    }
}

/// A row of the table as it shows: its place among the rows, its cells, the column of the
/// chosen cell when it is in this row, and its total.
#[derive(Clone, Debug, PartialEq)]
struct RowShown {
    place: usize,
    faces: Vec<CellFace>,
    chosen_column: Option<usize>,
    total: usize,
}

/// What a row's cells in the page show: written when they are drawn and at each update.
struct Drawn {
    shown: RowShown,
    /// The columns they are in, in order.
    keys: Vec<ColumnKey>,
    /// The tab stop (row, column) when they were last written.
    tab: (usize, usize),
}

/// Brings a row's cells in the page from what they showed (`before`) to `now`, over the columns
/// `keys`: the cells of columns that stay are kept (moved into place when columns come or go)
/// and written only where they differ; the cells of new columns are made, those of gone ones
/// removed. None when the page does not hold the row's cells as `before` says (nothing then
/// is taken as written).
fn write_row(
    tr: &web_sys::HtmlTableRowElement,
    before: &Drawn,
    now: &RowShown,
    keys: &[ColumnKey],
    tab: (usize, usize),
    label: impl Fn(usize, &CellFace) -> String,
) -> Option<()> {
    let document = tr.owner_document()?;
    let buttons = tr.query_selector_all("button.dx-cell").ok()?;
    if buttons.length() as usize != before.keys.len() {
        return None;
    }
    let old: Vec<web_sys::Element> = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into().ok())
        .collect();
    let from = carried_over(&before.keys, keys);
    let (was, r) = (before.shown.place, now.place);
    let set = |button: &web_sys::Element, name: &str, value: &str| {
        let _ = button.set_attribute(name, value);
    };
    let mut kept = vec![false; old.len()];
    let mut cells: Vec<web_sys::Element> = Vec::with_capacity(keys.len());
    for (c, face) in now.faces.iter().enumerate() {
        let cell = match from.get(c).copied().flatten().filter(|&o| o < old.len()) {
            Some(o) => {
                kept[o] = true;
                let button = &old[o];
                let old_face = before.shown.faces.get(o);
                if was != r || o != c {
                    set(button, "data-cell", &format!("{r}-{c}"));
                }
                if old_face != Some(face) {
                    set(button, "class", &face.class());
                    set(button, "data-count", &face.count.to_string());
                    if old_face.is_none_or(|f| f.count != face.count) {
                        button.set_text_content(Some(&face.text()));
                    }
                    if old_face.is_none_or(|f| f.label_differs(face)) {
                        set(button, "aria-label", &label(c, face));
                    }
                }
                let (was_pressed, is_pressed) = (
                    pressed(before.shown.chosen_column, o),
                    pressed(now.chosen_column, c),
                );
                if was_pressed != is_pressed {
                    set(button, "aria-pressed", is_pressed);
                }
                let (was_stop, is_stop) = (tab_index((was, o), before.tab), tab_index((r, c), tab));
                if was_stop != is_stop {
                    set(button, "tabindex", is_stop);
                }
                button.parent_element()?
            }
            None => new_cell(&document, now, tab, c, face, &label)?,
        };
        cells.push(cell);
    }
    for (o, button) in old.iter().enumerate() {
        if !kept[o] {
            if let Some(td) = button.parent_element() {
                td.remove();
            }
        }
    }
    // In order before the row's total, moving only the cells not already in their place.
    let mut next = tr.query_selector(":scope > td.dx-total").ok()??;
    for cell in cells.iter().rev() {
        if cell.next_element_sibling().as_ref() != Some(&next) {
            tr.insert_before(cell, Some(&next)).ok()?;
        }
        next = cell.clone();
    }
    Some(())
}

/// A cell's accessible name: its theme, its column, its count and its mark.
fn cell_aria(
    m: &'static Messages,
    theme: &str,
    names: &[String],
    column: usize,
    face: &CellFace,
) -> String {
    let mut aria = (m.cell_label)(
        theme,
        names.get(column).map_or("", String::as_str),
        face.count,
    );
    match face.mark {
        Mark::First => aria.push_str(&format!(" ({})", m.legend_first)),
        Mark::Recurs => aria.push_str(&format!(" ({})", m.legend_recurs)),
        Mark::Empty => {}
    }
    aria
}

/// An element with its attributes (None values left out) and its text.
fn element(
    document: &web_sys::Document,
    tag: &str,
    attributes: &[(&str, Option<&str>)],
    text: Option<&str>,
) -> Option<web_sys::Element> {
    let element = document.create_element(tag).ok()?;
    for (name, value) in attributes {
        if let Some(value) = value {
            element.set_attribute(name, value).ok()?;
        }
    }
    if let Some(text) = text {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// The header rows: the working groups above dialogue columns (consecutive columns of a group
/// share a cell, whose name opens its brief), then a header per column.
fn write_head(
    thead: &web_sys::Element,
    dataset: &Dataset,
    m: &'static Messages,
    columns: &[ColumnKey],
    groups: &[(Option<String>, usize)],
    lang: &str,
) -> Option<()> {
    let document = thead.owner_document()?;
    thead.set_text_content(None);
    if groups.iter().any(|(g, _)| g.is_some()) {
        let tr = document.create_element("tr").ok()?;
        tr.append_child(element(&document, "td", &[("class", Some("dx-corner"))], None)?.as_ref())
            .ok()?;
        for (group, span) in groups {
            let group = group.as_deref().and_then(|g| dataset.working_group(g));
            let name = group.map_or("", |w| w.short_name.get(lang).0);
            let span = span.to_string();
            let th = element(
                &document,
                "th",
                &[
                    ("scope", Some("colgroup")),
                    ("colspan", Some(&span)),
                    ("class", Some("dx-group-head")),
                    (
                        "lang",
                        group.and_then(|w| data_lang(&w.short_name)).as_deref(),
                    ),
                ],
                None,
            )?;
            match group {
                Some(w) => {
                    let link = format!("group:{}", w.id);
                    th.append_child(
                        element(&document, "a", &[("data-link", Some(&link))], Some(name))?
                            .as_ref(),
                    )
                    .ok()?;
                }
                None => th.set_text_content(Some(name)),
            }
            tr.append_child(&th).ok()?;
        }
        tr.append_child(element(&document, "td", &[("class", Some("dx-corner"))], None)?.as_ref())
            .ok()?;
        thead.append_child(&tr).ok()?;
    }
    let tr = document.create_element("tr").ok()?;
    let corner = [("scope", Some("col")), ("class", Some("dx-corner-head"))];
    tr.append_child(element(&document, "th", &corner, Some(m.theme_header))?.as_ref())
        .ok()?;
    for key in columns {
        let text = column_header(dataset, key);
        let th = element(
            &document,
            "th",
            &[("scope", Some("col")), ("class", Some("dx-col-head"))],
            None,
        )?;
        let link = match key {
            ColumnKey::Dialogue(id) => Some((format!("dialogue:{id}"), column_label(dataset, key))),
            ColumnKey::Year(year) => Some((
                format!("year:{year}"),
                (m.matrix_open_year)(&year.to_string()),
            )),
            ColumnKey::WorkingGroup(_) => None,
        };
        match link {
            Some((link, label)) => {
                let a = element(
                    &document,
                    "a",
                    &[("data-link", Some(&link)), ("aria-label", Some(&label))],
                    Some(&text),
                )?;
                th.append_child(&a).ok()?;
            }
            None => th.set_text_content(Some(&text)),
        }
        tr.append_child(&th).ok()?;
    }
    let total = [("scope", Some("col")), ("class", Some("dx-total-head"))];
    tr.append_child(element(&document, "th", &total, Some(m.total_header))?.as_ref())
        .ok()?;
    thead.append_child(&tr).ok()?;
    Some(())
}

/// A new row: its theme's name (a link to the theme's page), its cells, its total.
fn new_row(
    document: &web_sys::Document,
    dataset: &Dataset,
    theme: &str,
    now: &RowShown,
    tab: (usize, usize),
    label: impl Fn(usize, &CellFace) -> String,
) -> Option<web_sys::HtmlTableRowElement> {
    let tr: web_sys::HtmlTableRowElement = document.create_element("tr").ok()?.dyn_into().ok()?;
    let th = element(
        document,
        "th",
        &[("scope", Some("row")), ("class", Some("dx-row-head"))],
        None,
    )?;
    let link = format!("theme:{theme}");
    let a = element(document, "a", &[("data-link", Some(&link))], None)?;
    let name = theme_label(dataset, theme);
    let span = element(
        document,
        "span",
        &[("lang", theme_lang(dataset, theme).as_deref())],
        Some(&name),
    )?;
    a.append_child(&span).ok()?;
    th.append_child(&a).ok()?;
    tr.append_child(&th).ok()?;
    for (c, face) in now.faces.iter().enumerate() {
        tr.append_child(new_cell(document, now, tab, c, face, &label)?.as_ref())
            .ok()?;
    }
    let total = now.total.to_string();
    tr.append_child(
        element(document, "td", &[("class", Some("dx-total"))], Some(&total))?.as_ref(),
    )
    .ok()?;
    Some(tr)
}

/// A cell of a row: a button in a `td`.
fn new_cell(
    document: &web_sys::Document,
    now: &RowShown,
    tab: (usize, usize),
    c: usize,
    face: &CellFace,
    label: impl Fn(usize, &CellFace) -> String,
) -> Option<web_sys::Element> {
    let r = now.place;
    let td = document.create_element("td").ok()?;
    let button = element(
        document,
        "button",
        &[
            ("type", Some("button")),
            ("class", Some(&face.class())),
            ("data-cell", Some(&format!("{r}-{c}"))),
            ("data-count", Some(&face.count.to_string())),
            ("aria-label", Some(&label(c, face))),
            ("aria-pressed", Some(pressed(now.chosen_column, c))),
            ("tabindex", Some(tab_index((r, c), tab))),
        ],
        Some(&face.text()),
    )?;
    td.append_child(&button).ok()?;
    Some(td)
}

fn pressed(chosen: Option<usize>, c: usize) -> &'static str {
    if chosen == Some(c) {
        "true"
    } else {
        "false"
    }
}

fn tab_index(at: (usize, usize), stop: (usize, usize)) -> &'static str {
    if at == stop {
        "0"
    } else {
        "-1"
    }
}

/// A row in the page brought to `now`: its cells (`write_row`) and its total. None when the
/// page does not hold it as it was written.
fn update_row(
    row: &DrawnRow,
    now: &RowShown,
    keys: &[ColumnKey],
    tab: (usize, usize),
    label: impl Fn(usize, &CellFace) -> String,
) -> Option<()> {
    write_row(&row.tr, &row.drawn, now, keys, tab, label)?;
    if row.drawn.shown.total != now.total {
        let total = row.tr.query_selector(":scope > td.dx-total").ok()??;
        total.set_text_content(Some(&now.total.to_string()));
    }
    Some(())
}

/// The rows in the page, by theme, with what each shows.
struct DrawnRow {
    theme: String,
    tr: web_sys::HtmlTableRowElement,
    drawn: Drawn,
}

/// The table. Its header rows are drawn again when the columns change; its rows are keyed by
/// theme: a row is made once and then updated in place (`write_row`), moved when the order
/// changes, removed when its theme goes. The table's links are plain `<a data-link>` whose
/// addresses follow the filters; one listener on the table handles their clicks and the cells'
/// clicks and focus, and the roving tab stop moves by two attributes. Drawn by hand rather than
/// by keyed view lists and link components: the table is the first screen's largest part, and
/// this takes 9 KB gzip off the first load (docs/size.md, docs/decisions.md).
#[component]
fn MatrixTable(
    dataset: Arc<Dataset>,
    grid: Memo<Matrix>,
    /// The chosen cell alone, so that a cell's pressed state follows it and nothing else.
    chosen: Memo<Option<ChosenCell>>,
    /// The columns drawn, for the caption.
    columns: Memo<Columns>,
) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let explorer = use_explorer();
    let table_ref = NodeRef::<Table>::new();
    let head_ref = NodeRef::<Thead>::new();
    let body_ref = NodeRef::<Tbody>::new();
    let column_keys = Memo::new(move |_| {
        grid.with(|g| g.columns.iter().map(|c| c.key.clone()).collect::<Vec<_>>())
    });
    let row_themes = Memo::new(move |_| {
        grid.with(|g| g.rows.iter().map(|r| r.theme.clone()).collect::<Vec<_>>())
    });
    // Roving tabindex: one cell is in the tab order; arrow keys move it.
    let focus = RwSignal::new((0usize, 0usize));
    let rtl = use_lang().is_rtl();
    let lang = use_lang().code();

    // The cell at a place, found in the table (cells are drawn without a handle of their own).
    let cell_at = move |(row, col): (usize, usize)| -> Option<web_sys::HtmlElement> {
        let table = table_ref.get_untracked()?;
        let selector = format!("[data-cell=\"{row}-{col}\"]");
        table.query_selector(&selector).ok()??.dyn_into().ok()
    };
    // Moves the tab stop by changing two attributes: the table is not drawn again.
    let set_tab_stop = move |to: (usize, usize)| {
        let from = focus.get_untracked();
        if from != to {
            if let Some(old) = cell_at(from) {
                let _ = old.set_attribute("tabindex", "-1");
            }
            focus.set(to);
        }
        if let Some(new) = cell_at(to) {
            let _ = new.set_attribute("tabindex", "0");
        }
    };
    let move_to = move |row: usize, col: usize| {
        set_tab_stop((row, col));
        if let Some(el) = cell_at((row, col)) {
            let _ = el.focus();
        }
    };
    // The place of the cell an event came from.
    let place_of = |ev: &web_sys::Event| -> Option<(usize, usize)> {
        let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
        let cell = target.closest("button[data-cell]").ok()??;
        let (r, c) = cell
            .get_attribute("data-cell")?
            .split_once('-')
            .map(|(r, c)| (r.to_string(), c.to_string()))?;
        Some((r.parse().ok()?, c.parse().ok()?))
    };
    // A link's ordinary click moves in place, as the app's other links do.
    let follow_link = move |ev: &leptos::ev::MouseEvent| -> bool {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[data-link]").ok().flatten())
            .and_then(|a| a.get_attribute("data-link"));
        let Some(link) = link else {
            return false;
        };
        if is_plain_click(ev) {
            if let Some(to) = explorer.link_base.with_untracked(|b| b.matrix_link(&link)) {
                ev.prevent_default();
                nav.go(to);
            }
        }
        true
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if follow_link(&ev) {
            return;
        }
        let Some((r, c)) = place_of(&ev) else {
            return;
        };
        let theme = row_themes.with_untracked(|t| t.get(r).cloned());
        let key = column_keys.with_untracked(|k| k.get(c).cloned());
        if let (Some(theme), Some(key)) = (theme, key) {
            nav.update(|s| s.choose_cell(&theme, &key));
            if let Some(table) = table_ref.get_untracked() {
                show_cell_entries(table.into());
            }
        }
    };
    keep_headers_in_view(table_ref);
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        if let Some(at) = place_of(&ev) {
            set_tab_stop(at);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let rows_len = row_themes.with_untracked(Vec::len);
        let cols_len = column_keys.with_untracked(Vec::len);
        if rows_len == 0 || cols_len == 0 {
            return;
        }
        let (r, c) = focus.get_untracked();
        let (r, c) = (r.min(rows_len - 1), c.min(cols_len - 1));
        let next = match ev.key().as_str() {
            // Right to left, the next column is on the left.
            "ArrowRight" if rtl => Some((r, c.saturating_sub(1))),
            "ArrowLeft" if rtl => Some((r, (c + 1).min(cols_len - 1))),
            "ArrowRight" => Some((r, (c + 1).min(cols_len - 1))),
            "ArrowLeft" => Some((r, c.saturating_sub(1))),
            "ArrowDown" => Some(((r + 1).min(rows_len - 1), c)),
            "ArrowUp" => Some((r.saturating_sub(1), c)),
            "Home" if ev.ctrl_key() => Some((0, 0)),
            "End" if ev.ctrl_key() => Some((rows_len - 1, cols_len - 1)),
            "Home" => Some((r, 0)),
            "End" => Some((r, cols_len - 1)),
            _ => None,
        };
        if let Some((row, col)) = next {
            ev.prevent_default();
            move_to(row, col);
        }
    };
    // After a change that removed columns, the tab stop stays on a cell that exists.
    Effect::new(move |_| {
        let (rows, cols) = (row_themes.with(Vec::len), column_keys.with(Vec::len));
        let (r, c) = focus.get_untracked();
        if rows > 0 && cols > 0 && (r >= rows || c >= cols) {
            focus.set((r.min(rows - 1), c.min(cols - 1)));
        }
    });
    // What the cells' labels name their column by, once per change of the columns.
    let column_names = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            column_keys.with(|keys| {
                keys.iter()
                    .map(|k| column_label(&dataset, k))
                    .collect::<Vec<_>>()
            })
        })
    };
    // The header rows, drawn again only when the columns change. A column's working group
    // follows from its key (a dialogue's own group), so the keys alone say when to redraw.
    {
        let dataset = dataset.clone();
        Effect::new(move |_| {
            let Some(thead) = head_ref.get() else {
                return;
            };
            column_keys.track();
            let groups = grid.with_untracked(|g| column_groups(&g.columns));
            column_keys.with_untracked(|keys| write_head(&thead, &dataset, m, keys, &groups, lang));
        });
    }

    // Where the tab stop is, kept within the table as it is now.
    let tab_stop = move |cols: usize| {
        let rows = row_themes.with_untracked(Vec::len);
        let (r, c) = focus.get_untracked();
        (r.min(rows.saturating_sub(1)), c.min(cols.saturating_sub(1)))
    };

    // The rows: every change (counts, marks, the chosen cell, the tab stop, other columns or
    // rows) writes only what differs into the page.
    let rows_drawn = StoredValue::new_local(Vec::<DrawnRow>::new());
    {
        let dataset = dataset.clone();
        Effect::new(move |_| {
            let Some(tbody) = body_ref.get() else {
                return;
            };
            let Some(document) = tbody.owner_document() else {
                return;
            };
            let keys = column_keys.get();
            let names = column_names.get();
            let chosen = chosen.get();
            focus.track();
            let tab = tab_stop(keys.len());
            grid.with(|g| {
                rows_drawn.update_value(|drawn| {
                    // The rows drawn before, found by theme through a map of the kind the
                    // module has already (`places`).
                    let mut before: Vec<Option<DrawnRow>> = drawn.drain(..).map(Some).collect();
                    let themes: Vec<String> =
                        before.iter().flatten().map(|r| r.theme.clone()).collect();
                    let place_of = places(themes.iter().map(String::as_str));
                    for (place, row) in g.rows.iter().enumerate() {
                        let theme = &row.theme;
                        let now = RowShown {
                            place,
                            faces: CellFace::of_row(row, g.max),
                            chosen_column: chosen
                                .as_ref()
                                .filter(|c| &c.theme == theme)
                                .and_then(|c| keys.iter().position(|k| c.is(theme, k))),
                            total: row.total,
                        };
                        let name = theme_label(&dataset, theme);
                        let label =
                            |c: usize, face: &CellFace| cell_aria(m, &name, &names, c, face);
                        let kept = place_of
                            .get(theme.as_str())
                            .and_then(|&p| before[p].take())
                            .and_then(|mut old| {
                                let same = old.drawn.shown == now
                                    && old.drawn.keys == keys
                                    && old.drawn.tab == tab;
                                if same || update_row(&old, &now, &keys, tab, label).is_some() {
                                    old.drawn = Drawn {
                                        shown: now.clone(),
                                        keys: keys.clone(),
                                        tab,
                                    };
                                    Some(old)
                                } else {
                                    // Not as it was written: made anew.
                                    old.tr.remove();
                                    None
                                }
                            });
                        let row = match kept {
                            Some(row) => row,
                            None => {
                                let Some(tr) =
                                    new_row(&document, &dataset, theme, &now, tab, label)
                                else {
                                    continue;
                                };
                                DrawnRow {
                                    theme: theme.clone(),
                                    tr,
                                    drawn: Drawn {
                                        shown: now,
                                        keys: keys.clone(),
                                        tab,
                                    },
                                }
                            }
                        };
                        drawn.push(row);
                    }
                    for gone in before.into_iter().flatten() {
                        gone.tr.remove();
                    }
                    // In order, moving only the rows not already in their place.
                    let mut next: Option<web_sys::Node> = None;
                    for row in drawn.iter().rev() {
                        let row_node: &web_sys::Node = row.tr.as_ref();
                        let in_place =
                            row_node.parent_node().is_some() && row_node.next_sibling() == next;
                        if !in_place {
                            let _ = tbody.insert_before(row_node, next.as_ref());
                        }
                        next = Some(row_node.clone());
                    }
                });
            });
        });
    }

    // The links' addresses carry the current filters: written when the table or the filters
    // change.
    Effect::new(move |_| {
        let Some(table) = table_ref.get() else {
            return;
        };
        column_keys.track();
        row_themes.track();
        explorer.link_base.with(|base| {
            let Ok(links) = table.query_selector_all("a[data-link]") else {
                return;
            };
            for i in 0..links.length() {
                let Some(a) = links
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let Some(to) = a
                    .get_attribute("data-link")
                    .and_then(|l| base.matrix_link(&l))
                else {
                    continue;
                };
                let href = nav.href(&to);
                if a.get_attribute("href").as_deref() != Some(href.as_str()) {
                    let _ = a.set_attribute("href", &href);
                }
            }
        });
    });

    view! {
        <div class="dx-matrix-scroll">
            <table
                class="dx-matrix"
                node_ref=table_ref
                on:keydown=on_keydown
                on:click=on_click
                on:focusin=on_focusin
            >
                <caption class="dx-caption">{move || columns.get().caption(m)}</caption>
                <thead node_ref=head_ref></thead>
                <tbody node_ref=body_ref></tbody>
            </table>
        </div>
    }
}
