//! French: the catalogue in French (« français »).

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::export::csv::Column;

use super::{plural_fr as plural, Messages};

pub static FR: Messages = Messages {
    word_space: " ",
    comma: ", ",
    full_stop: ".",
    app_title: "Dialogue Explorer",
    app_tagline: "Les dialogues constructifs entre les États et la société civile dans le cadre du mécanisme d’examen de la Convention des Nations Unies contre la criminalité transnationale organisée.",
    loading: "Chargement des dialogues…",
    load_failed_title: "Les dialogues n’ont pas pu être chargés",
    invalid_dataset_title: "Le jeu de données présente des problèmes",
    retry: "Réessayer",
    problems_heading: |n| format!("{n} {}\u{a0}:", plural(n, "problème détecté", "problèmes détectés")),
    problem_at: |line, column| format!("ligne {line}, colonne {column}"),
    summary_heading: "Contenu du jeu de données",
    dialogues: |n| plural(n, "dialogue", "dialogues"),
    working_groups: |n| plural(n, "groupe de travail", "groupes de travail"),
    themes: |n| plural(n, "thème", "thèmes"),
    entries: |n| plural(n, "point de l’ordre du jour ou sujet abordé", "points de l’ordre du jour et sujets abordés"),
    sources: |n| plural(n, "source", "sources"),
    covering: |first, last| format!("Période couverte\u{a0}: {first} – {last}."),
    fetch_failed: |url, reason| format!("Impossible de récupérer {url}\u{a0}: {reason}."),
    invalid_dataset: |url| format!("Le fichier {url} a été récupéré, mais ce n’est pas un jeu de données valide."),
    crashed: "Dialogue Explorer s’est arrêté en raison d’une erreur interne. Rechargez la page pour réessayer.",

    views_label: "Vues",
    view_matrix: "Matrice des thèmes",
    view_list: "Éléments",
    view_agenda: "Agenda",
    view_loading: "Chargement de cette vue…",
    part_loading: "Chargement…",
    view_unavailable: "Cette partie de l’explorateur n’a pas pu être chargée : vérifiez la connexion, puis réessayez.",
    language_unavailable: |name| format!("L’interface en {name} n’a pas pu être chargée : vérifiez la connexion, puis réessayez."),
    back_to: |view| format!("Retour à «\u{a0}{view}\u{a0}»"),
    dropped_from_link: |values| format!("Ce lien désignait un élément absent du jeu de données, qui a donc été ignoré\u{a0}: {values}."),

    filters_heading: "Filtrer",
    settings_button: "Réglages",
    show_filters: |open, active| {
        let verb = if open { "Masquer les filtres" } else { "Afficher les filtres" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb} ({active} {})", plural(active, "actif", "actifs"))
        }
    },
    filter_rule: "Plusieurs valeurs d’un même filtre élargissent les résultats (l’une ou l’autre)\u{202f}; des filtres différents les restreignent (tous à la fois).",
    search_label: "Rechercher dans les titres, résumés, thèmes, groupes de travail et présidences",
    search_placeholder: "p. ex. corruption, enfants, mer",
    facet_working_group: "Groupe de travail",
    facet_year: "Année",
    facet_theme: "Thème",
    facet_kind: "Type d’élément",
    facet_status: "Statut",
    kind_agenda: "Point de l’ordre du jour",
    kind_topic: "Sujet abordé",
    status_upcoming: "À venir",
    status_past: "Passé",
    only_this: "seulement",
    only_this_label: |value| format!("Uniquement {value}"),
    clear_facet: "effacer",
    clear_facet_label: |facet| format!("Effacer le filtre «\u{a0}{facet}\u{a0}»"),
    reset_all: "Tout réinitialiser",
    active_filters: "Filtres actifs",
    remove_filter: |value| format!("Retirer le filtre\u{a0}: {value}"),
    result_count: |entries, dialogues| {
        format!(
            "{entries} {} dans {dialogues} {}",
            plural(entries, "élément", "éléments"),
            plural(dialogues, "dialogue", "dialogues")
        )
    },
    no_results: "Aucun résultat pour ces filtres. Retirez un filtre, ou réinitialisez-les tous\u{a0}:",
    search_text_chip: |text| format!("«\u{a0}{text}\u{a0}»"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "Point de l’ordre du jour",
        EntryKind::TopicRaised => "Sujet abordé",
    },
    themes_label: "Thèmes",
    source_label: "Source\u{a0}: ",

    matrix_caption: "Thèmes abordés lors de chaque dialogue\u{a0}: nombre de points de l’ordre du jour et de sujets associés au thème",
    matrix_columns_label: "Colonnes",
    columns_dialogues: "Dialogues",
    columns_groups: "Groupes de travail",
    columns_years: "Années",
    theme_header: "Thème",
    total_header: "Total",
    cell_label: |theme, column, count| {
        format!("{theme} — {column}\u{a0}: {count} {}", plural(count, "élément", "éléments"))
    },
    entries_count: |n| format!("{n} {}", plural(n, "élément", "éléments")),
    show_more: |next, rest| format!("Afficher {next} de plus ({rest} pas encore affichés)"),
    matrix_by_year: |n| format!("{n} dialogues, c’est trop pour une colonne chacun\u{202F}: les colonnes sont donc les années. Choisissez une année pour en voir les dialogues."),
    matrix_open_year: |year| format!("Afficher les dialogues de {year}"),
    legend_first: "abordé ici pour la première fois",
    legend_recurs: "abordé de nouveau",
    legend_scale: "Plus une cellule est foncée, plus elle contient d’éléments\u{202f}; le nombre est toujours affiché.",
    matrix_help: "Choisissez une cellule pour en voir les éléments. Dans le tableau, les touches fléchées permettent de passer d’une cellule à l’autre.",
    cell_entries_heading: |theme, column| format!("{theme} — {column}"),
    close: "Fermer",

    agenda_upcoming: "À venir",
    agenda_past: "Passés",
    nothing_upcoming: "Aucun dialogue à venir ne figure encore dans le jeu de données.",
    latest_was: "Le plus récent\u{a0}:",
    latest_were: "Les plus récents\u{a0}:",
    nothing_past: "Aucun dialogue passé ne correspond.",
    time_zone_note: |zone| format!("heure locale ({zone})"),
    date_not_known: "Date inconnue",
    day_not_known: "jour inconnu",

    // The group name follows a colon: « du », « de la » or « de l’ » would depend on it.
    follows_session: |number, group| match number {
        Some(n) => format!("Après la {} session\u{a0}: {group}", ordinal_fr(n, true)),
        None => format!("Après une session (numéro inconnu)\u{a0}: {group}"),
    },
    session_dates: |dates| format!("({dates})"),
    venue_label: "Lieu",
    format_label: "Format",
    format_name: |key| match key {
        Format::InPerson => "En personne",
        Format::Hybrid => "Hybride (en personne et en ligne)",
        Format::Online => "En ligne",
    },
    chairs_label: "Présidence",
    co_chair: "coprésidence",
    ordinals_label: "Numérotation selon les sources",
    ordinal_as: |value, among| format!("le {} des {among}", ordinal_fr(value, false)),
    agenda_items_heading: "Ordre du jour",
    topics_heading: "Sujets abordés",
    none_recorded: "Aucun élément consigné.",
    attendance_heading: "Participation",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("environ {count} {counted}"),
        Qualifier::MoreThan => format!("plus de {count} {counted}"),
        Qualifier::Exact => format!("{count} {counted}"),
    },
    counted_name: |key, n| {
        let n = n as usize;
        match key {
            Counted::Participants => plural(n, "participant", "participants"),
            Counted::Registrations => plural(n, "inscription", "inscriptions"),
            Counted::Organisations => plural(n, "organisation", "organisations"),
            Counted::Ngos => "ONG",
            Counted::Academia => plural(n, "participant des milieux universitaires", "participants des milieux universitaires"),
            Counted::PrivateSector => plural(n, "participant du secteur privé", "participants du secteur privé"),
            Counted::OtherStakeholders => plural(n, "autre partie prenante", "autres parties prenantes"),
            Counted::NonGovernmentalStakeholders => plural(n, "participant non gouvernemental", "participants non gouvernementaux"),
            Counted::States => plural(n, "État", "États"),
            Counted::IntergovernmentalOrganisations => plural(n, "organisation intergouvernementale", "organisations intergouvernementales"),
        }
    },
    reported_by: "selon",
    certainty_heading: "Degré de certitude",
    certainty_level: |key| match key {
        CertaintyLevel::High => "Élevé",
        CertaintyLevel::Medium => "Moyen",
        CertaintyLevel::Low => "Faible",
    },
    notes_heading: "Remarques",
    sources_heading: "Sources",
    not_known: "pas d’information",

    theme_mentions: |count, dialogues| {
        format!(
            "{count} {} dans {dialogues} {}",
            plural(count, "mention", "mentions"),
            plural(dialogues, "dialogue", "dialogues")
        )
    },
    continuity_heading: "Continuité",
    continuity_first: |d| format!("Première mention\u{a0}: {d}."),
    continuity_recurs: |list| format!("Abordé de nouveau\u{a0}: {list}."),
    continuity_silent: |last, since| {
        format!(
            "Dernière mention\u{a0}: {last}\u{202f}; {since} {}.",
            plural(
                since,
                "dialogue ultérieur, tous groupes de travail confondus, ne l’a pas repris",
                "dialogues ultérieurs, tous groupes de travail confondus, ne l’ont pas repris"
            )
        )
    },
    continuity_latest: "Abordé lors du plus récent des dialogues du jeu de données.",
    continuity_never: "Abordé dans aucun des dialogues du jeu de données.",
    continuity_latest_recorded: "Abordé lors du plus récent des dialogues du jeu de données dont l’ordre du jour ou les sujets sont consignés.",
    continuity_unordered: |last, others| {
        format!("Dernière mention\u{a0}: {last}\u{202f}; pas abordé lors de\u{a0}: {others}, sans que les dates disent si c’était avant ou après.")
    },
    continuity_unrecorded: |list| {
        format!("Ni ordre du jour ni sujets ne sont consignés pour\u{a0}: {list}\u{202f}; on ne sait pas s’il y a été abordé.")
    },
    mentions_heading: "Toutes les mentions, par ordre chronologique",
    show_in_matrix: "Afficher dans la matrice",

    calendar_name: "Dialogues constructifs du mécanisme d’examen de la Convention contre la criminalité organisée",
    calendar_summary: |groups| format!("Dialogue constructif\u{a0}: {groups}"),
    download_label: "Télécharger ce qui est affiché\u{a0}:",
    download_csv: "Éléments (CSV)",
    download_json: "Données (JSON)",
    download_ics: "Calendrier (.ics)",
    add_to_calendar: "Ajouter au calendrier",
    add_to_calendar_label: |d| format!("Ajouter au calendrier\u{a0}: {d}"),
    calendar_left_out: |list| {
        format!("Non inclus dans le calendrier, faute de jour connu\u{a0}: {list}.")
    },
    nothing_to_download: "Rien à télécharger\u{a0}: aucun dialogue ne correspond.",
    downloaded: |file| format!("Fichier {file} téléchargé."),

    view_mine: |n| if n == 0 { "Mon agenda".to_string() } else { format!("Mon agenda ({n})") },
    star_dialogue: |d| format!("Marquer d’une étoile (garder dans Mon agenda)\u{a0}: {d}"),
    star_entry: |e| format!("Marquer cet élément d’une étoile (garder dans Mon agenda)\u{a0}: {e}"),
    mine_empty: "Rien n’est encore marqué. Marquez des dialogues et des éléments d’une étoile (☆) pour les retrouver ici\u{a0}: ils restent dans ce navigateur, sans qu’un compte soit nécessaire.",
    mine_dialogues: "Dialogues marqués",
    mine_entries: "Éléments marqués",
    share_mine: "Partager mon agenda",
    share_link_label: "Lien vers vos dialogues et éléments marqués",
    copy_link: "Copier le lien",
    copied: "Copié.",
    copy_failed: "Copie impossible : sélectionnez le lien et copiez-le vous-même.",
    language_label: "Langue",
    shared_offer: |d, e| {
        format!(
            "Un agenda a été partagé avec vous\u{a0}: {d} {} et {e} {}.",
            plural(d, "dialogue", "dialogues"),
            plural(e, "élément", "éléments")
        )
    },
    shared_view: "Le consulter",
    shared_merge: |n| match n {
        0 => "Ajouter à mon agenda (rien de nouveau)".to_string(),
        n => format!("Ajouter à mon agenda ({n} {})", plural(n, "nouveau", "nouveaux")),
    },
    shared_dismiss: "Ignorer",
    shared_viewing: "Vous consultez un agenda partagé. Vos propres étoiles ne sont pas modifiées.",
    shared_back: "Revenir à mon agenda",
    merged: |n| {
        format!(
            "{n} {} à votre agenda.",
            plural(n, "élément ajouté", "éléments ajoutés")
        )
    },
    storage_unreadable: |why| {
        format!("Des étoiles enregistrées ont été trouvées dans ce navigateur, mais elles n’ont pas pu être lues ({why})\u{202f}; elles n’ont pas été utilisées.")
    },
    storage_unavailable: "Ce navigateur ne permet pas à la page de conserver des données\u{a0}: les étoiles ne dureront que jusqu’à la fermeture de la page.",
    storage_full: "Vos étoiles n’ont pas pu être enregistrées\u{a0}: l’espace de stockage du navigateur est plein. Elles restent jusqu’à la fermeture de la page.",
    stars_unknown: |n| {
        format!(
            "{n} {} dans le jeu de données.",
            plural(n, "élément marqué ne figure plus", "éléments marqués ne figurent plus")
        )
    },

    theme_switch_label: "Apparence",
    appearance_auto: "Automatique",
    appearance_light: "Clair",
    appearance_dark: "Sombre",

    more_problems: |n| {
        format!(
            "et {n} {} du même type",
            plural(n, "autre problème", "autres problèmes")
        )
    },
    loading_progress: |size| format!("Chargement des dialogues… {size} reçus"),
    timed_out: |url, seconds| {
        format!("Rien n’est arrivé de {url} depuis {seconds}\u{a0}secondes\u{a0}: le serveur ou la connexion est peut-être lent ou indisponible.")
    },
    storage_partly: |n| {
        let (other, verb, read) = plural(
            n,
            ("autre élément enregistré", "a", "lu"),
            ("autres éléments enregistrés", "ont", "lus"),
        );
        let s = plural(n, "", "s");
        format!("Vos étoiles enregistrées sont là, mais {n} {other} n’{verb} pas pu être {read} et {verb} été laissé{s} de côté.")
    },
    could_not_load: "Dialogue Explorer n’a pas pu être chargé.",
    open_own_page: "Ouvrez-le dans sa propre page",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "Compté sur l’ensemble des dialogues du jeu de données, quels que soient les filtres.",
    continuity_by_group: "Par groupe de travail",
    group_never: |held| match held {
        1 => "Pas abordé lors de son unique dialogue.".to_string(),
        n => format!("Abordé lors d’aucun de ses {n}\u{a0}dialogues."),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            match held {
                1 => "Abordé lors de son unique dialogue.".to_string(),
                n => format!("Abordé lors de chacun de ses {n}\u{a0}dialogues."),
            }
        } else {
            format!("Abordé lors de {raised} de ses {held}\u{a0}dialogues, dont le plus récent.")
        }
    },
    group_silent: |last, since| match since {
        1 => format!("Dernière mention\u{a0}: {last}\u{202f}; pas abordé lors du dialogue suivant de ce groupe de travail."),
        n => format!("Dernière mention\u{a0}: {last}\u{202f}; pas abordé lors des {n}\u{a0}dialogues suivants de ce groupe de travail."),
    },
    group_raised_elsewhere: |count, groups| match count {
        1 => format!("Abordé une fois depuis, lors d’un dialogue d’un autre groupe de travail\u{a0}: {groups}."),
        n => format!("Abordé {n}\u{a0}fois depuis, lors de dialogues d’autres groupes de travail\u{a0}: {groups}."),
    },
    group_never_recorded: |recorded| match recorded {
        1 => "Pas abordé lors de son unique dialogue dont l’ordre du jour ou les sujets sont consignés.".to_string(),
        n => format!("Abordé lors d’aucun de ses {n}\u{a0}dialogues dont l’ordre du jour ou les sujets sont consignés."),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            match recorded {
                1 => "Abordé lors de son unique dialogue dont l’ordre du jour ou les sujets sont consignés.".to_string(),
                n => format!("Abordé lors de chacun de ses {n}\u{a0}dialogues dont l’ordre du jour ou les sujets sont consignés."),
            }
        } else {
            format!("Abordé lors de {raised} de ses {recorded}\u{a0}dialogues dont l’ordre du jour ou les sujets sont consignés, dont le plus récent d’entre eux.")
        }
    },
    data_as_of: |date| format!("Données à jour au {date}."),
    nothing_upcoming_as_of: |date| {
        format!("Aucun dialogue à venir ne figure dans le jeu de données, à jour au {date}.")
    },
    none_upcoming_match: "Aucun dialogue à venir ne correspond à ces filtres.",
    announced_at: "Les dialogues sont annoncés ici\u{a0}:",
    entries_matching: |matching, total| {
        format!(
            "{matching} {} sur {total} {} aux filtres.",
            plural(matching, "élément", "éléments"),
            plural(matching, "correspond", "correspondent")
        )
    },
    show_all_entries: |total| format!("Afficher les {total}\u{a0}éléments"),
    show_matching_entries: |matching| match matching {
        1 => "N’afficher que l’élément correspondant".to_string(),
        n => format!("N’afficher que les {n}\u{a0}éléments correspondants"),
    },
    entry_matches: "correspond",
    calendar_no_day: "Pas d’entrée de calendrier\u{a0}: le jour n’est pas encore connu.",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(1)) => format!("1er {} {}", MONTHS[m as usize - 1], d.year),
        (Some(m), Some(day)) => format!("{day} {} {}", MONTHS[m as usize - 1], d.year),
        (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], d.year),
        _ => d.year.to_string(),
    },
    citation_title: |t| format!("«\u{a0}{t}\u{a0}»"),
    citation_accessed: |d| format!("(consulté le {d})"),
    citation_figure: |figure, dialogue| format!("{figure} \u{2014} dialogue constructif ({dialogue})"),
    cite_button: "Copier la référence",
    cite_button_label: |what| format!("Copier la référence\u{a0}: {what}"),
    citation_copied: "Référence copiée.",
    csv_header: |column| match column {
        Column::DialogueId => "Identifiant du dialogue",
        Column::Dialogue => "Dialogue",
        Column::Date => "Date",
        Column::WorkingGroups => "Groupes de travail",
        Column::Kind => "Type d’élément",
        Column::EntryId => "Identifiant de l’élément",
        Column::Text => "Texte",
        Column::Themes => "Thèmes",
        Column::Source => "Source",
        Column::SourceUrl => "Adresse de la source",
        Column::Link => "Lien dans Dialogue Explorer",
        Column::Figure => "Chiffre",
        Column::Count => "Nombre",
        Column::Qualifier => "Précision",
        Column::Counted => "Personnes ou entités comptées",
        Column::Note => "Remarque",
        Column::Citation => "Référence",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "exact",
        Qualifier::About => "environ",
        Qualifier::MoreThan => "plus de",
    },
    download_csv_machine: "Éléments (CSV pour scripts)",
    download_csv_machine_note: "Virgules, noms de colonnes et valeurs en anglais, quelle que soit la langue de la page.",
    download_attendance: "Chiffres de participation (CSV)",
    no_attendance: "Aucun chiffre de participation n’est connu pour ces dialogues.",
    reset_filters: "Réinitialiser tous les filtres",
    star_button: "Étoile",
    starred_said: |what| format!("Marqué d’une étoile\u{a0}: {what}. Il figure dans Mon agenda."),
    unstarred_said: |what| format!("Retiré de mon agenda\u{a0}: {what}."),
    shared_items: "Partagé avec vous\u{a0}:",
    shared_missing: |n, ids| {
        if n <= 1 {
            format!("{n} élément de ce lien partagé ne figure plus dans le jeu de données\u{a0}: {ids}.")
        } else {
            format!("{n} éléments de ce lien partagé ne figurent plus dans le jeu de données\u{a0}: {ids}.")
        }
    },
    shared_done: "Partagé.",
    share_title: "Mon agenda des dialogues constructifs",
    // Matrix and print
    matrix_caption_groups: "Thèmes abordés lors des dialogues de chaque groupe de travail\u{a0}: nombre de points de l’ordre du jour et de sujets associés au thème",
    matrix_caption_years: "Thèmes abordés lors des dialogues de chaque année\u{a0}: nombre de points de l’ordre du jour et de sujets associés au thème",
    legend_marks_by_dialogue: "«\u{a0}Abordé ici pour la première fois\u{a0}» et «\u{a0}abordé de nouveau\u{a0}» sont indiqués quand les colonnes sont les dialogues.",
    back_to_cell: "Retour à la cellule",
    print_filters: |filters| format!("Filtres appliqués\u{a0}: {filters}"),
    print_no_filters: "Filtres appliqués\u{a0}: aucun (tous les dialogues et tous les éléments)",
    print_printed: |date| format!("Imprimé le {date}"),
    print_data_as_of: |date| format!("Données à jour au {date}"),
};

/// The months, for dates in citations.
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// "1re" or "1er", then "2e", "12e": French ordinals in figures.
fn ordinal_fr(n: u32, feminine: bool) -> String {
    if n != 1 {
        format!("{n}e")
    } else if feminine {
        "1re".to_string()
    } else {
        "1er".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_plurals_and_ordinals() {
        assert_eq!((FR.problems_heading)(1), "1 problème détecté\u{a0}:");
        assert_eq!((FR.problems_heading)(3), "3 problèmes détectés\u{a0}:");
        assert_eq!((FR.dialogues)(0), "dialogue");
        assert_eq!((FR.dialogues)(2), "dialogues");
        assert_eq!(
            (FR.follows_session)(Some(12), "Groupe de travail sur la traite des personnes"),
            "Après la 12e session\u{a0}: Groupe de travail sur la traite des personnes"
        );
        assert_eq!(
            (FR.follows_session)(Some(1), "Groupe de travail"),
            "Après la 1re session\u{a0}: Groupe de travail"
        );
        assert_eq!(
            (FR.ordinal_as)(1, "dialogues constructifs"),
            "le 1er des dialogues constructifs"
        );
        assert_eq!(
            (FR.attendance_figure)(
                Qualifier::MoreThan,
                100,
                (FR.counted_name)(Counted::Participants, 100)
            ),
            "plus de 100 participants"
        );
        assert_eq!((FR.result_count)(1, 3), "1 élément dans 3 dialogues");
    }
}
