-- Demo data (demo mode only). Every young person here is made up.
insert into referral (id, reference, status, referrer_username, young_first_name, young_last_name, young_birth_date, district, question, received_at) values
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01', 'DS-2026-0001', 'NEW', 'professional', 'Demo', 'Jongere Een', DATE '2010-03-14', 'KIEL',
  'Leerling spijbelt sinds enkele weken bijna dagelijks; school zoekt een aanbod rond schoolmotivatie.', CURRENT_TIMESTAMP - INTERVAL '2' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02', 'DS-2026-0002', 'IN_ANALYSIS', 'professional', 'Demo', 'Jongere Twee', DATE '2008-11-02', 'HOBOKEN',
  'Jongere dreigt uit te vallen; thuissituatie is onstabiel. Vraag naar begeleiding buiten de school.', CURRENT_TIMESTAMP - INTERVAL '9' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03', 'DS-2026-0003', 'REFERRED', 'professional2', 'Demo', 'Jongere Drie', DATE '2006-06-21', 'BORGERHOUT',
  'Uitgesloten leerling zoekt een nieuwe school en een tijdelijk dagaanbod.', CURRENT_TIMESTAMP - INTERVAL '20' DAY),
 ('0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e04', 'DS-2026-0004', 'CLOSED', 'professional2', 'Demo', 'Jongere Vier', DATE '2005-01-30', 'DEURNE',
  'Vraag naar een opleidingstraject na schooluitval.', CURRENT_TIMESTAMP - INTERVAL '60' DAY)
on conflict do nothing;
