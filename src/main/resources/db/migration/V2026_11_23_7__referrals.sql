create table referral (
  id uuid primary key,
  -- Given to the person or referrer so they can ask about it, like GW-4K7P-2QX9
  reference text not null unique,
  programme_id uuid not null references programme (id),
  provider_id uuid not null references organisation (id),
  referred_by_organisation_id uuid references organisation (id),
  referred_by_user_id uuid references user_account (id),
  source text not null references ref_referral_source (code),
  referrer_name text check (length(referrer_name) <= 200),
  reason text check (length(reason) <= 2000),
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  date_of_birth date not null,
  postcode text,
  phone text check (length(phone) <= 40),
  email text check (length(email) <= 320),
  consent_to_contact boolean not null check (consent_to_contact),
  status text not null check (status in ('RECEIVED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  received_at timestamptz not null,
  decided_at timestamptz,
  decided_by uuid references user_account (id),
  decline_reason text check (length(decline_reason) <= 2000),
  handover_to text check (length(handover_to) <= 500),
  over_caseload_reason text check (length(over_caseload_reason) <= 2000),
  participant_id uuid references participant (id),
  version bigint not null default 0,
  check ((status = 'ACCEPTED') = (participant_id is not null))
);
create index referral_queue on referral (provider_id, status, received_at);

-- Public forms count submissions here, so a limit holds across every instance of the application.
create table rate_limit_hit (
  bucket text not null,
  hit_at timestamptz not null
);
create index rate_limit_hit_bucket on rate_limit_hit (bucket, hit_at);
