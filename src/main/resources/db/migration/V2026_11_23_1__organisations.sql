-- The application connects as a separate, non-superuser role (placeholder app_role) that gets only
-- the data privileges granted here, so row-level security and append-only tables hold for it.
do $$
begin
  if exists (select from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
    execute 'grant usage on schema public to ${app_role}';
    execute 'alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role}';
    execute 'alter default privileges in schema public grant usage, select on sequences to ${app_role}';
  end if;
end $$;

create table organisation (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  type text not null check (type in ('COMMISSIONER', 'PROVIDER', 'PARTNER')),
  active boolean not null default true,
  created_at timestamptz not null,
  version bigint not null default 0
);
create unique index organisation_name_unique on organisation (lower(name));

create table team (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null,
  version bigint not null default 0
);
create unique index team_name_unique on team (organisation_id, lower(name));
