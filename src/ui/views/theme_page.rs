//! One theme: what it covers, its continuity across dialogues, and every mention in time order.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::matrix::{theme_continuity, ThemeContinuity};
use crate::core::messages::tidy;
use crate::core::query::{all_hits, Facet};
use crate::core::url_state::View;
use crate::ui::context::use_nav;
use crate::ui::format::list;
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::dialogue_name;
use crate::ui::widgets::entry::{EntryList, Listed};
use crate::ui::widgets::link::{BackLink, Link};
use crate::ui::widgets::text::DataText;

#[component]
pub fn ThemePage(dataset: Arc<Dataset>, id: String) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let Some(theme) = dataset.theme(&id).cloned() else {
        return ().into_any();
    };
    let hits = all_hits(&dataset);
    let tagged: Vec<_> = hits
        .iter()
        .filter(|h| h.entry.themes.contains(&id))
        .collect();
    // Over the whole record: the filters never change where a theme was first raised.
    let ThemeContinuity {
        overall: continuity,
        groups,
    } = theme_continuity(&dataset, &id);
    let name = |dialogue_id: &str| {
        dataset
            .dialogue(dialogue_id)
            .map(|d| dialogue_name(&dataset, d))
            .unwrap_or_default()
    };
    let lang = use_lang().code();

    let join = |names: &[String]| list(names, lang);
    let sentences = continuity.sentences(m, &name, &join);

    // Each working group's own continuity: whose dialogues each count counts.
    let short_name = |group_id: &str| {
        dataset
            .working_group(group_id)
            .map(|w| w.short_name.clone())
            .unwrap_or_default()
    };
    let by_group = (continuity.first().is_some()).then(|| {
        groups
            .iter()
            .map(|g| {
                let others: Vec<String> = g
                    .raised_elsewhere_by(&dataset)
                    .iter()
                    .map(|w| short_name(w).get(lang).0.to_string())
                    .collect();
                let said = g.sentences(m, &name, &join, &list(&others, lang));
                let group = short_name(&g.working_group);
                view! {
                    <div class="dx-fact" data-group=g.working_group.clone()>
                        <dt><DataText text=group /></dt>
                        <dd>{tidy(&said.join(m.word_space))}</dd>
                    </div>
                }
            })
            .collect_view()
    });

    // An embedding that offers no matrix gets no link to it.
    let matrix_offered = nav.offered().offers(&View::Matrix);
    let mut in_matrix = nav.state.with_untracked(|s| s.at(View::Matrix));
    in_matrix.edit_filters(|f| f.only(Facet::Theme, &id));

    let mentions: Vec<Listed> = tagged.iter().map(|hit| Listed::of_hit(hit)).collect();
    let dialogues_count = continuity.raised_in.len();

    view! {
        <article class="dx-page dx-theme-page" data-theme-id=id.clone()>
            <BackLink dataset=dataset.clone() />
            <h2 class="dx-page-title" tabindex="-1"><DataText text=theme.label.clone() /></h2>
            <p class="dx-lead"><DataText text=theme.description.clone() /></p>
            <p class="dx-muted">{(m.theme_mentions)(tagged.len(), dialogues_count)}</p>
            <h3 class="dx-subtitle">{m.continuity_heading}</h3>
            <p class="dx-continuity">{tidy(&sentences.join(m.word_space))}</p>
            {by_group.map(|items| view! {
                <h4 class="dx-minor">{m.continuity_by_group}</h4>
                <dl class="dx-facts dx-continuity-groups">{items}</dl>
            })}
            <p class="dx-muted dx-continuity-scope">{m.continuity_whole_record}</p>
            {matrix_offered.then(|| view! { <p><Link to=in_matrix>{m.show_in_matrix}</Link></p> })}
            <h3 class="dx-subtitle">{m.mentions_heading}</h3>
            <EntryList dataset=dataset.clone() items=mentions with_dialogue=true />
        </article>
    }
    .into_any()
}
