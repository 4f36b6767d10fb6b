//! Reading input a line at a time as bytes, in bounded memory: a line that is not UTF-8 or is longer than a
//! limit is reported with its number (and the offset of its first bad byte) instead of stopping the reader
//! or filling the memory.
//!
//! # Example
//!
//! ```
//! use tarikh::input::LineReader;
//! use tarikh::InputError;
//!
//! let input: &[u8] = b"\xd8\xa3\xd9\x85\xd8\xb3\n\xd8\xa3\xff\na long line\n";
//! let mut lines = LineReader::new(input, 8);
//! let first = lines.next().ok_or("a line")??;
//! assert_eq!((first.number, first.text()?), (1, "أمس"));
//! let second = lines.next().ok_or("a line")??;
//! assert_eq!(second.text(), Err(InputError::InvalidUtf8 { valid_up_to: 2, invalid_len: Some(1) }));
//! let third = lines.next().ok_or("a line")??;
//! assert_eq!(third.text(), Err(InputError::TooLarge { bytes: 11, max: 8 }));
//! assert!(lines.next().is_none());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::{self, BufRead};

use crate::error::InputError;

/// The largest article the crate reads by default, in bytes of UTF-8 (16 MiB): the limit of
/// [`Document::from_json_line`](crate::timeline::Document::from_json_line), of
/// [`TimelineConfig::max_article_bytes`](crate::timeline::TimelineConfig::max_article_bytes) and of the
/// examples. A news article is a few kilobytes; a larger "article" is a whole file read as one line by
/// mistake, and reading it would take memory many times its size.
///
/// # Example
///
/// ```
/// assert_eq!(tarikh::input::MAX_ARTICLE_BYTES, 16 * 1024 * 1024);
/// ```
pub const MAX_ARTICLE_BYTES: usize = 16 << 20;

/// One line of input: its number (from 1) and its bytes, without the line break (`\n` or `\r\n`).
///
/// # Example
///
/// ```
/// use tarikh::input::LineReader;
///
/// let line = LineReader::new(&b"one\r\ntwo"[..], 100).last().ok_or("a line")??;
/// assert_eq!((line.number, line.len, line.bytes.as_slice()), (2, 3, &b"two"[..]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line's number, from 1.
    pub number: usize,
    /// The line's bytes, or none if it is longer than the reader's limit.
    pub bytes: Vec<u8>,
    /// The line's length in bytes, without the line break, whether kept or not.
    pub len: usize,
    /// The reader's limit.
    max: usize,
}

impl Line {
    /// Whether the line was longer than the reader's limit (its bytes were not kept).
    ///
    /// # Example
    ///
    /// ```
    /// let line = tarikh::input::LineReader::new(&b"0123456789"[..], 4).next().ok_or("a line")??;
    /// assert!(line.is_too_long() && line.bytes.is_empty() && line.len == 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_too_long(&self) -> bool {
        self.len > self.max
    }

    /// The line as text.
    ///
    /// # Errors
    ///
    /// [`InputError::TooLarge`] if the line was longer than the reader's limit; [`InputError::InvalidUtf8`]
    /// with the byte offset in the line of the first byte that is not UTF-8.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::input::LineReader;
    ///
    /// let line = LineReader::new(&b"ab\xffc"[..], 100).next().ok_or("a line")??;
    /// let error = line.text().err().ok_or("0xFF is not UTF-8")?;
    /// assert!(error.to_string().contains("at byte offset 2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn text(&self) -> Result<&str, InputError> {
        if self.is_too_long() {
            return Err(InputError::TooLarge {
                bytes: self.len,
                max: self.max,
            });
        }
        Ok(std::str::from_utf8(&self.bytes)?)
    }
}

/// Lines of bytes from a reader, each kept only if it is at most `max` bytes long: memory stays within about
/// `max` bytes whatever the input, and a line that is too long is still counted and reported (see
/// [`Line::is_too_long`]). Bytes that are not UTF-8 do not stop the reader: [`Line::text`] reports them.
///
/// # Example
///
/// ```
/// use tarikh::input::LineReader;
///
/// let numbers: Vec<usize> = LineReader::new(&b"a\n\nb\n"[..], 10).map(|l| l.map(|l| l.number)).collect::<Result<_, _>>()?;
/// assert_eq!(numbers, [1, 2, 3]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct LineReader<R> {
    reader: R,
    max: usize,
    number: usize,
}

impl<R: BufRead> LineReader<R> {
    /// Reads lines from `reader`, keeping those of at most `max` bytes.
    ///
    /// # Example
    ///
    /// ```
    /// let lines = tarikh::input::LineReader::new(std::io::stdin().lock(), tarikh::input::MAX_ARTICLE_BYTES);
    /// # let _ = lines;
    /// ```
    pub fn new(reader: R, max: usize) -> LineReader<R> {
        LineReader { reader, max, number: 0 }
    }

    fn read_line(&mut self) -> io::Result<Option<Line>> {
        // One byte more than the limit may be kept: the "\r" of a "\r\n" line break.
        let keep = self.max.saturating_add(1);
        let mut bytes = Vec::new();
        let mut len = 0usize;
        let mut any = false;
        let mut last = None;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                break;
            }
            any = true;
            let (chunk, used, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(at) => (&buf[..at], at + 1, true),
                None => (buf, buf.len(), false),
            };
            len = len.saturating_add(chunk.len());
            last = chunk.last().copied().or(last);
            if len <= keep {
                bytes.extend_from_slice(chunk);
            } else if bytes.capacity() > 0 {
                bytes = Vec::new();
            }
            self.reader.consume(used);
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if last == Some(b'\r') {
            bytes.pop();
            len -= 1;
        }
        if len > self.max {
            bytes = Vec::new();
        }
        self.number += 1;
        Ok(Some(Line {
            number: self.number,
            bytes,
            len,
            max: self.max,
        }))
    }
}

impl<R: BufRead> Iterator for LineReader<R> {
    type Item = io::Result<Line>;

    fn next(&mut self) -> Option<io::Result<Line>> {
        self.read_line().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<Line> {
        LineReader::new(input, max).collect::<io::Result<_>>().expect("reads")
    }

    #[test]
    fn every_line_is_counted_even_the_long_and_the_bad() {
        let got = lines(b"abc\r\n\nxyz123\n\xff\nend", 3);
        assert_eq!(lines(b"abcd\r\n", 3)[0].len, 4);
        assert!(lines(b"abcd\r\n", 3)[0].is_too_long());
        let summary: Vec<(usize, &[u8], usize, bool)> = got
            .iter()
            .map(|l| (l.number, l.bytes.as_slice(), l.len, l.is_too_long()))
            .collect();
        assert_eq!(
            summary,
            [
                (1, &b"abc"[..], 3, false),
                (2, &b""[..], 0, false),
                (3, &b""[..], 6, true),
                (4, &b"\xff"[..], 1, false),
                (5, &b"end"[..], 3, false),
            ]
        );
        assert!(matches!(
            got[3].text(),
            Err(InputError::InvalidUtf8 { valid_up_to: 0, .. })
        ));
        assert_eq!(lines(b"", 3), []);
        assert_eq!(lines(b"\n", 3).len(), 1);
    }

    #[test]
    fn a_long_line_across_many_buffers_keeps_nothing() {
        let long = vec![b'x'; 100_000];
        let input = [&long[..], b"\nok\n"].concat();
        let reader = io::BufReader::with_capacity(64, &input[..]);
        let got: Vec<Line> = LineReader::new(reader, 1000).collect::<io::Result<_>>().expect("reads");
        assert_eq!(got.len(), 2);
        assert!(got[0].is_too_long() && got[0].bytes.capacity() == 0 && got[0].len == 100_000);
        assert_eq!(got[1].text(), Ok("ok"));
    }
}
