//! The brief's own sentences, in the six languages. The rest (format names, attendance
//! figures, headings shared with the dialogue page) comes from the interface catalogue.

use crate::core::date::MONTH_NAMES;
use crate::core::messages::{plural_ar, plural_en, plural_fr, plural_ru, Lang};

pub struct BriefMessages {
    /// "Working-group brief: Working Group on Firearms"
    pub title: fn(group: &str) -> String,
    /// The navigation's entry that opens a brief: "Prepare".
    pub prepare: &'static str,
    /// The label of the choice of working group on the brief's page.
    pub choose_group: &'static str,
    pub download: &'static str,
    /// The section of the brief's page that shows the time line as a picture.
    pub timeline_picture: &'static str,
    pub subscribe_heading: &'static str,
    pub subscribe_all: &'static str,
    /// The feed of one working group's dialogues.
    pub subscribe_group: fn(group: &str) -> String,
    /// The label of the feed's address, to copy into a calendar.
    pub feed_address: &'static str,
    /// One line of help for Google, Outlook and Apple calendars.
    pub subscribe_help: &'static str,
    /// Between a label and what follows it: ": " (French "\u{a0}: ", Chinese "：").
    pub colon: &'static str,
    /// Between the parts of one statement: "; ".
    pub semicolon: &'static str,
    pub dialogues_heading: &'static str,
    pub no_dialogues: &'static str,
    pub timeline_heading: &'static str,
    /// The text equivalent of the time line: how many dialogues, the first and last dates.
    pub timeline_summary: fn(count: usize, first: &str, last: &str) -> String,
    /// Dialogues without a date, left off the time line.
    pub undated: fn(count: usize) -> String,
    pub themes_heading: &'static str,
    pub no_themes: &'static str,
    pub first_here: fn(dialogue: &str) -> String,
    pub first_elsewhere: fn(dialogue: &str) -> String,
    pub not_again: &'static str,
    pub raised_again: fn(dialogues: &str) -> String,
    /// When it was last raised, and at how many of the group's dialogues held since it was not.
    pub last_raised: fn(dialogue: &str, absent_since: usize) -> String,
    /// When it was last raised, alone: the dialogues held since record nothing of what they
    /// discussed (the main catalogue's `continuity_unrecorded` follows and names them).
    pub last_raised_only: fn(dialogue: &str) -> String,
    pub elsewhere_heading: &'static str,
    pub no_elsewhere: &'static str,
    pub raised_at: fn(dialogues: &str) -> String,
    pub latest_heading: fn(dialogue: &str) -> String,
    /// The heading of the latest dialogue's section when there is none.
    pub latest_heading_none: &'static str,
    pub no_latest: &'static str,
    pub next_heading: &'static str,
    pub none_announced: &'static str,
    pub announced: fn(dialogues: &str) -> String,
    /// The fact about earlier dialogues, worded as derived from the data and not a forecast.
    pub earlier_months: fn(months: &str) -> String,
    /// A month's name as it stands alone in a list ("May", "mai", "май", "5月").
    pub months: [&'static str; 12],
    /// Another working group's dialogue in the brief's lists: "Trafficking in persons (1 July
    /// 2022)", so that the list's commas stay the list's.
    pub other_group_dialogue: fn(groups: &str, date: &str) -> String,
    /// "a, b and c".
    pub list: fn(items: &[String]) -> String,
    /// "100 participants according to UNODC".
    pub according_to: fn(figure: &str, source: &str) -> String,
    /// Figures of one thing counted that the sources give differently.
    pub disagreeing: fn(figures: &str) -> String,
}

pub fn brief_messages(lang: Lang) -> &'static BriefMessages {
    lang.pack().brief
}

/// "a, b and c" with the language's separator and final conjunction.
fn join(items: &[String], separator: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., final_item] => format!("{}{last}{final_item}", rest.join(separator)),
    }
}

pub static EN: BriefMessages = BriefMessages {
    title: |g| format!("Working-group brief: {g}"),
    prepare: "Prepare",
    choose_group: "Working group",
    download: "Download the brief (Markdown)",
    timeline_picture: "The dialogues on a time line",
    subscribe_heading: "Subscribe in your calendar",
    subscribe_all: "All dialogues",
    subscribe_group: |g| format!("{g} only"),
    feed_address: "Address of the calendar, to copy",
    subscribe_help: "Google Calendar: Other calendars, +, From URL. Outlook: Add calendar, Subscribe from web. Apple Calendar: File, New Calendar Subscription. Your calendar then follows the dataset as it is updated.",
    colon: ": ",
    semicolon: "; ",
    dialogues_heading: "Dialogues",
    no_dialogues: "No dialogue of this working group is in the dataset.",
    timeline_heading: "Time line",
    timeline_summary: |count, first, last| match count {
        1 => format!("One dialogue ({first})."),
        n => format!("{n} dialogues (first: {first}; last: {last})."),
    },
    undated: |n| match n {
        1 => "One dialogue without a date is not on the time line.".to_string(),
        n => format!("{n} dialogues without a date are not on the time line."),
    },
    themes_heading: "Themes raised here",
    no_themes: "No theme is recorded at this working group's dialogues.",
    first_here: |d| format!("First raised here at {d}."),
    first_elsewhere: |d| {
        format!("Raised before at another working group's dialogue, first at {d}.")
    },
    not_again: "Not raised again here.",
    raised_again: |list| format!("Raised again at {list}."),
    last_raised: |last, absent| match absent {
        0 => {
            format!("Last raised at {last}; no dialogue of this working group has been held since.")
        }
        n => format!(
            "Last raised at {last}; not raised at the {} of this working group held since.",
            plural_en(n, "one dialogue".to_string(), format!("{n} dialogues"))
        ),
    },
    last_raised_only: |last| format!("Last raised at {last}."),
    elsewhere_heading: "Raised at other working groups' dialogues, never here",
    no_elsewhere:
        "Every theme raised at other working groups' dialogues has also been raised here.",
    raised_at: |list| format!("Raised at {list}."),
    latest_heading: |d| format!("Latest dialogue: {d}"),
    latest_heading_none: "Latest dialogue",
    no_latest: "No dialogue of this working group has been held yet.",
    next_heading: "Next dialogue",
    none_announced: "No upcoming dialogue of this working group is announced in the dataset.",
    announced: |list| format!("Announced in the dataset: {list}."),
    earlier_months: |months| {
        format!("From the data alone, not a forecast: earlier dialogues of this working group took place in {months}.")
    },
    months: MONTH_NAMES,
    other_group_dialogue: |groups, date| format!("{groups} ({date})"),
    list: |items| join(items, ", ", " and "),
    according_to: |figure, source| format!("{figure} according to {source}"),
    disagreeing: |figures| format!("{figures} (the sources disagree)"),
};

pub static FR: BriefMessages = BriefMessages {
    title: |g| format!("Fiche du groupe de travail\u{a0}: {g}"),
    prepare: "Préparer",
    choose_group: "Groupe de travail",
    download: "Télécharger la fiche (Markdown)",
    timeline_picture: "Les dialogues sur une chronologie",
    subscribe_heading: "S’abonner dans votre agenda",
    subscribe_all: "Tous les dialogues",
    subscribe_group: |g| format!("{g} uniquement"),
    feed_address: "Adresse de l’agenda, à copier",
    subscribe_help: "Google Agenda\u{a0}: Autres agendas, +, À partir de l’URL. Outlook\u{a0}: Ajouter un calendrier, S’abonner à partir du web. Calendrier d’Apple\u{a0}: Fichier, Nouvel abonnement à un calendrier. Votre agenda suit ensuite les mises à jour du jeu de données.",
    colon: "\u{a0}: ",
    semicolon: "\u{202f}; ",
    dialogues_heading: "Dialogues",
    no_dialogues: "Aucun dialogue de ce groupe de travail ne figure dans le jeu de données.",
    timeline_heading: "Chronologie",
    timeline_summary: |count, first, last| match count {
        1 => format!("Un dialogue ({first})."),
        n => format!("{n}\u{a0}dialogues (premier\u{a0}: {first}\u{202f}; dernier\u{a0}: {last})."),
    },
    undated: |n| {
        plural_fr(
            n,
            "Un dialogue sans date ne figure pas dans la chronologie.".to_string(),
            format!("{n}\u{a0}dialogues sans date ne figurent pas dans la chronologie."),
        )
    },
    themes_heading: "Thèmes abordés ici",
    no_themes: "Aucun thème n’est consigné pour les dialogues de ce groupe de travail.",
    first_here: |d| format!("Abordé ici pour la première fois\u{a0}: {d}."),
    first_elsewhere: |d| {
        format!("Abordé auparavant lors du dialogue d’un autre groupe de travail, pour la première fois\u{a0}: {d}.")
    },
    not_again: "Pas abordé de nouveau ici.",
    raised_again: |list| format!("Abordé de nouveau\u{a0}: {list}."),
    last_raised: |last, absent| match absent {
        0 => format!("Dernière mention\u{a0}: {last}\u{202f}; aucun dialogue de ce groupe de travail ne s’est tenu depuis."),
        1 => format!("Dernière mention\u{a0}: {last}\u{202f}; pas abordé lors du dialogue de ce groupe de travail tenu depuis."),
        n => format!("Dernière mention\u{a0}: {last}\u{202f}; pas abordé lors des {n}\u{a0}dialogues de ce groupe de travail tenus depuis."),
    },
    last_raised_only: |last| format!("Dernière mention\u{a0}: {last}."),
    elsewhere_heading: "Abordés lors des dialogues d’autres groupes de travail, jamais ici",
    no_elsewhere: "Tous les thèmes abordés lors des dialogues d’autres groupes de travail l’ont aussi été ici.",
    raised_at: |list| format!("Abordé\u{a0}: {list}."),
    latest_heading: |d| format!("Dernier dialogue\u{a0}: {d}"),
    latest_heading_none: "Dernier dialogue",
    no_latest: "Aucun dialogue de ce groupe de travail ne s’est encore tenu.",
    next_heading: "Prochain dialogue",
    none_announced: "Aucun dialogue à venir de ce groupe de travail n’est annoncé dans le jeu de données.",
    announced: |list| format!("Annoncé dans le jeu de données\u{a0}: {list}."),
    earlier_months: |months| {
        format!("D’après les seules données, sans valeur de prévision\u{a0}: les dialogues précédents de ce groupe de travail ont eu lieu en {months}.")
    },
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ],
    other_group_dialogue: |groups, date| format!("{groups} ({date})"),
    list: |items| join(items, ", ", " et "),
    according_to: |figure, source| format!("{figure} selon {source}"),
    disagreeing: |figures| format!("{figures} (les sources divergent)"),
};

pub static ES: BriefMessages = BriefMessages {
    title: |g| format!("Ficha del grupo de trabajo: {g}"),
    prepare: "Preparar",
    choose_group: "Grupo de trabajo",
    download: "Descargar la ficha (Markdown)",
    timeline_picture: "Los diálogos en una línea de tiempo",
    subscribe_heading: "Suscribirse en su calendario",
    subscribe_all: "Todos los diálogos",
    subscribe_group: |g| format!("Solo {g}"),
    feed_address: "Dirección del calendario, para copiar",
    subscribe_help: "Google Calendar: Otros calendarios, +, Desde URL. Outlook: Agregar calendario, Suscribirse desde web. Calendario de Apple: Archivo, Nueva suscripción a calendario. Su calendario seguirá luego las actualizaciones del conjunto de datos.",
    colon: ": ",
    semicolon: "; ",
    dialogues_heading: "Diálogos",
    no_dialogues: "El conjunto de datos no contiene ningún diálogo de este grupo de trabajo.",
    timeline_heading: "Cronología",
    timeline_summary: |count, first, last| match count {
        1 => format!("Un diálogo ({first})."),
        n => format!("{n} diálogos (primero: {first}; último: {last})."),
    },
    undated: |n| match n {
        1 => "Un diálogo sin fecha no figura en la cronología.".to_string(),
        n => format!("{n} diálogos sin fecha no figuran en la cronología."),
    },
    themes_heading: "Ejes temáticos planteados aquí",
    no_themes: "No consta ningún eje temático en los diálogos de este grupo de trabajo.",
    first_here: |d| format!("Planteado aquí por primera vez en: {d}."),
    first_elsewhere: |d| {
        format!("Planteado antes en el diálogo de otro grupo de trabajo, por primera vez en: {d}.")
    },
    not_again: "No se ha vuelto a plantear aquí.",
    raised_again: |list| format!("Planteado de nuevo en: {list}."),
    last_raised: |last, absent| match absent {
        0 => format!("Última mención: {last}; desde entonces no se ha celebrado ningún diálogo de este grupo de trabajo."),
        1 => format!("Última mención: {last}; no se planteó en el diálogo de este grupo de trabajo celebrado desde entonces."),
        n => format!("Última mención: {last}; no se planteó en los {n} diálogos de este grupo de trabajo celebrados desde entonces."),
    },
    last_raised_only: |last| format!("Última mención: {last}."),
    elsewhere_heading: "Planteados en diálogos de otros grupos de trabajo, nunca aquí",
    no_elsewhere: "Todos los ejes temáticos planteados en diálogos de otros grupos de trabajo también se han planteado aquí.",
    raised_at: |list| format!("Planteado en: {list}."),
    latest_heading: |d| format!("Último diálogo: {d}"),
    latest_heading_none: "Último diálogo",
    no_latest: "Todavía no se ha celebrado ningún diálogo de este grupo de trabajo.",
    next_heading: "Próximo diálogo",
    none_announced: "El conjunto de datos no anuncia ningún próximo diálogo de este grupo de trabajo.",
    announced: |list| format!("Anunciado en el conjunto de datos: {list}."),
    earlier_months: |months| {
        format!("Según los datos, sin valor de previsión: los diálogos anteriores de este grupo de trabajo se celebraron en {months}.")
    },
    months: [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ],
    other_group_dialogue: |groups, date| format!("{groups} ({date})"),
    list: |items| join(items, ", ", " y "),
    according_to: |figure, source| format!("{figure} según {source}"),
    disagreeing: |figures| format!("{figures} (las fuentes no coinciden)"),
};

pub static AR: BriefMessages = BriefMessages {
    title: |g| format!("موجز الفريق العامل: {g}"),
    prepare: "التحضير",
    choose_group: "الفريق العامل",
    download: "تنزيل الموجز (Markdown)",
    timeline_picture: "الحوارات على خط زمني",
    subscribe_heading: "الاشتراك في تقويمك",
    subscribe_all: "جميع الحوارات",
    subscribe_group: |g| format!("{g} فقط"),
    feed_address: "عنوان التقويم، للنسخ",
    subscribe_help: "تقويم Google: تقويمات أخرى، +، من عنوان URL. ‏Outlook: إضافة تقويم، الاشتراك من الويب. تقويم Apple: ملف، اشتراك جديد في تقويم. وبعد ذلك يتبع تقويمك تحديثات مجموعة البيانات.",
    colon: ": ",
    semicolon: "؛ ",
    dialogues_heading: "الحوارات",
    no_dialogues: "لا تتضمن مجموعة البيانات أي حوار لهذا الفريق العامل.",
    timeline_heading: "الخط الزمني",
    timeline_summary: |count, first, last| match count {
        1 => format!("حوار واحد ({first})."),
        n => format!("عدد الحوارات: {n} (الأول: {first}؛ الأخير: {last})."),
    },
    undated: |n| match n {
        1 => "حوار واحد بلا تاريخ لا يظهر على الخط الزمني.".to_string(),
        n => format!("حوارات بلا تاريخ لا تظهر على الخط الزمني، وعددها {n}."),
    },
    themes_heading: "المواضيع التي طُرحت هنا",
    no_themes: "لم يُسجَّل أي موضوع في حوارات هذا الفريق العامل.",
    first_here: |d| format!("طُرح هنا لأول مرة في: {d}."),
    first_elsewhere: |d| format!("طُرح قبل ذلك في حوار لفريق عامل آخر، لأول مرة في: {d}."),
    not_again: "لم يُطرح هنا مجددًا.",
    raised_again: |list| format!("طُرح مجددًا في: {list}."),
    last_raised: |last, absent| {
        let rest = plural_ar(
            absent,
            [
                "ولم يُعقد أي حوار لهذا الفريق العامل منذ ذلك الحين".to_string(),
                "ولم يُطرح في الحوار الذي عقده هذا الفريق العامل بعد ذلك".to_string(),
                "ولم يُطرح في الحوارين اللذين عقدهما هذا الفريق العامل بعد ذلك".to_string(),
                format!(
                    "ولم يُطرح في الحوارات التي عقدها هذا الفريق العامل بعد ذلك، وعددها {absent}"
                ),
                format!(
                    "ولم يُطرح في الحوارات التي عقدها هذا الفريق العامل بعد ذلك، وعددها {absent}"
                ),
                format!(
                    "ولم يُطرح في الحوارات التي عقدها هذا الفريق العامل بعد ذلك، وعددها {absent}"
                ),
            ],
        );
        format!("آخر مرة طُرح فيها: {last}؛ {rest}.")
    },
    last_raised_only: |last| format!("آخر مرة طُرح فيها: {last}."),
    elsewhere_heading: "مواضيع طُرحت في حوارات أفرقة عاملة أخرى ولم تُطرح هنا قط",
    no_elsewhere: "كل موضوع طُرح في حوارات الأفرقة العاملة الأخرى طُرح هنا أيضًا.",
    raised_at: |list| format!("طُرح في: {list}."),
    latest_heading: |d| format!("آخر حوار: {d}"),
    latest_heading_none: "آخر حوار",
    no_latest: "لم يُعقد أي حوار لهذا الفريق العامل حتى الآن.",
    next_heading: "الحوار المقبل",
    none_announced: "لا تعلن مجموعة البيانات عن أي حوار مقبل لهذا الفريق العامل.",
    announced: |list| format!("أُعلن في مجموعة البيانات: {list}."),
    earlier_months: |months| {
        format!("استنادًا إلى البيانات وحدها، لا على سبيل التوقع: عُقدت الحوارات السابقة لهذا الفريق العامل في {months}.")
    },
    months: [
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
    ],
    // As the browser's Intl.ListFormat writes Arabic lists: "أ وب وج".
    other_group_dialogue: |groups, date| format!("{groups} ({date})"),
    list: |items| items.join(" و"),
    according_to: |figure, source| format!("{figure} بحسب {source}"),
    disagreeing: |figures| format!("{figures} (تختلف المصادر)"),
};

pub static RU: BriefMessages = BriefMessages {
    title: |g| format!("Справка о рабочей группе: {g}"),
    prepare: "Подготовка",
    choose_group: "Рабочая группа",
    download: "Скачать справку (Markdown)",
    timeline_picture: "Диалоги на временной шкале",
    subscribe_heading: "Подписаться в своем календаре",
    subscribe_all: "Все диалоги",
    subscribe_group: |g| format!("Только {g}"),
    feed_address: "Адрес календаря для копирования",
    subscribe_help: "Google Календарь: Другие календари, +, Добавить по URL. Outlook: Добавить календарь, Подписаться из Интернета. Календарь Apple: Файл, Новая подписка на календарь. Затем ваш календарь будет следовать обновлениям набора данных.",
    colon: ": ",
    semicolon: "; ",
    dialogues_heading: "Диалоги",
    no_dialogues: "В наборе данных нет диалогов этой рабочей группы.",
    timeline_heading: "Шкала времени",
    timeline_summary: |count, first, last| match count {
        1 => format!("Один диалог ({first})."),
        n => format!(
            "{n} {} (первый: {first}; последний: {last}).",
            plural_ru(n, "диалог", "диалога", "диалогов")
        ),
    },
    undated: |n| {
        format!(
            "Без даты, поэтому не на шкале времени: {n} {}.",
            plural_ru(n, "диалог", "диалога", "диалогов")
        )
    },
    themes_heading: "Темы, затронутые здесь",
    no_themes: "Для диалогов этой рабочей группы темы не указаны.",
    first_here: |d| format!("Впервые затронута здесь: {d}."),
    first_elsewhere: |d| {
        format!("Ранее затрагивалась в диалоге другой рабочей группы, впервые: {d}.")
    },
    not_again: "Здесь больше не затрагивалась.",
    raised_again: |list| format!("Затронута снова: {list}."),
    last_raised: |last, absent| {
        match absent {
        0 => format!("В последний раз затронута: {last}; с тех пор диалогов этой рабочей группы не проводилось."),
        n => format!(
            "В последний раз затронута: {last}; не затрагивалась в {n} {} этой рабочей группы, {} с тех пор.",
            plural_ru(n, "диалоге", "диалогах", "диалогах"),
            plural_ru(n, "проведенном", "проведенных", "проведенных")
        ),
    }
    },
    last_raised_only: |last| format!("В последний раз затронута: {last}."),
    elsewhere_heading: "Темы, затронутые в диалогах других рабочих групп, но ни разу здесь",
    no_elsewhere: "Все темы, затронутые в диалогах других рабочих групп, затрагивались и здесь.",
    raised_at: |list| format!("Затронута: {list}."),
    latest_heading: |d| format!("Последний диалог: {d}"),
    latest_heading_none: "Последний диалог",
    no_latest: "Диалогов этой рабочей группы пока не проводилось.",
    next_heading: "Следующий диалог",
    none_announced: "В наборе данных не объявлено о предстоящих диалогах этой рабочей группы.",
    announced: |list| format!("Объявлено в наборе данных: {list}."),
    earlier_months: |months| {
        format!("Только по данным, а не прогноз: месяцы предыдущих диалогов этой рабочей группы — {months}.")
    },
    months: [
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
    ],
    other_group_dialogue: |groups, date| format!("{groups} ({date})"),
    list: |items| join(items, ", ", " и "),
    according_to: |figure, source| format!("{figure} (источник: {source})"),
    disagreeing: |figures| format!("{figures} (источники расходятся)"),
};

pub static ZH: BriefMessages = BriefMessages {
    title: |g| format!("工作组简报：{g}"),
    prepare: "准备",
    choose_group: "工作组",
    download: "下载简报（Markdown）",
    timeline_picture: "时间轴上的对话",
    subscribe_heading: "在您的日历中订阅",
    subscribe_all: "所有对话",
    subscribe_group: |g| format!("仅{g}"),
    feed_address: "日历地址（供复制）",
    subscribe_help: "Google 日历：其他日历、+、通过网址添加。Outlook：添加日历、从网络订阅。Apple 日历：文件、新建日历订阅。此后您的日历将随数据集的更新而更新。",
    colon: "：",
    semicolon: "；",
    dialogues_heading: "对话",
    no_dialogues: "数据集中没有该工作组的对话。",
    timeline_heading: "时间轴",
    timeline_summary: |count, first, last| match count {
        1 => format!("1场对话（{first}）。"),
        n => format!("共{n}场对话（首场：{first}；最近一场：{last}）。"),
    },
    undated: |n| format!("{n}场对话没有日期，未列入时间轴。"),
    themes_heading: "在此提出的主题",
    no_themes: "该工作组的对话中没有记录任何主题。",
    first_here: |d| format!("首次在此提出：{d}。"),
    first_elsewhere: |d| format!("此前已在其他工作组的对话中提出，首次：{d}。"),
    not_again: "此后未在此再次提出。",
    raised_again: |list| format!("再次提出：{list}。"),
    last_raised: |last, absent| match absent {
        0 => format!("最后一次提出：{last}；此后该工作组未再举行对话。"),
        1 => format!("最后一次提出：{last}；此后该工作组举行的1场对话未涉及。"),
        n => format!("最后一次提出：{last}；此后该工作组举行的{n}场对话均未涉及。"),
    },
    last_raised_only: |last| format!("最后一次提出：{last}。"),
    elsewhere_heading: "在其他工作组的对话中提出、从未在此提出的主题",
    no_elsewhere: "在其他工作组对话中提出的主题均已在此提出。",
    raised_at: |list| format!("提出于：{list}。"),
    latest_heading: |d| format!("最近一场对话：{d}"),
    latest_heading_none: "最近一场对话",
    no_latest: "该工作组尚未举行对话。",
    next_heading: "下一场对话",
    none_announced: "数据集中没有宣布该工作组即将举行的对话。",
    announced: |list| format!("数据集中已宣布：{list}。"),
    earlier_months: |months| {
        format!("仅根据数据得出，并非预测：该工作组以往的对话分别于{months}举行。")
    },
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
    other_group_dialogue: |groups, date| format!("{groups}（{date}）"),
    list: |items| join(items, "、", "和"),
    according_to: |figure, source| format!("{figure}（据{source}）"),
    disagreeing: |figures| format!("{figures}（各来源说法不一）"),
};
