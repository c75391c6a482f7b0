package org.goodwork.security;

import java.util.Set;
import java.util.UUID;

/** A machine client authenticated by a bearer token. */
public record ApiClientPrincipal(UUID id, String name, UUID organisationId, Set<ApiScope> scopes) {

    public boolean hasScope(ApiScope scope) {
        return scopes.contains(scope);
    }
}
