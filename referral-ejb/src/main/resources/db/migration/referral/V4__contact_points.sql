-- Contact points (contactpunten): the city-wide Centraal Meldpunt and Netsterk Kiel to start; every case belongs to one.
create table contact_point (
    id              uuid primary key,
    name            varchar(200)  not null,
    address         varchar(300)  not null,
    phone           varchar(30),
    email           varchar(200)  not null,
    description_nl  varchar(2000) not null,
    description_en  varchar(2000),
    city_wide       boolean       not null default false,
    version         integer       not null default 0
);
create table contact_point_district (
    contact_point_id uuid        not null references contact_point (id),
    district         varchar(40) not null,
    constraint contact_point_district_pk primary key (contact_point_id, district),
    -- a district is served by one contact point at most: routing must be unambiguous
    constraint contact_point_district_uk unique (district)
);
create table contact_point_hours (
    contact_point_id uuid    not null references contact_point (id),
    day_of_week      integer not null,
    opens            time    not null,
    closes           time    not null,
    constraint contact_point_hours_pk primary key (contact_point_id, day_of_week)
);

insert into contact_point (id, name, address, phone, email, description_nl, description_en, city_wide) values
    -- the source pages give no phone number for the Centraal Meldpunt: an administrator fills it in at go-live
    ('6c9a3f0e-0b7a-4c39-9a51-000000000001', 'Centraal Meldpunt', 'Francis Wellesplein 1, 2018 Antwerpen',
     null, 'meldpunt@draaischijf.example.org',
     'Het centrale aanspreekpunt tussen onderwijs en welzijn voor professionals die jongeren van 0 tot 25 jaar begeleiden met een moeizaam schoolverloop. Voor elke wijk waar geen lokaal aanspreekpunt is.',
     'The central point between education and welfare for professionals who support young people aged 0 to 25 whose school career is stalling. For every district without a local contact point.',
     true),
    ('6c9a3f0e-0b7a-4c39-9a51-000000000002', 'Netsterk Kiel', 'Francis Wellesplein 1, 2018 Antwerpen',
     '03 338 32 66', 'netsterk@draaischijf.example.org',
     'Een lokaal en laagdrempelig aanspreekpunt voor alle professionals (welzijn, onderwijs, jeugd) in de wijk Kiel, bij vragen over ondersteuning voor kinderen en jongeren van 0 tot 25 jaar.',
     'A local, easy-to-reach contact point for every professional (welfare, education, youth work) in the Kiel neighbourhood with questions about support for children and young people aged 0 to 25.',
     false);
insert into contact_point_district (contact_point_id, district) values
    ('6c9a3f0e-0b7a-4c39-9a51-000000000002', 'KIEL');
insert into contact_point_hours (contact_point_id, day_of_week, opens, closes)
    select p.id, d.day_of_week, time '08:30', time '17:00'
    from contact_point p cross join (select 1 as day_of_week union all select 2 union all select 3
                                     union all select 4 union all select 5) d;

-- every case belongs to a contact point: Kiel's to Netsterk, the others to the Centraal Meldpunt
alter table referral add column contact_point_id uuid;
update referral set contact_point_id = cast('6c9a3f0e-0b7a-4c39-9a51-000000000002' as uuid) where district = 'KIEL';
update referral set contact_point_id = cast('6c9a3f0e-0b7a-4c39-9a51-000000000001' as uuid) where contact_point_id is null;
alter table referral alter column contact_point_id set not null;
-- a case inserted without one (imports, demo data) belongs to the city-wide point
alter table referral alter column contact_point_id set default cast('6c9a3f0e-0b7a-4c39-9a51-000000000001' as uuid);
alter table referral add constraint referral_contact_point_fk foreign key (contact_point_id) references contact_point (id);
create index referral_contact_point_idx on referral (contact_point_id, received_at desc);
