-- Timeline entries about one referral to an offer (sent, answered, escalated) name it, so that a partner's
-- history of that referral is found by id, not by matching the organisation's name in the text (which
-- also matched another organisation whose name starts the same, and every other offer of the same one).
alter table case_event add column offer_referral_id uuid;
create index case_event_offer_referral_idx on case_event (offer_referral_id, at);

-- entries written before: found once by their text, as the code wrote them, the latest matching referral
update case_event set offer_referral_id = (
        select o.id from offer_referral o
        where o.referral_id = case_event.referral_id
          and case_event.text like o.organisation_name || ', ' || o.offer_name || ': %'
          and o.proposed_at <= case_event.at
        order by o.proposed_at desc
        fetch first 1 row only)
    where kind = 'PARTNER_ANSWER' and offer_referral_id is null;
update case_event set offer_referral_id = (
        select o.id from offer_referral o
        where o.referral_id = case_event.referral_id
          and case_event.text like 'Doorverwezen naar ' || o.offer_name || ' (' || o.organisation_name || ')%'
          and o.proposed_at <= case_event.at
        order by o.proposed_at desc
        fetch first 1 row only)
    where kind = 'REFERRED' and offer_referral_id is null;
update case_event set offer_referral_id = (
        select o.id from offer_referral o
        where o.referral_id = case_event.referral_id
          and case_event.text like 'Geen antwoord van ' || o.organisation_name || ' binnen de termijn%'
          and o.escalated_at is not null and o.proposed_at <= case_event.at
        order by o.proposed_at desc
        fetch first 1 row only)
    where kind = 'ESCALATED' and offer_referral_id is null;
