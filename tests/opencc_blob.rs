//! A corrupt dictionary blob is an `invalid_data` error, never a panic: truncated at many points,
//! with bytes flipped, or not a blob at all. A flipped byte that still parses must convert
//! without panicking.

use filing_check::Error;
use filing_check::text::opencc::{Config, Dictionaries, DictionaryStream, MAX_BLOB_BYTES};

fn blob() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/opencc/opencc.bin")).expect("data/opencc/opencc.bin")
}

/// A seeded xorshift64 stream: the same flips on every run.
fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// `blob` cut at 1, 3, 7, 15, … bytes, then `flips` copies with one bit flipped (seeded by `seed`;
/// with `header_half`, every other flip in the first 700 bytes, the header and directory, where a
/// flip changes how the blob is read).
fn truncated_and_flipped(blob: &[u8], seed: u64, flips: usize, header_half: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut cut = 1usize;
    while cut < blob.len() {
        out.push(blob[..cut].to_vec());
        cut = cut * 2 + 1;
    }
    let mut next = xorshift(seed);
    for i in 0..flips {
        let mut b = blob.to_vec();
        let at = if header_half && i % 2 == 0 { (next() % 700) as usize } else { (next() % b.len() as u64) as usize };
        b[at] ^= 1 << (next() % 8);
        out.push(b);
    }
    out
}

#[test]
fn garbage_and_truncations_are_invalid_data() {
    let blob = blob();
    for bad in [&b""[..], b"FCOPENCC", b"not a blob at all", &blob[..7]] {
        assert_eq!(Dictionaries::from_bytes(bad).unwrap_err().code(), "invalid_data");
    }
    let mut cut = 1usize;
    while cut < blob.len() {
        let err = Dictionaries::from_bytes(&blob[..cut]).expect_err("a truncated blob must fail");
        assert_eq!(err.code(), "invalid_data", "cut at {cut}: {err}");
        cut = cut * 3 / 2 + 1;
    }
}

#[test]
fn flipped_bytes_fail_cleanly_or_still_convert() {
    let blob = blob();
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    let (mut rejected, mut accepted) = (0, 0);
    // The header and directory (the first ~600 bytes) get most of the flips: that is where a flip
    // changes structure rather than one dictionary entry.
    for i in 0..60 {
        let mut b = blob.clone();
        let at = if i % 2 == 0 { (next() % 700) as usize } else { (next() % b.len() as u64) as usize };
        b[at] ^= 1 << (next() % 8);
        match Dictionaries::from_bytes(&b) {
            Err(e) => {
                assert_eq!(e.code(), "invalid_data");
                rejected += 1;
            }
            Ok(d) => {
                accepted += 1;
                for config in [Config::S2t, Config::T2s, Config::S2twp] {
                    let _ = d.convert("汉字和漢字，鼠标\u{F900}", config);
                }
            }
        }
    }
    println!("flipped blobs: {rejected} rejected, {accepted} accepted and converted without panic");
}

/// Dictionaries read lazily (`from_vec_lazy`, as a page reads them) refuse what the eager reader
/// refuses, with the same error: at once for the header, the configurations and the UTF-8, or on
/// the first use of a configuration that needs the malformed dictionary; and convert as the eager
/// ones do when nothing is wrong. Mutations: truncations, flipped bits, swapped lines, a tab too many.
#[test]
fn dictionaries_read_lazily_refuse_what_eager_reading_refuses_with_the_same_error() {
    let blob = blob();
    let mut mutated = truncated_and_flipped(&blob, 0x2545_F491_4F6C_DD1D, 40, false);
    // Inside the text part: a tab where a newline was (two lines become one malformed line), and
    // two neighbouring lines swapped (keys out of order), in a small and in the largest dictionary.
    for needle in ["氹\t", "一丝不挂\t"] {
        let text = String::from_utf8_lossy(&blob).into_owned();
        if let Some(at) = text.find(needle) {
            let mut b = blob.clone();
            let line_end = at + b[at..].iter().position(|&c| c == b'\n').expect("a line end");
            b[line_end] = b'\t';
            mutated.push(b);
            let mut swapped = blob.clone();
            let start = at;
            let mid = line_end + 1;
            let end = mid + blob[mid..].iter().position(|&c| c == b'\n').expect("a next line") + 1;
            let (first, second) = (blob[start..mid].to_vec(), blob[mid..end].to_vec());
            swapped[start..start + second.len()].copy_from_slice(&second);
            swapped[start + second.len()..end].copy_from_slice(&first);
            mutated.push(swapped);
        }
    }
    let sample = "汉字和漢字，鼠标\u{F900}、軟體、发现、「乾隆」、みなさん";
    let (mut found_now, mut found_on_use, mut same) = (0, 0, 0);
    for b in mutated {
        let eager = Dictionaries::from_bytes(&b);
        let lazy = Dictionaries::from_vec_lazy(b);
        match (eager, lazy) {
            (Err(e), Err(l)) => {
                assert_eq!((l.code(), l.message()), (e.code(), e.message()));
                found_now += 1;
            }
            (Err(e), Ok(l)) => {
                let errors: Vec<_> = Config::ALL.iter().filter_map(|&c| l.check(c).err()).collect();
                assert!(errors.iter().any(|x| x.message() == e.message()), "eager: {e}; lazy: {errors:?}");
                assert!(errors.iter().all(|x| x.code() == "invalid_data"));
                // The conversion that needs the malformed dictionary says so; the others convert.
                for c in Config::ALL {
                    match (l.check(c), l.try_convert(sample, c)) {
                        (Err(x), Err(y)) => assert_eq!(x, y),
                        (Ok(()), Ok(_)) => {}
                        (x, y) => panic!("{}: check {x:?}, try_convert {y:?}", c.name()),
                    }
                }
                found_on_use += 1;
            }
            (Ok(e), Ok(l)) => {
                for c in Config::ALL {
                    assert_eq!(l.try_convert(sample, c).as_deref(), Ok(e.convert(sample, c).as_str()), "{}", c.name());
                }
                same += 1;
            }
            (Ok(_), Err(l)) => panic!("only the lazy reader refused: {l}"),
        }
    }
    println!("lazily read: {found_now} refused at once, {found_on_use} on first use, {same} converting as read eagerly");
    assert!(found_on_use >= 4, "the mutations inside dictionaries are found on first use");
    // And the real blob: lazily read, every configuration converts as the eager reader's.
    let eager = Dictionaries::from_bytes(&blob).expect("blob");
    let lazy = Dictionaries::from_vec_lazy(blob.clone()).expect("blob");
    for c in Config::ALL {
        assert_eq!(lazy.try_convert(sample, c).expect("converts"), eager.convert(sample, c), "{}", c.name());
    }
}

/// The blob `b` received in chunks whose sizes `next_size` gives (0 included), as a page's fetch
/// stream gives them.
fn received(b: &[u8], next_size: &mut dyn FnMut() -> usize) -> Result<Dictionaries, Error> {
    received_with_hint(b, b.len(), Chunks::Borrowed, next_size)
}

/// How the chunks are handed over: `push(&[u8])`, or `push_vec(Vec<u8>)` (the wasm export's
/// way), which keeps a first chunk's buffer where it can.
#[derive(Clone, Copy)]
enum Chunks {
    Borrowed,
    Owned,
}

/// [`received`], expecting `hint` bytes (0: not known, as behind a compressing server).
fn received_with_hint(b: &[u8], hint: usize, chunks: Chunks, next_size: &mut dyn FnMut() -> usize) -> Result<Dictionaries, Error> {
    let mut stream = DictionaryStream::with_size_hint(hint);
    let mut at = 0;
    while at < b.len() {
        let n = next_size().min(b.len() - at);
        match chunks {
            Chunks::Borrowed => stream.push(&b[at..at + n]),
            Chunks::Owned => stream.push_vec(b[at..at + n].to_vec()),
        }
        at += n;
    }
    stream.finish()
}

/// The same answer from two readings of one blob: the same error, or dictionaries that check and
/// convert alike in every configuration.
fn assert_same_reading(whole: &Result<Dictionaries, Error>, chunked: &Result<Dictionaries, Error>, what: &str) {
    let sample = "汉字和漢字，鼠标\u{F900}、軟體、发现、「乾隆」、みなさん";
    match (whole, chunked) {
        (Err(w), Err(c)) => assert_eq!((c.code(), c.message()), (w.code(), w.message()), "{what}"),
        (Ok(w), Ok(c)) => {
            assert_eq!(c.dictionary_names(), w.dictionary_names(), "{what}");
            for config in Config::ALL {
                assert_eq!(c.check(config), w.check(config), "{what}: {}", config.name());
                assert_eq!(c.try_convert(sample, config), w.try_convert(sample, config), "{what}: {}", config.name());
            }
        }
        (w, c) => panic!("{what}: read whole {:?}, in chunks {:?}", w.as_ref().err(), c.as_ref().err()),
    }
}

/// A blob read as it arrives (`DictionaryStream`, what a page does with the fetch's body stream)
/// gives what `from_vec_lazy` gives for the whole blob, however it is split: chunks of one byte
/// (every character of the text split at every point), of three, at random sizes (empty ones
/// included), and straddling the header's end; for the real blob, truncations of it, flipped bits
/// and not-a-blob texts.
#[test]
fn dictionaries_received_in_chunks_are_those_read_whole() {
    let blob = blob();
    let mut blobs: Vec<Vec<u8>> = vec![b"".to_vec(), b"FCOPENCC".to_vec(), b"not a blob at all".to_vec(), blob[..7].to_vec()];
    blobs.extend(truncated_and_flipped(&blob, 0xD1B5_4A32_D192_ED03, 30, true));
    // A character cut short at the very end, and a stray continuation byte inside the text.
    let mut cut_short = blob.clone();
    cut_short.extend_from_slice("漢".as_bytes().get(..2).unwrap_or_default());
    blobs.push(cut_short);
    let mut stray = blob.clone();
    let mid = stray.len() / 2;
    stray.insert(mid, 0x80);
    blobs.push(stray);
    blobs.push(blob.clone());

    let (mut refused, mut read) = (0, 0);
    for (i, b) in blobs.iter().enumerate() {
        let whole = Dictionaries::from_vec_lazy(b.clone());
        let mut sizes = xorshift(0x9E37_79B9 + i as u64);
        // Mostly small chunks near the header, then chunks of up to 70 KB.
        let mut at = 0usize;
        let mut random = move || {
            let n = if at < 3000 { (sizes() % 10) as usize } else { (sizes() % 70_000) as usize };
            at += n;
            n
        };
        assert_same_reading(&whole, &received(b, &mut random), &format!("blob {i} at random sizes"));
        assert_same_reading(&whole, &received(b, &mut || 65_536), &format!("blob {i} in 64 KB chunks"));
        assert_same_reading(&whole, &received_with_hint(b, 0, Chunks::Borrowed, &mut || 40_000), &format!("blob {i} in 40 KB chunks, size unknown"));
        assert_same_reading(&whole, &received(b, &mut || b.len()), &format!("blob {i} in one chunk"));
        // Handed over as the wasm export does: a first chunk with the whole header becomes the text.
        for (hint, size, what) in [(b.len(), b.len(), "one chunk"), (0, b.len(), "one chunk, size unknown"), (0, 40_000, "40 KB chunks, size unknown"), (b.len(), 65_536, "64 KB chunks")] {
            let kept = received_with_hint(b, hint, Chunks::Owned, &mut || size);
            assert_same_reading(&whole, &kept, &format!("blob {i} handed over in {what}"));
        }
        let mut at = 0usize;
        let mut sizes = xorshift(0x51_7CC1 + i as u64);
        let mut header_then_random = move || {
            let n = if at == 0 { 400 + (sizes() % 3000) as usize } else { (sizes() % 70_000) as usize };
            at += n;
            n
        };
        assert_same_reading(&whole, &received_with_hint(b, 0, Chunks::Owned, &mut header_then_random), &format!("blob {i} handed over at random sizes"));
        if b.len() < 100_000 || i + 1 == blobs.len() {
            assert_same_reading(&whole, &received(b, &mut || 1), &format!("blob {i} a byte at a time"));
            assert_same_reading(&whole, &received(b, &mut || 3), &format!("blob {i} three bytes at a time"));
        }
        if whole.is_ok() { read += 1 } else { refused += 1 }
    }
    println!("received in chunks: {refused} refused and {read} read, each as read whole");
    assert!(refused >= 20 && read >= 1);
}

/// More than `MAX_BLOB_BYTES` is an error (invalid_data), not a page out of memory.
#[test]
fn a_blob_without_end_is_refused() {
    let blob = blob();
    let mut stream = DictionaryStream::with_size_hint(0);
    stream.push(&blob);
    let filler = vec![b'a'; 1 << 20];
    for _ in 0..=MAX_BLOB_BYTES >> 20 {
        stream.push(&filler);
    }
    let err = stream.finish().expect_err("too large");
    assert_eq!((err.code(), err.message()), ("invalid_data", format!("OpenCC dictionaries: more than {MAX_BLOB_BYTES} bytes").as_str()));
}
