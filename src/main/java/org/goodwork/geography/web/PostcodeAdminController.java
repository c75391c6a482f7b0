package org.goodwork.geography.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.goodwork.geography.Geography;
import org.goodwork.geography.PostcodeLoad;
import org.goodwork.geography.PostcodeLoadException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see which postcodes Goodwork knows and load a postcode file. */
@Controller
class PostcodeAdminController {

    private static final int LOADS_SHOWN = 10;

    private final Geography geography;

    PostcodeAdminController(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/admin/postcodes")
    String show(Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/postcodes")
    String load(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, List.of("Select a postcode file in CSV format"));
        }
        try (InputStream csv = file.getInputStream()) {
            PostcodeLoad load = geography.load(csv, file.getOriginalFilename());
            redirect.addFlashAttribute(
                    "success",
                    "%s loaded: %,d postcodes read, %,d added, %,d changed and %,d unchanged"
                            .formatted(
                                    load.fileName(), load.rowsRead(), load.added(), load.changed(), load.unchanged()));
            return "redirect:/admin/postcodes";
        } catch (PostcodeLoadException e) {
            return page(model, e.problems());
        }
    }

    private String page(Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("mostProblems", PostcodeLoadException.MOST_PROBLEMS_LISTED);
        model.addAttribute(
                "moreProblems", problems != null && problems.size() >= PostcodeLoadException.MOST_PROBLEMS_LISTED);
        model.addAttribute("postcodes", geography.postcodeCount());
        model.addAttribute("loads", geography.recentLoads(LOADS_SHOWN));
        return "admin/postcodes";
    }
}
