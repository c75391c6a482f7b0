-- Every job start carries its own job-quality assessment: copied from the vacancy it came from, or
-- made for the job itself, and kept even if the vacancy changes later.
alter table employment_spell add column vacancy_id uuid references vacancy (id);

create table employment_job_quality (
  spell_id uuid not null references employment_spell (id) on delete cascade,
  dimension text not null references ref_job_quality_dimension (code),
  rating text not null check (rating in ('MEETS', 'PARTLY', 'NOT_MET', 'UNKNOWN')),
  evidence text check (length(evidence) <= 1000),
  primary key (spell_id, dimension)
);
