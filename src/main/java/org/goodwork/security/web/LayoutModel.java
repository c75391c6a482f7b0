package org.goodwork.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.ServiceMode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: who is signed in, their navigation, and demo mode. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    /** Navigation follows the roles: each person sees only what they may use. */
    private static final Map<Role, List<NavigationItem>> BY_ROLE = Map.of(
            Role.ADMINISTRATOR,
            List.of(
                    new NavigationItem("Organisations", "/admin/organisations"),
                    new NavigationItem("Users", "/admin/users"),
                    new NavigationItem("API clients", "/admin/api-clients"),
                    new NavigationItem("Partner services", "/services"),
                    new NavigationItem("Access log", "/admin/access-log")),
            Role.TEAM_LEADER,
            List.of(
                    new NavigationItem("Participants", "/participants"),
                    new NavigationItem("Referrals", "/referrals"),
                    new NavigationItem("Budget approvals", "/budget-approvals"),
                    new NavigationItem("Outcome claims", "/claims"),
                    new NavigationItem("Employers", "/employers"),
                    new NavigationItem("Vacancies", "/vacancies"),
                    new NavigationItem("Re-matching", "/matching/runs")),
            Role.KEYWORKER,
            List.of(
                    new NavigationItem("My caseload", "/participants"),
                    new NavigationItem("Diary", "/diary"),
                    new NavigationItem("Referrals", "/referrals"),
                    new NavigationItem("Vacancies", "/vacancies"),
                    new NavigationItem("Employers", "/employers")),
            Role.EMPLOYER_ENGAGEMENT_OFFICER,
            List.of(new NavigationItem("Employers", "/employers"), new NavigationItem("Vacancies", "/vacancies")),
            Role.COMMISSIONER,
            List.of(new NavigationItem("Programmes", "/programmes")),
            Role.PARTNER_WORKER,
            List.of(new NavigationItem("Referrals to us", "/partner-referrals")));

    private final CurrentActor currentActor;
    private final Directory directory;
    private final ServiceMode serviceMode;

    LayoutModel(CurrentActor currentActor, Directory directory, ServiceMode serviceMode) {
        this.currentActor = currentActor;
        this.directory = directory;
        this.serviceMode = serviceMode;
    }

    public record NavigationItem(String label, String href) {}

    public record ActiveItem(String label, String href, boolean active) {}

    public record SignedIn(String displayName, String organisationName) {}

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return serviceMode.demoData();
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn() {
        return currentActor
                .user()
                .map(user -> new SignedIn(
                        user.displayName(),
                        directory
                                .organisation(user.organisationId())
                                .map(Organisation::name)
                                .orElse(null)))
                .orElse(null);
    }

    @ModelAttribute("navigation")
    List<ActiveItem> navigation(HttpServletRequest request) {
        return currentActor
                .user()
                .map(user -> items(user, request.getRequestURI()))
                .orElse(List.of());
    }

    static List<ActiveItem> items(SignedInUser user, String path) {
        Map<String, NavigationItem> items = new LinkedHashMap<>();
        items.put("/", new NavigationItem("Home", "/"));
        for (Role role : Role.values()) {
            if (user.hasRole(role)) {
                BY_ROLE.getOrDefault(role, List.of()).forEach(item -> items.putIfAbsent(item.href(), item));
            }
        }
        items.put("/account", new NavigationItem("Your account", "/account"));
        List<ActiveItem> active = new ArrayList<>();
        for (NavigationItem item : items.values()) {
            boolean current = item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
            active.add(new ActiveItem(item.label(), item.href(), current));
        }
        return active;
    }
}
