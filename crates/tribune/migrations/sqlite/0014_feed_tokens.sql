-- The token in the address of a reader's feed of replies (#16). It lets its holder read the
-- public replies to that reader's comments, nothing else, so it is kept as it is given.
ALTER TABLE readers ADD COLUMN feed_token TEXT;
CREATE UNIQUE INDEX readers_feed_token ON readers (feed_token);
