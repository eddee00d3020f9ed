//! Placeholders in a language's texts (`{n}`, `{date}`), filled in by hand: `str::replace`
//! brings core's two-way searcher into the page (docs/ARCHITECTURE.md, "Budgets").

/// `template` with its placeholder `key` (such as `{n}`) filled in; as it is without one.
pub fn put(template: &str, key: &str, value: &str) -> String {
    match crate::find::find(template, key) {
        Some(at) => [&template[..at], value, &template[at + key.len()..]].concat(),
        None => template.to_string(),
    }
}

/// The same with a whole number.
pub fn put_number(template: &str, key: &str, value: u64) -> String {
    put(template, key, &value.to_string())
}

/// Declares a struct of one language's fixed texts, one `&'static str` field per text, and
/// `each()`: every text with its field's name, so tests read a language whole and a field added
/// later cannot be left out of them.
macro_rules! texts {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$doc:meta])* $field:ident,)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl $name {
            /// Every text with its field's name, so tests can read a language whole.
            pub fn each(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}
pub(crate) use texts;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_the_placeholder_it_names() {
        assert_eq!(
            put("Checked on {date}.", "{date}", "2026-11-30"),
            "Checked on 2026-11-30."
        );
        assert_eq!(
            put_number("{n} % de {mb} Mo", "{mb}", 100),
            "{n} % de 100 Mo"
        );
        assert_eq!(put("No placeholder", "{n}", "1"), "No placeholder");
        assert_eq!(put("é{n}é", "{n}", "ü"), "éüé");
    }
}
