package org.goodwork.security;

import java.util.Arrays;
import java.util.Optional;

/** The API client scopes of data-exchange.md. */
public enum ApiScope {
    ADMIN("admin"),
    PROGRAMMES_WRITE("programmes:write"),
    REFERRALS_WRITE("referrals:write"),
    PARTICIPANTS_READ("participants:read"),
    VACANCIES_WRITE("vacancies:write"),
    MATCHES_READ("matches:read"),
    IMPORTS_WRITE("imports:write"),
    REPORTS_READ("reports:read");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
