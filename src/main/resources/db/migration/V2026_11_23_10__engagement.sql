-- Contacts with the participant: what kind, when, how long, and notes.
create table contact (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  contact_type text not null references ref_contact_type (code),
  contact_date date not null,
  duration_minutes integer check (duration_minutes between 1 and 600),
  notes text check (length(notes) <= 4000),
  recorded_by uuid references user_account (id),
  created_at timestamptz not null
);
create index contact_participant on contact (participant_id, contact_date desc);

-- Referrals to partner services. Each rests on a consent record; the partner sees only what was shared.
create table partner_referral (
  id uuid primary key,
  participant_id uuid not null references participant (id),
  partner_organisation_id uuid not null references organisation (id),
  consent_id uuid not null references consent (id),
  what_is_shared text not null check (length(what_is_shared) between 1 and 2000),
  status text not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
  outcome text check (length(outcome) <= 2000),
  sent_at timestamptz not null,
  sent_by uuid references user_account (id),
  updated_at timestamptz not null,
  version bigint not null default 0
);
create index partner_referral_partner on partner_referral (partner_organisation_id, status);
create index partner_referral_participant on partner_referral (participant_id);
