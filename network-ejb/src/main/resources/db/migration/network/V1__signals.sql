-- Issue 17: the network's signals (ADR 0045), recorded apart from the cases. A signal names its themes, district and
-- consultation forum by the codes of the partner module's reference lists, and a case by its reference only: no name,
-- question or other data of a case is kept here.
create table network_signal (
    id              uuid primary key,
    signal_date     date          not null,
    source          varchar(20)   not null,
    forum_code      varchar(40),
    case_reference  varchar(20),
    district        varchar(40)   not null,
    description     varchar(4000) not null,
    brought_by      varchar(200),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    constraint network_signal_source_ck check (source in ('FORUM', 'QUESTION', 'CASE', 'OTHER')),
    constraint network_signal_forum_ck check ((source = 'FORUM') = (forum_code is not null)),
    constraint network_signal_case_ck check ((source = 'CASE') = (case_reference is not null))
);
-- the lists (latest first) and the overviews (a period) read by date
create index network_signal_date_idx on network_signal (signal_date, recorded_at);

create table network_signal_theme (
    signal_id  uuid        not null references network_signal (id) on delete cascade,
    code       varchar(40) not null,
    primary key (signal_id, code)
);
-- a theme's signals (its page, ?theme=)
create index network_signal_theme_code_idx on network_signal_theme (code, signal_id);
