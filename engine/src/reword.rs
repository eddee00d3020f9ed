//! Proof that no rule reads English. Every sentence the engine still writes as a sentence (a
//! host row's note) passes through [`prose`]; findings hold no sentences, only messages that a
//! language pack words when shown (`crate::message`). In a test build a test can turn on
//! rewording, which reverses each such sentence; the diagnosis of every fixed scenario must
//! come out the same (`diagnose_reworded_too` and
//! `rewording_reaches_every_sentence_a_rule_might_read` in `diagnose/tests.rs`). In the page and
//! the native checker `prose` does nothing.

#[cfg(test)]
thread_local! {
    static REWORDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A sentence for people, as written (or, in a test that asked for it, reversed).
#[cfg(not(test))]
#[inline(always)]
pub fn prose<T>(text: T) -> T {
    text
}

#[cfg(test)]
pub fn prose<T: Reword>(text: T) -> T {
    if REWORDING.with(|r| r.get()) {
        text.reworded()
    } else {
        text
    }
}

/// Runs `f` with every sentence reworded, on this thread.
#[cfg(test)]
pub fn reworded<R>(f: impl FnOnce() -> R) -> R {
    REWORDING.with(|r| r.set(true));
    let result = f();
    REWORDING.with(|r| r.set(false));
    result
}

#[cfg(test)]
pub trait Reword {
    fn reworded(self) -> Self;
}

#[cfg(test)]
impl Reword for String {
    fn reworded(self) -> Self {
        self.chars().rev().collect()
    }
}

#[cfg(test)]
impl Reword for &'static str {
    fn reworded(self) -> Self {
        // Test builds only: a few dozen short strings per test run.
        Box::leak(self.to_string().reworded().into_boxed_str())
    }
}

#[cfg(test)]
impl<T: Reword> Reword for Option<T> {
    fn reworded(self) -> Self {
        self.map(Reword::reworded)
    }
}
