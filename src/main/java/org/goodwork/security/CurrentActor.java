package org.goodwork.security;

import java.util.Optional;
import org.goodwork.shared.RecordAccessed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting on this request, and which participants they may see. */
@Component
public class CurrentActor {

    public Optional<SignedInUser> user() {
        return principal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    public Optional<ApiClientPrincipal> apiClient() {
        return principal() instanceof ApiClientPrincipal client ? Optional.of(client) : Optional.empty();
    }

    /**
     * Keyworkers see their own caseload, and their team's where the programme allows; team leaders see their organisation's participants; API
     * clients with {@code participants:read} see their organisation's. Everyone else sees none:
     * commissioners work on aggregates, partners only on consented referrals.
     */
    public ParticipantScope participantScope() {
        Object principal = principal();
        if (principal instanceof SignedInUser user) {
            if (user.hasRole(Role.TEAM_LEADER)) {
                return ParticipantScope.organisation(user.organisationId());
            }
            if (user.hasRole(Role.KEYWORKER)) {
                return ParticipantScope.caseloadAndTeam(user.organisationId(), user.id(), user.teamId());
            }
        }
        // Which endpoints a client may call is AccessPolicy's decision; this decides whose records.
        if (principal instanceof ApiClientPrincipal client
                && (client.hasScope(ApiScope.PARTICIPANTS_READ) || client.hasScope(ApiScope.MATCHES_READ))) {
            return ParticipantScope.organisation(client.organisationId());
        }
        return ParticipantScope.none();
    }

    /** The actor as the access log records it. */
    public RecordAccessed.Actor asAuditActor() {
        Object principal = principal();
        if (principal instanceof SignedInUser user) {
            return new RecordAccessed.Actor(
                    RecordAccessed.Actor.Type.USER, user.id(), user.getUsername(), user.organisationId());
        }
        if (principal instanceof ApiClientPrincipal client) {
            return new RecordAccessed.Actor(
                    RecordAccessed.Actor.Type.API_CLIENT, client.id(), client.name(), client.organisationId());
        }
        return new RecordAccessed.Actor(RecordAccessed.Actor.Type.SYSTEM, null, "system", null);
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }
}
