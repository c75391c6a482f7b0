package org.goodwork.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A member of staff's account, as administrators see it. */
public record UserAccount(
        UUID id,
        UUID organisationId,
        UUID teamId,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean active,
        boolean locked,
        Instant lastSignInAt,
        long version) {}
