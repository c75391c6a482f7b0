package org.goodwork.security;

import java.util.Set;
import java.util.UUID;

public record NewUser(
        UUID organisationId,
        UUID teamId,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String initialPassword,
        boolean mustChangePassword) {}
