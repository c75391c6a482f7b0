create table programme (
  id uuid primary key,
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
  name text not null check (length(name) between 1 and 200),
  commissioner_id uuid not null references organisation (id),
  max_support_weeks integer not null check (max_support_weeks between 1 and 520),
  caseload_limit integer not null check (caseload_limit between 1 and 200),
  review_interval_weeks integer not null default 12 check (review_interval_weeks between 1 and 52),
  contact_gap_days integer not null default 21 check (contact_gap_days between 1 and 365),
  min_age integer check (min_age between 16 and 100),
  max_age integer check (max_age between 16 and 100),
  job_outcome_min_weekly_hours numeric(5, 2) not null default 16 check (job_outcome_min_weekly_hours > 0),
  job_outcome_min_consecutive_weeks integer not null default 4 check (job_outcome_min_consecutive_weeks > 0),
  progress_min_dimension_gain integer not null default 2 check (progress_min_dimension_gain between 1 and 9),
  progress_min_total_gain_percent numeric(5, 2) not null default 10 check (progress_min_total_gain_percent > 0),
  target_households_started integer check (target_households_started >= 0),
  target_households_completed_activity integer check (target_households_completed_activity >= 0),
  target_households_significant_progress integer check (target_households_significant_progress >= 0),
  target_job_outcome_rate_percent numeric(5, 2) check (target_job_outcome_rate_percent between 0 and 100),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0,
  check (min_age is null or max_age is null or min_age <= max_age)
);

-- Providers that deliver a programme, optionally for some postcode districts only.
create table programme_provider (
  programme_id uuid not null references programme (id) on delete cascade,
  organisation_id uuid not null references organisation (id),
  primary key (programme_id, organisation_id)
);

create table programme_postcode_district (
  programme_id uuid not null references programme (id) on delete cascade,
  district text not null check (district ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'),
  primary key (programme_id, district)
);

create table programme_economic_status (
  programme_id uuid not null references programme (id) on delete cascade,
  economic_status text not null references ref_economic_status (code),
  primary key (programme_id, economic_status)
);

create table programme_required_need (
  programme_id uuid not null references programme (id) on delete cascade,
  need text not null references ref_support_need (code),
  primary key (programme_id, need)
);

alter table participant add column programme_id uuid references programme (id);
alter table participant add column referral_source text references ref_referral_source (code);
create index participant_programme on participant (programme_id);
