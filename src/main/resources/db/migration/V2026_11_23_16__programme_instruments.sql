-- A programme may use its own distance-travelled instrument (for example one it holds a licence
-- for) instead of Goodwork's default. Scores reference the dimension by code.
create table programme_progress_dimension (
  programme_id uuid not null references programme (id) on delete cascade,
  code text not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
  label text not null check (length(label) between 1 and 100),
  question text not null check (length(question) between 1 and 300),
  sort_order integer not null,
  primary key (programme_id, code)
);

-- Scores may now name a programme's own dimension, so the reference to the default list goes.
alter table progress_score drop constraint progress_score_dimension_fkey;
alter table progress_score add constraint progress_score_dimension_format check (dimension ~ '^[A-Z][A-Z0-9_]{0,39}$');
