package org.goodwork.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone can read without signing in. */
@Controller
class ContentPagesController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "pages/privacy";
    }

    @GetMapping("/how-we-use-your-data")
    String howWeUseYourData() {
        return "pages/how-we-use-your-data";
    }
}
