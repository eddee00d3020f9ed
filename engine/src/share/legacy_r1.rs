//! The `r1` link format (November 2026), read only. Links and history entries made then must
//! keep opening with the same verdict, so this reader stays; nothing writes r1 any more.
//!
//! r1 carried a few short texts. They are never shown: each is either turned into the typed
//! value it stood for (an OS version, a connection type, the server's clock, a component's
//! status, an incident's impact) or dropped (the status page's description and names). Every
//! limit the r1 encoder kept is enforced, so nothing longer than it ever wrote is accepted.

use super::bytes::Reader;
use super::evidence_codec::{builds, get_image, limits};
use super::{Damage, DecodeError};
use crate::browser::{DetectedBy, Detection, Family, FormFactor, Os, OsDetail};
use crate::catalogue::endpoints::endpoint;
use crate::environment::{
    parse_http_date, BaitFacts, CacheFacts, ContextFacts, CookieFacts, EffectiveType, PageFacts,
};
use crate::evidence::{EndpointEvidence, Evidence};
use crate::outcome::{FetchAnswer, FetchError, Observation};
use crate::outside_text::OutsideText;
use crate::status_page::{
    AffectedComponent, ComponentStatus, Impact, Indicator, OpenIncident, StatusReading,
    StatusSummary,
};
use crate::triage::{Answer, Product, Symptom, Triage};

/// The r1 encoder's limits: status texts, other texts, entries per status list.
const STATUS_TEXT: usize = 60;
const SHORT_TEXT: usize = 32;
const LISTED: u64 = 2;
const DETECTED_BY: [DetectedBy; 2] = [DetectedBy::ClientHints, DetectedBy::UserAgent];

fn get_observation(r: &mut Reader) -> Result<Observation, DecodeError> {
    let fetch = match r.uint()? {
        0 => FetchAnswer::Answered {
            after_ms: r.upto32(limits::MS)?,
        },
        // r1 links never carried the error's kind; a rejected fetch is a network error
        // (TypeError) in every browser unless this page aborted it.
        1 => FetchAnswer::Failed {
            after_ms: r.upto32(limits::MS)?,
            error: FetchError::Network,
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
        second_image: None,
    })
}

/// A list of (name, word) pairs; the name is dropped, the word becomes a type.
fn get_pairs<T>(r: &mut Reader, typed: impl Fn(&str) -> T) -> Result<Vec<T>, DecodeError> {
    let n = r.upto(LISTED)?;
    (0..n)
        .map(|_| {
            r.text(STATUS_TEXT)?;
            Ok(typed(&r.text(SHORT_TEXT)?))
        })
        .collect()
}

fn get_status(r: &mut Reader) -> Result<Option<StatusReading>, DecodeError> {
    Ok(Some(match r.uint()? {
        0 => return Ok(None),
        1 => {
            let indicator = r.pick(&Indicator::ALL)?;
            r.text(STATUS_TEXT)?;
            StatusReading::Read {
                summary: StatusSummary {
                    indicator,
                    description: OutsideText::default(),
                    // r1 wrote Statuspage's status word with spaces for underscores.
                    affected: get_pairs(r, |word| AffectedComponent {
                        name: OutsideText::default(),
                        status: ComponentStatus::parse(&word.replace(' ', "_")),
                    })?,
                    incidents: get_pairs(r, |word| OpenIncident {
                        name: OutsideText::default(),
                        impact: Impact::parse(word),
                    })?,
                },
            }
        }
        2 => StatusReading::HttpError {
            status: r.upto(limits::HTTP_STATUS)? as u16,
        },
        3 => StatusReading::Unreadable {
            error: FetchError::Network,
        },
        4 => StatusReading::Malformed {
            reason: crate::status_page::MalformedReason::NotASummary,
        },
        5 => StatusReading::TimedOut,
        _ => return Err(DecodeError::Malformed(Damage::StatusResult)),
    }))
}

/// Reads `present` (0 or 1) and then the section, if present.
fn section<T>(
    r: &mut Reader,
    read: impl FnOnce(&mut Reader) -> Result<T, DecodeError>,
) -> Result<Option<T>, DecodeError> {
    match r.uint()? {
        0 => Ok(None),
        1 => read(r).map(Some),
        _ => Err(DecodeError::Malformed(Damage::SectionMarker)),
    }
}

pub fn decode(bytes: &[u8]) -> Result<Evidence, DecodeError> {
    let r = &mut Reader::new(bytes);
    let started_at_ms = r.opt_upto(limits::EPOCH_S)?.map(|s| s as f64 * 1000.0);
    let online = r.tri()?;
    let control = section(r, get_observation)?;
    let count = r.upto(limits::ENDPOINTS)?;
    let mut endpoints: Vec<EndpointEvidence> = Vec::new();
    for _ in 0..count {
        let id = r.text(SHORT_TEXT)?;
        let observation = get_observation(r)?;
        if let Some(known) = endpoint(&id) {
            if !endpoints.iter().any(|e| e.id == known.id) {
                endpoints.push(EndpointEvidence {
                    id: known.id.to_string(),
                    observation,
                });
            }
        }
    }
    let status = get_status(r)?;
    let detected = section(r, |r| {
        let family = r.pick(&Family::ALL)?;
        let major = r.opt_upto32(limits::BROWSER_MAJOR)?;
        let os = r.pick(&Os::ALL)?;
        let os_detail = r
            .opt_text(SHORT_TEXT)?
            .and_then(|words| OsDetail::from_words(&words, os));
        Ok(Detection {
            family,
            major,
            chromium_major: None,
            os,
            os_detail,
            form: r.pick(&FormFactor::ALL)?,
            detected_by: r.pick(&DETECTED_BY)?,
            caveats: Vec::new(),
        })
    })?;
    let page = section(r, |r| {
        let server_time_ms = r.opt_text(SHORT_TEXT)?.and_then(|d| parse_http_date(&d));
        let sent = r.int()?;
        let round_trip = r.int()?;
        if !(0..=(limits::EPOCH_S * 1000) as i64).contains(&sent)
            || !(0..=i64::from(limits::MS)).contains(&round_trip)
        {
            return Err(DecodeError::Malformed(Damage::NumberRange));
        }
        let (served_build, running_build) = builds(r.byte()?.into())?;
        Ok(PageFacts {
            server_time_ms,
            sent_at_ms: sent as f64,
            answered_at_ms: (sent + round_trip) as f64,
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
    // r1 links carried storage in whole megabytes.
    let megabytes = limits::STORAGE_BYTES / 1_000_000;
    let cache = section(r, |r| {
        Ok(CacheFacts {
            navigation_from_cache: r.tri()?,
            service_workers: r.opt_upto32(limits::SERVICE_WORKERS)?,
            cache_storage_entries: r.opt_upto32(limits::CACHE_ENTRIES)?,
            storage_used_bytes: r.opt_upto(megabytes)?.map(|n| n as f64 * 1e6),
            storage_quota_bytes: r.opt_upto(megabytes)?.map(|n| n as f64 * 1e6),
        })
    })?;
    let bait = section(r, |r| {
        Ok(BaitFacts {
            blocked: r.tri()? == Some(true),
            after_ms: r.upto32(limits::MS)?,
        })
    })?;
    let context = section(r, |r| {
        Ok(ContextFacts {
            effective_type: r
                .opt_text(SHORT_TEXT)?
                .and_then(|t| EffectiveType::parse(&t)),
            rtt_ms: r.opt_upto32(limits::MS)?,
            downlink_mbps: r
                .opt_upto(limits::DOWNLINK_TENTHS)?
                .map(|d| d as f64 / 10.0),
            save_data: r.tri()?,
            secure_context: r.tri()?,
            in_iframe: r.tri()?,
        })
    })?;
    let triage = section(r, |r| {
        Ok(Triage {
            symptom: r.opt_pick(&Symptom::ALL)?,
            product: r.opt_pick(&Product::ALL)?,
            works_in_private_window: r.opt_pick(&Answer::ALL)?,
            works_on_other_network: r.opt_pick(&Answer::ALL)?,
            works_on_other_device: r.opt_pick(&Answer::ALL)?,
        })
    })?;
    if r.more() {
        return Err(DecodeError::Malformed(Damage::ExtraData));
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
        native: None,
        ticket: None,
    })
}
