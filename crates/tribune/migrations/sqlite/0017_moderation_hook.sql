-- The moderation hook (#16): an endpoint of the site's own that is asked before a comment is
-- published, signed like webhooks with its own secret.
ALTER TABLE sites ADD COLUMN moderation_hook_url TEXT;
ALTER TABLE sites ADD COLUMN moderation_hook_secret TEXT;
