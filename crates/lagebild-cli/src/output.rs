//! Standard output for every subcommand: documents one after another, JSON records as one
//! array when several inputs were given, and a closed pipe (`lagebild … | head`) ending
//! the run quietly instead of as an error.

use crate::input::Input;
use crate::report::{Failure, Outcome};
use std::io::{BufWriter, StdoutLock, Write};

/// How the records of a run are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// `[a,\nb]` when there are several, a bare object when there is one.
    JsonArray { several: bool },
    /// One record per line (JSON Lines).
    Lines,
    /// Text documents separated by a blank line.
    Documents,
}

/// Buffered standard output that tracks where the run stands.
pub(crate) struct Output {
    out: BufWriter<StdoutLock<'static>>,
    layout: Layout,
    written: usize,
    /// Set once writing failed; nothing more is written.
    closed: bool,
}

impl Output {
    /// Runs `work` on every input in parallel and writes each text it returns in input
    /// order, reporting failures in their place; false when the output was closed.
    pub(crate) fn records_in_order(
        &mut self,
        inputs: &[Input],
        work: impl Fn(&Input) -> Result<String, Failure> + Sync,
        outcome: &mut Outcome,
    ) -> bool {
        let mut open = true;
        crate::input::in_order(inputs, work, |_, result| {
            match result {
                Ok(text) => {
                    outcome.processed += 1;
                    open = self.record(&text, outcome);
                }
                Err(failure) => outcome.record(failure),
            }
            open
        });
        open
    }

    pub(crate) fn new(layout: Layout) -> Self {
        Output {
            out: BufWriter::new(std::io::stdout().lock()),
            layout,
            written: 0,
            closed: false,
        }
    }

    /// Writes one record; returns false once output is closed (the run should stop).
    pub(crate) fn record(&mut self, text: &str, outcome: &mut Outcome) -> bool {
        let (before, after) = match (self.layout, self.written) {
            (Layout::JsonArray { several: true }, 0) => ("[\n", ""),
            (Layout::JsonArray { several: true }, _) => (",\n", ""),
            (Layout::JsonArray { several: false }, _) | (Layout::Lines, _) => ("", "\n"),
            (Layout::Documents, 0) => ("", ""),
            (Layout::Documents, _) => ("\n", ""),
        };
        self.written += 1;
        // Three writes into the buffer rather than one joined copy: a briefing of 20,000
        // articles is some 30 MB.
        self.write(before, outcome) && self.write(text, outcome) && self.write(after, outcome)
    }

    /// Writes one document produced piece by piece by `render` (which gets a text sink),
    /// without holding it whole; returns false once output is closed.
    pub(crate) fn record_streamed(
        &mut self,
        render: impl FnOnce(&mut dyn std::fmt::Write),
        outcome: &mut Outcome,
    ) -> bool {
        if self.layout == Layout::Documents && self.written > 0 && !self.write("\n", outcome) {
            return false;
        }
        self.written += 1;
        if self.closed {
            return false;
        }
        let mut sink = TextSink::new(&mut self.out);
        render(&mut sink);
        if let Some(e) = sink.error {
            report_output_error(&e, outcome);
            self.closed = true;
        }
        !self.closed
    }

    /// Writes one document as `encode` produces it (a briefing of 20,000 articles is
    /// some 30 MB), without holding it whole; returns false once output is closed.
    pub(crate) fn record_encoded(
        &mut self,
        encode: impl FnOnce(&mut dyn Write) -> Result<(), lagebild_export::Error>,
        outcome: &mut Outcome,
    ) -> bool {
        if self.layout == Layout::Documents && self.written > 0 && !self.write("\n", outcome) {
            return false;
        }
        self.written += 1;
        if self.closed {
            return false;
        }
        match encode(&mut self.out) {
            Ok(()) => {}
            Err(lagebild_export::Error::Io(e)) => {
                report_output_error(&e, outcome);
                self.closed = true;
            }
            Err(e) => {
                crate::report::message(&format!("error: cannot write output: {e}"));
                outcome.output_failed = true;
                self.closed = true;
            }
        }
        !self.closed
    }

    /// Writes one JSON record straight into the output buffer, without first rendering
    /// it into a string (the JSON of one 100 MB page is some 250 MB); returns false once
    /// output is closed.
    pub(crate) fn record_json(
        &mut self,
        value: &impl serde::Serialize,
        outcome: &mut Outcome,
    ) -> bool {
        let (before, after) = match (self.layout, self.written) {
            (Layout::JsonArray { several: true }, 0) => ("[\n", ""),
            (Layout::JsonArray { several: true }, _) => (",\n", ""),
            _ => ("", "\n"),
        };
        self.written += 1;
        if !self.write(before, outcome) {
            return false;
        }
        if let Err(e) = serde_json::to_writer_pretty(&mut self.out, value) {
            match e.io_error_kind() {
                Some(kind) => report_output_error(&std::io::Error::from(kind), outcome),
                None => {
                    crate::report::message(&format!("error: cannot write output: {e}"));
                    outcome.output_failed = true;
                }
            }
            self.closed = true;
            return false;
        }
        self.write(after, outcome)
    }

    /// Closes an array and flushes.
    pub(crate) fn finish(mut self, outcome: &mut Outcome) {
        if self.layout == (Layout::JsonArray { several: true }) {
            let closing = if self.written == 0 { "[]\n" } else { "\n]\n" };
            self.write(closing, outcome);
        }
        if !self.closed
            && let Err(e) = self.out.flush()
        {
            report_output_error(&e, outcome);
        }
    }

    fn write(&mut self, text: &str, outcome: &mut Outcome) -> bool {
        if self.closed {
            return false;
        }
        if let Err(e) = self.out.write_all(text.as_bytes()) {
            report_output_error(&e, outcome);
            self.closed = true;
        }
        !self.closed
    }
}

/// A `fmt::Write` over an `io::Write` for renderers that write text as they go: the first
/// I/O error is kept (renderers ignore the `fmt::Error` it turns into) and everything
/// after it is refused.
pub(crate) struct TextSink<'w> {
    out: &'w mut dyn Write,
    pub(crate) error: Option<std::io::Error>,
}

impl<'w> TextSink<'w> {
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        TextSink { out, error: None }
    }
}

impl std::fmt::Write for TextSink<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        if self.error.is_some() {
            return Err(std::fmt::Error);
        }
        self.out.write_all(text.as_bytes()).map_err(|e| {
            self.error = Some(e);
            std::fmt::Error
        })
    }
}

fn report_output_error(error: &std::io::Error, outcome: &mut Outcome) {
    if error.kind() != std::io::ErrorKind::BrokenPipe {
        crate::report::message(&format!("error: cannot write output: {error}"));
        outcome.output_failed = true;
    }
}
