package org.goodwork.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedValuesHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\nlast"));

        assertThat(csv.next()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(csv.recordLine()).isEqualTo(1);
        assertThat(csv.next()).containsExactly("two\nlines", "", "x");
        assertThat(csv.recordLine()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("last");
        assertThat(csv.recordLine()).isEqualTo(4);
        assertThat(csv.next()).isNull();
    }

    @Test
    void aBlankLineIsOneEmptyValueAndEveryLineEndingCounts() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a\r\rb\n\nc\n"));
        List<String> lines = new ArrayList<>();
        List<String> record;
        while ((record = csv.next()) != null) {
            lines.add(csv.recordLine() + ":" + String.join("|", record));
        }

        assertThat(lines).containsExactly("1:a", "2:", "3:b", "4:", "5:c");
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedAtTheLineItOpened() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("ok\n\"never\nclosed"));

        csv.next();
        assertThatThrownBy(csv::next)
                .isInstanceOf(CsvReader.MalformedException.class)
                .satisfies(e ->
                        assertThat(((CsvReader.MalformedException) e).line()).isEqualTo(2));
    }
}
