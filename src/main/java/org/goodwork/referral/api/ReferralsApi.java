package org.goodwork.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.referral.NewReferral;
import org.goodwork.referral.Referral;
import org.goodwork.referral.Referrals;
import org.goodwork.security.ApiClientPrincipal;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralsApi {

    private final Referrals referrals;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    ReferralsApi(Referrals referrals, ReferenceData referenceData, CurrentActor currentActor) {
        this.referrals = referrals;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    record ReferralRequest(
            @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be 100 characters or fewer")
            String givenName,

            @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be 100 characters or fewer")
            String familyName,

            @NotNull(message = "is required, as YYYY-MM-DD") @Past(message = "must be in the past")
            LocalDate dateOfBirth,

            String postcode,

            @NotBlank(message = "is required: a referral-sources code")
            String source,

            @Size(max = 2000, message = "must be 2000 characters or fewer")
            String reason,

            @NotNull(message = "is required: the person must agree to be contacted")
            @AssertTrue(message = "must be true: the person must agree to be contacted")
            Boolean consentToContact,

            @Size(max = 40, message = "must be 40 characters or fewer")
            String phone,

            @Email(message = "must be an email address") @Size(max = 320, message = "must be 320 characters or fewer")
            String email) {}

    record ReferralDocument(
            UUID id, String reference, String programme, String status, Instant receivedAt, UUID participantId) {

        static ReferralDocument of(Referral referral) {
            return new ReferralDocument(
                    referral.id(),
                    referral.reference(),
                    referral.programmeCode(),
                    referral.status().name(),
                    referral.receivedAt(),
                    referral.participantId());
        }
    }

    @PostMapping("/api/v1/programmes/{code}/referrals")
    ResponseEntity<Map<String, Object>> create(@PathVariable String code, @Valid @RequestBody ReferralRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!referenceData.labels(CodeList.REFERRAL_SOURCE).containsKey(request.source())) {
            problems.put("source", "is not a referral-sources code");
        }
        String postcode = null;
        if (request.postcode() != null && !request.postcode().isBlank()) {
            postcode = Postcode.normalise(request.postcode()).orElse(null);
            if (postcode == null) {
                problems.put("postcode", "is not a UK postcode");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        Referral referral = referrals.receive(new NewReferral(
                code,
                request.source(),
                null,
                request.reason(),
                request.givenName(),
                request.familyName(),
                request.dateOfBirth(),
                postcode,
                request.phone(),
                request.email(),
                true,
                client.organisationId(),
                null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", referral.id());
        body.put("status", referral.status().name());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .body(body);
    }

    /** The referring organisation or the receiving provider may follow a referral; anyone else gets 404. */
    @GetMapping("/api/v1/referrals/{id}")
    ReferralDocument get(@PathVariable UUID id) {
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        return referrals
                .view(id, client.organisationId())
                .map(ReferralDocument::of)
                .orElseThrow(NotFoundException::new);
    }

    @ExceptionHandler(Referrals.NoProviderException.class)
    ProblemDetail noProvider(Referrals.NoProviderException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Programme not taking referrals");
        return problem;
    }
}
