-- Demo data (demo mode only): sessions relative to the day the demo database was made.
insert into training_session (id, kind, title, description, starts_at, ends_at, venue, capacity, status) values
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f01', 'INFO_SESSION', 'Infosessie: het Centraal Meldpunt voor scholen',
  'Hoe stel je een vraag over een jongere aan het Centraal Meldpunt, en wat gebeurt er daarna?',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '7' DAY + INTERVAL '13' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '7' DAY + INTERVAL '15' HOUR, 'Francis Wellesplein 1, 2018 Antwerpen', 40, 'PUBLISHED'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f02', 'TRAINING', 'Vorming: signalen van schooluitval herkennen',
  'Een vorming voor leerkrachten en leerlingbegeleiders over vroege signalen van uitval en wat je kan doen.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '21' DAY + INTERVAL '11' HOUR, 'Netsterk, wijk Kiel', 20, 'PUBLISHED'),
 ('5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03', 'INTERVISION', 'Intervisie eerstelijnswerkers Kiel',
  'Casusbespreking met partners uit onderwijs, welzijn en jeugd.',
  CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '35' DAY + INTERVAL '12' HOUR, CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE) + INTERVAL '35' DAY + INTERVAL '14' HOUR, 'Netsterk, wijk Kiel', 12, 'DRAFT')
on conflict do nothing;
