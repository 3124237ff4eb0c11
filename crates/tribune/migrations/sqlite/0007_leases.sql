-- Leases: which one of the instances sharing the database does a cluster-wide chore (the
-- campaign patrol, whose alerts should be raised once, not once per instance). The holder
-- renews its lease before it runs out; when the holder stops, another instance takes over
-- once `expires_at` has passed.

CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
