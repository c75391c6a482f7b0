package org.goodwork.directory.web;

import java.io.IOException;
import java.util.List;
import org.goodwork.directory.ServiceDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Keyworkers find partner services; administrators import them from Open Referral UK JSON. */
@Controller
class ServiceDirectoryController {

    private static final long MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private final ServiceDirectory services;

    ServiceDirectoryController(ServiceDirectory services) {
        this.services = services;
    }

    @GetMapping("/services")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("services", services.search(q));
        return "directory/services";
    }

    @GetMapping("/admin/services/import")
    String importForm() {
        return "admin/services-import";
    }

    @PostMapping("/admin/services/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of("Select an Open Referral UK JSON file"));
            return "admin/services-import";
        }
        if (file.getSize() > MAX_IMPORT_BYTES) {
            model.addAttribute("problems", List.of("The file must be smaller than 5 MB"));
            return "admin/services-import";
        }
        try {
            int count = services.importOpenReferral(file.getBytes());
            redirect.addFlashAttribute("success", count + " services imported");
            return "redirect:/services";
        } catch (ServiceDirectory.ImportException e) {
            model.addAttribute("problems", e.problems());
            return "admin/services-import";
        }
    }
}
