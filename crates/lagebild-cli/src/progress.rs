//! A progress bar for long runs, shown only when standard error is a terminal, the run is
//! not quiet, and there is more than a handful of inputs. It uses no colour, so `NO_COLOR`
//! holds by construction.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Below this many inputs a run is over before a bar would be worth drawing.
const MIN_INPUTS: usize = 50;

/// A progress bar, or nothing.
pub(crate) struct Progress(Option<ProgressBar>);

impl Progress {
    pub(crate) fn new(inputs: usize) -> Self {
        if inputs < MIN_INPUTS || !crate::report::chatty() || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(Some(inputs as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{pos}/{len} articles [{wide_bar}] {eta}") {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress(Some(bar))
    }

    /// One input done (callable from any thread).
    pub(crate) fn advance(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
