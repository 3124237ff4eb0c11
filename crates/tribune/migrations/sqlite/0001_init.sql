-- Tribune's schema, SQLite flavour. Times are milliseconds since the Unix epoch; flags are
-- integers 0/1. The PostgreSQL migration of the same number creates the same tables.

CREATE TABLE sites (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    -- Space-separated origins allowed to embed the widget; '*' allows any.
    origins         TEXT NOT NULL DEFAULT '',
    allow_anonymous INTEGER NOT NULL DEFAULT 1,
    sso_secret      TEXT,
    -- The site's own word lists, one entry a line, on top of the house rules.
    banned_words    TEXT NOT NULL DEFAULT '',
    suspect_words   TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);

CREATE TABLE readers (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT UNIQUE,
    password_hash TEXT,
    -- Readers signed in by a host site's SSO token: the site and its user id, and the
    -- email the site vouches for (not unique: it may also have a password account).
    sso_site      TEXT REFERENCES sites (id),
    sso_subject   TEXT,
    sso_email     TEXT,
    created_at    INTEGER NOT NULL,
    UNIQUE (sso_site, sso_subject)
);

CREATE TABLE roles (
    site_id   TEXT NOT NULL REFERENCES sites (id),
    reader_id INTEGER NOT NULL REFERENCES readers (id),
    role      TEXT NOT NULL CHECK (role IN ('admin', 'moderator')),
    PRIMARY KEY (site_id, reader_id)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    reader_id  INTEGER NOT NULL REFERENCES readers (id),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_reader ON sessions (reader_id);

CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    site_id       TEXT NOT NULL REFERENCES sites (id),
    url           TEXT NOT NULL,
    title         TEXT,
    closed_at     INTEGER,
    comment_count INTEGER NOT NULL DEFAULT 0,
    -- Bumped by every change to the page's comments: read caches compare it.
    version       INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    UNIQUE (site_id, url)
);

CREATE TABLE comments (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id),
    parent_id       INTEGER REFERENCES comments (id),
    -- The top-level ancestor; NULL for a top-level comment. Loads a subtree in one query.
    root_id         INTEGER REFERENCES comments (id),
    author_id       INTEGER REFERENCES readers (id),
    author_name     TEXT NOT NULL,
    body            TEXT NOT NULL,
    html            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('visible', 'pending', 'rejected', 'deleted')),
    verdict         TEXT,
    upvotes         INTEGER NOT NULL DEFAULT 0,
    downvotes       INTEGER NOT NULL DEFAULT 0,
    -- Lower bound of the Wilson score interval of the votes: the "best" sort key.
    best            REAL NOT NULL DEFAULT 0,
    edit_token_hash TEXT,
    ip              TEXT,
    created_at      INTEGER NOT NULL,
    edited_at       INTEGER,
    deleted_at      INTEGER
);
CREATE INDEX comments_page_roots ON comments (page_id, parent_id, created_at);
CREATE INDEX comments_root ON comments (root_id);
CREATE INDEX comments_author ON comments (author_id, created_at);

CREATE TABLE votes (
    comment_id INTEGER NOT NULL REFERENCES comments (id),
    reader_id  INTEGER NOT NULL REFERENCES readers (id),
    value      INTEGER NOT NULL CHECK (value IN (-1, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (comment_id, reader_id)
);
CREATE INDEX votes_reader ON votes (reader_id);
