-- Postcodes and where they are, loaded from the ONS Postcode Directory (ONSPD) or the National
-- Statistics Postcode Lookup (NSPL). Reference data: it holds no personal data.
create table postcode_load (
  id uuid primary key,
  file_name text not null check (length(file_name) between 1 and 300),
  -- A SHA-256 of the file, so a start-up load can skip a file it has already loaded.
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  loaded_at timestamptz not null,
  rows_read integer not null check (rows_read >= 0),
  added integer not null check (added >= 0),
  changed integer not null check (changed >= 0)
);
create index postcode_load_loaded_at on postcode_load (loaded_at desc);

create table postcode (
  -- As the ONS pcds column writes it: upper case, one space before the last three characters.
  postcode text primary key check (postcode ~ '^[A-Z0-9]{2,4} [A-Z0-9]{3}$'),
  -- Null when the postcode has no grid reference (the files say 99.999999, 0.000000).
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  lsoa text check (length(lsoa) between 1 and 20),
  -- Index of Multiple Deprivation rank of the area, 1 being the most deprived in its nation.
  imd_rank integer check (imd_rank > 0),
  -- The rank's tenth within its nation's index, 1 being the most deprived tenth; worked out on
  -- loading from the number of areas in that index (goodwork.geography.deprivation-areas.*).
  imd_decile smallint check (imd_decile between 1 and 10),
  -- The load that added or last changed this postcode; its row is written when the load ends.
  load_id uuid not null references postcode_load (id) deferrable initially deferred,
  check ((latitude is null) = (longitude is null))
);
create index postcode_load_id on postcode (load_id);
