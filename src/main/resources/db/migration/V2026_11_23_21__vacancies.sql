-- Vacancies from employers, each with a job-quality assessment: good jobs first.
create table vacancy (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  employer_id uuid not null references employer (id),
  title text not null check (length(title) between 1 and 200),
  soc_code text not null references soc_unit_group (code),
  postcode text check (length(postcode) <= 8),
  min_weekly_hours numeric(4, 1) not null check (min_weekly_hours between 0 and 80),
  max_weekly_hours numeric(4, 1) check (max_weekly_hours between 0 and 80),
  working_pattern text check (working_pattern in ('FIXED_DAYS', 'SHIFTS', 'FLEXIBLE', 'TERM_TIME', 'ANNUALISED')),
  days text[] not null default '{}',
  contract_type text not null
    check (contract_type in ('PERMANENT', 'FIXED_TERM', 'TEMPORARY', 'ZERO_HOURS', 'APPRENTICESHIP', 'SELF_EMPLOYED')),
  pay_amount numeric(10, 2) check (pay_amount >= 0),
  pay_period text check (pay_period in ('HOUR', 'YEAR')),
  -- Annual pay / 52 / typical weekly hours (the most hours, or the fewest when no most is given).
  hourly_pay numeric(8, 2) check (hourly_pay >= 0),
  closing_date date,
  work_location text check (work_location in ('ON_SITE', 'HYBRID', 'REMOTE')),
  adjustments_offered text check (length(adjustments_offered) <= 2000),
  flexible_from_day_one boolean not null default false,
  ring_fenced boolean not null default false,
  guaranteed_interview boolean not null default false,
  status text not null check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
  job_quality_assessed_at timestamptz,
  job_quality_assessed_by uuid references user_account (id),
  created_at timestamptz not null,
  created_by uuid references user_account (id),
  created_by_api_client uuid references api_client (id),
  updated_at timestamptz not null,
  updated_by uuid references user_account (id),
  version bigint not null default 0,
  check (max_weekly_hours is null or min_weekly_hours <= max_weekly_hours),
  check ((pay_amount is null) = (pay_period is null)),
  check ((pay_amount is null) = (hourly_pay is null))
);
create index vacancy_organisation on vacancy (organisation_id, status);
create index vacancy_employer on vacancy (employer_id);

create table vacancy_job_quality (
  vacancy_id uuid not null references vacancy (id),
  dimension text not null references ref_job_quality_dimension (code),
  rating text not null check (rating in ('MEETS', 'PARTLY', 'NOT_MET', 'UNKNOWN')),
  evidence text check (length(evidence) <= 1000),
  primary key (vacancy_id, dimension)
);
