-- Offers (aanbod / trajecten) of the partner organisations.
create table offer (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    name             varchar(200)  not null,
    description      varchar(4000) not null,
    kind             varchar(30)   not null,
    minimum_age      integer       not null,
    maximum_age      integer       not null,
    access           varchar(20)   not null,
    city_wide        boolean       not null default false,
    capacity         integer,
    waiting_weeks    integer,
    how_to_apply     varchar(2000),
    cost             varchar(300),
    active           boolean       not null default true,
    assured_on       date,
    assured_by       varchar(100),
    version          integer       not null default 0,
    constraint offer_age_ck check (minimum_age >= 0 and maximum_age <= 25 and minimum_age <= maximum_age),
    constraint offer_capacity_ck check (capacity is null or capacity >= 0),
    constraint offer_waiting_ck check (waiting_weeks is null or waiting_weeks >= 0)
);
create index offer_organisation_idx on offer (organisation_id);
create index offer_active_age_idx on offer (active, minimum_age, maximum_age);
create index offer_name_idx on offer (name);

create table offer_problem_area (
    offer_id uuid        not null references offer (id) on delete cascade,
    code     varchar(40) not null,
    primary key (offer_id, code)
);
create index offer_problem_area_code_idx on offer_problem_area (code, offer_id);

create table offer_district (
    offer_id uuid        not null references offer (id) on delete cascade,
    code     varchar(40) not null,
    primary key (offer_id, code)
);
create index offer_district_code_idx on offer_district (code, offer_id);

create table offer_language (
    offer_id uuid       not null references offer (id) on delete cascade,
    code     varchar(8) not null,
    primary key (offer_id, code)
);
