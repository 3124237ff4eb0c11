-- Comments brought in by `tribune import` (#15): which comment of the source system each
-- one was, so that importing the same file again, or a newer export of the same site, adds
-- only what is new, and replies find their parents across runs.
CREATE TABLE imported_comments (
    site_id    TEXT NOT NULL REFERENCES sites (id),
    -- The format imported from: disqus, wordpress, isso, commento, remark42, tribune.
    source     TEXT NOT NULL,
    source_key TEXT NOT NULL,
    comment_id INTEGER NOT NULL REFERENCES comments (id),
    PRIMARY KEY (site_id, source, source_key)
);

-- A reader created by an import has an e-mail address and no way to sign in yet; the site's
-- single sign-on vouching for the same address claims the account (auth::store).
ALTER TABLE readers ADD COLUMN imported_site TEXT REFERENCES sites (id);
