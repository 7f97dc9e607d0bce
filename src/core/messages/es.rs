//! Spanish: the catalogue in Spanish («español»).

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::export::csv::Column;

use super::{plural_en as plural, Messages};

pub static ES: Messages = Messages {
    word_space: " ",
    comma: ", ",
    full_stop: ".",
    app_title: "Dialogue Explorer",
    app_tagline: "Los diálogos constructivos entre los Estados y la sociedad civil en el marco del mecanismo de examen de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.",
    loading: "Cargando los diálogos…",
    load_failed_title: "No se pudieron cargar los diálogos",
    invalid_dataset_title: "El conjunto de datos presenta problemas",
    retry: "Reintentar",
    problems_heading: |n| {
        let (verb, noun) = plural(n, ("Se encontró", "problema"), ("Se encontraron", "problemas"));
        format!("{verb} {n} {noun}:")
    },
    problem_at: |line, column| format!("línea {line}, columna {column}"),
    summary_heading: "Contenido del conjunto de datos",
    dialogues: |n| plural(n, "diálogo", "diálogos"),
    working_groups: |n| plural(n, "grupo de trabajo", "grupos de trabajo"),
    themes: |n| plural(n, "eje temático", "ejes temáticos"),
    entries: |n| plural(n, "tema del programa o tema planteado", "temas del programa y temas planteados"),
    sources: |n| plural(n, "fuente", "fuentes"),
    covering: |first, last| format!("De {first} a {last}."),
    fetch_failed: |url, reason| format!("No se pudo obtener {url}: {reason}."),
    invalid_dataset: |url| format!("Se obtuvo {url}, pero no es un conjunto de datos válido."),
    crashed: "Dialogue Explorer se detuvo debido a un error interno. Vuelva a cargar la página para intentarlo de nuevo.",

    views_label: "Vistas",
    view_matrix: "Matriz temática",
    view_list: "Elementos",
    view_agenda: "Agenda",
    view_loading: "Cargando esta vista…",
    part_loading: "Cargando…",
    view_unavailable: "No se pudo cargar esta parte del explorador: compruebe la conexión y vuelva a intentarlo.",
    language_unavailable: |name| format!("No se pudo cargar la interfaz en {name}: compruebe la conexión y vuelva a intentarlo."),
    back_to: |view| format!("Volver a «{view}»"),
    dropped_from_link: |values| format!("Este enlace mencionaba algo que no figura en el conjunto de datos, por lo que se omitió: {values}."),

    filters_heading: "Filtrar",
    settings_button: "Ajustes",
    show_filters: |open, active| {
        let verb = if open { "Ocultar filtros" } else { "Mostrar filtros" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb} ({active} {})", plural(active, "activo", "activos"))
        }
    },
    filter_rule: "Los valores de un mismo filtro amplían los resultados (cualquiera de ellos); los distintos filtros los restringen (todos a la vez).",
    search_label: "Buscar en títulos, resúmenes, ejes temáticos, grupos de trabajo y presidencias",
    search_placeholder: "p. ej., corrupción, niños, mar",
    facet_working_group: "Grupo de trabajo",
    facet_year: "Año",
    facet_theme: "Eje temático",
    facet_kind: "Tipo de elemento",
    facet_status: "Estado",
    kind_agenda: "Tema del programa",
    kind_topic: "Tema planteado",
    status_upcoming: "Próximo",
    status_past: "Celebrado",
    only_this: "solo",
    only_this_label: |value| format!("Solo {value}"),
    clear_facet: "borrar",
    clear_facet_label: |facet| format!("Borrar el filtro «{facet}»"),
    reset_all: "Restablecer todo",
    active_filters: "Filtros activos",
    remove_filter: |value| format!("Quitar filtro: {value}"),
    result_count: |entries, dialogues| {
        format!(
            "{entries} {} en {dialogues} {}",
            plural(entries, "elemento", "elementos"),
            plural(dialogues, "diálogo", "diálogos")
        )
    },
    no_results: "Ningún resultado coincide con estos filtros. Quite un filtro, o restablézcalos todos:",
    search_text_chip: |text| format!("«{text}»"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "Tema del programa",
        EntryKind::TopicRaised => "Tema planteado",
    },
    themes_label: "Ejes temáticos",
    source_label: "Fuente: ",

    matrix_caption: "Ejes temáticos planteados en cada diálogo: número de temas del programa y temas planteados asociados a cada eje",
    matrix_columns_label: "Columnas",
    columns_dialogues: "Diálogos",
    columns_groups: "Grupos de trabajo",
    columns_years: "Años",
    theme_header: "Eje temático",
    total_header: "Total",
    cell_label: |theme, column, count| {
        format!("{theme} — {column}: {count} {}", plural(count, "elemento", "elementos"))
    },
    entries_count: |n| format!("{n} {}", plural(n, "elemento", "elementos")),
    show_more: |next, rest| format!("Mostrar {next} más ({rest} aún sin mostrar)"),
    matrix_by_year: |n| format!("{n} diálogos son demasiados para una columna cada uno, así que las columnas son los años. Elija un año para ver sus diálogos."),
    matrix_open_year: |year| format!("Mostrar los diálogos de {year}"),
    legend_first: "planteado aquí por primera vez",
    legend_recurs: "planteado de nuevo",
    legend_scale: "Las celdas más oscuras contienen más elementos; el número siempre se muestra.",
    matrix_help: "Elija una celda para ver sus elementos. En la tabla, las teclas de flecha permiten desplazarse entre celdas.",
    cell_entries_heading: |theme, column| format!("{theme} — {column}"),
    close: "Cerrar",

    agenda_upcoming: "Próximos",
    agenda_past: "Celebrados",
    nothing_upcoming: "Todavía no hay ningún diálogo próximo en el conjunto de datos.",
    latest_was: "El más reciente fue:",
    latest_were: "Los más recientes fueron:",
    nothing_past: "Ningún diálogo celebrado coincide.",
    time_zone_note: |zone| format!("hora local ({zone})"),
    date_not_known: "Fecha desconocida",
    day_not_known: "día desconocido",

    // The group name follows a colon: «del» or «de la» would depend on it.
    follows_session: |number, group| match number {
        Some(n) => format!("Tras el {} período de sesiones: {group}", ordinal_es(n, true)),
        None => format!("Tras un período de sesiones (número desconocido): {group}"),
    },
    session_dates: |dates| format!("({dates})"),
    venue_label: "Lugar",
    format_label: "Formato",
    format_name: |key| match key {
        Format::InPerson => "Presencial",
        Format::Hybrid => "Híbrido (presencial y en línea)",
        Format::Online => "En línea",
    },
    chairs_label: "Presidencia",
    co_chair: "copresidencia",
    ordinals_label: "Numeración según las fuentes",
    ordinal_as: |value, among| format!("el {} de los {among}", ordinal_es(value, false)),
    agenda_items_heading: "Programa",
    topics_heading: "Temas planteados",
    none_recorded: "No consta ninguno.",
    attendance_heading: "Asistencia",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("aproximadamente {count} {counted}"),
        Qualifier::MoreThan => format!("más de {count} {counted}"),
        Qualifier::Exact => format!("{count} {counted}"),
    },
    counted_name: |key, n| {
        let n = n as usize;
        match key {
            Counted::Participants => plural(n, "participante", "participantes"),
            Counted::Registrations => plural(n, "inscripción", "inscripciones"),
            Counted::Organisations => plural(n, "organización", "organizaciones"),
            Counted::Ngos => "ONG",
            Counted::Academia => plural(n, "participante del mundo académico", "participantes del mundo académico"),
            Counted::PrivateSector => plural(n, "participante del sector privado", "participantes del sector privado"),
            Counted::OtherStakeholders => plural(n, "otra parte interesada", "otras partes interesadas"),
            Counted::NonGovernmentalStakeholders => plural(n, "participante no gubernamental", "participantes no gubernamentales"),
            Counted::States => plural(n, "Estado", "Estados"),
            Counted::IntergovernmentalOrganisations => plural(n, "organización intergubernamental", "organizaciones intergubernamentales"),
        }
    },
    reported_by: "según",
    certainty_heading: "Grado de certeza",
    certainty_level: |key| match key {
        CertaintyLevel::High => "Alto",
        CertaintyLevel::Medium => "Medio",
        CertaintyLevel::Low => "Bajo",
    },
    notes_heading: "Notas",
    sources_heading: "Fuentes",
    not_known: "desconocido",

    theme_mentions: |count, dialogues| {
        format!(
            "{count} {} en {dialogues} {}",
            plural(count, "mención", "menciones"),
            plural(dialogues, "diálogo", "diálogos")
        )
    },
    continuity_heading: "Continuidad",
    continuity_first: |d| format!("Primera mención: {d}."),
    continuity_recurs: |list| format!("Planteado de nuevo en: {list}."),
    continuity_silent: |last, since| {
        format!(
            "Última mención: {last}; {since} {}.",
            plural(
                since,
                "diálogo posterior, de todos los grupos de trabajo, no lo retomó",
                "diálogos posteriores, de todos los grupos de trabajo, no lo retomaron"
            )
        )
    },
    continuity_latest: "Planteado en el más reciente de los diálogos del conjunto de datos.",
    continuity_never: "No se planteó en ninguno de los diálogos del conjunto de datos.",
    continuity_latest_recorded: "Planteado en el más reciente de los diálogos del conjunto de datos cuyo programa o temas constan.",
    continuity_unordered: |last, others| {
        format!("Última mención: {last}; no se planteó en {others}, sin que las fechas digan si fue antes o después.")
    },
    continuity_unrecorded: |list| {
        format!("No constan el programa ni los temas de {list}: no se sabe si se planteó allí.")
    },
    mentions_heading: "Todas las menciones, por orden cronológico",
    show_in_matrix: "Mostrar en la matriz",

    calendar_name: "Diálogos constructivos del mecanismo de examen de la Convención contra la Delincuencia Organizada",
    calendar_summary: |groups| format!("Diálogo constructivo: {groups}"),
    download_label: "Descargar lo que se muestra:",
    download_csv: "Elementos (CSV)",
    download_json: "Datos (JSON)",
    download_ics: "Calendario (.ics)",
    add_to_calendar: "Añadir al calendario",
    add_to_calendar_label: |d| format!("Añadir al calendario: {d}"),
    calendar_left_out: |list| {
        format!("No se incluyeron en el calendario, por no conocerse el día: {list}.")
    },
    nothing_to_download: "Nada que descargar: ningún diálogo coincide.",
    downloaded: |file| format!("Se descargó {file}."),

    view_mine: |n| if n == 0 { "Mi agenda".to_string() } else { format!("Mi agenda ({n})") },
    star_dialogue: |d| format!("Marcar con una estrella (guardar en Mi agenda): {d}"),
    star_entry: |e| format!("Marcar este elemento con una estrella (guardar en Mi agenda): {e}"),
    mine_empty: "Todavía no ha marcado nada. Marque diálogos y elementos con una estrella (☆) para reunirlos aquí: se guardan en este navegador, sin necesidad de cuenta.",
    mine_dialogues: "Diálogos marcados",
    mine_entries: "Elementos marcados",
    share_mine: "Compartir mi agenda",
    share_link_label: "Un enlace a sus diálogos y elementos marcados",
    copy_link: "Copiar el enlace",
    copied: "Copiado.",
    copy_failed: "No se pudo copiar: seleccione el enlace y cópielo usted mismo.",
    language_label: "Idioma",
    shared_offer: |d, e| {
        format!(
            "Alguien compartió una agenda con usted: {d} {} y {e} {}.",
            plural(d, "diálogo", "diálogos"),
            plural(e, "elemento", "elementos")
        )
    },
    shared_view: "Verla",
    shared_merge: |n| match n {
        0 => "Añadir a mi agenda (nada nuevo)".to_string(),
        n => format!("Añadir a mi agenda ({n} {})", plural(n, "nuevo", "nuevos")),
    },
    shared_dismiss: "Descartar",
    shared_viewing: "Está viendo una agenda compartida. Sus propias estrellas no cambian.",
    shared_back: "Volver a mi agenda",
    merged: |n| {
        format!(
            "{n} {} a su agenda.",
            plural(n, "elemento añadido", "elementos añadidos")
        )
    },
    storage_unreadable: |why| {
        format!("Se encontraron estrellas guardadas en este navegador, pero no se pudieron leer ({why}); no se utilizaron.")
    },
    storage_unavailable: "Este navegador no permite que la página conserve datos, por lo que las estrellas solo duran hasta que se cierre la página.",
    storage_full: "No se pudieron guardar sus estrellas: el almacenamiento del navegador está lleno. Se conservan hasta que se cierre la página.",
    stars_unknown: |n| {
        format!(
            "{n} {} en el conjunto de datos.",
            plural(n, "elemento marcado ya no figura", "elementos marcados ya no figuran")
        )
    },

    theme_switch_label: "Apariencia",
    appearance_auto: "Automático",
    appearance_light: "Claro",
    appearance_dark: "Oscuro",

    more_problems: |n| {
        format!(
            "y {n} {} del mismo tipo",
            plural(n, "problema más", "problemas más")
        )
    },
    loading_progress: |size| format!("Cargando los diálogos… {size} recibidos"),
    timed_out: |url, seconds| {
        format!("No ha llegado nada de {url} en {seconds} segundos: puede que el servidor o la conexión estén lentos o caídos.")
    },
    storage_partly: |n| {
        format!("Sus estrellas guardadas están aquí, pero {n} {} no se {} leer y se {} aparte.", plural(n, "elemento guardado más", "elementos guardados más"), plural(n, "pudo", "pudieron"), plural(n, "dejó", "dejaron"))
    },
    could_not_load: "No se pudo cargar Dialogue Explorer.",
    open_own_page: "Ábralo en su propia página",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "Se cuenta sobre todos los diálogos del conjunto de datos, sean cuales sean los filtros.",
    continuity_by_group: "Por grupo de trabajo",
    group_never: |held| match held {
        1 => "No se planteó en su único diálogo.".to_string(),
        n => format!("No se planteó en ninguno de sus {n} diálogos."),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            match held {
                1 => "Planteado en su único diálogo.".to_string(),
                n => format!("Planteado en cada uno de sus {n} diálogos."),
            }
        } else {
            format!("Planteado en {raised} de sus {held} diálogos, incluido el más reciente.")
        }
    },
    group_silent: |last, since| match since {
        1 => format!("Última mención: {last}; no se planteó en el diálogo siguiente de este grupo de trabajo."),
        n => format!("Última mención: {last}; no se planteó en los {n} diálogos posteriores de este grupo de trabajo."),
    },
    group_raised_elsewhere: |count, groups| match count {
        1 => format!("Planteado una vez desde entonces, en un diálogo de otro grupo de trabajo: {groups}."),
        n => format!("Planteado {n} veces desde entonces, en diálogos de otros grupos de trabajo: {groups}."),
    },
    group_never_recorded: |recorded| match recorded {
        1 => "No se planteó en su único diálogo cuyo programa o temas constan.".to_string(),
        n => format!("No se planteó en ninguno de sus {n} diálogos cuyo programa o temas constan."),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            match recorded {
                1 => "Planteado en su único diálogo cuyo programa o temas constan.".to_string(),
                n => format!("Planteado en cada uno de sus {n} diálogos cuyo programa o temas constan."),
            }
        } else {
            format!("Planteado en {raised} de sus {recorded} diálogos cuyo programa o temas constan, incluido el más reciente de ellos.")
        }
    },
    data_as_of: |date| format!("Datos actualizados al {date}."),
    nothing_upcoming_as_of: |date| {
        format!("No hay ningún diálogo próximo en el conjunto de datos, actualizado al {date}.")
    },
    none_upcoming_match: "Ningún diálogo próximo coincide con estos filtros.",
    announced_at: "Los diálogos se anuncian aquí:",
    entries_matching: |matching, total| {
        format!(
            "{matching} de {total} {} con los filtros.",
            plural(matching, "elemento coincide", "elementos coinciden")
        )
    },
    show_all_entries: |total| format!("Mostrar los {total} elementos"),
    show_matching_entries: |matching| match matching {
        1 => "Mostrar solo el elemento que coincide".to_string(),
        n => format!("Mostrar solo los {n} elementos que coinciden"),
    },
    entry_matches: "coincide",
    calendar_no_day: "Sin entrada de calendario: aún no se conoce el día.",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} de {} de {}", MONTHS[m as usize - 1], d.year),
        (Some(m), None) => format!("{} de {}", MONTHS[m as usize - 1], d.year),
        _ => d.year.to_string(),
    },
    citation_title: |t| format!("«{t}»"),
    citation_accessed: |d| format!("(consultado el {d})"),
    citation_figure: |figure, dialogue| format!("{figure} \u{2014} diálogo constructivo ({dialogue})"),
    cite_button: "Copiar la referencia",
    cite_button_label: |what| format!("Copiar la referencia: {what}"),
    citation_copied: "Referencia copiada.",
    csv_header: |column| match column {
        Column::DialogueId => "Identificador del diálogo",
        Column::Dialogue => "Diálogo",
        Column::Date => "Fecha",
        Column::WorkingGroups => "Grupos de trabajo",
        Column::Kind => "Tipo de elemento",
        Column::EntryId => "Identificador del elemento",
        Column::Text => "Texto",
        Column::Themes => "Ejes temáticos",
        Column::Source => "Fuente",
        Column::SourceUrl => "Dirección de la fuente",
        Column::Link => "Enlace en Dialogue Explorer",
        Column::Figure => "Cifra",
        Column::Count => "Número",
        Column::Qualifier => "Precisión",
        Column::Counted => "Personas o entidades contadas",
        Column::Note => "Nota",
        Column::Citation => "Referencia",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "exacto",
        Qualifier::About => "aproximadamente",
        Qualifier::MoreThan => "más de",
    },
    download_csv_machine: "Elementos (CSV para scripts)",
    download_csv_machine_note: "Comas, nombres de columna y valores en inglés, sea cual sea el idioma de la página.",
    download_attendance: "Cifras de asistencia (CSV)",
    no_attendance: "No se conoce ninguna cifra de asistencia de estos diálogos.",
    reset_filters: "Restablecer todos los filtros",
    star_button: "Estrella",
    starred_said: |what| format!("Marcado con una estrella: {what}. Figura en Mi agenda."),
    unstarred_said: |what| format!("Quitado de mi agenda: {what}."),
    shared_items: "Compartido con usted:",
    shared_missing: |n, ids| {
        if n == 1 {
            format!("{n} elemento de este enlace compartido ya no figura en el conjunto de datos: {ids}.")
        } else {
            format!("{n} elementos de este enlace compartido ya no figuran en el conjunto de datos: {ids}.")
        }
    },
    shared_done: "Compartido.",
    share_title: "Mi agenda de diálogos constructivos",
    // Matrix and print
    matrix_caption_groups: "Ejes temáticos planteados en los diálogos de cada grupo de trabajo: número de temas del programa y temas planteados asociados a cada eje",
    matrix_caption_years: "Ejes temáticos planteados en los diálogos de cada año: número de temas del programa y temas planteados asociados a cada eje",
    legend_marks_by_dialogue: "«Planteado aquí por primera vez» y «planteado de nuevo» se indican cuando las columnas son los diálogos.",
    back_to_cell: "Volver a la celda",
    print_filters: |filters| format!("Filtros aplicados: {filters}"),
    print_no_filters: "Filtros aplicados: ninguno (todos los diálogos y elementos)",
    print_printed: |date| format!("Impreso el {date}"),
    print_data_as_of: |date| format!("Datos al {date}"),
};

/// The months, for dates in citations.
const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Spanish ordinals in figures: "12.º"; before a masculine noun, "1.er" and "3.er"
/// ("primer", "tercer": "1.er período de sesiones").
fn ordinal_es(n: u32, before_noun: bool) -> String {
    let apocope = before_noun && ((n % 10 == 1 && n % 100 != 11) || n % 10 == 3);
    if apocope {
        format!("{n}.er")
    } else {
        format!("{n}.º")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_plurals_and_ordinals() {
        assert_eq!((ES.problems_heading)(1), "Se encontró 1 problema:");
        assert_eq!((ES.problems_heading)(0), "Se encontraron 0 problemas:");
        assert_eq!(
            (ES.follows_session)(Some(12), "Grupo de Trabajo sobre la Trata de Personas"),
            "Tras el 12.º período de sesiones: Grupo de Trabajo sobre la Trata de Personas"
        );
        assert_eq!(
            (ES.follows_session)(Some(1), "G"),
            "Tras el 1.er período de sesiones: G"
        );
        assert_eq!(
            (ES.follows_session)(Some(11), "G"),
            "Tras el 11.º período de sesiones: G"
        );
        assert_eq!((ES.ordinal_as)(3, "diálogos"), "el 3.º de los diálogos");
        assert_eq!(
            (ES.attendance_figure)(Qualifier::About, 1, (ES.counted_name)(Counted::States, 1)),
            "aproximadamente 1 Estado"
        );
    }
}
