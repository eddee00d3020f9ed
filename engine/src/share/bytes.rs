//! A tiny, strict byte format: varints, tri-state flags, length-prefixed records and (for the
//! legacy r1 reader only) short strings. The reader checks every length and every range and
//! never trusts the input.

use super::{Damage, DecodeError};

#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    pub fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    /// `None` is 0, `Some(v)` is v + 1.
    pub fn opt_uint(&mut self, v: Option<u64>) {
        self.uint(v.map_or(0, |v| v.saturating_add(1)));
    }

    pub fn tri(&mut self, v: Option<bool>) {
        self.0.push(match v {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }

    /// An identifier this page wrote itself (a catalogue id), as length and bytes.
    pub fn id(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    /// A length-prefixed record: a reader can skip it whole, or stop early and ignore fields a
    /// later version appended to it.
    pub fn record(&mut self, body: impl FnOnce(&mut Writer)) {
        let mut inner = Writer::default();
        body(&mut inner);
        self.uint(inner.0.len() as u64);
        self.0.extend_from_slice(&inner.0);
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.data.get(self.pos).ok_or(DecodeError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    pub fn uint(&mut self) -> Result<u64, DecodeError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError::Malformed(Damage::NumberTooLong))
    }

    pub fn int(&mut self) -> Result<i64, DecodeError> {
        let v = self.uint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub fn opt_uint(&mut self) -> Result<Option<u64>, DecodeError> {
        Ok(self.uint()?.checked_sub(1))
    }

    /// A number no larger than `max`, the largest the encoder ever writes there.
    pub fn upto(&mut self, max: u64) -> Result<u64, DecodeError> {
        let v = self.uint()?;
        if v > max {
            return Err(DecodeError::Malformed(Damage::NumberRange));
        }
        Ok(v)
    }

    /// [`Self::upto`] for a value that is a `u32` in the evidence.
    pub fn upto32(&mut self, max: u32) -> Result<u32, DecodeError> {
        Ok(self.upto(max.into())? as u32)
    }

    pub fn opt_upto(&mut self, max: u64) -> Result<Option<u64>, DecodeError> {
        match self.opt_uint()? {
            Some(v) if v > max => Err(DecodeError::Malformed(Damage::NumberRange)),
            v => Ok(v),
        }
    }

    pub fn opt_upto32(&mut self, max: u32) -> Result<Option<u32>, DecodeError> {
        Ok(self.opt_upto(max.into())?.map(|v| v as u32))
    }

    /// A signed number within `-max..=max`.
    pub fn int_within(&mut self, max: i64) -> Result<i64, DecodeError> {
        let v = self.int()?;
        if v.checked_abs().is_none_or(|a| a > max) {
            return Err(DecodeError::Malformed(Damage::NumberRange));
        }
        Ok(v)
    }

    pub fn tri(&mut self) -> Result<Option<bool>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => Ok(Some(false)),
            2 => Ok(Some(true)),
            _ => Err(DecodeError::Malformed(Damage::YesNo)),
        }
    }

    pub fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(DecodeError::Malformed(Damage::Flag)),
        }
    }

    /// `len` raw bytes.
    fn bytes(&mut self, len: u64) -> Result<&'a [u8], DecodeError> {
        let len = usize::try_from(len).map_err(|_| DecodeError::Truncated)?;
        let end = self.pos.checked_add(len).ok_or(DecodeError::Truncated)?;
        let bytes = self.data.get(self.pos..end).ok_or(DecodeError::Truncated)?;
        self.pos = end;
        Ok(bytes)
    }

    /// A text of at most `max` bytes: the most the encoder that wrote it ever wrote there.
    pub fn text(&mut self, max: usize) -> Result<String, DecodeError> {
        let len = self.uint()?;
        if len > max as u64 {
            return Err(DecodeError::Malformed(Damage::TextTooLong));
        }
        let bytes = self.bytes(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::Malformed(Damage::TextNotUtf8))
    }

    pub fn opt_text(&mut self, max: usize) -> Result<Option<String>, DecodeError> {
        if self.flag()? {
            self.text(max).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The body of a [`Writer::record`], as a reader of its own.
    pub fn record(&mut self) -> Result<Reader<'a>, DecodeError> {
        let len = self.uint()?;
        Ok(Reader::new(self.bytes(len)?))
    }

    /// Whether anything is left: fields appended by a later version, or nothing.
    pub fn more(&self) -> bool {
        self.pos < self.data.len()
    }

    /// An index into a list of choices.
    pub fn pick<T: Copy>(&mut self, choices: &[T]) -> Result<T, DecodeError> {
        let i = self.uint()?;
        usize::try_from(i)
            .ok()
            .and_then(|i| choices.get(i))
            .copied()
            .ok_or(DecodeError::Malformed(Damage::ChoiceRange))
    }

    /// An optional index: 0 is none, i + 1 is choice i.
    pub fn opt_pick<T: Copy>(&mut self, choices: &[T]) -> Result<Option<T>, DecodeError> {
        match self.uint()? {
            0 => Ok(None),
            i => usize::try_from(i - 1)
                .ok()
                .and_then(|i| choices.get(i))
                .copied()
                .map(Some)
                .ok_or(DecodeError::Malformed(Damage::ChoiceRange)),
        }
    }
}

/// URL-safe base64 without padding: fragment-safe and short.
pub fn to_base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

pub fn from_base64url(text: &str) -> Result<Vec<u8>, DecodeError> {
    let value = |c: u8| -> Result<u32, DecodeError> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(DecodeError::Malformed(Damage::Characters)),
        } as u32)
    };
    if text.len() % 4 == 1 {
        return Err(DecodeError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(
                from_base64url(&to_base64url(&bytes)).unwrap(),
                bytes,
                "{len}"
            );
        }
        assert_eq!(to_base64url(b"hello"), "aGVsbG8");
    }

    #[test]
    fn numbers_round_trip() {
        let mut w = Writer::default();
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            w.uint(v);
        }
        for v in [0i64, -1, 1, -1_000_000, i64::MIN, i64::MAX] {
            w.int(v);
        }
        let mut r = Reader::new(&w.0);
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.uint().unwrap(), v);
        }
        for v in [0i64, -1, 1, -1_000_000, i64::MIN, i64::MAX] {
            assert_eq!(r.int().unwrap(), v);
        }
        assert!(!r.more());
    }
}
