-- Appointments. Attendance is recorded neutrally: there is no "failure to attend" and no sanction.
create table appointment (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  keyworker_id uuid references user_account (id),
  starts_at timestamptz not null,
  duration_minutes integer not null check (duration_minutes between 5 and 480),
  channel text not null references ref_contact_type (code),
  place text check (length(place) <= 300),
  what_to_bring text check (length(what_to_bring) <= 1000),
  attendance text check (attendance in ('ATTENDED', 'RESCHEDULED', 'NOT_ATTENDED')),
  created_at timestamptz not null,
  version bigint not null default 0
);
create index appointment_participant on appointment (participant_id, starts_at);
create index appointment_keyworker on appointment (keyworker_id, starts_at);
