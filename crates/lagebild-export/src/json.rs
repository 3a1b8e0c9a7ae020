//! The JSON encoder: a [`Document`] as the `lagebild.document/1` schema (docs/json.md),
//! and the dossier with its view as `lagebild.dossier/…`, the data behind every document.

use crate::document::{Document, Error, Options};
use lagebild_dossier::DossierView;
use lagebild_model::Dossier;
use serde::Serialize;
use std::io::Write;

/// The schema of an encoded document.
pub const DOCUMENT_SCHEMA: &str = "lagebild.document/1";

#[derive(Serialize)]
struct Encoded<'d> {
    schema: &'static str,
    #[serde(flatten)]
    document: &'d Document,
}

/// Writes `document` to `out` as pretty-printed JSON. Links are written as the pages
/// they name, so `options` change nothing here; the parameter keeps the encoders alike.
pub fn encode(
    document: &Document,
    _options: &Options<'_>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    serde_json::to_writer_pretty(
        &mut *out,
        &Encoded {
            schema: DOCUMENT_SCHEMA,
            document,
        },
    )
    .map_err(split)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// The schema first, then the view a reader's documents are built from, then the
/// dossier behind it; every object keeps its fields in the order its type declares them.
#[derive(Serialize)]
struct DossierJson<'v, 'd> {
    schema: &'static str,
    view: &'v DossierView<'d>,
    dossier: &'d Dossier,
}

/// Writes the dossier and its view to `out` as pretty-printed JSON
/// ([`lagebild_model::DOSSIER_SCHEMA`]), without building it in memory first.
pub fn encode_dossier(
    view: &DossierView<'_>,
    dossier: &Dossier,
    out: &mut dyn Write,
) -> Result<(), Error> {
    serde_json::to_writer_pretty(
        &mut *out,
        &DossierJson {
            schema: lagebild_model::DOSSIER_SCHEMA,
            view,
            dossier,
        },
    )
    .map_err(split)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// A failed write as the writer's own error (a closed pipe stays one), anything else as a
/// JSON error.
fn split(error: serde_json::Error) -> Error {
    if error.is_io() {
        Error::Io(error.into())
    } else {
        Error::Json(error)
    }
}
