-- SQLite's 0021 keeps the indexes a bulk load drops until it builds them again; PostgreSQL's
-- imports keep their indexes, and have nothing to keep. (Kept so that both engines count the
-- same migrations.)
SELECT 1;
