//! Workspace-wide tests: they run the built `whosaid` binary on the seed
//! articles and on fixtures written for these tests.

mod util;

mod cli;
mod eval;
mod hostile;
mod reports;
mod seed;
