-- Demo data (demo mode only). Every young person, referrer and e-mail address here is made up.
insert into referral (id, reference, status, referrer_username, young_first_name, young_last_name, young_birth_date, district, question, received_at) values
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01', 'DS-2026-0001', 'NEW', 'professional', 'Demo', 'Jongere Een', DATE '2010-03-14', 'KIEL',
  'Leerling spijbelt sinds enkele weken bijna dagelijks; school zoekt een aanbod rond schoolmotivatie.', CURRENT_TIMESTAMP - INTERVAL '2' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', 'DS-2026-0002', 'IN_ANALYSIS', 'professional', 'Demo', 'Jongere Twee', DATE '2008-11-02', 'HOBOKEN',
  'Jongere dreigt uit te vallen; thuissituatie is onstabiel. Vraag naar begeleiding buiten de school.', CURRENT_TIMESTAMP - INTERVAL '9' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', 'DS-2026-0003', 'REFERRED', 'professional2', 'Demo', 'Jongere Drie', DATE '2010-06-21', 'BORGERHOUT',
  'Uitgesloten leerling zoekt een nieuwe school en een tijdelijk dagaanbod.', CURRENT_TIMESTAMP - INTERVAL '20' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e04', 'DS-2026-0004', 'CLOSED', 'professional2', 'Demo', 'Jongere Vier', DATE '2005-01-30', 'DEURNE',
  'Vraag naar een opleidingstraject na schooluitval.', CURRENT_TIMESTAMP - INTERVAL '60' DAY)
on conflict do nothing;

update referral set referrer_name = 'Demo Leerlingbegeleider', referrer_organisation = 'Demo Secundaire School',
    referrer_sector = 'EDUCATION', referrer_function = 'leerlingbegeleider', referrer_email = 'professional@example.org',
    referrer_phone = '03 000 00 01', school_name = 'Demo Secundaire School', updated_at = received_at
  where referrer_username = 'professional' and referrer_name is null;
update referral set referrer_name = 'Demo CLB-medewerker', referrer_organisation = 'Demo CLB',
    referrer_sector = 'EDUCATION', referrer_function = 'CLB-medewerker', referrer_email = 'professional2@example.org',
    school_name = 'Demo Atheneum', updated_at = received_at
  where referrer_username = 'professional2' and referrer_name is null;
update referral set school_status = 'AT_RISK', school_year = '3de jaar', urgency = 'NORMAL',
    follow_up_on = CAST(CURRENT_DATE + INTERVAL '1' DAY AS DATE)
  where id = '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01' and follow_up_on is null;
update referral set school_status = 'AT_RISK', school_year = '5de jaar', urgency = 'HIGH', coordinator = 'coordinator',
    consent_young_person = true, consent_parent = true, consent_date = CAST(CURRENT_DATE - INTERVAL '10' DAY AS DATE),
    consent_method = 'IN_PERSON', sharing_ground = 'CONSENT', follow_up_on = CAST(CURRENT_DATE - INTERVAL '2' DAY AS DATE)
  where id = '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02' and follow_up_on is null;
update referral set school_status = 'EXCLUDED', school_year = '2de jaar', urgency = 'HIGH', coordinator = 'coordinator2',
    consent_young_person = true, consent_date = CAST(CURRENT_DATE - INTERVAL '21' DAY AS DATE),
    consent_method = 'IN_WRITING', sharing_ground = 'CONSENT', follow_up_on = CAST(CURRENT_DATE + INTERVAL '5' DAY AS DATE)
  where id = '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03' and follow_up_on is null;
update referral set school_status = 'DROPPED_OUT', urgency = 'LOW', coordinator = 'coordinator', outcome = 'TRAINING',
    consent_young_person = true, consent_date = CAST(CURRENT_DATE - INTERVAL '61' DAY AS DATE), consent_method = 'BY_PHONE',
    sharing_ground = 'CONSENT', is_open = false
  where id = '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e04' and outcome is null;

insert into referral_problem_area (referral_id, code) values
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01', 'ABSENTEEISM'),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01', 'WELLBEING'),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', 'DROPOUT'),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', 'HOME'),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', 'BEHAVIOUR'),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e04', 'DROPOUT')
on conflict do nothing;

-- DS-2026-0003 was referred to De Passage's day centre (demo account partner.depassage answers it)
insert into offer_referral (id, referral_id, offer_id, offer_name, organisation_id, organisation_name, status, reply_by, proposed_at, updated_at) values
 ('5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', 'b12275c6-cc91-5117-b09f-3aeeace9dc6b',
  'Dagcentrum De Passage', 'afb52efb-14c4-5363-a7c0-c2314a06a26e', 'De Twee Gezusters – De Passage', 'PROPOSED',
  CAST(CURRENT_DATE + INTERVAL '3' DAY AS DATE), CURRENT_TIMESTAMP - INTERVAL '2' DAY, CURRENT_TIMESTAMP - INTERVAL '2' DAY)
on conflict do nothing;

-- timeline entries say what happened as a message key and values (said in the reader's language); text is what a
-- person wrote. The updates turn entries of demo databases from before messages into such entries.
insert into case_event (id, referral_id, offer_referral_id, at, actor, kind, text) values
 ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b01', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01', NULL, CURRENT_TIMESTAMP - INTERVAL '2' DAY, 'professional', 'INTAKE', ''),
 ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b02', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', NULL, CURRENT_TIMESTAMP - INTERVAL '9' DAY, 'professional', 'INTAKE', ''),
 ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b03', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', NULL, CURRENT_TIMESTAMP - INTERVAL '8' DAY, 'coordinator', 'STATUS', ''),
 ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b04', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', NULL, CURRENT_TIMESTAMP - INTERVAL '20' DAY, 'professional2', 'INTAKE', ''),
 ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b05', '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', '5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03', CURRENT_TIMESTAMP - INTERVAL '2' DAY, 'coordinator2', 'REFERRED', '')
on conflict do nothing;
update case_event set message = 'event.intake.web', text = '', message_values = 'NUMBER:0
NAME:Netsterk Kiel' where id = '6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b01' and message is null;
update case_event set message = 'event.intake.web', text = '', message_values = 'NUMBER:1
NAME:Centraal Meldpunt' where id in ('6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b02', '6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b04') and message is null;
update case_event set message = 'event.status', text = '', message_values = 'STATUS:NEW
STATUS:IN_ANALYSIS' where id = '6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b03' and message is null;
update case_event set message = 'event.referred', text = '', message_values = 'NAME:Dagcentrum De Passage
NAME:De Twee Gezusters – De Passage
DATE:' || CAST(CAST(CURRENT_DATE + INTERVAL '3' DAY AS DATE) AS VARCHAR(10))
  where id = '6f1b0d32-8e4c-4a7f-9b2d-3c4e5f6a7b05' and message is null;

-- the demo case from Kiel belongs to Netsterk Kiel
update referral set contact_point_id = '6c9a3f0e-0b7a-4c39-9a51-000000000002'
    where id = '0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01' and district = 'KIEL';

-- issue 16 (ADR 0043): the demo cases' age band when their question came, and when the closed one was closed (the
-- module sets both for the cases it receives; these rows are inserted here). Age in whole years, on both databases.
update referral set intake_age_band = case
        when extract(year from received_at) - extract(year from young_birth_date)
             - case when extract(month from received_at) * 100 + extract(day from received_at)
                         < extract(month from young_birth_date) * 100 + extract(day from young_birth_date)
                    then 1 else 0 end <= 11 then 'UNDER_12'
        when extract(year from received_at) - extract(year from young_birth_date)
             - case when extract(month from received_at) * 100 + extract(day from received_at)
                         < extract(month from young_birth_date) * 100 + extract(day from young_birth_date)
                    then 1 else 0 end <= 15 then 'FROM_12_TO_15'
        when extract(year from received_at) - extract(year from young_birth_date)
             - case when extract(month from received_at) * 100 + extract(day from received_at)
                         < extract(month from young_birth_date) * 100 + extract(day from young_birth_date)
                    then 1 else 0 end <= 17 then 'FROM_16_TO_17'
        else 'FROM_18_TO_25' end
  where intake_age_band is null and young_birth_date is not null;
update referral set closed_at = coalesce(updated_at, received_at) where status = 'CLOSED' and closed_at is null;
