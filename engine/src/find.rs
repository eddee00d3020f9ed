//! A plain substring search for the page's short texts (a UA string, a ticket tag). core's
//! `str::find`/`contains` with a `&str` bring its two-way searcher, some 2 KB of wasm, into
//! every part that uses them; these texts are a few hundred bytes at most, so a byte-by-byte
//! search costs nothing a person could notice (docs/ARCHITECTURE.md, "Budgets").

/// Where `needle` first starts in `hay`, in bytes (a char boundary, as `needle` is a `str`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `needle` occurs in `hay`.
pub fn has(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_str_find() {
        let hays = [
            "",
            "a",
            "Chrome/156",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1",
            "ééChrome/é",
            "aaab",
        ];
        let needles = ["", "a", "Chrome/", " OS ", "é", "ab", "aab", "Chrome/156 "];
        for hay in hays {
            for needle in needles {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(has(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
            }
        }
    }
}
