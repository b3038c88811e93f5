-- Issue 16 (ADR 0043): retention, anonymisation, erasure on request and rectification.
-- A case keeps what the reports count when it is anonymised: the age band the young person was in when the question
-- came (filled for existing cases by the Java migration V9_0_1: SQL has no age arithmetic H2 and PostgreSQL share),
-- and when it was closed (its retention period runs from then). Anonymised and erased cases say when; an erasure also
-- who approved it and why. The identifying columns become nullable: an anonymised case has none of them.
alter table referral add column intake_age_band varchar(20);
alter table referral add column closed_at timestamp with time zone;
alter table referral add column anonymised_at timestamp with time zone;
alter table referral add column erased_at timestamp with time zone;
alter table referral add column erased_by varchar(100);
alter table referral add column erasure_reason varchar(500);

alter table referral alter column young_first_name drop not null;
alter table referral alter column young_last_name drop not null;
alter table referral alter column young_birth_date drop not null;
alter table referral alter column question drop not null;

-- an unmet need stays for the capacity-gap report; after its period its note and who recorded it go
alter table unmet_need alter column recorded_by drop not null;
alter table unmet_need add column anonymised_at timestamp with time zone;

-- cases closed before: closed when their status changed to CLOSED (the only change with an outcome), else at their
-- last change
update referral set closed_at = coalesce(
        (select max(e.at) from case_event e
         where e.referral_id = referral.id and e.kind = 'STATUS' and e.message = 'event.status.outcome'),
        updated_at, received_at)
    where status = 'CLOSED' and closed_at is null;

-- the nightly run: closed cases not anonymised yet, oldest closing first; unmet needs likewise by when recorded
create index referral_retention_idx on referral (anonymised_at, closed_at);
create index unmet_need_retention_idx on unmet_need (anonymised_at, recorded_at);
