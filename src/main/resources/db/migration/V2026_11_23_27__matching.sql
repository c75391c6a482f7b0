-- What the participant said about a matched vacancy, and the applications pipeline from a suggestion to
-- a start. A shortlist goes to the employer only on the participant's consent.
create table match_response (
  participant_id uuid not null references participant (id),
  vacancy_id uuid not null references vacancy (id),
  interested boolean not null,
  reason text check (length(reason) <= 1000),
  recorded_by uuid references user_account (id),
  recorded_at timestamptz not null,
  primary key (participant_id, vacancy_id)
);

create table application (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  vacancy_id uuid not null references vacancy (id),
  stage text not null check (stage in ('SUGGESTED', 'APPLIED', 'INTERVIEW', 'OFFER', 'STARTED', 'UNSUCCESSFUL')),
  employer_feedback text check (length(employer_feedback) <= 2000),
  shortlist_consent_id uuid references consent (id),
  shortlisted_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0,
  unique (participant_id, vacancy_id)
);
create index application_vacancy on application (vacancy_id);

create table application_stage (
  application_id uuid not null references application (id),
  stage text not null,
  changed_on date not null,
  note text check (length(note) <= 2000),
  recorded_by uuid references user_account (id),
  recorded_at timestamptz not null
);
create index application_stage_application on application_stage (application_id, recorded_at);
