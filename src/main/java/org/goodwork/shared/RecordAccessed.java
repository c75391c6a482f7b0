package org.goodwork.shared;

import java.util.UUID;

/**
 * Published by the code path that serves or changes a personal record, in the same transaction, so
 * the access log cannot miss it. {@code reason} is required for break-glass access, else optional.
 */
public record RecordAccessed(Actor actor, Action action, String subjectType, UUID subjectId, String reason) {

    public enum Action {
        VIEW,
        CHANGE,
        CREATE,
        EXPORT,
        PRINT
    }

    /** Who acted, without any personal data about the subject. */
    public record Actor(Type type, UUID id, String name, UUID organisationId) {
        public enum Type {
            USER,
            API_CLIENT,
            SYSTEM
        }
    }
}
