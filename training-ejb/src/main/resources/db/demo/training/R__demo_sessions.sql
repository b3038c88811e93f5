-- Demo data (demo mode only): sessions relative to the day the demo database was made. Made-up people
-- (@example.org) only. Runs again when this file changes; every statement leaves existing rows alone.
insert into training_session (id, kind, title, description, starts_at, ends_at, venue, venue_address, trainers,
                              capacity, status, created_at, created_by) values
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f01', 'INFO_SESSION', 'Infosessie: het Centraal Meldpunt voor scholen',
  'Hoe stel je een vraag over een jongere aan het Centraal Meldpunt, en wat gebeurt er daarna?',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '7' DAY + INTERVAL '13' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '7' DAY + INTERVAL '15' HOUR,
  'Stadhuis, zaal Kiel', 'Francis Wellesplein 1, 2018 Antwerpen', 'Team Centraal Meldpunt', 40, 'PUBLISHED', CURRENT_TIMESTAMP, 'coordinator'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', 'TRAINING', 'Vorming: signalen van schooluitval herkennen',
  'Een vorming voor leerkrachten en leerlingbegeleiders over vroege signalen van uitval en wat je kan doen.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '11' HOUR,
  'Netsterk, wijk Kiel', 'Sint-Bernardsesteenweg 100, 2020 Antwerpen', 'Demo Trainer (Netsterk)', 20, 'PUBLISHED', CURRENT_TIMESTAMP, 'coordinator'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03', 'INTERVISION', 'Intervisie eerstelijnswerkers Kiel',
  'Casusbespreking met partners uit onderwijs, welzijn en jeugd.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '35' DAY + INTERVAL '12' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '35' DAY + INTERVAL '14' HOUR,
  'Netsterk, wijk Kiel', 'Sint-Bernardsesteenweg 100, 2020 Antwerpen', null, 12, 'DRAFT', CURRENT_TIMESTAMP, 'coordinator'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'INFO_SESSION', 'Infosessie: gedeeld beroepsgeheim in de praktijk',
  'Wat mag je delen in een netwerkoverleg, met wie en wanneer? Met voorbeelden uit scholen en jeugdhulp. Bijna volzet.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '10' DAY + INTERVAL '14' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '10' DAY + INTERVAL '16' HOUR,
  'Stadhuis, zaal Kiel', 'Francis Wellesplein 1, 2018 Antwerpen', 'Demo Jurist', 10, 'PUBLISHED', CURRENT_TIMESTAMP, 'coordinator'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'TRAINING', 'Driedaagse vorming: oplossingsgericht werken met jongeren',
  'Drie dagen, één groep: gespreksvaardigheden, werken met het netwerk van de jongere, en casussen uit de eigen praktijk. Je schrijft in voor de drie dagen samen.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '14' DAY + INTERVAL '7' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '28' DAY + INTERVAL '15' HOUR,
  'Netsterk, wijk Kiel', 'Sint-Bernardsesteenweg 100, 2020 Antwerpen', 'Demo Trainer (Netsterk), Demo Coach', 16, 'PUBLISHED', CURRENT_TIMESTAMP, 'coordinator'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06', 'INFO_SESSION', 'Online infosessie: het aanbod van de netwerkpartners',
  'Een uur online: welke partners werken rond uitval, en hoe vind je hun aanbod in de Draaischijf?',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '17' DAY + INTERVAL '10' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '17' DAY + INTERVAL '11' HOUR,
  null, null, 'Team Centraal Meldpunt', 100, 'PUBLISHED', CURRENT_TIMESTAMP, 'coordinator')
on conflict do nothing;

update training_session set online_link = 'https://meet.example.org/draaischijf-aanbod'
 where id = '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06' and online_link is null;

insert into training_session_date (session_id, position, starts_at, ends_at)
 select id, 0, starts_at, ends_at from training_session
  where id in ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f01', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03',
               '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06')
on conflict do nothing;
-- the three-day training: two weeks, three weeks and four weeks from the demo day, 9:00-17:00 (UTC+1/+2 aside)
insert into training_session_date (session_id, position, starts_at, ends_at) values
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 0, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '14' DAY + INTERVAL '7' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '14' DAY + INTERVAL '15' HOUR),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 1, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '7' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '15' HOUR),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 2, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '28' DAY + INTERVAL '7' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '28' DAY + INTERVAL '15' HOUR)
on conflict do nothing;

insert into training_session_theme (session_id, code) values
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f01', 'INTAKE'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', 'DROPOUT'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', 'ABSENTEEISM'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03', 'COOPERATION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'PROFESSIONAL_SECRECY'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'COOPERATION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'WELLBEING'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'DROPOUT'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06', 'INTAKE')
on conflict do nothing;

insert into training_session_audience (session_id, code) values
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f01', 'EDUCATION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', 'EDUCATION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03', 'WELFARE'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03', 'YOUTH'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'EDUCATION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'WELFARE'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'WELFARE'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'YOUTH'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05', 'DROPOUT_PREVENTION'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06', 'EDUCATION')
on conflict do nothing;

-- The nearly full info session: 9 of its 10 places taken (made-up people).
insert into training_registration (id, session_id, first_name, last_name, email, active_email, organisation, sector,
                                   function_title, consent_at, status, registered_at, confirmed_at) values
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a01', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'An', 'Demo', 'an.demo@example.org', 'an.demo@example.org', 'Demo Basisschool', 'EDUCATION', 'zorgcoördinator', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a02', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Bram', 'Demo', 'bram.demo@example.org', 'bram.demo@example.org', 'Demo Secundaire School', 'EDUCATION', 'leerlingbegeleider', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a03', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Chloé', 'Demo', 'chloe.demo@example.org', 'chloe.demo@example.org', 'Demo CLB', 'EDUCATION', 'CLB-medewerker', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a04', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Dries', 'Demo', 'dries.demo@example.org', 'dries.demo@example.org', 'Demo Jeugdwerking', 'YOUTH', 'jeugdwerker', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a05', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Eline', 'Demo', 'eline.demo@example.org', 'eline.demo@example.org', 'Demo Welzijnsorganisatie', 'WELFARE', 'maatschappelijk werker', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a06', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Farid', 'Demo', 'farid.demo@example.org', 'farid.demo@example.org', 'Demo Secundaire School', 'EDUCATION', 'leerkracht', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a07', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Greet', 'Demo', 'greet.demo@example.org', 'greet.demo@example.org', 'Demo OCMW', 'SOCIAL_SERVICES', 'consulent', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a08', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Hamza', 'Demo', 'hamza.demo@example.org', 'hamza.demo@example.org', 'Demo Jeugdhulp', 'WELFARE', 'begeleider', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 ('6b1f9032-8d4c-4e2f-9a3b-0c7d2e1f8a09', '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04', 'Ines', 'Demo', 'ines.demo@example.org', 'ines.demo@example.org', 'Demo Basisschool', 'EDUCATION', 'directeur', CURRENT_TIMESTAMP, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
on conflict do nothing;

-- the seat counters follow the registrations above
update training_session set confirmed_count = (select count(*) from training_registration r
                                                where r.session_id = training_session.id and r.status = 'CONFIRMED')
 where id = '5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04';

-- the demo's days get the iCalendar UID they would have had before days carried one
update training_session_date
   set uid = cast(session_id as varchar(36)) || '-' || cast(position as varchar(10)) || '@draaischijf'
 where uid is null;
