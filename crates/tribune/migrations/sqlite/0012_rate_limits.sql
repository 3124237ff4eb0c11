-- Writes per client address and per reader in the current minute, shared by every instance
-- on one PostgreSQL database (#17: with N instances a client got N times the limit). One row
-- per key and minute; rows of past minutes are deleted as instances go. Unused on SQLite,
-- which one instance serves.
CREATE TABLE rate_limits (
    key          TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
);
