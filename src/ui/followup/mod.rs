//! The second wasm module: what a finished result needs (fix steps, sharing, history, the IT
//! handout, the facts list) and the lookups, which a first visit does not need at once. It gets each result through [`crate::bridge`], so the
//! first module stays within the first-load budget.

mod app;
mod clipboard;
mod code_lookup;
mod copy_button;
mod download;
mod error_lookup;
mod facts;
mod findings;
mod fixes;
mod handout;
mod history_panel;
mod hooks;
mod share_bar;
pub mod state;
mod status_line;
mod tools;
mod triage_form;
pub mod watch;

pub use app::Followup;
