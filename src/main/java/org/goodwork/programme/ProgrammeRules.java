package org.goodwork.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.springframework.stereotype.Component;

/**
 * The checks a programme definition must pass beyond single-field validation: known codes, real
 * providers, a sensible age range. The API and the pages both use it, so they refuse the same things.
 */
@Component
public class ProgrammeRules {

    public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,19}$");
    private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");

    private final ReferenceData referenceData;
    private final Directory directory;

    ProgrammeRules(ReferenceData referenceData, Directory directory) {
        this.referenceData = referenceData;
        this.directory = directory;
    }

    /** Problems by field name; empty when the definition can be saved. */
    public Map<String, String> problems(Programme.Settings settings, List<UUID> providerIds) {
        Map<String, String> problems = new LinkedHashMap<>();
        Eligibility e = settings.eligibility();
        if (e.minAge() != null && e.maxAge() != null && e.minAge() > e.maxAge()) {
            problems.put("eligibility.maxAge", "must not be lower than the minimum age");
        }
        e.postcodeDistricts().stream()
                .filter(d -> !DISTRICT.matcher(d).matches())
                .findFirst()
                .ifPresent(d ->
                        problems.put("eligibility.postcodeDistricts", "is not a postcode district, like QQ1: " + d));
        unknown(e.economicStatuses(), CodeList.ECONOMIC_STATUS)
                .ifPresent(c -> problems.put("eligibility.economicStatuses", "is not an economic status code: " + c));
        unknown(e.requiredNeeds(), CodeList.SUPPORT_NEED)
                .ifPresent(c -> problems.put("eligibility.requiredNeeds", "is not a support need code: " + c));
        for (UUID provider : providerIds) {
            boolean isProvider = directory
                    .organisation(provider)
                    .map(o -> o.type() == OrganisationType.PROVIDER)
                    .orElse(false);
            if (!isProvider) {
                problems.put("providers", "is not a provider organisation: " + provider);
                break;
            }
        }
        return problems;
    }

    private Optional<String> unknown(Set<String> codes, CodeList list) {
        Set<String> known = referenceData.labels(list).keySet();
        return codes.stream().filter(c -> !known.contains(c)).findFirst();
    }
}
