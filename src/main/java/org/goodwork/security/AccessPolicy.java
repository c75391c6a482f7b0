package org.goodwork.security;

import static org.goodwork.security.Role.ADMINISTRATOR;
import static org.goodwork.security.Role.COMMISSIONER;
import static org.goodwork.security.Role.EMPLOYER_ENGAGEMENT_OFFICER;
import static org.goodwork.security.Role.KEYWORKER;
import static org.goodwork.security.Role.PARTNER_WORKER;
import static org.goodwork.security.Role.TEAM_LEADER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The one declaration of who may reach what. Anything not listed is denied. Record-level scope
 * (which participants) is applied on top of this by {@link CurrentActor#participantScope()}.
 */
public final class AccessPolicy {

    /** A page route: open to everyone, to anyone signed in, or to the listed roles. */
    public record PageRule(String pattern, Access access, Set<Role> roles) {}

    /** An API route: needs a bearer token with one of the scopes. */
    public record ApiRule(HttpMethod method, String pattern, Set<ApiScope> scopes) {}

    public enum Access {
        PUBLIC,
        SIGNED_IN,
        ROLES
    }

    public static final List<PageRule> PAGES = List.of(
            open("/sign-in"),
            open("/assets/**"),
            open("/favicon.ico"),
            open("/accessibility"),
            open("/privacy"),
            open("/how-we-use-your-data"),
            open("/data-sources"),
            open("/refer-yourself"),
            open("/refer-yourself/**"),
            open("/error"),
            open("/actuator/health/**"),
            open("/actuator/health"),
            signedIn("/"),
            signedIn("/account/**"),
            signedIn("/sign-out"),
            roles("/admin/**", ADMINISTRATOR),
            // More specific rules first: the first rule that matches a path decides.
            roles("/participants/*/keyworker", TEAM_LEADER),
            roles("/participants/*/access", TEAM_LEADER),
            roles("/participants/*/everything", TEAM_LEADER),
            roles("/participants/*/everything.json", TEAM_LEADER),
            roles("/participants/**", KEYWORKER, TEAM_LEADER),
            roles("/participants", KEYWORKER, TEAM_LEADER),
            roles("/partner-referrals/**", PARTNER_WORKER),
            roles("/partner-referrals", PARTNER_WORKER),
            roles("/diary", KEYWORKER, TEAM_LEADER),
            roles("/services", KEYWORKER, TEAM_LEADER, ADMINISTRATOR),
            roles("/matching/runs", TEAM_LEADER, ADMINISTRATOR),
            roles("/claims/**", TEAM_LEADER),
            roles("/claims", TEAM_LEADER),
            roles("/budget-approvals/**", TEAM_LEADER),
            roles("/budget-approvals", TEAM_LEADER),
            roles("/referrals/**", KEYWORKER, TEAM_LEADER),
            roles("/referrals", KEYWORKER, TEAM_LEADER),
            roles("/programmes/**", COMMISSIONER),
            roles("/programmes", COMMISSIONER),
            // Keyworkers look employers and open vacancies up; officers and team leaders change them.
            roles("/employers/new", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/employers/*/edit", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/employers/*/*/new", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/employers/**", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER, KEYWORKER),
            roles("/employers", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER, KEYWORKER),
            roles("/vacancies/new", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/vacancies/*/edit", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/vacancies/*/status", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/vacancies/*/job-quality", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER),
            roles("/vacancies/**", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER, KEYWORKER),
            roles("/vacancies", EMPLOYER_ENGAGEMENT_OFFICER, TEAM_LEADER, KEYWORKER));

    public static final List<ApiRule> API = List.of(
            api(HttpMethod.POST, "/api/v1/organisations", ApiScope.ADMIN),
            api(HttpMethod.POST, "/api/v1/organisations/*/api-clients", ApiScope.ADMIN),
            api(HttpMethod.PUT, "/api/v1/programmes/*", ApiScope.PROGRAMMES_WRITE),
            api(HttpMethod.GET, "/api/v1/programmes/*", ApiScope.PROGRAMMES_WRITE, ApiScope.REPORTS_READ),
            api(HttpMethod.POST, "/api/v1/programmes/*/referrals", ApiScope.REFERRALS_WRITE),
            api(HttpMethod.GET, "/api/v1/referrals/*", ApiScope.REFERRALS_WRITE, ApiScope.PARTICIPANTS_READ),
            api(HttpMethod.GET, "/api/v1/participants/*/matches", ApiScope.MATCHES_READ),
            api(HttpMethod.GET, "/api/v1/participants/*", ApiScope.PARTICIPANTS_READ),
            api(HttpMethod.POST, "/api/v1/vacancies", ApiScope.VACANCIES_WRITE),
            api(HttpMethod.GET, "/api/v1/vacancies/*", ApiScope.VACANCIES_WRITE));

    /** The API description is part of the public contract, so it is readable without a token. */
    public static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

    private AccessPolicy() {}

    private static ApiRule api(HttpMethod method, String pattern, ApiScope first, ApiScope... rest) {
        return new ApiRule(method, pattern, EnumSet.of(first, rest));
    }

    private static PageRule open(String pattern) {
        return new PageRule(pattern, Access.PUBLIC, Set.of());
    }

    private static PageRule signedIn(String pattern) {
        return new PageRule(pattern, Access.SIGNED_IN, Set.of());
    }

    private static PageRule roles(String pattern, Role first, Role... rest) {
        return new PageRule(pattern, Access.ROLES, EnumSet.of(first, rest));
    }
}
