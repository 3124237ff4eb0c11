-- The moderation queue and moderators' tools: pre-moderation settings, why a comment waits
-- in the queue, shadow bans, bans by range and email, reports, appeals and the devices that
-- link a new account to a banned one.

-- Pre-moderation per site; 0 turns a mode off.
ALTER TABLE sites ADD COLUMN premod_all INTEGER NOT NULL DEFAULT 0;
-- Hold a reader's comments until this many of theirs were approved.
ALTER TABLE sites ADD COLUMN premod_new_readers INTEGER NOT NULL DEFAULT 0;
-- Hold a reader's comments while their share of refusals over 7 days is at least this.
ALTER TABLE sites ADD COLUMN premod_refusal_rate REAL NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN premod_links INTEGER NOT NULL DEFAULT 0;
-- Reports that hold a visible comment for review.
ALTER TABLE sites ADD COLUMN reports_to_hold INTEGER NOT NULL DEFAULT 3;

-- Why a pending comment waits (house rules, pre-moderation, reports, ban evasion), how risky
-- it looks (the queue's order), the banned reader it seems to come from, and the reason its
-- author sees when it is refused. Shadowed comments are shown to their author only.
ALTER TABLE comments ADD COLUMN queue_reason TEXT;
ALTER TABLE comments ADD COLUMN risk REAL NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN evasion_of INTEGER REFERENCES readers (id);
ALTER TABLE comments ADD COLUMN refusal_reason TEXT;
ALTER TABLE comments ADD COLUMN shadow INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN device TEXT;
ALTER TABLE comments ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX comments_status ON comments (status, risk);
CREATE INDEX comments_ip ON comments (ip);

ALTER TABLE bans ADD COLUMN cidr TEXT;
ALTER TABLE bans ADD COLUMN email TEXT;
ALTER TABLE bans ADD COLUMN email_domain TEXT;
ALTER TABLE bans ADD COLUMN lifted_by INTEGER REFERENCES readers (id);

-- Readers a moderator put on pre-moderation.
CREATE TABLE premod_readers (
    site_id    TEXT NOT NULL REFERENCES sites (id),
    reader_id  INTEGER NOT NULL REFERENCES readers (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, reader_id)
);

CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    site_id     TEXT NOT NULL REFERENCES sites (id),
    comment_id  INTEGER NOT NULL REFERENCES comments (id),
    reporter_id INTEGER NOT NULL REFERENCES readers (id),
    reason      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    -- Set when a moderator acted on the comment; upheld = 1 when they removed it.
    resolved_at INTEGER,
    upheld      INTEGER,
    UNIQUE (comment_id, reporter_id)
);
CREATE INDEX reports_reporter ON reports (site_id, reporter_id, created_at);

CREATE TABLE appeals (
    id          INTEGER PRIMARY KEY,
    site_id     TEXT NOT NULL REFERENCES sites (id),
    ban_id      INTEGER NOT NULL REFERENCES bans (id),
    reader_id   INTEGER REFERENCES readers (id),
    message     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by INTEGER REFERENCES readers (id),
    outcome     TEXT CHECK (outcome IN ('accepted', 'rejected')),
    response    TEXT
);
CREATE INDEX appeals_open ON appeals (site_id, resolved_at);

-- A browser (the widget's device id) seen with a reader.
CREATE TABLE devices (
    device    TEXT NOT NULL,
    reader_id INTEGER NOT NULL REFERENCES readers (id),
    seen_at   INTEGER NOT NULL,
    PRIMARY KEY (device, reader_id)
);
