-- The training module's first table: trainings and info sessions.
create table training_session (
    id           uuid primary key,
    kind         varchar(20)   not null,
    title        varchar(200)  not null,
    description  varchar(4000),
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    venue        varchar(300),
    capacity     integer       not null,
    status       varchar(20)   not null,
    version      integer       not null default 0,
    constraint training_session_capacity_ck check (capacity >= 0),
    constraint training_session_period_ck check (ends_at > starts_at)
);
create index training_session_start_idx on training_session (status, starts_at);
