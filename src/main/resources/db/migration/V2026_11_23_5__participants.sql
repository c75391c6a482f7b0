create table household (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  reference text not null,
  postcode text,
  created_at timestamptz not null,
  version bigint not null default 0
);
create unique index household_reference_unique on household (organisation_id, reference);

create table participant (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  household_id uuid references household (id),
  reference text not null,
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  date_of_birth date not null,
  gender text references ref_gender (code),
  ethnicity text references ref_ethnicity (code),
  postcode text,
  phone text,
  email text,
  economic_status text references ref_economic_status (code),
  time_since_last_work text references ref_time_since_last_work (code),
  keyworker_id uuid references user_account (id),
  status text not null check (status in ('REFERRED', 'ACTIVE', 'EXITED')),
  referral_date date not null,
  start_date date,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0
);
create unique index participant_reference_unique on participant (organisation_id, reference);
create index participant_keyworker on participant (keyworker_id);
create index participant_household on participant (household_id);
create index participant_organisation_name on participant (organisation_id, lower(family_name), lower(given_name));

create table participant_support_need (
  participant_id uuid not null references participant (id) on delete cascade,
  need text not null references ref_support_need (code),
  primary key (participant_id, need)
);
