-- Issue 18 (ADR 0049): an intake over the API may carry a request key (Idempotency-Key) so that a client that lost
-- its connection can send it again without making a second case. The key is kept on the case it created, in the same
-- transaction, as its SHA-256 (hex), with the SHA-256 of the intake and its caller (the fingerprint): a retry finds the
-- case here; the same key with another intake is refused. Both stay as long as the case keeps who asked, and go when
-- it is anonymised (ADR 0043). Without a key both are null (a unique constraint lets any number of nulls through).
alter table referral add column request_key varchar(64);
alter table referral add column request_fingerprint varchar(64);
-- one case per caller and key: two attempts at the same moment cannot both make one
alter table referral add constraint referral_request_key_uk unique (referrer_username, request_key);
