-- Personal budgets: an allowance per participant set by the programme, and spend against it.
-- Requests above the programme's threshold wait for a team leader.
alter table programme
  add column budget_allowance numeric(8, 2) check (budget_allowance >= 0),
  add column budget_approval_threshold numeric(8, 2) check (budget_approval_threshold >= 0);

create table budget_spend (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  programme_id uuid not null references programme (id),
  category text not null references ref_budget_category (code),
  amount numeric(8, 2) not null check (amount > 0),
  description text not null check (length(description) between 1 and 1000),
  status text not null check (status in ('REQUESTED', 'APPROVED', 'DECLINED')),
  requested_by uuid references user_account (id),
  requested_at timestamptz not null,
  decided_by uuid references user_account (id),
  decided_at timestamptz,
  decision_note text check (length(decision_note) <= 1000),
  version bigint not null default 0
);
create index budget_spend_participant on budget_spend (participant_id);
create index budget_spend_programme on budget_spend (programme_id, status);
