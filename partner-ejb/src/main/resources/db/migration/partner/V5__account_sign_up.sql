-- Professionals' accounts: self sign-up with e-mail verification, or created by a coordinator; passwords set
-- through a mailed link. E-mail addresses are kept in lower case, so the unique constraint is case-insensitive.
update account set email = lower(trim(email)) where email is not null;
update account set email = null where email = '';
alter table account add constraint account_email_uk unique (email);

-- active: may log in. A self-signed-up account becomes active when its address is verified, an invited one
-- when the professional chose a password; accounts from before (demo, administrator) stay active.
alter table account add column active boolean not null default true;
alter table account add column verified_at timestamp with time zone;
alter table account add column created_at timestamp with time zone;
alter table account add column organisation_name varchar(200);
alter table account add column job_title varchar(200);

-- one-time links: only the SHA-256 hash (hex) of the token is stored, never the token itself
create table account_token (
    token_hash varchar(64)              primary key,
    purpose    varchar(20)              not null,
    account_id uuid                     not null references account (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint account_token_purpose_ck check (purpose in ('VERIFY_EMAIL', 'SET_PASSWORD'))
);
create index account_token_account_idx on account_token (account_id, purpose, created_at);
