package org.goodwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.goodwork.support.Api;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application serves, for every role, and checks it against the expected
 * matrix below. A new route fails this test until someone decides who may use it.
 */
class AuthorisationMatrixTest extends IntegrationTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> NOBODY_SIGNED_IN_NEEDED = Set.of();

    /** Page routes and the roles allowed to use them. {@code null} means open to everyone. */
    private static final Map<String, Set<Role>> PAGES = Map.ofEntries(
            Map.entry("GET /sign-in", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /accessibility", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /privacy", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /how-we-use-your-data", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /data-sources", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/name", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/name", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/date-of-birth", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/date-of-birth", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/postcode", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/postcode", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/contact", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/contact", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/reason", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/reason", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/consent", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/consent", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/check-answers", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("POST /refer-yourself/{id}/check-answers", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /refer-yourself/{id}/confirmation", NOBODY_SIGNED_IN_NEEDED),
            Map.entry("GET /", EVERYONE),
            Map.entry("GET /account", EVERYONE),
            Map.entry("GET /account/password", EVERYONE),
            Map.entry("POST /account/password", EVERYONE),
            Map.entry("GET /participants", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/budget", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/budget", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /budget-approvals", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("POST /budget-approvals/{id}", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /programmes/{id}/budget", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/{id}/instrument", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/instrument", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/budget", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/caseloads", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/{id}/outcomes", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/outcomes", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/{id}/claims", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/claims/{id}", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /matching/runs", EnumSet.of(Role.TEAM_LEADER, Role.ADMINISTRATOR)),
            Map.entry("POST /matching/runs", EnumSet.of(Role.TEAM_LEADER, Role.ADMINISTRATOR)),
            Map.entry("GET /claims", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("POST /claims", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("POST /claims/{id}/submit", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/household", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/preferences", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/preferences", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/preferences/occupations", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /participants/{id}/preferences/occupations/remove",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/keyworker", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/keyworker", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/access", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/everything", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/everything.json", EnumSet.of(Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/appointments", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/appointments", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /participants/{id}/appointments/{id}/attendance",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /participants/{id}/appointments/{id}/calendar.ics",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /diary", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/progress", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/progress/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/progress/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/contacts", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/activities", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/moving-on", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/matches", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/work/{id}/job-quality", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/job-quality", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/matches/{id}/response", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/applications", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/applications", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/applications/{id}/stage", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /participants/{id}/applications/{id}/shortlist",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /vacancies/{id}/candidates",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER, Role.EMPLOYER_ENGAGEMENT_OFFICER)),
            Map.entry("GET /participants/{id}/work", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/work/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/work/{id}", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/terms", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/end", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/check-ins", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/progression", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/issues", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /participants/{id}/work/{id}/issues/{id}/resolve",
                    EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/work/{id}/evidence", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/moving-on", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/moving-on/{id}/done", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/activities", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/activities/{id}/complete", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/activities/{id}/complete", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/contacts", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/partner-referrals", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/partner-referrals", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /partner-referrals", EnumSet.of(Role.PARTNER_WORKER)),
            Map.entry("GET /partner-referrals/{id}", EnumSet.of(Role.PARTNER_WORKER)),
            Map.entry("POST /partner-referrals/{id}/{id}", EnumSet.of(Role.PARTNER_WORKER)),
            Map.entry("GET /participants/{id}/plan", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/plan/print", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/plan/goals/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/plan/goals/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/plan/actions/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/plan/actions/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/plan/actions/{id}", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/plan/actions/{id}", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/start", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/start", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/details", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/details", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/circumstances", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/circumstances", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/circumstances/summary", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/consents", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/consents", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/consents/{id}/withdraw", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/exit", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/exit", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /participants/{id}/reopen", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /participants/{id}/timeline", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /admin/organisations", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/organisations/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/organisations/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/organisations/{id}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/organisations/{id}/teams/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/organisations/{id}/teams/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/users", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/users/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/users/{id}", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/{id}/roles", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/{id}/deactivate", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/{id}/reactivate", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/{id}/unlock", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/users/{id}/password", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/api-clients", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/api-clients/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/api-clients/new", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/api-clients/created", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/api-clients/{id}/revoke", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/access-log", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/access-log.csv", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/services/import", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/services/import", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /admin/postcodes", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("POST /admin/postcodes", EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry("GET /services", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER, Role.ADMINISTRATOR)),
            Map.entry("GET /referrals", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /referrals/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /referrals/new", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /referrals/{id}", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /referrals/{id}/accept", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /referrals/{id}/link", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("POST /referrals/{id}/decline", EnumSet.of(Role.KEYWORKER, Role.TEAM_LEADER)),
            Map.entry("GET /programmes", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/new", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/new", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/{id}", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /programmes/{id}/edit", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("POST /programmes/{id}/edit", EnumSet.of(Role.COMMISSIONER)),
            Map.entry("GET /employers", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER, Role.KEYWORKER)),
            Map.entry("GET /employers/new", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("POST /employers/new", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /employers/{id}",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER, Role.KEYWORKER)),
            Map.entry("GET /employers/{id}/edit", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("POST /employers/{id}/edit", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /employers/{id}/locations/new",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /employers/{id}/locations/new",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /employers/{id}/contacts/new", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /employers/{id}/contacts/new",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /employers/{id}/interactions/new",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /employers/{id}/interactions/new",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("GET /vacancies", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER, Role.KEYWORKER)),
            Map.entry("GET /vacancies/new", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("POST /vacancies/new", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /vacancies/{id}",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER, Role.KEYWORKER)),
            Map.entry("GET /vacancies/{id}/edit", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("POST /vacancies/{id}/edit", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry("POST /vacancies/{id}/status", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "GET /vacancies/{id}/job-quality", EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)),
            Map.entry(
                    "POST /vacancies/{id}/job-quality",
                    EnumSet.of(Role.EMPLOYER_ENGAGEMENT_OFFICER, Role.TEAM_LEADER)));

    /** API routes and the scopes that may use each. */
    private static final Map<String, Set<ApiScope>> API = Map.of(
            "POST /api/v1/organisations", EnumSet.of(ApiScope.ADMIN),
            "POST /api/v1/organisations/{id}/api-clients", EnumSet.of(ApiScope.ADMIN),
            "PUT /api/v1/programmes/{id}", EnumSet.of(ApiScope.PROGRAMMES_WRITE),
            "GET /api/v1/programmes/{id}", EnumSet.of(ApiScope.PROGRAMMES_WRITE, ApiScope.REPORTS_READ),
            "POST /api/v1/programmes/{id}/referrals", EnumSet.of(ApiScope.REFERRALS_WRITE),
            "GET /api/v1/referrals/{id}", EnumSet.of(ApiScope.REFERRALS_WRITE, ApiScope.PARTICIPANTS_READ),
            "GET /api/v1/participants/{id}", EnumSet.of(ApiScope.PARTICIPANTS_READ),
            "GET /api/v1/participants/{id}/matches", EnumSet.of(ApiScope.MATCHES_READ),
            "POST /api/v1/vacancies", EnumSet.of(ApiScope.VACANCIES_WRITE),
            "GET /api/v1/vacancies/{id}", EnumSet.of(ApiScope.VACANCIES_WRITE));

    private static final Map<Role, String> SOMEONE_WITH = Map.of(
            Role.ADMINISTRATOR, "admin",
            Role.COMMISSIONER, "commissioner",
            Role.TEAM_LEADER, "teamleader",
            Role.KEYWORKER, "keyworker",
            Role.EMPLOYER_ENGAGEMENT_OFFICER, "employer.officer",
            Role.PARTNER_WORKER, "partner");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiClients apiClients;

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = new TreeSet<>(routes());
        Set<String> declared = new TreeSet<>(PAGES.keySet());
        declared.addAll(API.keySet());
        assertThat(routes).isEqualTo(declared);
    }

    @Test
    void everyRoleReachesExactlyThePagesTheMatrixAllows() throws Exception {
        Map<Role, Cookie> sessions = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            sessions.put(role, signIn(SOMEONE_WITH.get(role)));
        }
        List<String> wrong = new ArrayList<>();
        for (var route : PAGES.entrySet()) {
            String[] parts = route.getKey().split(" ", 2);
            String path = parts[1].replace("{id}", UUID.randomUUID().toString());
            for (Role role : Role.values()) {
                int status = mvc.perform(request(HttpMethod.valueOf(parts[0]), path)
                                .cookie(sessions.get(role))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean allowed = route.getValue().isEmpty() || route.getValue().contains(role);
                if (allowed == (status == 403)) {
                    wrong.add(route.getKey() + " as " + role + " answered " + status);
                }
            }
            if (!route.getValue().isEmpty()) {
                int anonymous = mvc.perform(
                                request(HttpMethod.valueOf(parts[0]), path).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (anonymous != 302) {
                    wrong.add(route.getKey() + " signed out answered " + anonymous);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyApiRouteNeedsItsScopeAndAToken() throws Exception {
        UUID organisation = organisationId("Northmoor Combined Authority");
        List<String> wrong = new ArrayList<>();
        for (var route : API.entrySet()) {
            String[] parts = route.getKey().split(" ", 2);
            String path = parts[1].replace("{id}", UUID.randomUUID().toString());
            for (ApiScope scope : ApiScope.values()) {
                String token = apiClients
                        .create(organisation, "matrix " + scope, EnumSet.of(scope), "test")
                        .token();
                int status = call(new Api(port, token), parts[0], path);
                boolean allowed = route.getValue().contains(scope);
                if (allowed == (status == 403)) {
                    wrong.add(route.getKey() + " with " + scope.value() + " answered " + status);
                }
            }
            int anonymous = call(new Api(port, null), parts[0], path);
            if (anonymous != 401) {
                wrong.add(route.getKey() + " without a token answered " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static int call(Api api, String method, String path) throws Exception {
        return switch (method) {
            case "GET" -> api.get(path).status();
            case "PUT" -> api.put(path, "{}").status();
            default -> api.post(path, "{}").status();
        };
    }

    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            String controller = mapping.getValue().getBeanType().getName();
            if (!controller.startsWith("org.goodwork.")) {
                continue; // Spring's error controller and the OpenAPI document
            }
            var methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "{id}");
                if (methods.isEmpty()) {
                    routes.add("GET " + path);
                }
                methods.forEach(m -> routes.add(m.name() + " " + path));
            }
        }
        return routes;
    }
}
