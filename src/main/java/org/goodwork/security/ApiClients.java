package org.goodwork.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's facade for machine clients of the API. */
@Service
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;

    ApiClients(JdbcClient jdbc, Clock clock, Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken create(UUID organisationId, String name, Set<ApiScope> scopes, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "gw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        insert(id, organisationId, name, scopes, createdBy, token);
        return new IssuedToken(id, token);
    }

    /** Makes sure a client with exactly this token exists, for provisioning and automated tests. */
    @Transactional
    void ensureBootstrapClient(UUID organisationId, String token) {
        int updated = jdbc.sql(
                        "update api_client set organisation_id = ?, scopes = ?, active = true where token_hash = ?")
                .params(organisationId, scopeArray(EnumSet.allOf(ApiScope.class)), hash(token))
                .update();
        if (updated == 0) {
            insert(
                    UUID.randomUUID(),
                    organisationId,
                    "Bootstrap client",
                    EnumSet.allOf(ApiScope.class),
                    "bootstrap",
                    token);
        }
    }

    @Transactional(readOnly = true)
    public List<ApiClient> list() {
        return jdbc.sql("select id, organisation_id, name, scopes, active, last_used_at from api_client order by name")
                .query(ApiClients::client)
                .list();
    }

    @Transactional
    public void revoke(UUID id) {
        jdbc.sql("update api_client set active = false where id = ?").param(id).update();
    }

    @Transactional
    Optional<ApiClientPrincipal> authenticate(String token) {
        Optional<ApiClient> client = jdbc.sql("""
                select c.id, c.organisation_id, c.name, c.scopes, c.active, c.last_used_at
                  from api_client c where c.token_hash = ? and c.active""")
                .param(hash(token))
                .query(ApiClients::client)
                .optional()
                .filter(c -> organisationActive(c.organisationId()));
        client.ifPresent(c -> jdbc.sql("update api_client set last_used_at = ? where id = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), c.id())
                .update());
        return client.map(c -> new ApiClientPrincipal(c.id(), c.name(), c.organisationId(), c.scopes()));
    }

    private boolean organisationActive(UUID organisationId) {
        return directory.organisation(organisationId).map(Organisation::active).orElse(false);
    }

    private void insert(
            UUID id, UUID organisationId, String name, Set<ApiScope> scopes, String createdBy, String token) {
        jdbc.sql("""
                insert into api_client (id, organisation_id, name, token_hash, scopes, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, name.strip(), hash(token), scopeArray(scopes), now(), createdBy)
                .update();
    }

    private static String[] scopeArray(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().toArray(String[]::new);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiClient client(ResultSet rs, int row) throws SQLException {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String value : (String[]) rs.getArray("scopes").getArray()) {
            ApiScope.fromValue(value).ifPresent(scopes::add);
        }
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new ApiClient(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                scopes,
                rs.getBoolean("active"),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
