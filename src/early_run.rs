//! With `?run`, the probes start before Yew draws the page: drawing the first screen (and the
//! browser's first paint) would otherwise delay every probe by tens of milliseconds. Facts that
//! land before the app is listening wait here and are replayed, in order, when it attaches.

use std::cell::RefCell;
use std::rc::Rc;

use engine::evidence::Fact;

use crate::probe;

type Sink = Box<dyn Fn(Fact)>;

#[derive(Default)]
struct Inner {
    waiting: Vec<Fact>,
    sink: Option<Sink>,
    /// The probes could not be fetched (see [`crate::split::start_run`]).
    unavailable: bool,
    on_unavailable: Option<Box<dyn Fn()>>,
}

/// Run number 1, started by [`EarlyRun::start`] before the app existed.
#[derive(Clone)]
pub struct EarlyRun {
    pub online: Option<bool>,
    pub started_at_ms: f64,
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for EarlyRun {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl EarlyRun {
    /// The run number the app must give this run.
    pub const RUN: u32 = 1;

    pub fn start() -> Self {
        let early = EarlyRun {
            online: probe::run::online(),
            started_at_ms: js_sys::Date::now(),
            inner: Rc::default(),
        };
        let inner = early.inner.clone();
        let report: probe::run::Report = Rc::new(move |fact| {
            if let Some(sink) = &inner.borrow().sink {
                sink(fact);
                return;
            }
            inner.borrow_mut().waiting.push(fact);
        });
        let inner = early.inner.clone();
        let unavailable = move || {
            inner.borrow_mut().unavailable = true;
            if let Some(on_unavailable) = &inner.borrow().on_unavailable {
                on_unavailable();
            }
        };
        crate::split::start_run_or(Self::RUN, report, Rc::new(unavailable));
        early
    }

    /// Hands every fact so far, then each later one, to `sink`; `unavailable` is called if the
    /// probes could not be fetched (now, or later).
    pub fn attach(&self, sink: impl Fn(Fact) + 'static, unavailable: impl Fn() + 'static) {
        let waiting = std::mem::take(&mut self.inner.borrow_mut().waiting);
        for fact in waiting {
            sink(fact);
        }
        self.inner.borrow_mut().sink = Some(Box::new(sink));
        if self.inner.borrow().unavailable {
            unavailable();
        }
        self.inner.borrow_mut().on_unavailable = Some(Box::new(unavailable));
    }
}
