-- Issue 5: whole sessions (several days, venue or online link, themes, audience, registration window),
-- registrations with a FIFO waiting list, self-service tokens, and the newsletter list.

alter table training_session add column venue_address varchar(300);
alter table training_session add column online_link varchar(500);
alter table training_session add column trainers varchar(500);
alter table training_session add column organiser_id uuid;
alter table training_session add column registration_opens timestamp with time zone;
alter table training_session add column registration_closes timestamp with time zone;
-- Kept under the session row's lock by every registration transaction (ADR 0016).
alter table training_session add column confirmed_count integer not null default 0;
alter table training_session add column waiting_count integer not null default 0;
alter table training_session add column next_queue_number integer not null default 1;
alter table training_session add column cancel_reason varchar(1000);
alter table training_session add column created_at timestamp with time zone;
alter table training_session add column created_by varchar(100);
alter table training_session add column updated_at timestamp with time zone;
alter table training_session add column updated_by varchar(100);
alter table training_session add constraint training_session_seats_ck
    check (confirmed_count >= 0 and confirmed_count <= capacity and waiting_count >= 0 and next_queue_number >= 1);

-- The days of a session (one for most, several for a multi-day training); starts_at/ends_at on the
-- session are the first start and the last end, for lists.
create table training_session_date (
    session_id  uuid    not null references training_session (id) on delete cascade,
    position    integer not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    primary key (session_id, position),
    constraint training_session_date_period_ck check (ends_at > starts_at)
);
create index training_session_date_start_idx on training_session_date (starts_at);
insert into training_session_date (session_id, position, starts_at, ends_at)
    select id, 0, starts_at, ends_at from training_session;

create table training_session_theme (
    session_id  uuid        not null references training_session (id) on delete cascade,
    code        varchar(40) not null,
    primary key (session_id, code)
);

-- Sector codes of the partner module's reference list (stored as codes only).
create table training_session_audience (
    session_id  uuid        not null references training_session (id) on delete cascade,
    code        varchar(40) not null,
    primary key (session_id, code)
);

create table training_registration (
    id                uuid primary key,
    session_id        uuid         not null references training_session (id),
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    email             varchar(200) not null,
    -- lower-cased e-mail while CONFIRMED or WAITLISTED, null once cancelled: one active per address
    active_email      varchar(200),
    organisation      varchar(200),
    sector            varchar(40),
    function_title    varchar(200),
    remarks           varchar(2000),
    consent_at        timestamp with time zone not null,
    status            varchar(20)  not null,
    -- the place in the waiting-list queue, given once and never reused; position = waiting ones before + 1
    queue_number      integer,
    registered_at     timestamp with time zone not null,
    confirmed_at      timestamp with time zone,
    cancelled_at      timestamp with time zone,
    attendance        varchar(10),
    reminder_sent_at  timestamp with time zone,
    constraint training_registration_active_uk unique (session_id, active_email),
    constraint training_registration_queue_uk unique (session_id, queue_number),
    constraint training_registration_status_ck check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    constraint training_registration_active_ck check ((status = 'CANCELLED') = (active_email is null)),
    constraint training_registration_queue_ck check (status <> 'WAITLISTED' or queue_number is not null)
);
create index training_registration_list_idx on training_registration (session_id, status, queue_number);
create index training_registration_reminder_idx on training_registration (status, reminder_sent_at);

-- Self-service links: only the SHA-256 (hex) of each token; every mail gets a token of its own.
create table training_registration_token (
    token_hash       varchar(64) primary key,
    registration_id  uuid        not null references training_registration (id),
    created_at       timestamp with time zone not null
);
create index training_registration_token_reg_idx on training_registration_token (registration_id);

create table newsletter_subscriber (
    id               uuid primary key,
    email            varchar(200) not null,
    status           varchar(20)  not null,
    consent_at       timestamp with time zone not null,
    requested_at     timestamp with time zone not null,
    confirmed_at     timestamp with time zone,
    unsubscribed_at  timestamp with time zone,
    version          integer      not null default 0,
    constraint newsletter_subscriber_email_uk unique (email),
    constraint newsletter_subscriber_status_ck check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'))
);

create table newsletter_token (
    token_hash     varchar(64) primary key,
    subscriber_id  uuid        not null references newsletter_subscriber (id),
    purpose        varchar(20) not null,
    created_at     timestamp with time zone not null,
    constraint newsletter_token_purpose_ck check (purpose in ('CONFIRM', 'UNSUBSCRIBE'))
);
create index newsletter_token_subscriber_idx on newsletter_token (subscriber_id);
