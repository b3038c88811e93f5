-- Issue 17: theme meetings (ADR 0045): around one theme, with partner organisations (by id: the partner module's),
-- each with when its invitation was mailed, the agenda, the minutes and the actions agreed.
create table theme_meeting (
    id           uuid primary key,
    theme        varchar(40)   not null,
    meeting_day  date          not null,
    starts_at    time          not null,
    ends_at      time          not null,
    place        varchar(300)  not null,
    agenda       varchar(4000),
    minutes      varchar(8000),
    created_by   varchar(100)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone,
    version      integer       not null default 0,
    constraint theme_meeting_hours_ck check (ends_at > starts_at)
);
create index theme_meeting_theme_idx on theme_meeting (theme, meeting_day);

create table theme_meeting_partner (
    meeting_id       uuid    not null references theme_meeting (id) on delete cascade,
    position         integer not null,
    organisation_id  uuid    not null,
    -- when the invitation was mailed; null: not mailed (the directory knew no address for the organisation)
    invited_at       timestamp with time zone,
    primary key (meeting_id, position)
);
-- partner staff reading a meeting their organisation is invited to
create index theme_meeting_partner_org_idx on theme_meeting_partner (organisation_id);

create table theme_meeting_action (
    meeting_id   uuid          not null references theme_meeting (id) on delete cascade,
    position     integer       not null,
    description  varchar(1000) not null,
    owner        varchar(200)  not null,
    due_on       date          not null,
    done         boolean       not null default false,
    primary key (meeting_id, position)
);
