-- Issue 16 (ADR 0043): a registration is anonymised a retention period after its session ended. Who registered
-- (name, e-mail, organisation, function, remarks) goes; what it counted for (session, status, queue number, sector,
-- attendance, dates) stays, so that a session's numbers are the same before and after. anonymised_at marks each
-- registration once (also when every server runs the rule at the same moment).
alter table training_registration add column anonymised_at timestamp with time zone;
alter table training_registration alter column first_name drop not null;
alter table training_registration alter column last_name drop not null;
alter table training_registration alter column email drop not null;
-- an anonymised registration keeps its status without an address
alter table training_registration drop constraint training_registration_active_ck;
alter table training_registration add constraint training_registration_active_ck
    check (anonymised_at is not null or (status = 'CANCELLED') = (active_email is null));
