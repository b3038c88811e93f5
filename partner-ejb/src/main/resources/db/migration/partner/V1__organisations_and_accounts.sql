-- The partner module's tables: organisations, accounts and the shared reference lists.
create table organisation (
    id          uuid primary key,
    name        varchar(200)  not null,
    sector      varchar(40)   not null,
    description varchar(4000),
    address     varchar(300),
    phone       varchar(50),
    email       varchar(200),
    website     varchar(300),
    districts   varchar(500),
    active      boolean       not null default true,
    version     integer       not null default 0,
    constraint organisation_name_uk unique (name)
);

create table account (
    id              uuid primary key,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(200),
    password_hash   varchar(300) not null,
    organisation_id uuid references organisation (id),
    language        varchar(2)   not null default 'nl',
    failed_logins   integer      not null default 0,
    locked_until    timestamp with time zone,
    version         integer      not null default 0,
    constraint account_username_uk unique (username)
);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);

create table reference_item (
    list_name varchar(30)  not null,
    code      varchar(40)  not null,
    label_nl  varchar(200) not null,
    label_en  varchar(200) not null,
    position  integer      not null,
    active    boolean      not null default true,
    primary key (list_name, code)
);
