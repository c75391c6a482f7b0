package org.goodwork.directory;

import java.util.UUID;

public record Team(UUID id, UUID organisationId, String name) {}
