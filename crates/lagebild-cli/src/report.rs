//! Messages to the user and the exit code: errors are printed as they happen, one line
//! each, naming the input; the summary and exit code tell whether everything worked.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU8, Ordering};

/// How much the run says on standard error: 0 quiet (errors only), 1 normal, 2 verbose.
static VERBOSITY: AtomicU8 = AtomicU8::new(1);

/// Sets the verbosity from `-q`/`-v` once, in `main`.
pub(crate) fn set_verbosity(quiet: bool, verbose: bool) {
    VERBOSITY.store(
        if quiet {
            0
        } else if verbose {
            2
        } else {
            1
        },
        Ordering::Relaxed,
    );
}

/// Whether warnings, summaries and progress are shown.
pub(crate) fn chatty() -> bool {
    VERBOSITY.load(Ordering::Relaxed) >= 1
}

/// Whether per-input details are shown.
pub(crate) fn verbose() -> bool {
    VERBOSITY.load(Ordering::Relaxed) >= 2
}

/// Under `--verbose`, how long a phase of the run took, on standard error: the numbers
/// behind docs/performance.md's breakdown of `brief`.
pub(crate) fn timing(phase: &str, since: std::time::Instant) {
    if verbose() {
        eprintln!(
            "timing: {phase}: {:.2} s{}",
            since.elapsed().as_secs_f64(),
            memory_status()
        );
    }
}

/// Resident and peak resident memory where the system tells them (Linux), else nothing.
fn memory_status() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|value| value.trim().to_owned())
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(now), Some(peak)) => format!(" (resident {now}, peak {peak})"),
        _ => String::new(),
    }
}

/// A failed input, described but not yet printed: parallel workers return these and the
/// run prints them in input order.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) input: String,
    pub(crate) message: String,
    pub(crate) hint: Option<&'static str>,
}

/// How a run went.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    pub(crate) processed: usize,
    pub(crate) failed: usize,
    /// Output could not be written (other than a closed pipe).
    pub(crate) output_failed: bool,
}

/// Prints `error: MESSAGE` for a failure that ends the run before any input, with
/// control characters (from file names or option values) shown as `?` so that they
/// cannot steer the terminal.
pub(crate) fn error_line(message: &str) {
    let shown: String = message
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    eprintln!("error: {shown}");
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

    /// Prints a failure returned by a worker.
    pub(crate) fn record(&mut self, failure: Failure) {
        self.fail(&failure.input, &failure.message, failure.hint);
    }

    /// Prints the batch summary when more than one input was given or any failed.
    pub(crate) fn summarize(&self, noun: &str) {
        let total = self.processed + self.failed;
        if self.failed > 0 && total > 1 && chatty() {
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
