-- Every audit line is chained now (V6_0_1 numbered the earlier ones): a line without its number or hash is refused,
-- and a number is used once per case, which is also the order the check (and the per-case walk) reads them in.
alter table case_audit alter column seq set not null;
alter table case_audit alter column hash set not null;
alter table case_audit add constraint case_audit_seq_uk unique (referral_id, seq);
