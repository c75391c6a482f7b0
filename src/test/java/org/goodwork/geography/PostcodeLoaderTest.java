package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goodwork.geography.PostcodeFiles.NSPL;
import static org.goodwork.geography.PostcodeFiles.ONSPD;
import static org.goodwork.geography.PostcodeFiles.england;
import static org.goodwork.geography.PostcodeFiles.quoted;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each test uses its own made-up postcode district (ZZ1, ZZ2, ...) so that tests never meet. */
class PostcodeLoaderTest extends IntegrationTest {

    @Autowired
    Geography geography;

    @Test
    void aQuotedNsplFileWithAByteOrderMarkLoadsEveryPostcode() {
        String csv = "\uFEFF"
                + quoted(
                        NSPL,
                        List.of(
                                england("ZZ1 1AA", "53.550000", "-2.100000", "E01099901", "1"),
                                england("ZZ1 1AB", "53.560000", "-2.110000", "E01099902", "32844"),
                                england("ZZ1 1AD", "99.999999", "0.000000", "", "")));

        PostcodeLoad load = load(csv, "NSPL_TEST_UK.csv");

        assertThat(load)
                .extracting("fileName", "rowsRead", "added", "changed")
                .containsExactly("NSPL_TEST_UK.csv", 3, 3, 0);
        assertThat(geography.locate("ZZ1 1AA")).contains(new Place("ZZ1 1AA", 53.55, -2.1, "E01099901", 1, 1));
        assertThat(geography.locate("ZZ1 1AB")).contains(new Place("ZZ1 1AB", 53.56, -2.11, "E01099902", 32844, 10));
        assertThat(geography.locate("ZZ1 1AD"))
                .as("a postcode without a grid reference is known, but has no place on the map")
                .contains(new Place("ZZ1 1AD", null, null, null, null, null));
    }

    @Test
    void anOnspdFilePrefersThe2021AreasAndReadsUnquotedNumbers() {
        String header = String.join(",", ONSPD);
        StringBuilder csv = new StringBuilder(header).append('\n');
        List<String> values = new ArrayList<>();
        for (String column : ONSPD) {
            values.add(
                    switch (column) {
                        case "pcd" -> "\"ZZ2 4BA\"";
                        case "pcd2" -> "\"ZZ2  4BA\"";
                        case "pcds" -> "\"ZZ2 4BA\"";
                        case "lsoa01" -> "\"E01000001\"";
                        case "lsoa11" -> "\"E01011111\"";
                        case "lsoa21" -> "\"E01021212\"";
                        case "ctry" -> "\"E92000001\"";
                        case "lat" -> "51.501009";
                        case "long" -> "-0.141588";
                        case "imd" -> "3285";
                        case "parish" -> "\"Upper, Middle and \"\"Lower\"\" Moor\"";
                        default -> "\"\"";
                    });
        }
        csv.append(String.join(",", values)).append('\n');

        load(csv.toString(), "ONSPD_TEST_UK.csv");

        assertThat(geography.locate("zz24ba"))
                .contains(new Place("ZZ2 4BA", 51.501009, -0.141588, "E01021212", 3285, 2));
    }

    @Test
    void theNewerColumnNamesAreReadToo() {
        String csv = """
                pcd7,pcd8,pcds,dointr,doterm,usrtypind,lat,long,lsoa21cd,ctry25cd,imd20ind
                "ZZ3 1AA","ZZ3  1AA","ZZ3 1AA","200006","","0",54.977349,-2.532223,"E01027484","E92000001",17158
                """;

        load(csv, "NSPL_2025_TEST_UK.csv");

        assertThat(geography.locate("ZZ3 1AA"))
                .contains(new Place("ZZ3 1AA", 54.977349, -2.532223, "E01027484", 17158, 6));
    }

    @Test
    void olderFilesWithOnlySevenCharacterPostcodesAnd2011AreasAreNormalised() {
        String csv = """
                "pcd","lat","long","lsoa11","imd"
                "ZZ4 2AB","53.1","-2.2","E01012345","20000"
                "ZZ412AD","53.2","-2.3","E01012346","20001"
                """;

        load(csv, "old.csv");

        assertThat(geography.locate("ZZ4 2AB")).map(Place::lsoa).contains("E01012345");
        assertThat(geography.locate("ZZ41 2AD")).map(Place::postcode).contains("ZZ41 2AD");
    }

    @Test
    void eachNationsRankIsATenthOfItsOwnIndex() {
        String csv = """
                pcds,lat,long,lsoa21,ctry,imd
                ZZ5 1AA,51.48,-3.18,W01000001,W92000004,190
                ZZ5 1AB,51.48,-3.18,W01000002,W92000004,191
                ZZ5 1AD,55.95,-3.19,S01000001,S92000003,697
                ZZ5 1AE,55.95,-3.19,S01000002,S92000003,698
                ZZ5 1AF,54.60,-5.93,95AA01S1,N92000002,89
                ZZ5 1AG,49.45,-2.54,L99999999,L93000001,5
                """;

        load(csv, "nations.csv");

        assertThat(geography.imdDecile("ZZ5 1AA")).hasValue(1);
        assertThat(geography.imdDecile("ZZ5 1AB")).hasValue(2);
        assertThat(geography.imdDecile("ZZ5 1AD")).hasValue(1);
        assertThat(geography.imdDecile("ZZ5 1AE")).hasValue(2);
        assertThat(geography.imdDecile("ZZ5 1AF")).hasValue(1);
        assertThat(geography.locate("ZZ5 1AG"))
                .as("the Channel Islands are in no nation's index, so a rank there has no tenth")
                .contains(new Place("ZZ5 1AG", 49.45, -2.54, "L99999999", 5, null));
        assertThat(geography.inMostDeprivedTenth("ZZ5 1AA")).isTrue();
        assertThat(geography.inMostDeprivedTenth("ZZ5 1AB")).isFalse();
    }

    @Test
    void loadingTheSameFileAgainChangesNothingAndAChangedFileUpdatesOnlyWhatChanged() {
        String first = quoted(
                NSPL,
                List.of(
                        england("ZZ6 1AA", "53.5", "-2.1", "E01099911", "100"),
                        england("ZZ6 1AB", "53.6", "-2.2", "E01099912", "200")));
        load(first, "first.csv");
        String rowsBefore = postcodeRows("ZZ6");

        PostcodeLoad again = load(first, "first.csv");

        assertThat(again).extracting("rowsRead", "added", "changed").containsExactly(2, 0, 0);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(postcodeRows("ZZ6")).isEqualTo(rowsBefore);

        String second = quoted(
                NSPL,
                List.of(
                        england("ZZ6 1AA", "53.5", "-2.1", "E01099911", "100"),
                        england("ZZ6 1AB", "53.6", "-2.2", "E01099912", "5000"),
                        england("ZZ6 1AD", "53.7", "-2.3", "E01099913", "300")));
        PostcodeLoad changed = load(second, "second.csv");

        assertThat(changed).extracting("rowsRead", "added", "changed").containsExactly(3, 1, 1);
        assertThat(geography.locate("ZZ6 1AB")).map(Place::imdDecile).contains(2);
    }

    @Test
    void badRowsAreListedWithTheirLineNumbersAndNothingIsSaved() {
        long loadsBefore = loads();
        Map<String, String> noPostcode = england("", "53.5", "-2.1", "E01099921", "1");
        Map<String, String> badLatitude = england("ZZ7 1AD", "fifty-three", "-2.1", "E01099921", "1");
        String csv = quoted(
                NSPL,
                List.of(
                        england("ZZ7 1AA", "53.5", "-2.1", "E01099921", "1"),
                        noPostcode,
                        england("ZZ7 1AB", "53.5", "-2.1", "E01099921", "1"),
                        badLatitude,
                        england("ZZ7 1AE", "53.5", "-2.1", "E01099921", "32845")));

        assertThat(problemsLoading(csv, "broken.csv"))
                .isEqualTo(List.of(
                        "Line 3 has no postcode",
                        "Line 5: the latitude “fifty-three” is not a number",
                        "Line 6: the deprivation rank 32845 is higher than the 32,844 areas that England's index ranks."
                                + " The file may carry a newer index than Goodwork is set up for"));
        assertThat(geography.locate("ZZ7 1AA")).isEmpty();
        assertThat(geography.locate("ZZ7 1AB")).isEmpty();
        assertThat(loads()).isEqualTo(loadsBefore);
    }

    @Test
    void aFileFullOfMistakesListsTheFirstHundred() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(england("ZZ8 1AA", "north", "-2.1", "E01099931", "1"));
        }

        List<String> problems = problemsLoading(quoted(NSPL, rows), "mistakes.csv");

        assertThat(problems).hasSize(PostcodeLoadException.MOST_PROBLEMS_LISTED);
        assertThat(problems.get(0)).isEqualTo("Line 2: the latitude “north” is not a number");
        assertThat(problems.get(99)).startsWith("Line 101:");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedValues() {
        String csv = """
                "pcds","note","lat","long"
                "ZZ9 1AA","a note over
                two lines","53.5","-2.1"
                "ZZ9 1AB","","53.5"
                """;

        assertThat(problemsLoading(csv, "notes.csv")).isEqualTo(List.of("Line 4 has 3 values but the header has 4"));
    }

    @Test
    void filesThatAreNotPostcodeFilesAreRefusedWithAReason() {
        assertThat(problemsLoading("", "empty.csv")).containsExactly("The file is empty");
        assertThat(problemsLoading("\"pcds\",\"lat\",\"long\"\r\n", "header-only.csv"))
                .containsExactly("The file has a header row but no postcodes");
        assertThat(problemsLoading("name,address\nSam,1 High Street\n", "people.csv"))
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("ONS Postcode Directory"));
        assertThat(problemsLoading("pcds,lat,long\n\"ZZ9 2AA,53.5,-2.1\n", "unclosed.csv"))
                .containsExactly("Line 2: a quoted value is not closed");
    }

    private PostcodeLoad load(String csv, String fileName) {
        return geography.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    private List<String> problemsLoading(String csv, String fileName) {
        try {
            load(csv, fileName);
        } catch (PostcodeLoadException e) {
            return e.problems();
        }
        throw new AssertionError(fileName + " loaded");
    }

    private long loads() {
        return jdbc.sql("select count(*) from postcode_load").query(Long.class).single();
    }

    private String postcodeRows(String district) {
        return jdbc.sql("select string_agg(p::text, ';' order by postcode) from postcode p where postcode like ?")
                .param(district + " %")
                .query(String.class)
                .single();
    }
}
