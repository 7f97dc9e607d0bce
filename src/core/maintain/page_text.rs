//! The maintainer page's own words (headings, labels, buttons, notes), in the six languages.
//! The problems, refusals and the change summary are said by [`super::MaintainMessages`]; the
//! names of formats, figures and certainty levels are the explorer's catalogue's.

use crate::core::dataset::SourceKind;
use crate::core::messages::{plural_ar, plural_en, plural_fr, plural_ru, Lang};

pub struct MaintainPageText {
    /// The page's `<title>` and heading.
    pub title: &'static str,
    pub intro: &'static str,
    pub language_label: &'static str,

    // Open
    pub open_heading: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub start_published: &'static str,
    pub loading_published: &'static str,
    pub published_failed: fn(reason: &str) -> String,
    pub file_unreadable: fn(name: &str) -> String,
    pub opened: fn(name: &str) -> String,
    pub draft_found: fn(when: &str) -> String,
    pub restore_draft: &'static str,
    pub discard_draft: &'static str,
    pub draft_not_kept: &'static str,
    /// Before replacing edits that are not downloaded.
    pub replace_unsaved: &'static str,

    // Editor
    pub editor_heading: &'static str,
    pub editor_label: &'static str,
    pub editor_empty: &'static str,
    pub editor_lines: fn(lines: usize) -> String,

    // Problems
    pub problems_heading: &'static str,
    pub checking: &'static str,
    pub problems_status: fn(total: usize) -> String,
    pub no_problems: &'static str,
    /// A problem's place, as the button reads it out: "line 3, column 5".
    pub at_place: fn(line: u32, column: u32) -> String,
    pub counts_heading: &'static str,
    pub more_of_kind: fn(count: usize) -> String,
    pub what_to_do: &'static str,

    // Add a dialogue
    pub add_heading: &'static str,
    pub add_intro: &'static str,
    pub add_needs_valid: &'static str,
    pub working_groups_label: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub session_heading: &'static str,
    pub session_group: &'static str,
    pub session_number: &'static str,
    pub session_start: &'static str,
    pub session_end: &'static str,
    pub time_zone_label: &'static str,
    pub format_label: &'static str,
    pub not_known: &'static str,
    pub venue_label: &'static str,
    pub entries_heading: &'static str,
    pub entry_n: fn(n: usize) -> String,
    pub entry_kind_label: &'static str,
    pub entry_text_label: &'static str,
    pub themes_label: fn(max: usize) -> String,
    pub theme_n: fn(n: usize) -> String,
    pub no_theme: &'static str,
    pub source_label: &'static str,
    pub choose_source: &'static str,
    pub add_entry: &'static str,
    pub remove: &'static str,
    pub figures_heading: &'static str,
    pub figure_n: fn(n: usize) -> String,
    pub figure_count: &'static str,
    pub figure_qualifier: &'static str,
    pub figure_counted: &'static str,
    pub add_figure: &'static str,
    pub new_sources_heading: &'static str,
    pub new_source_n: fn(n: usize) -> String,
    pub source_id_label: &'static str,
    pub source_title_label: &'static str,
    pub source_description_label: &'static str,
    pub source_publisher_label: &'static str,
    pub source_kind_label: &'static str,
    pub source_kind_name: fn(SourceKind) -> &'static str,
    pub source_url_label: &'static str,
    pub source_published_label: &'static str,
    pub add_source: &'static str,
    pub certainty_label: &'static str,
    pub certainty_note_label: &'static str,
    pub submit: &'static str,
    pub refused_heading: &'static str,
    pub added: fn(id: &str, line: u32) -> String,

    // Translations
    pub translations_heading: &'static str,
    /// A language's name inside a sentence of this language ("Arabic", "arabe").
    pub language_name: fn(Lang) -> &'static str,
    pub translations_intro: &'static str,
    pub translations_filter: &'static str,
    pub any_language: &'static str,
    /// "12 texts lack Arabic" in the counts by language.
    pub texts_lacking: fn(count: usize, language: &str) -> String,
    pub translations_complete: &'static str,
    pub translations_need_valid: &'static str,
    pub shown_of: fn(shown: usize, total: usize) -> String,

    // Preview
    pub preview_heading: &'static str,
    pub preview_waiting: &'static str,
    pub preview_stale: &'static str,

    // Save
    pub save_heading: &'static str,
    pub download: &'static str,
    pub changes_heading: &'static str,
    pub where_it_goes: &'static str,
    pub downloaded: &'static str,
}

pub fn maintain_page_text(lang: Lang) -> &'static MaintainPageText {
    match lang {
        Lang::Ar => &AR,
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
        Lang::Es => &ES,
    }
}

/// The standalone explorer's footer link to this page: apart from the page's words, so that the
/// explorer's module carries this one line of them only.
pub fn footer_link(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "تحديث مجموعة البيانات هذه",
        Lang::Zh => "更新本数据集",
        Lang::En => "Keep this dataset up to date",
        Lang::Fr => "Tenir ce jeu de données à jour",
        Lang::Ru => "Обновление этого набора данных",
        Lang::Es => "Mantener actualizado este conjunto de datos",
    }
}

/// English, which the other languages start from until translated.
const ENGLISH: MaintainPageText = MaintainPageText {
    title: "Keep the dataset up to date",
    intro: "Check, edit and preview the dialogues' dataset in this browser, then download it for \
            the web server. Nothing you open or type leaves this browser.",
    language_label: "Language",

    open_heading: "Open",
    open_file: "Open a file (.json)",
    drop_hint: "You can also drop a file on this page, or paste the text into the editor.",
    start_published: "Start from the published dataset",
    loading_published: "Loading the published dataset…",
    published_failed: |reason| format!("The published dataset could not be loaded: {reason}"),
    file_unreadable: |name| format!("“{name}” could not be read as a text file."),
    opened: |name| format!("Opened “{name}”."),
    draft_found: |when| {
        format!("This browser keeps a draft you were editing ({when}). Restore it, or discard it?")
    },
    restore_draft: "Restore the draft",
    discard_draft: "Discard the draft",
    draft_not_kept: "This browser could not keep a draft (its storage is full or blocked): \
                     download your work before closing the page.",
    replace_unsaved: "Your edits have not been downloaded. Replace them anyway?",

    editor_heading: "The dataset's text",
    editor_label: "Text of the dataset (JSON)",
    editor_empty: "Open a file, start from the published dataset, or paste a text here.",
    editor_lines: |n| format!("{n} {}", plural_en(n, "line", "lines")),

    problems_heading: "Problems",
    checking: "Checking…",
    problems_status: |n| format!("{n} {} found", plural_en(n, "problem", "problems")),
    no_problems: "No problems: the dataset is valid.",
    at_place: |line, column| format!("Line {line}, column {column}"),
    counts_heading: "By kind",
    more_of_kind: |n| format!("and {n} more of the same kind"),
    what_to_do: "What to do:",

    add_heading: "Add a dialogue",
    add_intro: "The form writes the new dialogue into the text at its place in date order, with \
                fresh ids. It refuses what the validator would refuse, and says why.",
    add_needs_valid: "Fix the problems of the text first: the form adds to a valid dataset.",
    working_groups_label: "Working group (two for a joint dialogue)",
    date_label: "Date",
    date_hint: "YYYY-MM-DD, or YYYY-MM when only the month is known",
    session_heading: "The session it follows",
    session_group: "Working group of the session",
    session_number: "Session number",
    session_start: "First day of the session (YYYY-MM-DD, optional)",
    session_end: "Last day of the session (YYYY-MM-DD, optional)",
    time_zone_label: "Time zone",
    format_label: "Format",
    not_known: "Not known",
    venue_label: "Venue",
    entries_heading: "Agenda items and topics raised",
    entry_n: |n| format!("Entry {n}"),
    entry_kind_label: "Kind",
    entry_text_label: "Text (English)",
    themes_label: |max| format!("Themes (1 to {max})"),
    theme_n: |n| format!("Theme {n}"),
    no_theme: "—",
    source_label: "Source",
    choose_source: "Choose a source",
    add_entry: "Add an entry",
    remove: "Remove",
    figures_heading: "Attendance figures",
    figure_n: |n| format!("Figure {n}"),
    figure_count: "Number",
    figure_qualifier: "Precision",
    figure_counted: "Who was counted",
    add_figure: "Add a figure",
    new_sources_heading: "New sources",
    new_source_n: |n| format!("New source {n}"),
    source_id_label: "Id",
    source_title_label: "Title, as the publisher wrote it",
    source_description_label: "Short description",
    source_publisher_label: "Publisher",
    source_kind_label: "Kind of source",
    source_kind_name: |k| match k {
        SourceKind::Official => "Official (UN)",
        SourceKind::CivilSociety => "Civil society",
        SourceKind::FoundingArticle => "Founding article",
    },
    source_url_label: "Address (https://…)",
    source_published_label: "Published (YYYY-MM-DD or YYYY-MM, optional)",
    add_source: "Add a new source",
    certainty_label: "How certain is this record?",
    certainty_note_label: "Why (optional)",
    submit: "Add this dialogue to the text",
    refused_heading: "The dialogue was not added:",
    added: |id, line| format!("Dialogue “{id}” added to the text at line {line}."),

    translations_heading: "Translations",
    language_name: |l| match l {
        Lang::Ar => "Arabic",
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Ru => "Russian",
        Lang::Es => "Spanish",
    },
    translations_intro: "Texts of the dataset that lack some of the six languages.",
    translations_filter: "Show",
    any_language: "Texts lacking any language",
    texts_lacking: |n, language| {
        format!("{n} {} lacking {language}", plural_en(n, "text", "texts"))
    },
    translations_complete: "Every text has the six languages.",
    translations_need_valid: "The list appears once the text is valid.",
    shown_of: |shown, total| format!("{shown} shown of {total}"),

    preview_heading: "Preview",
    preview_waiting: "The preview appears once the text is valid.",
    preview_stale: "The text has problems: the preview shows its last valid version.",

    save_heading: "Save",
    download: "Download dialogues.json",
    changes_heading: "Changes since it was opened",
    where_it_goes: "Put the downloaded file on the web server in place of data/dialogues.json, \
                    beside the explorer's index.html (or where the page's data-src points). \
                    Readers see it on their next visit.",
    downloaded: "Downloaded. The draft stays in this browser until you open another file.",
};

pub static EN: MaintainPageText = ENGLISH;
pub static FR: MaintainPageText = MaintainPageText {
    title: "Tenir le jeu de données à jour",
    intro:
        "Vérifiez, modifiez et prévisualisez dans ce navigateur le jeu de données des dialogues, \
            puis téléchargez-le pour le serveur web. Rien de ce que vous ouvrez ou saisissez ne \
            quitte ce navigateur.",
    language_label: "Langue",

    open_heading: "Ouvrir",
    open_file: "Ouvrir un fichier (.json)",
    drop_hint: "Vous pouvez aussi déposer un fichier sur cette page, ou coller le texte dans \
                l’éditeur.",
    start_published: "Partir du jeu de données publié",
    loading_published: "Chargement du jeu de données publié…",
    published_failed: |reason| {
        format!("Le jeu de données publié n’a pas pu être chargé\u{a0}: {reason}")
    },
    file_unreadable: |name| {
        format!("«\u{a0}{name}\u{a0}» n’a pas pu être lu comme un fichier texte.")
    },
    opened: |name| format!("«\u{a0}{name}\u{a0}» est ouvert."),
    draft_found: |when| {
        format!(
            "Ce navigateur conserve un brouillon que vous étiez en train de modifier ({when}). \
             Voulez-vous le restaurer ou le supprimer\u{202f}?"
        )
    },
    restore_draft: "Restaurer le brouillon",
    discard_draft: "Supprimer le brouillon",
    draft_not_kept: "Ce navigateur n’a pas pu conserver de brouillon (son espace de stockage est \
                     plein ou bloqué)\u{a0}: téléchargez votre travail avant de fermer la page.",
    replace_unsaved: "Vos modifications n’ont pas été téléchargées. Les remplacer \
                      quand même\u{202f}?",

    editor_heading: "Le texte du jeu de données",
    editor_label: "Texte du jeu de données (JSON)",
    editor_empty: "Ouvrez un fichier, partez du jeu de données publié ou collez un texte ici.",
    editor_lines: |n| format!("{n}\u{a0}{}", plural_fr(n, "ligne", "lignes")),

    problems_heading: "Problèmes",
    checking: "Vérification…",
    problems_status: |n| {
        format!(
            "{n}\u{a0}{}",
            plural_fr(n, "problème détecté", "problèmes détectés")
        )
    },
    no_problems: "Aucun problème\u{a0}: le jeu de données est valide.",
    at_place: |line, column| format!("Ligne {line}, colonne {column}"),
    counts_heading: "Par type",
    more_of_kind: |n| {
        format!(
            "et {n}\u{a0}{} du même type",
            plural_fr(n, "autre", "autres")
        )
    },
    what_to_do: "Que faire\u{a0}:",

    add_heading: "Ajouter un dialogue",
    add_intro: "Le formulaire insère le nouveau dialogue dans le texte, à sa place dans l’ordre \
                chronologique, avec de nouveaux identifiants. Il refuse ce que le validateur \
                refuserait, et en indique la raison.",
    add_needs_valid: "Corrigez d’abord les problèmes du texte\u{a0}: le formulaire ne peut \
                      compléter qu’un jeu de données valide.",
    working_groups_label: "Groupe de travail (deux pour un dialogue conjoint)",
    date_label: "Date",
    date_hint: "YYYY-MM-DD, ou YYYY-MM si seul le mois est connu",
    session_heading: "Session à l’issue de laquelle il se tient",
    session_group: "Groupe de travail de la session",
    session_number: "Numéro de la session",
    session_start: "Premier jour de la session (YYYY-MM-DD, facultatif)",
    session_end: "Dernier jour de la session (YYYY-MM-DD, facultatif)",
    time_zone_label: "Fuseau horaire",
    format_label: "Format",
    not_known: "Non connu",
    venue_label: "Lieu",
    entries_heading: "Points de l’ordre du jour et sujets abordés",
    entry_n: |n| format!("Élément {n}"),
    entry_kind_label: "Type",
    entry_text_label: "Texte (anglais)",
    themes_label: |max| format!("Thèmes (de 1 à {max})"),
    theme_n: |n| format!("Thème {n}"),
    no_theme: "—",
    source_label: "Source",
    choose_source: "Choisir une source",
    add_entry: "Ajouter un élément",
    remove: "Supprimer",
    figures_heading: "Chiffres de participation",
    figure_n: |n| format!("Chiffre {n}"),
    figure_count: "Nombre",
    figure_qualifier: "Précision",
    figure_counted: "Personnes ou entités comptées",
    add_figure: "Ajouter un chiffre",
    new_sources_heading: "Nouvelles sources",
    new_source_n: |n| format!("Nouvelle source {n}"),
    source_id_label: "Identifiant",
    source_title_label: "Titre, tel que donné par l’éditeur",
    source_description_label: "Brève description",
    source_publisher_label: "Éditeur",
    source_kind_label: "Type de source",
    source_kind_name: |k| match k {
        SourceKind::Official => "Officielle (ONU)",
        SourceKind::CivilSociety => "Société civile",
        SourceKind::FoundingArticle => "Article fondateur",
    },
    source_url_label: "Adresse (https://…)",
    source_published_label: "Date de publication (YYYY-MM-DD ou YYYY-MM, facultatif)",
    add_source: "Ajouter une nouvelle source",
    certainty_label: "Quel est le degré de certitude de cette entrée\u{202f}?",
    certainty_note_label: "Pourquoi (facultatif)",
    submit: "Ajouter ce dialogue au texte",
    refused_heading: "Le dialogue n’a pas été ajouté\u{a0}:",
    added: |id, line| format!("Dialogue «\u{a0}{id}\u{a0}» ajouté au texte à la ligne {line}."),

    translations_heading: "Traductions",
    language_name: |l| match l {
        Lang::Ar => "arabe",
        Lang::Zh => "chinois",
        Lang::En => "anglais",
        Lang::Fr => "français",
        Lang::Ru => "russe",
        Lang::Es => "espagnol",
    },
    translations_intro: "Textes du jeu de données dont il manque la version dans une ou \
                         plusieurs des six langues.",
    translations_filter: "Afficher",
    any_language: "Textes incomplets, quelle que soit la langue manquante",
    texts_lacking: |n, language| {
        format!(
            "{n}\u{a0}{} sans version en {language}",
            plural_fr(n, "texte", "textes")
        )
    },
    translations_complete: "Tous les textes existent dans les six langues.",
    translations_need_valid: "La liste s’affiche dès que le texte est valide.",
    shown_of: |shown, total| {
        format!(
            "{shown}\u{a0}{} sur {total}",
            plural_fr(shown, "affiché", "affichés")
        )
    },

    preview_heading: "Aperçu",
    preview_waiting: "L’aperçu s’affiche dès que le texte est valide.",
    preview_stale: "Le texte présente des problèmes\u{a0}: l’aperçu montre sa dernière version \
                    valide.",

    save_heading: "Enregistrer",
    download: "Télécharger dialogues.json",
    changes_heading: "Modifications depuis l’ouverture",
    where_it_goes: "Placez le fichier téléchargé sur le serveur web à la place de \
                    data/dialogues.json, à côté du fichier index.html de Dialogue Explorer (ou à \
                    l’emplacement qu’indique l’attribut data-src de la page). Les lecteurs le \
                    verront lors de leur prochaine visite.",
    downloaded: "Téléchargé. Le brouillon reste dans ce navigateur jusqu’à ce que vous ouvriez un \
                 autre fichier.",
};

pub static ES: MaintainPageText = MaintainPageText {
    title: "Mantener actualizado el conjunto de datos",
    intro: "Compruebe, edite y previsualice en este navegador el conjunto de datos de los \
            diálogos y, después, descárguelo para el servidor web. Nada de lo que abra o escriba \
            sale de este navegador.",
    language_label: "Idioma",

    open_heading: "Abrir",
    open_file: "Abrir un archivo (.json)",
    drop_hint: "También puede soltar un archivo en esta página o pegar el texto en el editor.",
    start_published: "Partir del conjunto de datos publicado",
    loading_published: "Cargando el conjunto de datos publicado…",
    published_failed: |reason| {
        format!("No se pudo cargar el conjunto de datos publicado: {reason}")
    },
    file_unreadable: |name| format!("No se pudo leer «{name}» como archivo de texto."),
    opened: |name| format!("Se abrió «{name}»."),
    draft_found: |when| {
        format!(
            "Este navegador conserva un borrador que estaba editando ({when}). ¿Desea \
             restaurarlo o descartarlo?"
        )
    },
    restore_draft: "Restaurar el borrador",
    discard_draft: "Descartar el borrador",
    draft_not_kept: "Este navegador no pudo conservar un borrador (su almacenamiento está lleno o \
                     bloqueado): descargue su trabajo antes de cerrar la página.",
    replace_unsaved: "Sus cambios no se han descargado. ¿Desea reemplazarlos de todos modos?",

    editor_heading: "El texto del conjunto de datos",
    editor_label: "Texto del conjunto de datos (JSON)",
    editor_empty: "Abra un archivo, parta del conjunto de datos publicado o pegue un texto aquí.",
    editor_lines: |n| format!("{n} {}", plural_en(n, "línea", "líneas")),

    problems_heading: "Problemas",
    checking: "Comprobando…",
    problems_status: |n| {
        let (verb, noun) = plural_en(
            n,
            ("Se encontró", "problema"),
            ("Se encontraron", "problemas"),
        );
        format!("{verb} {n} {noun}")
    },
    no_problems: "No hay problemas: el conjunto de datos es válido.",
    at_place: |line, column| format!("Línea {line}, columna {column}"),
    counts_heading: "Por tipo",
    more_of_kind: |n| format!("y {n} más del mismo tipo"),
    what_to_do: "Qué hacer:",

    add_heading: "Añadir un diálogo",
    add_intro:
        "El formulario inserta el nuevo diálogo en el texto, en el lugar que le corresponde \
                por orden cronológico, con identificadores nuevos. Rechaza lo que rechazaría el \
                validador e indica el motivo.",
    add_needs_valid:
        "Corrija primero los problemas del texto: el formulario solo añade diálogos a \
                      un conjunto de datos válido.",
    working_groups_label: "Grupo de trabajo (dos si el diálogo es conjunto)",
    date_label: "Fecha",
    date_hint: "YYYY-MM-DD, o YYYY-MM si solo se conoce el mes",
    session_heading: "Período de sesiones tras el cual se celebra",
    session_group: "Grupo de trabajo del período de sesiones",
    session_number: "Número del período de sesiones",
    session_start: "Primer día del período de sesiones (YYYY-MM-DD, opcional)",
    session_end: "Último día del período de sesiones (YYYY-MM-DD, opcional)",
    time_zone_label: "Huso horario",
    format_label: "Formato",
    not_known: "Desconocido",
    venue_label: "Lugar",
    entries_heading: "Temas del programa y temas planteados",
    entry_n: |n| format!("Elemento {n}"),
    entry_kind_label: "Tipo",
    entry_text_label: "Texto (inglés)",
    themes_label: |max| format!("Ejes temáticos (de 1 a {max})"),
    theme_n: |n| format!("Eje temático {n}"),
    no_theme: "—",
    source_label: "Fuente",
    choose_source: "Elija una fuente",
    add_entry: "Añadir un elemento",
    remove: "Eliminar",
    figures_heading: "Cifras de asistencia",
    figure_n: |n| format!("Cifra {n}"),
    figure_count: "Número",
    figure_qualifier: "Precisión",
    figure_counted: "Personas o entidades contadas",
    add_figure: "Añadir una cifra",
    new_sources_heading: "Fuentes nuevas",
    new_source_n: |n| format!("Fuente nueva {n}"),
    source_id_label: "Identificador",
    source_title_label: "Título, tal como lo formuló el editor",
    source_description_label: "Breve descripción",
    source_publisher_label: "Editor",
    source_kind_label: "Tipo de fuente",
    source_kind_name: |k| match k {
        SourceKind::Official => "Oficial (Naciones Unidas)",
        SourceKind::CivilSociety => "Sociedad civil",
        SourceKind::FoundingArticle => "Artículo fundacional",
    },
    source_url_label: "Dirección (https://…)",
    source_published_label: "Fecha de publicación (YYYY-MM-DD o YYYY-MM, opcional)",
    add_source: "Añadir una fuente nueva",
    certainty_label: "¿Qué grado de certeza tiene este registro?",
    certainty_note_label: "Motivo (opcional)",
    submit: "Añadir este diálogo al texto",
    refused_heading: "El diálogo no se añadió:",
    added: |id, line| format!("Diálogo «{id}» añadido al texto en la línea {line}."),

    translations_heading: "Traducciones",
    language_name: |l| match l {
        Lang::Ar => "árabe",
        Lang::Zh => "chino",
        Lang::En => "inglés",
        Lang::Fr => "francés",
        Lang::Ru => "ruso",
        Lang::Es => "español",
    },
    translations_intro: "Textos del conjunto de datos a los que les falta alguno de los seis \
                         idiomas.",
    translations_filter: "Mostrar",
    any_language: "Textos a los que les falta algún idioma",
    texts_lacking: |n, language| {
        format!(
            "{n} {} sin versión en {language}",
            plural_en(n, "texto", "textos")
        )
    },
    translations_complete: "Todos los textos están en los seis idiomas.",
    translations_need_valid: "La lista aparece en cuanto el texto es válido.",
    shown_of: |shown, total| format!("Mostrados: {shown} de {total}"),

    preview_heading: "Vista previa",
    preview_waiting: "La vista previa aparece en cuanto el texto es válido.",
    preview_stale: "El texto presenta problemas: la vista previa muestra su última versión \
                    válida.",

    save_heading: "Guardar",
    download: "Descargar dialogues.json",
    changes_heading: "Cambios desde que se abrió",
    where_it_goes: "Coloque el archivo descargado en el servidor web en lugar de \
                    data/dialogues.json, junto al archivo index.html de Dialogue Explorer (o donde \
                    indique el atributo data-src de la página). Los lectores lo verán en su \
                    próxima visita.",
    downloaded: "Descargado. El borrador permanece en este navegador hasta que abra otro archivo.",
};

pub static RU: MaintainPageText = MaintainPageText {
    title: "Обновление набора данных",
    intro: "Проверьте, отредактируйте и просмотрите набор данных о диалогах в этом браузере, а \
            затем скачайте его для размещения на веб-сервере. Ничто из того, что вы открываете \
            или вводите, не покидает этот браузер.",
    language_label: "Язык",

    open_heading: "Открыть",
    open_file: "Открыть файл (.json)",
    drop_hint: "Можно также перетащить файл на эту страницу или вставить текст в редактор.",
    start_published: "Начать с опубликованного набора данных",
    loading_published: "Загрузка опубликованного набора данных…",
    published_failed: |reason| {
        format!("Не удалось загрузить опубликованный набор данных: {reason}")
    },
    file_unreadable: |name| format!("Не удалось прочитать «{name}» как текстовый файл."),
    opened: |name| format!("Открыто: «{name}»."),
    draft_found: |when| {
        format!(
            "В этом браузере сохранен черновик, который вы редактировали ({when}). Восстановить \
             его или удалить?"
        )
    },
    restore_draft: "Восстановить черновик",
    discard_draft: "Удалить черновик",
    draft_not_kept: "Браузеру не удалось сохранить черновик (хранилище заполнено или \
                     заблокировано): скачайте свою работу, прежде чем закрыть страницу.",
    replace_unsaved: "Ваши изменения не скачаны. Все равно заменить их?",

    editor_heading: "Текст набора данных",
    editor_label: "Текст набора данных (JSON)",
    editor_empty: "Откройте файл, начните с опубликованного набора данных или вставьте текст \
                   сюда.",
    editor_lines: |n| format!("{n} {}", plural_ru(n, "строка", "строки", "строк")),

    problems_heading: "Проблемы",
    checking: "Проверка…",
    problems_status: |n| {
        format!(
            "{} {n} {}",
            plural_ru(n, "Обнаружена", "Обнаружены", "Обнаружено"),
            plural_ru(n, "проблема", "проблемы", "проблем")
        )
    },
    no_problems: "Проблем нет: набор данных корректен.",
    at_place: |line, column| format!("Строка {line}, столбец {column}"),
    counts_heading: "По типам",
    more_of_kind: |n| format!("и еще {n} того же типа"),
    what_to_do: "Что делать:",

    add_heading: "Добавить диалог",
    add_intro: "Форма вставляет новый диалог в текст на его место в хронологическом порядке и \
                присваивает ему новые идентификаторы. Она отклоняет то, что отклонила бы \
                программа проверки, и объясняет причину.",
    add_needs_valid: "Сначала исправьте проблемы в тексте: форма добавляет диалоги только в \
                      корректный набор данных.",
    working_groups_label: "Рабочая группа (две — для совместного диалога)",
    date_label: "Дата",
    date_hint: "YYYY-MM-DD или YYYY-MM, если известен только месяц",
    session_heading: "Сессия, после которой он проводится",
    session_group: "Рабочая группа, проводящая сессию",
    session_number: "Номер сессии",
    session_start: "Первый день сессии (YYYY-MM-DD, необязательно)",
    session_end: "Последний день сессии (YYYY-MM-DD, необязательно)",
    time_zone_label: "Часовой пояс",
    format_label: "Формат",
    not_known: "Неизвестно",
    venue_label: "Место проведения",
    entries_heading: "Пункты повестки дня и затронутые вопросы",
    entry_n: |n| format!("Запись {n}"),
    entry_kind_label: "Тип",
    entry_text_label: "Текст (на английском языке)",
    themes_label: |max| format!("Темы (от 1 до {max})"),
    theme_n: |n| format!("Тема {n}"),
    no_theme: "—",
    source_label: "Источник",
    choose_source: "Выберите источник",
    add_entry: "Добавить запись",
    remove: "Удалить",
    figures_heading: "Показатели участия",
    figure_n: |n| format!("Показатель {n}"),
    figure_count: "Число",
    figure_qualifier: "Точность",
    figure_counted: "Кто учтен",
    add_figure: "Добавить показатель",
    new_sources_heading: "Новые источники",
    new_source_n: |n| format!("Новый источник {n}"),
    source_id_label: "Идентификатор",
    source_title_label: "Название, данное издателем",
    source_description_label: "Краткое описание",
    source_publisher_label: "Издатель",
    source_kind_label: "Тип источника",
    source_kind_name: |k| match k {
        SourceKind::Official => "Официальный (ООН)",
        SourceKind::CivilSociety => "Гражданское общество",
        SourceKind::FoundingArticle => "Исходная статья",
    },
    source_url_label: "Адрес (https://…)",
    source_published_label: "Дата публикации (YYYY-MM-DD или YYYY-MM, необязательно)",
    add_source: "Добавить новый источник",
    certainty_label: "Насколько достоверна эта запись?",
    certainty_note_label: "Обоснование (необязательно)",
    submit: "Добавить этот диалог в текст",
    refused_heading: "Диалог не добавлен:",
    added: |id, line| format!("Диалог «{id}» добавлен в текст (строка {line})."),

    translations_heading: "Переводы",
    language_name: |l| match l {
        Lang::Ar => "арабский",
        Lang::Zh => "китайский",
        Lang::En => "английский",
        Lang::Fr => "французский",
        Lang::Ru => "русский",
        Lang::Es => "испанский",
    },
    translations_intro: "Тексты набора данных, представленные не на всех шести языках.",
    translations_filter: "Показать",
    any_language: "Тексты без перевода на любой из языков",
    texts_lacking: |n, language| {
        format!(
            "{n} {} без перевода: {language}",
            plural_ru(n, "текст", "текста", "текстов")
        )
    },
    translations_complete: "Все тексты представлены на всех шести языках.",
    translations_need_valid: "Список появится, как только текст станет корректным.",
    shown_of: |shown, total| format!("Показано {shown} из {total}"),

    preview_heading: "Предварительный просмотр",
    preview_waiting: "Предварительный просмотр появится, как только текст станет корректным.",
    preview_stale: "В тексте есть проблемы: в предварительном просмотре показана его последняя \
                    корректная версия.",

    save_heading: "Сохранить",
    download: "Скачать dialogues.json",
    changes_heading: "Изменения с момента открытия",
    where_it_goes: "Разместите скачанный файл на веб-сервере вместо data/dialogues.json, рядом с \
                    файлом index.html Dialogue Explorer (или там, куда указывает атрибут data-src \
                    страницы). Читатели увидят его при следующем посещении.",
    downloaded: "Файл скачан. Черновик остается в этом браузере, пока вы не откроете другой файл.",
};

pub static AR: MaintainPageText = MaintainPageText {
    title: "تحديث مجموعة البيانات",
    intro: "تحقَّق من مجموعة بيانات الحوارات وعدِّلها واعرض معاينتها في هذا المتصفح، ثم نزِّلها \
            لوضعها على خادم الويب. لا يغادر هذا المتصفحَ شيءٌ مما تفتحه أو تكتبه.",
    language_label: "اللغة",

    open_heading: "فتح",
    open_file: "فتح ملف (\u{2066}.json\u{2069})",
    drop_hint: "يمكنك أيضًا إفلات ملف على هذه الصفحة، أو لصق النص في المحرِّر.",
    start_published: "البدء من مجموعة البيانات المنشورة",
    loading_published: "جارٍ تحميل مجموعة البيانات المنشورة…",
    published_failed: |reason| {
        format!("تعذَّر تحميل مجموعة البيانات المنشورة: \u{2068}{reason}\u{2069}")
    },
    file_unreadable: |name| format!("تعذَّرت قراءة «\u{2068}{name}\u{2069}» بوصفه ملفًا نصيًا."),
    opened: |name| format!("تم فتح «\u{2068}{name}\u{2069}»."),
    draft_found: |when| {
        format!(
            "يحتفظ هذا المتصفح بمسودة كنت تعدِّلها (\u{2068}{when}\u{2069}). هل تريد استعادتها \
             أم حذفها؟"
        )
    },
    restore_draft: "استعادة المسودة",
    discard_draft: "حذف المسودة",
    draft_not_kept: "تعذَّر على هذا المتصفح الاحتفاظ بمسودة (مساحة التخزين ممتلئة أو محظورة): \
                     نزِّل عملك قبل إغلاق الصفحة.",
    replace_unsaved: "لم تُنزَّل تعديلاتك بعد. هل تريد استبدالها رغم ذلك؟",

    editor_heading: "نص مجموعة البيانات",
    editor_label: "نص مجموعة البيانات (JSON)",
    editor_empty: "افتح ملفًا، أو ابدأ من مجموعة البيانات المنشورة، أو الصق نصًا هنا.",
    editor_lines: |n| {
        format!(
            "{n} {}",
            plural_ar(n, ["أسطر", "سطر", "سطران", "أسطر", "سطرًا", "سطر"])
        )
    },

    problems_heading: "المشكلات",
    checking: "جارٍ التحقق…",
    problems_status: |n| {
        format!(
            "تم العثور على {n} {}",
            plural_ar(n, ["مشكلات", "مشكلة", "مشكلتين", "مشكلات", "مشكلةً", "مشكلة"])
        )
    },
    no_problems: "لا توجد مشكلات: مجموعة البيانات صالحة.",
    at_place: |line, column| format!("السطر {line}، العمود {column}"),
    counts_heading: "حسب النوع",
    more_of_kind: |n| format!("وغيرها من النوع نفسه: {n}"),
    what_to_do: "ما يجب فعله:",

    add_heading: "إضافة حوار",
    add_intro: "يُدرج النموذج الحوار الجديد في النص في موضعه بحسب الترتيب الزمني، مع معرِّفات \
                جديدة. ويرفض ما كان المدقِّق سيرفضه، ويبيِّن السبب.",
    add_needs_valid: "صحِّح مشكلات النص أولًا: لا يضيف النموذج الحوارات إلا إلى مجموعة بيانات \
                      صالحة.",
    working_groups_label: "الفريق العامل (فريقان في حالة الحوار المشترك)",
    date_label: "التاريخ",
    date_hint: "YYYY-MM-DD، أو YYYY-MM إذا لم يُعرف إلا الشهر",
    session_heading: "الدورة التي يُعقد الحوار في أعقابها",
    session_group: "الفريق العامل الذي عقد الدورة",
    session_number: "رقم الدورة",
    session_start: "اليوم الأول من الدورة (YYYY-MM-DD، اختياري)",
    session_end: "اليوم الأخير من الدورة (YYYY-MM-DD، اختياري)",
    time_zone_label: "المنطقة الزمنية",
    format_label: "صيغة الانعقاد",
    not_known: "غير معروف",
    venue_label: "المكان",
    entries_heading: "بنود جدول الأعمال والمسائل المطروحة",
    entry_n: |n| format!("العنصر {n}"),
    entry_kind_label: "النوع",
    entry_text_label: "النص (بالإنكليزية)",
    themes_label: |max| format!("المواضيع (من 1 إلى {max})"),
    theme_n: |n| format!("الموضوع {n}"),
    no_theme: "—",
    source_label: "المصدر",
    choose_source: "اختر مصدرًا",
    add_entry: "إضافة عنصر",
    remove: "إزالة",
    figures_heading: "أرقام الحضور",
    figure_n: |n| format!("الرقم {n}"),
    figure_count: "العدد",
    figure_qualifier: "الدقة",
    figure_counted: "المعدودون",
    add_figure: "إضافة رقم",
    new_sources_heading: "مصادر جديدة",
    new_source_n: |n| format!("المصدر الجديد {n}"),
    source_id_label: "المعرِّف",
    source_title_label: "العنوان، كما وضعه الناشر",
    source_description_label: "وصف موجز",
    source_publisher_label: "الناشر",
    source_kind_label: "نوع المصدر",
    source_kind_name: |k| match k {
        SourceKind::Official => "رسمي (الأمم المتحدة)",
        SourceKind::CivilSociety => "المجتمع المدني",
        SourceKind::FoundingArticle => "المقال التأسيسي",
    },
    source_url_label: "عنوان الويب (\u{2066}https://…\u{2069})",
    source_published_label: "تاريخ النشر (YYYY-MM-DD أو YYYY-MM، اختياري)",
    add_source: "إضافة مصدر جديد",
    certainty_label: "ما مدى اليقين في هذا السجل؟",
    certainty_note_label: "السبب (اختياري)",
    submit: "إضافة هذا الحوار إلى النص",
    refused_heading: "لم يُضَف الحوار:",
    added: |id, line| format!("أُضيف الحوار «\u{2068}{id}\u{2069}» إلى النص في السطر {line}."),

    translations_heading: "الترجمات",
    language_name: |l| match l {
        Lang::Ar => "العربية",
        Lang::Zh => "الصينية",
        Lang::En => "الإنكليزية",
        Lang::Fr => "الفرنسية",
        Lang::Ru => "الروسية",
        Lang::Es => "الإسبانية",
    },
    translations_intro: "نصوص مجموعة البيانات التي تنقصها بعض اللغات الست.",
    translations_filter: "عرض",
    any_language: "النصوص التي تنقصها أي لغة",
    texts_lacking: |n, language| {
        format!("النصوص التي تنقصها اللغة \u{2068}{language}\u{2069}: {n}")
    },
    translations_complete: "جميع النصوص متاحة باللغات الست.",
    translations_need_valid: "تظهر القائمة بمجرد أن يصبح النص صالحًا.",
    shown_of: |shown, total| format!("المعروض: {shown} من {total}"),

    preview_heading: "المعاينة",
    preview_waiting: "تظهر المعاينة بمجرد أن يصبح النص صالحًا.",
    preview_stale: "توجد مشكلات في النص: تعرض المعاينة آخر نسخة صالحة منه.",

    save_heading: "الحفظ",
    download: "تنزيل \u{2066}dialogues.json\u{2069}",
    changes_heading: "التغييرات منذ فتح الملف",
    where_it_goes: "ضع الملف الذي نزَّلته على خادم الويب مكان \u{2066}data/dialogues.json\u{2069}، \
                    بجوار ملف \u{2066}index.html\u{2069} الخاص بـ Dialogue Explorer (أو في الموضع \
                    الذي تشير إليه السمة \u{2066}data-src\u{2069} في الصفحة). وسيراه القرّاء في \
                    زيارتهم التالية.",
    downloaded: "تم التنزيل. تبقى المسودة في هذا المتصفح إلى أن تفتح ملفًا آخر.",
};

pub static ZH: MaintainPageText = MaintainPageText {
    title: "更新数据集",
    intro: "在本浏览器中检查、编辑和预览对话数据集，然后下载，以放到网络服务器上。您打开或输入的\
            任何内容都不会离开本浏览器。",
    language_label: "语言",

    open_heading: "打开",
    open_file: "打开文件（.json）",
    drop_hint: "也可以将文件拖放到本页，或将文本粘贴到编辑器中。",
    start_published: "从已发布的数据集开始",
    loading_published: "正在加载已发布的数据集……",
    published_failed: |reason| format!("无法加载已发布的数据集：{reason}"),
    file_unreadable: |name| format!("无法将“{name}”作为文本文件读取。"),
    opened: |name| format!("已打开“{name}”。"),
    draft_found: |when| format!("本浏览器保存有您正在编辑的草稿（{when}）。要恢复还是舍弃该草稿？"),
    restore_draft: "恢复草稿",
    discard_draft: "舍弃草稿",
    draft_not_kept: "本浏览器无法保存草稿（存储空间已满或被阻止）：请在关闭本页之前下载您的\
                     工作成果。",
    replace_unsaved: "您的编辑尚未下载。仍要替换吗？",

    editor_heading: "数据集文本",
    editor_label: "数据集文本（JSON）",
    editor_empty: "请打开文件、从已发布的数据集开始，或在此处粘贴文本。",
    editor_lines: |n| format!("{n}行"),

    problems_heading: "问题",
    checking: "正在检查……",
    problems_status: |n| format!("发现{n}个问题"),
    no_problems: "没有问题：数据集有效。",
    at_place: |line, column| format!("第{line}行，第{column}列"),
    counts_heading: "按类型",
    more_of_kind: |n| format!("另有{n}个同类问题"),
    what_to_do: "处理办法：",

    add_heading: "添加对话",
    add_intro: "表单会按日期顺序将新对话写入文本中的相应位置，并分配新的标识符。凡验证程序会拒绝的\
                内容，表单也会拒绝，并说明原因。",
    add_needs_valid: "请先更正文本中的问题：表单只能向有效的数据集添加对话。",
    working_groups_label: "工作组（联合对话选两个）",
    date_label: "日期",
    date_hint: "YYYY-MM-DD；仅知道月份时填写YYYY-MM",
    session_heading: "对话所接续的会议",
    session_group: "会议所属工作组",
    session_number: "会议届次",
    session_start: "会议第一天（YYYY-MM-DD，可选）",
    session_end: "会议最后一天（YYYY-MM-DD，可选）",
    time_zone_label: "时区",
    format_label: "形式",
    not_known: "不详",
    venue_label: "地点",
    entries_heading: "议程项目和讨论的议题",
    entry_n: |n| format!("条目{n}"),
    entry_kind_label: "类型",
    entry_text_label: "文本（英文）",
    themes_label: |max| format!("主题（1至{max}个）"),
    theme_n: |n| format!("主题{n}"),
    no_theme: "—",
    source_label: "来源",
    choose_source: "选择来源",
    add_entry: "添加条目",
    remove: "移除",
    figures_heading: "出席人数",
    figure_n: |n| format!("人数{n}"),
    figure_count: "数量",
    figure_qualifier: "精确度",
    figure_counted: "统计对象",
    add_figure: "添加人数",
    new_sources_heading: "新来源",
    new_source_n: |n| format!("新来源{n}"),
    source_id_label: "标识符",
    source_title_label: "标题（按发布者原文）",
    source_description_label: "简短说明",
    source_publisher_label: "发布者",
    source_kind_label: "来源类型",
    source_kind_name: |k| match k {
        SourceKind::Official => "官方（联合国）",
        SourceKind::CivilSociety => "民间社会",
        SourceKind::FoundingArticle => "奠基文章",
    },
    source_url_label: "网址（https://…）",
    source_published_label: "发布日期（YYYY-MM-DD或YYYY-MM，可选）",
    add_source: "添加新来源",
    certainty_label: "该记录的确定程度如何？",
    certainty_note_label: "理由（可选）",
    submit: "将此对话添加到文本",
    refused_heading: "未添加该对话：",
    added: |id, line| format!("对话“{id}”已添加到文本第{line}行。"),

    translations_heading: "翻译",
    language_name: |l| match l {
        Lang::Ar => "阿拉伯文",
        Lang::Zh => "中文",
        Lang::En => "英文",
        Lang::Fr => "法文",
        Lang::Ru => "俄文",
        Lang::Es => "西班牙文",
    },
    translations_intro: "数据集中缺少六种语言中某些语言版本的文本。",
    translations_filter: "显示",
    any_language: "缺少任一语言的文本",
    texts_lacking: |n, language| format!("{n}个文本缺少{language}"),
    translations_complete: "所有文本均有六种语言版本。",
    translations_need_valid: "文本有效后即显示列表。",
    shown_of: |shown, total| format!("已显示{shown}个，共{total}个"),

    preview_heading: "预览",
    preview_waiting: "文本有效后即显示预览。",
    preview_stale: "文本存在问题：预览显示的是其最后一个有效版本。",

    save_heading: "保存",
    download: "下载dialogues.json",
    changes_heading: "自打开以来的更改",
    where_it_goes: "请将下载的文件放到网络服务器上，替换data/dialogues.json，与Dialogue Explorer的\
                    index.html放在同一位置（或放在页面data-src所指向的位置）。读者下次访问时即可\
                    看到。",
    downloaded: "已下载。在您打开另一个文件之前，草稿会一直保留在本浏览器中。",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_words_and_keeps_what_it_is_given() {
        for lang in Lang::ALL {
            let t = maintain_page_text(lang);
            if lang != Lang::En {
                for (own, english) in [
                    (t.title, EN.title),
                    (t.download, EN.download),
                    (t.submit, EN.submit),
                    (footer_link(lang), footer_link(Lang::En)),
                    (t.no_problems, EN.no_problems),
                ] {
                    assert_ne!(own, english, "{lang:?} keeps the English {english:?}");
                }
            }
            assert!((t.added)("tip-2027", 412).contains("tip-2027"));
            assert!((t.added)("tip-2027", 412).contains("412"));
            assert!((t.published_failed)("HTTP 404").contains("HTTP 404"));
            assert!((t.file_unreadable)("x.json").contains("x.json"));
            assert!((t.opened)("x.json").contains("x.json"));
            assert!((t.draft_found)("3 Dec").contains("3 Dec"));
            assert!((t.at_place)(31, 7).contains("31") && (t.at_place)(31, 7).contains('7'));
            for n in [0, 1, 2, 3, 5, 11, 21, 101] {
                assert!(
                    (t.problems_status)(n).contains(&n.to_string()),
                    "{lang:?} {n}"
                );
                assert!((t.editor_lines)(n).contains(&n.to_string()));
                assert!((t.texts_lacking)(n, "X").contains(&n.to_string()));
                assert!((t.texts_lacking)(n, "X").contains('X'));
            }
            assert!((t.shown_of)(200, 1234).contains("1234"));
            // The file's name stays the one the server expects.
            assert!(t.download.contains("dialogues.json"), "{lang:?}");
            assert!(t.where_it_goes.contains("data/dialogues.json"), "{lang:?}");
        }
    }
}
