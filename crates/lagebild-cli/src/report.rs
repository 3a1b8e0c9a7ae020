//! Messages to the user and the exit code: errors are printed as they happen, one line
//! each, naming the input; the summary and exit code tell whether everything worked.
//!
//! Every message goes through [`message`], which shows control characters and
//! bidirectional overrides as escapes: file names, `--lang` values, ids from fact files
//! and text from locale files reach these lines, and none of them may steer the
//! terminal. A closed or broken standard error ends no run: the lines are dropped.

use std::io::Write as _;
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
        message(&format!(
            "timing: {phase}: {:.2} s{}",
            since.elapsed().as_secs_f64(),
            memory_status()
        ));
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
    /// The command line asked for something that cannot be done (exit code 2).
    pub(crate) usage_failed: bool,
}

/// `text` with every character that could steer a terminal shown as an escape
/// (`\u{1b}`): control characters (escape sequences, bells, carriage returns, line
/// breaks that would forge a second message) and the bidirectional overrides that
/// reorder what a reader sees.
pub(crate) fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes one line to standard error, sanitized. Errors are ignored: a closed standard
/// error must not turn a finished run into a crash.
pub(crate) fn message(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", sanitize(line));
}

/// Writes one line of a report (`locales check`, `eval`) to standard output, sanitized;
/// false once standard output is closed, so the caller can stop.
pub(crate) fn report_line(line: &str) -> bool {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", sanitize(line)).is_ok()
}

/// Prints `error: MESSAGE` for a failure that ends the run before any input.
pub(crate) fn error_line(text: &str) {
    message(&format!("error: {text}"));
}

/// Prints `warning: MESSAGE` unless the run is quiet.
pub(crate) fn warning(text: &str) {
    if chatty() {
        message(&format!("warning: {text}"));
    }
}

impl Outcome {
    /// Prints one failed input: `error: PATH: what went wrong` plus a hint line.
    pub(crate) fn fail(&mut self, input: &str, message: &str, hint: Option<&str>) {
        self.failed += 1;
        self::message(&format!("error: {input}: {message}"));
        if let Some(hint) = hint {
            self::message(&format!("  hint: {hint}"));
        }
    }

    /// Prints a usage error about an option (`-o DIR`): the run stops with exit code 2.
    pub(crate) fn usage(&mut self, subject: &str, message: &str, hint: Option<&str>) {
        self.usage_failed = true;
        self::message(&format!("error: {subject}: {message}"));
        if let Some(hint) = hint {
            self::message(&format!("  hint: {hint}"));
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
            message(&format!(
                "{} {noun}s, {} skipped",
                self.processed, self.failed
            ));
        }
    }

    /// 2 for a usage error, 0 when every input was processed, 1 otherwise.
    pub(crate) fn exit_code(&self) -> ExitCode {
        if self.usage_failed {
            ExitCode::from(2)
        } else if self.failed > 0 || self.output_failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}
