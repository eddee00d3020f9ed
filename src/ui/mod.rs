//! The ui renders state and dispatches actions. Only [`App`] talks to the probes.

mod app;
mod browser_panel;
mod endpoints;
mod fallback_steps;
pub mod followup;
pub(crate) mod help;
mod hooks;
pub mod lookups;
mod progress;
pub(crate) mod same;
pub mod state;
mod status_panel;
mod verdict;
pub(crate) mod words;

pub use app::{App, AppProps};
