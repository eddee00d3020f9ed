//! Text this project did not write (today: the names on Intuit's status page), made safe to
//! show. Fake "QuickBooks support" numbers are the scam this page exists to counter, so no
//! outside text reaches the screen with a phone number, a hidden character or unbounded length,
//! even if the real status page one day carried one. The only way to get an [`OutsideText`] is
//! [`OutsideText::sanitize`]. Links, hand-overs and history never carry these texts at all
//! (see `share`); this is for what a live run shows.

use serde::{Serialize, Serializer};

/// What a phone-number-like run is replaced with.
pub const NUMBER_REMOVED: &str = "[number removed]";
/// The longest outside text shown, in characters, before "…".
pub const MAX_CHARS: usize = 120;

/// Outside text after [`OutsideText::sanitize`]: no control, bidi or zero-width characters,
/// whitespace collapsed, at most [`MAX_CHARS`] characters, no phone-number-like run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutsideText(String);

impl OutsideText {
    pub fn sanitize(raw: &str) -> OutsideText {
        let visible = collapse_whitespace(raw);
        let without_numbers = remove_phone_numbers(&visible);
        OutsideText(cap(&without_numbers, MAX_CHARS))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for OutsideText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Characters that change how text reads without being visible: bidi controls, zero-width
/// joiners and spaces, the byte-order mark, soft hyphen, tag characters, variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// Drops control and invisible characters; every run of whitespace becomes one space.
fn collapse_whitespace(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len().min(4 * MAX_CHARS));
    let mut pending_space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if c.is_control() || is_invisible(c) || is_private_use(c) {
            continue;
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
        // Far more than can be shown: the rest is never read.
        if out.len() > 16 * MAX_CHARS {
            break;
        }
    }
    out
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
}

/// Characters that may stand between the digits of a phone number in any common national or
/// international format: spaces, dashes of every kind, dots, slashes, brackets, the plus sign.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '/' | '(' | ')' | '[' | ']' | '+' | '·' | '•' | '_' | '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{FF0D}'
                | '\u{FF0E}'
                | '\u{FF08}'
                | '\u{FF09}'
                | '\u{FF0B}'
    )
}

/// A decimal digit in the scripts a number is written in to slip past filters: ASCII,
/// full-width, Arabic-Indic, Devanagari, Bengali, Thai, circled and mathematical digits. (The
/// full Unicode table would cost the page several kilobytes.)
fn is_digit(c: char) -> bool {
    matches!(c,
        '0'..='9'
        | '\u{FF10}'..='\u{FF19}'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{07C0}'..='\u{07C9}'
        | '\u{0966}'..='\u{096F}'
        | '\u{09E6}'..='\u{09EF}'
        | '\u{0E50}'..='\u{0E59}'
        | '\u{2070}'..='\u{2079}'
        | '\u{2080}'..='\u{2089}'
        | '\u{00B2}' | '\u{00B3}' | '\u{00B9}'
        | '\u{2460}'..='\u{249B}'
        | '\u{24EA}'..='\u{24FF}'
        | '\u{2776}'..='\u{2793}'
        | '\u{1D7CE}'..='\u{1D7FF}'
        | '\u{1FBF0}'..='\u{1FBF9}')
}

/// A letter O standing in for a zero inside a number ("8OO"), which scammers use to slip past
/// filters: only counted when the run already has a digit and a digit or separator follows.
fn is_zero_lookalike(c: char) -> bool {
    matches!(c, 'O' | 'o' | 'Ｏ')
}

/// Replaces every phone-number-like run with [`NUMBER_REMOVED`]: seven or more digits with only
/// separators between them, or a toll-free number spelt with letters ("1-800-FLOWERS").
fn remove_phone_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_run = is_digit(chars[i])
            || (matches!(chars[i], '+' | '(' | '（' | '[')
                && chars.get(i + 1).is_some_and(|c| is_digit(*c)));
        if !starts_run {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let (end, digits) = number_run(&chars, i);
        let (end, letters) = vanity_tail(&chars, i, end, digits);
        if digits >= 7 || (letters >= 4 && digits >= 3) {
            // Keep a separator that ended the run only if it is a space (the sentence goes on).
            out.push_str(NUMBER_REMOVED);
            if chars.get(end.wrapping_sub(1)) == Some(&' ') {
                out.push(' ');
            }
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

/// The run of digits and separators from `start`: its end (exclusive) and how many digits.
fn number_run(chars: &[char], start: usize) -> (usize, usize) {
    let mut end = start;
    let mut digits = 0;
    while end < chars.len() {
        let c = chars[end];
        let stands_for_zero = is_zero_lookalike(c)
            && digits > 0
            && chars
                .get(end + 1)
                .is_none_or(|n| is_digit(*n) || is_separator(*n) || is_zero_lookalike(*n));
        if is_digit(c) || stands_for_zero {
            digits += 1;
        } else if !is_separator(c) {
            break;
        }
        end += 1;
    }
    (end, digits)
}

/// A toll-free prefix (optionally after a 1) followed by capital letters after a dash or dot,
/// as in "1-800-FLOWERS" or "888.QBO.HELP": returns the new end and the number of letters.
fn vanity_tail(chars: &[char], start: usize, end: usize, digits: usize) -> (usize, usize) {
    let run: String = chars[start..end].iter().filter(|c| is_digit(**c)).collect();
    let toll_free = run.trim_start_matches('1').starts_with('8') && (3..7).contains(&digits);
    let after_dash = end > start && matches!(chars[end - 1], '-' | '.');
    if !toll_free || !after_dash {
        return (end, 0);
    }
    let mut at = end;
    let mut letters = 0;
    while at < chars.len()
        && (chars[at].is_ascii_uppercase() || (letters > 0 && matches!(chars[at], '-' | '.')))
    {
        if chars[at].is_ascii_uppercase() {
            letters += 1;
        }
        at += 1;
    }
    if letters >= 4 {
        (at, letters)
    } else {
        (end, 0)
    }
}

/// At most `max` characters, ending in "…" when cut.
fn cap(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        OutsideText::sanitize(s).as_str().to_string()
    }

    #[test]
    fn phone_numbers_in_common_formats_are_removed() {
        let numbers = [
            // Written in pieces, so that no phone number stands in this repository as such.
            concat!("1-800", "-555-", "0199"),
            concat!("+1 (800)", " 555-", "0199"),
            concat!("(800)", " 555-", "0199"),
            concat!("800.", "555.", "0199"),
            concat!("1 800", " 555 ", "0199"),
            "18005550199",
            "+44 20 7946 0958",
            "020 7946 0958",
            "+61 2 9876 5432",
            "(02) 9876 5432",
            "+91 98765 43210",
            "+49 30 123456",
            "+33 1 23 45 67 89",
            "800–555–0199",
            "800 — 555 — 0199",
            "１８００５５５０１９９",
            "+1/800/555/0199",
            "1-8OO-555-O199",
            "1-800-FLOWERS",
            "1-888-QBO-HELP",
            "𝟏𝟖𝟎𝟎𝟓𝟓𝟓𝟎𝟏𝟗𝟗",
            "①⑧⓪⓪⑤⑤⑤⓪①⑨⑨",
            "١٨٠٠٥٥٥٠١٩٩",
            "555-0199 ext 12",
        ];
        for number in numbers {
            let shown = clean(&format!("Call Intuit support: {number} now"));
            assert!(shown.contains(NUMBER_REMOVED), "{number} → {shown}");
            let digits = shown.chars().filter(|c| is_digit(*c)).count();
            assert!(digits <= 2, "{number} → {shown}");
        }
    }

    #[test]
    fn ordinary_status_texts_stay_as_they_are() {
        for text in [
            "Payments returning errors",
            "Partial System Outage",
            "QuickBooks Online: 502 errors on invoices",
            "Degraded performance since 10:30 PT",
            "Version 2.1.0 rollout",
            "Error 502-ERROR page",
            "Maintenance on 3 servers",
        ] {
            assert_eq!(clean(text), text);
        }
    }

    #[test]
    fn hidden_characters_are_removed_and_whitespace_collapsed() {
        let cases = [
            (
                "Call\u{202E}9910-555-008\u{202C} now",
                "Call[number removed] now",
            ),
            ("Pay\u{200B}ments\u{200D} down", "Payments down"),
            ("  a\t\n\r b  ", "a b"),
            ("\u{FEFF}\u{2066}Outage\u{2069}", "Outage"),
            ("a\u{0000}b\u{001B}[31mc", "ab[31mc"),
            ("tag\u{E0041}\u{E0042}s", "tags"),
        ];
        for (raw, shown) in cases {
            assert_eq!(clean(raw), shown, "{raw:?}");
        }
    }

    #[test]
    fn digits_split_by_hidden_characters_are_still_caught() {
        assert!(clean("8\u{200B}0\u{200B}0 555 0199").contains(NUMBER_REMOVED));
        assert!(clean("800\u{00A0}555\u{2009}0199").contains(NUMBER_REMOVED));
    }

    #[test]
    fn long_texts_are_capped() {
        let shown = clean(&"word ".repeat(500));
        assert!(shown.chars().count() <= MAX_CHARS, "{}", shown.len());
        assert!(shown.ends_with('…'));
        assert_eq!(clean(&"x".repeat(MAX_CHARS)).chars().count(), MAX_CHARS);
    }

    proptest::proptest! {
        #[test]
        fn no_output_holds_seven_digits_in_a_row_of_separators(raw in "[0-9 ().+\\-a-zA-Z\u{200B}\u{202E}]{0,80}") {
            let shown = clean(&raw);
            proptest::prop_assert!(shown.chars().count() <= MAX_CHARS);
            let mut digits = 0;
            for c in shown.chars() {
                if is_digit(c) {
                    digits += 1;
                    proptest::prop_assert!(digits < 7, "{raw:?} → {shown:?}");
                } else if !is_separator(c) {
                    digits = 0;
                }
            }
            let hidden = shown.contains('\u{200B}') || shown.contains('\u{202E}');
            proptest::prop_assert!(!hidden);
        }
    }
}
