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
const DETECTED_BY: [DetectedBy; 2] = [DetectedBy::ClientHints, DetectedBy::UserAgent];
const BUILD_UNKNOWN: u8 = 0;
const BUILD_SAME: u8 = 1;
const BUILD_STALE: u8 = 2;

fn index<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

fn put_observation(w: &mut Writer, o: &Observation) {
    match &o.fetch {
        FetchAnswer::Answered { after_ms } => {
            w.uint(0);
            w.uint((*after_ms).into());
        }
        FetchAnswer::Failed { after_ms, .. } => {
            w.uint(1);
            w.uint((*after_ms).into());
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

fn get_observation(r: &mut Reader) -> Result<Observation, DecodeError> {
    let fetch = match r.uint()? {
        0 => FetchAnswer::Answered {
            after_ms: r.small()?,
        },
        1 => FetchAnswer::Failed {
            after_ms: r.small()?,
            error: String::new(),
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

fn put_pairs(w: &mut Writer, pairs: &[(String, String)]) {
    let listed = &pairs[..pairs.len().min(MAX_LISTED)];
    w.uint(listed.len() as u64);
    for (a, b) in listed {
        w.clipped(a, STATUS_TEXT);
        w.clipped(b, SHORT_TEXT);
    }
}

fn get_pairs(r: &mut Reader) -> Result<Vec<(String, String)>, DecodeError> {
    let n = r.uint()?;
    if n > MAX_ITEMS {
        return Err(DecodeError::Malformed("too many items"));
    }
    (0..n).map(|_| Ok((r.text()?, r.text()?))).collect()
}

fn put_status(w: &mut Writer, s: Option<&StatusReading>) {
    match s {
        None => w.uint(0),
        Some(StatusReading::Read { summary }) => {
            w.uint(1);
            w.uint(index(&INDICATORS, &summary.indicator));
            w.clipped(&summary.description, STATUS_TEXT);
            put_pairs(w, &summary.affected);
            put_pairs(w, &summary.incidents);
        }
        Some(StatusReading::HttpError { status }) => {
            w.uint(2);
            w.uint((*status).into());
        }
        Some(StatusReading::Unreadable { .. }) => w.uint(3),
        Some(StatusReading::Malformed { .. }) => w.uint(4),
        Some(StatusReading::TimedOut) => w.uint(5),
    }
}

fn get_status(r: &mut Reader) -> Result<Option<StatusReading>, DecodeError> {
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
            error: String::new(),
        },
        4 => StatusReading::Malformed {
            error: String::new(),
        },
        5 => StatusReading::TimedOut,
        _ => return Err(DecodeError::Malformed("the status page result is unknown")),
    }))
}

fn opt_f64_mb(v: Option<f64>) -> Option<u64> {
    v.map(|b| (b / 1e6).round().max(0.0) as u64)
}

pub fn encode(e: &Evidence) -> Vec<u8> {
    let mut w = Writer::default();
    w.opt_uint(e.started_at_ms.map(|ms| (ms / 1000.0).max(0.0) as u64));
    w.tri(e.online);
    match &e.control {
        None => w.uint(0),
        Some(o) => {
            w.uint(1);
            put_observation(&mut w, o);
        }
    }
    w.uint(e.endpoints.len() as u64);
    for ep in &e.endpoints {
        w.clipped(&ep.id, SHORT_TEXT);
        put_observation(&mut w, &ep.observation);
    }
    put_status(&mut w, e.status.as_ref());
    match e.detection() {
        None => w.uint(0),
        Some(d) => {
            w.uint(1);
            w.uint(index(&Family::ALL, &d.family));
            w.opt_uint(d.major.map(u64::from));
            w.uint(index(&Os::ALL, &d.os));
            w.opt_text(d.os_detail.as_deref(), SHORT_TEXT);
            w.uint(index(&FormFactor::ALL, &d.form));
            w.uint(index(&DETECTED_BY, &d.detected_by));
        }
    }
    match &e.page {
        None => w.uint(0),
        Some(p) => {
            w.uint(1);
            w.opt_text(p.server_date.as_deref(), SHORT_TEXT);
            w.int(p.sent_at_ms as i64);
            w.int((p.answered_at_ms - p.sent_at_ms) as i64);
            w.0.push(match (&p.served_build, &p.running_build) {
                (Some(_), Some(_)) if p.stale_build() => BUILD_STALE,
                (Some(_), Some(_)) => BUILD_SAME,
                _ => BUILD_UNKNOWN,
            });
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
            w.opt_uint(opt_f64_mb(c.storage_used_bytes));
            w.opt_uint(opt_f64_mb(c.storage_quota_bytes));
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
            w.opt_text(c.effective_type.as_deref(), SHORT_TEXT);
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

pub fn decode(bytes: &[u8]) -> Result<Evidence, DecodeError> {
    let r = &mut Reader::new(bytes);
    let started_at_ms = r.opt_uint()?.map(|s| s as f64 * 1000.0);
    let online = r.tri()?;
    let control = section(r, get_observation)?;
    let count = r.uint()?;
    if count > MAX_ITEMS {
        return Err(DecodeError::Malformed("too many hosts"));
    }
    let endpoints = (0..count)
        .map(|_| {
            Ok(EndpointEvidence {
                id: r.text()?,
                observation: get_observation(r)?,
            })
        })
        .collect::<Result<Vec<_>, DecodeError>>()?;
    let status = get_status(r)?;
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
        let (served, running) = match r.byte()? {
            BUILD_UNKNOWN => (None, None),
            BUILD_SAME => (Some("shared"), Some("shared")),
            BUILD_STALE => (Some("newer"), Some("older")),
            _ => return Err(DecodeError::Malformed("the build marker is invalid")),
        };
        Ok(PageFacts {
            server_date,
            sent_at_ms,
            answered_at_ms,
            served_build: served.map(String::from),
            running_build: running.map(String::from),
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
            storage_used_bytes: r.opt_uint()?.map(|mb| mb as f64 * 1e6),
            storage_quota_bytes: r.opt_uint()?.map(|mb| mb as f64 * 1e6),
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
