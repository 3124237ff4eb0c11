//! What happened that someone may need to hear about by mail: a comment published, a ban, an
//! appeal answered, a campaign detected, a sign-up to confirm. The capabilities where these
//! happen send a [`Notice`] after their transaction commits; `mail::listen` turns each into
//! mail. Sending is a non-blocking push onto a bounded channel, so the write path does not wait
//! for the queries that find who to mail, and the capabilities do not depend on `mail` (which
//! depends on them): the import graph keeps no cycle through it (#18).
//!
//! The channel is in memory: a notice not yet handled when the process stops is lost, as a mail
//! not yet queued always was. Without mail configured nothing listens and nothing is sent.

use std::sync::{Arc, Mutex};

use moderation::campaigns::Campaign;
use tokio::sync::mpsc;

/// Notices waiting to be handled at most; beyond, new ones are dropped and logged (a burst of
/// comments far beyond what the mail queries keep up with).
const CAPACITY: usize = 10_000;

#[derive(Debug)]
pub enum Notice {
    /// A comment became public (posted, or approved after a hold) on `url` of `site`.
    CommentPublished {
        site: String,
        url: String,
        comment: i64,
    },
    /// A ban was placed (by a moderator, the house rules' strikes, or a campaign decision).
    Banned { ban: i64 },
    /// A moderator answered an appeal.
    AppealAnswered {
        appeal: i64,
        accepted: bool,
        answer: String,
    },
    /// The patrol found a new campaign on `site`.
    CampaignDetected {
        site: String,
        campaign: Box<Campaign>,
    },
    /// A sign-up with an address that has no account: the account to create once the mailed
    /// link is followed.
    SignupRequested {
        site: Option<String>,
        email: String,
        name: String,
        password_hash: String,
        signup_ip: String,
    },
    /// A sign-up with an address that already has an account: its owner is told.
    SignupOfTakenAddress { site: Option<String>, email: String },
}

/// Where notices go; cloned into every `AppState`.
#[derive(Clone)]
pub struct Notices {
    sender: Option<mpsc::Sender<Notice>>,
    receiver: Arc<Mutex<Option<mpsc::Receiver<Notice>>>>,
}

impl Notices {
    /// A channel when someone will listen (`listening`: mail is on), else one that drops all.
    pub fn new(listening: bool) -> Notices {
        if !listening {
            return Notices {
                sender: None,
                receiver: Arc::default(),
            };
        }
        let (sender, receiver) = mpsc::channel(CAPACITY);
        Notices {
            sender: Some(sender),
            receiver: Arc::new(Mutex::new(Some(receiver))),
        }
    }

    pub fn send(&self, notice: Notice) {
        let Some(sender) = &self.sender else {
            return;
        };
        if let Err(e) = sender.try_send(notice) {
            tracing::error!(error = %e, "notices: the channel is full or closed, a notice is dropped");
        }
    }

    /// The receiving end, once: for the one listener of this process.
    pub fn take_receiver(&self) -> Option<mpsc::Receiver<Notice>> {
        self.receiver.lock().ok().and_then(|mut r| r.take())
    }
}
