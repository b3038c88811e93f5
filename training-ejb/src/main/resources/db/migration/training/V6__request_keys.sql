-- Issue 18 (ADR 0049): a registration over the API may carry a request key (Idempotency-Key) so that a client that
-- lost its connection can send it again without registering twice. The key is kept on the registration it made, in
-- the same transaction, as its SHA-256 (hex), with the SHA-256 of the session and the form (the fingerprint): a retry
-- finds the registration here and gets the same self-service link (derived from the key, so only hashes are stored);
-- the same key with another form is refused. Both go when the registration is anonymised (ADR 0043). Without a key both
-- are null (a unique constraint lets any number of nulls through).
alter table training_registration add column request_key varchar(64);
alter table training_registration add column request_fingerprint varchar(64);
-- one registration per session and key: two attempts at the same moment cannot both make one
alter table training_registration add constraint training_registration_request_key_uk unique (session_id, request_key);
