//! Reading OpenCC dictionaries as they arrive (`openccDataPush` in wasm, what a page does with
//! the fetch's body stream): `DictionaryStream` over untrusted bytes split into chunks at sizes
//! the input's first byte seeds. Seeds: fuzz/seed.py's small well-formed blobs, behind a byte.
//!
//! Invariants: never a panic or a hang; the answer is `Dictionaries::from_vec_lazy`'s for the
//! whole blob: the same error (code and message), or dictionaries whose every configuration
//! checks and converts alike.
#![no_main]
use filing_check::text::opencc::{Config, Dictionaries, DictionaryStream};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&seed, blob)) = data.split_first() else { return };
    let mut state = u32::from(seed) | 0x100;
    // The seed's low bits: chunks handed over as the wasm export does (`push_vec`, which keeps a
    // first chunk's buffer as the text) or borrowed; the size known or not; the whole blob first.
    let (owned, hint, whole_first) = (seed & 1 == 1, if seed & 2 == 0 { blob.len() } else { 0 }, seed & 4 == 4);
    let mut stream = DictionaryStream::with_size_hint(hint);
    let mut at = 0;
    while at < blob.len() {
        // xorshift32: chunks of 0 to 63 bytes, now and then one of up to 4 KB.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let size = if state % 8 == 0 { (state >> 8) as usize % 4096 } else { (state >> 8) as usize % 64 };
        let size = if at == 0 && whole_first { blob.len() } else { size };
        let end = (at + size).min(blob.len());
        if owned {
            stream.push_vec(blob[at..end].to_vec());
        } else {
            stream.push(&blob[at..end]);
        }
        at = end;
    }
    let chunked = stream.finish();
    let whole = Dictionaries::from_vec_lazy(blob.to_vec());
    match (&whole, &chunked) {
        (Err(w), Err(c)) => {
            assert_eq!((c.code(), c.message()), (w.code(), w.message()));
            filing_check_fuzz::check_error("openccDataFinish", c);
        }
        (Ok(w), Ok(c)) => {
            assert_eq!(c.dictionary_names(), w.dictionary_names());
            for config in Config::ALL {
                assert_eq!(c.check(config), w.check(config), "{}", config.name());
                let text = "行政复议决定书，汉字與漢字。";
                assert_eq!(c.try_convert(text, config), w.try_convert(text, config), "{}", config.name());
            }
        }
        _ => panic!("read whole: {:?}; in chunks: {:?}", whole.as_ref().err(), chunked.as_ref().err()),
    }
});
