//! Free-text search that ignores case and accents, and the highlighting of what it matched.

/// Folds one character to the form used for matching: lower case, without diacritics.
/// One character in, one character out, so that positions in the folded text are positions in
/// the original text too (which highlighting relies on).
pub fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
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

/// A search query, folded once and split into words; a text matches when it contains every word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Query {
            words: fold(text)
                .split(|c: char| c.is_whitespace() || c == '\u{0}')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
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
            .all(|word| folded.iter().any(|text| text.contains(word.as_str())))
    }

    /// The words of the query that an already folded text does not contain.
    pub fn missing_in(&self, folded: &str) -> Vec<&str> {
        self.words
            .iter()
            .filter(|word| !folded.contains(word.as_str()))
            .map(String::as_str)
            .collect()
    }

    /// Splits `text` into runs, each marked as matching a query word or not, for highlighting.
    pub fn highlight(&self, text: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
        let mut marked = vec![false; chars.len()];
        for word in &self.words {
            let word: Vec<char> = word.chars().collect();
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
}
