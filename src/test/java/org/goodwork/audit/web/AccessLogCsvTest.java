package org.goodwork.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

    @Test
    void cellsAreQuotedAndAnythingASpreadsheetWouldRunIsDefused() {
        assertThat(AccessLogController.cell("Jo Whitfield")).isEqualTo("\"Jo Whitfield\"");
        assertThat(AccessLogController.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
        assertThat(AccessLogController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AccessLogController.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AccessLogController.cell("@SUM")).isEqualTo("\"'@SUM\"");
        assertThat(AccessLogController.cell("")).isEqualTo("\"\"");
    }
}
