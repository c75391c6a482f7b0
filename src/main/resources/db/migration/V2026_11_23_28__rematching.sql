-- Nightly re-matching: each run's progress, and every active participant's top matches from the
-- latest run, so they can be read without matching again.
create table rematch_run (
  id uuid primary key,
  started_at timestamptz not null,
  finished_at timestamptz,
  status text not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
  processed integer not null default 0 check (processed >= 0),
  total integer not null default 0 check (total >= 0)
);
create index rematch_run_started on rematch_run (started_at desc);
-- At most one run at a time, whoever starts it.
create unique index rematch_run_one_running on rematch_run ((true)) where status = 'RUNNING';

-- Derived data: it goes with the participant or the vacancy.
create table match_result (
  participant_id uuid not null references participant (id) on delete cascade,
  rank integer not null check (rank between 1 and 100),
  vacancy_id uuid not null references vacancy (id) on delete cascade,
  score numeric(4, 1) not null check (score between 0 and 100),
  run_id uuid not null references rematch_run (id),
  computed_at timestamptz not null,
  primary key (participant_id, rank)
);
create index match_result_vacancy on match_result (vacancy_id);
