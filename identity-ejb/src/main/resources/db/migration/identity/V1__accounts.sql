-- The identity module's tables: everyone who logs in, their roles, and the one-time links mailed to them.
-- Until this module existed the partner module kept these as account, account_role and account_token;
-- V2 copies them over (an existing database keeps every account and password), the partner module's V6
-- then drops the old tables. An organisation is referred to by id only: no foreign key into another module.
create table identity_account (
    id                uuid primary key,
    username          varchar(100) not null,
    display_name      varchar(200) not null,
    email             varchar(200),
    password_hash     varchar(300) not null,
    organisation_id   uuid,
    language          varchar(2)   not null default 'nl',
    failed_logins     integer      not null default 0,
    locked_until      timestamp with time zone,
    active            boolean      not null default true,
    verified_at       timestamp with time zone,
    created_at        timestamp with time zone,
    organisation_name varchar(200),
    job_title         varchar(200),
    version           integer      not null default 0,
    constraint identity_account_username_uk unique (username),
    constraint identity_account_email_uk unique (email)
);

create table identity_account_role (
    account_id uuid        not null references identity_account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);
create index identity_account_role_role_idx on identity_account_role (role, account_id);

-- one-time links: only the SHA-256 hash (hex) of the token is stored, never the token itself
create table identity_token (
    token_hash varchar(64)              primary key,
    purpose    varchar(20)              not null,
    account_id uuid                     not null references identity_account (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint identity_token_purpose_ck check (purpose in ('VERIFY_EMAIL', 'SET_PASSWORD'))
);
create index identity_token_account_idx on identity_token (account_id, purpose, created_at);
