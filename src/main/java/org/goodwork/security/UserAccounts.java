package org.goodwork.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's facade for staff accounts. */
@Service
public class UserAccounts {

    private static final String SELECT = """
            select u.id, u.organisation_id, u.team_id, u.username, u.display_name, u.email, u.password_hash,
                   u.must_change_password, u.active, u.locked_until, u.last_sign_in_at, u.version,
                   coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id),
                            '{}') as roles
              from user_account u
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final Directory directory;
    private final int maxFailures;
    private final Duration firstLockout;
    private final Duration maxLockout;

    UserAccounts(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock,
            Directory directory,
            @Value("${goodwork.sign-in.max-failures-before-lockout}") int maxFailures,
            @Value("${goodwork.sign-in.first-lockout}") Duration firstLockout,
            @Value("${goodwork.sign-in.max-lockout}") Duration maxLockout) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLockout = firstLockout;
        this.maxLockout = maxLockout;
    }

    @Transactional
    public UUID create(NewUser user) {
        String username = normalise(user.username());
        passwordPolicy.problemWith(user.initialPassword(), username).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        try {
            jdbc.sql("""
                    insert into user_account (id, organisation_id, team_id, username, display_name, email,
                        password_hash, must_change_password, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            user.organisationId(),
                            user.teamId(),
                            username,
                            user.displayName().strip(),
                            blankToNull(user.email()),
                            passwordEncoder.encode(user.initialPassword()),
                            user.mustChangePassword(),
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
        replaceRoles(id, user.roles());
        return id;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(UUID organisationId) {
        return jdbc.sql(SELECT
                        + " where (cast(? as uuid) is null or u.organisation_id = ?) order by lower(u.display_name)")
                .params(organisationId, organisationId)
                .query(this::account)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = ?")
                .param(id)
                .query(this::account)
                .optional();
    }

    /** Changes roles and team; fails if someone else changed the account since {@code version}. */
    @Transactional
    public void changeRolesAndTeam(UUID id, long version, Set<Role> roles, UUID teamId) {
        bumpVersion(id, version, "team_id = ?", teamId);
        replaceRoles(id, roles);
    }

    @Transactional
    public void deactivate(UUID id, long version) {
        bumpVersion(id, version, "active = ?", false);
        // Signing out everywhere: a deactivated account must not keep a live session.
        jdbc.sql("delete from spring_session where principal_name = (select username from user_account where id = ?)")
                .param(id)
                .update();
    }

    @Transactional
    public void reactivate(UUID id, long version) {
        bumpVersion(id, version, "active = ?, failed_sign_ins = 0, locked_until = null", true);
    }

    @Transactional
    public void unlock(UUID id, long version) {
        bumpVersion(id, version, "failed_sign_ins = ?, locked_until = null", 0);
    }

    /**
     * An administrator sets a temporary password: the account is unlocked, the person must choose
     * their own at next sign-in, and any session they have is ended.
     */
    @Transactional
    public void resetPassword(UUID id, long version, String temporaryPassword) {
        String username = find(id).map(UserAccount::username).orElseThrow();
        passwordPolicy.problemWith(temporaryPassword, username).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        int updated = jdbc.sql("""
                update user_account set password_hash = ?, must_change_password = true, failed_sign_ins = 0,
                    locked_until = null, updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(passwordEncoder.encode(temporaryPassword), now(), id, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("user_account changed since it was read");
        }
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();
    }

    /**
     * Changes a user's own password after checking the current one. Returns false if the current
     * password is wrong. The caller has already checked the new one against {@link PasswordPolicy}.
     */
    @Transactional
    public boolean changeOwnPassword(UUID id, String currentPassword, String newPassword) {
        String hash = jdbc.sql("select password_hash from user_account where id = ? for update")
                .param(id)
                .query(String.class)
                .single();
        if (!passwordEncoder.matches(currentPassword, hash)) {
            return false;
        }
        jdbc.sql("""
                update user_account set password_hash = ?, must_change_password = false, updated_at = ?,
                    version = version + 1 where id = ?""").params(passwordEncoder.encode(newPassword), now(), id).update();
        return true;
    }

    @Transactional(readOnly = true)
    Optional<SignedInUser> forSignIn(String username) {
        return jdbc.sql(SELECT + " where u.username = ?")
                .param(normalise(username))
                .query((rs, row) -> {
                    UserAccount account = account(rs, row);
                    return new SignedInUser(
                            account.id(),
                            account.username(),
                            rs.getString("password_hash"),
                            account.active(),
                            !account.locked(),
                            account.organisationId(),
                            account.teamId(),
                            account.displayName(),
                            account.roles(),
                            rs.getBoolean("must_change_password"));
                })
                .optional()
                // Nobody signs in for an organisation that has been closed.
                .filter(user -> directory
                        .organisation(user.organisationId())
                        .map(Organisation::active)
                        .orElse(false));
    }

    /**
     * Counts a failed sign-in. From the {@code maxFailures}th in a row the account locks, for a
     * period that doubles with each further failure up to {@code maxLockout}.
     */
    @Transactional
    void recordFailedSignIn(String username) {
        jdbc.sql("""
                update user_account
                   set failed_sign_ins = failed_sign_ins + 1,
                       locked_until = case when failed_sign_ins + 1 >= :max
                           then cast(:now as timestamptz) + make_interval(secs => least(
                                :first * power(2, failed_sign_ins + 1 - :max), :cap))
                           else locked_until end
                 where username = :username""")
                .param("max", maxFailures)
                .param("now", now())
                .param("first", firstLockout.toSeconds())
                .param("cap", maxLockout.toSeconds())
                .param("username", normalise(username))
                .update();
    }

    @Transactional
    void recordSuccessfulSignIn(UUID id) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = ? where id = ?")
                .params(now(), id)
                .update();
    }

    private void bumpVersion(UUID id, long version, String assignments, Object value) {
        int updated = jdbc.sql("update user_account set " + assignments
                        + ", updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(value, now(), id, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("user_account changed since it was read");
        }
    }

    private void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
    }

    private UserAccount account(ResultSet rs, int row) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        OffsetDateTime lastSignIn = rs.getObject("last_sign_in_at", OffsetDateTime.class);
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("team_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                roles,
                rs.getBoolean("active"),
                lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
                lastSignIn == null ? null : lastSignIn.toInstant(),
                rs.getLong("version"));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
