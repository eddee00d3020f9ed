//! Evidence to bytes and back: the `r2` format of links, history and the hand-over between the
//! page's two modules. It carries typed values only (enums, counts, numbers in range): no text
//! at all, so a decoded report can only say what this page's own code would say.
//!
//! Layout: a sequence of sections, each `tag, length, body`. A reader skips tags it does not
//! know and ignores bytes at the end of a body, so a later version may add sections and append
//! fields to any section or record without breaking older readers. A section or field that is
//! missing reads as "not measured". The byte layout is documented in docs/FORMATS.md.

use super::bytes::{Reader, Writer};
use super::{Damage, DecodeError};
use crate::browser::{DetectedBy, Detection, Family, FormFactor, Os, OsDetail};
use crate::catalogue::endpoints::endpoint;
use crate::environment::{
    BaitFacts, CacheFacts, ContextFacts, CookieFacts, EffectiveType, PageFacts,
};
use crate::evidence::{EndpointEvidence, Evidence, NativeFacts};
use crate::outcome::{FetchAnswer, FetchError, ImageAnswer, Observation};
use crate::outside_text::OutsideText;
use crate::status_page::{
    AffectedComponent, ComponentStatus, Impact, Indicator, MalformedReason, OpenIncident,
    StatusReading, StatusSummary, MAX_LISTED,
};
use crate::triage::{Answer, Product, Symptom, Triage};
use crate::watch::Watch;

/// The largest numbers any field holds. Encoders clamp to them, decoders refuse more, so a
/// decoded value is always one this page could have measured.
pub mod limits {
    /// A probe's time. The deadline is 8 s; a throttled tab can stretch it a little.
    pub const MS: u32 = 120_000;
    /// Seconds since 1970 of a run: before the year 2200.
    pub const EPOCH_S: u64 = 7_258_118_400;
    /// A clock skew: a device 100 years off is still a reading; more is not.
    pub const SKEW_MS: i64 = 3_155_760_000_000;
    pub const BROWSER_MAJOR: u32 = 9_999;
    pub const SERVICE_WORKERS: u32 = 10_000;
    pub const CACHE_ENTRIES: u32 = 10_000_000;
    /// Storage used or allowed: 1 PB.
    pub const STORAGE_BYTES: u64 = 1_000_000_000_000_000;
    /// Downlink, in tenths of Mbit/s: 100 Gbit/s.
    pub const DOWNLINK_TENTHS: u64 = 1_000_000;
    /// Hosts in one report.
    pub const ENDPOINTS: u64 = 64;
    /// Longest catalogue id.
    pub const ID_BYTES: usize = 32;
    pub const HTTP_STATUS: u64 = 999;
}

const DETECTED_BY: [DetectedBy; 2] = [DetectedBy::ClientHints, DetectedBy::UserAgent];

/// Section tags. Never reuse a number.
mod tag {
    pub const RUN: u64 = 1;
    pub const CONTROL: u64 = 2;
    pub const ENDPOINTS: u64 = 3;
    pub const STATUS: u64 = 4;
    pub const BROWSER: u64 = 5;
    pub const PAGE: u64 = 6;
    pub const COOKIES: u64 = 7;
    pub const CACHE: u64 = 8;
    pub const BAIT: u64 = 9;
    pub const CONTEXT: u64 = 10;
    pub const TRIAGE: u64 = 11;
    pub const WATCH: u64 = 12;
    pub const NATIVE: u64 = 13;
    pub const TICKET: u64 = 14;
}

pub(super) const BUILD_UNKNOWN: u64 = 0;
pub(super) const BUILD_SAME: u64 = 1;
pub(super) const BUILD_STALE: u64 = 2;

/// The build names a decoded report stands in with: only whether they differ is carried.
pub(super) fn builds(marker: u64) -> Result<(Option<String>, Option<String>), DecodeError> {
    let (served, running) = match marker {
        BUILD_UNKNOWN => (None, None),
        BUILD_SAME => (Some("same"), Some("same")),
        BUILD_STALE => (Some("newer"), Some("older")),
        _ => return Err(DecodeError::Malformed(Damage::BuildMarker)),
    };
    Ok((served.map(String::from), running.map(String::from)))
}

fn index<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

fn opt_index<T: PartialEq>(all: &[T], value: Option<&T>) -> u64 {
    value.map_or(0, |v| index(all, v) + 1)
}

fn ms(v: u32) -> u64 {
    v.min(limits::MS).into()
}

fn put_observation(w: &mut Writer, o: &Observation) {
    match &o.fetch {
        FetchAnswer::Answered { after_ms } => {
            w.uint(0);
            w.uint(ms(*after_ms));
        }
        FetchAnswer::Failed { after_ms, error } => {
            w.uint(1);
            w.uint(ms(*after_ms));
            w.uint(index(&FetchError::ALL, error));
        }
        FetchAnswer::TimedOut => w.uint(2),
        FetchAnswer::BlockedByPolicy => w.uint(3),
        FetchAnswer::RedirectedAway { after_ms } => {
            w.uint(4);
            w.uint(ms(*after_ms));
        }
    }
    put_image(w, o.image);
    put_image(w, o.second_image);
}

fn put_image(w: &mut Writer, image: Option<ImageAnswer>) {
    match image {
        None => w.uint(0),
        Some(ImageAnswer::Loaded { after_ms }) => {
            w.uint(1);
            w.uint(ms(after_ms));
        }
        Some(ImageAnswer::Failed { after_ms }) => {
            w.uint(2);
            w.uint(ms(after_ms));
        }
        Some(ImageAnswer::TimedOut) => w.uint(3),
    }
}

fn get_observation(r: &mut Reader) -> Result<Observation, DecodeError> {
    let fetch = match r.uint()? {
        0 => FetchAnswer::Answered {
            after_ms: r.upto32(limits::MS)?,
        },
        1 => FetchAnswer::Failed {
            after_ms: r.upto32(limits::MS)?,
            error: r.pick(&FetchError::ALL)?,
        },
        2 => FetchAnswer::TimedOut,
        3 => FetchAnswer::BlockedByPolicy,
        4 => FetchAnswer::RedirectedAway {
            after_ms: r.upto32(limits::MS)?,
        },
        _ => return Err(DecodeError::Malformed(Damage::ProbeResult)),
    };
    Ok(Observation {
        fetch,
        image: get_image(r)?,
        second_image: get_image(r)?,
    })
}

pub(super) fn get_image(r: &mut Reader) -> Result<Option<ImageAnswer>, DecodeError> {
    Ok(match r.uint()? {
        0 => None,
        1 => Some(ImageAnswer::Loaded {
            after_ms: r.upto32(limits::MS)?,
        }),
        2 => Some(ImageAnswer::Failed {
            after_ms: r.upto32(limits::MS)?,
        }),
        3 => Some(ImageAnswer::TimedOut),
        _ => return Err(DecodeError::Malformed(Damage::ImageResult)),
    })
}

fn put_status(w: &mut Writer, s: &StatusReading) {
    match s {
        StatusReading::Read { summary } => {
            w.uint(1);
            w.uint(index(&Indicator::ALL, &summary.indicator));
            let incidents = &summary.incidents[..summary.incidents.len().min(MAX_LISTED)];
            w.uint(incidents.len() as u64);
            for i in incidents {
                w.uint(index(&Impact::ALL, &i.impact));
            }
            let affected = &summary.affected[..summary.affected.len().min(MAX_LISTED)];
            w.uint(affected.len() as u64);
            for c in affected {
                w.uint(index(&ComponentStatus::ALL, &c.status));
            }
        }
        StatusReading::HttpError { status } => {
            w.uint(2);
            w.uint(u64::from(*status).min(limits::HTTP_STATUS));
        }
        StatusReading::Unreadable { error } => {
            w.uint(3);
            w.uint(index(&FetchError::ALL, error));
        }
        StatusReading::Malformed { reason } => {
            w.uint(4);
            w.uint(index(&MalformedReason::ALL, reason));
        }
        StatusReading::TimedOut => w.uint(5),
    }
}

/// A list of at most [`MAX_LISTED`] typed items.
fn get_list<T>(
    r: &mut Reader,
    item: impl Fn(&mut Reader) -> Result<T, DecodeError>,
) -> Result<Vec<T>, DecodeError> {
    let n = r.upto(MAX_LISTED as u64)?;
    (0..n).map(|_| item(r)).collect()
}

fn get_status(r: &mut Reader) -> Result<StatusReading, DecodeError> {
    Ok(match r.uint()? {
        1 => StatusReading::Read {
            summary: StatusSummary {
                indicator: r.pick(&Indicator::ALL)?,
                description: OutsideText::default(),
                incidents: get_list(r, |r| {
                    Ok(OpenIncident {
                        name: OutsideText::default(),
                        impact: r.pick(&Impact::ALL)?,
                    })
                })?,
                affected: get_list(r, |r| {
                    Ok(AffectedComponent {
                        name: OutsideText::default(),
                        status: r.pick(&ComponentStatus::ALL)?,
                    })
                })?,
            },
        },
        2 => StatusReading::HttpError {
            status: r.upto(limits::HTTP_STATUS)? as u16,
        },
        3 => StatusReading::Unreadable {
            error: r.pick(&FetchError::ALL)?,
        },
        4 => StatusReading::Malformed {
            reason: r.pick(&MalformedReason::ALL)?,
        },
        5 => StatusReading::TimedOut,
        _ => return Err(DecodeError::Malformed(Damage::StatusResult)),
    })
}

fn put_os_detail(w: &mut Writer, d: Option<OsDetail>) {
    match d {
        None => w.uint(0),
        Some(OsDetail::Windows10) => w.uint(1),
        Some(OsDetail::Windows11) => w.uint(2),
        Some(OsDetail::Windows10Or11) => w.uint(3),
        Some(OsDetail::IpadOs) => w.uint(4),
        Some(OsDetail::Version { major, minor }) => {
            w.uint(5);
            w.uint(major.min(OsDetail::MAX_VERSION).into());
            w.opt_uint(minor.map(|m| m.min(OsDetail::MAX_VERSION).into()));
        }
    }
}

fn get_os_detail(r: &mut Reader) -> Result<Option<OsDetail>, DecodeError> {
    let max = u64::from(OsDetail::MAX_VERSION);
    Ok(Some(match r.uint()? {
        0 => return Ok(None),
        1 => OsDetail::Windows10,
        2 => OsDetail::Windows11,
        3 => OsDetail::Windows10Or11,
        4 => OsDetail::IpadOs,
        5 => OsDetail::Version {
            major: r.upto(max)? as u16,
            minor: r.opt_upto(max)?.map(|m| m as u16),
        },
        _ => return Err(DecodeError::Malformed(Damage::OsVersion)),
    }))
}

/// Storage sizes in whole bytes, clamped.
fn put_bytes(w: &mut Writer, v: Option<f64>) {
    w.opt_uint(v.map(|b| (b.round().max(0.0) as u64).min(limits::STORAGE_BYTES)));
}

fn get_bytes(r: &mut Reader) -> Result<Option<f64>, DecodeError> {
    Ok(r.opt_upto(limits::STORAGE_BYTES)?.map(|n| n as f64))
}

fn section(w: &mut Writer, tag: u64, body: impl FnOnce(&mut Writer)) {
    w.uint(tag);
    w.record(body);
}

pub fn encode(e: &Evidence) -> Vec<u8> {
    let mut w = Writer::default();
    section(&mut w, tag::RUN, |w| {
        w.opt_uint(
            e.started_at_ms
                .map(|ms| ((ms / 1000.0).max(0.0) as u64).min(limits::EPOCH_S)),
        );
        w.tri(e.online);
    });
    if let Some(o) = &e.control {
        section(&mut w, tag::CONTROL, |w| put_observation(w, o));
    }
    let known: Vec<&EndpointEvidence> = e
        .endpoints
        .iter()
        .filter(|ep| endpoint(&ep.id).is_some())
        .take(limits::ENDPOINTS as usize)
        .collect();
    section(&mut w, tag::ENDPOINTS, |w| {
        w.uint(known.len() as u64);
        for ep in known {
            w.record(|w| {
                w.id(&ep.id);
                put_observation(w, &ep.observation);
            });
        }
    });
    if let Some(s) = &e.status {
        section(&mut w, tag::STATUS, |w| put_status(w, s));
    }
    if let Some(d) = e.detection() {
        section(&mut w, tag::BROWSER, |w| {
            w.uint(index(&Family::ALL, &d.family));
            w.opt_uint(
                d.major
                    .filter(|m| *m <= limits::BROWSER_MAJOR)
                    .map(u64::from),
            );
            w.uint(index(&Os::ALL, &d.os));
            put_os_detail(w, d.os_detail);
            w.uint(index(&FormFactor::ALL, &d.form));
            w.uint(index(&DETECTED_BY, &d.detected_by));
            // Appended in 2026-11 (docs/FORMATS.md): older readers stop before it.
            w.opt_uint(
                d.chromium_major
                    .filter(|m| *m <= limits::BROWSER_MAJOR)
                    .map(u64::from),
            );
        });
    }
    if let Some(p) = &e.page {
        section(&mut w, tag::PAGE, |w| {
            let sent = (p.sent_at_ms.round().max(0.0) as u64).min(limits::EPOCH_S * 1000);
            w.uint(sent);
            let round_trip = (p.answered_at_ms - p.sent_at_ms).round().max(0.0) as u64;
            w.uint(round_trip.min(limits::MS.into()));
            // The clock reading, as the server's time minus the device's at sending.
            w.tri(Some(p.server_time_ms.is_some()));
            if let Some(server) = p.server_time_ms {
                let skew = server.saturating_sub(sent as i64);
                w.int(skew.clamp(-limits::SKEW_MS, limits::SKEW_MS));
            }
            w.uint(match (&p.served_build, &p.running_build) {
                (Some(_), Some(_)) if p.stale_build() => BUILD_STALE,
                (Some(_), Some(_)) => BUILD_SAME,
                _ => BUILD_UNKNOWN,
            });
        });
    }
    if let Some(c) = &e.cookies {
        section(&mut w, tag::COOKIES, |w| {
            for v in [
                c.cookie_enabled,
                c.cookie_round_trip,
                c.local_storage,
                c.session_storage,
            ] {
                w.tri(v);
            }
        });
    }
    if let Some(c) = &e.cache {
        section(&mut w, tag::CACHE, |w| {
            w.tri(c.navigation_from_cache);
            w.opt_uint(
                c.service_workers
                    .map(|n| n.min(limits::SERVICE_WORKERS).into()),
            );
            w.opt_uint(
                c.cache_storage_entries
                    .map(|n| n.min(limits::CACHE_ENTRIES).into()),
            );
            put_bytes(w, c.storage_used_bytes);
            put_bytes(w, c.storage_quota_bytes);
        });
    }
    if let Some(b) = &e.bait {
        section(&mut w, tag::BAIT, |w| {
            w.tri(Some(b.blocked));
            w.uint(ms(b.after_ms));
        });
    }
    if let Some(c) = &e.context {
        section(&mut w, tag::CONTEXT, |w| {
            w.uint(opt_index(&EffectiveType::ALL, c.effective_type.as_ref()));
            w.opt_uint(c.rtt_ms.map(ms));
            w.opt_uint(
                c.downlink_mbps
                    .map(|d| ((d * 10.0).round().max(0.0) as u64).min(limits::DOWNLINK_TENTHS)),
            );
            w.tri(c.save_data);
            w.tri(c.secure_context);
            w.tri(c.in_iframe);
        });
    }
    if let Some(t) = &e.triage {
        section(&mut w, tag::TRIAGE, |w| {
            w.uint(opt_index(&Symptom::ALL, t.symptom.as_ref()));
            w.uint(opt_index(&Product::ALL, t.product.as_ref()));
            for a in [
                t.works_in_private_window,
                t.works_on_other_network,
                t.works_on_other_device,
            ] {
                w.uint(opt_index(&Answer::ALL, a.as_ref()));
            }
        });
    }
    if let Some(n) = &e.native {
        section(&mut w, tag::NATIVE, |w| {
            w.uint(u64::from(n.inspected_hosts).min(limits::ENDPOINTS));
            w.opt_uint(n.product.map(u64::from));
        });
    }
    w.0
}

/// [`encode`] plus the sections only the follow-up module writes: the watch and the ticket tag.
/// The page's first module records neither, so it uses [`encode`] alone (for the hand-over) and
/// carries neither codec.
pub fn encode_with_watch(e: &Evidence, watch: Option<&Watch>) -> Vec<u8> {
    let mut w = Writer(encode(e));
    if let Some(t) = &e.ticket {
        section(&mut w, tag::TICKET, |w| w.id(t.as_str()));
    }
    if let Some(watch) = watch {
        section(&mut w, tag::WATCH, |w| {
            w.0.extend_from_slice(&super::watch_codec::encode(watch))
        });
    }
    w.0
}

/// Files a section's value, refusing a second copy of the same section.
fn once<T>(slot: &mut Option<T>, value: T) -> Result<(), DecodeError> {
    if slot.is_some() {
        return Err(DecodeError::Malformed(Damage::SectionTwice));
    }
    *slot = Some(value);
    Ok(())
}

/// The ticket tag's section: the one text a link carries, read with the same strict rule as
/// the address it came from.
fn ticket(slot: &mut Option<crate::ticket::Ticket>, body: &mut Reader) -> Result<(), DecodeError> {
    let tag = crate::ticket::Ticket::parse(&body.text(crate::ticket::MAX_CHARS)?)
        .map_err(|_| DecodeError::Malformed(Damage::TicketTag))?;
    once(slot, tag)
}

/// Reads every section, the watch and the ticket tag included.
pub fn decode_with_watch(bytes: &[u8]) -> Result<(Evidence, Option<Watch>), DecodeError> {
    decode_followup(bytes, true)
}

/// Reads every section but the watch (skipped like an unknown section, so a link whose watch
/// this build cannot read still opens its result).
pub fn decode_with_ticket(bytes: &[u8]) -> Result<Evidence, DecodeError> {
    decode_followup(bytes, false).map(|(evidence, _)| evidence)
}

/// The follow-up module's reader: one closure for both callers above, so the wasm module holds
/// one copy of [`decode_sections`] for them, not two.
fn decode_followup(bytes: &[u8], watch: bool) -> Result<(Evidence, Option<Watch>), DecodeError> {
    let mut read_watch = None;
    let mut read_ticket = None;
    let mut evidence = decode_sections(bytes, |section, body| match section {
        tag::WATCH if watch => once(&mut read_watch, super::watch_codec::decode(body)?),
        tag::TICKET => ticket(&mut read_ticket, body),
        _ => Ok(()),
    })?;
    evidence.ticket = read_ticket;
    Ok((evidence, read_watch))
}

/// Reads every section but the watch and the ticket tag, which it skips like any section it does
/// not know: the page's first module draws neither (the follow-up module reads them from the
/// link itself), so it does not carry their codecs.
pub fn decode(bytes: &[u8]) -> Result<Evidence, DecodeError> {
    decode_sections(bytes, |_, _| Ok(()))
}

/// The sections this module reads itself; the others go to `other`.
fn decode_sections(
    bytes: &[u8],
    mut other: impl FnMut(u64, &mut Reader) -> Result<(), DecodeError>,
) -> Result<Evidence, DecodeError> {
    let r = &mut Reader::new(bytes);
    let mut e = Evidence::default();
    let mut run = None;
    let mut endpoints = None;
    while r.more() {
        let tag = r.uint()?;
        let body = &mut r.record()?;
        match tag {
            tag::RUN => once(
                &mut run,
                (
                    body.opt_upto(limits::EPOCH_S)?.map(|s| s as f64 * 1000.0),
                    body.tri()?,
                ),
            )?,
            tag::CONTROL => once(&mut e.control, get_observation(body)?)?,
            tag::ENDPOINTS => once(&mut endpoints, get_endpoints(body)?)?,
            tag::STATUS => once(&mut e.status, get_status(body)?)?,
            tag::BROWSER => once(&mut e.detected, get_detection(body)?)?,
            tag::PAGE => once(&mut e.page, get_page(body)?)?,
            tag::COOKIES => once(
                &mut e.cookies,
                CookieFacts {
                    cookie_enabled: body.tri()?,
                    cookie_round_trip: body.tri()?,
                    local_storage: body.tri()?,
                    session_storage: body.tri()?,
                },
            )?,
            tag::CACHE => once(
                &mut e.cache,
                CacheFacts {
                    navigation_from_cache: body.tri()?,
                    service_workers: body.opt_upto32(limits::SERVICE_WORKERS)?,
                    cache_storage_entries: body.opt_upto32(limits::CACHE_ENTRIES)?,
                    storage_used_bytes: get_bytes(body)?,
                    storage_quota_bytes: get_bytes(body)?,
                },
            )?,
            tag::BAIT => once(
                &mut e.bait,
                BaitFacts {
                    blocked: body.tri()? == Some(true),
                    after_ms: body.upto32(limits::MS)?,
                },
            )?,
            tag::CONTEXT => once(
                &mut e.context,
                ContextFacts {
                    effective_type: body.opt_pick(&EffectiveType::ALL)?,
                    rtt_ms: body.opt_upto32(limits::MS)?,
                    downlink_mbps: body
                        .opt_upto(limits::DOWNLINK_TENTHS)?
                        .map(|d| d as f64 / 10.0),
                    save_data: body.tri()?,
                    secure_context: body.tri()?,
                    in_iframe: body.tri()?,
                },
            )?,
            tag::TRIAGE => once(
                &mut e.triage,
                Triage {
                    symptom: body.opt_pick(&Symptom::ALL)?,
                    product: body.opt_pick(&Product::ALL)?,
                    works_in_private_window: body.opt_pick(&Answer::ALL)?,
                    works_on_other_network: body.opt_pick(&Answer::ALL)?,
                    works_on_other_device: body.opt_pick(&Answer::ALL)?,
                },
            )?,
            tag::NATIVE => once(
                &mut e.native,
                NativeFacts {
                    inspected_hosts: body.upto32(limits::ENDPOINTS as u32)?,
                    product: body
                        .opt_upto(crate::catalogue::inspection::PRODUCTS.len() as u64 - 1)?
                        .map(|i| i as u8),
                },
            )?,
            // The watch, or a section a later version added (skipped whole).
            other_tag => other(other_tag, body)?,
        }
    }
    let (started_at_ms, online) = run.ok_or(DecodeError::Malformed(Damage::RunMissing))?;
    e.started_at_ms = started_at_ms;
    e.online = online;
    e.endpoints = endpoints.unwrap_or_default();
    Ok(e)
}

/// Hosts, by catalogue id. Ids this build's catalogue does not have are skipped (an older or
/// newer catalogue); anything that is not an id is refused.
fn get_endpoints(r: &mut Reader) -> Result<Vec<EndpointEvidence>, DecodeError> {
    let n = r.upto(limits::ENDPOINTS)?;
    let mut out: Vec<EndpointEvidence> = Vec::new();
    for _ in 0..n {
        let item = &mut r.record()?;
        let id = item.text(limits::ID_BYTES)?;
        let observation = get_observation(item)?;
        let Some(known) = endpoint(&id) else {
            continue;
        };
        if out.iter().any(|e| e.id == known.id) {
            return Err(DecodeError::Malformed(Damage::HostTwice));
        }
        out.push(EndpointEvidence {
            id: known.id.to_string(),
            observation,
        });
    }
    Ok(out)
}

fn get_detection(r: &mut Reader) -> Result<Detection, DecodeError> {
    let mut detection = Detection {
        family: r.pick(&Family::ALL)?,
        major: r.opt_upto32(limits::BROWSER_MAJOR)?,
        chromium_major: None,
        os: r.pick(&Os::ALL)?,
        os_detail: get_os_detail(r)?,
        form: r.pick(&FormFactor::ALL)?,
        detected_by: r.pick(&DETECTED_BY)?,
        caveats: Vec::new(),
    };
    // Links made before the Chromium version was recorded end here.
    if r.more() {
        detection.chromium_major = r.opt_upto32(limits::BROWSER_MAJOR)?;
    }
    Ok(detection)
}

fn get_page(r: &mut Reader) -> Result<PageFacts, DecodeError> {
    let sent = r.upto(limits::EPOCH_S * 1000)? as i64;
    let round_trip = r.upto(limits::MS.into())? as i64;
    let server_time_ms = match r.tri()? {
        Some(true) => Some(sent + r.int_within(limits::SKEW_MS)?),
        _ => None,
    };
    let (served_build, running_build) = builds(r.uint()?)?;
    Ok(PageFacts {
        server_time_ms,
        sent_at_ms: sent as f64,
        answered_at_ms: (sent + round_trip) as f64,
        served_build,
        running_build,
    })
}
