//! Call errors: the call itself was malformed (bad JSON, unknown filing kind, bad date string).
//!
//! A form full of mistakes is *not* an error: it is a successful call that returns findings
//! (see [`crate::report`]). An [`Error`] means the caller must fix the call, not the form.
//!
//! The type is opaque on purpose (rust-lang/regex regrets its public error enum): callers match on
//! the stable [`Error::code`] string, which is the same in Rust, in the CLI's stderr JSON and in
//! the npm package's `FilingCheckError.code`.

use std::fmt;

/// What went wrong with a call. Each variant maps to one stable code (see [`Error::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// The input is not JSON, or not the JSON shape the call takes.
    InvalidJson,
    /// A date argument is not a `YYYY-MM-DD` civil date.
    InvalidDate,
    /// A period argument such as `15d` or `6m` is malformed.
    InvalidPeriod,
    /// An argument has a value outside what the call accepts.
    InvalidArgument,
    /// The filing `kind` is not one this library knows.
    UnknownKind,
    /// A rule id in the configuration does not exist.
    UnknownRule,
    /// An OpenCC configuration name is not one of the 16 built-in ones.
    UnknownConfig,
    /// A named statutory window does not exist.
    UnknownWindow,
    /// Input exceeds a documented size or nesting limit.
    InputTooLarge,
    /// A calendar year or rule pack supplied at runtime is malformed.
    InvalidData,
    /// Conversion was asked for before its dictionaries were loaded (wasm only: natively they are
    /// embedded, so the variant is built only on wasm32).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    DictionariesNotLoaded,
    /// The call is answered by another module than the one built (the forms module, built
    /// without feature `documents`, is asked to check a complaint): the npm package's own code
    /// for a call made before the module that answers it was loaded.
    #[cfg_attr(feature = "documents", allow(dead_code))]
    NotInitialized,
}

impl ErrorKind {
    fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::InvalidDate => "invalid_date",
            ErrorKind::InvalidPeriod => "invalid_period",
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::UnknownKind => "unknown_kind",
            ErrorKind::UnknownRule => "unknown_rule",
            ErrorKind::UnknownConfig => "unknown_config",
            ErrorKind::UnknownWindow => "unknown_window",
            ErrorKind::InputTooLarge => "input_too_large",
            ErrorKind::InvalidData => "invalid_data",
            ErrorKind::DictionariesNotLoaded => "dictionaries_not_loaded",
            ErrorKind::NotInitialized => "not_initialized",
        }
    }
}

/// The longest message an error carries, in bytes. Messages quote user input only truncated,
/// but serde's own errors quote a whole string value (`invalid type: string "…", expected …`),
/// which may be megabytes long: such a message keeps its start and its end.
pub(crate) const MAX_MESSAGE_BYTES: usize = 512;

fn bounded(message: String) -> String {
    if message.len() <= MAX_MESSAGE_BYTES {
        return message;
    }
    let mut head = 320;
    while !message.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = message.len() - 160;
    while !message.is_char_boundary(tail) {
        tail += 1;
    }
    format!("{}…{}", &message[..head], &message[tail..])
}

/// A malformed call. See the module docs for the difference from a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: bounded(message.into()) }
    }

    /// The stable, machine-readable code, e.g. `"invalid_date"`. Never changes once published.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// A human-readable English message naming the offending argument.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// True when a date argument was not a `YYYY-MM-DD` civil date.
    pub fn is_invalid_date(&self) -> bool {
        self.kind == ErrorKind::InvalidDate
    }

    /// True when the input was not JSON of the expected shape.
    pub fn is_invalid_json(&self) -> bool {
        self.kind == ErrorKind::InvalidJson
    }

    /// True when input exceeded a documented size or nesting limit.
    pub fn is_input_too_large(&self) -> bool {
        self.kind == ErrorKind::InputTooLarge
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message)
    }
}

impl std::error::Error for Error {}

/// The JSON shape of an error at every boundary: `{"error": {"code": ..., "message": ...}}`.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 2)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.message)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_messages_are_kept_and_long_ones_cut_on_char_boundaries() {
        assert_eq!(Error::new(ErrorKind::InvalidDate, "today: required").message(), "today: required");
        for n in [MAX_MESSAGE_BYTES, MAX_MESSAGE_BYTES + 1, 10_000] {
            for filler in ["a", "汉", "𠀀"] {
                let m = filler.repeat(n / filler.len() + 1);
                let e = Error::new(ErrorKind::InvalidJson, m.clone());
                assert!(e.message().len() <= MAX_MESSAGE_BYTES);
                if m.len() <= MAX_MESSAGE_BYTES {
                    assert_eq!(e.message(), m);
                }
            }
        }
    }
}
