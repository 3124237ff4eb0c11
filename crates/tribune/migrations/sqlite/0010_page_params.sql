-- The query parameters that name a different page on a site (space-separated, e.g. `p` for
-- WordPress's `?p=123`); NULL: every parameter but the tracking ones (#17).
ALTER TABLE sites ADD COLUMN page_params TEXT;
