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
//! - 统一社会信用代码 (GB 32100-2015) with its embedded GB 11714 organisation code ([`ids::credit_code`]).
//! - who appears for the defendant agency (filing kinds `appearance` and `absence`): 负责人 and
//!   相应的工作人员 under 行政诉讼法 第三条、第三十一条, 行诉解释 第一百二十八条至第一百三十二条 and 法释〔2020〕3号,
//!   each applied only from the day it took effect (the hearing day decides); the declared role is
//!   read against the post and the identity proof's post with a post-title table
//!   (`data/appearance/posts.json`, "cannot tell" for a title it does not know); with local rule
//!   packs ([`packs`]).
//! - filings ([`filings`]): completeness of a complaint (起诉状), defence bundle (答辩材料), appeal
//!   (上诉状), reconsideration application (行政复议申请书) and performance report (履行情况反馈), each
//!   a typed form with a published JSON Schema (`schemas/`), rules `FIL-…`;
//! - document text ([`document`]): required parts, case numbers (案号, [`ids::case_number`]), dates in
//!   Chinese numerals, party names and amounts in capitals (大写金额), rules `DOC-…`.
//! - statutory periods ([`period`]) on China's official calendar ([`calendar`]: every rest day and
//!   调休 working day 2004-2026 from the State Council's notices, newer years loadable at runtime),
//!   with the steps and articles behind every date; the named windows of LEGAL.md §0.2-§0.3 and the
//!   行政复议法 ([`windows`], rules `DL-…`); the supervision timeline with iCalendar export
//!   ([`timeline`]).
//! - text ([`text`]): OpenCC-exact simplified/traditional conversion (16 configurations, checked
//!   against the C++ library), clean-up of pasted text, and names matched across scripts.
//!
//! Every finding carries its rule id, message id, arguments and `path` (a JSON Pointer, for code);
//! its message names the field in the form's words (`出庭人（第2人）公民身份号码`) and coded values in
//! the reader's language ([`i18n::labels`], generated from the schemas' titles; a portal may
//! override them with `labels`).
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
//! - none: the core. No wasm dependency, no clock, no I/O.
//! - `desk` (default): the bureau's desk ops, `supervise`, `rates` and `bulletin`
//!   ([`supervision`], [`api::supervision`]). The main wasm module is built without it, so that
//!   a validating page does not load them; the desk module (`wasm-desk`) has them.
//! - `cli`: the `filing-check` binary (with `desk`).
//! - `wasm`: the wasm-bindgen layer in `src/wasm/`, the only code that names `wasm_bindgen`.
//! - `wasm-opencc`: the same layer building the converter-only module a page fetches for its
//!   first conversion (`src/wasm/converter.rs`).
//! - `wasm-ids`: the identifiers-only module (`src/wasm/ids.rs`), `validateId` alone.
//! - `documents` (default): the document text checks and the filing kinds that read their
//!   documents' text (complaint, defence, appeal, reconsideration). The forms module is built
//!   without it.
//! - `wasm-forms`: the forms module (`src/wasm/forms.rs`): `check` of the agency's own forms
//!   (appearance, absence, performance), `validateId` and the due day.
//! - `wasm-desk`: the desk module (`src/wasm/desk.rs`), the three desk ops alone.
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
//! - It does not compute a window whose trigger falls under a text it does not have: the 1989
//!   行政诉讼法 (triggers before 2015-05-01, except the periods of the 2002 证据规定 and the 2000
//!   审限规定 it does have), the 1999/2009 行政复议法 (before 2018-01-01), or any trigger before a
//!   window's oldest encoded text. Such a window says `older_text_not_encoded` rather than
//!   guessing with a later text.

pub mod api;
pub mod calendar;
pub mod date;
pub mod document;
pub mod filings;
mod error;
pub mod form;
pub mod i18n;
pub mod ids;
pub mod law;
pub mod packs;
pub mod period;
pub mod report;
pub mod rules;
mod sort;
pub mod json_reader;
pub mod sorted_map;
#[cfg(feature = "desk")]
pub mod supervision;
pub mod text;
pub mod timeline;
mod varint;
pub mod windows;

#[cfg(any(feature = "wasm", feature = "wasm-opencc", feature = "wasm-ids", feature = "wasm-desk", feature = "wasm-forms"))]
mod wasm;

pub use error::Error;
