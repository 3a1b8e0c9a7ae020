//! Messages to the user and the exit code: errors are printed as they happen, one line
//! each, naming the input; the summary and exit code tell whether everything worked.

use std::process::ExitCode;

/// How a run went.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    pub(crate) processed: usize,
    pub(crate) failed: usize,
    /// Output could not be written (other than a closed pipe).
    pub(crate) output_failed: bool,
}

impl Outcome {
    /// Prints one failed input: `error: PATH: what went wrong` plus a hint line.
    pub(crate) fn fail(&mut self, input: &str, message: &str, hint: Option<&str>) {
        self.failed += 1;
        eprintln!("error: {input}: {message}");
        if let Some(hint) = hint {
            eprintln!("  hint: {hint}");
        }
    }

    /// Prints the batch summary when more than one input was given or any failed.
    pub(crate) fn summarize(&self, noun: &str) {
        let total = self.processed + self.failed;
        if self.failed > 0 && total > 1 {
            eprintln!("{} {noun}s, {} skipped", self.processed, self.failed);
        }
    }

    /// 0 when every input was processed, 1 otherwise.
    pub(crate) fn exit_code(&self) -> ExitCode {
        if self.failed > 0 || self.output_failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}
