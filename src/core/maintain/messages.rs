//! The maintainer page's sentences, in the six languages: the kinds of problems and what to do
//! about each, why the form refuses a dialogue, and the summary of changes.
//!
//! The validator's own sentences (what exactly is wrong) are said in each language by
//! `dataset::detail`; what is translated here is their kind and its fix.

use super::changes::Changes;
use super::draft::{Place, Refusal};
use super::translations::OwnerKind;
use crate::core::dataset::{Problem, ProblemKind};
use crate::core::messages::{plural_en, plural_fr, Lang};

pub struct MaintainMessages {
    /// What a problem of this kind is about, as the heading of its count.
    pub kind_name: fn(ProblemKind) -> &'static str,
    /// What to do about a problem of this kind, in one short sentence.
    pub kind_fix: fn(ProblemKind) -> &'static str,
    /// Said when the reader kept only the first problems.
    pub problems_capped: fn(shown: usize, total: usize) -> String,
    /// Why the form does not add the dialogue.
    pub refusal: fn(&Refusal) -> String,
    /// The summary of changes on one line.
    pub change_summary: fn(&Changes) -> String,
    /// The edited text does not load: nothing can be compared.
    pub not_comparable: &'static str,
    /// The text as opened did not load (a broken file): there is nothing to compare with.
    pub opened_not_comparable: &'static str,
    pub dialogues_added: &'static str,
    pub dialogues_removed: &'static str,
    pub dialogues_changed: &'static str,
    pub entries_added: &'static str,
    pub sources_added: &'static str,
    /// The filter of the translations list: "Show only texts missing Arabic".
    pub only_missing: fn(language: &str) -> String,
    /// Before the list of a text's missing languages.
    pub missing_label: &'static str,
    pub owner_kind: fn(OwnerKind) -> &'static str,
}

pub fn maintain_messages(lang: Lang) -> &'static MaintainMessages {
    match lang {
        Lang::Ar => &AR,
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
        Lang::Es => &ES,
    }
}

/// What the validator found, in a language: `path: sentence`, with the language's colon (the
/// English `message` when the problem itself is not kept).
fn validator_sentence(message: &str, problem: Option<&Problem>, lang: Lang, colon: &str) -> String {
    match problem {
        None => message.to_string(),
        Some(p) if p.path.is_empty() => p.say(lang),
        Some(p) => format!("{}{colon}{}", p.path, p.say(lang)),
    }
}

/// The indexed field a refusal is about, 1-based as the form numbers them, or None.
fn numbered(place: Place) -> Option<(usize, usize)> {
    match place {
        Place::Session(i) => Some((0, i + 1)),
        Place::Entry(i) => Some((1, i + 1)),
        Place::Figure(i) => Some((2, i + 1)),
        Place::NewSource(i) => Some((3, i + 1)),
        _ => None,
    }
}

/// "Entry 2: " in a language, from the four nouns (session, entry, figure, new source) and
/// how a number and its noun are joined.
fn prefix(place: Place, nouns: [&str; 4], join: fn(&str, usize) -> String) -> String {
    numbered(place).map_or_else(String::new, |(k, n)| join(nouns[k], n))
}

// ---- English ----

pub static EN: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "Not UTF-8 text",
        ProblemKind::TooLarge => "File too large",
        ProblemKind::Syntax => "JSON syntax",
        ProblemKind::SchemaVersion => "Schema version",
        ProblemKind::WrongType => "Wrong type of value",
        ProblemKind::MissingField => "Missing field",
        ProblemKind::UnknownField => "Unknown field",
        ProblemKind::RepeatedField => "Repeated field",
        ProblemKind::EmptyText => "Empty text",
        ProblemKind::LongText => "Text too long",
        ProblemKind::UnsupportedLanguage => "Unsupported language",
        ProblemKind::MissingEnglish => "English text missing",
        ProblemKind::SourceLanguage => "Source language",
        ProblemKind::InvalidId => "Invalid id",
        ProblemKind::DuplicateId => "Id used twice",
        ProblemKind::UnknownId => "Unknown id",
        ProblemKind::ListedTwice => "Listed twice",
        ProblemKind::EmptyList => "Empty list",
        ProblemKind::Number => "Number",
        ProblemKind::Date => "Date",
        ProblemKind::SessionDates => "Session dates",
        ProblemKind::Url => "Web address",
        ProblemKind::NotOneOf => "Value not allowed",
        ProblemKind::TimeZone => "Time zone",
        ProblemKind::Other => "Other problem",
    },
    kind_fix: |k| {
        match k {
        ProblemKind::Encoding => "Save the file as UTF-8 and open it again.",
        ProblemKind::TooLarge => "Split the file or remove what it does not need.",
        ProblemKind::Syntax => "Look for a missing comma, quotation mark or bracket just before this place.",
        ProblemKind::SchemaVersion => "Use a file of the version this page reads.",
        ProblemKind::WrongType => "Write the kind of value expected here (text in quotation marks, a number, a list in [ ]).",
        ProblemKind::MissingField => "Add the field named, with its value.",
        ProblemKind::UnknownField => "Correct the spelling of the field's name, or remove it.",
        ProblemKind::RepeatedField => "Keep the field once.",
        ProblemKind::EmptyText => "Write the text, or remove the field if it is optional.",
        ProblemKind::LongText => "Shorten the text.",
        ProblemKind::UnsupportedLanguage => "Use one of the codes ar, en, es, fr, ru, zh.",
        ProblemKind::MissingEnglish => "Add the English text under \"en\".",
        ProblemKind::SourceLanguage => "Write \"en\".",
        ProblemKind::InvalidId => "Use lower-case letters, digits and single hyphens.",
        ProblemKind::DuplicateId => "Give this one a new id.",
        ProblemKind::UnknownId => "Use an id defined in the file, or add what it names.",
        ProblemKind::ListedTwice => "Keep it once in the list.",
        ProblemKind::EmptyList => "Add at least one item.",
        ProblemKind::Number => "Write a whole number without quotation marks.",
        ProblemKind::Date => "Write YYYY-MM-DD, or YYYY-MM when the day is not known.",
        ProblemKind::SessionDates => "Check the session's start and end.",
        ProblemKind::Url => "Write the full address, starting with https://.",
        ProblemKind::NotOneOf => "Use one of the values listed.",
        ProblemKind::TimeZone => "Write a time-zone name such as Europe/Vienna.",
        ProblemKind::Other => "Read the message and correct the value.",
    }
    },
    problems_capped: |shown, total| {
        format!("The first {shown} of {total} problems are listed: fix them and check again for the others.")
    },
    refusal: refusal_en,
    change_summary: summary_en,
    not_comparable: "The edited text has problems: fix them to see what changed.",
    opened_not_comparable:
        "The file as opened had problems, so what changed since cannot be listed.",
    dialogues_added: "Dialogues added",
    dialogues_removed: "Dialogues removed",
    dialogues_changed: "Dialogues changed",
    entries_added: "Entries added",
    sources_added: "Sources added",
    only_missing: |language| format!("Show only texts missing {language}"),
    missing_label: "Missing: ",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "Dataset",
        OwnerKind::Source => "Source",
        OwnerKind::WorkingGroup => "Working group",
        OwnerKind::Theme => "Theme",
        OwnerKind::Dialogue => "Dialogue",
        OwnerKind::Entry => "Entry",
    },
};

fn refusal_en(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        ["Session", "Entry", "Attendance figure", "New source"],
        |noun, n| format!("{noun} {n}: "),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => format!(
            "The text has {count} {}: fix {} before adding a dialogue.",
            plural_en(*count, "problem", "problems"),
            plural_en(*count, "it", "them")
        ),
        Refusal::NoWorkingGroup => "Choose the working group.".into(),
        Refusal::UnknownWorkingGroup { id } => format!("There is no working group `{id}`."),
        Refusal::WorkingGroupTwice { id } => format!("The working group `{id}` is chosen twice."),
        Refusal::NoDate => "Give the date: the day, or the month when the day is not known.".into(),
        Refusal::BadDate { date, .. } => {
            format!("`{date}` is not a date: write YYYY-MM-DD, or YYYY-MM.")
        }
        Refusal::YearOnly { date } => {
            format!("`{date}` is a year: give the day, or at least the month.")
        }
        Refusal::SessionOfOtherGroup { id, .. } => {
            format!("the session is of `{id}`, which is not a working group of this dialogue.")
        }
        Refusal::SessionNumberZero { .. } => "a session's number is 1 or more.".into(),
        Refusal::SessionEndsBeforeStart { .. } => "the session ends before it starts.".into(),
        Refusal::BadTimeZone { zone } => {
            format!("`{zone}` is not a time-zone name such as Europe/Vienna.")
        }
        Refusal::EmptyText { .. } => "a text is empty.".into(),
        Refusal::LongText { max, .. } => format!("a text is longer than {max} characters."),
        Refusal::UnsupportedLanguage { code, .. } => {
            format!("`{code}` is not one of the languages ar, es, fr, ru, zh.")
        }
        Refusal::NoEntries => "Add at least one agenda item or topic raised.".into(),
        Refusal::NoTheme { .. } => "choose one to three themes.".into(),
        Refusal::TooManyThemes { count, .. } => {
            format!("{count} themes are chosen: choose at most three.")
        }
        Refusal::UnknownTheme { id, .. } => format!("there is no theme `{id}`."),
        Refusal::ThemeTwice { id, .. } => format!("the theme `{id}` is chosen twice."),
        Refusal::NoSource { .. } => "choose the source that reports it.".into(),
        Refusal::UnknownSource { id, .. } => format!("there is no source `{id}`."),
        Refusal::BadSourceId { id, .. } => {
            format!("`{id}` is not a valid id: use lower-case letters, digits and single hyphens.")
        }
        Refusal::DuplicateSourceId { id, .. } => {
            format!("the id `{id}` is already used by another source.")
        }
        Refusal::NoTitleOrDescription { .. } => {
            "give the publisher's title or a short description.".into()
        }
        Refusal::NoPublisher { .. } => "give the publisher.".into(),
        Refusal::BadUrl { url, .. } => {
            format!("`{url}` is not a web address: it starts with https:// and has no spaces.")
        }
        Refusal::NoCertainty => "Say how certain the record is.".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}: {}",
            validator_sentence(message, problem.as_deref(), Lang::En, ": ")
        ),
    };
    format!("{at}{what}")
}

fn summary_en(c: &Changes) -> String {
    let dialogues = [
        (c.dialogues_added.len(), "added"),
        (c.dialogues_removed.len(), "removed"),
        (c.dialogues_changed.len(), "changed"),
    ];
    let mut parts: Vec<String> = Vec::new();
    let mut group: Vec<String> = Vec::new();
    for (n, verb) in dialogues.into_iter().filter(|(n, _)| *n > 0) {
        if group.is_empty() {
            group.push(format!(
                "{n} {} {verb}",
                plural_en(n, "dialogue", "dialogues")
            ));
        } else {
            group.push(format!("{n} {verb}"));
        }
    }
    if !group.is_empty() {
        parts.push(group.join(", "));
    }
    for (n, one, other, verb) in [
        (c.entries_added.len(), "entry", "entries", "added"),
        (c.entries_removed.len(), "entry", "entries", "removed"),
        (c.sources_added.len(), "source", "sources", "added"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {} {verb}", plural_en(n, one, other)));
        }
    }
    if parts.is_empty() {
        return "No change since the file was opened.".into();
    }
    format!("{}.", parts.join("; "))
}

// ---- French ----

pub static FR: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "Texte non UTF-8",
        ProblemKind::TooLarge => "Fichier trop volumineux",
        ProblemKind::Syntax => "Syntaxe JSON",
        ProblemKind::SchemaVersion => "Version du schéma",
        ProblemKind::WrongType => "Type de valeur erroné",
        ProblemKind::MissingField => "Champ manquant",
        ProblemKind::UnknownField => "Champ inconnu",
        ProblemKind::RepeatedField => "Champ répété",
        ProblemKind::EmptyText => "Texte vide",
        ProblemKind::LongText => "Texte trop long",
        ProblemKind::UnsupportedLanguage => "Langue non prise en charge",
        ProblemKind::MissingEnglish => "Texte anglais manquant",
        ProblemKind::SourceLanguage => "Langue source",
        ProblemKind::InvalidId => "Identifiant non valide",
        ProblemKind::DuplicateId => "Identifiant employé deux fois",
        ProblemKind::UnknownId => "Identifiant inconnu",
        ProblemKind::ListedTwice => "Cité deux fois",
        ProblemKind::EmptyList => "Liste vide",
        ProblemKind::Number => "Nombre",
        ProblemKind::Date => "Date",
        ProblemKind::SessionDates => "Dates de la session",
        ProblemKind::Url => "Adresse web",
        ProblemKind::NotOneOf => "Valeur non admise",
        ProblemKind::TimeZone => "Fuseau horaire",
        ProblemKind::Other => "Autre problème",
    },
    kind_fix: |k| {
        match k {
        ProblemKind::Encoding => "Enregistrez le fichier en UTF-8 et ouvrez-le de nouveau.",
        ProblemKind::TooLarge => "Scindez le fichier ou retirez-en ce qui n’est pas nécessaire.",
        ProblemKind::Syntax => "Cherchez une virgule, un guillemet ou un crochet manquant juste avant cet endroit.",
        ProblemKind::SchemaVersion => "Utilisez un fichier de la version que lit cette page.",
        ProblemKind::WrongType => "Écrivez le type de valeur attendu ici (un texte entre guillemets, un nombre, une liste entre [ ]).",
        ProblemKind::MissingField => "Ajoutez le champ indiqué, avec sa valeur.",
        ProblemKind::UnknownField => "Corrigez l’orthographe du nom du champ, ou supprimez-le.",
        ProblemKind::RepeatedField => "Ne gardez le champ qu’une fois.",
        ProblemKind::EmptyText => "Écrivez le texte, ou supprimez le champ s’il est facultatif.",
        ProblemKind::LongText => "Raccourcissez le texte.",
        ProblemKind::UnsupportedLanguage => "Utilisez l’un des codes ar, en, es, fr, ru, zh.",
        ProblemKind::MissingEnglish => "Ajoutez le texte anglais sous «\u{a0}en\u{a0}».",
        ProblemKind::SourceLanguage => "Écrivez «\u{a0}en\u{a0}».",
        ProblemKind::InvalidId => "Utilisez des minuscules, des chiffres et des traits d’union simples.",
        ProblemKind::DuplicateId => "Donnez un nouvel identifiant à celui-ci.",
        ProblemKind::UnknownId => "Utilisez un identifiant défini dans le fichier, ou ajoutez ce qu’il désigne.",
        ProblemKind::ListedTwice => "Ne le gardez qu’une fois dans la liste.",
        ProblemKind::EmptyList => "Ajoutez au moins un élément.",
        ProblemKind::Number => "Écrivez un nombre entier sans guillemets.",
        ProblemKind::Date => "Écrivez AAAA-MM-JJ, ou AAAA-MM si le jour n’est pas connu.",
        ProblemKind::SessionDates => "Vérifiez le début et la fin de la session.",
        ProblemKind::Url => "Écrivez l’adresse complète, commençant par https://.",
        ProblemKind::NotOneOf => "Utilisez l’une des valeurs indiquées.",
        ProblemKind::TimeZone => "Écrivez un nom de fuseau horaire comme Europe/Vienna.",
        ProblemKind::Other => "Lisez le message et corrigez la valeur.",
    }
    },
    problems_capped: |shown, total| {
        format!("Seuls les {shown}\u{a0}premiers des {total}\u{a0}problèmes sont listés\u{a0}: corrigez-les, puis vérifiez de nouveau pour les autres.")
    },
    refusal: refusal_fr,
    change_summary: summary_fr,
    not_comparable:
        "Le texte modifié présente des problèmes\u{a0}: corrigez-les pour voir ce qui a changé.",
    opened_not_comparable:
        "Le fichier ouvert présentait des problèmes\u{a0}: les changements depuis son ouverture ne peuvent pas être listés.",
    dialogues_added: "Dialogues ajoutés",
    dialogues_removed: "Dialogues supprimés",
    dialogues_changed: "Dialogues modifiés",
    entries_added: "Éléments ajoutés",
    sources_added: "Sources ajoutées",
    only_missing: |language| format!("Afficher seulement les textes sans version en {language}"),
    missing_label: "Manquent\u{a0}: ",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "Jeu de données",
        OwnerKind::Source => "Source",
        OwnerKind::WorkingGroup => "Groupe de travail",
        OwnerKind::Theme => "Thème",
        OwnerKind::Dialogue => "Dialogue",
        OwnerKind::Entry => "Élément",
    },
};

fn refusal_fr(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        [
            "Session",
            "Élément",
            "Chiffre de participation",
            "Nouvelle source",
        ],
        |noun, n| format!("{noun} {n}\u{a0}: "),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => format!(
            "Le texte présente {count}\u{a0}{}\u{a0}: corrigez-{} avant d’ajouter un dialogue.",
            plural_fr(*count, "problème", "problèmes"),
            plural_fr(*count, "le", "les")
        ),
        Refusal::NoWorkingGroup => "Choisissez le groupe de travail.".into(),
        Refusal::UnknownWorkingGroup { id } => format!("Il n’y a pas de groupe de travail «\u{a0}{id}\u{a0}»."),
        Refusal::WorkingGroupTwice { id } => format!("Le groupe de travail «\u{a0}{id}\u{a0}» est choisi deux fois."),
        Refusal::NoDate => "Indiquez la date\u{a0}: le jour, ou le mois si le jour n’est pas connu.".into(),
        Refusal::BadDate { date, .. } => format!("«\u{a0}{date}\u{a0}» n’est pas une date\u{a0}: écrivez AAAA-MM-JJ ou AAAA-MM."),
        Refusal::YearOnly { date } => format!("«\u{a0}{date}\u{a0}» est une année\u{a0}: indiquez le jour, ou au moins le mois."),
        Refusal::SessionOfOtherGroup { id, .. } => format!("la session est celle de «\u{a0}{id}\u{a0}», qui n’est pas un groupe de travail de ce dialogue."),
        Refusal::SessionNumberZero { .. } => "le numéro d’une session est au moins 1.".into(),
        Refusal::SessionEndsBeforeStart { .. } => "la session finit avant de commencer.".into(),
        Refusal::BadTimeZone { zone } => format!("«\u{a0}{zone}\u{a0}» n’est pas un nom de fuseau horaire comme Europe/Vienna."),
        Refusal::EmptyText { .. } => "un texte est vide.".into(),
        Refusal::LongText { max, .. } => format!("un texte dépasse {max}\u{a0}caractères."),
        Refusal::UnsupportedLanguage { code, .. } => format!("«\u{a0}{code}\u{a0}» n’est pas l’une des langues ar, es, fr, ru, zh."),
        Refusal::NoEntries => "Ajoutez au moins un point de l’ordre du jour ou un sujet abordé.".into(),
        Refusal::NoTheme { .. } => "choisissez d’un à trois thèmes.".into(),
        Refusal::TooManyThemes { count, .. } => format!("{count}\u{a0}thèmes sont choisis\u{a0}: choisissez-en trois au plus."),
        Refusal::UnknownTheme { id, .. } => format!("il n’y a pas de thème «\u{a0}{id}\u{a0}»."),
        Refusal::ThemeTwice { id, .. } => format!("le thème «\u{a0}{id}\u{a0}» est choisi deux fois."),
        Refusal::NoSource { .. } => "choisissez la source qui le rapporte.".into(),
        Refusal::UnknownSource { id, .. } => format!("il n’y a pas de source «\u{a0}{id}\u{a0}»."),
        Refusal::BadSourceId { id, .. } => format!("«\u{a0}{id}\u{a0}» n’est pas un identifiant valide\u{a0}: utilisez des minuscules, des chiffres et des traits d’union simples."),
        Refusal::DuplicateSourceId { id, .. } => format!("l’identifiant «\u{a0}{id}\u{a0}» est déjà celui d’une autre source."),
        Refusal::NoTitleOrDescription { .. } => "indiquez le titre de l’éditeur ou une courte description.".into(),
        Refusal::NoPublisher { .. } => "indiquez l’éditeur.".into(),
        Refusal::BadUrl { url, .. } => format!("«\u{a0}{url}\u{a0}» n’est pas une adresse web\u{a0}: elle commence par https:// et ne contient pas d’espace."),
        Refusal::NoCertainty => "Indiquez le degré de certitude de l’entrée.".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}\u{a0}: {}",
            validator_sentence(message, problem.as_deref(), Lang::Fr, "\u{a0}: ")
        ),
    };
    format!("{at}{what}")
}

fn summary_fr(c: &Changes) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut group: Vec<String> = Vec::new();
    for (n, one, other) in [
        (c.dialogues_added.len(), "ajouté", "ajoutés"),
        (c.dialogues_removed.len(), "supprimé", "supprimés"),
        (c.dialogues_changed.len(), "modifié", "modifiés"),
    ] {
        if n == 0 {
            continue;
        }
        let verb = plural_fr(n, one, other);
        if group.is_empty() {
            group.push(format!(
                "{n}\u{a0}{} {verb}",
                plural_fr(n, "dialogue", "dialogues")
            ));
        } else {
            group.push(format!("{n}\u{a0}{verb}"));
        }
    }
    if !group.is_empty() {
        parts.push(group.join(", "));
    }
    for (n, one, other) in [
        (c.entries_added.len(), "élément ajouté", "éléments ajoutés"),
        (
            c.entries_removed.len(),
            "élément supprimé",
            "éléments supprimés",
        ),
        (c.sources_added.len(), "source ajoutée", "sources ajoutées"),
    ] {
        if n > 0 {
            parts.push(format!("{n}\u{a0}{}", plural_fr(n, one, other)));
        }
    }
    if parts.is_empty() {
        return "Aucune modification depuis l’ouverture du fichier.".into();
    }
    format!("{}.", parts.join("\u{202f}; "))
}

// ---- Spanish ----

pub static ES: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "Texto no UTF-8",
        ProblemKind::TooLarge => "Archivo demasiado grande",
        ProblemKind::Syntax => "Sintaxis JSON",
        ProblemKind::SchemaVersion => "Versión del esquema",
        ProblemKind::WrongType => "Tipo de valor erróneo",
        ProblemKind::MissingField => "Falta un campo",
        ProblemKind::UnknownField => "Campo desconocido",
        ProblemKind::RepeatedField => "Campo repetido",
        ProblemKind::EmptyText => "Texto vacío",
        ProblemKind::LongText => "Texto demasiado largo",
        ProblemKind::UnsupportedLanguage => "Idioma no admitido",
        ProblemKind::MissingEnglish => "Falta el texto en inglés",
        ProblemKind::SourceLanguage => "Idioma de origen",
        ProblemKind::InvalidId => "Identificador no válido",
        ProblemKind::DuplicateId => "Identificador usado dos veces",
        ProblemKind::UnknownId => "Identificador desconocido",
        ProblemKind::ListedTwice => "Figura dos veces",
        ProblemKind::EmptyList => "Lista vacía",
        ProblemKind::Number => "Número",
        ProblemKind::Date => "Fecha",
        ProblemKind::SessionDates => "Fechas del período de sesiones",
        ProblemKind::Url => "Dirección web",
        ProblemKind::NotOneOf => "Valor no admitido",
        ProblemKind::TimeZone => "Huso horario",
        ProblemKind::Other => "Otro problema",
    },
    kind_fix: |k| {
        match k {
        ProblemKind::Encoding => "Guarde el archivo en UTF-8 y vuelva a abrirlo.",
        ProblemKind::TooLarge => "Divida el archivo o quite lo que no necesita.",
        ProblemKind::Syntax => "Busque una coma, unas comillas o un corchete que falten justo antes de este lugar.",
        ProblemKind::SchemaVersion => "Use un archivo de la versión que lee esta página.",
        ProblemKind::WrongType => "Escriba el tipo de valor que se espera aquí (un texto entre comillas, un número, una lista entre [ ]).",
        ProblemKind::MissingField => "Añada el campo indicado, con su valor.",
        ProblemKind::UnknownField => "Corrija el nombre del campo, o quítelo.",
        ProblemKind::RepeatedField => "Deje el campo una sola vez.",
        ProblemKind::EmptyText => "Escriba el texto, o quite el campo si es opcional.",
        ProblemKind::LongText => "Acorte el texto.",
        ProblemKind::UnsupportedLanguage => "Use uno de los códigos ar, en, es, fr, ru, zh.",
        ProblemKind::MissingEnglish => "Añada el texto en inglés bajo «en».",
        ProblemKind::SourceLanguage => "Escriba «en».",
        ProblemKind::InvalidId => "Use minúsculas, cifras y guiones simples.",
        ProblemKind::DuplicateId => "Dé a este un identificador nuevo.",
        ProblemKind::UnknownId => "Use un identificador definido en el archivo, o añada lo que designa.",
        ProblemKind::ListedTwice => "Déjelo una sola vez en la lista.",
        ProblemKind::EmptyList => "Añada al menos un elemento.",
        ProblemKind::Number => "Escriba un número entero sin comillas.",
        ProblemKind::Date => "Escriba AAAA-MM-DD, o AAAA-MM si no se conoce el día.",
        ProblemKind::SessionDates => "Compruebe el inicio y el fin del período de sesiones.",
        ProblemKind::Url => "Escriba la dirección completa, que empieza por https://.",
        ProblemKind::NotOneOf => "Use uno de los valores indicados.",
        ProblemKind::TimeZone => "Escriba un nombre de huso horario como Europe/Vienna.",
        ProblemKind::Other => "Lea el mensaje y corrija el valor.",
    }
    },
    problems_capped: |shown, total| {
        format!("Se muestran los primeros {shown} de {total} problemas: corríjalos y vuelva a comprobar para ver los demás.")
    },
    refusal: refusal_es,
    change_summary: summary_es,
    not_comparable: "El texto editado presenta problemas: corríjalos para ver qué ha cambiado.",
    opened_not_comparable:
        "El archivo abierto presentaba problemas, por lo que no pueden enumerarse los cambios.",
    dialogues_added: "Diálogos añadidos",
    dialogues_removed: "Diálogos eliminados",
    dialogues_changed: "Diálogos modificados",
    entries_added: "Elementos añadidos",
    sources_added: "Fuentes añadidas",
    only_missing: |language| format!("Mostrar solo los textos que faltan en {language}"),
    missing_label: "Faltan: ",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "Conjunto de datos",
        OwnerKind::Source => "Fuente",
        OwnerKind::WorkingGroup => "Grupo de trabajo",
        OwnerKind::Theme => "Eje temático",
        OwnerKind::Dialogue => "Diálogo",
        OwnerKind::Entry => "Elemento",
    },
};

fn refusal_es(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        [
            "Período de sesiones",
            "Elemento",
            "Cifra de asistencia",
            "Fuente nueva",
        ],
        |noun, n| format!("{noun} {n}: "),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => format!(
            "El texto presenta {count} {}: {} antes de añadir un diálogo.",
            plural_en(*count, "problema", "problemas"),
            plural_en(*count, "corríjalo", "corríjalos")
        ),
        Refusal::NoWorkingGroup => "Elija el grupo de trabajo.".into(),
        Refusal::UnknownWorkingGroup { id } => format!("No hay ningún grupo de trabajo «{id}»."),
        Refusal::WorkingGroupTwice { id } => {
            format!("El grupo de trabajo «{id}» está elegido dos veces.")
        }
        Refusal::NoDate => "Indique la fecha: el día, o el mes si no se conoce el día.".into(),
        Refusal::BadDate { date, .. } => {
            format!("«{date}» no es una fecha: escriba AAAA-MM-DD o AAAA-MM.")
        }
        Refusal::YearOnly { date } => {
            format!("«{date}» es un año: indique el día, o al menos el mes.")
        }
        Refusal::SessionOfOtherGroup { id, .. } => format!(
            "el período de sesiones es de «{id}», que no es un grupo de trabajo de este diálogo."
        ),
        Refusal::SessionNumberZero { .. } => {
            "el número de un período de sesiones es 1 o más.".into()
        }
        Refusal::SessionEndsBeforeStart { .. } => {
            "el período de sesiones termina antes de empezar.".into()
        }
        Refusal::BadTimeZone { zone } => {
            format!("«{zone}» no es un nombre de huso horario como Europe/Vienna.")
        }
        Refusal::EmptyText { .. } => "un texto está vacío.".into(),
        Refusal::LongText { max, .. } => format!("un texto supera los {max} caracteres."),
        Refusal::UnsupportedLanguage { code, .. } => {
            format!("«{code}» no es uno de los idiomas ar, es, fr, ru, zh.")
        }
        Refusal::NoEntries => "Añada al menos un tema del programa o un tema planteado.".into(),
        Refusal::NoTheme { .. } => "elija de uno a tres ejes temáticos.".into(),
        Refusal::TooManyThemes { count, .. } => {
            format!("hay {count} ejes temáticos elegidos: elija tres como máximo.")
        }
        Refusal::UnknownTheme { id, .. } => format!("no hay ningún eje temático «{id}»."),
        Refusal::ThemeTwice { id, .. } => format!("el eje temático «{id}» está elegido dos veces."),
        Refusal::NoSource { .. } => "elija la fuente que lo informa.".into(),
        Refusal::UnknownSource { id, .. } => format!("no hay ninguna fuente «{id}»."),
        Refusal::BadSourceId { id, .. } => format!(
            "«{id}» no es un identificador válido: use minúsculas, cifras y guiones simples."
        ),
        Refusal::DuplicateSourceId { id, .. } => {
            format!("el identificador «{id}» ya es el de otra fuente.")
        }
        Refusal::NoTitleOrDescription { .. } => {
            "indique el título del editor o una breve descripción.".into()
        }
        Refusal::NoPublisher { .. } => "indique el editor.".into(),
        Refusal::BadUrl { url, .. } => {
            format!("«{url}» no es una dirección web: empieza por https:// y no tiene espacios.")
        }
        Refusal::NoCertainty => "Indique el grado de certeza del registro.".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}: {}",
            validator_sentence(message, problem.as_deref(), Lang::Es, ": ")
        ),
    };
    format!("{at}{what}")
}

fn summary_es(c: &Changes) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut group: Vec<String> = Vec::new();
    for (n, one, other) in [
        (c.dialogues_added.len(), "añadido", "añadidos"),
        (c.dialogues_removed.len(), "eliminado", "eliminados"),
        (c.dialogues_changed.len(), "modificado", "modificados"),
    ] {
        if n == 0 {
            continue;
        }
        let verb = plural_en(n, one, other);
        if group.is_empty() {
            group.push(format!(
                "{n} {} {verb}",
                plural_en(n, "diálogo", "diálogos")
            ));
        } else {
            group.push(format!("{n} {verb}"));
        }
    }
    if !group.is_empty() {
        parts.push(group.join(", "));
    }
    for (n, one, other) in [
        (
            c.entries_added.len(),
            "elemento añadido",
            "elementos añadidos",
        ),
        (
            c.entries_removed.len(),
            "elemento eliminado",
            "elementos eliminados",
        ),
        (c.sources_added.len(), "fuente añadida", "fuentes añadidas"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {}", plural_en(n, one, other)));
        }
    }
    if parts.is_empty() {
        return "Ningún cambio desde que se abrió el archivo.".into();
    }
    format!("{}.", parts.join("; "))
}

// ---- Russian ----

pub static RU: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "Текст не в UTF-8",
        ProblemKind::TooLarge => "Слишком большой файл",
        ProblemKind::Syntax => "Синтаксис JSON",
        ProblemKind::SchemaVersion => "Версия схемы",
        ProblemKind::WrongType => "Неверный тип значения",
        ProblemKind::MissingField => "Нет поля",
        ProblemKind::UnknownField => "Неизвестное поле",
        ProblemKind::RepeatedField => "Повторяющееся поле",
        ProblemKind::EmptyText => "Пустой текст",
        ProblemKind::LongText => "Слишком длинный текст",
        ProblemKind::UnsupportedLanguage => "Неподдерживаемый язык",
        ProblemKind::MissingEnglish => "Нет текста на английском",
        ProblemKind::SourceLanguage => "Исходный язык",
        ProblemKind::InvalidId => "Недопустимый идентификатор",
        ProblemKind::DuplicateId => "Идентификатор использован дважды",
        ProblemKind::UnknownId => "Неизвестный идентификатор",
        ProblemKind::ListedTwice => "Указано дважды",
        ProblemKind::EmptyList => "Пустой список",
        ProblemKind::Number => "Число",
        ProblemKind::Date => "Дата",
        ProblemKind::SessionDates => "Даты сессии",
        ProblemKind::Url => "Веб-адрес",
        ProblemKind::NotOneOf => "Недопустимое значение",
        ProblemKind::TimeZone => "Часовой пояс",
        ProblemKind::Other => "Другая проблема",
    },
    kind_fix: |k| match k {
        ProblemKind::Encoding => "Сохраните файл в кодировке UTF-8 и откройте его снова.",
        ProblemKind::TooLarge => "Разделите файл или удалите из него лишнее.",
        ProblemKind::Syntax => {
            "Проверьте, нет ли пропущенной запятой, кавычки или скобки прямо перед этим местом."
        }
        ProblemKind::SchemaVersion => "Используйте файл той версии, которую читает эта страница.",
        ProblemKind::WrongType => {
            "Укажите значение ожидаемого типа (текст в кавычках, число, список в [ ])."
        }
        ProblemKind::MissingField => "Добавьте указанное поле с его значением.",
        ProblemKind::UnknownField => "Исправьте название поля или удалите его.",
        ProblemKind::RepeatedField => "Оставьте поле один раз.",
        ProblemKind::EmptyText => "Напишите текст или удалите поле, если оно необязательное.",
        ProblemKind::LongText => "Сократите текст.",
        ProblemKind::UnsupportedLanguage => "Используйте один из кодов ar, en, es, fr, ru, zh.",
        ProblemKind::MissingEnglish => "Добавьте текст на английском языке под «en».",
        ProblemKind::SourceLanguage => "Напишите «en».",
        ProblemKind::InvalidId => "Используйте строчные латинские буквы, цифры и одиночные дефисы.",
        ProblemKind::DuplicateId => "Присвойте этому элементу новый идентификатор.",
        ProblemKind::UnknownId => {
            "Используйте идентификатор, определенный в файле, или добавьте то, что он обозначает."
        }
        ProblemKind::ListedTwice => "Оставьте его в списке один раз.",
        ProblemKind::EmptyList => "Добавьте хотя бы один элемент.",
        ProblemKind::Number => "Напишите целое число без кавычек.",
        ProblemKind::Date => "Напишите ГГГГ-ММ-ДД или ГГГГ-ММ, если день неизвестен.",
        ProblemKind::SessionDates => "Проверьте даты начала и окончания сессии.",
        ProblemKind::Url => "Напишите полный адрес, начиная с https://.",
        ProblemKind::NotOneOf => "Используйте одно из перечисленных значений.",
        ProblemKind::TimeZone => "Напишите название часового пояса, например Europe/Vienna.",
        ProblemKind::Other => "Прочитайте сообщение и исправьте значение.",
    },
    problems_capped: |shown, total| {
        format!("Показаны первые проблемы ({shown} из {total}): исправьте их и проверьте файл снова, чтобы увидеть остальные.")
    },
    refusal: refusal_ru,
    change_summary: summary_ru,
    not_comparable: "В измененном тексте есть проблемы: исправьте их, чтобы увидеть изменения.",
    opened_not_comparable: "В открытом файле были проблемы, поэтому изменения перечислить нельзя.",
    dialogues_added: "Добавленные диалоги",
    dialogues_removed: "Удаленные диалоги",
    dialogues_changed: "Измененные диалоги",
    entries_added: "Добавленные записи",
    sources_added: "Добавленные источники",
    only_missing: |language| format!("Показать только тексты без перевода: {language}"),
    missing_label: "Нет перевода: ",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "Набор данных",
        OwnerKind::Source => "Источник",
        OwnerKind::WorkingGroup => "Рабочая группа",
        OwnerKind::Theme => "Тема",
        OwnerKind::Dialogue => "Диалог",
        OwnerKind::Entry => "Запись",
    },
};

fn refusal_ru(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        ["Сессия", "Запись", "Показатель участия", "Новый источник"],
        |noun, n| format!("{noun} {n}: "),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => format!(
            "В тексте есть проблемы ({count}): исправьте их, прежде чем добавлять диалог."
        ),
        Refusal::NoWorkingGroup => "Выберите рабочую группу.".into(),
        Refusal::UnknownWorkingGroup { id } => format!("Рабочей группы «{id}» нет."),
        Refusal::WorkingGroupTwice { id } => format!("Рабочая группа «{id}» выбрана дважды."),
        Refusal::NoDate => "Укажите дату: день или месяц, если день неизвестен.".into(),
        Refusal::BadDate { date, .. } => format!("«{date}» — не дата: напишите ГГГГ-ММ-ДД или ГГГГ-ММ."),
        Refusal::YearOnly { date } => format!("«{date}» — это год: укажите день или хотя бы месяц."),
        Refusal::SessionOfOtherGroup { id, .. } => format!("это сессия «{id}», а это не рабочая группа данного диалога."),
        Refusal::SessionNumberZero { .. } => "номер сессии — не меньше 1.".into(),
        Refusal::SessionEndsBeforeStart { .. } => "сессия заканчивается раньше, чем начинается.".into(),
        Refusal::BadTimeZone { zone } => format!("«{zone}» — не название часового пояса, например Europe/Vienna."),
        Refusal::EmptyText { .. } => "текст пуст.".into(),
        Refusal::LongText { max, .. } => format!("текст длиннее допустимого (символов: не более {max})."),
        Refusal::UnsupportedLanguage { code, .. } => format!("«{code}» — не один из языков ar, es, fr, ru, zh."),
        Refusal::NoEntries => "Добавьте хотя бы один пункт повестки дня или затронутый вопрос.".into(),
        Refusal::NoTheme { .. } => "выберите от одной до трех тем.".into(),
        Refusal::TooManyThemes { count, .. } => format!("выбрано тем: {count}; выберите не более трех."),
        Refusal::UnknownTheme { id, .. } => format!("темы «{id}» нет."),
        Refusal::ThemeTwice { id, .. } => format!("тема «{id}» выбрана дважды."),
        Refusal::NoSource { .. } => "выберите источник, который об этом сообщает.".into(),
        Refusal::UnknownSource { id, .. } => format!("источника «{id}» нет."),
        Refusal::BadSourceId { id, .. } => format!("«{id}» — недопустимый идентификатор: используйте строчные латинские буквы, цифры и одиночные дефисы."),
        Refusal::DuplicateSourceId { id, .. } => format!("идентификатор «{id}» уже принадлежит другому источнику."),
        Refusal::NoTitleOrDescription { .. } => "укажите название, данное издателем, или краткое описание.".into(),
        Refusal::NoPublisher { .. } => "укажите издателя.".into(),
        Refusal::BadUrl { url, .. } => format!("«{url}» — не веб-адрес: он начинается с https:// и не содержит пробелов."),
        Refusal::NoCertainty => "Укажите, насколько достоверна запись.".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}: {}",
            validator_sentence(message, problem.as_deref(), Lang::Ru, ": ")
        ),
    };
    format!("{at}{what}")
}

fn summary_ru(c: &Changes) -> String {
    // "Noun: N" avoids the three plural forms of each participle.
    let mut parts: Vec<String> = Vec::new();
    let mut group: Vec<String> = Vec::new();
    for (n, verb) in [
        (c.dialogues_added.len(), "добавлено"),
        (c.dialogues_removed.len(), "удалено"),
        (c.dialogues_changed.len(), "изменено"),
    ] {
        if n == 0 {
            continue;
        }
        if group.is_empty() {
            group.push(format!("Диалогов {verb}: {n}"));
        } else {
            group.push(format!("{verb}: {n}"));
        }
    }
    if !group.is_empty() {
        parts.push(group.join(", "));
    }
    for (n, what) in [
        (c.entries_added.len(), "записей добавлено"),
        (c.entries_removed.len(), "записей удалено"),
        (c.sources_added.len(), "источников добавлено"),
    ] {
        if n > 0 {
            parts.push(format!("{what}: {n}"));
        }
    }
    if parts.is_empty() {
        return "С момента открытия файла изменений нет.".into();
    }
    let line = parts.join("; ");
    let mut chars = line.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

// ---- Arabic ----

pub static AR: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "نص غير مرمَّز بـ UTF-8",
        ProblemKind::TooLarge => "ملف كبير جدًا",
        ProblemKind::Syntax => "صياغة JSON",
        ProblemKind::SchemaVersion => "إصدار المخطط",
        ProblemKind::WrongType => "نوع قيمة خاطئ",
        ProblemKind::MissingField => "حقل ناقص",
        ProblemKind::UnknownField => "حقل غير معروف",
        ProblemKind::RepeatedField => "حقل مكرر",
        ProblemKind::EmptyText => "نص فارغ",
        ProblemKind::LongText => "نص طويل جدًا",
        ProblemKind::UnsupportedLanguage => "لغة غير مدعومة",
        ProblemKind::MissingEnglish => "النص الإنكليزي ناقص",
        ProblemKind::SourceLanguage => "لغة المصدر",
        ProblemKind::InvalidId => "معرِّف غير صالح",
        ProblemKind::DuplicateId => "معرِّف مستخدم مرتين",
        ProblemKind::UnknownId => "معرِّف غير معروف",
        ProblemKind::ListedTwice => "مذكور مرتين",
        ProblemKind::EmptyList => "قائمة فارغة",
        ProblemKind::Number => "عدد",
        ProblemKind::Date => "تاريخ",
        ProblemKind::SessionDates => "تواريخ الدورة",
        ProblemKind::Url => "عنوان الويب",
        ProblemKind::NotOneOf => "قيمة غير مسموح بها",
        ProblemKind::TimeZone => "المنطقة الزمنية",
        ProblemKind::Other => "مشكلة أخرى",
    },
    kind_fix: |k| match k {
        ProblemKind::Encoding => "احفظ الملف بترميز UTF-8 ثم افتحه مرة أخرى.",
        ProblemKind::TooLarge => "قسِّم الملف أو احذف منه ما لا حاجة إليه.",
        ProblemKind::Syntax => "ابحث عن فاصلة أو علامة اقتباس أو قوس ناقص قبل هذا الموضع مباشرة.",
        ProblemKind::SchemaVersion => "استخدم ملفًا من الإصدار الذي تقرؤه هذه الصفحة.",
        ProblemKind::WrongType => {
            "اكتب هنا نوع القيمة المتوقَّع (نص بين علامتي اقتباس، أو عدد، أو قائمة بين [ ])."
        }
        ProblemKind::MissingField => "أضف الحقل المذكور مع قيمته.",
        ProblemKind::UnknownField => "صحِّح اسم الحقل أو احذفه.",
        ProblemKind::RepeatedField => "أبقِ الحقل مرة واحدة.",
        ProblemKind::EmptyText => "اكتب النص، أو احذف الحقل إن كان اختياريًا.",
        ProblemKind::LongText => "اختصر النص.",
        ProblemKind::UnsupportedLanguage => "استخدم أحد الرموز ar وen وes وfr وru وzh.",
        ProblemKind::MissingEnglish => "أضف النص الإنكليزي تحت \"en\".",
        ProblemKind::SourceLanguage => "اكتب \"en\".",
        ProblemKind::InvalidId => "استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.",
        ProblemKind::DuplicateId => "أعطِ هذا العنصر معرِّفًا جديدًا.",
        ProblemKind::UnknownId => "استخدم معرِّفًا معرَّفًا في الملف، أو أضف ما يشير إليه.",
        ProblemKind::ListedTwice => "أبقِه مرة واحدة في القائمة.",
        ProblemKind::EmptyList => "أضف عنصرًا واحدًا على الأقل.",
        ProblemKind::Number => "اكتب عددًا صحيحًا دون علامتي اقتباس.",
        ProblemKind::Date => "اكتب YYYY-MM-DD، أو YYYY-MM إذا كان اليوم غير معروف.",
        ProblemKind::SessionDates => "تحقَّق من تاريخي بدء الدورة وانتهائها.",
        ProblemKind::Url => "اكتب العنوان كاملًا بدءًا بـ https://.",
        ProblemKind::NotOneOf => "استخدم إحدى القيم المذكورة.",
        ProblemKind::TimeZone => "اكتب اسم منطقة زمنية مثل Europe/Vienna.",
        ProblemKind::Other => "اقرأ الرسالة وصحِّح القيمة.",
    },
    problems_capped: |shown, total| {
        format!("لا تُعرض إلا المشكلات الأولى ({shown} من {total}): صحِّحها ثم تحقَّق مرة أخرى لترى البقية.")
    },
    refusal: refusal_ar,
    change_summary: summary_ar,
    not_comparable: "توجد مشكلات في النص المعدَّل: صحِّحها لترى ما تغيَّر.",
    opened_not_comparable: "كانت في الملف عند فتحه مشكلات، فلا يمكن سرد ما تغيَّر منذ ذلك الحين.",
    dialogues_added: "الحوارات المضافة",
    dialogues_removed: "الحوارات المحذوفة",
    dialogues_changed: "الحوارات المعدَّلة",
    entries_added: "العناصر المضافة",
    sources_added: "المصادر المضافة",
    only_missing: |language| format!("عرض النصوص التي تنقصها اللغة {language} فقط"),
    missing_label: "اللغات الناقصة: ",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "مجموعة البيانات",
        OwnerKind::Source => "المصدر",
        OwnerKind::WorkingGroup => "الفريق العامل",
        OwnerKind::Theme => "الموضوع",
        OwnerKind::Dialogue => "الحوار",
        OwnerKind::Entry => "العنصر",
    },
};

fn refusal_ar(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        ["الدورة", "العنصر", "رقم الحضور", "المصدر الجديد"],
        |noun, n| format!("{noun} {n}: "),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => {
            format!("توجد مشكلات في النص (عددها {count}): صحِّحها قبل إضافة حوار.")
        }
        Refusal::NoWorkingGroup => "اختر الفريق العامل.".into(),
        Refusal::UnknownWorkingGroup { id } => format!("لا يوجد فريق عامل بالمعرِّف \"{id}\"."),
        Refusal::WorkingGroupTwice { id } => format!("الفريق العامل \"{id}\" مختار مرتين."),
        Refusal::NoDate => "أدخل التاريخ: اليوم، أو الشهر إذا كان اليوم غير معروف.".into(),
        Refusal::BadDate { date, .. } => {
            format!("\"{date}\" ليس تاريخًا: اكتب YYYY-MM-DD أو YYYY-MM.")
        }
        Refusal::YearOnly { date } => format!("\"{date}\" سنة: أدخل اليوم، أو الشهر على الأقل."),
        Refusal::SessionOfOtherGroup { id, .. } => {
            format!("هذه دورة \"{id}\"، وهو ليس من الأفرقة العاملة لهذا الحوار.")
        }
        Refusal::SessionNumberZero { .. } => "رقم الدورة 1 أو أكثر.".into(),
        Refusal::SessionEndsBeforeStart { .. } => "تنتهي الدورة قبل أن تبدأ.".into(),
        Refusal::BadTimeZone { zone } => {
            format!("\"{zone}\" ليس اسم منطقة زمنية مثل Europe/Vienna.")
        }
        Refusal::EmptyText { .. } => "أحد النصوص فارغ.".into(),
        Refusal::LongText { max, .. } => {
            format!("أحد النصوص يتجاوز الحد الأقصى لعدد الحروف ({max}).")
        }
        Refusal::UnsupportedLanguage { code, .. } => {
            format!("\"{code}\" ليس من اللغات ar وes وfr وru وzh.")
        }
        Refusal::NoEntries => {
            "أضف بندًا واحدًا على الأقل من بنود جدول الأعمال أو مسألة مطروحة واحدة على الأقل.".into()
        }
        Refusal::NoTheme { .. } => "اختر من موضوع واحد إلى ثلاثة مواضيع.".into(),
        Refusal::TooManyThemes { count, .. } => {
            format!("عدد المواضيع المختارة {count}: اختر ثلاثة على الأكثر.")
        }
        Refusal::UnknownTheme { id, .. } => format!("لا يوجد موضوع بالمعرِّف \"{id}\"."),
        Refusal::ThemeTwice { id, .. } => format!("الموضوع \"{id}\" مختار مرتين."),
        Refusal::NoSource { .. } => "اختر المصدر الذي يذكر ذلك.".into(),
        Refusal::UnknownSource { id, .. } => format!("لا يوجد مصدر بالمعرِّف \"{id}\"."),
        Refusal::BadSourceId { id, .. } => {
            format!("\"{id}\" ليس معرِّفًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.")
        }
        Refusal::DuplicateSourceId { id, .. } => format!("المعرِّف \"{id}\" مستخدم لمصدر آخر."),
        Refusal::NoTitleOrDescription { .. } => {
            "أدخل العنوان الذي وضعه الناشر أو وصفًا موجزًا.".into()
        }
        Refusal::NoPublisher { .. } => "أدخل اسم الناشر.".into(),
        Refusal::BadUrl { url, .. } => {
            format!("\"{url}\" ليس عنوان ويب: يبدأ العنوان بـ https:// ولا يحتوي على مسافات.")
        }
        Refusal::NoCertainty => "بيِّن مدى اليقين في هذا السجل.".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}: {}",
            validator_sentence(message, problem.as_deref(), Lang::Ar, ": ")
        ),
    };
    format!("{at}{what}")
}

fn summary_ar(c: &Changes) -> String {
    // "Noun: N" avoids the six plural forms.
    let mut parts: Vec<String> = Vec::new();
    for (n, what) in [
        (c.dialogues_added.len(), "الحوارات المضافة"),
        (c.dialogues_removed.len(), "الحوارات المحذوفة"),
        (c.dialogues_changed.len(), "الحوارات المعدَّلة"),
        (c.entries_added.len(), "العناصر المضافة"),
        (c.entries_removed.len(), "العناصر المحذوفة"),
        (c.sources_added.len(), "المصادر المضافة"),
    ] {
        if n > 0 {
            parts.push(format!("{what}: {n}"));
        }
    }
    if parts.is_empty() {
        return "لا تغيير منذ فتح الملف.".into();
    }
    format!("{}.", parts.join("؛ "))
}

// ---- Chinese ----

pub static ZH: MaintainMessages = MaintainMessages {
    kind_name: |k| match k {
        ProblemKind::Encoding => "非UTF-8文本",
        ProblemKind::TooLarge => "文件过大",
        ProblemKind::Syntax => "JSON语法",
        ProblemKind::SchemaVersion => "架构版本",
        ProblemKind::WrongType => "值的类型有误",
        ProblemKind::MissingField => "缺少字段",
        ProblemKind::UnknownField => "未知字段",
        ProblemKind::RepeatedField => "字段重复",
        ProblemKind::EmptyText => "文本为空",
        ProblemKind::LongText => "文本过长",
        ProblemKind::UnsupportedLanguage => "不支持的语言",
        ProblemKind::MissingEnglish => "缺少英文文本",
        ProblemKind::SourceLanguage => "源语言",
        ProblemKind::InvalidId => "标识符无效",
        ProblemKind::DuplicateId => "标识符重复使用",
        ProblemKind::UnknownId => "未知标识符",
        ProblemKind::ListedTwice => "重复列出",
        ProblemKind::EmptyList => "列表为空",
        ProblemKind::Number => "数字",
        ProblemKind::Date => "日期",
        ProblemKind::SessionDates => "会议日期",
        ProblemKind::Url => "网址",
        ProblemKind::NotOneOf => "不允许的值",
        ProblemKind::TimeZone => "时区",
        ProblemKind::Other => "其他问题",
    },
    kind_fix: |k| match k {
        ProblemKind::Encoding => "将文件另存为UTF-8后重新打开。",
        ProblemKind::TooLarge => "拆分文件，或删除不需要的内容。",
        ProblemKind::Syntax => "检查此处之前是否缺少逗号、引号或括号。",
        ProblemKind::SchemaVersion => "使用本页面可读取的版本的文件。",
        ProblemKind::WrongType => "在此处填写所需类型的值（带引号的文本、数字或[ ]中的列表）。",
        ProblemKind::MissingField => "添加所指出的字段及其值。",
        ProblemKind::UnknownField => "更正字段名称的拼写，或删除该字段。",
        ProblemKind::RepeatedField => "该字段只保留一次。",
        ProblemKind::EmptyText => "填写文本；如该字段为可选字段，也可将其删除。",
        ProblemKind::LongText => "缩短文本。",
        ProblemKind::UnsupportedLanguage => "使用ar、en、es、fr、ru、zh之一。",
        ProblemKind::MissingEnglish => "在\"en\"下添加英文文本。",
        ProblemKind::SourceLanguage => "填写\"en\"。",
        ProblemKind::InvalidId => "使用小写拉丁字母、数字和单个连字符。",
        ProblemKind::DuplicateId => "为此项指定新的标识符。",
        ProblemKind::UnknownId => "使用文件中已定义的标识符，或添加其所指的内容。",
        ProblemKind::ListedTwice => "在列表中只保留一次。",
        ProblemKind::EmptyList => "至少添加一项。",
        ProblemKind::Number => "填写不带引号的整数。",
        ProblemKind::Date => "填写YYYY-MM-DD；日期不详时填写YYYY-MM。",
        ProblemKind::SessionDates => "检查会议的开始和结束日期。",
        ProblemKind::Url => "填写以https://开头的完整网址。",
        ProblemKind::NotOneOf => "使用所列值之一。",
        ProblemKind::TimeZone => "填写时区名称，例如Europe/Vienna。",
        ProblemKind::Other => "阅读提示信息并更正该值。",
    },
    problems_capped: |shown, total| {
        format!("共{total}个问题，仅列出前{shown}个：请更正后再次检查，以查看其余问题。")
    },
    refusal: refusal_zh,
    change_summary: summary_zh,
    not_comparable: "编辑后的文本存在问题：请先更正，才能查看更改内容。",
    opened_not_comparable: "打开时的文件存在问题，因此无法列出此后的更改。",
    dialogues_added: "新增的对话",
    dialogues_removed: "删除的对话",
    dialogues_changed: "修改的对话",
    entries_added: "新增的条目",
    sources_added: "新增的来源",
    only_missing: |language| format!("仅显示缺少{language}的文本"),
    missing_label: "缺少：",
    owner_kind: |k| match k {
        OwnerKind::Dataset => "数据集",
        OwnerKind::Source => "来源",
        OwnerKind::WorkingGroup => "工作组",
        OwnerKind::Theme => "主题",
        OwnerKind::Dialogue => "对话",
        OwnerKind::Entry => "条目",
    },
};

fn refusal_zh(r: &Refusal) -> String {
    let at = prefix(
        r.place(),
        ["会议", "条目", "出席人数", "新来源"],
        |noun, n| format!("{noun}{n}："),
    );
    let what = match r {
        Refusal::TextHasProblems { count } => {
            format!("文本存在{count}个问题：请先更正，再添加对话。")
        }
        Refusal::NoWorkingGroup => "请选择工作组。".into(),
        Refusal::UnknownWorkingGroup { id } => format!("没有标识符为“{id}”的工作组。"),
        Refusal::WorkingGroupTwice { id } => format!("工作组“{id}”被选了两次。"),
        Refusal::NoDate => "请填写日期：具体日期；日期不详时填写月份。".into(),
        Refusal::BadDate { date, .. } => format!("“{date}”不是日期：请填写YYYY-MM-DD或YYYY-MM。"),
        Refusal::YearOnly { date } => format!("“{date}”只是年份：请填写具体日期，或至少填写月份。"),
        Refusal::SessionOfOtherGroup { id, .. } => {
            format!("该会议属于“{id}”，而它不是本场对话的工作组。")
        }
        Refusal::SessionNumberZero { .. } => "会议届次至少为1。".into(),
        Refusal::SessionEndsBeforeStart { .. } => "会议的结束日期早于开始日期。".into(),
        Refusal::BadTimeZone { zone } => format!("“{zone}”不是时区名称（例如Europe/Vienna）。"),
        Refusal::EmptyText { .. } => "有文本为空。".into(),
        Refusal::LongText { max, .. } => format!("有文本超过{max}个字符。"),
        Refusal::UnsupportedLanguage { code, .. } => {
            format!("“{code}”不是ar、es、fr、ru、zh之一。")
        }
        Refusal::NoEntries => "请至少添加一个议程项目或讨论的议题。".into(),
        Refusal::NoTheme { .. } => "请选择一至三个主题。".into(),
        Refusal::TooManyThemes { count, .. } => format!("已选择{count}个主题：最多选择三个。"),
        Refusal::UnknownTheme { id, .. } => format!("没有标识符为“{id}”的主题。"),
        Refusal::ThemeTwice { id, .. } => format!("主题“{id}”被选了两次。"),
        Refusal::NoSource { .. } => "请选择报告此项的来源。".into(),
        Refusal::UnknownSource { id, .. } => format!("没有标识符为“{id}”的来源。"),
        Refusal::BadSourceId { id, .. } => {
            format!("“{id}”不是有效的标识符：请使用小写拉丁字母、数字和单个连字符。")
        }
        Refusal::DuplicateSourceId { id, .. } => format!("标识符“{id}”已被另一来源使用。"),
        Refusal::NoTitleOrDescription { .. } => "请填写发布者的标题或简短说明。".into(),
        Refusal::NoPublisher { .. } => "请填写发布者。".into(),
        Refusal::BadUrl { url, .. } => format!("“{url}”不是网址：网址以https://开头，且不含空格。"),
        Refusal::NoCertainty => "请说明该记录的确定程度。".into(),
        Refusal::Validator {
            line,
            column,
            message,
            problem,
        } => format!(
            "{line}:{column}：{}",
            validator_sentence(message, problem.as_deref(), Lang::Zh, "：")
        ),
    };
    format!("{at}{what}")
}

fn summary_zh(c: &Changes) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (n, what, unit) in [
        (c.dialogues_added.len(), "新增对话", "场"),
        (c.dialogues_removed.len(), "删除对话", "场"),
        (c.dialogues_changed.len(), "修改对话", "场"),
        (c.entries_added.len(), "新增条目", "个"),
        (c.entries_removed.len(), "删除条目", "个"),
        (c.sources_added.len(), "新增来源", "个"),
    ] {
        if n > 0 {
            parts.push(format!("{what}{n}{unit}"));
        }
    }
    if parts.is_empty() {
        return "自打开文件以来没有更改。".into();
    }
    format!("{}。", parts.join("；"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [ProblemKind; 25] = [
        ProblemKind::Encoding,
        ProblemKind::TooLarge,
        ProblemKind::Syntax,
        ProblemKind::SchemaVersion,
        ProblemKind::WrongType,
        ProblemKind::MissingField,
        ProblemKind::UnknownField,
        ProblemKind::RepeatedField,
        ProblemKind::EmptyText,
        ProblemKind::LongText,
        ProblemKind::UnsupportedLanguage,
        ProblemKind::MissingEnglish,
        ProblemKind::SourceLanguage,
        ProblemKind::InvalidId,
        ProblemKind::DuplicateId,
        ProblemKind::UnknownId,
        ProblemKind::ListedTwice,
        ProblemKind::EmptyList,
        ProblemKind::Number,
        ProblemKind::Date,
        ProblemKind::SessionDates,
        ProblemKind::Url,
        ProblemKind::NotOneOf,
        ProblemKind::TimeZone,
        ProblemKind::Other,
    ];

    #[test]
    fn every_kind_has_a_distinct_name_and_a_fix_in_every_language() {
        for lang in Lang::ALL {
            let m = maintain_messages(lang);
            let names: std::collections::HashSet<&str> =
                KINDS.iter().map(|k| (m.kind_name)(*k)).collect();
            assert_eq!(names.len(), KINDS.len(), "{lang:?}");
            for k in KINDS {
                assert!(!(m.kind_fix)(k).is_empty(), "{lang:?} {k:?}");
            }
            let capped = (m.problems_capped)(100, 4321);
            assert!(
                capped.contains("100") && capped.contains("4321"),
                "{capped}"
            );
            assert!((m.only_missing)("LANG").contains("LANG"));
        }
    }

    #[test]
    fn refusals_name_their_values_and_places_in_every_language() {
        let refusals = [
            Refusal::UnknownTheme {
                entry: 1,
                id: "ID".into(),
            },
            Refusal::NoSource {
                place: Place::Figure(0),
            },
            Refusal::DuplicateSourceId {
                source: 2,
                id: "ID".into(),
            },
        ];
        for lang in Lang::ALL {
            let m = maintain_messages(lang);
            let [theme, figure, source] = refusals.each_ref().map(|r| (m.refusal)(r));
            assert!(theme.contains("ID") && theme.contains('2'), "{theme}");
            assert!(figure.contains('1'), "{figure}");
            assert!(source.contains("ID") && source.contains('3'), "{source}");
        }
        assert_eq!(
            (EN.refusal)(&refusals[0]),
            "Entry 2: there is no theme `ID`."
        );
        assert_eq!(
            (EN.refusal)(&Refusal::TextHasProblems { count: 1 }),
            "The text has 1 problem: fix it before adding a dialogue."
        );
    }

    fn every_refusal() -> Vec<Refusal> {
        let id = || "ID".to_string();
        vec![
            Refusal::TextHasProblems { count: 7 },
            Refusal::NoWorkingGroup,
            Refusal::UnknownWorkingGroup { id: id() },
            Refusal::WorkingGroupTwice { id: id() },
            Refusal::NoDate,
            Refusal::BadDate {
                place: Place::Date,
                date: id(),
            },
            Refusal::YearOnly { date: id() },
            Refusal::SessionOfOtherGroup {
                session: 0,
                id: id(),
            },
            Refusal::SessionNumberZero { session: 0 },
            Refusal::SessionEndsBeforeStart { session: 0 },
            Refusal::BadTimeZone { zone: id() },
            Refusal::EmptyText {
                place: Place::Venue,
            },
            Refusal::LongText {
                place: Place::Venue,
                max: 300,
            },
            Refusal::UnsupportedLanguage {
                place: Place::Venue,
                code: id(),
            },
            Refusal::NoEntries,
            Refusal::NoTheme { entry: 0 },
            Refusal::TooManyThemes { entry: 0, count: 4 },
            Refusal::UnknownTheme { entry: 0, id: id() },
            Refusal::ThemeTwice { entry: 0, id: id() },
            Refusal::NoSource {
                place: Place::Entry(0),
            },
            Refusal::UnknownSource {
                place: Place::Entry(0),
                id: id(),
            },
            Refusal::BadSourceId {
                source: 0,
                id: id(),
            },
            Refusal::DuplicateSourceId {
                source: 0,
                id: id(),
            },
            Refusal::NoTitleOrDescription { source: 0 },
            Refusal::NoPublisher { source: 0 },
            Refusal::BadUrl {
                source: 0,
                url: id(),
            },
            Refusal::NoCertainty,
            Refusal::Validator {
                line: 3,
                column: 9,
                message: id(),
                problem: None,
            },
        ]
    }

    #[test]
    fn every_refusal_is_said_in_every_language_with_its_values() {
        for lang in Lang::ALL {
            let m = maintain_messages(lang);
            let said: Vec<String> = every_refusal().iter().map(|r| (m.refusal)(r)).collect();
            let distinct: std::collections::HashSet<&String> = said.iter().collect();
            assert_eq!(distinct.len(), said.len(), "{lang:?}: {said:?}");
            for (r, text) in every_refusal().iter().zip(&said) {
                let values = format!("{r:?}");
                if values.contains("\"ID\"") {
                    assert!(text.contains("ID"), "{lang:?}: {text}");
                }
                for n in ["7", "300", "4"] {
                    if values.contains(&format!(": {n}")) {
                        assert!(text.contains(n), "{lang:?}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_summary_reads_in_every_language() {
        let c = Changes {
            comparable: true,
            dialogues_added: vec![],
            dialogues_removed: vec![],
            dialogues_changed: vec![],
            entries_added: vec![("e".into(), "d".into()); 3],
            entries_removed: vec![],
            sources_added: vec![],
            summary: String::new(),
        };
        let expected = [
            (Lang::Ar, "العناصر المضافة: 3."),
            (Lang::Zh, "新增条目3个。"),
            (Lang::En, "3 entries added."),
            (Lang::Fr, "3\u{a0}éléments ajoutés."),
            (Lang::Ru, "Записей добавлено: 3."),
            (Lang::Es, "3 elementos añadidos."),
        ];
        for (lang, said) in expected {
            assert_eq!((maintain_messages(lang).change_summary)(&c), said);
            assert!(!(maintain_messages(lang).change_summary)(&Changes::default()).is_empty());
        }
    }
}
