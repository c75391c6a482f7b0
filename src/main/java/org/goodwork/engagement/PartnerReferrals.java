package org.goodwork.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.directory.OrganisationType;
import org.goodwork.participant.Casework;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from a keyworker to a partner service. Each needs the participant's active consent; the
 * partner sees only what was shared, and nothing personal once consent is withdrawn.
 */
@Service
public class PartnerReferrals {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Casework casework;
    private final Participants participants;
    private final Directory directory;
    private final CurrentActor currentActor;

    PartnerReferrals(
            JdbcClient jdbc,
            Clock clock,
            Casework casework,
            Participants participants,
            Directory directory,
            CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
        this.participants = participants;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    public enum Status {
        SENT("Sent"),
        ACCEPTED("Accepted"),
        DECLINED("Declined"),
        COMPLETED("Completed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record PartnerReferral(
            UUID id,
            UUID participantId,
            UUID partnerId,
            String partnerName,
            UUID consentId,
            String whatIsShared,
            Status status,
            String outcome,
            Instant sentAt,
            long version) {}

    /** What the partner sees: the referral and, while consent stands, how to contact the person. */
    public record Shared(PartnerReferral referral, boolean consentActive, Participants.SharedDetails person) {}

    /** The consent does not belong to this person, has been withdrawn, or the organisation is not a partner. */
    public static class NotAllowedException extends RuntimeException {
        public NotAllowedException(String message) {
            super(message);
        }
    }

    @Transactional
    public void send(ParticipantScope scope, UUID participantId, UUID partnerId, UUID consentId, String whatIsShared) {
        casework.requireInScope(scope, participantId);
        boolean partner = directory
                .organisation(partnerId)
                .map(o -> o.type() == OrganisationType.PARTNER && o.active())
                .orElse(false);
        if (!partner) {
            throw new NotAllowedException("partner");
        }
        if (!casework.consentActive(participantId, consentId)) {
            throw new NotAllowedException("consent");
        }
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into partner_referral (id, participant_id, partner_organisation_id, consent_id, what_is_shared, status,
                    sent_at, sent_by, updated_at)
                values (?, ?, ?, ?, ?, 'SENT', ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        participantId,
                        partnerId,
                        consentId,
                        whatIsShared.strip(),
                        now,
                        currentActor.user().map(u -> u.id()).orElse(null),
                        now)
                .update();
        String name = directory.organisation(partnerId).orElseThrow().name();
        casework.record(participantId, "Referred to a partner", "Referred to " + name + " with their consent");
    }

    @Transactional(readOnly = true)
    public List<PartnerReferral> forParticipant(ParticipantScope scope, UUID participantId) {
        casework.requireInScope(scope, participantId);
        return jdbc.sql(SELECT + " where r.participant_id = ? order by r.sent_at desc")
                .param(participantId)
                .query(this::referral)
                .list();
    }

    /** The partner's inbox: open referrals first, then recent ones. */
    @Transactional(readOnly = true)
    public List<PartnerReferral> inbox(UUID partnerId) {
        return jdbc.sql(SELECT + """
                         where r.partner_organisation_id = ?
                         order by case r.status when 'SENT' then 0 when 'ACCEPTED' then 1 else 2 end, r.sent_at desc limit 200""").param(partnerId).query(this::referral).list();
    }

    @Transactional
    public Optional<Shared> view(UUID partnerId, UUID referralId) {
        return find(partnerId, referralId).map(r -> {
            boolean active = casework.consentActive(r.participantId(), r.consentId());
            return new Shared(r, active, active ? participants.sharedWithConsent(r.participantId()) : null);
        });
    }

    @Transactional
    public void decide(UUID partnerId, UUID referralId, long version, Status outcome, String notes) {
        PartnerReferral referral = find(partnerId, referralId).orElseThrow(NotFoundException::new);
        boolean allowed = switch (outcome) {
            case ACCEPTED, DECLINED -> referral.status() == Status.SENT;
            case COMPLETED -> referral.status() == Status.ACCEPTED;
            case SENT -> false;
        };
        if (!allowed) {
            throw new OptimisticLockingFailureException("partner referral is " + referral.status());
        }
        int updated = jdbc.sql("""
                update partner_referral set status = ?, outcome = coalesce(?, outcome), updated_at = ?, version = version + 1
                 where id = ? and partner_organisation_id = ? and version = ?""")
                .params(
                        outcome.name(),
                        notes == null || notes.isBlank() ? null : notes.strip(),
                        now(),
                        referralId,
                        partnerId,
                        version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("partner referral changed since it was read");
        }
        casework.record(
                referral.participantId(),
                "Partner referral " + outcome.label().toLowerCase(),
                referral.partnerName() + " " + outcome.label().toLowerCase() + " the referral");
    }

    private Optional<PartnerReferral> find(UUID partnerId, UUID referralId) {
        return jdbc.sql(SELECT + " where r.id = ? and r.partner_organisation_id = ?")
                .params(referralId, partnerId)
                .query(this::referral)
                .optional();
    }

    private static final String SELECT = """
            select r.* from partner_referral r
            """;

    private PartnerReferral referral(ResultSet rs, int row) throws SQLException {
        return new PartnerReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("partner_organisation_id", UUID.class),
                directory
                        .organisation(rs.getObject("partner_organisation_id", UUID.class))
                        .map(Organisation::name)
                        .orElse("Unknown partner"),
                rs.getObject("consent_id", UUID.class),
                rs.getString("what_is_shared"),
                Status.valueOf(rs.getString("status")),
                rs.getString("outcome"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
