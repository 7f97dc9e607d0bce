//! Free-text search that ignores case and accents, and the highlighting of what it matched.

/// The lower case of a letter of the scripts the dataset and its readers write in: Latin
/// (with its Extended-A, the regular runs of Extended-B and Extended Additional), Greek,
/// Cyrillic, Armenian and the full-width forms; any other character comes back as it is.
/// Where it changes a character it agrees with `char::to_lowercase` (the first character of
/// it), which a test checks on every character. Written out because std's table costs the first
/// load about 6 KB gzip for scripts that have no case or that the data does not use
/// (docs/size.md).
pub fn lower_case(c: char) -> char {
    let code = c as u32;
    let even = code.is_multiple_of(2);
    let lowered = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 32,
        // İ lowers to i and a combining dot; searching wants the i.
        0x130 => 0x69,
        0x100..=0x137 | 0x14a..=0x177 if even => code + 1,
        0x139..=0x148 | 0x179..=0x17e if !even => code + 1,
        0x178 => 0xff,
        0x1cd..=0x1dc if !even => code + 1,
        0x1de..=0x1ef | 0x1f8..=0x21f | 0x222..=0x233 if even => code + 1,
        0x386 => 0x3ac,
        0x388..=0x38a => code + 37,
        0x38c => 0x3cc,
        0x38e | 0x38f => code + 63,
        0x391..=0x3a1 | 0x3a3..=0x3ab => code + 32,
        0x3d8..=0x3ef if even => code + 1,
        0x400..=0x40f => code + 80,
        0x410..=0x42f => code + 32,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if even => code + 1,
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce if !even => code + 1,
        0x531..=0x556 => code + 48,
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff if even => code + 1,
        0x1e9e => 0xdf,
        0x2126 => 0x3c9,
        0x212a => 0x6b,
        0x212b => 0xe5,
        0xff21..=0xff3a => code + 32,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Folds one character to the form used for matching: lower case, without diacritics.
/// One character in, one character out, so that positions in the folded text are positions in
/// the original text too (which highlighting relies on).
pub fn fold_char(c: char) -> char {
    match lower_case(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Typographic marks that people type plainly.
        '’' | '‘' | 'ʼ' => '\'',
        '“' | '”' => '"',
        '‐' | '‑' | '–' | '—' => '-',
        // Combining marks (a decomposed é is e + U+0301) and Arabic short vowels fold to nothing
        // visible; a space keeps positions and is trimmed out of queries.
        '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{0652}' => '\u{0}',
        other => other,
    }
}

/// The folded form of a text: `fold("Éducation Sécurité") == "education securite"`.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(fold_char)
        .filter(|c| *c != '\u{0}')
        .collect()
}

/// Prefixes a hyphenated word may carry that a text may leave out: "anti-corruption" is about
/// corruption, "non-governmental" about governments, "counter-terrorism" about terrorism, in
/// the languages of the dataset's texts.
const PREFIXES: [&str; 10] = [
    "anti", "counter", "contra", "non", "no", "co", "pre", "post", "self", "auto",
];

/// One word of a query, as the forms that find it: a text matches when it holds every part of
/// one of them. A hyphenated word is also found written with a space or joined
/// ("anti corruption", "anticorruption"), and without its leading prefixes ("corruption").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    forms: Vec<Vec<String>>,
}

impl Term {
    fn new(word: &str) -> Term {
        let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
        let mut forms = vec![vec![word.to_string()]];
        if parts.len() > 1 {
            forms.push(vec![parts.join(" ")]);
            forms.push(vec![parts.concat()]);
            let head = parts.iter().position(|p| !PREFIXES.contains(p));
            if let Some(head) = head.filter(|h| *h > 0) {
                forms.push(parts[head..].iter().map(|p| p.to_string()).collect());
            }
        }
        forms.dedup();
        Term { forms }
    }

    /// Whether an already folded text holds the word in one of its forms.
    pub fn found_in(&self, folded: &str) -> bool {
        self.forms
            .iter()
            .any(|form| form.iter().all(|part| folded.contains(part.as_str())))
    }

    /// Every piece of text that finds the word, for highlighting.
    fn pieces(&self) -> impl Iterator<Item = &String> {
        self.forms.iter().flatten()
    }
}

/// A search query, folded once and split into words; a text matches when it contains every word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<Term>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Query {
            words: fold(text)
                .split(|c: char| c.is_whitespace() || c == '\u{0}')
                .map(|w| w.trim_matches('-'))
                .filter(|w| !w.is_empty())
                .map(Term::new)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word of the query occurs in at least one of the texts.
    pub fn matches_any<'a>(&self, texts: impl IntoIterator<Item = &'a str> + Clone) -> bool {
        let folded: Vec<String> = texts.into_iter().map(fold).collect();
        self.words
            .iter()
            .all(|word| folded.iter().any(|text| word.found_in(text)))
    }

    /// The words of the query that an already folded text does not contain.
    pub fn missing_in(&self, folded: &str) -> Vec<&Term> {
        self.words
            .iter()
            .filter(|word| !word.found_in(folded))
            .collect()
    }

    /// Splits `text` into runs, each marked as matching a query word or not, for highlighting.
    pub fn highlight(&self, text: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
        let mut marked = vec![false; chars.len()];
        for piece in self.words.iter().flat_map(Term::pieces) {
            let word: Vec<char> = piece.chars().collect();
            if word.is_empty() || word.len() > folded.len() {
                continue;
            }
            for start in 0..=folded.len() - word.len() {
                if folded[start..start + word.len()] == word[..] {
                    marked[start..start + word.len()].fill(true);
                }
            }
        }
        let mut runs: Vec<(String, bool)> = Vec::new();
        for (c, m) in chars.into_iter().zip(marked) {
            match runs.last_mut() {
                Some((run, last)) if *last == m => run.push(c),
                _ => runs.push((c.to_string(), m)),
            }
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_agrees_with_std_where_it_changes_a_character() {
        let std_lower = |c: char| c.to_lowercase().next().unwrap_or(c);
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let ours = lower_case(c);
            assert!(
                ours == c || ours == std_lower(c),
                "{c:?} ({:#x}) gave {ours:?}",
                c as u32
            );
        }
        // and in the blocks it claims, it lowers all that std lowers
        let claimed = [
            0..0x180,
            0x386..0x3cf,
            0x400..0x530,
            0x531..0x557,
            0x1e00..0x1f00,
            0xff00..0xff60,
        ];
        for c in claimed.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(lower_case(c), std_lower(c), "{c:?} ({:#x})", c as u32);
        }
        assert_eq!(lower_case('Ș'), 'ș');
        assert_eq!(lower_case('Ǎ'), 'ǎ');
        assert_eq!(lower_case('Я'), 'я');
        assert_eq!(lower_case('Ω'), 'ω');
        assert_eq!(lower_case('中'), '中');
        assert_eq!(lower_case('ب'), 'ب');
    }

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Éducation SÉCURITÉ Çà"), "education securite ca");
        assert_eq!(fold("Víctimas, niños"), "victimas, ninos");
        assert_eq!(fold("Alcántara"), "alcantara");
        assert_eq!(fold("e\u{0301}"), "e");
        assert_eq!(fold("Coerced — victim’s"), "coerced - victim's");
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let q = Query::new("  corruption  CHILD ");
        assert!(q.matches_any(["Child trafficking", "Corruption"]));
        assert!(!q.matches_any(["Child trafficking"]));
        assert!(Query::new("niños").matches_any(["Los ninos"]));
        assert!(Query::new("").is_empty());
        assert!(Query::new("").matches_any(["anything"]));
    }

    #[test]
    fn highlights_matches_in_the_original_text() {
        let q = Query::new("securite");
        assert_eq!(
            q.highlight("La Sécurité!"),
            vec![
                ("La ".into(), false),
                ("Sécurité".into(), true),
                ("!".into(), false)
            ]
        );
        let q = Query::new("ab b");
        assert_eq!(
            q.highlight("abc"),
            vec![("ab".into(), true), ("c".into(), false)]
        );
        assert_eq!(
            Query::new("zz").highlight("abc"),
            vec![("abc".into(), false)]
        );
        assert_eq!(Query::new("x").highlight(""), Vec::<(String, bool)>::new());
    }

    #[test]
    fn a_hyphenated_word_finds_its_parts_and_the_word_without_its_prefix() {
        let q = Query::new("anti-corruption");
        assert!(q.matches_any(["Corruption in public procurement"]));
        assert!(q.matches_any(["anti-corruption bodies"]));
        assert!(q.matches_any(["anti corruption bodies"]));
        assert!(q.matches_any(["Anticorruption bodies"]));
        assert!(
            q.matches_any(["lutte anti‑corruption"]),
            "a non-breaking hyphen"
        );
        assert!(!q.matches_any(["Bribery"]));
        assert!(
            Query::new("anti–corruption").matches_any(["corruption"]),
            "an en dash"
        );
        assert!(Query::new("non-governmental").matches_any(["governmental bodies"]));
        assert!(Query::new("counter-terrorism").matches_any(["terrorism"]));
        // A compound of two words of weight is not found by one of them alone.
        assert!(Query::new("cross-border").matches_any(["cross border crime"]));
        assert!(!Query::new("child-friendly").matches_any(["Child trafficking"]));
        assert!(!Query::new("child-friendly").matches_any(["friendly"]));
        assert!(Query::new("child-friendly").matches_any(["childfriendly"]));
        // A word that is only a prefix, or only hyphens, is itself.
        assert!(Query::new("anti").matches_any(["anti-corruption"]));
        assert!(Query::new(" - ").is_empty());
        assert!(Query::new("-corruption-").matches_any(["corruption"]));
    }

    #[test]
    fn highlights_what_found_a_hyphenated_word() {
        let q = Query::new("anti-corruption");
        assert_eq!(
            q.highlight("Corruption, anticorruption"),
            vec![
                ("Corruption".into(), true),
                (", ".into(), false),
                ("anticorruption".into(), true)
            ]
        );
    }
}
