-- Distance travelled: the participant scores each dimension from 1 to 10 with their keyworker.
-- The earliest review is the baseline.
create table progress_review (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  review_date date not null,
  notes text check (length(notes) <= 2000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null
);
create index progress_review_participant on progress_review (participant_id, review_date);

create table progress_score (
  review_id uuid not null references progress_review (id) on delete cascade,
  dimension text not null references ref_progress_dimension (code),
  score integer not null check (score between 1 and 10),
  primary key (review_id, dimension)
);
