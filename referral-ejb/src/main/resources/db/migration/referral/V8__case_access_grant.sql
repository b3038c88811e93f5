-- Issue 16 (ADR 0042): administrators are not case workers. An administrator who must read a case (a data subject's
-- request, an incident) writes why; the grant keeps that reason and holds for a few hours. The audit log says the case
-- was opened with a written reason (never the reason: the log holds no free text, ADR 0040); the case's timeline and
-- its coordinators' mail say why. Rows are never updated: a grant ends by its time.
create table case_access_grant (
    id           uuid primary key,
    referral_id  uuid          not null references referral (id),
    username     varchar(100)  not null,
    reason       varchar(1000) not null,
    granted_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);
-- "does this administrator hold a grant for this case now": one indexed look-up on every read of the case
create index case_access_grant_holder_idx on case_access_grant (referral_id, username, expires_at);
