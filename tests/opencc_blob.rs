//! A corrupt dictionary blob is an `invalid_data` error, never a panic: truncated at many points,
//! with bytes flipped, or not a blob at all. A flipped byte that still parses must convert
//! without panicking.

use filing_check::text::opencc::{Config, Dictionaries};

fn blob() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/opencc/opencc.bin")).expect("data/opencc/opencc.bin")
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
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
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
