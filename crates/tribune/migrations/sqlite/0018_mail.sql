-- E-mail (#16): the outgoing queue the mail worker delivers, the comments waiting to be
-- batched into one mail per recipient, each address's token and what it stopped, opt-ins,
-- single-use account links, and what each moderator wants by mail.
ALTER TABLE sites ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
-- When the reader proved the address is theirs (a link followed, or a host site vouching):
-- only then does it get reply notifications.
ALTER TABLE readers ADD COLUMN email_verified_at INTEGER;

CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    site_id         TEXT REFERENCES sites (id),
    recipient       TEXT NOT NULL,
    -- reply, signup, account_exists, reset, verify, subscribe, ban, appeal_answer, digest,
    -- campaign_alert.
    kind            TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    -- Where one click stops this kind of mail (RFC 8058); none for account mail.
    unsubscribe_url TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A worker holds the message until then; a worker that died lets it go.
    locked_until    INTEGER,
    sent_at         INTEGER,
    failed_at       INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id)
    WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient, created_at);

-- Comments someone should hear about, gathered so that several make one mail.
CREATE TABLE mail_pending (
    id         INTEGER PRIMARY KEY,
    recipient  TEXT NOT NULL,
    site_id    TEXT NOT NULL REFERENCES sites (id),
    -- reply (to the recipient's comment) or thread (a page the recipient follows).
    kind       TEXT NOT NULL CHECK (kind IN ('reply', 'thread')),
    comment_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX mail_pending_recipient ON mail_pending (recipient, id);

-- Every address Tribune mails: its secret token (the unsubscribe and manage links, which
-- work without signing in) and the kinds of mail it stopped, space-separated.
CREATE TABLE mail_recipients (
    email      TEXT PRIMARY KEY,
    token      TEXT NOT NULL UNIQUE,
    stopped    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- Opt-ins confirmed by e-mail: an anonymous reader's replies (target: the comment id) or a
-- thread to follow (target: the page URL).
CREATE TABLE mail_subscriptions (
    id           INTEGER PRIMARY KEY,
    site_id      TEXT NOT NULL REFERENCES sites (id),
    email        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('replies', 'thread')),
    target       TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    confirmed_at INTEGER,
    created_at   INTEGER NOT NULL,
    UNIQUE (site_id, kind, target, email)
);

-- Single-use links of account mail: a sign-up to confirm (carrying the account to create,
-- so nothing exists until the address is proven), a password to reset, an address to verify,
-- a ban to appeal without signing in.
CREATE TABLE mail_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose    TEXT NOT NULL CHECK (purpose IN ('signup', 'reset', 'verify', 'appeal')),
    email      TEXT NOT NULL,
    payload    TEXT,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    created_at INTEGER NOT NULL
);

-- What each moderator of a site wants by mail (a NULL digest: the configured default, for
-- those who never chose), and when their last digest went.
CREATE TABLE mod_mail (
    site_id         TEXT NOT NULL REFERENCES sites (id),
    reader_id       INTEGER NOT NULL REFERENCES readers (id),
    digest          TEXT CHECK (digest IN ('off', 'immediate', 'hourly', 'daily')),
    campaign_alerts INTEGER NOT NULL DEFAULT 1,
    last_digest_at  INTEGER NOT NULL,
    PRIMARY KEY (site_id, reader_id)
);
