//! The ui renders state and dispatches actions. Only [`App`] talks to the probes.

mod app;
mod browser_panel;
mod endpoints;
mod help;
mod progress;
pub mod state;
mod status_panel;
mod verdict;

pub use app::App;
