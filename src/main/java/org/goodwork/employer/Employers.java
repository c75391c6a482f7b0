package org.goodwork.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer module's facade. Every call names the organisation it acts for, and an employer of
 * another organisation is treated as if it did not exist.
 */
@Service
public class Employers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UserAccounts userAccounts;

    Employers(JdbcClient jdbc, Clock clock, UserAccounts userAccounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.userAccounts = userAccounts;
    }

    public record Location(UUID id, String name, String address, String postcode) {}

    public record Contact(UUID id, String name, String jobTitle, String phone, String email) {}

    public record Interaction(UUID id, LocalDate date, InteractionKind kind, String summary, String recordedBy) {}

    /** Another employer of the organisation already has this name. */
    public static class DuplicateNameException extends RuntimeException {
        public DuplicateNameException() {
            super("An employer with this name already exists");
        }
    }

    private static final String SELECT = """
            select e.*, (select max(i.interaction_date) from employer_interaction i where i.employer_id = e.id)
                   as last_interaction
              from employer e
            """;

    /**
     * The organisation's employers by name. {@code query} matches part of the name, case ignored;
     * {@code ownerId} keeps only those that person owns. Either may be null.
     */
    @Transactional(readOnly = true)
    public List<Employer> list(UUID organisationId, String query, UUID ownerId) {
        String pattern = query == null || query.isBlank()
                ? null
                : "%" + escapeLike(query.strip().toLowerCase()) + "%";
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql(SELECT + """
                         where e.organisation_id = :organisation
                           and (cast(:pattern as text) is null or lower(e.name) like :pattern)
                           and (cast(:owner as uuid) is null or e.owner_id = :owner)
                         order by lower(e.name)""")
                .param("organisation", organisationId)
                .param("pattern", pattern)
                .param("owner", ownerId)
                .query((rs, row) -> employer(rs, names))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Employer> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + " where e.id = ? and e.organisation_id = ?")
                .params(id, organisationId)
                .query((rs, row) -> employer(rs, new HashMap<>()))
                .optional();
    }

    /** As {@link #find}, for callers that answer 404 when it is not there. */
    @Transactional(readOnly = true)
    public Employer get(UUID organisationId, UUID id) {
        return find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /** The organisation's employers' names by id, for lists of their vacancies. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(UUID organisationId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from employer where organisation_id = ? order by lower(name)")
                .param(organisationId)
                .query((rs, row) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }

    /** Whether any organisation has recorded an employer yet: the demo loads its own only if none has. */
    @Transactional(readOnly = true)
    public boolean anyRecorded() {
        return jdbc.sql("select exists (select 1 from employer)")
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public UUID create(UUID organisationId, EmployerDetails details, UUID by) {
        requireOwnerIn(organisationId, details.ownerId());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        try {
            jdbc.sql("""
                    insert into employer (id, organisation_id, name, size_band, sector, good_employment_charter,
                        disability_confident, real_living_wage_employer, owner_id, notes, created_at, created_by,
                        updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            organisationId,
                            details.name().strip(),
                            name(details.sizeBand()),
                            name(details.sector()),
                            details.goodEmploymentCharter(),
                            level(details).name(),
                            details.realLivingWageEmployer(),
                            details.ownerId(),
                            blankToNull(details.notes()),
                            now,
                            by,
                            now,
                            by)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException();
        }
        return id;
    }

    /** Saves the details; fails if someone else changed the employer since {@code version}. */
    @Transactional
    public void update(UUID organisationId, UUID id, long version, EmployerDetails details, UUID by) {
        get(organisationId, id);
        requireOwnerIn(organisationId, details.ownerId());
        int updated;
        try {
            updated = jdbc.sql("""
                    update employer set name = ?, size_band = ?, sector = ?, good_employment_charter = ?,
                        disability_confident = ?, real_living_wage_employer = ?, owner_id = ?, notes = ?,
                        updated_at = ?, updated_by = ?, version = version + 1
                     where id = ? and organisation_id = ? and version = ?""")
                    .params(
                            details.name().strip(),
                            name(details.sizeBand()),
                            name(details.sector()),
                            details.goodEmploymentCharter(),
                            level(details).name(),
                            details.realLivingWageEmployer(),
                            details.ownerId(),
                            blankToNull(details.notes()),
                            now(),
                            by,
                            id,
                            organisationId,
                            version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException();
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("employer changed since it was read");
        }
    }

    /**
     * The organisation's employer with this name, case ignored, or a new one with only its name: an
     * API client names employers rather than knowing their ids.
     */
    @Transactional
    public UUID findOrCreate(UUID organisationId, String name, UUID apiClientId) {
        String stripped = name.strip();
        Optional<UUID> existing = byName(organisationId, stripped);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        // Two clients naming the same new employer at once: the second finds the first's.
        int inserted = jdbc.sql("""
                insert into employer (id, organisation_id, name, created_at, created_by_api_client, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, organisationId, stripped, now, apiClientId, now)
                .update();
        return inserted == 1 ? id : byName(organisationId, stripped).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Location> locations(UUID organisationId, UUID employerId) {
        get(organisationId, employerId);
        return jdbc.sql(
                        "select id, name, address, postcode from employer_location where employer_id = ? order by lower(name)")
                .param(employerId)
                .query(Location.class)
                .list();
    }

    @Transactional
    public void addLocation(
            UUID organisationId, UUID employerId, String name, String address, String postcode, UUID by) {
        get(organisationId, employerId);
        jdbc.sql("""
                insert into employer_location (id, employer_id, name, address, postcode, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        employerId,
                        name.strip(),
                        blankToNull(address),
                        blankToNull(postcode),
                        now(),
                        by)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(UUID organisationId, UUID employerId) {
        get(organisationId, employerId);
        return jdbc.sql("""
                        select id, name, job_title, phone, email from employer_contact where employer_id = ?
                         order by lower(name)""").param(employerId).query(Contact.class).list();
    }

    @Transactional
    public void addContact(
            UUID organisationId, UUID employerId, String name, String jobTitle, String phone, String email, UUID by) {
        get(organisationId, employerId);
        jdbc.sql("""
                insert into employer_contact (id, employer_id, name, job_title, phone, email, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        employerId,
                        name.strip(),
                        blankToNull(jobTitle),
                        blankToNull(phone),
                        blankToNull(email),
                        now(),
                        by)
                .update();
    }

    /** The interactions log, latest first. */
    @Transactional(readOnly = true)
    public List<Interaction> interactions(UUID organisationId, UUID employerId) {
        get(organisationId, employerId);
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql("""
                        select id, interaction_date, kind, summary, recorded_by from employer_interaction
                         where employer_id = ? order by interaction_date desc, created_at desc""")
                .param(employerId)
                .query((rs, row) -> new Interaction(
                        rs.getObject("id", UUID.class),
                        rs.getObject("interaction_date", LocalDate.class),
                        InteractionKind.valueOf(rs.getString("kind")),
                        rs.getString("summary"),
                        displayName(rs.getObject("recorded_by", UUID.class), names)))
                .list();
    }

    @Transactional
    public void recordInteraction(
            UUID organisationId, UUID employerId, LocalDate date, InteractionKind kind, String summary, UUID by) {
        get(organisationId, employerId);
        jdbc.sql("""
                insert into employer_interaction (id, employer_id, interaction_date, kind, summary, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), employerId, date, kind.name(), summary.strip(), by, now())
                .update();
    }

    private Optional<UUID> byName(UUID organisationId, String name) {
        return jdbc.sql("select id from employer where organisation_id = ? and lower(name) = lower(?)")
                .params(organisationId, name)
                .query(UUID.class)
                .optional();
    }

    private void requireOwnerIn(UUID organisationId, UUID ownerId) {
        if (ownerId != null
                && userAccounts
                        .find(ownerId)
                        .filter(u -> u.organisationId().equals(organisationId))
                        .isEmpty()) {
            throw new IllegalArgumentException("The owner must work for the employer's organisation");
        }
    }

    private Employer employer(ResultSet rs, Map<UUID, String> names) throws SQLException {
        UUID owner = rs.getObject("owner_id", UUID.class);
        String sizeBand = rs.getString("size_band");
        String sector = rs.getString("sector");
        return new Employer(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                sizeBand == null ? null : SizeBand.valueOf(sizeBand),
                sector == null ? null : Sector.valueOf(sector),
                rs.getBoolean("good_employment_charter"),
                DisabilityConfident.valueOf(rs.getString("disability_confident")),
                rs.getBoolean("real_living_wage_employer"),
                owner,
                owner == null ? null : displayName(owner, names),
                rs.getString("notes"),
                rs.getObject("last_interaction", LocalDate.class),
                rs.getLong("version"));
    }

    private String displayName(UUID userId, Map<UUID, String> names) {
        if (userId == null) {
            return "Unknown";
        }
        return names.computeIfAbsent(
                userId,
                id -> userAccounts.find(id).map(UserAccount::displayName).orElse("Unknown"));
    }

    private static DisabilityConfident level(EmployerDetails details) {
        return details.disabilityConfident() == null ? DisabilityConfident.NONE : details.disabilityConfident();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
