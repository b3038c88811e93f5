-- The lists that were Java enumerations or bundle keys become data that administrators manage (ADR 0032):
-- sectors, session themes, decline reasons, and the consultation forums the network's signals will name.
-- The codes are the ones records already carry.
insert into reference_item (list_name, code, label_nl, label_en, position) values
    ('SECTOR', 'WELFARE',            'Welzijn',                            'Welfare',                             0),
    ('SECTOR', 'DROPOUT_PREVENTION', 'Uitvalpreventie',                    'Dropout prevention',                  1),
    ('SECTOR', 'EDUCATION',          'Onderwijs',                          'Education',                           2),
    ('SECTOR', 'YOUTH',              'Jeugd',                              'Youth',                               3),
    ('SECTOR', 'SOCIAL_SERVICES',    'OCMW / sociale dienst',              'Social services (OCMW)',              4),
    ('SECTOR', 'SAFETY',             'Veiligheid',                         'Safety',                              5),
    ('SESSION_THEME', 'INTAKE',               'Het Centraal Meldpunt',     'The Centraal Meldpunt',               0),
    ('SESSION_THEME', 'DROPOUT',              'Schooluitval',              'Early school leaving',                1),
    ('SESSION_THEME', 'ABSENTEEISM',          'Spijbelen en afwezigheden', 'Truancy and absence',                 2),
    ('SESSION_THEME', 'COOPERATION',          'Samenwerken in het netwerk','Working together in the network',     3),
    ('SESSION_THEME', 'PROFESSIONAL_SECRECY', 'Beroepsgeheim',             'Professional secrecy',                4),
    ('SESSION_THEME', 'WELLBEING',            'Welbevinden',               'Wellbeing',                           5),
    ('DECLINE_REASON', 'NOT_ELIGIBLE',             'Valt niet binnen de doelgroep', 'Not in the target group',    0),
    ('DECLINE_REASON', 'NO_CAPACITY',              'Geen plaats',                   'No place',                   1),
    ('DECLINE_REASON', 'COULD_NOT_CONTACT',        'Geen contact kunnen leggen',    'Could not get in touch',     2),
    ('DECLINE_REASON', 'DECLINED_BY_YOUNG_PERSON', 'De jongere wil niet',           'The young person does not want it', 3),
    ('DECLINE_REASON', 'OTHER',                    'Andere reden',                  'Other reason',               4),
    ('CONSULTATION_FORUM', 'STEERING_GROUP',   'Stuurgroep',                        'Steering group',                     0),
    ('CONSULTATION_FORUM', 'NETSTERK_KIEL',    'Lokaal overleg Netsterk Kiel',      'Local meeting Netsterk Kiel',        1),
    ('CONSULTATION_FORUM', 'CASE_CONFERENCES', 'Netwerkoverleggen en rondetafels',  'Case conferences and round tables',  2),
    ('CONSULTATION_FORUM', 'PARTNER_MEETING',  'Partneroverleg',                    'Partner meeting',                    3),
    ('CONSULTATION_FORUM', 'QUESTIONS',        'Vragen aan het meldpunt',           'Questions to the contact points',    4);
