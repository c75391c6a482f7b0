package org.goodwork.subjectrights.web;

import java.util.Map;
import java.util.UUID;
import org.goodwork.subjectrights.SubjectAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A team leader answers a subject access request: a readable page to print, or the data as JSON. */
@Controller
class SubjectAccessController {

    private final SubjectAccess subjectAccess;

    SubjectAccessController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/participants/{id}/everything")
    String page(@PathVariable UUID id, Model model) {
        model.addAllAttributes(subjectAccess.everything(id));
        return "subjectrights/everything";
    }

    @GetMapping(value = "/participants/{id}/everything.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("goodwork-record.json")
                                .build()
                                .toString())
                .body(subjectAccess.everything(id));
    }
}
