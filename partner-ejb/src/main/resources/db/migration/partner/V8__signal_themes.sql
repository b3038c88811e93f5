-- Issue 17: the themes the network groups its signals into (ADR 0045), a reference list administrators manage like
-- the others (/beheer/lijsten?lijst=signal-themes): trends that the consultation forums, the questions to the contact
-- points and the cases bring up.
insert into reference_item (list_name, code, label_nl, label_en, position) values
    ('SIGNAL_THEME', 'SCHOOL_FATIGUE',           'Schoolmoeheid',                                   'School fatigue',                                              0),
    ('SIGNAL_THEME', 'TRUANCY',                  'Spijbelen',                                       'Truancy',                                                     1),
    ('SIGNAL_THEME', 'MENTAL_WELLBEING',         'Psychisch welzijn',                               'Mental well-being',                                           2),
    ('SIGNAL_THEME', 'HOME_SITUATION',           'Thuissituatie',                                   'Home situation',                                              3),
    ('SIGNAL_THEME', 'LANGUAGE_NEWCOMERS',       'Taal en nieuwkomers',                             'Language and newcomers',                                      4),
    ('SIGNAL_THEME', 'WAITING_LISTS',            'Wachtlijsten',                                    'Waiting lists',                                               5),
    ('SIGNAL_THEME', 'NOT_IN_EDUCATION_OR_WORK', 'NEET-jongeren: geen school, geen werk, geen opleiding',
                                                 'Young people not in education, employment or training (NEET)',  6);
