package org.goodwork.referral;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.participant.NewParticipant;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.RecordAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral module's facade: intake, the triage queue, and accept or decline. */
@Service
public class Referrals {

    public static final String SUBJECT_TYPE = "REFERRAL";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String REFERENCE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Programmes programmes;
    private final Participants participants;
    private final Casework casework;
    private final UserAccounts userAccounts;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Referrals(
            JdbcClient jdbc,
            Clock clock,
            Programmes programmes,
            Participants participants,
            Casework casework,
            UserAccounts userAccounts,
            CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.programmes = programmes;
        this.participants = participants;
        this.casework = casework;
        this.userAccounts = userAccounts;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** The programme has no provider yet, so nobody could take the referral. */
    public static class NoProviderException extends RuntimeException {
        public NoProviderException() {
            super("This programme has no provider to take referrals yet");
        }
    }

    /** Accepting would take the keyworker over the programme's caseload limit without a team leader's reason. */
    public static class OverCaseloadLimitException extends RuntimeException {
        public OverCaseloadLimitException() {
            super("Over the caseload limit");
        }
    }

    /**
     * Takes in a referral. It goes to the referring provider if that provider delivers the programme,
     * else to the programme's first provider.
     */
    @Transactional
    public Referral receive(NewReferral referral) {
        return receive(referral, clock.instant());
    }

    /** Takes in a referral that was received earlier, for imports and the demo. */
    @Transactional
    public Referral receive(NewReferral referral, Instant receivedAt) {
        Programme programme = programmes.find(referral.programmeCode()).orElseThrow(NotFoundException::new);
        if (programme.providerIds().isEmpty()) {
            throw new NoProviderException();
        }
        UUID provider = programme.providerIds().contains(referral.referredByOrganisationId())
                ? referral.referredByOrganisationId()
                : programme.providerIds().getFirst();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into referral (id, reference, programme_id, provider_id, referred_by_organisation_id,
                    referred_by_user_id, source, referrer_name, reason, given_name, family_name, date_of_birth,
                    postcode, phone, email, consent_to_contact, status, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)""")
                .params(
                        id,
                        newReference(),
                        programme.id(),
                        provider,
                        referral.referredByOrganisationId(),
                        referral.referredByUserId(),
                        referral.source(),
                        blankToNull(referral.referrerName()),
                        blankToNull(referral.reason()),
                        referral.givenName().strip(),
                        referral.familyName().strip(),
                        referral.dateOfBirth(),
                        referral.postcode(),
                        blankToNull(referral.phone()),
                        blankToNull(referral.email()),
                        referral.consentToContact(),
                        receivedAt.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(
                new RecordAccessed(currentActor.asAuditActor(), RecordAccessed.Action.CREATE, SUBJECT_TYPE, id, null));
        return find(id).orElseThrow();
    }

    /** A referral as the organisation that sent it, or the provider that received it, may see it. */
    @Transactional
    public Optional<Referral> view(UUID id, UUID organisationId) {
        Optional<Referral> referral = find(id).filter(r ->
                organisationId.equals(r.providerId()) || organisationId.equals(r.referredByOrganisationId()));
        referral.ifPresent(r -> events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(), RecordAccessed.Action.VIEW, SUBJECT_TYPE, r.id(), null)));
        return referral;
    }

    /** Referrals waiting for triage at a provider, oldest first. */
    @Transactional(readOnly = true)
    public List<Referral> queue(UUID providerId) {
        return jdbc.sql(select() + " where r.provider_id = ? and r.status = 'RECEIVED' order by r.received_at, r.id")
                .param(providerId)
                .query(this::referral)
                .list();
    }

    /** Recently decided referrals at a provider, newest first. */
    @Transactional(readOnly = true)
    public List<Referral> recentlyDecided(UUID providerId, int limit) {
        return jdbc.sql(select()
                        + " where r.provider_id = ? and r.status <> 'RECEIVED' order by r.decided_at desc limit ?")
                .params(providerId, limit)
                .query(this::referral)
                .list();
    }

    /**
     * Accepts the referral: a new participant, allocated to the keyworker. Going over the programme's
     * caseload limit needs a team leader and a reason.
     */
    @Transactional
    public UUID accept(UUID id, long version, UUID keyworkerId, String overLimitReason) {
        SignedInUser actor = currentActor.user().orElseThrow();
        Referral referral = ownReceived(id, actor);
        UserAccount keyworker = userAccounts
                .find(keyworkerId)
                .filter(k -> k.active()
                        && k.organisationId().equals(actor.organisationId())
                        && k.roles().contains(Role.KEYWORKER))
                .orElseThrow(() -> new IllegalArgumentException("Choose a keyworker in your organisation"));
        Programme programme = programmes.find(referral.programmeId()).orElseThrow();
        if (caseload(keyworker.id(), actor.organisationId())
                        >= programme.settings().caseloadLimit()
                && (!actor.hasRole(Role.TEAM_LEADER) || overLimitReason == null || overLimitReason.isBlank())) {
            throw new OverCaseloadLimitException();
        }
        UUID participant = participants.register(new NewParticipant(
                actor.organisationId(),
                programme.id(),
                referral.source(),
                null,
                referral.reference(),
                referral.givenName(),
                referral.familyName(),
                referral.dateOfBirth(),
                null,
                null,
                referral.postcode(),
                referral.phone(),
                referral.email(),
                null,
                null,
                List.of(),
                keyworker.id(),
                referral.receivedAt().atZone(UK).toLocalDate(),
                null));
        decide(
                referral,
                version,
                ReferralStatus.ACCEPTED,
                actor,
                participant,
                null,
                null,
                blankToNull(overLimitReason));
        casework.record(
                participant,
                "Referred",
                "Referred by " + referral.sourceLabel() + " on "
                        + referral.receivedAt().atZone(UK).toLocalDate() + " (" + referral.reference() + ")");
        casework.record(participant, "Referral accepted", "Allocated to " + keyworker.displayName());
        return participant;
    }

    /** Accepts the referral as someone the provider already supports, without creating a duplicate. */
    @Transactional
    public void acceptAsExisting(UUID id, long version, UUID participantId) {
        SignedInUser actor = currentActor.user().orElseThrow();
        Referral referral = ownReceived(id, actor);
        if (!participants.belongsTo(participantId, actor.organisationId())) {
            throw new NotFoundException();
        }
        decide(referral, version, ReferralStatus.ACCEPTED, actor, participantId, null, null, null);
        casework.record(
                participantId,
                "Referred again",
                "Referred by " + referral.sourceLabel() + " (" + referral.reference() + "), linked to this record");
    }

    @Transactional
    public void decline(UUID id, long version, String reason, String handoverTo) {
        SignedInUser actor = currentActor.user().orElseThrow();
        Referral referral = ownReceived(id, actor);
        decide(referral, version, ReferralStatus.DECLINED, actor, null, reason.strip(), blankToNull(handoverTo), null);
    }

    /** People on a keyworker's caseload who have not left: the number the programme's limit applies to. */
    @Transactional(readOnly = true)
    public long caseload(UUID keyworkerId, UUID organisationId) {
        return participants.caseloads(organisationId).stream()
                .filter(c -> keyworkerId.equals(c.keyworkerId()))
                .mapToLong(c -> c.active() + c.referred())
                .sum();
    }

    private void decide(
            Referral referral,
            long version,
            ReferralStatus outcome,
            SignedInUser actor,
            UUID participantId,
            String declineReason,
            String handoverTo,
            String overLimitReason) {
        ReferralStatus next = referral.status().decide(outcome);
        int updated = jdbc.sql("""
                update referral set status = ?, participant_id = ?, decline_reason = ?, handover_to = ?,
                    over_caseload_reason = ?, decided_at = ?, decided_by = ?, version = version + 1
                 where id = ? and version = ? and status = 'RECEIVED'""")
                .params(
                        next.name(),
                        participantId,
                        declineReason,
                        handoverTo,
                        overLimitReason,
                        now(),
                        actor.id(),
                        referral.id(),
                        version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("referral changed since it was read");
        }
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(), RecordAccessed.Action.CHANGE, SUBJECT_TYPE, referral.id(), null));
    }

    private Referral ownReceived(UUID id, SignedInUser actor) {
        Referral referral = find(id).filter(r -> r.providerId().equals(actor.organisationId()))
                .orElseThrow(NotFoundException::new);
        if (referral.status() != ReferralStatus.RECEIVED) {
            throw new OptimisticLockingFailureException("referral already decided");
        }
        return referral;
    }

    private Optional<Referral> find(UUID id) {
        return jdbc.sql(select() + " where r.id = ?")
                .param(id)
                .query(this::referral)
                .optional();
    }

    private String select() {
        return """
                select r.*, s.label as source_label
                  from referral r
                  join ref_referral_source s on s.code = r.source
                """;
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        Programme programme =
                programmes.find(rs.getObject("programme_id", UUID.class)).orElseThrow();
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                programme.id(),
                programme.code(),
                programme.name(),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("referred_by_organisation_id", UUID.class),
                rs.getString("source"),
                rs.getString("source_label"),
                rs.getString("referrer_name"),
                rs.getString("reason"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                rs.getString("phone"),
                rs.getString("email"),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getString("decline_reason"),
                rs.getString("handover_to"),
                rs.getObject("participant_id", UUID.class),
                rs.getLong("version"));
    }

    /**
     * A reference that is easy to read out on the phone: no 0/O or 1/I. Public so that a form can
     * answer a submission it quietly discards with a reference that looks like any other.
     */
    public static String newReference() {
        StringBuilder reference = new StringBuilder("GW-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
