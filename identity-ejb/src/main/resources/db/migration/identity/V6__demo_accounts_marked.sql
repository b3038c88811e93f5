-- Demo accounts (demo data only) are marked, so that a database that was once in demo mode refuses them in production.
alter table identity_account add column demo boolean default false not null;
