-- Some programmes let keyworkers see and cover their team's caseloads (for example when a colleague is
-- away); by default a keyworker sees only their own.
alter table programme
  add column team_caseloads_shared boolean not null default false;
