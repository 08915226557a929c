//! Text: OpenCC-exact simplified/traditional conversion, clean-up of pasted text, and name
//! matching across scripts.

pub mod names;
pub mod clean;
pub mod opencc;
pub mod ops;
pub mod script;
mod script_table;
