-- Articles that Tribune serves itself (`tribune publish`).

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    site_id      TEXT NOT NULL REFERENCES sites (id),
    slug         TEXT NOT NULL,
    title        TEXT NOT NULL,
    standfirst   TEXT NOT NULL,
    author       TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    -- The Markdown source as published, and its rendered, sanitized HTML.
    body         TEXT NOT NULL,
    html         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (site_id, slug)
);
CREATE INDEX articles_recent ON articles (site_id, published_at);
