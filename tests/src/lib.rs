//! Shared helpers for the corpus-level tests.
