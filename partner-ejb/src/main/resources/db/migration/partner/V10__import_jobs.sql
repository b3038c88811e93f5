-- Import jobs (issue 18, ADR 0051): a file a coordinator imports from /meldpunt/import, checked and kept here so that
-- any server can start it, run it and show how far it is; the page keeps the job's id only. The file and the checked
-- rows are in a table of their own (read when the job starts and when the page shows the rows), the job's row is read
-- every second while it runs. A job is removed a day after it was made (the file holds contact persons' details).
create table import_job (
    id           uuid primary key,
    created_by   varchar(100) not null,
    created_at   timestamp with time zone not null,
    -- the last change: the start, each percent of progress, the end (a job that runs but stays unchanged for long
    -- belonged to a server that stopped)
    updated_at   timestamp with time zone not null,
    file_name    varchar(200),
    format       varchar(20)  not null,
    state        varchar(20)  not null,
    rows_total   integer      not null,
    rows_done    integer      not null default 0,
    constraint import_job_format_ck check (format in ('CSV', 'HSDS_JSON')),
    constraint import_job_state_ck check (state in ('INVALID', 'CHECKED', 'RUNNING', 'DONE', 'REJECTED', 'FAILED'))
);
create index import_job_created_idx on import_job (created_at);

create table import_job_file (
    job_id   uuid  primary key references import_job (id) on delete cascade,
    -- the file's text (UTF-8) until it is imported; null once it was (or for a file with bad rows)
    content  bytea,
    -- every row as checked, or as imported once it is done (JSON, UTF-8)
    checked  bytea not null
);
