-- The partner service directory, shaped like Open Referral UK: services run by partner
-- organisations, where they are, and what they help with.
create table service (
  id uuid primary key,
  external_id text unique check (length(external_id) <= 200),
  organisation_id uuid not null references organisation (id),
  name text not null check (length(name) between 1 and 300),
  description text check (length(description) <= 4000),
  email text check (length(email) <= 320),
  url text check (length(url) <= 500),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index service_organisation on service (organisation_id);

create table service_location (
  service_id uuid not null references service (id) on delete cascade,
  name text check (length(name) <= 300),
  address text check (length(address) <= 500),
  postcode text check (length(postcode) <= 10)
);
create index service_location_service on service_location (service_id);

create table service_taxonomy (
  service_id uuid not null references service (id) on delete cascade,
  term text not null check (length(term) between 1 and 200),
  primary key (service_id, term)
);
