-- The outbox of every module (ADR 0020): a mail is written in the same transaction as the change it reports,
-- sent right after the commit, retried by a timer while the mail server is away. A sent mail's row is deleted
-- (its text may hold a personal link); one that keeps failing is kept without its text, with the last error,
-- for the administrators (GET /api/outbox?state=FAILED).
create table platform_mail (
    id               uuid primary key,
    -- whose mail: identity, partner, referral, training
    module           varchar(20)    not null,
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
create index platform_mail_due_idx on platform_mail (failed_at, next_attempt_at);
create index platform_mail_created_idx on platform_mail (created_at);
