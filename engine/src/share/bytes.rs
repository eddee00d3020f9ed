//! A tiny, strict byte format: varints, tri-state flags and short strings. The reader checks
//! every length and never trusts the input.

use super::DecodeError;

/// The longest string a shared report may carry; the writer clips shorter.
pub const MAX_TEXT: usize = 2_048;

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

    /// Writes at most `max` bytes of `s`, cut at a character boundary.
    pub fn clipped(&mut self, s: &str, max: usize) {
        let mut end = s.len().min(max);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.uint(end as u64);
        self.0.extend_from_slice(&s.as_bytes()[..end]);
    }

    pub fn opt_text(&mut self, s: Option<&str>, max: usize) {
        match s {
            None => self.0.push(0),
            Some(s) => {
                self.0.push(1);
                self.clipped(s, max);
            }
        }
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
        Err(DecodeError::Malformed("a number is too long"))
    }

    pub fn int(&mut self) -> Result<i64, DecodeError> {
        let v = self.uint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub fn opt_uint(&mut self) -> Result<Option<u64>, DecodeError> {
        Ok(self.uint()?.checked_sub(1))
    }

    /// A number that must fit in `u32`.
    pub fn small(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.uint()?).map_err(|_| DecodeError::Malformed("a number is out of range"))
    }

    pub fn opt_small(&mut self) -> Result<Option<u32>, DecodeError> {
        match self.opt_uint()? {
            None => Ok(None),
            Some(v) => u32::try_from(v)
                .map(Some)
                .map_err(|_| DecodeError::Malformed("a number is out of range")),
        }
    }

    pub fn tri(&mut self) -> Result<Option<bool>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => Ok(Some(false)),
            2 => Ok(Some(true)),
            _ => Err(DecodeError::Malformed("a yes/no value is invalid")),
        }
    }

    pub fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(DecodeError::Malformed("a flag is invalid")),
        }
    }

    pub fn text(&mut self) -> Result<String, DecodeError> {
        let len = self.uint()? as usize;
        if len > MAX_TEXT {
            return Err(DecodeError::Malformed("a text is too long"));
        }
        let end = self.pos.checked_add(len).ok_or(DecodeError::Truncated)?;
        let bytes = self.data.get(self.pos..end).ok_or(DecodeError::Truncated)?;
        self.pos = end;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::Malformed("a text is not UTF-8"))
    }

    pub fn opt_text(&mut self) -> Result<Option<String>, DecodeError> {
        if self.flag()? {
            self.text().map(Some)
        } else {
            Ok(None)
        }
    }

    /// An index into a list of `len` choices.
    pub fn pick<T: Copy>(&mut self, choices: &[T]) -> Result<T, DecodeError> {
        let i = self.uint()? as usize;
        choices
            .get(i)
            .copied()
            .ok_or(DecodeError::Malformed("a choice is out of range"))
    }

    pub fn finished(&self) -> bool {
        self.pos == self.data.len()
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
            _ => {
                return Err(DecodeError::Malformed(
                    "the link has characters that do not belong in it",
                ))
            }
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
        assert!(r.finished());
    }
}
