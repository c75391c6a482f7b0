package org.goodwork.security;

import java.util.UUID;

/**
 * The participants a user or API client may see: none, one organisation's, or one keyworker's
 * caseload within it. A keyworker in a team also sees their team's caseloads on programmes that
 * allow it ({@code teamId}). Every participant query takes one of these.
 */
public record ParticipantScope(UUID organisationId, UUID keyworkerId, UUID teamId) {

    private static final ParticipantScope NONE = new ParticipantScope(null, null, null);

    public static ParticipantScope none() {
        return NONE;
    }

    public static ParticipantScope organisation(UUID organisationId) {
        return new ParticipantScope(organisationId, null, null);
    }

    public static ParticipantScope caseload(UUID organisationId, UUID keyworkerId) {
        return new ParticipantScope(organisationId, keyworkerId, null);
    }

    /** A keyworker's own caseload, and their team's on programmes that share caseloads within teams. */
    public static ParticipantScope caseloadAndTeam(UUID organisationId, UUID keyworkerId, UUID teamId) {
        return new ParticipantScope(organisationId, keyworkerId, teamId);
    }

    public boolean isNone() {
        return organisationId == null;
    }
}
