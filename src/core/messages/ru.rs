//! Russian: the catalogue in Russian («русский»).

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::export::csv::Column;

use super::{plural_ru as plural, Messages};

pub static RU: Messages = Messages {
    word_space: " ",
    comma: ", ",
    full_stop: ".",
    app_title: "Dialogue Explorer",
    app_tagline: "Конструктивные диалоги между государствами и гражданским обществом в рамках механизма обзора Конвенции Организации Объединенных Наций против транснациональной организованной преступности.",
    loading: "Загрузка диалогов…",
    load_failed_title: "Не удалось загрузить диалоги",
    invalid_dataset_title: "В наборе данных обнаружены проблемы",
    retry: "Повторить",
    problems_heading: |n| {
        let (verb, noun) = plural(
            n,
            ("Обнаружена", "проблема"),
            ("Обнаружены", "проблемы"),
            ("Обнаружено", "проблем"),
        );
        format!("{verb} {n} {noun}:")
    },
    problem_at: |line, column| format!("строка {line}, столбец {column}"),
    summary_heading: "Содержание набора данных",
    dialogues: |n| plural(n, "диалог", "диалога", "диалогов"),
    working_groups: |n| plural(n, "рабочая группа", "рабочие группы", "рабочих групп"),
    themes: |n| plural(n, "тема", "темы", "тем"),
    entries: |n| {
        plural(
            n,
            "запись (пункт повестки дня или затронутая тема)",
            "записи (пункты повестки дня и затронутые темы)",
            "записей (пункты повестки дня и затронутые темы)",
        )
    },
    sources: |n| plural(n, "источник", "источника", "источников"),
    covering: |first, last| format!("Период: {first} — {last}."),
    fetch_failed: |url, reason| format!("Не удалось получить {url}: {reason}."),
    invalid_dataset: |url| format!("Файл {url} получен, но он не является допустимым набором данных."),
    crashed: "Работа Dialogue Explorer остановлена из-за внутренней ошибки. Перезагрузите страницу, чтобы повторить попытку.",

    views_label: "Разделы",
    view_matrix: "Тематическая матрица",
    view_list: "Записи",
    view_agenda: "Расписание",
    view_loading: "Загрузка этого раздела…",
    part_loading: "Загрузка…",
    view_unavailable: "Не удалось загрузить эту часть обозревателя: проверьте подключение и повторите попытку.",
    language_unavailable: |name| format!("Не удалось загрузить интерфейс на языке «{name}»: проверьте подключение и повторите попытку."),
    back_to: |view| format!("Назад к разделу «{view}»"),
    dropped_from_link: |values| format!("В ссылке указано то, чего нет в наборе данных, поэтому это опущено: {values}."),

    filters_heading: "Фильтры",
    settings_button: "Настройки",
    show_filters: |open, active| {
        let verb = if open { "Скрыть фильтры" } else { "Показать фильтры" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb} (активных: {active})")
        }
    },
    filter_rule: "Несколько значений одного фильтра расширяют выборку (любое из них); разные фильтры сужают ее (все сразу).",
    search_label: "Поиск по названиям, резюме, темам, рабочим группам и председателям",
    search_placeholder: "например: коррупция, дети, море",
    facet_working_group: "Рабочая группа",
    facet_year: "Год",
    facet_theme: "Тема",
    facet_kind: "Тип записи",
    facet_status: "Статус",
    kind_agenda: "Пункт повестки дня",
    kind_topic: "Затронутая тема",
    status_upcoming: "Предстоящие",
    status_past: "Прошедшие",
    only_this: "только",
    only_this_label: |value| format!("Только {value}"),
    clear_facet: "сбросить",
    clear_facet_label: |facet| format!("Сбросить фильтр «{facet}»"),
    reset_all: "Сбросить все",
    active_filters: "Активные фильтры",
    remove_filter: |value| format!("Удалить фильтр: {value}"),
    result_count: |entries, dialogues| {
        format!(
            "{entries} {} в {dialogues} {}",
            plural(entries, "запись", "записи", "записей"),
            plural(dialogues, "диалоге", "диалогах", "диалогах")
        )
    },
    no_results: "По этим фильтрам ничего не найдено. Удалите один из фильтров или сбросьте все:",
    search_text_chip: |text| format!("«{text}»"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "Пункт повестки дня",
        EntryKind::TopicRaised => "Затронутая тема",
    },
    themes_label: "Темы",
    source_label: "Источник: ",

    matrix_caption: "Темы в каждом диалоге: число пунктов повестки дня и затронутых тем, отнесенных к данной теме",
    matrix_columns_label: "Столбцы",
    columns_dialogues: "Диалоги",
    columns_groups: "Рабочие группы",
    columns_years: "Годы",
    theme_header: "Тема",
    total_header: "Всего",
    cell_label: |theme, column, count| {
        format!("{theme} — {column}: {count} {}", plural(count, "запись", "записи", "записей"))
    },
    entries_count: |n| format!("{n} {}", plural(n, "запись", "записи", "записей")),
    show_more: |next, rest| format!("Показать ещё {next} (ещё не показано: {rest})"),
    matrix_by_year: |n| format!("Диалогов слишком много ({n}), чтобы дать каждому столбец, поэтому столбцы — годы. Выберите год, чтобы увидеть его диалоги."),
    matrix_open_year: |year| format!("Показать диалоги {year} года"),
    legend_first: "впервые затронута здесь",
    legend_recurs: "затронута снова",
    legend_scale: "Чем темнее ячейка, тем больше в ней записей; число показано всегда.",
    matrix_help: "Выберите ячейку, чтобы увидеть ее записи. В таблице для перехода между ячейками используйте клавиши со стрелками.",
    cell_entries_heading: |theme, column| format!("{theme} — {column}"),
    close: "Закрыть",

    agenda_upcoming: "Предстоящие",
    agenda_past: "Прошедшие",
    nothing_upcoming: "В наборе данных пока нет предстоящих диалогов.",
    latest_was: "Последний диалог:",
    latest_were: "Последние диалоги:",
    nothing_past: "Подходящих прошедших диалогов нет.",
    time_zone_note: |zone| format!("местное время ({zone})"),
    date_not_known: "Дата неизвестна",
    day_not_known: "день неизвестен",

    // The group name follows a colon, so that it keeps its own (nominative) form.
    follows_session: |number, group| match number {
        Some(n) => format!("После {n}-й сессии: {group}"),
        None => format!("После одной из сессий (номер неизвестен): {group}"),
    },
    session_dates: |dates| format!("({dates})"),
    venue_label: "Место проведения",
    format_label: "Формат",
    format_name: |key| match key {
        Format::InPerson => "Очный",
        Format::Hybrid => "Смешанный (очно и онлайн)",
        Format::Online => "Онлайн",
    },
    chairs_label: "Председательство",
    co_chair: "сопредседатель",
    ordinals_label: "Порядковый номер по данным источников",
    ordinal_as: |value, among| format!("{value}-й ({among})"),
    agenda_items_heading: "Повестка дня",
    topics_heading: "Затронутые темы",
    none_recorded: "Сведений нет.",
    attendance_heading: "Участие",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("около {count} {}", genitive(count, counted)),
        Qualifier::MoreThan => format!("более {count} {}", genitive(count, counted)),
        Qualifier::Exact => format!("{count} {counted}"),
    },
    counted_name: |key, n| {
        COUNTED
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, [one, few, many, _])| plural(n as usize, *one, *few, *many))
    },
    reported_by: "источник:",
    certainty_heading: "Степень достоверности",
    certainty_level: |key| match key {
        CertaintyLevel::High => "Высокая",
        CertaintyLevel::Medium => "Средняя",
        CertaintyLevel::Low => "Низкая",
    },
    notes_heading: "Примечания",
    sources_heading: "Источники",
    not_known: "неизвестно",

    theme_mentions: |count, dialogues| {
        format!(
            "{count} {} в {dialogues} {}",
            plural(count, "упоминание", "упоминания", "упоминаний"),
            plural(dialogues, "диалоге", "диалогах", "диалогах")
        )
    },
    continuity_heading: "Преемственность",
    continuity_first: |d| format!("Впервые затронута: {d}."),
    continuity_recurs: |list| format!("Затронута снова: {list}."),
    continuity_silent: |last, since| {
        format!(
            "В последний раз затронута: {last}; во всех рабочих группах {since} {}.",
            plural(
                since,
                "последующий диалог к ней не возвращался",
                "последующих диалога к ней не возвращались",
                "последующих диалогов к ней не возвращались"
            )
        )
    },
    continuity_latest: "Затронута в последнем диалоге набора данных.",
    continuity_never: "Не затрагивалась ни в одном диалоге набора данных.",
    continuity_latest_recorded: "Затронута в последнем из диалогов набора данных, для которых записаны повестка или темы.",
    continuity_unordered: |last, others| {
        format!("В последний раз затронута: {last}; не затрагивалась: {others}, — по датам нельзя сказать, до или после.")
    },
    continuity_unrecorded: |list| {
        format!("Повестка и темы не записаны: {list}; затрагивалась ли она там, неизвестно.")
    },
    mentions_heading: "Все упоминания в хронологическом порядке",
    show_in_matrix: "Показать в матрице",

    calendar_name: "Конструктивные диалоги в рамках механизма обзора Конвенции против организованной преступности",
    calendar_summary: |groups| format!("Конструктивный диалог: {groups}"),
    download_label: "Скачать показанное:",
    download_csv: "Записи (CSV)",
    download_json: "Данные (JSON)",
    download_ics: "Календарь (.ics)",
    add_to_calendar: "Добавить в календарь",
    add_to_calendar_label: |d| format!("Добавить в календарь: {d}"),
    calendar_left_out: |list| {
        format!("Не включены в календарь, так как день неизвестен: {list}.")
    },
    nothing_to_download: "Скачивать нечего: подходящих диалогов нет.",
    downloaded: |file| format!("Файл {file} скачан."),

    view_mine: |n| if n == 0 { "Моя повестка".to_string() } else { format!("Моя повестка ({n})") },
    star_dialogue: |d| format!("Отметить звездочкой (сохранить в разделе «Моя повестка»): {d}"),
    star_entry: |e| format!("Отметить эту запись звездочкой (сохранить в разделе «Моя повестка»): {e}"),
    mine_empty: "Пока ничего не отмечено. Отмечайте диалоги и записи звездочкой (☆), чтобы собрать их здесь: отметки хранятся в этом браузере, учетная запись не нужна.",
    mine_dialogues: "Отмеченные диалоги",
    mine_entries: "Отмеченные записи",
    share_mine: "Поделиться моей повесткой",
    share_link_label: "Ссылка на отмеченные вами диалоги и записи",
    copy_link: "Копировать ссылку",
    copied: "Скопировано.",
    copy_failed: "Не удалось скопировать: выделите ссылку и скопируйте ее вручную.",
    language_label: "Язык",
    shared_offer: |d, e| {
        format!(
            "С вами поделились повесткой: {d} {} и {e} {}.",
            plural(d, "диалог", "диалога", "диалогов"),
            plural(e, "запись", "записи", "записей")
        )
    },
    shared_view: "Посмотреть",
    shared_merge: |n| match n {
        0 => "Добавить в мою повестку (ничего нового)".to_string(),
        n => format!("Добавить в мою повестку (новых: {n})"),
    },
    shared_dismiss: "Отклонить",
    shared_viewing: "Вы просматриваете присланную вам повестку. Ваши собственные отметки не изменились.",
    shared_back: "Вернуться к своей повестке",
    merged: |n| format!("Добавлено в вашу повестку: {n}."),
    storage_unreadable: |why| {
        format!("В этом браузере найдены сохраненные отметки, но их не удалось прочитать ({why}); они не использованы.")
    },
    storage_unavailable: "Этот браузер не позволяет странице сохранять данные, поэтому отметки сохранятся только до закрытия страницы.",
    storage_full: "Не удалось сохранить отметки: хранилище браузера заполнено. Они сохранятся до закрытия страницы.",
    stars_unknown: |n| format!("Отмеченных элементов, которых больше нет в наборе данных: {n}."),

    theme_switch_label: "Оформление",
    appearance_auto: "Авто",
    appearance_light: "Светлое",
    appearance_dark: "Темное",

    more_problems: |n| {
        format!(
            "и ещё {n} {} того же типа",
            plural(n, "проблема", "проблемы", "проблем")
        )
    },
    loading_progress: |size| format!("Загрузка диалогов… получено {size}"),
    timed_out: |url, seconds| {
        format!("От {url} ничего не поступало {seconds} с: сервер или соединение, возможно, работают медленно или недоступны.")
    },
    storage_partly: |n| {
        format!(
            "Ваши сохранённые звёздочки на месте. Не удалось прочитать ещё {n} {}; на остальные это не повлияло.",
            plural(n, "сохранённый элемент", "сохранённых элемента", "сохранённых элементов")
        )
    },
    could_not_load: "Не удалось загрузить Dialogue Explorer.",
    open_own_page: "Откройте его на отдельной странице",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "Подсчитано по всем диалогам набора данных, независимо от фильтров.",
    continuity_by_group: "По рабочим группам",
    group_never: |held| match held {
        1 => "Не затрагивалась в ее единственном диалоге.".to_string(),
        n => format!(
            "Не затрагивалась ни в одном из ее {n} {}.",
            plural(n, "диалога", "диалогов", "диалогов")
        ),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            match held {
                1 => "Затронута в ее единственном диалоге.".to_string(),
                n => format!(
                    "Затронута во всех ее {n} {}.",
                    plural(n, "диалоге", "диалогах", "диалогах")
                ),
            }
        } else {
            format!(
                "Затронута в {raised} из ее {held} {}, включая последний.",
                plural(held, "диалога", "диалогов", "диалогов")
            )
        }
    },
    group_silent: |last, since| match since {
        1 => format!("В последний раз затронута: {last}; в следующем диалоге этой рабочей группы не затрагивалась."),
        n => format!(
            "В последний раз затронута: {last}; в {n} {} этой рабочей группы не затрагивалась.",
            plural(n, "последующем диалоге", "последующих диалогах", "последующих диалогах")
        ),
    },
    group_raised_elsewhere: |count, groups| match count {
        1 => format!("С тех пор затронута один раз — в диалоге другой рабочей группы: {groups}."),
        n => format!(
            "С тех пор затронута {n} {} — в диалогах других рабочих групп: {groups}.",
            plural(n, "раз", "раза", "раз")
        ),
    },
    group_never_recorded: |recorded| match recorded {
        1 => "Не затрагивалась в ее единственном диалоге с записанной повесткой или темами.".to_string(),
        n => format!(
            "Не затрагивалась ни в одном из ее {n} {} с записанной повесткой или темами.",
            plural(n, "диалога", "диалогов", "диалогов")
        ),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            match recorded {
                1 => "Затронута в ее единственном диалоге с записанной повесткой или темами.".to_string(),
                n => format!(
                    "Затронута во всех ее {n} {} с записанной повесткой или темами.",
                    plural(n, "диалоге", "диалогах", "диалогах")
                ),
            }
        } else {
            format!(
                "Затронута в {raised} из ее {recorded} {} с записанной повесткой или темами, включая последний из них.",
                plural(recorded, "диалога", "диалогов", "диалогов")
            )
        }
    },
    data_as_of: |date| format!("Данные по состоянию на {date}."),
    nothing_upcoming_as_of: |date| {
        format!("В наборе данных нет предстоящих диалогов (данные по состоянию на {date}).")
    },
    none_upcoming_match: "Ни один предстоящий диалог не соответствует этим фильтрам.",
    announced_at: "Объявления о диалогах публикуются здесь:",
    entries_matching: |matching, total| {
        format!(
            "{matching} из {total} {} {} фильтрам.",
            plural(total, "записи", "записей", "записей"),
            plural(matching, "соответствует", "соответствуют", "соответствуют")
        )
    },
    show_all_entries: |total| {
        format!("Показать все записи ({total})")
    },
    show_matching_entries: |matching| format!("Показать только подходящие записи ({matching})"),
    entry_matches: "подходит",
    calendar_no_day: "Добавить в календарь нельзя: день пока неизвестен.",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {} г.", MONTHS_GENITIVE[m as usize - 1], d.year),
        (Some(m), None) => format!("{} {} г.", MONTHS[m as usize - 1], d.year),
        _ => format!("{} г.", d.year),
    },
    citation_title: |t| format!("«{t}»"),
    citation_accessed: |d| format!("(дата обращения: {d})"),
    citation_figure: |figure, dialogue| format!("{figure} \u{2014} конструктивный диалог ({dialogue})"),
    cite_button: "Копировать ссылку на источник",
    cite_button_label: |what| format!("Копировать ссылку на источник: {what}"),
    citation_copied: "Ссылка на источник скопирована.",
    csv_header: |column| match column {
        Column::DialogueId => "Идентификатор диалога",
        Column::Dialogue => "Диалог",
        Column::Date => "Дата",
        Column::WorkingGroups => "Рабочие группы",
        Column::Kind => "Тип записи",
        Column::EntryId => "Идентификатор записи",
        Column::Text => "Текст",
        Column::Themes => "Темы",
        Column::Source => "Источник",
        Column::SourceUrl => "Адрес источника",
        Column::Link => "Ссылка в Dialogue Explorer",
        Column::Figure => "Показатель",
        Column::Count => "Число",
        Column::Qualifier => "Точность",
        Column::Counted => "Кто учтен",
        Column::Note => "Примечание",
        Column::Citation => "Ссылка на источник",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "точно",
        Qualifier::About => "около",
        Qualifier::MoreThan => "более",
    },
    download_csv_machine: "Записи (CSV для скриптов)",
    download_csv_machine_note: "Запятые, названия столбцов и значения на английском языке, на каком бы языке ни была страница.",
    download_attendance: "Данные об участии (CSV)",
    no_attendance: "Данных об участии в этих диалогах нет.",
    reset_filters: "Сбросить все фильтры",
    star_button: "Звездочка",
    starred_said: |what| format!("Отмечено звездочкой: {what}. Это есть в разделе «Моя повестка»."),
    unstarred_said: |what| format!("Отметка снята: {what}."),
    shared_items: "Вам отправили:",
    shared_missing: |n, ids| {
        format!("Элементы этой ссылки, которых больше нет в наборе данных ({n}): {ids}.")
    },
    shared_done: "Отправлено.",
    share_title: "Моя повестка конструктивных диалогов",
    // Matrix and print
    matrix_caption_groups: "Темы в диалогах каждой рабочей группы: число пунктов повестки дня и затронутых вопросов, отнесенных к данной теме",
    matrix_caption_years: "Темы в диалогах каждого года: число пунктов повестки дня и затронутых вопросов, отнесенных к данной теме",
    legend_marks_by_dialogue: "Отметки «впервые затронута здесь» и «затронута снова» показаны, когда столбцы — диалоги.",
    back_to_cell: "Назад к ячейке",
    print_filters: |filters| format!("Применённые фильтры: {filters}"),
    print_no_filters: "Применённые фильтры: нет (все диалоги и элементы)",
    print_printed: |date| format!("Дата печати: {date}"),
    print_data_as_of: |date| format!("Данные по состоянию на {date}"),
};

/// The months, for dates in citations.
const MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// The months after a day: «17 мая».
const MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// What attendance counts: the forms after a number (one, few, many), then the genitive
/// singular, which "около" and "более" need after 1, 21, 31… ("более 21 участника").
static COUNTED: [(Counted, [&str; 4]); 10] = [
    (
        Counted::Participants,
        ["участник", "участника", "участников", "участника"],
    ),
    (
        Counted::Registrations,
        ["регистрация", "регистрации", "регистраций", "регистрации"],
    ),
    (
        Counted::Organisations,
        ["организация", "организации", "организаций", "организации"],
    ),
    (Counted::Ngos, ["НПО", "НПО", "НПО", "НПО"]),
    (
        Counted::Academia,
        [
            "участник из академических кругов",
            "участника из академических кругов",
            "участников из академических кругов",
            "участника из академических кругов",
        ],
    ),
    (
        Counted::PrivateSector,
        [
            "участник из частного сектора",
            "участника из частного сектора",
            "участников из частного сектора",
            "участника из частного сектора",
        ],
    ),
    (
        Counted::OtherStakeholders,
        [
            "другая заинтересованная сторона",
            "другие заинтересованные стороны",
            "других заинтересованных сторон",
            "другой заинтересованной стороны",
        ],
    ),
    (
        Counted::NonGovernmentalStakeholders,
        [
            "неправительственный участник",
            "неправительственных участника",
            "неправительственных участников",
            "неправительственного участника",
        ],
    ),
    (
        Counted::States,
        ["государство", "государства", "государств", "государства"],
    ),
    (
        Counted::IntergovernmentalOrganisations,
        [
            "межправительственная организация",
            "межправительственные организации",
            "межправительственных организаций",
            "межправительственной организации",
        ],
    ),
];

/// The genitive form of a counted noun, as "около" and "более" require: `counted` is the
/// form `counted_name` gave for `count`. A noun it does not know is left as it is.
fn genitive(count: u32, counted: &str) -> &str {
    let n = count as usize;
    COUNTED
        .iter()
        .map(|(_, forms)| forms)
        .find(|[one, few, many, _]| plural(n, *one, *few, *many) == counted)
        .map_or(counted, |[_, _, many, genitive_one]| {
            plural(n, *genitive_one, *many, *many)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals_and_cases() {
        assert_eq!((RU.problems_heading)(1), "Обнаружена 1 проблема:");
        assert_eq!((RU.problems_heading)(3), "Обнаружены 3 проблемы:");
        assert_eq!((RU.problems_heading)(11), "Обнаружено 11 проблем:");
        assert_eq!(
            [1, 2, 5, 21].map(RU.dialogues),
            ["диалог", "диалога", "диалогов", "диалог"]
        );
        assert_eq!((RU.result_count)(21, 1), "21 запись в 1 диалоге");
        assert_eq!((RU.result_count)(3, 11), "3 записи в 11 диалогах");
        assert_eq!(
            (RU.follows_session)(Some(12), "Рабочая группа по торговле людьми"),
            "После 12-й сессии: Рабочая группа по торговле людьми"
        );
        let figure =
            |q, n| (RU.attendance_figure)(q, n, (RU.counted_name)(Counted::Participants, n));
        assert_eq!(figure(Qualifier::Exact, 22), "22 участника");
        assert_eq!(figure(Qualifier::MoreThan, 100), "более 100 участников");
        assert_eq!(figure(Qualifier::MoreThan, 21), "более 21 участника");
        assert_eq!(figure(Qualifier::About, 22), "около 22 участников");
        let figure = |n| {
            let counted = (RU.counted_name)(Counted::OtherStakeholders, n);
            (RU.attendance_figure)(Qualifier::About, n, counted)
        };
        assert_eq!(figure(31), "около 31 другой заинтересованной стороны");
        assert_eq!(
            (RU.attendance_figure)(Qualifier::About, 5, "гостей"),
            "около 5 гостей"
        );
    }
}
