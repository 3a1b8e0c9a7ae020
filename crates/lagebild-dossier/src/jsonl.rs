//! Fact files: `ArticleFacts` as JSON Lines, the form `lagebild extract --format jsonl`
//! writes and `dossier` and `brief` read back. The files come from anywhere, so every
//! line is checked in full when it is read (JSON, the facts schema, each id against its
//! grammar through `lagebild_model`'s id types) and a file with one bad line is refused
//! whole: half a fact file would be a dossier nobody asked for.

use lagebild_model::ArticleFacts;

/// Why a fact file is refused: the first bad line (1-based) and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: not a facts record: {message}")]
pub struct FactFileError {
    /// The line of the first bad record, counted from 1.
    pub line: usize,
    /// What the JSON reader found wrong.
    pub message: String,
}

/// Reads every record of a fact file. Blank lines are skipped; bytes that are not UTF-8
/// are replaced (U+FFFD) before the JSON is read, so they can only end up inside
/// strings, where an id grammar refuses them.
pub fn read_fact_lines(bytes: &[u8]) -> Result<Vec<ArticleFacts>, FactFileError> {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            serde_json::from_str::<ArticleFacts>(line).map_err(|e| FactFileError {
                line: number + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_refuses_the_file_and_names_the_line() {
        let error = read_fact_lines(b"\n\n{\"schema\": 1}\n").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(read_fact_lines(b"").unwrap().is_empty());
        assert!(read_fact_lines(b"\xff\n").is_err());
    }
}
