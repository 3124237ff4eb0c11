-- Indexes a bulk load (a first import into an empty comments table) dropped, to be built again
-- once its rows are in: by the load itself, or at the next start-up when the load was cut
-- short (db.rs, `Db::defer_indexes`).
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql TEXT NOT NULL
);
