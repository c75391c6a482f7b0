package org.goodwork.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goodwork.shared.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The partner service directory, in the shape of Open Referral UK, and its import. */
@Service
public class ServiceDirectory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;

    ServiceDirectory(JdbcClient jdbc, Clock clock, Directory directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    public record Location(String name, String address, String postcode) {

        /** The parts that are known, in the order people read an address. */
        public String display() {
            return Stream.of(name, address, postcode)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    public record PartnerService(
            UUID id,
            String organisationName,
            String name,
            String description,
            String email,
            String url,
            List<Location> locations,
            List<String> taxonomy) {}

    /** Why an import was refused, item by item, with nothing saved. */
    public static class ImportException extends RuntimeException {
        private final List<String> problems;

        public ImportException(List<String> problems) {
            super("The file could not be imported");
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Services whose name, description, organisation or taxonomy contains the words, by name. */
    @Transactional(readOnly = true)
    public List<PartnerService> search(String words) {
        String pattern = words == null || words.isBlank()
                ? null
                : "%"
                        + words.strip()
                                .toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        Map<UUID, PartnerService> services = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, o.name as organisation, s.name, s.description, s.email, s.url from service s
                          join organisation o on o.id = s.organisation_id
                         where cast(:pattern as text) is null or lower(s.name) like :pattern or lower(coalesce(s.description, '')) like :pattern
                            or lower(o.name) like :pattern
                            or exists (select 1 from service_taxonomy t where t.service_id = s.id and lower(t.term) like :pattern)
                         order by lower(s.name) limit 200""")
                .param("pattern", pattern)
                .query((rs, row) -> services.put(
                        rs.getObject("id", UUID.class),
                        new PartnerService(
                                rs.getObject("id", UUID.class),
                                rs.getString("organisation"),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getString("email"),
                                rs.getString("url"),
                                new ArrayList<>(),
                                new ArrayList<>())))
                .list();
        if (services.isEmpty()) {
            return List.of();
        }
        UUID[] ids = services.keySet().toArray(UUID[]::new);
        jdbc.sql("select service_id, name, address, postcode from service_location where service_id = any(?)")
                .param(ids)
                .query((rs, row) -> services.get(rs.getObject("service_id", UUID.class))
                        .locations()
                        .add(new Location(rs.getString("name"), rs.getString("address"), rs.getString("postcode"))))
                .list();
        jdbc.sql("select service_id, term from service_taxonomy where service_id = any(?) order by term")
                .param(ids)
                .query((rs, row) -> services.get(rs.getObject("service_id", UUID.class))
                        .taxonomy()
                        .add(rs.getString("term")))
                .list();
        return List.copyOf(services.values());
    }

    /**
     * Imports Open Referral UK services: either a page ({@code {"content": [...]}}) or a plain array.
     * All or nothing; services are matched on their ORUK id, so importing again updates rather than
     * duplicates. A service's organisation is matched by name, and added as a partner if new.
     */
    @Transactional
    public int importOpenReferral(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ImportException(List.of("The file is not valid JSON"));
        }
        JsonNode items = root != null && root.isArray() ? root : root == null ? null : root.get("content");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new ImportException(
                    List.of("The file has no services: expected a list, or an object with a \"content\" list"));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "Service " + (i + 1);
            if (text(item, "id") == null) {
                problems.add(where + " has no id");
            }
            if (text(item, "name") == null) {
                problems.add(where + " has no name");
            }
            if (item.get("organization") == null || text(item.get("organization"), "name") == null) {
                problems.add(where + " has no organization name");
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        items.forEach(this::upsert);
        return items.size();
    }

    private void upsert(JsonNode item) {
        String organisationName = text(item.get("organization"), "name");
        UUID organisation = directory.organisations().stream()
                .filter(o -> o.name().equalsIgnoreCase(organisationName))
                .map(Organisation::id)
                .findFirst()
                .orElseGet(() -> directory.createOrganisation(organisationName, OrganisationType.PARTNER));
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID id = jdbc.sql("""
                        insert into service (id, external_id, organisation_id, name, description, email, url, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (external_id) do update set organisation_id = excluded.organisation_id, name = excluded.name,
                            description = excluded.description, email = excluded.email, url = excluded.url, updated_at = excluded.updated_at
                        returning id""")
                .params(
                        UUID.randomUUID(),
                        text(item, "id"),
                        organisation,
                        text(item, "name"),
                        text(item, "description"),
                        text(item, "email"),
                        text(item, "url"),
                        now,
                        now)
                .query(UUID.class)
                .single();
        jdbc.sql("delete from service_location where service_id = ?").param(id).update();
        jdbc.sql("delete from service_taxonomy where service_id = ?").param(id).update();
        for (JsonNode at : iterable(item.get("service_at_locations"))) {
            JsonNode location = at.get("location");
            if (location == null) {
                continue;
            }
            JsonNode address = iterable(location.get("physical_addresses")).stream()
                    .findFirst()
                    .orElse(null);
            jdbc.sql("insert into service_location (service_id, name, address, postcode) values (?, ?, ?, ?)")
                    .params(
                            id,
                            text(location, "name"),
                            address == null ? null : text(address, "address_1"),
                            address == null
                                    ? null
                                    : Postcode.normalise(text(address, "postal_code"))
                                            .orElse(null))
                    .update();
        }
        for (JsonNode link : iterable(item.get("service_taxonomys"))) {
            String term = link.get("taxonomy") == null ? null : text(link.get("taxonomy"), "name");
            if (term != null) {
                jdbc.sql("insert into service_taxonomy (service_id, term) values (?, ?) on conflict do nothing")
                        .params(id, term)
                        .update();
            }
        }
    }

    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asString().isBlank()
                ? null
                : value.asString().strip();
    }
}
