//! Arabic: the catalogue in Arabic («العربية»).

// Plural forms are in the order of `plural_ar`: zero, one, two, few (3–10), many (11–99),
// other (100, 101…). A noun shown after a number follows the Arabic rules of the counted
// noun (تمييز العدد): "5 حوارات", "11 حوارًا", "100 حوار".

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::export::csv::Column;

use super::{plural_ar as plural, Messages};

/// "حوار" after a number, in the nominative.
const DIALOGUES: [&str; 6] = ["حوارات", "حوار", "حواران", "حوارات", "حوارًا", "حوار"];
/// "حوار" after a number, after a preposition (في، من): the dual changes.
const DIALOGUES_GEN: [&str; 6] = ["حوارات", "حوار", "حوارين", "حوارات", "حوارًا", "حوار"];
/// "عنصر" (an entry: an agenda item or a topic raised) after a number.
const ENTRIES: [&str; 6] = ["عناصر", "عنصر", "عنصران", "عناصر", "عنصرًا", "عنصر"];

pub static AR: Messages = Messages {
    word_space: " ",
    comma: "، ",
    full_stop: ".",
    app_title: "Dialogue Explorer",
    app_tagline: "الحوارات البنّاءة بين الدول والمجتمع المدني في إطار آلية استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية.",
    loading: "جارٍ تحميل الحوارات…",
    load_failed_title: "تعذّر تحميل الحوارات",
    invalid_dataset_title: "توجد مشكلات في مجموعة البيانات",
    retry: "إعادة المحاولة",
    problems_heading: |n| {
        format!(
            "تم العثور على {n} {}:",
            plural(n, ["مشكلات", "مشكلة", "مشكلتين", "مشكلات", "مشكلةً", "مشكلة"])
        )
    },
    problem_at: |line, column| format!("السطر {line}، العمود {column}"),
    summary_heading: "محتوى مجموعة البيانات",
    dialogues: |n| plural(n, DIALOGUES),
    working_groups: |n| {
        plural(n, ["أفرقة عاملة", "فريق عامل", "فريقان عاملان", "أفرقة عاملة", "فريقًا عاملًا", "فريق عامل"])
    },
    themes: |n| plural(n, ["مواضيع", "موضوع", "موضوعان", "مواضيع", "موضوعًا", "موضوع"]),
    entries: |n| {
        plural(
            n,
            [
                "عناصر (بنود جدول الأعمال والمواضيع المطروحة)",
                "عنصر (بند جدول أعمال أو موضوع مطروح)",
                "عنصران (بنود جدول الأعمال والمواضيع المطروحة)",
                "عناصر (بنود جدول الأعمال والمواضيع المطروحة)",
                "عنصرًا (بنود جدول الأعمال والمواضيع المطروحة)",
                "عنصر (بنود جدول الأعمال والمواضيع المطروحة)",
            ],
        )
    },
    sources: |n| plural(n, ["مصادر", "مصدر", "مصدران", "مصادر", "مصدرًا", "مصدر"]),
    covering: |first, last| format!("من {first} إلى {last}."),
    fetch_failed: |url, reason| format!("تعذّر جلب {url}: {reason}."),
    invalid_dataset: |url| format!("تم جلب {url}، لكنه ليس مجموعة بيانات صالحة."),
    crashed: "توقف Dialogue Explorer بسبب خطأ داخلي. أعد تحميل الصفحة للمحاولة مرة أخرى.",

    views_label: "طرق العرض",
    view_matrix: "مصفوفة المواضيع",
    view_list: "العناصر",
    view_agenda: "الجدول الزمني",
    view_loading: "جارٍ تحميل هذا العرض…",
    part_loading: "جارٍ التحميل…",
    view_unavailable: "تعذّر تحميل هذا الجزء من المستكشف: تحقّق من الاتصال ثم أعد المحاولة.",
    language_unavailable: |name| format!("تعذّر تحميل الواجهة باللغة «{name}»: تحقّق من الاتصال ثم أعد المحاولة."),
    back_to: |view| format!("العودة إلى «{view}»"),
    dropped_from_link: |values| format!("أشار هذا الرابط إلى ما لا تتضمنه مجموعة البيانات، فتم تجاهله: {values}."),

    filters_heading: "التصفية",
    settings_button: "الإعدادات",
    show_filters: |open, active| {
        let verb = if open { "إخفاء عوامل التصفية" } else { "إظهار عوامل التصفية" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb} (النشطة: {active})")
        }
    },
    filter_rule: "قيم عامل التصفية الواحد توسّع النتائج (أيٌّ منها)؛ أما عوامل التصفية المختلفة فتضيّقها (جميعها معًا).",
    search_label: "البحث في العناوين والملخصات والمواضيع والأفرقة العاملة والرؤساء",
    search_placeholder: "مثلًا: الفساد، الأطفال، البحر",
    facet_working_group: "الفريق العامل",
    facet_year: "السنة",
    facet_theme: "الموضوع",
    facet_kind: "نوع العنصر",
    facet_status: "الحالة",
    kind_agenda: "بند جدول الأعمال",
    kind_topic: "موضوع مطروح",
    status_upcoming: "مقبلة",
    status_past: "سابقة",
    only_this: "فقط",
    only_this_label: |value| format!("{value} فقط"),
    clear_facet: "مسح",
    clear_facet_label: |facet| format!("مسح عامل التصفية «{facet}»"),
    reset_all: "إعادة تعيين الكل",
    active_filters: "عوامل التصفية النشطة",
    remove_filter: |value| format!("إزالة عامل التصفية: {value}"),
    result_count: |entries, dialogues| {
        format!(
            "{entries} {} في {dialogues} {}",
            plural(entries, ENTRIES),
            plural(dialogues, DIALOGUES_GEN)
        )
    },
    no_results: "لا توجد نتائج مطابقة لعوامل التصفية هذه. أزل أحد عوامل التصفية أو أعد تعيينها جميعًا:",
    search_text_chip: |text| format!("«{text}»"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "بند جدول الأعمال",
        EntryKind::TopicRaised => "موضوع مطروح",
    },
    themes_label: "المواضيع",
    source_label: "المصدر: ",

    matrix_caption: "المواضيع المطروحة في كل حوار: عدد بنود جدول الأعمال والمواضيع المطروحة المصنفة تحت الموضوع",
    matrix_columns_label: "الأعمدة",
    columns_dialogues: "الحوارات",
    columns_groups: "الأفرقة العاملة",
    columns_years: "السنوات",
    theme_header: "الموضوع",
    total_header: "المجموع",
    cell_label: |theme, column, count| {
        format!("{theme} — {column}: {count} {}", plural(count, ENTRIES))
    },
    entries_count: |n| format!("{n} {}", plural(n, ENTRIES)),
    show_more: |next, rest| format!("عرض {next} إضافية (لم يُعرض بعد: {rest})"),
    matrix_by_year: |n| format!("عدد الحوارات ({n}) أكبر من أن يُخصَّص لكل منها عمود، لذا فالأعمدة هي السنوات. اختر سنة لعرض حواراتها."),
    matrix_open_year: |year| format!("عرض حوارات عام {year}"),
    legend_first: "طُرح هنا لأول مرة",
    legend_recurs: "طُرح مجددًا",
    legend_scale: "كلما كانت الخلية أغمق احتوت على عناصر أكثر؛ ويظهر العدد دائمًا.",
    matrix_help: "اختر خلية لعرض عناصرها. في الجدول، تنقّل بين الخلايا باستخدام مفاتيح الأسهم.",
    cell_entries_heading: |theme, column| format!("{theme} — {column}"),
    close: "إغلاق",

    agenda_upcoming: "الحوارات المقبلة",
    agenda_past: "الحوارات السابقة",
    nothing_upcoming: "لا تتضمن مجموعة البيانات أي حوار مقبل حتى الآن.",
    latest_was: "آخر حوار:",
    latest_were: "أحدث الحوارات:",
    nothing_past: "لا يوجد حوار سابق مطابق.",
    time_zone_note: |zone| format!("بالتوقيت المحلي ({zone})"),
    date_not_known: "التاريخ غير معروف",
    day_not_known: "اليوم غير معروف",

    // The group name follows a colon: "لـ" would have to merge with its article.
    follows_session: |number, group| match number {
        Some(n) => format!("بعد الدورة {n}: {group}"),
        None => format!("بعد إحدى الدورات (رقمها غير معروف): {group}"),
    },
    session_dates: |dates| format!("({dates})"),
    venue_label: "المكان",
    format_label: "صيغة الانعقاد",
    format_name: |key| match key {
        Format::InPerson => "حضوري",
        Format::Hybrid => "مختلط (حضوري وعبر الإنترنت)",
        Format::Online => "عبر الإنترنت",
    },
    chairs_label: "برئاسة",
    co_chair: "رئيس مشارك",
    ordinals_label: "الترقيم بحسب المصادر",
    ordinal_as: |value, among| format!("رقم {value} ضمن {among}"),
    agenda_items_heading: "جدول الأعمال",
    topics_heading: "المواضيع المطروحة",
    none_recorded: "لم يُسجَّل شيء.",
    attendance_heading: "الحضور",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("نحو {count} {counted}"),
        Qualifier::MoreThan => format!("أكثر من {count} {counted}"),
        Qualifier::Exact => format!("{count} {counted}"),
    },
    counted_name: |key, n| {
        let n = n as usize;
        match key {
            Counted::Participants => plural(n, ["مشاركين", "مشارك", "مشاركان", "مشاركين", "مشاركًا", "مشارك"]),
            Counted::Registrations => plural(n, ["تسجيلات", "تسجيل", "تسجيلان", "تسجيلات", "تسجيلًا", "تسجيل"]),
            Counted::Organisations => plural(n, ["منظمات", "منظمة", "منظمتان", "منظمات", "منظمةً", "منظمة"]),
            Counted::Ngos => plural(
                n,
                [
                    "منظمات غير حكومية",
                    "منظمة غير حكومية",
                    "منظمتان غير حكوميتين",
                    "منظمات غير حكومية",
                    "منظمةً غير حكومية",
                    "منظمة غير حكومية",
                ],
            ),
            Counted::Academia => plural(
                n,
                [
                    "مشاركين من الأوساط الأكاديمية",
                    "مشارك من الأوساط الأكاديمية",
                    "مشاركان من الأوساط الأكاديمية",
                    "مشاركين من الأوساط الأكاديمية",
                    "مشاركًا من الأوساط الأكاديمية",
                    "مشارك من الأوساط الأكاديمية",
                ],
            ),
            Counted::PrivateSector => plural(
                n,
                [
                    "مشاركين من القطاع الخاص",
                    "مشارك من القطاع الخاص",
                    "مشاركان من القطاع الخاص",
                    "مشاركين من القطاع الخاص",
                    "مشاركًا من القطاع الخاص",
                    "مشارك من القطاع الخاص",
                ],
            ),
            Counted::OtherStakeholders => plural(
                n,
                [
                    "جهات معنية أخرى",
                    "جهة معنية أخرى",
                    "جهتان معنيتان أخريان",
                    "جهات معنية أخرى",
                    "جهةً معنية أخرى",
                    "جهة معنية أخرى",
                ],
            ),
            Counted::NonGovernmentalStakeholders => plural(
                n,
                [
                    "مشاركين غير حكوميين",
                    "مشارك غير حكومي",
                    "مشاركان غير حكوميين",
                    "مشاركين غير حكوميين",
                    "مشاركًا غير حكومي",
                    "مشارك غير حكومي",
                ],
            ),
            Counted::States => plural(n, ["دول", "دولة", "دولتان", "دول", "دولةً", "دولة"]),
            Counted::IntergovernmentalOrganisations => plural(
                n,
                [
                    "منظمات حكومية دولية",
                    "منظمة حكومية دولية",
                    "منظمتان حكوميتان دوليتان",
                    "منظمات حكومية دولية",
                    "منظمةً حكومية دولية",
                    "منظمة حكومية دولية",
                ],
            ),
        }
    },
    reported_by: "بحسب",
    certainty_heading: "درجة اليقين",
    certainty_level: |key| match key {
        CertaintyLevel::High => "عالية",
        CertaintyLevel::Medium => "متوسطة",
        CertaintyLevel::Low => "منخفضة",
    },
    notes_heading: "ملاحظات",
    sources_heading: "المصادر",
    not_known: "غير معروف",

    theme_mentions: |count, dialogues| {
        format!(
            "{count} {} في {dialogues} {}",
            plural(count, ["إشارات", "إشارة", "إشارتان", "إشارات", "إشارةً", "إشارة"]),
            plural(dialogues, DIALOGUES_GEN)
        )
    },
    continuity_heading: "الاستمرارية",
    continuity_first: |d| format!("طُرح لأول مرة في: {d}."),
    continuity_recurs: |list| format!("طُرح مجددًا في: {list}."),
    continuity_silent: |last, since| {
        format!(
            "آخر مرة طُرح فيها: {last}؛ ولم يتناوله بعد ذلك {since} {} من جميع الأفرقة العاملة.",
            plural(
                since,
                ["حوارات لاحقة", "حوار لاحق", "حواران لاحقان", "حوارات لاحقة", "حوارًا لاحقًا", "حوار لاحق"]
            )
        )
    },
    continuity_latest: "طُرح في أحدث حوارات مجموعة البيانات.",
    continuity_never: "لم يُطرح في أي من حوارات مجموعة البيانات.",
    continuity_latest_recorded: "طُرح في أحدث حوارات مجموعة البيانات التي سُجِّل جدول أعمالها أو مواضيعها.",
    continuity_unordered: |last, others| {
        format!("آخر مرة طُرح فيها: {last}؛ ولم يُطرح في: {others}، ولا تبيّن التواريخ هل كان ذلك قبله أم بعده.")
    },
    continuity_unrecorded: |list| {
        format!("لم يُسجَّل جدول أعمال ولا مواضيع في: {list}؛ فلا يُعرف هل طُرح فيها.")
    },
    mentions_heading: "جميع الإشارات، بترتيب زمني",
    show_in_matrix: "عرض في المصفوفة",

    calendar_name: "الحوارات البنّاءة في إطار آلية استعراض اتفاقية الجريمة المنظمة",
    calendar_summary: |groups| format!("حوار بنّاء: {groups}"),
    download_label: "تنزيل ما هو معروض:",
    download_csv: "العناصر (CSV)",
    download_json: "البيانات (JSON)",
    download_ics: "التقويم (\u{2066}.ics\u{2069})",
    add_to_calendar: "إضافة إلى التقويم",
    add_to_calendar_label: |d| format!("إضافة إلى التقويم: {d}"),
    calendar_left_out: |list| format!("لم تُدرج في التقويم لعدم معرفة يومها: {list}."),
    nothing_to_download: "لا شيء للتنزيل: لا يوجد حوار مطابق.",
    downloaded: |file| format!("تم تنزيل {file}."),

    view_mine: |n| if n == 0 { "جدولي".to_string() } else { format!("جدولي ({n})") },
    star_dialogue: |d| format!("وضع نجمة (للاحتفاظ به في «جدولي»): {d}"),
    star_entry: |e| format!("وضع نجمة على هذا العنصر (للاحتفاظ به في «جدولي»): {e}"),
    mine_empty: "لم تضع نجمة على أي شيء بعد. ضع نجمة (☆) على الحوارات والعناصر لتجمعها هنا: تبقى محفوظة في هذا المتصفح، دون حاجة إلى حساب.",
    mine_dialogues: "الحوارات المميزة بنجمة",
    mine_entries: "العناصر المميزة بنجمة",
    share_mine: "مشاركة جدولي",
    share_link_label: "رابط إلى الحوارات والعناصر التي ميّزتها بنجمة",
    copy_link: "نسخ الرابط",
    copied: "تم النسخ.",
    copy_failed: "تعذّر النسخ: حدِّد الرابط وانسخه بنفسك.",
    language_label: "اللغة",
    shared_offer: |d, e| {
        format!(
            "شارك أحدهم معك جدولًا: {d} {} و{e} {}.",
            plural(d, DIALOGUES),
            plural(e, ENTRIES)
        )
    },
    shared_view: "عرضه",
    shared_merge: |n| match n {
        0 => "إضافة إلى جدولي (لا جديد)".to_string(),
        n => format!("إضافة إلى جدولي (الجديد: {n})"),
    },
    shared_dismiss: "تجاهل",
    shared_viewing: "أنت تطّلع على جدول مُشارَك. النجوم التي وضعتها أنت لم تتغير.",
    shared_back: "العودة إلى جدولي",
    merged: |n| format!("أُضيف إلى جدولك: {n}."),
    storage_unreadable: |why| {
        format!("عُثر في هذا المتصفح على نجوم محفوظة لكن تعذّرت قراءتها ({why})؛ لذا لم تُستخدم.")
    },
    storage_unavailable: "لا يسمح هذا المتصفح للصفحة بحفظ البيانات، لذا لن تبقى النجوم إلا حتى إغلاق الصفحة.",
    storage_full: "تعذّر حفظ نجومك: مساحة التخزين في المتصفح ممتلئة. ستبقى حتى إغلاق الصفحة.",
    stars_unknown: |n| format!("عناصر مميزة بنجمة لم تعد موجودة في مجموعة البيانات: {n}."),

    theme_switch_label: "المظهر",
    appearance_auto: "تلقائي",
    appearance_light: "فاتح",
    appearance_dark: "داكن",

    more_problems: |n| format!("ومشكلات أخرى من النوع نفسه: {n}"),
    loading_progress: |size| format!("جارٍ تحميل الحوارات… وصل {size}"),
    timed_out: |url, seconds| {
        format!("لم يصل شيء من {url} منذ {seconds} ثانية: قد يكون الخادم أو الاتصال بطيئًا أو متوقفًا.")
    },
    storage_partly: |n| format!("نجومك المحفوظة موجودة، لكن تعذّرت قراءة عناصر محفوظة أخرى فتُركت جانبًا: {n}."),
    could_not_load: "تعذّر تحميل Dialogue Explorer.",
    open_own_page: "افتحه في صفحة مستقلة",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "محسوب على جميع حوارات مجموعة البيانات، أيًّا كانت عوامل التصفية.",
    continuity_by_group: "حسب الفريق العامل",
    group_never: |held| match held {
        1 => "لم يُطرح في حواره الوحيد.".to_string(),
        n => format!("لم يُطرح في أيٍّ من حواراته البالغ عددها {n}."),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            match held {
                1 => "طُرح في حواره الوحيد.".to_string(),
                n => format!("طُرح في جميع حواراته البالغ عددها {n}."),
            }
        } else {
            format!("طُرح في {raised} من حواراته البالغ عددها {held}، ومنها أحدثها.")
        }
    },
    group_silent: |last, since| match since {
        1 => format!("آخر مرة طُرح فيها: {last}؛ ولم يُطرح في الحوار التالي لهذا الفريق العامل."),
        n => format!("آخر مرة طُرح فيها: {last}؛ ولم يُطرح في الحوارات اللاحقة لهذا الفريق العامل، وعددها {n}."),
    },
    group_raised_elsewhere: |count, groups| match count {
        1 => format!("طُرح منذ ذلك الحين مرة واحدة، في حوار لفريق عامل آخر: {groups}."),
        n => format!("طُرح منذ ذلك الحين في حوارات لأفرقة عاملة أخرى، وعددها {n}: {groups}."),
    },
    group_never_recorded: |recorded| match recorded {
        1 => "لم يُطرح في حواره الوحيد الذي سُجِّل جدول أعماله أو مواضيعه.".to_string(),
        n => format!("لم يُطرح في أيٍّ من حواراته التي سُجِّل جدول أعمالها أو مواضيعها، وعددها {n}."),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            match recorded {
                1 => "طُرح في حواره الوحيد الذي سُجِّل جدول أعماله أو مواضيعه.".to_string(),
                n => format!("طُرح في جميع حواراته التي سُجِّل جدول أعمالها أو مواضيعها، وعددها {n}."),
            }
        } else {
            format!("طُرح في {raised} من حواراته التي سُجِّل جدول أعمالها أو مواضيعها، وعددها {recorded}، ومنها أحدثها.")
        }
    },
    data_as_of: |date| format!("البيانات محدَّثة حتى {date}."),
    nothing_upcoming_as_of: |date| {
        format!("لا تتضمن مجموعة البيانات أي حوار مقبل (البيانات محدَّثة حتى {date}).")
    },
    none_upcoming_match: "لا يوجد حوار مقبل يطابق عوامل التصفية هذه.",
    announced_at: "يُعلَن عن الحوارات هنا:",
    entries_matching: |matching, total| {
        format!("العناصر المطابقة لعوامل التصفية: {matching} من أصل {total}.")
    },
    show_all_entries: |total| format!("عرض جميع العناصر ({total})"),
    show_matching_entries: |matching| format!("عرض العناصر المطابقة فقط ({matching})"),
    entry_matches: "مطابق",
    calendar_no_day: "لا يمكن الإضافة إلى التقويم: اليوم غير معروف بعد.",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", MONTHS[m as usize - 1], d.year),
        (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], d.year),
        _ => d.year.to_string(),
    },
    citation_title: |t| format!("«{t}»"),
    citation_accessed: |d| format!("(تاريخ الاطلاع: {d})"),
    citation_figure: |figure, dialogue| format!("{figure} \u{2014} الحوار البنّاء ({dialogue})"),
    cite_button: "نسخ المرجع",
    cite_button_label: |what| format!("نسخ المرجع: {what}"),
    citation_copied: "تم نسخ المرجع.",
    csv_header: |column| match column {
        Column::DialogueId => "معرّف الحوار",
        Column::Dialogue => "الحوار",
        Column::Date => "التاريخ",
        Column::WorkingGroups => "الأفرقة العاملة",
        Column::Kind => "نوع العنصر",
        Column::EntryId => "معرّف العنصر",
        Column::Text => "النص",
        Column::Themes => "المواضيع",
        Column::Source => "المصدر",
        Column::SourceUrl => "عنوان المصدر",
        Column::Link => "الرابط في Dialogue Explorer",
        Column::Figure => "الرقم",
        Column::Count => "العدد",
        Column::Qualifier => "الدقة",
        Column::Counted => "المعدودون",
        Column::Note => "ملاحظة",
        Column::Citation => "المرجع",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "بالضبط",
        Qualifier::About => "نحو",
        Qualifier::MoreThan => "أكثر من",
    },
    download_csv_machine: "العناصر (CSV للبرامج النصية)",
    download_csv_machine_note: "فواصل وأسماء أعمدة وقيم بالإنكليزية، أيًّا كانت لغة الصفحة.",
    download_attendance: "أرقام الحضور (CSV)",
    no_attendance: "لا يُعرف أي رقم للحضور في هذه الحوارات.",
    reset_filters: "إعادة تعيين جميع عوامل التصفية",
    star_button: "نجمة",
    starred_said: |what| format!("وُضعت نجمة: {what}. وهو الآن في «جدولي»."),
    unstarred_said: |what| format!("أُزيل من جدولي: {what}."),
    shared_items: "ما تمت مشاركته معك:",
    shared_missing: |n, ids| format!("عناصر من هذا الرابط المشترك لم تعد موجودة في مجموعة البيانات ({n}): {ids}."),
    shared_done: "تمت المشاركة.",
    share_title: "جدولي للحوارات البنّاءة",
    // Matrix and print
    matrix_caption_groups: "المواضيع المطروحة في حوارات كل فريق عامل: عدد بنود جدول الأعمال والمسائل المطروحة المصنفة تحت الموضوع",
    matrix_caption_years: "المواضيع المطروحة في حوارات كل سنة: عدد بنود جدول الأعمال والمسائل المطروحة المصنفة تحت الموضوع",
    legend_marks_by_dialogue: "تظهر علامتا «طُرح هنا لأول مرة» و«طُرح مجددًا» عندما تكون الأعمدة هي الحوارات.",
    back_to_cell: "العودة إلى الخلية",
    print_filters: |filters| format!("عوامل التصفية المطبقة: {filters}"),
    print_no_filters: "عوامل التصفية المطبقة: لا شيء (جميع الحوارات والعناصر)",
    print_printed: |date| format!("تاريخ الطباعة: {date}"),
    print_data_as_of: |date| format!("البيانات محدَّثة حتى {date}"),
};

/// The months, for dates in citations.
const MONTHS: [&str; 12] = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_plurals() {
        assert_eq!(
            [1, 2, 3, 11, 100].map(AR.dialogues),
            ["حوار", "حواران", "حوارات", "حوارًا", "حوار"]
        );
        assert_eq!((AR.result_count)(5, 2), "5 عناصر في 2 حوارين");
        assert_eq!(
            (AR.follows_session)(Some(12), "الفريق العامل"),
            "بعد الدورة 12: الفريق العامل"
        );
        assert_eq!(
            (AR.attendance_figure)(
                Qualifier::MoreThan,
                100,
                (AR.counted_name)(Counted::Participants, 100)
            ),
            "أكثر من 100 مشارك"
        );
        assert_eq!((AR.counted_name)(Counted::States, 15), "دولةً");
    }
}
