package org.goodwork.directory;

import java.util.UUID;

public record Organisation(UUID id, String name, OrganisationType type, boolean active, long version) {}
