-- Issue 17 (ADR 0046): the moments the reports measure lead times and reply times from, kept on the case and on each
-- referral to an offer when they happen, so that the database computes the percentiles without reading the timeline.
-- They are kept when a case is anonymised (ADR 0043): times, no contents.
alter table referral add column analysed_at timestamp with time zone;
alter table referral add column first_referred_at timestamp with time zone;
alter table referral add column first_started_at timestamp with time zone;
alter table offer_referral add column answered_at timestamp with time zone;
alter table offer_referral add column started_at timestamp with time zone;

-- cases from before: taken into analysis at their first change of status
update referral set analysed_at = coalesce(
        (select min(e.at) from case_event e where e.referral_id = referral.id and e.kind = 'STATUS'),
        updated_at)
    where status <> 'NEW';

-- referrals from before: answered at the partner's first answer, started at the answer after that
update offer_referral set answered_at = coalesce(
        (select min(e.at) from case_event e where e.offer_referral_id = offer_referral.id and e.kind = 'PARTNER_ANSWER'),
        updated_at)
    where status <> 'PROPOSED';
update offer_referral set started_at = coalesce(
        (select min(e.at) from case_event e where e.offer_referral_id = offer_referral.id and e.kind = 'PARTNER_ANSWER'
             and e.at > offer_referral.answered_at),
        updated_at)
    where status in ('STARTED', 'COMPLETED', 'STOPPED');

update referral set first_referred_at = (select min(o.proposed_at) from offer_referral o where o.referral_id = referral.id);
update referral set first_started_at = (select min(o.started_at) from offer_referral o where o.referral_id = referral.id);

-- the reports select by when a case came in (and by contact point), referrals to offers by when they were proposed,
-- unmet needs by when they were recorded
create index referral_report_idx on referral (received_at, contact_point_id);
create index offer_referral_report_idx on offer_referral (proposed_at);
create index unmet_need_report_idx on unmet_need (recorded_at);
create index case_conference_held_idx on case_conference (held_at);

-- a case conference's action keeps the day it was marked done (for actions marked done before, the day is unknown:
-- they count as done, not as done on time)
alter table conference_action add column done_on date;
