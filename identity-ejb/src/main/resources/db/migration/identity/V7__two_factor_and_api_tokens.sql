-- Two-factor sign-in (TOTP) with recovery codes, and personal API tokens. Codes and tokens are kept as hashes only.
alter table identity_account add column totp_secret varchar(64);
alter table identity_account add column totp_since timestamp with time zone;
-- the last time step whose code was used: a code works once
alter table identity_account add column totp_last_step bigint;
create table identity_recovery_code (
    id         uuid primary key,
    account_id uuid         not null references identity_account (id),
    code_hash  varchar(100) not null,
    used_at    timestamp with time zone
);
create index identity_recovery_code_account_idx on identity_recovery_code (account_id);
create table identity_api_token (
    id           uuid primary key,
    account_id   uuid         not null references identity_account (id),
    name         varchar(100) not null,
    token_hash   varchar(100) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint identity_api_token_hash_uk unique (token_hash)
);
create index identity_api_token_account_idx on identity_api_token (account_id);
