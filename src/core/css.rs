//! The app's stylesheet as the module carries it: `style/*.css` without their comments and
//! indentation. The comments say why a rule is there, for whoever reads `style/`; in the module
//! they were a sixth of the stylesheet, sent with every first load. `build.rs` runs this on the
//! files at build time (it includes this file), so that `src/ui/styles.rs` embeds the result.

/// `css` without its `/* … */` comments, the indentation of its lines and its blank lines.
/// Quoted strings are kept as they are, so a `/*` inside `content: "…"` stays. Everything else
/// (selectors, declarations, line breaks between them) is left untouched.
pub fn compact(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find(['/', '"', '\'']) {
        let (before, from) = rest.split_at(at);
        without_comments.push_str(before);
        let quote = from.as_bytes()[0];
        if quote == b'/' {
            if let Some(comment) = from.strip_prefix("/*") {
                rest = comment.find("*/").map_or("", |end| &comment[end + 2..]);
            } else {
                without_comments.push('/');
                rest = &from[1..];
            }
            continue;
        }
        // A quoted string, to its closing quote (a backslash escapes the next character).
        let mut end = from.len();
        let mut escaped = false;
        for (i, c) in from.char_indices().skip(1) {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c as u32 == u32::from(quote) {
                end = i + 1;
                break;
            }
        }
        without_comments.push_str(&from[..end]);
        rest = &from[end..];
    }
    without_comments.push_str(rest);
    let mut compact = String::with_capacity(without_comments.len());
    for line in without_comments
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        compact.push_str(line);
        compact.push('\n');
    }
    compact
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn comments_indentation_and_blank_lines_go() {
        let css = "/* Tokens. */\n.dx-app {\n  /* why */\n  color: red; /* inline */\n}\n\n\n.dx-b { margin: 0 }\n";
        assert_eq!(
            compact(css),
            ".dx-app {\ncolor: red;\n}\n.dx-b { margin: 0 }\n"
        );
    }

    #[test]
    fn a_comment_over_several_lines_goes_whole() {
        assert_eq!(compact("a {}\n/* one\n   two */\nb {}"), "a {}\nb {}\n");
    }

    #[test]
    fn strings_keep_what_looks_like_a_comment() {
        let css =
            ".x::after { content: \"/* not a comment */\"; }\n.y::before { content: '\\'/*'; }";
        assert_eq!(compact(css), format!("{css}\n"));
    }

    #[test]
    fn a_slash_that_opens_no_comment_stays() {
        assert_eq!(
            compact(".x { grid-area: 1 / 2; aspect-ratio: 16/9 }"),
            ".x { grid-area: 1 / 2; aspect-ratio: 16/9 }\n"
        );
    }

    #[test]
    fn an_unclosed_comment_ends_the_sheet() {
        assert_eq!(compact("a {}\n/* never closed"), "a {}\n");
    }

    /// Every rule of the real stylesheet survives: as many braces, and every declaration's
    /// property still there.
    #[test]
    fn the_app_stylesheet_keeps_its_rules() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/style");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let css = std::fs::read_to_string(&path).unwrap();
            let out = compact(&css);
            let count = |s: &str, c: char| s.matches(c).count();
            let uncommented = |s: &str| {
                let mut kept = String::new();
                let mut rest = s;
                while let Some(at) = rest.find("/*") {
                    kept.push_str(&rest[..at]);
                    rest = rest[at..].find("*/").map_or("", |e| &rest[at + e + 2..]);
                }
                kept + rest
            };
            let plain = uncommented(&css);
            for c in ['{', '}', ';', ':', '"'] {
                assert_eq!(count(&out, c), count(&plain, c), "{}: {c}", path.display());
            }
            assert!(!out.contains("/*"), "{}", path.display());
        }
    }
}
