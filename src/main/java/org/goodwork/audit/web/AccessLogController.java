package org.goodwork.audit.web;

import java.util.List;
import java.util.UUID;
import org.goodwork.audit.AccessLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the access log: who has seen a record, or what one person has seen. */
@Controller
class AccessLogController {

    private static final int PAGE_SIZE = 200;
    private static final int EXPORT_LIMIT = 100_000;

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /**
     * The log as CSV, for auditors and information governance. Cells that a spreadsheet would run as
     * a formula are prefixed with an apostrophe.
     */
    @GetMapping(value = "/admin/access-log.csv", produces = "text/csv")
    ResponseEntity<String> export(
            @RequestParam(required = false) String record, @RequestParam(required = false) String user) {
        UUID subject = null;
        if (record != null && !record.isBlank()) {
            try {
                subject = UUID.fromString(record.strip());
            } catch (IllegalArgumentException e) {
                return ResponseEntity.badRequest()
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Enter a record ID in the correct format");
            }
        }
        StringBuilder csv =
                new StringBuilder("occurred_at,actor_type,actor_name,action,subject_type,subject_id,reason\r\n");
        for (AccessLog.Entry e : accessLog.search(subject, user, EXPORT_LIMIT)) {
            csv.append(String.join(
                            ",",
                            cell(e.occurredAt().toString()),
                            cell(e.actorType()),
                            cell(e.actorName()),
                            cell(e.action()),
                            cell(e.subjectType()),
                            cell(e.subjectId() == null ? "" : e.subjectId().toString()),
                            cell(e.reason() == null ? "" : e.reason())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-log.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @GetMapping("/admin/access-log")
    String search(
            @RequestParam(required = false) String record, @RequestParam(required = false) String user, Model model) {
        UUID subject = null;
        if (record != null && !record.isBlank()) {
            try {
                subject = UUID.fromString(record.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("recordError", "Enter a record ID in the correct format, like 3f2b…");
            }
        }
        model.addAttribute("record", record);
        model.addAttribute("user", user);
        model.addAttribute(
                "entries",
                model.containsAttribute("recordError") ? List.of() : accessLog.search(subject, user, PAGE_SIZE));
        return "admin/access-log";
    }
}
