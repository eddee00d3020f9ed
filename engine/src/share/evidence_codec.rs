//! Evidence to bytes and back. Field order is the format: append, never reorder.

use super::bytes::{Reader, Writer};
use super::DecodeError;
use crate::browser::{DetectedBy, Detection, Family, FormFactor, Os};
use crate::environment::{BaitFacts, CacheFacts, ContextFacts, CookieFacts, PageFacts};
use crate::evidence::{EndpointEvidence, Evidence};
use crate::outcome::{FetchAnswer, ImageAnswer, Observation};
use crate::status_page::{Indicator, StatusReading, StatusSummary};
use crate::triage::{Answer, Product, Symptom, Triage};

/// At most this many endpoints, components or incidents are read back.
const MAX_ITEMS: u64 = 64;
/// Status texts are clipped in links: the page shows the full status page a click away.
const MAX_LISTED: usize = 2;
const STATUS_TEXT: usize = 60;
const SHORT_TEXT: usize = 32;
const INDICATORS: [Indicator; 6] = [
    Indicator::None,
    Indicator::Maintenance,
    Indicator::Minor,
    Indicator::Major,
    Indicator::Critical,
    Indicator::Unknown,
];
/// Texts longer than this are clipped even in a hand-over: nothing the page measures is longer.
const FULL_TEXT: usize = super::bytes::MAX_TEXT;

/// How much goes in. A link is short and holds no free text; a hand-over between this page's
/// own wasm modules, inside one browser tab, keeps everything the report shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Link,
    Full,
}

impl Detail {
    fn text(self, link_max: usize) -> usize {
        match self {
            Detail::Link => link_max,
            Detail::Full => FULL_TEXT,
        }
    }

    fn full(self) -> bool {
        self == Detail::Full
    }
}

const DETECTED_BY: [DetectedBy; 2] = [DetectedBy::ClientHints, DetectedBy::UserAgent];
const BUILD_UNKNOWN: u8 = 0;
const BUILD_SAME: u8 = 1;
const BUILD_STALE: u8 = 2;

fn index<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

fn put_observation(w: &mut Writer, o: &Observation, d: Detail) {
    match &o.fetch {
        FetchAnswer::Answered { after_ms } => {
            w.uint(0);
            w.uint((*after_ms).into());
        }
        FetchAnswer::Failed { after_ms, error } => {
            w.uint(1);
            w.uint((*after_ms).into());
            if d.full() {
                w.clipped(error, FULL_TEXT);
            }
        }
        FetchAnswer::TimedOut => w.uint(2),
        FetchAnswer::BlockedByPolicy => w.uint(3),
        FetchAnswer::RedirectedAway { after_ms } => {
            w.uint(4);
            w.uint((*after_ms).into());
        }
    }
    match o.image {
        None => w.uint(0),
        Some(ImageAnswer::Loaded { after_ms }) => {
            w.uint(1);
            w.uint(after_ms.into());
        }
        Some(ImageAnswer::Failed { after_ms }) => {
            w.uint(2);
            w.uint(after_ms.into());
        }
        Some(ImageAnswer::TimedOut) => w.uint(3),
    }
}

fn get_observation(r: &mut Reader, d: Detail) -> Result<Observation, DecodeError> {
    let fetch = match r.uint()? {
        0 => FetchAnswer::Answered {
            after_ms: r.small()?,
        },
        1 => FetchAnswer::Failed {
            after_ms: r.small()?,
            error: full_text(r, d)?,
        },
        2 => FetchAnswer::TimedOut,
        3 => FetchAnswer::BlockedByPolicy,
        4 => FetchAnswer::RedirectedAway {
            after_ms: r.small()?,
        },
        _ => return Err(DecodeError::Malformed("a probe result is unknown")),
    };
    let image = match r.uint()? {
        0 => None,
        1 => Some(ImageAnswer::Loaded {
            after_ms: r.small()?,
        }),
        2 => Some(ImageAnswer::Failed {
            after_ms: r.small()?,
        }),
        3 => Some(ImageAnswer::TimedOut),
        _ => return Err(DecodeError::Malformed("an image result is unknown")),
    };
    Ok(Observation { fetch, image })
}

/// A text only a hand-over carries; empty in a link.
fn full_text(r: &mut Reader, d: Detail) -> Result<String, DecodeError> {
    if d.full() {
        r.text()
    } else {
        Ok(String::new())
    }
}

fn put_pairs(w: &mut Writer, pairs: &[(String, String)], d: Detail) {
    let most = if d.full() {
        MAX_ITEMS as usize
    } else {
        MAX_LISTED
    };
    let listed = &pairs[..pairs.len().min(most)];
    w.uint(listed.len() as u64);
    for (a, b) in listed {
        w.clipped(a, d.text(STATUS_TEXT));
        w.clipped(b, d.text(SHORT_TEXT));
    }
}

fn get_pairs(r: &mut Reader) -> Result<Vec<(String, String)>, DecodeError> {
    let n = r.uint()?;
    if n > MAX_ITEMS {
        return Err(DecodeError::Malformed("too many items"));
    }
    (0..n).map(|_| Ok((r.text()?, r.text()?))).collect()
}

fn put_status(w: &mut Writer, s: Option<&StatusReading>, d: Detail) {
    match s {
        None => w.uint(0),
        Some(StatusReading::Read { summary }) => {
            w.uint(1);
            w.uint(index(&INDICATORS, &summary.indicator));
            w.clipped(&summary.description, d.text(STATUS_TEXT));
            put_pairs(w, &summary.affected, d);
            put_pairs(w, &summary.incidents, d);
        }
        Some(StatusReading::HttpError { status }) => {
            w.uint(2);
            w.uint((*status).into());
        }
        Some(StatusReading::Unreadable { error }) => {
            w.uint(3);
            if d.full() {
                w.clipped(error, FULL_TEXT);
            }
        }
        Some(StatusReading::Malformed { error }) => {
            w.uint(4);
            if d.full() {
                w.clipped(error, FULL_TEXT);
            }
        }
        Some(StatusReading::TimedOut) => w.uint(5),
    }
}

fn get_status(r: &mut Reader, d: Detail) -> Result<Option<StatusReading>, DecodeError> {
    Ok(Some(match r.uint()? {
        0 => return Ok(None),
        1 => StatusReading::Read {
            summary: StatusSummary {
                indicator: r.pick(&INDICATORS)?,
                description: r.text()?,
                affected: get_pairs(r)?,
                incidents: get_pairs(r)?,
            },
        },
        2 => StatusReading::HttpError {
            status: u16::try_from(r.uint()?)
                .map_err(|_| DecodeError::Malformed("a status code is out of range"))?,
        },
        3 => StatusReading::Unreadable {
            error: full_text(r, d)?,
        },
        4 => StatusReading::Malformed {
            error: full_text(r, d)?,
        },
        5 => StatusReading::TimedOut,
        _ => return Err(DecodeError::Malformed("the status page result is unknown")),
    }))
}

/// Storage sizes: whole megabytes in a link, bytes in a hand-over.
fn put_bytes(w: &mut Writer, v: Option<f64>, d: Detail) {
    let unit = if d.full() { 1.0 } else { 1e6 };
    w.opt_uint(v.map(|b| (b / unit).round().max(0.0) as u64));
}

fn get_bytes(r: &mut Reader, d: Detail) -> Result<Option<f64>, DecodeError> {
    let unit = if d.full() { 1.0 } else { 1e6 };
    Ok(r.opt_uint()?.map(|n| n as f64 * unit))
}

pub fn encode(e: &Evidence, detail: Detail) -> Vec<u8> {
    let mut w = Writer::default();
    w.opt_uint(e.started_at_ms.map(|ms| (ms / 1000.0).max(0.0) as u64));
    w.tri(e.online);
    match &e.control {
        None => w.uint(0),
        Some(o) => {
            w.uint(1);
            put_observation(&mut w, o, detail);
        }
    }
    w.uint(e.endpoints.len() as u64);
    for ep in &e.endpoints {
        w.clipped(&ep.id, detail.text(SHORT_TEXT));
        put_observation(&mut w, &ep.observation, detail);
    }
    put_status(&mut w, e.status.as_ref(), detail);
    match e.detection() {
        None => w.uint(0),
        Some(d) => {
            w.uint(1);
            w.uint(index(&Family::ALL, &d.family));
            w.opt_uint(d.major.map(u64::from));
            w.uint(index(&Os::ALL, &d.os));
            w.opt_text(d.os_detail.as_deref(), detail.text(SHORT_TEXT));
            w.uint(index(&FormFactor::ALL, &d.form));
            w.uint(index(&DETECTED_BY, &d.detected_by));
        }
    }
    match &e.page {
        None => w.uint(0),
        Some(p) => {
            w.uint(1);
            w.opt_text(p.server_date.as_deref(), detail.text(SHORT_TEXT));
            w.int(p.sent_at_ms as i64);
            w.int((p.answered_at_ms - p.sent_at_ms) as i64);
            if detail.full() {
                w.opt_text(p.served_build.as_deref(), FULL_TEXT);
                w.opt_text(p.running_build.as_deref(), FULL_TEXT);
            } else {
                w.0.push(match (&p.served_build, &p.running_build) {
                    (Some(_), Some(_)) if p.stale_build() => BUILD_STALE,
                    (Some(_), Some(_)) => BUILD_SAME,
                    _ => BUILD_UNKNOWN,
                });
            }
        }
    }
    match &e.cookies {
        None => w.uint(0),
        Some(c) => {
            w.uint(1);
            for v in [
                c.cookie_enabled,
                c.cookie_round_trip,
                c.local_storage,
                c.session_storage,
            ] {
                w.tri(v);
            }
        }
    }
    match &e.cache {
        None => w.uint(0),
        Some(c) => {
            w.uint(1);
            w.tri(c.navigation_from_cache);
            w.opt_uint(c.service_workers.map(u64::from));
            w.opt_uint(c.cache_storage_entries.map(u64::from));
            put_bytes(&mut w, c.storage_used_bytes, detail);
            put_bytes(&mut w, c.storage_quota_bytes, detail);
        }
    }
    match &e.bait {
        None => w.uint(0),
        Some(b) => {
            w.uint(1);
            w.tri(Some(b.blocked));
            w.uint(b.after_ms.into());
        }
    }
    match &e.context {
        None => w.uint(0),
        Some(c) => {
            w.uint(1);
            w.opt_text(c.effective_type.as_deref(), detail.text(SHORT_TEXT));
            w.opt_uint(c.rtt_ms.map(u64::from));
            w.opt_uint(c.downlink_mbps.map(|d| (d * 10.0).round().max(0.0) as u64));
            w.tri(c.save_data);
            w.tri(c.secure_context);
            w.tri(c.in_iframe);
        }
    }
    match &e.triage {
        None => w.uint(0),
        Some(t) => {
            w.uint(1);
            w.opt_uint(t.symptom.map(|s| index(&Symptom::ALL, &s)));
            w.opt_uint(t.product.map(|p| index(&Product::ALL, &p)));
            for a in [
                t.works_in_private_window,
                t.works_on_other_network,
                t.works_on_other_device,
            ] {
                w.opt_uint(a.map(|a| index(&Answer::ALL, &a)));
            }
        }
    }
    w.0
}

fn opt_pick<T: Copy>(r: &mut Reader, all: &[T]) -> Result<Option<T>, DecodeError> {
    match r.opt_uint()? {
        None => Ok(None),
        Some(i) => all
            .get(i as usize)
            .copied()
            .map(Some)
            .ok_or(DecodeError::Malformed("a choice is out of range")),
    }
}

/// Reads `present` (0 or 1) and then the section, if present.
fn section<T>(
    r: &mut Reader,
    read: impl FnOnce(&mut Reader) -> Result<T, DecodeError>,
) -> Result<Option<T>, DecodeError> {
    match r.uint()? {
        0 => Ok(None),
        1 => read(r).map(Some),
        _ => Err(DecodeError::Malformed("a section marker is invalid")),
    }
}

pub fn decode(bytes: &[u8], d: Detail) -> Result<Evidence, DecodeError> {
    let r = &mut Reader::new(bytes);
    let started_at_ms = r.opt_uint()?.map(|s| s as f64 * 1000.0);
    let online = r.tri()?;
    let control = section(r, |r| get_observation(r, d))?;
    let count = r.uint()?;
    if count > MAX_ITEMS {
        return Err(DecodeError::Malformed("too many hosts"));
    }
    let endpoints = (0..count)
        .map(|_| {
            Ok(EndpointEvidence {
                id: r.text()?,
                observation: get_observation(r, d)?,
            })
        })
        .collect::<Result<Vec<_>, DecodeError>>()?;
    let status = get_status(r, d)?;
    let detected = section(r, |r| {
        Ok(Detection {
            family: r.pick(&Family::ALL)?,
            major: r.opt_small()?,
            os: r.pick(&Os::ALL)?,
            os_detail: r.opt_text()?,
            form: r.pick(&FormFactor::ALL)?,
            detected_by: r.pick(&DETECTED_BY)?,
            caveats: Vec::new(),
        })
    })?;
    let page = section(r, |r| {
        let server_date = r.opt_text()?;
        let sent_at_ms = r.int()? as f64;
        let answered_at_ms = sent_at_ms + r.int()? as f64;
        let (served_build, running_build) = if d.full() {
            (r.opt_text()?, r.opt_text()?)
        } else {
            let (served, running) = match r.byte()? {
                BUILD_UNKNOWN => (None, None),
                BUILD_SAME => (Some("shared"), Some("shared")),
                BUILD_STALE => (Some("newer"), Some("older")),
                _ => return Err(DecodeError::Malformed("the build marker is invalid")),
            };
            (served.map(String::from), running.map(String::from))
        };
        Ok(PageFacts {
            server_date,
            sent_at_ms,
            answered_at_ms,
            served_build,
            running_build,
        })
    })?;
    let cookies = section(r, |r| {
        Ok(CookieFacts {
            cookie_enabled: r.tri()?,
            cookie_round_trip: r.tri()?,
            local_storage: r.tri()?,
            session_storage: r.tri()?,
        })
    })?;
    let cache = section(r, |r| {
        Ok(CacheFacts {
            navigation_from_cache: r.tri()?,
            service_workers: r.opt_small()?,
            cache_storage_entries: r.opt_small()?,
            storage_used_bytes: get_bytes(r, d)?,
            storage_quota_bytes: get_bytes(r, d)?,
        })
    })?;
    let bait = section(r, |r| {
        Ok(BaitFacts {
            blocked: r.tri()? == Some(true),
            after_ms: r.small()?,
        })
    })?;
    let context = section(r, |r| {
        Ok(ContextFacts {
            effective_type: r.opt_text()?,
            rtt_ms: r.opt_small()?,
            downlink_mbps: r.opt_uint()?.map(|d| d as f64 / 10.0),
            save_data: r.tri()?,
            secure_context: r.tri()?,
            in_iframe: r.tri()?,
        })
    })?;
    let triage = section(r, |r| {
        Ok(Triage {
            symptom: opt_pick(r, &Symptom::ALL)?,
            product: opt_pick(r, &Product::ALL)?,
            works_in_private_window: opt_pick(r, &Answer::ALL)?,
            works_on_other_network: opt_pick(r, &Answer::ALL)?,
            works_on_other_device: opt_pick(r, &Answer::ALL)?,
        })
    })?;
    if !r.finished() {
        return Err(DecodeError::Malformed("there is extra data at the end"));
    }
    Ok(Evidence {
        control,
        endpoints,
        status,
        online,
        browser: None,
        detected,
        started_at_ms,
        page,
        cookies,
        cache,
        bait,
        context,
        triage,
    })
}
