-- When a reader deleted their account (#15). The row stays, emptied of everything personal,
-- because comments, bans and the moderation log refer to it by id.
ALTER TABLE readers ADD COLUMN deleted_at BIGINT;
