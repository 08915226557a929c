//! Text: OpenCC-exact simplified/traditional conversion, clean-up of pasted text, script
//! detection and name matching across scripts.
//!
//! - [`opencc`]: conversion exactly as OpenCC 1.4.2 (16 configurations), dictionaries as data.
//! - [`clean`]: removes pinyin annotations, zero-width characters, odd spaces and full-width
//!   letters and digits from pasted text, reporting each change with UTF-16 offsets; reports
//!   signs of mis-decoding without changing the text. Never part of conversion.
//! - [`script`]: simplified, traditional, mixed or neither.
//! - [`names`]: `same_name`/`fold_name`, matching 张三 with 張三 without ever folding two
//!   different names together.
//! - [`ops`]: the plain conversion behind op `convert` (the facade, `api`, reads the requests of
//!   the text ops).
//!
//! [`clean`], [`script`] and [`names`] use a small table embedded in the core
//! (`script_table.rs`, generated and delta-coded; [`char_tables`] decodes it once), so they work
//! in a page that never loads the dictionaries.

mod char_tables;
pub mod clean;
pub mod names;
pub mod opencc;
pub mod ops;
pub mod script;
mod script_table;
