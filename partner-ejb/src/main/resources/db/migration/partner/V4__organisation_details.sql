-- Organisations: districts served as a list of district codes (was one free-text column, which only
-- ever held a single code), contact persons, and the date the organisation became a partner.
alter table organisation add column partner_since date;

create table organisation_district (
    organisation_id uuid        not null references organisation (id) on delete cascade,
    code            varchar(40) not null,
    primary key (organisation_id, code)
);
insert into organisation_district (organisation_id, code)
    select id, districts from organisation where districts is not null and districts <> '';
alter table organisation drop column districts;

create table contact_person (
    organisation_id uuid         not null references organisation (id) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    job_title       varchar(200),
    email           varchar(200),
    phone           varchar(50),
    primary key (organisation_id, position)
);

-- reminders about offers nobody confirmed as current: when the last one was sent
alter table offer add column reminded_on date;
create index offer_assured_idx on offer (active, assured_on);
