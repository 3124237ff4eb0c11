//! Coordinated campaigns (paid trolls). On a live site: the detector tailing each site's
//! activity in the database ([`watch`]), the moderators' view and decisions ([`handlers`],
//! stored by [`store`]), and the background [`patrol`] that alerts between their looks. On
//! recorded streams: [`offline`] replays and scores them, and [`simulate`] writes streams with
//! ground truth.

pub mod handlers;
pub mod offline;
pub mod patrol;
pub mod simulate;
pub mod store;
pub mod watch;
