create table user_account (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  team_id uuid references team (id),
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text not null check (length(display_name) between 1 and 200),
  email text check (email is null or length(email) <= 320),
  password_hash text not null,
  must_change_password boolean not null default false,
  active boolean not null default true,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0
);
create unique index user_account_username_unique on user_account (username);
create index user_account_organisation on user_account (organisation_id);

create table user_role (
  user_id uuid not null references user_account (id) on delete cascade,
  role text not null check (role in ('ADMINISTRATOR', 'COMMISSIONER', 'TEAM_LEADER', 'KEYWORKER',
                                     'EMPLOYER_ENGAGEMENT_OFFICER', 'PARTNER_WORKER')),
  primary key (user_id, role)
);

create table api_client (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  name text not null check (length(name) between 1 and 200),
  -- SHA-256 of the token: tokens are 256-bit random values, so a fast hash is enough
  token_hash text not null unique,
  scopes text[] not null,
  active boolean not null default true,
  created_at timestamptz not null,
  created_by text not null,
  last_used_at timestamptz
);
create index api_client_organisation on api_client (organisation_id);

-- Spring Session's tables: sessions live in PostgreSQL so no application instance is special.
create table spring_session (
  primary_id char(36) not null primary key,
  session_id char(36) not null,
  creation_time bigint not null,
  last_access_time bigint not null,
  max_inactive_interval int not null,
  expiry_time bigint not null,
  principal_name varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
  attribute_name varchar(200) not null,
  attribute_bytes bytea not null,
  primary key (session_primary_id, attribute_name)
);
