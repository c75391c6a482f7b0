package org.goodwork.programme.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.programme.Programme;
import org.goodwork.programme.ProgrammeRules;
import org.goodwork.programme.Programmes;
import org.goodwork.security.ApiClientPrincipal;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ProgrammesApi {

    private final Programmes programmes;
    private final ProgrammeRules rules;
    private final Directory directory;
    private final CurrentActor currentActor;

    ProgrammesApi(Programmes programmes, ProgrammeRules rules, Directory directory, CurrentActor currentActor) {
        this.programmes = programmes;
        this.rules = rules;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    /** Creates or updates the programme: 201 the first time, 200 after, with the stored document. */
    @PutMapping("/api/v1/programmes/{code}")
    ResponseEntity<ProgrammeDocument> put(@PathVariable String code, @Valid @RequestBody ProgrammeDocument document) {
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        boolean commissioner = directory
                .organisation(client.organisationId())
                .map(o -> o.type() == OrganisationType.COMMISSIONER)
                .orElse(false);
        if (!commissioner) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only a commissioner's client can define programmes");
        }
        if (!ProgrammeRules.CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code", "must be 2 to 20 capital letters, digits, dashes or underscores");
        }
        if (document.code() != null && !document.code().equals(code)) {
            throw new InvalidRequestException("code", "must match the code in the path");
        }
        Programme.Settings settings = document.toSettings();
        List<UUID> providers = document.providers() == null ? List.of() : document.providers();
        Map<String, String> problems = rules.problems(settings, providers);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Programmes.Saved saved = programmes.save(code, client.organisationId(), settings, providers, null);
        ProgrammeDocument body = ProgrammeDocument.of(saved.programme());
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/programmes/" + code))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/api/v1/programmes/{code}")
    ProgrammeDocument get(@PathVariable String code) {
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        return programmes
                .find(code)
                .filter(p -> programmes.isVisibleTo(p, client.organisationId()))
                .map(ProgrammeDocument::of)
                .orElseThrow(NotFoundException::new);
    }

    @ExceptionHandler(Programmes.CodeTakenException.class)
    ProblemDetail codeTaken() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This programme code is already in use");
        problem.setTitle("Conflict");
        return problem;
    }
}
