package org.goodwork.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record ApiClient(
        UUID id, UUID organisationId, String name, Set<ApiScope> scopes, boolean active, Instant lastUsedAt) {}
