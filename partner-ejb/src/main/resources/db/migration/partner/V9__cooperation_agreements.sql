-- Cooperation agreements (issue 17, ADR 0047): between the network and partner organisations, or between partners. A
-- party is an organisation, or the network itself (organisation_id null), each with a contact person for the
-- agreement. The signed document (a PDF of at most 20 MB) is kept in a table of its own that only a download reads.
create table cooperation_agreement (
    id                   uuid primary key,
    purpose              varchar(2000) not null,
    starts_on            date          not null,
    ends_on              date          not null,
    status               varchar(20)   not null,
    -- the day the reminder before the end went out (once per end date; a new end date clears it)
    reminded_on          date,
    document_name        varchar(200),
    document_size        bigint,
    document_uploaded_at timestamp with time zone,
    created_at           timestamp with time zone not null,
    created_by           varchar(100)  not null,
    version              integer       not null default 0,
    constraint cooperation_agreement_period_ck check (ends_on > starts_on),
    constraint cooperation_agreement_status_ck check (status in ('DRAFT', 'ACTIVE', 'ENDED')),
    constraint cooperation_agreement_document_size_ck check (document_size is null or document_size between 1 and 20971520)
);
-- the coordinators' list (active ones ending soon first) and the daily reminders look by status and end date
create index cooperation_agreement_end_idx on cooperation_agreement (status, ends_on);

create table cooperation_agreement_party (
    agreement_id    uuid         not null references cooperation_agreement (id) on delete cascade,
    position        integer      not null,
    organisation_id uuid         references organisation (id),
    contact_name    varchar(200) not null,
    contact_email   varchar(200) not null,
    contact_phone   varchar(50),
    primary key (agreement_id, position)
);
-- a partner's page lists the agreements it is a party to
create index cooperation_agreement_party_org_idx on cooperation_agreement_party (organisation_id);

create table cooperation_agreement_document (
    agreement_id uuid  primary key references cooperation_agreement (id) on delete cascade,
    content      bytea not null
);
