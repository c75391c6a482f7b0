package org.goodwork.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A member of staff signed in through the web pages. Kept in the session, so it is serialisable. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final UUID organisationId;
    private final UUID teamId;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final boolean mustChangePassword;

    SignedInUser(
            UUID id,
            String username,
            String passwordHash,
            boolean active,
            boolean notLocked,
            UUID organisationId,
            UUID teamId,
            String displayName,
            Set<Role> roles,
            boolean mustChangePassword) {
        super(username, passwordHash, active, true, true, notLocked, authorities(roles));
        this.id = id;
        this.organisationId = organisationId;
        this.teamId = teamId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID teamId() {
        return teamId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
