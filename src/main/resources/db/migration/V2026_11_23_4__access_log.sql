-- Who viewed, exported, printed or changed which record. Append-only: the application role may
-- insert and read but never update or delete, and triggers refuse it even for the owner.
create table access_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor_type text not null check (actor_type in ('USER', 'API_CLIENT', 'SYSTEM')),
  actor_id uuid,
  actor_name text not null,
  actor_organisation_id uuid,
  action text not null check (action in ('VIEW', 'CHANGE', 'CREATE', 'EXPORT', 'PRINT')),
  subject_type text not null,
  subject_id uuid not null,
  reason text
);
create index access_log_subject on access_log (subject_type, subject_id, occurred_at desc);
create index access_log_actor on access_log (actor_id, occurred_at desc);
create index access_log_time on access_log (occurred_at desc);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'access_log is append-only';
end $$;

create trigger access_log_no_update_or_delete before update or delete on access_log
  for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
  for each statement execute function access_log_is_append_only();

do $$
begin
  if exists (select from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
    execute 'revoke update, delete, truncate on access_log from ${app_role}';
  end if;
end $$;
