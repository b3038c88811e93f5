-- Retention periods an administrator set on /beheer/bewaartermijnen (issue 16, ADR 0043); a kind without a row
-- takes its period from the configuration (draaischijf.retention.*) or its default.
create table retention_setting (
    kind        varchar(40)  primary key,
    -- an ISO-8601 period: P5Y, P18M, P30D
    period      varchar(20)  not null,
    changed_by  varchar(100) not null,
    changed_at  timestamp with time zone not null
);
