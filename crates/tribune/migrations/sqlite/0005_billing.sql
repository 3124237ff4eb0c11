-- Supporters: readers who pay (through Stripe) or were granted support by an admin, and the
-- Stripe events already processed (each once).

ALTER TABLE sites ADD COLUMN supporter_badge INTEGER NOT NULL DEFAULT 1;

CREATE TABLE supporters (
    site_id             TEXT NOT NULL REFERENCES sites (id),
    reader_id           INTEGER NOT NULL REFERENCES readers (id),
    -- 'stripe' or 'grant'.
    source              TEXT NOT NULL CHECK (source IN ('stripe', 'grant')),
    -- Support lasts until this time (NULL: open-ended, e.g. a subscription whose period end
    -- is not known yet, or a grant without an end).
    active_until        INTEGER,
    stripe_customer     TEXT,
    stripe_subscription TEXT,
    -- The Stripe status of the subscription (active, past_due, canceled, ...).
    status              TEXT NOT NULL,
    -- The `created` time of the latest Stripe event applied: older events arriving late
    -- change nothing.
    stripe_event_at     INTEGER NOT NULL DEFAULT 0,
    note                TEXT,
    granted_by          INTEGER REFERENCES readers (id),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    PRIMARY KEY (site_id, reader_id)
);
CREATE INDEX supporters_subscription ON supporters (stripe_subscription);
CREATE INDEX supporters_customer ON supporters (stripe_customer);

CREATE TABLE stripe_events (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    created     INTEGER NOT NULL,
    received_at INTEGER NOT NULL
);
