-- The referral module's first table: a case (aanmelding) about a young person.
create table referral (
    id                 uuid primary key,
    reference          varchar(20)  not null,
    status             varchar(30)  not null,
    referrer_username  varchar(100),
    young_first_name   varchar(100) not null,
    young_last_name    varchar(100) not null,
    young_birth_date   date         not null,
    district           varchar(40),
    question           varchar(4000) not null,
    received_at        timestamp with time zone not null,
    version            integer      not null default 0,
    constraint referral_reference_uk unique (reference)
);
create index referral_received_idx on referral (received_at desc);
create index referral_status_idx on referral (status);
create index referral_referrer_idx on referral (referrer_username, received_at desc);
