//! The enforcement capability (`src/enforcement/`), one file per purpose as in the source.

mod access;
mod appeals;
mod bans;
mod log;
mod queue;
mod readers;
mod reports;
mod screen;
mod strikes;
