//! A value compared by identity rather than by content. A result's evidence and findings are
//! compared on every draw (Yew's props, memos and effects); their derived comparisons walked
//! every host and fact, some 1.6 KB brotli of an English run (docs/ARCHITECTURE.md, "Sizes").
//! Whoever compared a value still holds it (a reducer's previous state, a memo's stored
//! dependencies), so a write to it copies first: "the same allocation" is "the same value".
//! One consequence: an answer that changes nothing (the same triage answer again) still makes
//! a new value, and the result is handed to the follow-up part again, which is harmless.

use std::ops::{Deref, DerefMut};
use std::rc::Rc;

#[derive(Clone, Debug, Default)]
pub struct Same<T>(Rc<T>);

impl<T> Same<T> {
    pub fn new(value: T) -> Self {
        Same(Rc::new(value))
    }
}

/// Sound because both sides are alive while compared (props old and new, a memo's stored
/// dependencies and the next ones), so an address cannot have been reused.
impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Writing copies the value first if anything else holds it (a reducer's previous state
/// does), so the written value is never the same as one already compared.
impl<T: Clone> DerefMut for Same<T> {
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T> From<T> for Same<T> {
    fn from(value: T) -> Self {
        Same::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Same;

    #[test]
    fn a_copy_is_the_same_and_a_write_is_not() {
        let first = Same::new(vec![1]);
        let copy = first.clone();
        assert!(copy == first);
        let mut written = first.clone();
        written.push(2);
        assert!(
            written != first,
            "a write to a shared value makes a new one"
        );
        assert_eq!((&*first, &*written), (&vec![1], &vec![1, 2]));
        assert!(
            Same::new(1) != Same::new(1),
            "equal content is not the same value"
        );
    }
}
