//! Reading the dictionary blob as it arrives, a chunk at a time, instead of once it has all come.
//!
//! Why: in a browser, the bytes of a fetched file reach the page's script some time after the
//! last of them left the network (`arrayBuffer()` waited 10-20 ms after the response's end in
//! Chromium here), and then `loadOpenccData` copied all 817 KB into wasm memory and checked their
//! UTF-8 in one go. Read from the response's stream, each chunk is copied and checked while the
//! next one is still on its way, so that when the last one comes only its own check is left
//! (docs/benchmarks.md, "The dictionaries read as they arrive"). A blob that comes in one chunk
//! is checked and kept as it is, not copied ([`DictionaryStream::push_vec`]; docs/benchmarks.md,
//! "The dictionaries kept where they arrive").
//!
//! The answer is [`Dictionaries::from_vec_lazy`]'s for the bytes of all the chunks put together,
//! however they are split: the same dictionaries, or the same error (tests/opencc_blob.rs compares
//! the two over splits of the real blob and of truncated and corrupted ones). The one addition is
//! a ceiling, [`MAX_BLOB_BYTES`], so that a server answering with something endless is an error
//! rather than a page that runs out of memory.

use super::blob::{self, Header, LineIndex};
use super::{Dictionaries, Indexing};
use crate::error::{Error, ErrorKind};

/// The largest blob accepted: 40 times today's 817 KB.
pub const MAX_BLOB_BYTES: usize = 32 * 1024 * 1024;

/// A dictionary blob being received: [`DictionaryStream::push`] each chunk in order, then
/// [`DictionaryStream::finish`].
#[derive(Default)]
pub struct DictionaryStream {
    /// The blob's first bytes, until its header and directory are all here.
    head: Vec<u8>,
    /// The header, once it has come and parsed; or the error it gave, which is the answer.
    header: Option<Result<Header, Error>>,
    /// The text part received so far, checked to be UTF-8 up to the last whole character.
    text: String,
    /// The bytes of a character split between two chunks (at most three).
    partial: Vec<u8>,
    /// How many bytes have come.
    received: usize,
    /// The text part is not UTF-8: the answer once the header is known to be sound.
    not_utf8: bool,
    /// More than [`MAX_BLOB_BYTES`] came.
    too_large: bool,
    /// The room to reserve for the text when the first chunk is copied; none when the chunk is
    /// kept as the text, so that the page's wasm memory (which never shrinks) does not grow by
    /// the blob's size twice.
    size_hint: usize,
    /// By section: its lines have not all come yet.
    waiting: Vec<bool>,
    /// The line index of each dictionary that was indexed as it arrived, by section.
    made: Vec<Option<Result<LineIndex, Error>>>,
}

impl DictionaryStream {
    /// A stream expecting about `size_hint` bytes (a response's `Content-Length`; 0 if unknown),
    /// which only decides how much memory is reserved at once.
    ///
    /// A dictionary whose lines have all come is indexed when the next chunk comes, so that on a
    /// real network the first conversion finds the ones it needs indexed when the last byte comes
    /// (STPhrases, 78% of the blob, ends 130 KB before the blob does). The index is the same as on
    /// first use, and a dictionary's problem is still reported on first use.
    pub fn with_size_hint(size_hint: usize) -> DictionaryStream {
        DictionaryStream { size_hint: size_hint.min(MAX_BLOB_BYTES), ..DictionaryStream::default() }
    }

    /// Indexes the dictionaries whose lines have all come (called when a chunk comes after them).
    fn index_arrived(&mut self) {
        let Some(Ok(header)) = &self.header else { return };
        for (i, waiting) in self.waiting.iter_mut().enumerate() {
            let Some((name, range, derive, entries)) = header.section(i).filter(|_| *waiting) else { continue };
            // A range that overflows is parse_body's error; one past the text is not here yet.
            let Some(range) = range else {
                *waiting = false;
                continue;
            };
            if range.end > self.text.len() {
                continue;
            }
            *waiting = false;
            if let Some(slot) = self.made.get_mut(i) {
                *slot = Some(blob::index_checked(name, &self.text, range, derive, entries));
            }
        }
    }

    /// The header has come and is sound: from now on, each dictionary is indexed once it has come.
    fn start_text(&mut self) {
        let Some(Ok(header)) = &self.header else { return };
        self.waiting = vec![true; header.section_count()];
        self.made = (0..header.section_count()).map(|_| None).collect();
    }

    /// Takes the next chunk. A problem in it is kept for [`DictionaryStream::finish`], which
    /// reports the one reading the whole blob at once would; the chunks after it are ignored.
    pub fn push(&mut self, chunk: &[u8]) {
        if self.received == 0 {
            self.text.reserve(std::mem::take(&mut self.size_hint));
        }
        self.received = self.received.saturating_add(chunk.len());
        if self.received > MAX_BLOB_BYTES {
            self.too_large = true;
        }
        if self.too_large || self.not_utf8 || matches!(self.header, Some(Err(_))) {
            return;
        }
        if self.header.is_some() {
            // This chunk shows that the blob did not end with the last one: the dictionaries that
            // have come are indexed now, before the rest arrives. Those the last chunk completes
            // are left for their first use, as `from_vec_lazy` leaves them: when the whole blob
            // comes at once (a local server), nothing is indexed before it is needed.
            if !chunk.is_empty() {
                self.index_arrived();
            }
            return self.push_text(chunk);
        }
        // The header's length is in its own first bytes: until all of it is here, keep what comes.
        self.head.extend_from_slice(chunk);
        let Some(len) = blob::header_len(&self.head).filter(|&len| self.head.len() >= len) else { return };
        let header = blob::parse_header(self.head.get(..len).unwrap_or_default());
        let text_start = header.as_ref().map_or(len, |h| h.text_start);
        let ok = header.is_ok();
        self.header = Some(header);
        if ok {
            self.start_text();
            let head = std::mem::take(&mut self.head);
            self.push_text(head.get(text_start..).unwrap_or_default());
        }
    }

    /// Takes the next chunk, as [`DictionaryStream::push`] does, keeping its buffer where that
    /// copies nothing: when it is the first chunk and holds the whole header, and no more room was
    /// expected than it has (a blob that arrives in one chunk, as from a local server or a cache),
    /// it becomes the text itself (`blob_as_text` in the parent module).
    pub fn push_vec(&mut self, chunk: Vec<u8>) {
        let whole_header = blob::header_len(&chunk).is_some_and(|len| len <= chunk.len());
        if self.received > 0 || !whole_header || chunk.len() < self.size_hint || chunk.len() > MAX_BLOB_BYTES {
            return self.push(&chunk);
        }
        self.received = chunk.len();
        let mut header = match blob::parse_header(&chunk) {
            Ok(header) => header,
            Err(e) => {
                self.header = Some(Err(e));
                return;
            }
        };
        let cut = match super::check_in_pieces(chunk.get(header.text_start..).unwrap_or_default()) {
            Some(cut) => cut,
            None => {
                self.header = Some(Ok(header));
                self.not_utf8 = true;
                return;
            }
        };
        let mut chunk = chunk;
        // A character the chunk's end cuts waits for the next chunk, as in `push_text`.
        self.partial = chunk.split_off(chunk.len() - cut);
        match super::blob_as_text(chunk, &mut header) {
            Some(text) => self.text = text,
            None => self.not_utf8 = true,
        }
        self.header = Some(Ok(header));
        self.start_text();
    }

    /// Appends bytes of the text part, checking that they are UTF-8 (a character may be split
    /// between two chunks).
    fn push_text(&mut self, mut bytes: &[u8]) {
        // First complete a character the last chunk ended inside (it needs at most three bytes).
        while !self.partial.is_empty() {
            let Some((&byte, rest)) = bytes.split_first() else { return };
            bytes = rest;
            self.partial.push(byte);
            match std::str::from_utf8(&self.partial) {
                Ok(c) => {
                    self.text.push_str(c);
                    self.partial.clear();
                }
                Err(e) if e.error_len().is_some() || self.partial.len() >= 4 => {
                    self.not_utf8 = true;
                    return;
                }
                Err(_) => {}
            }
        }
        // Then the chunk, in the pieces `check_in_pieces` cuts (so that only the chunk's own end can
        // cut a character), each checked by a call of its own, for the same reason.
        let mut at = 0;
        while at < bytes.len() {
            let end = super::piece_end(bytes, at);
            if !self.push_piece(bytes.get(at..end).unwrap_or_default(), end == bytes.len()) {
                self.not_utf8 = true;
                return;
            }
            at = end;
        }
    }

    /// Appends one piece if it is UTF-8, but for a character cut by the chunk's end (`last`), whose
    /// bytes wait for the next chunk. False if it is not UTF-8.
    #[inline(never)]
    fn push_piece(&mut self, piece: &[u8], last: bool) -> bool {
        match std::str::from_utf8(piece) {
            Ok(text) => {
                self.text.push_str(text);
                true
            }
            // Cut inside a character: only the chunk's end may do that (four continuation bytes
            // in a row, which no UTF-8 has, are the other way a piece can end so).
            Err(e) if e.error_len().is_none() && last => {
                let (valid, cut) = piece.split_at(e.valid_up_to());
                self.text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                self.partial.extend_from_slice(cut);
                true
            }
            Err(_) => false,
        }
    }

    /// The dictionaries, once every chunk has come: what [`Dictionaries::from_vec_lazy`] gives for
    /// all the chunks put together.
    ///
    /// # Errors
    /// As [`Dictionaries::from_vec_lazy`]; `invalid_data` for more than [`MAX_BLOB_BYTES`].
    pub fn finish(self) -> Result<Dictionaries, Error> {
        if self.too_large {
            return Err(Error::new(ErrorKind::InvalidData, format!("OpenCC dictionaries: more than {MAX_BLOB_BYTES} bytes")));
        }
        let header = match self.header {
            Some(header) => header?,
            // The blob ended inside its header: the error reading it whole gives.
            None => blob::parse_header(&self.head)?,
        };
        if self.not_utf8 || !self.partial.is_empty() {
            return Err(super::not_utf8());
        }
        Dictionaries::from_checked_text(header, self.text.into(), Indexing::OnFirstUse, self.made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob() -> Vec<u8> {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/opencc/opencc.bin")).expect("data/opencc/opencc.bin")
    }

    /// Which dictionaries were indexed as they arrived: `(indexed, sections)`.
    fn indexed_on_arrival(hint: usize, chunk: usize) -> (usize, usize) {
        let blob = blob();
        let mut stream = DictionaryStream::with_size_hint(hint);
        for piece in blob.chunks(chunk) {
            stream.push(piece);
        }
        (stream.made.iter().filter(|m| matches!(m, Some(Ok(_)))).count(), stream.made.len())
    }

    #[test]
    fn dictionaries_are_indexed_as_they_arrive_unless_all_came_at_once() {
        let size = blob().len();
        // In one chunk: nothing left to wait for, so each is indexed on first use, as by from_vec_lazy.
        assert_eq!(indexed_on_arrival(size, size), (0, 22));
        // In 16 KB chunks: every dictionary that ended before the last chunk.
        let header = blob::parse_header(&blob()).expect("header");
        let last_chunk_starts = (size - 1) / (16 * 1024) * (16 * 1024);
        let before_last = (0..header.section_count())
            .filter(|&i| header.section(i).and_then(|(_, range, _, _)| range).is_some_and(|r| header.text_start + r.end <= last_chunk_starts))
            .count();
        assert!(before_last > 10, "{before_last}");
        assert_eq!(indexed_on_arrival(size, 16 * 1024), (before_last, 22));
        // The size need not be known.
        assert_eq!(indexed_on_arrival(0, 16 * 1024), (before_last, 22));
        // Handed over, a first chunk that holds the header becomes the text; the same are indexed.
        for hint in [size, 0] {
            let mut stream = DictionaryStream::with_size_hint(hint);
            for piece in blob().chunks(16 * 1024) {
                stream.push_vec(piece.to_vec());
            }
            assert_eq!(stream.made.iter().filter(|m| matches!(m, Some(Ok(_)))).count(), before_last, "hint {hint}");
        }
    }

    /// A blob handed over in one chunk is not copied: its buffer is the text's.
    #[test]
    fn a_blob_in_one_chunk_becomes_the_text_without_a_copy() {
        let blob = blob();
        let size = blob.len();
        let buffer = blob.as_ptr();
        let mut stream = DictionaryStream::with_size_hint(size);
        stream.push_vec(blob);
        assert_eq!(stream.text.as_ptr(), buffer);
        assert_eq!(stream.text.len(), size);
        let dictionaries = stream.finish().expect("the real blob");
        assert_eq!(dictionaries.convert("汉字", crate::text::opencc::Config::S2t), "漢字");
        // A first chunk smaller than the size expected is copied into a reservation, as by `push`.
        let mut stream = DictionaryStream::with_size_hint(size);
        let first = self::blob().get(..100_000).unwrap_or_default().to_vec();
        let buffer = first.as_ptr();
        stream.push_vec(first);
        assert_ne!(stream.text.as_ptr(), buffer);
    }
}
