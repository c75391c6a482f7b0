alter table participant
  add column planned_end_date date,
  add column exit_date date,
  add column exit_destination text references ref_exit_destination (code),
  add column exit_notes text check (length(exit_notes) <= 2000),
  add column preferred_contact text check (preferred_contact in ('PHONE', 'TEXT', 'EMAIL', 'POST', 'IN_PERSON')),
  add column reminders_opt_out boolean not null default false,
  add column qualifications text check (length(qualifications) <= 2000),
  add column work_history text check (length(work_history) <= 4000),
  add column skills text check (length(skills) <= 2000),
  add column aspirations text check (length(aspirations) <= 2000),
  add column does_not_want text check (length(does_not_want) <= 2000),
  add check (exit_date is null or start_date is null or exit_date >= start_date),
  add check ((status = 'EXITED') = (exit_date is not null));

-- What the person agreed to share, with whom, and when they withdrew it.
create table consent (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  purpose text not null check (length(purpose) between 1 and 500),
  shared_with text not null check (length(shared_with) between 1 and 200),
  given_on date not null,
  withdrawn_on date,
  recorded_by uuid references user_account (id),
  created_at timestamptz not null,
  version bigint not null default 0,
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index consent_participant on consent (participant_id);

-- The participant's timeline: what happened and who did it. Append-only, like the access log.
create table timeline_entry (
  id bigint generated always as identity primary key,
  participant_id uuid not null references participant (id),
  occurred_at timestamptz not null,
  actor_name text not null,
  kind text not null,
  summary text not null
);
create index timeline_entry_participant on timeline_entry (participant_id, occurred_at desc);

create function refuse_change_to_append_only_table() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;

create trigger timeline_entry_no_update_or_delete before update or delete on timeline_entry
  for each row execute function refuse_change_to_append_only_table();

do $$
begin
  if exists (select from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
    execute 'revoke update, delete, truncate on timeline_entry from ${app_role}';
  end if;
end $$;
