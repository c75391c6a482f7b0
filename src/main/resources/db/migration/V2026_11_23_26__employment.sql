-- Job starts and employment spells, with changes in hours and pay over time, in-work support
-- (progression and an issues log), outcome evidence, and outcome claims for payment by results.
create table employment_spell (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  employer_name text not null check (length(employer_name) between 1 and 200),
  job_title text not null check (length(job_title) between 1 and 200),
  soc_code text references soc_unit_group (code),
  start_date date not null,
  end_date date,
  end_reason text check (length(end_reason) <= 500),
  self_employed boolean not null default false,
  contract_type text not null
    check (contract_type in ('PERMANENT', 'FIXED_TERM', 'TEMPORARY', 'ZERO_HOURS', 'APPRENTICESHIP', 'SELF_EMPLOYED')),
  check_in_interval_days integer not null default 28 check (check_in_interval_days between 7 and 91),
  fit_notes text check (length(fit_notes) <= 2000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null,
  version bigint not null default 0,
  check (end_date is null or end_date >= start_date)
);
create index employment_spell_participant on employment_spell (participant_id, start_date);

-- Hours and pay from a date; the first row starts with the spell.
create table employment_terms (
  spell_id uuid not null references employment_spell (id) on delete cascade,
  from_date date not null,
  weekly_hours numeric(5, 2) not null check (weekly_hours >= 0 and weekly_hours <= 168),
  hourly_pay numeric(7, 2) check (hourly_pay >= 0),
  primary key (spell_id, from_date)
);

create table in_work_progression (
  id uuid primary key,
  spell_id uuid not null references employment_spell (id),
  happened_on date not null,
  kind text not null check (kind in ('PAY_RISE', 'MORE_HOURS', 'PROMOTION', 'TRAINING', 'OTHER')),
  description text not null check (length(description) between 1 and 1000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null
);
create index in_work_progression_spell on in_work_progression (spell_id);

create table in_work_issue (
  id uuid primary key,
  spell_id uuid not null references employment_spell (id),
  raised_on date not null,
  about text not null check (about in ('PERSON', 'EMPLOYER')),
  description text not null check (length(description) between 1 and 2000),
  resolved_on date,
  resolution text check (length(resolution) <= 2000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null,
  version bigint not null default 0,
  check (resolved_on is null or resolved_on >= raised_on)
);
create index in_work_issue_spell on in_work_issue (spell_id);

create table outcome_evidence (
  id uuid primary key,
  spell_id uuid not null references employment_spell (id),
  level text not null check (level in ('SELF_REPORTED', 'KEYWORKER_VERIFIED', 'EMPLOYER_CONFIRMED', 'PAYSLIP')),
  evidence_date date not null,
  notes text check (length(notes) <= 1000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null
);
create index outcome_evidence_spell on outcome_evidence (spell_id);

-- What a programme pays for each outcome, and its earnings rule when it has one.
alter table programme
  add column sustained_bridged_gap_days integer not null default 14 check (sustained_bridged_gap_days between 0 and 90),
  add column earnings_threshold numeric(10, 2) check (earnings_threshold > 0),
  add column earnings_window_weeks integer check (earnings_window_weeks between 1 and 260),
  add column price_job_outcome numeric(10, 2) check (price_job_outcome >= 0),
  add column price_sustained_13 numeric(10, 2) check (price_sustained_13 >= 0),
  add column price_sustained_26 numeric(10, 2) check (price_sustained_26 >= 0),
  add column price_sustained_52 numeric(10, 2) check (price_sustained_52 >= 0),
  add column price_earnings numeric(10, 2) check (price_earnings >= 0),
  add check ((earnings_threshold is null) = (earnings_window_weeks is null));

create table outcome_claim (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  programme_id uuid not null references programme (id),
  outcome text not null check (outcome in ('JOB_OUTCOME', 'SUSTAINED_13', 'SUSTAINED_26', 'SUSTAINED_52', 'EARNINGS')),
  achieved_on date not null,
  unit_price numeric(10, 2),
  status text not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
  created_by uuid references user_account (id),
  created_at timestamptz not null,
  submitted_at timestamptz,
  decided_by uuid references user_account (id),
  decided_at timestamptz,
  decision_note text check (length(decision_note) <= 1000),
  version bigint not null default 0,
  unique (participant_id, programme_id, outcome)
);
create index outcome_claim_programme on outcome_claim (programme_id, status);
