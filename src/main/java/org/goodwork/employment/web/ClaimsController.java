package org.goodwork.employment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.goodwork.employment.EmploymentOutcomes;
import org.goodwork.employment.OutcomeClaims;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment by results: team leaders claim achieved outcomes, commissioners set the rules and prices and
 * decide on claims, seeing references rather than names.
 */
@Controller
class ClaimsController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OutcomeClaims claims;
    private final Programmes programmes;
    private final CurrentActor currentActor;
    private final Clock clock;

    ClaimsController(OutcomeClaims claims, Programmes programmes, CurrentActor currentActor, Clock clock) {
        this.claims = claims;
        this.programmes = programmes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/claims")
    String claims(Model model) {
        UUID organisation = user().organisationId();
        model.addAttribute("claimable", claims.claimable(organisation, today()));
        model.addAttribute("claims", claims.forOrganisation(organisation));
        return "employment/claims";
    }

    @PostMapping("/claims")
    String draft(@RequestParam UUID participant, @RequestParam String outcome, RedirectAttributes redirect) {
        EmploymentOutcomes.Outcome which = Arrays.stream(EmploymentOutcomes.Outcome.values())
                .filter(o -> o.name().equals(outcome))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        try {
            claims.draft(user().organisationId(), participant, which, today());
            redirect.addFlashAttribute("success", "Draft claim created. Check the evidence, then submit it");
        } catch (OutcomeClaims.NotClaimableException e) {
            redirect.addFlashAttribute("problem", "That outcome has already been claimed, or is no longer achieved");
            redirect.addFlashAttribute("problemAt", "claims");
        }
        return "redirect:/claims";
    }

    @PostMapping("/claims/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        claims.submit(user().organisationId(), id, version);
        redirect.addFlashAttribute("success", "Claim submitted to the commissioner");
        return "redirect:/claims";
    }

    @GetMapping("/programmes/{code}/claims")
    String programmeClaims(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute("claims", claims.forProgramme(programme.id()));
        return "employment/programme-claims";
    }

    @PostMapping("/programmes/{code}/claims/{id}")
    String decide(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        if (!"accept".equals(decision) && !"reject".equals(decision)) {
            redirect.addFlashAttribute("problem", "Select accept or reject");
            redirect.addFlashAttribute("problemAt", "accept-" + id);
            return "redirect:/programmes/" + code + "/claims";
        }
        claims.decide(
                programme.id(),
                id,
                version,
                "accept".equals(decision),
                note == null ? null : note.substring(0, Math.min(note.length(), 1000)));
        redirect.addFlashAttribute("success", "accept".equals(decision) ? "Claim accepted" : "Claim rejected");
        return "redirect:/programmes/" + code + "/claims";
    }

    @GetMapping("/programmes/{code}/outcomes")
    String outcomeRules(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute("payments", programmes.outcomePayments(programme.id()));
        return "employment/programme-outcomes";
    }

    @PostMapping("/programmes/{code}/outcomes")
    String saveOutcomeRules(
            @PathVariable String code,
            @RequestParam(required = false) String bridgedGapDays,
            @RequestParam(required = false) String earningsThreshold,
            @RequestParam(required = false) String earningsWindowWeeks,
            @RequestParam(required = false) String jobOutcome,
            @RequestParam(required = false) String sustained13,
            @RequestParam(required = false) String sustained26,
            @RequestParam(required = false) String sustained52,
            @RequestParam(required = false) String earnings,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer gap = whole(bridgedGapDays, 0, 90);
        if (gap == null) {
            errors.put("bridgedGapDays", "Enter a number of days from 0 to 90");
        }
        BigDecimal threshold = pounds(earningsThreshold, "earningsThreshold", errors);
        if (threshold != null && threshold.signum() == 0) {
            errors.put("earningsThreshold", "Enter an earnings threshold above zero, or leave it empty");
            threshold = null;
        }
        Integer window = earningsWindowWeeks == null || earningsWindowWeeks.isBlank()
                ? null
                : whole(earningsWindowWeeks, 1, 260);
        if (earningsWindowWeeks != null && !earningsWindowWeeks.isBlank() && window == null) {
            errors.put("earningsWindowWeeks", "Enter a number of weeks from 1 to 260");
        }
        if (!errors.containsKey("earningsThreshold")
                && !errors.containsKey("earningsWindowWeeks")
                && (threshold == null) != (window == null)) {
            errors.put("earningsThreshold", "Enter both the earnings threshold and its window, or neither");
        }
        Programmes.OutcomePayments payments = new Programmes.OutcomePayments(
                gap == null ? 14 : gap,
                threshold,
                window,
                pounds(jobOutcome, "jobOutcome", errors),
                pounds(sustained13, "sustained13", errors),
                pounds(sustained26, "sustained26", errors),
                pounds(sustained52, "sustained52", errors),
                pounds(earnings, "earnings", errors));
        if (!errors.isEmpty()) {
            model.addAttribute("programme", programme);
            model.addAttribute("payments", payments);
            model.addAttribute("errors", errors);
            java.util.Map<String, String> entered = new java.util.HashMap<>();
            entered.put("bridgedGapDays", bridgedGapDays);
            entered.put("earningsThreshold", earningsThreshold);
            entered.put("earningsWindowWeeks", earningsWindowWeeks);
            entered.put("jobOutcome", jobOutcome);
            entered.put("sustained13", sustained13);
            entered.put("sustained26", sustained26);
            entered.put("sustained52", sustained52);
            entered.put("earnings", earnings);
            model.addAttribute("entered", entered);
            return "employment/programme-outcomes";
        }
        programmes.setOutcomePayments(programme.id(), payments);
        redirect.addFlashAttribute("success", "Outcome rules and prices saved");
        return "redirect:/programmes/" + code + "/outcomes";
    }

    private static Integer whole(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            return number < min || number > max ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal pounds(String value, String field, java.util.Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace("£", "").replace(",", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("99999999")) > 0) {
                errors.put(field, "Enter an amount in pounds, like 1500 or 12.50");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put(field, "Enter an amount in pounds, like 1500 or 12.50");
            return null;
        }
    }

    private Programme own(String code) {
        return programmes
                .find(code)
                .filter(p -> p.commissionerId().equals(user().organisationId()))
                .orElseThrow(NotFoundException::new);
    }

    private SignedInUser user() {
        return currentActor.user().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
