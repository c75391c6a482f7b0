-- What work would suit the person, and what would not: the basis for matching them to good jobs.
create table job_preferences (
  participant_id uuid primary key references participant (id),
  min_weekly_hours numeric(4, 1) check (min_weekly_hours between 0 and 80),
  max_weekly_hours numeric(4, 1) check (max_weekly_hours between 0 and 80),
  days text[] not null default '{}',
  times text check (length(times) <= 500),
  max_travel_minutes integer check (max_travel_minutes between 0 and 240),
  pay_floor_hourly numeric(6, 2) check (pay_floor_hourly >= 0),
  contract_types text[] not null default '{}',
  flexibility text check (length(flexibility) <= 2000),
  adjustments text check (length(adjustments) <= 2000),
  disclosure text check (disclosure in ('OPEN', 'WHEN_NEEDED', 'NOT_TO_DISCLOSE', 'NOT_APPLICABLE')),
  updated_at timestamptz not null,
  version bigint not null default 0,
  check (min_weekly_hours is null or max_weekly_hours is null or min_weekly_hours <= max_weekly_hours)
);

create table participant_occupation (
  participant_id uuid not null references participant (id),
  soc_code text not null references soc_unit_group (code),
  primary key (participant_id, soc_code)
);
