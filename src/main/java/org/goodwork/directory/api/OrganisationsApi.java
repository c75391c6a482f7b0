package org.goodwork.directory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.DuplicateNameException;
import org.goodwork.directory.OrganisationType;
import org.goodwork.shared.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationsApi {

    private final Directory directory;

    OrganisationsApi(Directory directory) {
        this.directory = directory;
    }

    record CreateOrganisation(
            @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be 200 characters or fewer")
            String name,

            @NotNull(message = "must be COMMISSIONER, PROVIDER or PARTNER")
            OrganisationType type) {}

    @PostMapping("/api/v1/organisations")
    ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody CreateOrganisation request) {
        try {
            UUID id = directory.createOrganisation(request.name(), request.type());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
        } catch (DuplicateNameException e) {
            throw new InvalidRequestException("name", "an organisation with this name already exists");
        }
    }
}
