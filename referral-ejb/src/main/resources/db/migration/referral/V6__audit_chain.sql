-- Issue 16 (ADR 0040): the audit log becomes a hash chain per case, so that a line changed or deleted afterwards shows.
-- Each line gets its number in the case's log (seq: 1, 2, 3 …), the hash of the line before it (prev_hash; none for
-- the first) and its own hash (hex SHA-256 over its fields and prev_hash). case_audit_head holds each case's last
-- line, locked by whoever writes the next one. Lines written before get their numbers and hashes in the order they
-- were written (at, id) from the Java migration V6_0_1; V6_0_2 then makes them required.
alter table case_audit add column seq bigint;
alter table case_audit add column prev_hash varchar(64);
alter table case_audit add column hash varchar(64);

create table case_audit_head (
    referral_id  uuid primary key,
    seq          bigint      not null,
    hash         varchar(64)
);
