//! Probes turn the browser into evidence. Each has a hard deadline; none of them decides.

pub mod bait;
pub mod browser;
pub mod cache;
pub mod context;
pub mod cookies;
pub mod deadline;
pub mod fetch;
pub mod image;

pub mod page;
pub mod policy_watch;
pub mod reach;
pub mod round;
pub mod run;
pub mod status;
