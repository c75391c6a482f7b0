-- Interventions and activities: courses (with hours), work-related activities, volunteering, peer
-- support and the rest of intervention-types.csv. "Agreed" means agreed with the participant as part
-- of their plan; completion counts towards the programme's measures.
create table activity (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  activity_type text not null references ref_intervention_type (code),
  description text not null check (length(description) between 1 and 500),
  provider text check (length(provider) <= 200),
  start_date date not null,
  hours numeric(6, 1) check (hours > 0 and hours <= 2000),
  agreed boolean not null,
  completed_on date,
  recorded_by uuid references user_account (id),
  created_at timestamptz not null,
  version bigint not null default 0,
  check (completed_on is null or completed_on >= start_date)
);
create index activity_participant on activity (participant_id, start_date desc);
