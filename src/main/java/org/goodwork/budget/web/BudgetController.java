package org.goodwork.budget.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.goodwork.budget.Budgets;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.FormValues;
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

/** A participant's personal budget, and team leaders' approvals of larger requests. */
@Controller
class BudgetController {

    private final Budgets budgets;
    private final Participants participants;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    BudgetController(
            Budgets budgets, Participants participants, ReferenceData referenceData, CurrentActor currentActor) {
        this.budgets = budgets;
        this.participants = participants;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    record SpendForm(
            String category,
            String amount,

            @NotBlank(message = "Enter what it is for")
            @Size(max = 1000, message = "This must be 1000 characters or fewer")
            String description) {}

    @GetMapping("/participants/{id}/budget")
    String ledger(@PathVariable UUID id, Model model) {
        model.addAttribute("spendForm", new SpendForm(null, null, null));
        return page(id, model);
    }

    @PostMapping("/participants/{id}/budget")
    String request(
            @PathVariable UUID id,
            @Valid @ModelAttribute("spendForm") SpendForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.category() == null
                || !referenceData.labels(CodeList.BUDGET_CATEGORY).containsKey(form.category())) {
            result.rejectValue("category", "required", "Select what kind of spend it is");
        }
        if (form.amount() == null || form.amount().isBlank()) {
            result.rejectValue("amount", "required", "Enter an amount in pounds and pence, like 45.50");
        }
        BigDecimal amount = FormValues.amount(
                form.amount(),
                new BigDecimal("0.01"),
                new BigDecimal("999999"),
                2,
                "amount",
                "Enter an amount in pounds and pence, like 45.50",
                result);
        if (!result.hasErrors()) {
            try {
                Budgets.Status status = budgets.request(
                        currentActor.participantScope(), id, form.category(), amount, form.description());
                redirect.addFlashAttribute(
                        "success",
                        status == Budgets.Status.APPROVED
                                ? "Spend recorded and approved"
                                : "Request sent to a team leader, because it is above the programme's threshold");
                return "redirect:/participants/" + id + "/budget";
            } catch (Budgets.OverBudgetException e) {
                result.rejectValue("amount", "over", "This is more than the budget left");
            }
        }
        return page(id, model);
    }

    @GetMapping("/budget-approvals")
    String approvals(Model model) {
        model.addAttribute(
                "waiting", budgets.waiting(currentActor.user().orElseThrow().organisationId()));
        return "budget/approvals";
    }

    @PostMapping("/budget-approvals/{id}")
    String decide(
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam Long version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        if (note != null && note.length() > 1000) {
            throw new NotFoundException();
        }
        boolean approve = "approve".equals(decision);
        budgets.decide(id, version == null ? -1 : version, approve, note);
        redirect.addFlashAttribute("success", approve ? "Request approved" : "Request declined");
        return "redirect:/budget-approvals";
    }

    private String page(UUID id, Model model) {
        model.addAttribute(
                "participant",
                participants.view(currentActor.participantScope(), id).orElseThrow(NotFoundException::new));
        model.addAttribute("ledger", budgets.ledger(currentActor.participantScope(), id));
        model.addAttribute(
                "categoryOptions",
                referenceData.codes(CodeList.BUDGET_CATEGORY).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        return "budget/ledger";
    }
}
