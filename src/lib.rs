//! # filing-check
//!
//! Checks Chinese administrative-litigation filings (行政诉讼) before they are submitted, with the
//! article behind every finding. One core, three faces: this Rust crate (servers, batch jobs), the
//! `filing-check` CLI (feature `cli`), and the npm package built from the `wasm` feature, which
//! court e-filing pages and government portals embed. All three reach byte-identical verdicts,
//! because they share the JSON facade in [`api`] and one case corpus (`tests/cases/`).
//!
//! ## What it checks
//! - identity numbers ([`ids`]): 公民身份号码 (GB 11643) with the reason a number is invalid.
//! - text ([`text`]): OpenCC-exact simplified/traditional conversion (16 configurations, checked
//!   against the C++ library), clean-up of pasted text, and names matched across scripts.
//!
//! ## Quick start
//! ```
//! use filing_check::{api, i18n::Lang};
//! let today = filing_check::date::parse_civil_date("2026-11-22", "today").unwrap();
//! let r = api::validate_id("resident", "11010519491231002X", today, Lang::ZhHans).unwrap();
//! assert!(r.valid);
//! ```
//!
//! ## Features
//! - none (default): the core. No wasm dependency, no clock, no I/O.
//! - `cli`: the `filing-check` binary.
//! - `wasm`: the wasm-bindgen layer in `src/wasm/`, the only code that names `wasm_bindgen`.
//!
//! ## Principles
//! - A form full of mistakes is a successful call that returns findings; an [`Error`] is a
//!   malformed call (bad JSON, bad date), with a stable [`Error::code`].
//! - Civil dates only, and "today" is always an argument.
//! - Nothing in this crate panics on input: in wasm a panic traps and kills the module for the page.
//! - Every rule is data with a permanent id and citations ([`rules`], [`law`]).
//!
//! ## What it does not do
//! - It is not legal advice, and it does not replace the court's review.
//! - It does not check that an address code still exists, or that a person or agency is real.

pub mod api;
pub mod date;
pub mod filings;
mod error;
pub mod i18n;
pub mod ids;
pub mod law;
pub mod report;
pub mod rules;
pub mod text;

#[cfg(feature = "wasm")]
mod wasm;

pub use error::Error;
