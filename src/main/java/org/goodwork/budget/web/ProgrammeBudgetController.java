package org.goodwork.budget.web;

import java.math.BigDecimal;
import org.goodwork.budget.Budgets;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Commissioners set a programme's personal budget and see approved spend by kind, never by person. */
@Controller
class ProgrammeBudgetController {

    private final Programmes programmes;
    private final Budgets budgets;
    private final CurrentActor currentActor;

    ProgrammeBudgetController(Programmes programmes, Budgets budgets, CurrentActor currentActor) {
        this.programmes = programmes;
        this.budgets = budgets;
        this.currentActor = currentActor;
    }

    @GetMapping("/programmes/{code}/budget")
    String show(@PathVariable String code, Model model) {
        Programme programme = own(code);
        model.addAttribute("programme", programme);
        model.addAttribute("budget", programmes.budget(programme.id()));
        model.addAttribute("spendTotals", budgets.programmeTotals(programme.id()));
        return "budget/programme";
    }

    @PostMapping("/programmes/{code}/budget")
    String save(
            @PathVariable String code,
            @RequestParam(required = false) String allowance,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String basis,
            RedirectAttributes redirect) {
        Programme programme = own(code);
        try {
            programmes.setBudget(
                    programme.id(),
                    new Programmes.Budget(pounds(allowance), pounds(threshold), "HOUSEHOLD".equals(basis)));
            redirect.addFlashAttribute("success", "Personal budget saved");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("budgetError", "Enter amounts in pounds, like 2000 and 250");
        }
        return "redirect:/programmes/" + code + "/budget";
    }

    private static BigDecimal pounds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(value.strip().replace("£", "").replace(",", ""));
        if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(999_999)) > 0) {
            throw new NumberFormatException();
        }
        return amount;
    }

    private Programme own(String code) {
        return programmes
                .find(code)
                .filter(p -> p.commissionerId()
                        .equals(currentActor.user().orElseThrow().organisationId()))
                .orElseThrow(NotFoundException::new);
    }
}
