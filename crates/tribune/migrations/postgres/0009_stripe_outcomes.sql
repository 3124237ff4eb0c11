-- What each Stripe event led to, so that admins see the ones that matched no supporter
-- (an unknown site or reader): those are answered 200 and kept here, not retried (#17).
ALTER TABLE stripe_events ADD COLUMN outcome TEXT;
ALTER TABLE stripe_events ADD COLUMN detail TEXT;
