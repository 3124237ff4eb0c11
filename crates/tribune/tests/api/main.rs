//! Tribune's integration suite: one binary, the real server on a random loopback port, each
//! test with its own database, each storage test on SQLite and on PostgreSQL.

mod browser;
mod helpers;

mod account;
mod auth;
mod billing;
mod campaigns;
mod comments;
mod enforcement;
mod feeds;
mod import;
mod mail;
mod mod_ui;
mod ops;
mod pages;
mod rules_cli;
mod webhooks;
mod widget;
