-- Demo data (demo mode only): signals and one theme meeting, relative to the day the demo database was made. The
-- organisations are the partner module's demo organisations (by id); no person is named. Runs again when this file
-- changes; every statement leaves existing rows alone.
insert into network_signal (id, signal_date, source, forum_code, case_reference, district, description, brought_by,
                            recorded_by, recorded_at) values
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a01', CAST(CURRENT_DATE - INTERVAL '20' DAY AS DATE), 'FORUM', 'NETSTERK_KIEL', null, 'KIEL',
  'Leerkrachten van het eerste jaar zien meer leerlingen die ''s ochtends niet opdagen en in de klas afhaken; de scholen vragen zich af wat er buiten de school speelt.',
  'Lokaal overleg Netsterk Kiel', 'coordinator2', CURRENT_TIMESTAMP - INTERVAL '20' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a02', CAST(CURRENT_DATE - INTERVAL '45' DAY AS DATE), 'QUESTION', null, null, 'HOBOKEN',
  'Drie scholen vroegen deze maand naar begeleiding voor jongeren met angstklachten; de wachttijd voor een eerste gesprek loopt op tot vier maanden.',
  null, 'coordinator', CURRENT_TIMESTAMP - INTERVAL '45' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a03', CAST(CURRENT_DATE - INTERVAL '10' DAY AS DATE), 'CASE', null, 'DS-2026-0002', 'HOBOKEN',
  'Een onstabiele thuissituatie houdt een jongere weg van school; begeleiding buiten de schooluren is in de wijk nauwelijks te vinden.',
  null, 'coordinator', CURRENT_TIMESTAMP - INTERVAL '10' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a04', CAST(CURRENT_DATE - INTERVAL '70' DAY AS DATE), 'FORUM', 'STEERING_GROUP', null, 'CITY_WIDE',
  'Meer jongeren tussen 18 en 25 jaar hebben geen school, werk of opleiding en zijn bij geen enkele dienst bekend.',
  'Stuurgroep', 'coordinator', CURRENT_TIMESTAMP - INTERVAL '70' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a05', CAST(CURRENT_DATE - INTERVAL '5' DAY AS DATE), 'OTHER', null, null, 'BORGERHOUT',
  'Nieuwkomers die de onthaalklas verlaten, haken in hun tweede schooljaar vaak af: de taal blijft een drempel en de motivatie zakt.',
  'Partneroverleg onderwijs', 'coordinator', CURRENT_TIMESTAMP - INTERVAL '5' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a06', CAST(CURRENT_DATE - INTERVAL '3' DAY AS DATE), 'FORUM', 'NETSTERK_KIEL', null, 'KIEL',
  'Jeugdwerkers merken dat jongeren die niet meer naar school gaan, overdag in het park rondhangen; ze vragen een gezamenlijke aanpak met de scholen.',
  'Lokaal overleg Netsterk Kiel', 'coordinator2', CURRENT_TIMESTAMP - INTERVAL '3' DAY)
on conflict do nothing;

insert into network_signal_theme (signal_id, code) values
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a01', 'SCHOOL_FATIGUE'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a01', 'TRUANCY'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a02', 'MENTAL_WELLBEING'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a02', 'WAITING_LISTS'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a03', 'HOME_SITUATION'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a04', 'NOT_IN_EDUCATION_OR_WORK'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a05', 'LANGUAGE_NEWCOMERS'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a05', 'SCHOOL_FATIGUE'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a06', 'TRUANCY'),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1a06', 'SCHOOL_FATIGUE')
on conflict do nothing;

-- a theme meeting on school fatigue three weeks ahead, with X-Stra! (youth) and Arktos (dropout prevention) invited
insert into theme_meeting (id, theme, meeting_day, starts_at, ends_at, place, agenda, minutes, created_by, created_at) values
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1b01', 'SCHOOL_FATIGUE', CAST(CURRENT_DATE + INTERVAL '21' DAY AS DATE), TIME '14:00:00',
  TIME '16:00:00', 'Netsterk, wijk Kiel, Sint-Bernardsesteenweg 100, 2020 Antwerpen',
  'De signalen over schoolmoeheid in Kiel en Borgerhout; wat de scholen en het jeugdwerk zien; wie neemt wat op.',
  null, 'coordinator2', CURRENT_TIMESTAMP - INTERVAL '2' DAY)
on conflict do nothing;

insert into theme_meeting_partner (meeting_id, position, organisation_id, invited_at) values
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1b01', 0, 'd878d442-ff75-5e2b-8ada-0b32637f51ae', CURRENT_TIMESTAMP - INTERVAL '2' DAY),
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1b01', 1, 'e444453e-ef0f-54ed-ac23-6e5af3a5ffbc', CURRENT_TIMESTAMP - INTERVAL '2' DAY)
on conflict do nothing;

insert into theme_meeting_action (meeting_id, position, description, owner, due_on, done) values
 ('7c1d5e2a-4b3f-4e61-9a0d-2f6b8c4e1b01', 0, 'De cijfers over afwezigheden in het eerste jaar opvragen bij de scholen van Kiel',
  'Centraal Meldpunt', CAST(CURRENT_DATE + INTERVAL '14' DAY AS DATE), false)
on conflict do nothing;
