-- Failed sign-ins per account and the time the next attempt is allowed (#17: guessing was
-- limited per address only, so a botnet could try an account's password without end).
ALTER TABLE readers ADD COLUMN failed_logins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE readers ADD COLUMN login_locked_until BIGINT;
