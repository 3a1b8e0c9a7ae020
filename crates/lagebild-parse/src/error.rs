//! The ways parsing can fail: only when the input is not an article at all.
//!
//! Odd lines never make parsing fail; they end up in [`crate::Article::dropped`] with a
//! reason. These errors carry offsets as data; the caller adds the file name.

/// Why a file could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// No bytes, or nothing but white space.
    #[error("the input is empty")]
    Empty,
    /// NUL bytes or a high share of control bytes: an image, archive or other binary file.
    #[error("the input is binary (non-text byte at offset {offset})")]
    Binary {
        /// Byte offset of the first byte that gave it away.
        offset: u64,
    },
    /// The input is larger than [`crate::ParseOptions::max_input_bytes`].
    #[error("the input is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: u64,
        /// The configured limit.
        limit: u64,
    },
}

/// A mistake in a chrome rule table, with the line of the table it is on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rule table line {line}: {message}")]
pub struct RuleError {
    /// 1-based line in the rule table.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}
