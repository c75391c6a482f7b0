-- The moving-on plan: a phased end to support so nobody falls off a cliff when it stops. Steps taper
-- contact, introduce the person to other provision in person (a warm handover, resting on their
-- consent), and check in after support ends.
create table moving_on_step (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  kind text not null check (kind in ('TAPER', 'INTRODUCTION', 'LAST_MEETING', 'FOLLOW_UP', 'OTHER')),
  planned_on date not null,
  description text not null check (length(description) between 1 and 1000),
  service_id uuid references service (id),
  provision text check (length(provision) <= 200),
  consent_id uuid references consent (id),
  done_on date,
  recorded_by uuid references user_account (id),
  created_at timestamptz not null,
  version bigint not null default 0,
  check (kind <> 'INTRODUCTION' or (consent_id is not null and (service_id is not null or provision is not null)))
);
create index moving_on_step_participant on moving_on_step (participant_id, planned_on);
