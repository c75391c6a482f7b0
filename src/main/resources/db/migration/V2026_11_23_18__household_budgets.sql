-- A programme sets its budget per participant or per household. A household budget is one
-- allowance shared by everyone in the household on the programme.
alter table programme
  add column budget_per_household boolean not null default false;
create index budget_spend_household_lookup on budget_spend (programme_id, participant_id);
