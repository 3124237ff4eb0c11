-- Campaigns on live sites: where each reader signed up from, indexes for reading recent
-- activity in time order, and the moderators' decisions on campaigns.

ALTER TABLE readers ADD COLUMN signup_ip TEXT;

CREATE INDEX readers_created ON readers (created_at);
CREATE INDEX comments_created ON comments (created_at);
CREATE INDEX votes_created ON votes (created_at);

CREATE TABLE campaign_decisions (
    id          INTEGER PRIMARY KEY,
    site_id     TEXT NOT NULL REFERENCES sites (id),
    campaign_id TEXT NOT NULL,
    -- The campaign's member accounts when it was decided, as a JSON array: a campaign that
    -- later grows beyond them is shown to moderators again.
    accounts    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('dismiss', 'hold', 'ban')),
    actor_id    INTEGER REFERENCES readers (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX campaign_decisions_site ON campaign_decisions (site_id, campaign_id);
