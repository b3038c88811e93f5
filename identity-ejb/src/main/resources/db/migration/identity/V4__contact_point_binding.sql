-- A coordinator works for one contact point (the referral module's contact_point; no foreign key across modules).
alter table identity_account add column contact_point_id uuid;
create index identity_account_contact_point_idx on identity_account (contact_point_id);
