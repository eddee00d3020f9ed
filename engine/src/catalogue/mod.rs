//! Catalogues are data with a source for each fact. Adding a host means adding a row.

pub mod browsers;
pub mod endpoints;
pub mod error_codes;
pub mod inspection;
pub mod instructions;
pub mod tasks;

pub use endpoints::{Endpoint, Group, ImageSeen, ProbeImage, ENDPOINTS, STATUS_PAGE};
