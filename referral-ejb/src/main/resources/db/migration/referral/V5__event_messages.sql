-- Timeline and audit entries say what happened as a message key and its values (codes, dates, names, numbers),
-- said in the reader's language when shown; the text column keeps only what a person wrote. Entries from before
-- keep their sentence in text/detail and have no message.
alter table case_event add column message varchar(100);
alter table case_event add column message_values varchar(2000);
alter table case_audit add column message varchar(100);
alter table case_audit add column message_values varchar(2000);
