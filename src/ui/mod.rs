//! The ui renders state and dispatches actions. Only [`App`] talks to the probes.

mod app;
mod browser_panel;
mod clipboard;
mod code_lookup;
mod copy_button;
mod download;
mod endpoints;
mod error_lookup;
mod fixes;
mod handout;
mod help;
mod history_panel;
mod progress;
mod share_bar;
pub mod state;
mod status_panel;
mod triage_form;
mod verdict;

pub use app::App;
