-- Strikes (refusals by the house rules), bans and the moderation log.

CREATE TABLE strikes (
    id         INTEGER PRIMARY KEY,
    site_id    TEXT NOT NULL REFERENCES sites (id),
    -- The signed-in author, or NULL for an anonymous comment (then the IP is the target).
    reader_id  INTEGER REFERENCES readers (id),
    ip         TEXT NOT NULL,
    rule       TEXT NOT NULL,
    score      REAL NOT NULL,
    -- The refused span(s) of the text, kept as evidence.
    excerpt    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX strikes_reader ON strikes (site_id, reader_id, created_at);
CREATE INDEX strikes_ip ON strikes (site_id, ip, created_at);

CREATE TABLE bans (
    id         INTEGER PRIMARY KEY,
    site_id    TEXT NOT NULL REFERENCES sites (id),
    reader_id  INTEGER REFERENCES readers (id),
    ip         TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('suspend', 'ban', 'shadow')),
    reason     TEXT NOT NULL,
    until      INTEGER,
    -- The moderator who acted; NULL when the house rules did (strikes).
    created_by INTEGER REFERENCES readers (id),
    created_at INTEGER NOT NULL,
    lifted_at  INTEGER
);
CREATE INDEX bans_reader ON bans (site_id, reader_id);
CREATE INDEX bans_ip ON bans (site_id, ip);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE mod_log (
    id         INTEGER PRIMARY KEY,
    site_id    TEXT NOT NULL REFERENCES sites (id),
    actor_id   INTEGER REFERENCES readers (id),
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    evidence   TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX mod_log_site ON mod_log (site_id, created_at);
