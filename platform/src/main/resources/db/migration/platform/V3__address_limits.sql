-- Per-address limits counted over every server (issue 18, ADR 0051): how many attempts of one kind (failed logins,
-- sign-ups and new-password requests, questions about a young person, training registrations) an address made in its
-- current minute. One row per kind and address: the minute starts at the address's first attempt after the previous
-- one ended (window_start), and a new minute starts the count again in the same row. A timer deletes the rows whose
-- minute ended a while ago.
create table platform_address_limit (
    limit_name    varchar(40)  not null,
    address       varchar(100) not null,
    window_start  timestamp with time zone not null,
    hits          integer      not null,
    primary key (limit_name, address)
);
create index platform_address_limit_window_idx on platform_address_limit (window_start);
