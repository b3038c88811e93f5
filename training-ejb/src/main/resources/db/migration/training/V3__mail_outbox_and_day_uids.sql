-- Mails of the training module go through an outbox (ADR 0019): written in the same transaction as the
-- change they report, sent right after the commit, retried by a timer when the mail server was away.
-- A sent mail's row is deleted (its text holds a self-service link); one that keeps failing is kept
-- without its text, with the last error, for the administrator.
create table training_mail (
    id               uuid primary key,
    recipients       varchar(1000)  not null,
    subject          varchar(600)   not null,
    body             varchar(20000) not null,
    attachment_name  varchar(200),
    attachment_type  varchar(200),
    attachment_text  varchar(200000),
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    attempts         integer        not null default 0,
    -- a server that took the mail to send it holds it until then; after that another may take it
    claimed_until    timestamp with time zone,
    failed_at        timestamp with time zone,
    last_error       varchar(500)
);
create index training_mail_due_idx on training_mail (failed_at, next_attempt_at);

-- The iCalendar UID of each day, kept when days are added, moved or taken away (it was derived from the
-- day's position, which shifts when an earlier day is removed). Existing days keep the UID they had.
alter table training_session_date add column uid varchar(100);
update training_session_date
   set uid = cast(session_id as varchar(36)) || '-' || cast(position as varchar(10)) || '@draaischijf'
 where uid is null;
