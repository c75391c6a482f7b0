package org.goodwork.audit.web;

import java.util.List;
import java.util.UUID;
import org.goodwork.audit.AccessLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the access log: who has seen a record, or what one person has seen. */
@Controller
class AccessLogController {

    private static final int PAGE_SIZE = 200;

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
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
