//! The system's display languages, where the system keeps them apart from the environment.
//! Windows does: its settings hold the languages a person reads, in their order, and LANG is
//! seldom set. Elsewhere the environment (LC_ALL, LC_MESSAGES, LANG) is the answer, so this
//! gives none.

/// The user's display languages as BCP 47 tags ("fr-CA"), first preferred first; empty where
/// the system does not say.
#[cfg(windows)]
pub fn languages() -> Vec<String> {
    // kernel32's GetUserPreferredUILanguages (Windows Vista and later): with MUI_LANGUAGE_NAME
    // it writes the tags as a list of NUL-terminated UTF-16 strings, ending with an empty one.
    #[link(name = "kernel32")]
    extern "system" {
        fn GetUserPreferredUILanguages(
            flags: u32,
            count: *mut u32,
            buffer: *mut u16,
            size: *mut u32,
        ) -> i32;
    }
    const MUI_LANGUAGE_NAME: u32 = 0x8;
    let (mut count, mut size) = (0u32, 0u32);
    // SAFETY: a null buffer with a size of 0 asks only for the size needed, written to `size`.
    let sized = unsafe {
        GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            std::ptr::null_mut(),
            &mut size,
        )
    };
    if sized == 0 || size == 0 || size > 4096 {
        return Vec::new();
    }
    let mut buffer = vec![0u16; size as usize];
    // SAFETY: `buffer` holds `size` UTF-16 units, as `size` tells the call.
    let written = unsafe {
        GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            buffer.as_mut_ptr(),
            &mut size,
        )
    };
    if written == 0 {
        return Vec::new();
    }
    tags(&buffer)
}

#[cfg(not(windows))]
pub fn languages() -> Vec<String> {
    Vec::new()
}

/// The tags in a list of NUL-terminated UTF-16 strings.
#[cfg_attr(not(windows), allow(dead_code))]
fn tags(list: &[u16]) -> Vec<String> {
    list.split(|unit| *unit == 0)
        .filter(|tag| !tag.is_empty())
        .map(String::from_utf16_lossy)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_a_list_of_tags() {
        let list: Vec<u16> = "fr-CA\0en-US\0\0".encode_utf16().collect();
        assert_eq!(super::tags(&list), ["fr-CA", "en-US"]);
        assert!(super::tags(&[0, 0]).is_empty());
    }
}
