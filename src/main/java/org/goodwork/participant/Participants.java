package org.goodwork.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.RecordAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant module's facade. Every read takes the caller's {@link ParticipantScope}; a record
 * outside it is indistinguishable from one that does not exist.
 */
@Service
public class Participants {

    public static final String SUBJECT_TYPE = "PARTICIPANT";

    /**
     * Limits a query on alias {@code p} to the scope's organisation and, for keyworkers, their caseload
     * and, on programmes that share caseloads within teams, their team's. Bind it with
     * {@link #scopeParameters}.
     */
    static final String IN_SCOPE = """
             p.organisation_id = :organisation
             and (cast(:keyworker as uuid) is null or p.keyworker_id = :keyworker
                  or (p.keyworker_id = any(cast(:team as uuid[])) and p.programme_id = any(cast(:sharing as uuid[]))))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final UserAccounts userAccounts;
    private final ApplicationEventPublisher events;
    private final Programmes programmes;

    Participants(
            JdbcClient jdbc,
            Clock clock,
            CurrentActor currentActor,
            UserAccounts userAccounts,
            ApplicationEventPublisher events,
            Programmes programmes) {
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentActor = currentActor;
        this.userAccounts = userAccounts;
        this.events = events;
    }

    /**
     * The parameters of {@link #IN_SCOPE}. A keyworker's team counts only when {@code withTeam} and
     * only on programmes that share caseloads within teams; the team and the programmes come from
     * their owners' facades.
     */
    Map<String, Object> scopeParameters(ParticipantScope scope, boolean withTeam) {
        UUID[] team = new UUID[0];
        UUID[] sharing = new UUID[0];
        if (withTeam && scope.teamId() != null) {
            sharing = programmes.sharingTeamCaseloads().toArray(UUID[]::new);
            if (sharing.length > 0) {
                team = userAccounts.list(scope.organisationId()).stream()
                        .filter(u -> scope.teamId().equals(u.teamId()))
                        .map(UserAccount::id)
                        .toArray(UUID[]::new);
            }
        }
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("organisation", scope.organisationId());
        parameters.put("keyworker", scope.keyworkerId());
        parameters.put("team", team);
        parameters.put("sharing", sharing);
        return parameters;
    }

    @Transactional(readOnly = true)
    public Page<ParticipantSummary> search(ParticipantScope scope, String query, int pageNumber, int pageSize) {
        int page = Math.max(1, pageNumber);
        if (scope.isNone()) {
            return new Page<>(List.of(), page, pageSize, 0);
        }
        String pattern = query == null || query.isBlank()
                ? null
                : "%" + escapeLike(query.strip().toLowerCase()) + "%";
        String where = " from participant p where" + IN_SCOPE
                + " and (cast(:pattern as text) is null or lower(p.given_name || ' ' || p.family_name) like :pattern"
                + " or lower(p.reference) like :pattern or lower(p.postcode) like :pattern)";
        long total = jdbc.sql("select count(*)" + where)
                .params(scopeParameters(scope, true))
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        Map<UUID, String> names = keyworkerNames(scope.organisationId());
        List<ParticipantSummary> items = jdbc.sql(
                        "select p.id, p.reference, p.given_name, p.family_name, p.date_of_birth,"
                                + " p.postcode, p.status, p.keyworker_id" + where
                                + " order by lower(p.family_name), lower(p.given_name), p.id limit :limit offset :offset")
                .params(scopeParameters(scope, true))
                .param("pattern", pattern)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query((rs, row) -> summary(rs, names))
                .list();
        return new Page<>(items, page, pageSize, total);
    }

    /** Reads one record for the current user or client, and logs that they viewed it. */
    @Transactional
    public Optional<ParticipantRecord> view(ParticipantScope scope, UUID id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        Map<UUID, String> names = keyworkerNames(scope.organisationId());
        Optional<ParticipantRecord> found = jdbc.sql("""
                        select p.*, h.reference as household_reference,
                               g.label as gender_label, e.label as ethnicity_label,
                               es.label as economic_status_label, t.label as time_label,
                               x.label as exit_destination_label
                          from participant p
                          left join ref_exit_destination x on x.code = p.exit_destination
                          left join household h on h.id = p.household_id
                          left join ref_gender g on g.code = p.gender
                          left join ref_ethnicity e on e.code = p.ethnicity
                          left join ref_economic_status es on es.code = p.economic_status
                          left join ref_time_since_last_work t on t.code = p.time_since_last_work
                         where p.id = :id and""" + IN_SCOPE)
                .param("id", id)
                .params(scopeParameters(scope, true))
                .query((rs, row) -> record(rs, names))
                .optional();
        found.ifPresent(record -> events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(), RecordAccessed.Action.VIEW, SUBJECT_TYPE, record.id(), null)));
        return found;
    }

    @Transactional
    public UUID createHousehold(UUID organisationId, String reference, String postcode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into household (id, organisation_id, reference, postcode, created_at) values (?, ?, ?, ?, ?)")
                .params(id, organisationId, reference, postcode, now())
                .update();
        return id;
    }

    @Transactional
    public UUID register(NewParticipant participant) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into participant (id, organisation_id, programme_id, referral_source, household_id, reference,
                    given_name, family_name, date_of_birth, gender, ethnicity, postcode, phone, email, economic_status,
                    time_since_last_work, keyworker_id, status, referral_date, start_date, planned_end_date, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        participant.organisationId(),
                        participant.programmeId(),
                        participant.referralSource(),
                        participant.householdId(),
                        participant.reference(),
                        participant.givenName(),
                        participant.familyName(),
                        participant.dateOfBirth(),
                        participant.gender(),
                        participant.ethnicity(),
                        participant.postcode(),
                        participant.phone(),
                        participant.email(),
                        participant.economicStatus(),
                        participant.timeSinceLastWork(),
                        participant.keyworkerId(),
                        (participant.startDate() == null ? ParticipantStatus.REFERRED : ParticipantStatus.ACTIVE)
                                .name(),
                        participant.referralDate(),
                        participant.startDate(),
                        plannedEnd(participant.programmeId(), participant.startDate()),
                        now,
                        now)
                .update();
        for (String need : participant.supportNeeds()) {
            jdbc.sql("insert into participant_support_need (participant_id, need) values (?, ?)")
                    .params(id, need)
                    .update();
        }
        events.publishEvent(
                new RecordAccessed(currentActor.asAuditActor(), RecordAccessed.Action.CREATE, SUBJECT_TYPE, id, null));
        return id;
    }

    /** Support lasts the programme's longest support from the start date. */
    LocalDate plannedEnd(UUID programmeId, LocalDate startDate) {
        if (startDate == null || programmeId == null) {
            return null;
        }
        int weeks = programmes
                .find(programmeId)
                .map(p -> p.settings().maxSupportWeeks())
                .orElse(52);
        return startDate.plusWeeks(weeks);
    }

    /** Someone already known who may be the same person: never merged automatically. */
    public record PossibleDuplicate(ParticipantSummary participant, List<String> reasons) {}

    /**
     * People in the organisation who may be the person being referred: a similar name (trigram
     * similarity), the same date of birth or the same postcode. Strongest matches first.
     */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(
            UUID organisationId, String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
        Map<UUID, String> names = keyworkerNames(organisationId);
        String fullName = (givenName + " " + familyName).toLowerCase();
        return jdbc.sql("""
                        select p.id, p.reference, p.given_name, p.family_name, p.date_of_birth, p.postcode, p.status,
                               p.keyworker_id,
                               similarity(lower(p.given_name || ' ' || p.family_name), :name) as name_score,
                               p.date_of_birth = :dob as same_dob,
                               coalesce(p.postcode = :postcode, false) as same_postcode
                          from participant p
                         where p.organisation_id = :organisation
                           and (similarity(lower(p.given_name || ' ' || p.family_name), :name) > 0.35
                                or (p.date_of_birth = :dob and similarity(lower(p.family_name), lower(:family)) > 0.2)
                                or (p.postcode = :postcode and similarity(lower(p.given_name || ' ' || p.family_name), :name) > 0.2))
                         order by (similarity(lower(p.given_name || ' ' || p.family_name), :name)
                                   + case when p.date_of_birth = :dob then 1 else 0 end
                                   + case when p.postcode = :postcode then 0.5 else 0 end) desc
                         limit 10""")
                .param("organisation", organisationId)
                .param("name", fullName)
                .param("family", familyName)
                .param("dob", dateOfBirth)
                .param("postcode", postcode)
                .query((rs, row) -> {
                    List<String> reasons = new ArrayList<>();
                    if (rs.getDouble("name_score") > 0.35) {
                        reasons.add(rs.getDouble("name_score") > 0.99 ? "Same name" : "Similar name");
                    }
                    if (rs.getBoolean("same_dob")) {
                        reasons.add("Same date of birth");
                    }
                    if (rs.getBoolean("same_postcode")) {
                        reasons.add("Same postcode");
                    }
                    return new PossibleDuplicate(summary(rs, names), List.copyOf(reasons));
                })
                .list();
    }

    /** Full names, for lists the caller has already limited to what the user may see, such as a consented shortlist. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(List<UUID> participantIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, given_name, family_name from participant where id = any(?)")
                .param(participantIds.toArray(UUID[]::new))
                .query((rs, row) -> names.put(
                        rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name")))
                .list();
        return names;
    }

    /**
     * Records that the current user saw these people on a page other than their record, such as the
     * candidates for a vacancy, with why.
     */
    public void recordViews(List<UUID> participantIds, String why) {
        RecordAccessed.Actor actor = currentActor.asAuditActor();
        participantIds.forEach(id ->
                events.publishEvent(new RecordAccessed(actor, RecordAccessed.Action.VIEW, SUBJECT_TYPE, id, why)));
    }

    /** What outcome claims need of a participant: no name, only the reference and their programme. */
    public record Case(UUID id, UUID organisationId, String reference, UUID programmeId, LocalDate startDate) {}

    /** Cases of people the caller has already limited to what the user may see, such as their claims. */
    @Transactional(readOnly = true)
    public List<Case> cases(java.util.Collection<UUID> participantIds) {
        return jdbc.sql("""
                        select id, organisation_id, reference, programme_id, start_date from participant
                         where id = any(?) order by reference""")
                .param(participantIds.toArray(UUID[]::new))
                .query((rs, row) -> new Case(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("reference"),
                        rs.getObject("programme_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** Home postcodes of people already within the caller's scope, for distances in matching. */
    @Transactional(readOnly = true)
    public Map<UUID, String> postcodesOf(List<UUID> participantIds) {
        Map<UUID, String> postcodes = new java.util.HashMap<>();
        jdbc.sql("select id, postcode from participant where id = any(?) and postcode is not null")
                .param(participantIds.toArray(UUID[]::new))
                .query((rs, row) -> postcodes.put(rs.getObject("id", UUID.class), rs.getString("postcode")))
                .list();
        return postcodes;
    }

    /** Someone on a caseload who has started and not left, for engagement prompts: the keyworker's own, not their team's. */
    public record ActiveParticipant(UUID id, String fullName, UUID programmeId, LocalDate startDate) {}

    @Transactional(readOnly = true)
    public List<ActiveParticipant> active(ParticipantScope scope) {
        if (scope.isNone()) {
            return List.of();
        }
        return jdbc.sql(
                        "select p.id, p.given_name, p.family_name, p.programme_id, p.start_date from participant p where"
                                + IN_SCOPE + " and p.status = 'ACTIVE' order by p.family_name, p.given_name")
                .params(scopeParameters(scope, false))
                .query((rs, row) -> new ActiveParticipant(
                        rs.getObject("id", UUID.class),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getObject("programme_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** The contact details a partner may see once the person has agreed to a referral. */
    public record SharedDetails(String fullName, String phone, String email) {}

    /**
     * Only for a partner referral whose consent the caller has just checked is active: this read is
     * not scoped to the caller's organisation, so it is logged as the caller's view.
     */
    @Transactional
    public SharedDetails sharedWithConsent(UUID participantId) {
        SharedDetails details = jdbc.sql("select given_name, family_name, phone, email from participant where id = ?")
                .param(participantId)
                .query((rs, row) -> new SharedDetails(
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getString("phone"),
                        rs.getString("email")))
                .single();
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(),
                RecordAccessed.Action.VIEW,
                SUBJECT_TYPE,
                participantId,
                "Partner referral with consent"));
        return details;
    }

    /** Whether the participant belongs to the organisation. */
    @Transactional(readOnly = true)
    public boolean belongsTo(UUID participantId, UUID organisationId) {
        return jdbc.sql("select count(*) from participant where id = ? and organisation_id = ?")
                        .params(participantId, organisationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many people each organisation supports: an aggregate, with no names, for commissioners. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> countsByOrganisation() {
        return jdbc
                .sql("select organisation_id, count(*) as people from participant group by organisation_id")
                .query((rs, row) -> Map.entry(rs.getObject("organisation_id", UUID.class), rs.getLong("people")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public record Caseload(UUID keyworkerId, String keyworkerName, long active, long referred) {}

    /** Caseload sizes per keyworker in one organisation; unallocated people have no keyworker. */
    @Transactional(readOnly = true)
    public List<Caseload> caseloads(UUID organisationId) {
        Map<UUID, String> names = keyworkerNames(organisationId);
        return jdbc
                .sql("""
                        select keyworker_id, count(*) filter (where status = 'ACTIVE') as active,
                               count(*) filter (where status = 'REFERRED') as referred
                          from participant where organisation_id = ? and status <> 'EXITED'
                         group by keyworker_id""")
                .param(organisationId)
                .query((rs, row) -> {
                    UUID keyworker = rs.getObject("keyworker_id", UUID.class);
                    return new Caseload(
                            keyworker,
                            keyworker == null ? "Not allocated" : names.getOrDefault(keyworker, "Unknown"),
                            rs.getLong("active"),
                            rs.getLong("referred"));
                })
                .list()
                .stream()
                .sorted((a, b) -> a.keyworkerName().compareToIgnoreCase(b.keyworkerName()))
                .toList();
    }

    private List<ParticipantSummary> householdMembers(UUID householdId, UUID except, Map<UUID, String> names) {
        if (householdId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.reference, p.given_name, p.family_name, p.date_of_birth, p.postcode, p.status,
                               p.keyworker_id
                          from participant p where p.household_id = ? and p.id <> ? order by p.given_name""")
                .params(householdId, except)
                .query((rs, row) -> summary(rs, names))
                .list();
    }

    private ParticipantRecord record(ResultSet rs, Map<UUID, String> names) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID householdId = rs.getObject("household_id", UUID.class);
        UUID keyworker = rs.getObject("keyworker_id", UUID.class);
        List<String[]> needRows = jdbc.sql("""
                        select r.code, r.label from participant_support_need n join ref_support_need r on r.code = n.need
                         where n.participant_id = ? order by r.sort_order""")
                .param(id)
                .query((row, n) -> new String[] {row.getString("code"), row.getString("label")})
                .list();
        return new ParticipantRecord(
                id,
                rs.getObject("organisation_id", UUID.class),
                rs.getString("reference"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("gender_label"),
                rs.getString("ethnicity_label"),
                rs.getString("postcode"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("economic_status_label"),
                rs.getString("time_label"),
                needRows.stream().map(n -> n[1]).toList(),
                ParticipantStatus.valueOf(rs.getString("status")),
                rs.getObject("referral_date", LocalDate.class),
                rs.getObject("start_date", LocalDate.class),
                keyworker,
                keyworker == null ? null : names.get(keyworker),
                householdId,
                rs.getString("household_reference"),
                householdMembers(householdId, id, names),
                new ParticipantRecord.Casefile(
                        rs.getObject("programme_id", UUID.class),
                        rs.getString("gender"),
                        rs.getString("ethnicity"),
                        rs.getString("economic_status"),
                        rs.getString("time_since_last_work"),
                        needRows.stream().map(n -> n[0]).toList(),
                        rs.getObject("planned_end_date", LocalDate.class),
                        rs.getObject("exit_date", LocalDate.class),
                        rs.getString("exit_destination_label"),
                        rs.getString("exit_notes"),
                        rs.getString("preferred_contact"),
                        rs.getBoolean("reminders_opt_out"),
                        rs.getString("qualifications"),
                        rs.getString("work_history"),
                        rs.getString("skills"),
                        rs.getString("aspirations"),
                        rs.getString("does_not_want")),
                rs.getLong("version"));
    }

    private static ParticipantSummary summary(ResultSet rs, Map<UUID, String> names) throws SQLException {
        UUID keyworker = rs.getObject("keyworker_id", UUID.class);
        return new ParticipantSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                ParticipantStatus.valueOf(rs.getString("status")),
                keyworker == null ? null : names.get(keyworker));
    }

    private Map<UUID, String> keyworkerNames(UUID organisationId) {
        return userAccounts.list(organisationId).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
