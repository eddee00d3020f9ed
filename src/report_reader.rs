//! The page's half of "Open a saved report", in the extras part
//! (`crate::split::read_report_file`): reads the chosen `File` in this browser and hands its two
//! fields to `engine::report_file`, which decides. The size is checked before a byte is read, so a
//! 50 MB file is never loaded; nothing is sent anywhere.

use engine::report_file::{link_in, ReportFileError, MAX_BYTES};
use wasm_bindgen::JsValue;

use crate::js;
use crate::ui::followup::state::Refusal;

/// Reading a 1 MB file takes milliseconds; a stuck read must still end.
const READ_DEADLINE_MS: u32 = 5_000;

/// The report's link as a fragment (`r2.…`), or why it cannot open, in the language shown.
pub async fn read(file: JsValue) -> Result<String, Refusal> {
    let size = js::number(&file, "size").ok_or(ReportFileError::NotJson);
    let text = match size {
        Ok(size) if size > MAX_BYTES => Err(ReportFileError::TooLarge),
        Ok(_) => match js::call(&file, "text", &[]) {
            Some(promise) => js::settle(promise, READ_DEADLINE_MS)
                .await
                .and_then(|t| t.as_string())
                .ok_or(ReportFileError::NotJson),
            None => Err(ReportFileError::NotJson),
        },
        Err(e) => Err(e),
    };
    text.and_then(|text| js_sys::JSON::parse(&text).map_err(|_| ReportFileError::NotJson))
        .and_then(|json| {
            link_in(
                js::string(&json, "schema").as_deref(),
                js::string(&json, "link").as_deref(),
            )
        })
        .map_err(|error| {
            let words = crate::ui::words::shown();
            Refusal::File {
                text: words.files().say(error, words.notices()),
                lang: words.lang().unwrap_or("en"),
            }
        })
}
