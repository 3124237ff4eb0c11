-- Room in each page of the mail queue (#16): a claim writes the row's lease (`locked_until`,
-- in no index), and with free space on the row's page PostgreSQL writes that new version
-- beside the old one without touching the three indexes (a heap-only update). Full pages
-- sent every claim through all of them, twice per mail counting the outcome.
ALTER TABLE mail_outbox SET (fillfactor = 50);
