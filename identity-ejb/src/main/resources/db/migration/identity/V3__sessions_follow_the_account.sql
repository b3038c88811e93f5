-- Issue 14: an open session follows its account; administrators deactivate and reactivate accounts. credentials_version goes up with every new password, so the
-- account's other sessions end at their next request; identity_account_change records every change an
-- administrator makes to an account (who, when, what), for the administrators to read.
alter table identity_account add column credentials_version integer not null default 0;
-- set while an administrator has deactivated the account (it was active before; reactivating makes it so again)
alter table identity_account add column deactivated_at timestamp with time zone;

create table identity_account_change (
    id         uuid                     primary key,
    account_id uuid                     not null references identity_account (id) on delete cascade,
    changed_at timestamp with time zone not null,
    changed_by varchar(100)             not null,
    kind       varchar(30)              not null,
    detail     varchar(500)
);
create index identity_account_change_account_idx on identity_account_change (account_id, changed_at);
