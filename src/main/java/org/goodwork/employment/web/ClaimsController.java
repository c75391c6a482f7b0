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
import org.goodwork.shared.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** The programme's outcome rules and prices, as typed; all optional but the bridged gap. */
    record OutcomeRulesForm(
            String bridgedGapDays,
            String earningsThreshold,
            String earningsWindowWeeks,
            String jobOutcome,
            String sustained13,
            String sustained26,
            String sustained52,
            String earnings) {

        static OutcomeRulesForm of(Programmes.OutcomePayments p) {
            return new OutcomeRulesForm(
                    String.valueOf(p.sustainedBridgedGapDays()),
                    text(p.earningsThreshold()),
                    p.earningsWindowWeeks() == null ? null : String.valueOf(p.earningsWindowWeeks()),
                    text(p.jobOutcome()),
                    text(p.sustained13()),
                    text(p.sustained26()),
                    text(p.sustained52()),
                    text(p.earnings()));
        }

        private static String text(BigDecimal amount) {
            return amount == null ? null : amount.toPlainString();
        }
    }

    @GetMapping("/programmes/{code}/outcomes")
    String outcomeRules(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute("outcomeRulesForm", OutcomeRulesForm.of(programmes.outcomePayments(programme.id())));
        return "employment/programme-outcomes";
    }

    @PostMapping("/programmes/{code}/outcomes")
    String saveOutcomeRules(
            @PathVariable String code,
            @ModelAttribute("outcomeRulesForm") OutcomeRulesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        if (form.bridgedGapDays() == null || form.bridgedGapDays().isBlank()) {
            result.rejectValue("bridgedGapDays", "required", "Enter a number of days from 0 to 90");
        }
        BigDecimal gap = FormValues.amount(
                form.bridgedGapDays(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(90),
                0,
                "bridgedGapDays",
                "Enter a number of days from 0 to 90",
                result);
        BigDecimal threshold = pounds(form.earningsThreshold(), "earningsThreshold", new BigDecimal("0.01"), result);
        BigDecimal window = FormValues.amount(
                form.earningsWindowWeeks(),
                BigDecimal.ONE,
                BigDecimal.valueOf(260),
                0,
                "earningsWindowWeeks",
                "Enter a number of weeks from 1 to 260",
                result);
        if (!result.hasFieldErrors("earningsThreshold")
                && !result.hasFieldErrors("earningsWindowWeeks")
                && (threshold == null) != (window == null)) {
            result.rejectValue(
                    "earningsThreshold", "pair", "Enter both the earnings threshold and its window, or neither");
        }
        Programmes.OutcomePayments payments = new Programmes.OutcomePayments(
                gap == null ? 0 : gap.intValueExact(),
                threshold,
                window == null ? null : window.intValueExact(),
                pounds(form.jobOutcome(), "jobOutcome", BigDecimal.ZERO, result),
                pounds(form.sustained13(), "sustained13", BigDecimal.ZERO, result),
                pounds(form.sustained26(), "sustained26", BigDecimal.ZERO, result),
                pounds(form.sustained52(), "sustained52", BigDecimal.ZERO, result),
                pounds(form.earnings(), "earnings", BigDecimal.ZERO, result));
        if (result.hasErrors()) {
            model.addAttribute("programme", programme);
            return "employment/programme-outcomes";
        }
        programmes.setOutcomePayments(programme.id(), payments);
        redirect.addFlashAttribute("success", "Outcome rules and prices saved");
        return "redirect:/programmes/" + code + "/outcomes";
    }

    private static BigDecimal pounds(String value, String field, BigDecimal least, BindingResult result) {
        return FormValues.amount(
                value,
                least,
                new BigDecimal("99999999"),
                2,
                field,
                "Enter an amount in pounds" + (least.signum() > 0 ? " above zero" : "") + ", like 1500 or 12.50",
                result);
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
