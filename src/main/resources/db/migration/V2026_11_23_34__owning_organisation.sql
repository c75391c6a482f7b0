-- Budget spend and outcome claims record the organisation that owns the participant's record, so the
-- budget and employment modules can list an organisation's rows without reading the participant table.
alter table budget_spend add column organisation_id uuid references organisation (id);
update budget_spend s set organisation_id = p.organisation_id from participant p where p.id = s.participant_id;
alter table budget_spend alter column organisation_id set not null;
create index budget_spend_organisation on budget_spend (organisation_id, status);

alter table outcome_claim add column organisation_id uuid references organisation (id);
update outcome_claim c set organisation_id = p.organisation_id from participant p where p.id = c.participant_id;
alter table outcome_claim alter column organisation_id set not null;
create index outcome_claim_organisation on outcome_claim (organisation_id, status);
