package org.goodwork.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory module's facade: organisations and teams. */
@Service
public class Directory {

    private final JdbcClient jdbc;
    private final Clock clock;

    Directory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID createOrganisation(String name, OrganisationType type) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into organisation (id, name, type, created_at) values (?, ?, ?, ?)")
                    .params(id, name.strip(), type.name(), clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException("An organisation called " + name.strip() + " already exists");
        }
        return id;
    }

    @Transactional
    public UUID createTeam(UUID organisationId, String name) {
        organisation(organisationId).orElseThrow(NotFoundException::new);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into team (id, organisation_id, name, created_at) values (?, ?, ?, ?)")
                    .params(id, organisationId, name.strip(), clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException("This organisation already has a team called " + name.strip());
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return jdbc.sql("select id, name, type, active, version from organisation order by lower(name)")
                .query(Directory::organisation)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(UUID id) {
        return jdbc.sql("select id, name, type, active, version from organisation where id = ?")
                .param(id)
                .query(Directory::organisation)
                .optional();
    }

    /** The organisation created first: the one the bootstrap API client belongs to. */
    @Transactional(readOnly = true)
    public Optional<Organisation> firstOrganisation() {
        return jdbc.sql("select id, name, type, active, version from organisation order by created_at, id limit 1")
                .query(Directory::organisation)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Team> teams(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, name from team where organisation_id = ? order by lower(name)")
                .param(organisationId)
                .query(Team.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Team> team(UUID id) {
        return jdbc.sql("select id, organisation_id, name from team where id = ?")
                .param(id)
                .query(Team.class)
                .optional();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
