//! Tribune: the server and command line. See the README's code tour for the map.

pub mod account;
pub mod admin;
pub mod app;
pub mod auth;
pub mod billing;
pub mod campaigns;
pub mod check;
pub mod cli;
pub mod comments;
pub mod config;
pub mod db;
pub mod demo;
pub mod enforcement;
pub mod error;
pub mod extract;
#[cfg(test)]
mod fuzz;
pub mod mail;
pub mod notices;
pub mod openapi;
pub mod ratelimit;
pub mod server;
pub mod sites;
pub mod training;
pub mod transfer;
pub mod web;
pub mod webhooks;
