package org.goodwork.reference.web;

import org.goodwork.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DataSourcesController {

    private final ReferenceData referenceData;

    DataSourcesController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/data-sources")
    String sources(Model model) {
        model.addAttribute("sources", referenceData.sources());
        return "pages/data-sources";
    }
}
