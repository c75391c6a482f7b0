-- Employers as a CRM: who they are, their commitments to good work, where they are, who to talk to,
-- and every meeting and negotiation. An employer belongs to the provider organisation that
-- recorded it; nobody else sees it.
create table employer (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  name text not null check (length(name) between 1 and 200),
  -- Unknown for an employer first named by an API client, until an officer fills it in.
  size_band text check (size_band in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
  -- A UK SIC 2007 section letter.
  sector text check (sector ~ '^[A-U]$'),
  good_employment_charter boolean not null default false,
  disability_confident text not null default 'NONE'
    check (disability_confident in ('NONE', 'COMMITTED', 'EMPLOYER', 'LEADER')),
  real_living_wage_employer boolean not null default false,
  owner_id uuid references user_account (id),
  notes text check (length(notes) <= 4000),
  created_at timestamptz not null,
  created_by uuid references user_account (id),
  created_by_api_client uuid references api_client (id),
  updated_at timestamptz not null,
  updated_by uuid references user_account (id),
  version bigint not null default 0
);
-- One employer per name in an organisation, so an API client naming it again finds the same one.
create unique index employer_name_unique on employer (organisation_id, lower(name));
create index employer_owner on employer (organisation_id, owner_id);

create table employer_location (
  id uuid primary key,
  employer_id uuid not null references employer (id),
  name text not null check (length(name) between 1 and 200),
  address text check (length(address) <= 500),
  postcode text check (length(postcode) <= 8),
  created_at timestamptz not null,
  created_by uuid references user_account (id)
);
create index employer_location_employer on employer_location (employer_id);

create table employer_contact (
  id uuid primary key,
  employer_id uuid not null references employer (id),
  name text not null check (length(name) between 1 and 200),
  job_title text check (length(job_title) <= 200),
  phone text check (length(phone) <= 40),
  email text check (length(email) <= 320),
  created_at timestamptz not null,
  created_by uuid references user_account (id)
);
create index employer_contact_employer on employer_contact (employer_id);

create table employer_interaction (
  id uuid primary key,
  employer_id uuid not null references employer (id),
  interaction_date date not null,
  kind text not null
    check (kind in ('MEETING', 'JOB_CARVING', 'FLEXIBLE_WORKING', 'ADJUSTMENTS', 'ACCESS_TO_WORK', 'OTHER')),
  summary text not null check (length(summary) between 1 and 4000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null
);
create index employer_interaction_employer on employer_interaction (employer_id, interaction_date desc);
