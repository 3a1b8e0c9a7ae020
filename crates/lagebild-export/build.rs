//! Embeds every built-in locale: each `locales/<lang>/*.ftl` becomes an entry of the
//! `BUILTIN` table, so that shipping a language is adding its directory, with no code.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR")?).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = std::fs::read_dir(&root)?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    // Sorted, so the table (and `locales list`) does not depend on the file system's order.
    languages.sort();
    let mut table = String::from("&[\n");
    for language in languages {
        println!("cargo:rerun-if-changed={}", language.display());
        let Some(tag) = language.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(&language)?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let path = file.to_str().ok_or("a locale path that is not UTF-8")?;
            writeln!(table, "    ({tag:?}, {name:?}, include_str!({path:?})),")?;
        }
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR")?).join("builtin.rs");
    std::fs::write(out, table)?;
    Ok(())
}
