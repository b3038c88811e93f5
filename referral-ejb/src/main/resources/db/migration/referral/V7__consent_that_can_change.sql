-- Issue 16 (ADR 0041): consent that can change, and need to know in time.
-- Consent is recorded after the intake or withdrawn; the case keeps the consent in force (consent_* as before) and,
-- once the last consent is withdrawn, who withdrew it, when and how. The timeline keeps every change.
alter table referral add column consent_withdrawn_on date;
alter table referral add column consent_withdrawn_by varchar(20);
alter table referral add column consent_withdrawn_method varchar(20);

-- A referral to an offer keeps the ground the case rested on when it was sent (consent, shared professional secrecy, a
-- case conference), so that a withdrawal of consent hides the young person from the partners that had them through
-- consent only; and when it ended (declined, completed, stopped), after which the partner sees its details for a
-- limited time only. Referrals sent before: the case's ground now, and the last change of a referral that ended.
alter table offer_referral add column legal_ground varchar(40);
alter table offer_referral add column ended_at timestamp with time zone;

update offer_referral set legal_ground = (select r.sharing_ground from referral r where r.id = offer_referral.referral_id)
    where legal_ground is null;
update offer_referral set ended_at = updated_at
    where status in ('DECLINED', 'COMPLETED', 'STOPPED') and ended_at is null;
