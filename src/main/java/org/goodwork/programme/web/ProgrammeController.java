package org.goodwork.programme.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.directory.OrganisationType;
import org.goodwork.programme.Programme;
import org.goodwork.programme.ProgrammeRules;
import org.goodwork.programme.Programmes;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Commissioners define their programmes here; a commissioner sees only their own. */
@Controller
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeRules rules;
    private final Directory directory;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    ProgrammeController(
            Programmes programmes,
            ProgrammeRules rules,
            Directory directory,
            ReferenceData referenceData,
            CurrentActor currentActor) {
        this.programmes = programmes;
        this.rules = rules;
        this.directory = directory;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.forOrganisation(organisation()));
        return "programme/list";
    }

    @GetMapping("/programmes/new")
    String newProgramme(Model model) {
        model.addAttribute("programmeForm", ProgrammeForm.blank());
        return formPage(model, null);
    }

    @PostMapping("/programmes/new")
    String create(
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String code = form.getCode() == null ? "" : form.getCode().strip().toUpperCase(Locale.ROOT);
        if (!ProgrammeRules.CODE.matcher(code).matches()) {
            result.rejectValue(
                    "code",
                    "format",
                    "Enter a code of 2 to 20 capital letters, digits, dashes or underscores, like HIW");
        } else if (programmes.find(code).isPresent()) {
            result.rejectValue("code", "taken", "This code is already in use. Choose another");
        }
        return save(code, form, result, model, redirect, null);
    }

    @GetMapping("/programmes/{code}")
    String show(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "providers",
                programme.providerIds().stream()
                        .map(id -> directory
                                .organisation(id)
                                .map(Organisation::name)
                                .orElse("Unknown"))
                        .toList());
        model.addAttribute("economicStatusLabels", referenceData.labels(CodeList.ECONOMIC_STATUS));
        model.addAttribute("needLabels", referenceData.labels(CodeList.SUPPORT_NEED));
        model.addAttribute("teamCaseloadsShared", programmes.teamCaseloadsShared(programme.id()));
        return "programme/show";
    }

    @PostMapping("/programmes/{code}/caseloads")
    String shareCaseloads(
            @PathVariable String code, @RequestParam(required = false) String shared, RedirectAttributes redirect) {
        Programme programme = own(code);
        programmes.shareTeamCaseloads(programme.id(), "yes".equals(shared));
        redirect.addFlashAttribute(
                "success",
                "yes".equals(shared)
                        ? "Keyworkers now see their team's caseloads"
                        : "Keyworkers now see only their own caseload");
        return "redirect:/programmes/" + code;
    }

    /** A programme's own distance-travelled instrument, one dimension a line as "Label | question". */
    @GetMapping("/programmes/{code}/instrument")
    String instrument(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "lines",
                programmes.progressDimensions(programme.id()).stream()
                        .map(d -> d.label() + " | " + d.question())
                        .collect(Collectors.joining("\n")));
        model.addAttribute("defaults", referenceData.progressDimensions());
        return "programme/instrument";
    }

    @PostMapping("/programmes/{code}/instrument")
    String saveInstrument(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String lines,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        List<ReferenceData.Dimension> dimensions = new ArrayList<>();
        String problem = null;
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            String label = parts[0].strip();
            String question = parts.length > 1 ? parts[1].strip() : "";
            String dimensionCode =
                    label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (label.isEmpty() || question.isEmpty() || label.length() > 100 || question.length() > 300) {
                problem =
                        "Write each dimension as a name, a | and the question, like: Confidence | How confident do you feel?";
            } else if (dimensionCode.isEmpty()
                    || !Character.isLetter(dimensionCode.charAt(0))
                    || dimensions.stream().anyMatch(d -> d.code().equals(dimensionCode))) {
                problem = "Give each dimension a different name that starts with a letter";
            } else {
                dimensions.add(new ReferenceData.Dimension(
                        dimensionCode.substring(0, Math.min(40, dimensionCode.length())), label, question));
            }
        }
        if (problem == null && dimensions.size() == 1) {
            problem = "Enter at least 2 dimensions, or none to use Goodwork's own instrument";
        }
        if (problem == null && dimensions.size() > 20) {
            problem = "Enter 20 dimensions or fewer";
        }
        if (problem != null) {
            model.addAttribute("programme", programme);
            model.addAttribute("lines", lines);
            model.addAttribute("defaults", referenceData.progressDimensions());
            model.addAttribute("problem", problem);
            return "programme/instrument";
        }
        programmes.setProgressDimensions(programme.id(), dimensions);
        redirect.addFlashAttribute(
                "success",
                dimensions.isEmpty()
                        ? "The programme uses Goodwork's own instrument"
                        : "The programme's instrument has " + dimensions.size() + " dimensions");
        return "redirect:/programmes/" + code;
    }

    @GetMapping("/programmes/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programmeForm", ProgrammeForm.of(programme));
        return formPage(model, programme);
    }

    @PostMapping("/programmes/{code}/edit")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        return save(code, form, result, model, redirect, programme);
    }

    private String save(
            String code,
            ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Programme existing) {
        if (!result.hasErrors()) {
            Map<String, String> problems = rules.problems(form.toSettings(), form.providerList());
            problems.forEach((field, message) -> result.rejectValue(fieldOf(field), "rule", sentence(field, message)));
        }
        if (result.hasErrors()) {
            return formPage(model, existing);
        }
        programmes.save(
                code,
                organisation(),
                form.toSettings(),
                form.providerList(),
                existing == null ? null : form.getVersion());
        redirect.addFlashAttribute("success", form.getName().strip() + " has been saved");
        return "redirect:/programmes/" + code;
    }

    private String formPage(Model model, Programme existing) {
        model.addAttribute("existing", existing);
        model.addAttribute(
                "economicStatusOptions",
                referenceData.codes(CodeList.ECONOMIC_STATUS).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        model.addAttribute(
                "needOptions",
                referenceData.codes(CodeList.SUPPORT_NEED).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        model.addAttribute(
                "providerOptions",
                directory.organisations().stream()
                        .filter(o -> o.type() == OrganisationType.PROVIDER && o.active())
                        .map(o -> Option.of(o.id().toString(), o.name()))
                        .toList());
        return "programme/form";
    }

    private Programme own(String code) {
        return programmes
                .find(code)
                .filter(p -> p.commissionerId().equals(organisation()))
                .orElseThrow(NotFoundException::new);
    }

    private UUID organisation() {
        SignedInUser user = currentActor.user().orElseThrow();
        return user.organisationId();
    }

    private static String fieldOf(String ruleField) {
        return switch (ruleField) {
            case "eligibility.maxAge" -> "maxAge";
            case "eligibility.postcodeDistricts" -> "postcodeDistricts";
            case "eligibility.economicStatuses" -> "economicStatuses";
            case "eligibility.requiredNeeds" -> "requiredNeeds";
            default -> ruleField;
        };
    }

    private static String sentence(String ruleField, String message) {
        return switch (ruleField) {
            case "eligibility.maxAge" -> "The maximum age must not be lower than the minimum age";
            case "eligibility.postcodeDistricts" -> "Enter postcode districts like QQ1 or QQ12, separated by spaces";
            case "providers" -> "Select providers from the list";
            default -> "Check this answer: it " + message;
        };
    }
}
