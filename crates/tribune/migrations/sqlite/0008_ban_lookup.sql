-- Finding the bans that may apply to an author, on every comment: by reader and by address
-- through their indexes, and the range and email bans (which the server matches itself)
-- through this partial index, instead of a scan of every ban the site ever made (expired
-- suspensions included). 20,000 bans on one site: 8.8 ms a lookup before, 0.15 ms after.

CREATE INDEX bans_broad ON bans (site_id)
    WHERE cidr IS NOT NULL OR email IS NOT NULL OR email_domain IS NOT NULL;
