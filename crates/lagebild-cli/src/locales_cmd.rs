//! `lagebild locales`: translator tools.

use crate::cli::{LocalesArgs, LocalesCommand};
use crate::report::Outcome;
use lagebild_export::{Severity, builtin_files, check_locales, read_directory};
use std::collections::BTreeSet;

pub(crate) fn run(args: &LocalesArgs) -> Outcome {
    let mut outcome = Outcome::default();
    match &args.command {
        LocalesCommand::List => {
            let languages: BTreeSet<String> = builtin_files().into_iter().map(|f| f.0).collect();
            for language in languages {
                let _ = crate::report::report_line(&language);
            }
        }
        LocalesCommand::Check { dir } => {
            let files = match dir {
                Some(dir) => match read_directory(dir) {
                    Ok(files) => files,
                    Err(e) => {
                        outcome.fail(
                            &dir.display().to_string(),
                            &e.to_string(),
                            Some("pass a directory of <lang>/*.ftl files"),
                        );
                        return outcome;
                    }
                },
                None => builtin_files(),
            };
            let findings = check_locales(&files);
            let locales: BTreeSet<&str> = files.iter().map(|f| f.0.as_str()).collect();
            for finding in &findings {
                let label = match finding.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Fallback => "fallback",
                };
                let _ = crate::report::report_line(&format!(
                    "{label}: {}: {}: {}",
                    finding.locale, finding.subject, finding.message
                ));
            }
            let errors = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let fallbacks = findings
                .iter()
                .filter(|f| f.severity == Severity::Fallback)
                .count();
            let warnings = findings.len() - errors - fallbacks;
            let _ = crate::report::report_line(&format!(
                "{} locales checked: {errors} errors, {warnings} warnings, {fallbacks} fallbacks",
                locales.len()
            ));
            if errors > 0 {
                outcome.failed += 1;
            }
        }
    }
    outcome.processed += 1;
    outcome
}
