-- Signed webhooks (#16): the endpoints a site's admins register, the messages waiting for or
-- done with delivery (the durable queue the delivery worker reads), and every attempt.
CREATE TABLE webhooks (
    id         INTEGER PRIMARY KEY,
    site_id    TEXT NOT NULL REFERENCES sites (id),
    url        TEXT NOT NULL,
    -- The event types it receives, space-separated.
    events     TEXT NOT NULL,
    -- whsec_ and the base64 of 32 random bytes (Standard Webhooks).
    secret     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX webhooks_site ON webhooks (site_id);

CREATE TABLE webhook_messages (
    id              INTEGER PRIMARY KEY,
    webhook_id      INTEGER NOT NULL REFERENCES webhooks (id),
    -- The webhook-id header: the same on every attempt, so receivers can drop duplicates.
    msg_id          TEXT NOT NULL UNIQUE,
    event           TEXT NOT NULL,
    payload         TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A worker holds the message until then; a worker that died lets it go.
    locked_until    INTEGER,
    delivered_at    INTEGER,
    failed_at       INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_at, id)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_messages_webhook ON webhook_messages (webhook_id, id);

CREATE TABLE webhook_attempts (
    id           INTEGER PRIMARY KEY,
    message_id   INTEGER NOT NULL REFERENCES webhook_messages (id),
    attempted_at INTEGER NOT NULL,
    -- The receiver's HTTP status, or NULL when none came (refused, timed out).
    status       INTEGER,
    error        TEXT,
    duration_ms  INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_message ON webhook_attempts (message_id, id);
