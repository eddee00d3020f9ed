//! Probes turn the browser into evidence. Each has a hard deadline; none of them decides.

pub mod deadline;
pub mod image;
pub mod policy_watch;
pub mod reach;
pub mod run;
pub mod status;
