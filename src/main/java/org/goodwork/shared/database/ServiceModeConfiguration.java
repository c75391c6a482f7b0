package org.goodwork.shared.database;

import org.goodwork.shared.ServiceMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceModeConfiguration {

    @Bean
    ServiceMode serviceMode(DatabaseSettings settings, ObjectProvider<EmbeddedPostgresServer> embedded) {
        boolean isEmbedded = embedded.getIfAvailable() != null;
        boolean demo = settings.demoData() != null ? settings.demoData() : isEmbedded;
        return new ServiceMode(isEmbedded, demo);
    }
}
