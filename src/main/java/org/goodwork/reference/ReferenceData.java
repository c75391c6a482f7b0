package org.goodwork.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference module's facade: code lists with their labels. */
@Service
public class ReferenceData {

    /** The code lists other modules use, by the table that holds them. */
    public enum CodeList {
        AGE_BAND("ref_age_band"),
        BUDGET_CATEGORY("ref_budget_category"),
        ECONOMIC_STATUS("ref_economic_status"),
        ETHNICITY("ref_ethnicity"),
        EXIT_DESTINATION("ref_exit_destination"),
        CONTACT_TYPE("ref_contact_type"),
        GENDER("ref_gender"),
        INTERVENTION_TYPE("ref_intervention_type"),
        REFERRAL_SOURCE("ref_referral_source"),
        SUPPORT_NEED("ref_support_need"),
        TIME_SINCE_LAST_WORK("ref_time_since_last_work");

        private final String table;

        CodeList(String table) {
            this.table = table;
        }
    }

    public record Code(String code, String label) {}

    public record Source(String dataset, String source, String licence, String attribution) {}

    /** A dimension of the distance-travelled instrument, with the question asked. */
    public record Dimension(String code, String label, String question) {}

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Code> codes(CodeList list) {
        // The table name comes from the enum, never from input.
        return jdbc.sql("select code, label from " + list.table + " order by sort_order")
                .query(Code.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Map<String, String> labels(CodeList list) {
        return codes(list).stream().collect(Collectors.toMap(Code::code, Code::label));
    }

    /** Goodwork's own distance-travelled instrument, in the order it is asked. */
    @Transactional(readOnly = true)
    public List<Dimension> progressDimensions() {
        return jdbc.sql("select code, label, question from ref_progress_dimension order by sort_order")
                .query(Dimension.class)
                .list();
    }

    /** A dimension of job quality, with what good looks like on it. */
    public record JobQualityDimension(String code, String label, String whatGoodLooksLike) {}

    /** The seven dimensions every vacancy and job start is assessed on, in their usual order. */
    @Transactional(readOnly = true)
    public List<JobQualityDimension> jobQualityDimensions() {
        return jdbc.sql("select code, label, what_good_looks_like from ref_job_quality_dimension order by sort_order")
                .query(JobQualityDimension.class)
                .list();
    }

    /** A SOC 2020 unit group found through one of its related job titles. */
    public record Occupation(String code, String title, String matchedJobTitle) {}

    /**
     * Occupations whose title or related job titles contain the words typed, best matches first:
     * people search by the job they know ("care assistant"), not by SOC code.
     */
    @Transactional(readOnly = true)
    public List<Occupation> searchOccupations(String query) {
        String words = query == null ? "" : query.strip().toLowerCase();
        if (words.length() < 2) {
            return List.of();
        }
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc
                .sql("""
                        select distinct on (u.code) u.code, u.title, j.title as job_title,
                               greatest(similarity(lower(j.title), :words), similarity(lower(u.title), :words)) as score
                          from soc_unit_group u join soc_job_title j on j.unit_group_code = u.code
                         where lower(j.title) like :pattern or lower(u.title) like :pattern
                         order by u.code, (lower(j.title) like :pattern) desc, similarity(lower(j.title), :words) desc""")
                .param("words", words)
                .param("pattern", pattern)
                .query((rs, row) -> new Object[] {
                    new Occupation(rs.getString("code"), rs.getString("title"), rs.getString("job_title")),
                    rs.getDouble("score")
                })
                .list()
                .stream()
                .sorted((a, b) -> Double.compare((double) b[1], (double) a[1]))
                .limit(20)
                .map(row -> (Occupation) row[0])
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<String, String> occupationTitles(Collection<String> codes) {
        return jdbc
                .sql("select code, title from soc_unit_group where code = any(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("title")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional(readOnly = true)
    public List<Source> sources() {
        return jdbc.sql("select dataset, source, licence, attribution from reference_source order by sort_order")
                .query(Source.class)
                .list();
    }
}
