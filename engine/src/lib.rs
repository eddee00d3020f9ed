//! qbo-check's engine: everything that decides, nothing that touches the browser.
//!
//! The app's probes turn the browser into [`evidence::Evidence`]; [`diagnose::diagnose`] turns
//! evidence into ranked [`diagnose::Finding`]s; the ui renders them. Keeping this crate free of
//! web-sys means all of the judgement runs under plain `cargo test`.

pub mod browser;
pub mod calendar;
pub mod catalogue;
pub mod diagnose;
pub mod environment;
pub mod evidence;
pub mod find;
pub mod handout;
pub mod history;
pub mod lookups;
pub mod message;
pub mod notice;
pub mod outcome;
pub mod outside_text;
pub mod panel;
pub mod plan;
pub mod policy;
pub mod report;
pub mod report_file;
pub mod share;
pub mod status_page;
pub mod summary;
pub mod template;
pub mod ticket;
pub mod timing;
pub mod triage;
pub mod watch;
