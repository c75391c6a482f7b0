package org.goodwork.vacancy.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.employer.Employers;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.ApiClientPrincipal;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.web.InvalidRequestException;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.PayPeriod;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.VacancyDetails;
import org.goodwork.vacancy.VacancyStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/vacancies} as data-exchange.md specifies, and the vacancy it created at the
 * {@code Location} it answers with. The employer is found by name in the client's organisation, or
 * recorded with only its name for an officer to complete.
 */
@RestController
class VacanciesApi {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(80);
    private static final BigDecimal MOST_HOURLY_PAY = BigDecimal.valueOf(500);

    private final Vacancies vacancies;
    private final Employers employers;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;

    VacanciesApi(
            Vacancies vacancies,
            Employers employers,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Dates and codes arrive as text, so that every bad one is named in a single answer. */
    record VacancyRequest(
            String employerName,
            String title,
            String socCode,
            String postcode,
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            BigDecimal hourlyPay,
            String contractType,
            String closingDate,
            Map<String, String> jobQuality) {}

    record VacancyDocument(
            UUID id,
            String employerName,
            String title,
            String socCode,
            String postcode,
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            BigDecimal hourlyPay,
            String contractType,
            LocalDate closingDate,
            String status,
            Map<String, String> jobQuality,
            int jobQualityScore,
            String jobQualityBand,
            List<String> warnings) {

        static VacancyDocument of(Vacancy v) {
            Map<String, String> ratings = new LinkedHashMap<>();
            v.jobQuality()
                    .assessments()
                    .forEach((dimension, a) -> ratings.put(dimension, a.rating().name()));
            return new VacancyDocument(
                    v.id(),
                    v.employerName(),
                    v.title(),
                    v.socCode(),
                    v.postcode(),
                    v.minWeeklyHours(),
                    v.maxWeeklyHours(),
                    v.hourlyPay(),
                    v.contractType().name(),
                    v.closingDate(),
                    v.status().name(),
                    ratings,
                    v.jobQuality().score(),
                    v.jobQuality().band().name(),
                    v.warnings().stream().map(w -> w.kind().name()).toList());
        }
    }

    /** An API vacancy is open at once: the client has already decided to advertise it. */
    @PostMapping("/api/v1/vacancies")
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody VacancyRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        String employerName = text(problems, "employerName", request.employerName());
        String title = text(problems, "title", request.title());
        String socCode = request.socCode() == null ? "" : request.socCode().strip();
        if (socCode.isEmpty()) {
            problems.put("socCode", "is required: a SOC 2020 unit group code, like 6135");
        } else if (referenceData.occupationTitles(List.of(socCode)).isEmpty()) {
            problems.put("socCode", "is not a SOC 2020 unit group code");
        }
        String postcode = null;
        if (request.postcode() != null && !request.postcode().isBlank()) {
            postcode = Postcode.normalise(request.postcode()).orElse(null);
            if (postcode == null) {
                problems.put("postcode", "is not a UK postcode");
            }
        }
        BigDecimal min = request.minWeeklyHours();
        if (min == null) {
            problems.put("minWeeklyHours", "is required: 0 if no hours are guaranteed");
        } else if (!hours(min)) {
            problems.put("minWeeklyHours", "must be from 0 to 80, to one decimal place");
        }
        BigDecimal max = request.maxWeeklyHours();
        if (max != null && !hours(max)) {
            problems.put("maxWeeklyHours", "must be from 0 to 80, to one decimal place");
        } else if (max != null && min != null && max.compareTo(min) < 0) {
            problems.put("maxWeeklyHours", "must not be less than minWeeklyHours");
        }
        BigDecimal pay = request.hourlyPay();
        if (pay != null
                && (pay.signum() <= 0
                        || pay.compareTo(MOST_HOURLY_PAY) > 0
                        || pay.stripTrailingZeros().scale() > 2)) {
            problems.put("hourlyPay", "must be pounds an hour, more than 0 and at most 500, like 13.45");
        }
        ContractType contract = null;
        if (request.contractType() == null || request.contractType().isBlank()) {
            problems.put("contractType", "is required: one of " + names(ContractType.values()));
        } else {
            contract = Arrays.stream(ContractType.values())
                    .filter(c -> c.name().equals(request.contractType().strip()))
                    .findFirst()
                    .orElse(null);
            if (contract == null) {
                problems.put("contractType", "must be one of " + names(ContractType.values()));
            }
        }
        LocalDate closing = null;
        if (request.closingDate() != null && !request.closingDate().isBlank()) {
            try {
                closing = LocalDate.parse(request.closingDate().strip());
                if (closing.isBefore(LocalDate.now(clock.withZone(UK)))) {
                    problems.put("closingDate", "must be today or later");
                }
            } catch (DateTimeParseException e) {
                problems.put("closingDate", "must be a date as YYYY-MM-DD");
            }
        }
        JobQuality quality = jobQuality(problems, request.jobQuality());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        UUID employerId = employers.findOrCreate(client.organisationId(), employerName, client.id());
        UUID id = vacancies.create(
                client.organisationId(),
                new VacancyDetails(
                        employerId,
                        title,
                        socCode,
                        postcode,
                        min,
                        max,
                        null,
                        Set.of(),
                        contract,
                        pay,
                        pay == null ? null : PayPeriod.HOUR,
                        closing,
                        null,
                        null,
                        false,
                        false,
                        false),
                VacancyStatus.OPEN,
                quality,
                null,
                client.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + id)).body(body);
    }

    @GetMapping("/api/v1/vacancies/{id}")
    VacancyDocument get(@PathVariable UUID id) {
        ApiClientPrincipal client = currentActor.apiClient().orElseThrow();
        return vacancies
                .find(client.organisationId(), id)
                .map(VacancyDocument::of)
                .orElseThrow(NotFoundException::new);
    }

    private JobQuality jobQuality(Map<String, String> problems, Map<String, String> ratings) {
        if (ratings == null) {
            return JobQuality.unassessed();
        }
        Set<String> dimensions = referenceData.jobQualityDimensions().stream()
                .map(ReferenceData.JobQualityDimension::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        ratings.forEach((dimension, value) -> {
            String field = "jobQuality." + dimension;
            if (!dimensions.contains(dimension)) {
                problems.put(field, "is not a job-quality dimension: use " + String.join(", ", dimensions));
                return;
            }
            JobQuality.Rating rating = Arrays.stream(JobQuality.Rating.values())
                    .filter(r -> r.name().equals(value))
                    .findFirst()
                    .orElse(null);
            if (rating == null) {
                problems.put(field, "must be one of " + names(JobQuality.Rating.values()));
            } else {
                assessments.put(dimension, new JobQuality.Assessment(rating, null));
            }
        });
        return new JobQuality(assessments);
    }

    private static String text(Map<String, String> problems, String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            problems.put(field, "is required");
        } else if (stripped.length() > 200) {
            problems.put(field, "must be 200 characters or fewer");
        }
        return stripped;
    }

    private static boolean hours(BigDecimal hours) {
        return hours.signum() >= 0
                && hours.compareTo(MOST_HOURS) <= 0
                && hours.stripTrailingZeros().scale() <= 1;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
