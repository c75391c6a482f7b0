package org.goodwork.security;

import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code GOODWORK_BOOTSTRAP_API_TOKEN} set, an API client with every scope exists for the first
 * organisation, so a new installation can be provisioned through the API. Runs after the demo data.
 */
@Component
@Order(100)
class BootstrapApiClient implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiClient.class);

    private final ApiClients clients;
    private final Directory directory;
    private final String token;

    BootstrapApiClient(
            ApiClients clients, Directory directory, @Value("${goodwork.bootstrap-api-token:}") String token) {
        this.clients = clients;
        this.directory = directory;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (token == null || token.isBlank()) {
            return;
        }
        var organisation = directory
                .firstOrganisation()
                .map(o -> o.id())
                .orElseGet(() -> directory.createOrganisation("Service administration", OrganisationType.COMMISSIONER));
        clients.ensureBootstrapClient(organisation, token.strip());
        log.warn("GOODWORK_BOOTSTRAP_API_TOKEN is set: an API client with every scope is active. "
                + "Create named clients and unset it for production use.");
    }
}
