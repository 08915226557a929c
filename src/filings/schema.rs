//! JSON Schemas of the filing kinds, generated from the Rust types (feature `schema`).
//!
//! `tests/schemas.rs` writes them to `schemas/<name>.schema.json` with an index; the npm package
//! ships those files. To publish a new kind's schema, add one line to [`schemas`].

use schemars::{schema_for, Schema};

/// Every published schema: (file stem, schema). Filing kinds first (the stem is the `kind`),
/// then the inputs of other operations.
pub fn schemas() -> Vec<(&'static str, Schema)> {
    vec![
        ("absence", schema_for!(super::absence::AbsenceForm)),
        ("appeal", schema_for!(super::appeal::Appeal)),
        ("appearance", schema_for!(super::appearance::AppearanceForm)),
        ("complaint", schema_for!(super::complaint::Complaint)),
        ("defence", schema_for!(super::defence::Defence)),
        ("performance", schema_for!(super::performance::Performance)),
        ("reconsideration", schema_for!(super::reconsideration::Reconsideration)),
        ("document", schema_for!(crate::document::DocumentInput)),
        ("filing-pack", schema_for!(super::packs::FilingPack)),
    ]
}
