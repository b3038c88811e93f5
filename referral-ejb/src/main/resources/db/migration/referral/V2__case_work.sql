-- Issue 4: the whole intake (referrer, young person, school, consent), case work (coordinator,
-- follow-up, outcome), referrals to partner offers, the timeline, the append-only audit log,
-- case conferences and unmet needs. Offers and organisations live in the partner module: only their
-- ids and names (as they were when referred) are kept here.
alter table referral add column referrer_name varchar(200);
alter table referral add column referrer_organisation varchar(200);
alter table referral add column referrer_sector varchar(40);
alter table referral add column referrer_function varchar(200);
alter table referral add column referrer_email varchar(200);
alter table referral add column referrer_phone varchar(30);
alter table referral add column young_postcode varchar(4);
alter table referral add column school_name varchar(200);
alter table referral add column school_year varchar(50);
alter table referral add column school_status varchar(20) default 'ENROLLED' not null;
alter table referral add column already_tried varchar(4000);
alter table referral add column urgency varchar(10) default 'NORMAL' not null;
alter table referral add column consent_young_person boolean default false not null;
alter table referral add column consent_parent boolean default false not null;
alter table referral add column consent_date date;
alter table referral add column consent_method varchar(20);
alter table referral add column sharing_ground varchar(40);
alter table referral add column channel varchar(10) default 'WEB' not null;
alter table referral add column coordinator varchar(100);
alter table referral add column follow_up_on date;
alter table referral add column outcome varchar(30);
alter table referral add column is_open boolean default true not null;
alter table referral add column updated_at timestamp with time zone;
update referral set is_open = (status <> 'CLOSED'), updated_at = received_at;

-- the workbench's order: open cases first, overdue (earliest follow-up) first, then newest. Filtered
-- pages walk this index and stop after a page; an index on a filter column (district, urgency) made
-- the database sort every match instead (measured: 83-255 ms vs 2-7 ms at 100 000 cases on H2).
create index referral_workbench_idx on referral (is_open desc, follow_up_on, received_at desc, id);
drop index referral_status_idx;
drop index referral_received_idx;
create index referral_received_idx on referral (received_at, id);
create index referral_follow_up_idx on referral (follow_up_on, id);
create index referral_coordinator_idx on referral (coordinator, is_open, follow_up_on);
create index referral_young_person_idx on referral (young_birth_date, young_last_name);

create table referral_problem_area (
    referral_id  uuid        not null references referral (id),
    code         varchar(40) not null,
    primary key (referral_id, code)
);
create index referral_problem_area_code_idx on referral_problem_area (code, referral_id);

create table referral_link (
    referral_id  uuid not null references referral (id),
    other_id     uuid not null references referral (id),
    primary key (referral_id, other_id)
);

create table offer_referral (
    id                 uuid primary key,
    referral_id        uuid         not null references referral (id),
    offer_id           uuid         not null,
    offer_name         varchar(200) not null,
    organisation_id    uuid         not null,
    organisation_name  varchar(200) not null,
    status             varchar(20)  not null,
    decline_reason     varchar(40),
    note               varchar(2000),
    reply_by           date         not null,
    escalated_at       timestamp with time zone,
    proposed_at        timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            integer      not null default 0
);
create index offer_referral_case_idx on offer_referral (referral_id);
create index offer_referral_organisation_idx on offer_referral (organisation_id, status, proposed_at);
create index offer_referral_reply_idx on offer_referral (status, reply_by);

-- the timeline a coordinator reads: notes, calls, e-mails, state changes, answers
create table case_event (
    id           uuid primary key,
    referral_id  uuid          not null references referral (id),
    at           timestamp with time zone not null,
    actor        varchar(100)  not null,
    kind         varchar(20)   not null,
    text         varchar(4000) not null
);
create index case_event_case_idx on case_event (referral_id, at);

-- append-only: every read and every change of a case, by whom and when (nothing updates or deletes it)
create table case_audit (
    id           uuid primary key,
    referral_id  uuid         not null,
    at           timestamp with time zone not null,
    actor        varchar(100) not null,
    action       varchar(10)  not null,
    detail       varchar(500)
);
create index case_audit_case_idx on case_audit (referral_id, at);

create table case_conference (
    id            uuid primary key,
    referral_id   uuid          not null references referral (id),
    held_at       timestamp     not null,
    place         varchar(300)  not null,
    purpose       varchar(2000) not null,
    legal_ground  varchar(40)   not null,
    agenda        varchar(4000),
    minutes       varchar(8000),
    created_by    varchar(100)  not null,
    version       integer       not null default 0
);
create index case_conference_case_idx on case_conference (referral_id);

create table conference_participant (
    conference_id  uuid         not null references case_conference (id),
    position       integer      not null,
    name           varchar(200) not null,
    represents     varchar(200),
    username       varchar(100),
    primary key (conference_id, position)
);
create index conference_participant_user_idx on conference_participant (username);

create table conference_action (
    conference_id  uuid          not null references case_conference (id),
    position       integer       not null,
    description    varchar(1000) not null,
    owner          varchar(200)  not null,
    owner_email    varchar(200),
    due_on         date          not null,
    done           boolean       not null default false,
    reminded_on    date,
    primary key (conference_id, position)
);
create index conference_action_due_idx on conference_action (due_on, done);

create table unmet_need (
    id             uuid primary key,
    referral_id    uuid         not null references referral (id),
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(100) not null,
    problem_area   varchar(40)  not null,
    age_band       varchar(20)  not null,
    district       varchar(40),
    reason         varchar(30)  not null,
    waiting_weeks  integer,
    note           varchar(2000)
);
create index unmet_need_area_idx on unmet_need (problem_area, recorded_at);

-- case references DS-<year>-<number>: numbers from a sequence, never reused
create sequence referral_reference_seq start with 100;
