//! Each language's pack: its interface catalogue, the brief's sentences and the validator's.
//!
//! Everything a language says is reached through its pack, so that a build can hold only the
//! packs it has been given. Without the `split` feature (native code, the tests, `make serve`,
//! the maintainer's page) every pack is built in. With it (the explorer's release build), only
//! English is: the other packs each come in a part of the module of their own, fetched when the
//! language is first shown (`src/ui/on_demand.rs`), and added here. A language whose pack has
//! not come says things in English.

use crate::core::brief::messages as brief;
use crate::core::dataset::detail::{self, Detail};
use crate::core::json::Syntax;

use super::{Lang, Messages};

/// What one language says.
pub struct Pack {
    pub lang: Lang,
    pub messages: &'static Messages,
    pub brief: &'static brief::BriefMessages,
    /// A dataset problem's sentence.
    pub detail: fn(&Detail) -> String,
    /// A JSON syntax error's sentence.
    pub syntax: fn(&Syntax) -> String,
    /// "1,000,000 characters", for a value cut short.
    pub characters: fn(usize) -> String,
}

pub static EN: Pack = Pack {
    lang: Lang::En,
    messages: &super::EN,
    brief: &brief::EN,
    detail: detail::en::detail,
    syntax: detail::en::syntax,
    characters: detail::en::characters,
};

pub static FR: Pack = Pack {
    lang: Lang::Fr,
    messages: &super::FR,
    brief: &brief::FR,
    detail: detail::fr::detail,
    syntax: detail::fr::syntax,
    characters: detail::fr::characters,
};

pub static ES: Pack = Pack {
    lang: Lang::Es,
    messages: &super::ES,
    brief: &brief::ES,
    detail: detail::es::detail,
    syntax: detail::es::syntax,
    characters: detail::es::characters,
};

pub static RU: Pack = Pack {
    lang: Lang::Ru,
    messages: &super::RU,
    brief: &brief::RU,
    detail: detail::ru::detail,
    syntax: detail::ru::syntax,
    characters: detail::ru::characters,
};

pub static AR: Pack = Pack {
    lang: Lang::Ar,
    messages: &super::AR,
    brief: &brief::AR,
    detail: detail::ar::detail,
    syntax: detail::ar::syntax,
    characters: detail::ar::characters,
};

pub static ZH: Pack = Pack {
    lang: Lang::Zh,
    messages: &super::ZH,
    brief: &brief::ZH,
    detail: detail::zh::detail,
    syntax: detail::zh::syntax,
    characters: detail::zh::characters,
};

/// The language's pack: every pack is built in.
#[cfg(not(feature = "split"))]
pub fn of(lang: Lang) -> &'static Pack {
    match lang {
        Lang::Ar => &AR,
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
        Lang::Es => &ES,
    }
}

/// Whether the language's pack is here: every pack is built in.
#[cfg(not(feature = "split"))]
pub fn is_here(_: Lang) -> bool {
    true
}

#[cfg(feature = "split")]
static ADDED: [std::sync::OnceLock<&'static Pack>; 6] = [const { std::sync::OnceLock::new() }; 6];

#[cfg(feature = "split")]
fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The language's pack once it has been added, else English's.
#[cfg(feature = "split")]
pub fn of(lang: Lang) -> &'static Pack {
    match lang {
        Lang::En => &EN,
        other => ADDED[slot(other)].get().copied().unwrap_or(&EN),
    }
}

/// Whether the language's pack is here (English's always is).
#[cfg(feature = "split")]
pub fn is_here(lang: Lang) -> bool {
    lang == Lang::En || ADDED[slot(lang)].get().is_some()
}

/// Adds a pack that has come.
#[cfg(feature = "split")]
pub fn add(pack: &'static Pack) {
    let _ = ADDED[slot(pack.lang)].set(pack);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_pack() {
        for lang in Lang::ALL {
            let pack = of(lang);
            assert_eq!(pack.lang, lang);
            assert!(is_here(lang));
            // The catalogue is the language's: its own name for the language switcher's label.
            assert!(std::ptr::eq(lang.messages(), pack.messages));
        }
        assert_eq!(
            (of(Lang::Fr).characters)(1000),
            crate::core::dataset::detail::fr::characters(1000)
        );
        assert_ne!(
            (of(Lang::Fr).characters)(1000),
            (of(Lang::En).characters)(1000)
        );
        assert_ne!(
            (of(Lang::Zh).brief.title)("x"),
            (of(Lang::En).brief.title)("x")
        );
    }
}
