package org.goodwork.security.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.security.ApiClients;
import org.goodwork.security.ApiScope;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.IssuedToken;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiClientsApi {

    private final ApiClients clients;
    private final Directory directory;
    private final CurrentActor currentActor;

    ApiClientsApi(ApiClients clients, Directory directory, CurrentActor currentActor) {
        this.clients = clients;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    record CreateApiClient(
            @NotBlank(message = "must not be blank") @Size(max = 200)
            String name,

            @NotEmpty(message = "must name at least one scope")
            List<String> scopes) {}

    @PostMapping("/api/v1/organisations/{id}/api-clients")
    ResponseEntity<Map<String, Object>> create(@PathVariable UUID id, @Valid @RequestBody CreateApiClient request) {
        directory.organisation(id).orElseThrow(NotFoundException::new);
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String value : request.scopes()) {
            scopes.add(ApiScope.fromValue(value)
                    .orElseThrow(() -> new InvalidRequestException("scopes", "unknown scope: " + value)));
        }
        String createdBy = currentActor.apiClient().orElseThrow().name();
        IssuedToken issued = clients.create(id, request.name(), scopes, createdBy);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", issued.clientId(), "token", issued.token()));
    }
}
