//! Text: OpenCC-exact simplified/traditional conversion, clean-up of pasted text, and name
//! matching across scripts.

pub mod names;
pub mod opencc;
mod script_table;
