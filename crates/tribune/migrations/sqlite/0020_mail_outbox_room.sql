-- PostgreSQL's 0020 leaves room in the mail queue's pages for its updates; SQLite rewrites a
-- row in place, and has nothing to change. (Kept so that both engines count the same
-- migrations.)
SELECT 1;
