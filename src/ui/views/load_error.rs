use leptos::prelude::*;

use crate::core::dataset::Problems;
use crate::core::load::LoadError;
use crate::ui::i18n::{use_lang, use_messages};

/// Why the dataset is not shown, every problem with its place, and a way to try again.
#[component]
pub fn LoadErrorView(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let m = use_messages();
    let lang = use_lang();
    let (title, reason, problems) = match error {
        LoadError::Fetch { url, reason } => (
            m.load_failed_title,
            (m.fetch_failed)(&url, &reason),
            Problems::default(),
        ),
        LoadError::TimedOut { url, seconds } => (
            m.load_failed_title,
            (m.timed_out)(&url, seconds),
            Problems::default(),
        ),
        LoadError::Invalid { url, problems } => {
            (m.invalid_dataset_title, (m.invalid_dataset)(&url), problems)
        }
    };
    let problem_list = (!problems.is_empty()).then(|| {
        // Past the cap, the first problems are listed and the rest counted by kind, each count
        // after the last problem of its kind shown.
        let heading = (m.problems_heading)(problems.total());
        let items = problems
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let place = (m.problem_at)(p.pos.line, p.pos.column);
                let more = problems.more_after(i).map(|n| {
                    view! { <li class="dx-problems-more">{(m.more_problems)(n)}</li> }
                });
                view! {
                    <li>
                        <span class="dx-problem-place">{place}</span>
                        {(!p.path.is_empty()).then(|| view! { " " <code class="dx-problem-path">{p.path.clone()}</code> })}
                        <span class="dx-problem-message">{format!(": {}", p.say(lang))}</span>
                    </li>
                    {more}
                }
            })
            .collect_view();
        view! {
            <p class="dx-problems-heading">{heading}</p>
            <ul class="dx-problems">{items}</ul>
        }
    });
    view! {
        <div class="dx-error" role="alert">
            <h2 class="dx-section-title">{title}</h2>
            <p class="dx-error-reason">{reason}</p>
            {problem_list}
            <button type="button" class="dx-button dx-retry" on:click=move |_| retry.run(())>
                {m.retry}
            </button>
        </div>
    }
}
