package org.goodwork.security;

import java.util.UUID;

/** A new API client and its token. The token is shown once and only its hash is kept. */
public record IssuedToken(UUID clientId, String token) {}
