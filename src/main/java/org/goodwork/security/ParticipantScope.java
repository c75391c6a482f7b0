package org.goodwork.security;

import java.util.UUID;

/**
 * The participants a user or API client may see: none, one organisation's, or one keyworker's
 * caseload within it. Every participant query takes one of these.
 */
public record ParticipantScope(UUID organisationId, UUID keyworkerId) {

    private static final ParticipantScope NONE = new ParticipantScope(null, null);

    public static ParticipantScope none() {
        return NONE;
    }

    public static ParticipantScope organisation(UUID organisationId) {
        return new ParticipantScope(organisationId, null);
    }

    public static ParticipantScope caseload(UUID organisationId, UUID keyworkerId) {
        return new ParticipantScope(organisationId, keyworkerId);
    }

    public boolean isNone() {
        return organisationId == null;
    }
}
