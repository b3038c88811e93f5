-- Publications (issue 17, ADR 0047): documents the network publishes (the pilot's final report, annual reports, policy
-- notes), public or for people who are logged in. The PDF (at most 20 MB) is kept in the database, in a table of its
-- own that only a download reads: lists and pages read publication alone. bytea is PostgreSQL's binary type; H2 reads
-- it as BINARY VARYING.
create table publication (
    id               uuid primary key,
    title            varchar(300)  not null,
    published_on     date          not null,
    summary          varchar(4000),
    -- PUBLIC: everyone; PROFESSIONALS: people who are logged in
    audience         varchar(20)   not null,
    -- null while no file was uploaded: then only its editors see it
    file_name        varchar(200),
    file_size        bigint,
    file_uploaded_at timestamp with time zone,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    version          integer       not null default 0,
    constraint publication_audience_ck check (audience in ('PUBLIC', 'PROFESSIONALS')),
    constraint publication_file_size_ck check (file_size is null or file_size between 1 and 20971520)
);
create index publication_published_idx on publication (published_on desc);

create table publication_file (
    publication_id uuid  primary key references publication (id) on delete cascade,
    content        bytea not null
);
