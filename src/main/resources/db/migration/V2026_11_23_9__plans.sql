-- A plan made with the participant: goals in their words, the barriers in the way, and the
-- actions agreed to get there, grouped by the three themes of support.
create table plan_goal (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  theme text not null check (theme in ('HEALTH_WELLBEING', 'LIFE_HOME', 'WORK_SKILLS')),
  goal text not null check (length(goal) between 1 and 1000),
  barriers text check (length(barriers) <= 2000),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0
);
create index plan_goal_participant on plan_goal (participant_id);

create table plan_action (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  theme text not null check (theme in ('HEALTH_WELLBEING', 'LIFE_HOME', 'WORK_SKILLS')),
  description text not null check (length(description) between 1 and 1000),
  owner text not null check (owner in ('PARTICIPANT', 'KEYWORKER', 'PARTNER')),
  partner_name text check (length(partner_name) <= 200),
  due_date date,
  status text not null check (status in ('TO_DO', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED')),
  agreed boolean not null,
  completed_on date,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0,
  check ((status = 'DONE') = (completed_on is not null))
);
create index plan_action_participant on plan_action (participant_id);
