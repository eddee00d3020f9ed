//! The follow-up part (`crate::split`): what a finished result needs (fix steps, sharing,
//! history, the IT handout, the facts list), which a first visit does not need at once. It gets
//! each result through [`crate::bridge`], so the first part stays within the first-load budget.

mod app;
mod clipboard;
mod copy_button;
pub(crate) mod download;
mod facts;
mod findings;
mod fixes;
mod handout;
mod history_panel;
mod hooks;
mod share_bar;
pub mod state;
mod status_line;
mod triage_form;
pub mod watch;

pub use app::Followup;
