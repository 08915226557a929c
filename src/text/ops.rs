//! The plain conversion, shared by op `convert` ([`crate::api`]) and the wasm layer's fast path.

use super::opencc::{self, Config, MAX_TEXT_BYTES};
use crate::error::{Error, ErrorKind};

/// The plain `convert` (no clean-up): what both op `convert` and the wasm layer's fast path run,
/// in the same order of checks, so both fail the same way.
///
/// # Errors
/// `unknown_config`, `input_too_large`, `dictionaries_not_loaded`.
pub fn convert_plain(text: &str, config: &str) -> Result<(String, &'static str), Error> {
    let config = Config::parse(config)?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorKind::InputTooLarge,
            format!("text: {} bytes is more than the {MAX_TEXT_BYTES} allowed", text.len()),
        ));
    }
    #[cfg(feature = "convert")]
    return Ok((opencc::current()?.try_convert(text, config)?, config.name()));
    // Built without the engine (the main wasm module): the request was checked as above, and the
    // answer is the one the engine gives before any dictionaries are loaded.
    #[cfg(not(feature = "convert"))]
    {
        let _ = config;
        Err(opencc::not_loaded())
    }
}
