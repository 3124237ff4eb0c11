-- A queued mail's text and HTML in a table of their own (#16): the queue's row is written
-- twice per mail (the claim, then the outcome) and read whole by every count of the queue;
-- with 2.4 KB of bodies in it, PostgreSQL wrote a new copy of them on each update and
-- SQLite read them all to count what was sent.
CREATE TABLE mail_bodies (
    mail_id   INTEGER PRIMARY KEY REFERENCES mail_outbox (id) ON DELETE CASCADE,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL
);
INSERT INTO mail_bodies (mail_id, text_body, html_body)
    SELECT id, text_body, html_body FROM mail_outbox;
ALTER TABLE mail_outbox DROP COLUMN text_body;
ALTER TABLE mail_outbox DROP COLUMN html_body;
