-- The security event log: logins and failures, locks, password changes, invitations, administrators' changes.
create table identity_security_event (
    id          uuid primary key,
    occurred_at timestamp with time zone not null,
    kind        varchar(40)  not null,
    username    varchar(200),
    address     varchar(64),
    done_by     varchar(200),
    detail      varchar(500)
);
create index identity_security_event_at_idx on identity_security_event (occurred_at desc);
create index identity_security_event_user_idx on identity_security_event (username, occurred_at desc);
