package org.goodwork.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.referral.Referrals;
import org.goodwork.referral.web.SelfReferralAnswers.Question;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public self-referral: one question a page, answers kept in the session until the person
 * sends them from check answers. Every form posts, then redirects.
 */
@Controller
@RequestMapping("/refer-yourself/{code}")
class SelfReferralController {

    private static final String ANSWERS = "selfReferral.answers.";
    private static final String SENT = "selfReferral.sent.";
    private static final int REFERRALS_PER_HOUR = 5;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{10,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Programmes programmes;
    private final Directory directory;
    private final Referrals referrals;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    SelfReferralController(
            Programmes programmes, Directory directory, Referrals referrals, RateLimiter rateLimiter, Clock clock) {
        this.programmes = programmes;
        this.directory = directory;
        this.referrals = referrals;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    record NameForm(
            @NotBlank(message = "Enter your given name")
            @Size(max = 100, message = "Given name must be 100 characters or fewer")
            String givenName,

            @NotBlank(message = "Enter your family name")
            @Size(max = 100, message = "Family name must be 100 characters or fewer")
            String familyName) {}

    record PostcodeForm(String postcode) {}

    record ContactForm(String phone, String email) {}

    record ReasonForm(
            @Size(max = 2000, message = "What you would like help with must be 2000 characters or fewer")
            String reason) {

        ReasonForm {
            // Browsers send a new line as two characters, but the character count shows one.
            reason = reason == null ? null : reason.replace("\r\n", "\n");
        }
    }

    /** A Boolean, because an unticked checkbox sends nothing at all. */
    record ConsentForm(Boolean consent) {}

    /** Every page names the programme and who will contact the person. */
    @ModelAttribute
    void programme(@PathVariable String code, Model model) {
        // A programme nobody delivers yet takes no referrals, so its pages do not exist.
        Programme programme =
                programmes.find(code).filter(p -> !p.providerIds().isEmpty()).orElseThrow(NotFoundException::new);
        model.addAttribute("programme", programme);
        // Referrals.receive gives a self-referral to the programme's first provider.
        model.addAttribute(
                "provider",
                directory
                        .organisation(programme.providerIds().getFirst())
                        .map(Organisation::name)
                        .orElseThrow());
    }

    @GetMapping("/name")
    String name(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("nameForm", new NameForm(answers.givenName(), answers.familyName()));
        return question(Question.NAME, code, answers, model);
    }

    @PostMapping("/name")
    String saveName(
            @PathVariable String code,
            @Valid @ModelAttribute("nameForm") NameForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        if (result.hasErrors()) {
            return question(Question.NAME, code, answers, model);
        }
        return save(
                code,
                answers.withName(form.givenName().strip(), form.familyName().strip()),
                session);
    }

    @GetMapping("/date-of-birth")
    String dateOfBirth(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("dateOfBirthForm", DateOfBirthForm.of(answers.dateOfBirth()));
        return question(Question.DATE_OF_BIRTH, code, answers, model);
    }

    @PostMapping("/date-of-birth")
    String saveDateOfBirth(
            @PathVariable String code,
            @ModelAttribute("dateOfBirthForm") DateOfBirthForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        Optional<DateOfBirthForm.Problem> problem = form.problem(LocalDate.now(clock.withZone(UK)));
        if (problem.isPresent()) {
            result.rejectValue(
                    problem.get().parts().getFirst(), "date", problem.get().message());
            model.addAttribute("dateErrorParts", problem.get().parts());
            return question(Question.DATE_OF_BIRTH, code, answers, model);
        }
        return save(code, answers.withDateOfBirth(form.date()), session);
    }

    @GetMapping("/postcode")
    String postcode(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("postcodeForm", new PostcodeForm(answers.postcode()));
        return question(Question.POSTCODE, code, answers, model);
    }

    @PostMapping("/postcode")
    String savePostcode(
            @PathVariable String code,
            @ModelAttribute("postcodeForm") PostcodeForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        Optional<String> postcode = Postcode.normalise(form.postcode());
        if (postcode.isEmpty()) {
            result.rejectValue(
                    "postcode",
                    "invalid",
                    blankToNull(form.postcode()) == null ? "Enter your postcode" : "Enter a real postcode");
            return question(Question.POSTCODE, code, answers, model);
        }
        return save(code, answers.withPostcode(postcode.get()), session);
    }

    @GetMapping("/contact")
    String contact(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("contactForm", new ContactForm(answers.phone(), answers.email()));
        return question(Question.CONTACT, code, answers, model);
    }

    @PostMapping("/contact")
    String saveContact(
            @PathVariable String code,
            @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        String phone = blankToNull(form.phone());
        String email = blankToNull(form.email());
        if (phone == null && email == null) {
            result.rejectValue("phone", "missing", "Enter a phone number or an email address");
        }
        if (phone != null && !isPhoneNumber(phone)) {
            result.rejectValue(
                    "phone", "format", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        }
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            result.rejectValue(
                    "email", "format", "Enter an email address in the correct format, like name@example.com");
        }
        if (result.hasErrors()) {
            return question(Question.CONTACT, code, answers, model);
        }
        return save(code, answers.withContact(phone, email), session);
    }

    @GetMapping("/reason")
    String reason(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("reasonForm", new ReasonForm(answers.reason()));
        return question(Question.REASON, code, answers, model);
    }

    @PostMapping("/reason")
    String saveReason(
            @PathVariable String code,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        if (result.hasErrors()) {
            return question(Question.REASON, code, answers, model);
        }
        return save(
                code,
                answers.withReason(form.reason() == null ? "" : form.reason().strip()),
                session);
    }

    @GetMapping("/consent")
    String consent(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        model.addAttribute("consentForm", new ConsentForm(answers.consent()));
        return question(Question.CONSENT, code, answers, model);
    }

    @PostMapping("/consent")
    String saveConsent(
            @PathVariable String code,
            @ModelAttribute("consentForm") ConsentForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        SelfReferralAnswers answers = answers(code, session);
        if (!Boolean.TRUE.equals(form.consent())) {
            result.rejectValue("consent", "required", "Select if you agree to be contacted about this referral");
            return question(Question.CONSENT, code, answers, model);
        }
        return save(code, answers.withConsent(), session);
    }

    @GetMapping("/check-answers")
    String checkAnswers(@PathVariable String code, HttpSession session, Model model) {
        SelfReferralAnswers answers = answers(code, session);
        Optional<String> unanswered = unanswered(code, answers);
        if (unanswered.isPresent()) {
            return unanswered.get();
        }
        model.addAttribute("answers", answers);
        return "referral/self/check-answers";
    }

    @PostMapping("/check-answers")
    String send(
            @PathVariable String code,
            @RequestParam(name = "website", required = false) String website,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response) {
        SelfReferralAnswers answers = answers(code, session);
        Optional<String> unanswered = unanswered(code, answers);
        if (unanswered.isPresent()) {
            return unanswered.get();
        }
        if (!rateLimiter.tryAcquire(
                "self-referral:" + request.getRemoteAddr(), REFERRALS_PER_HOUR, Duration.ofHours(1))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "referral/self/too-many-referrals";
        }
        // People cannot see the trap field, so whatever filled it in is a bot. It gets the usual
        // answer, so it cannot learn what gave it away, but its referral goes nowhere.
        String reference = blankToNull(website) != null
                ? Referrals.newReference()
                : referrals.receive(answers.toReferral(code)).reference();
        session.removeAttribute(ANSWERS + code);
        session.setAttribute(SENT + code, reference);
        return redirect(code, "confirmation");
    }

    @GetMapping("/confirmation")
    String confirmation(@PathVariable String code, HttpSession session, Model model) {
        Object reference = session.getAttribute(SENT + code);
        if (reference == null) {
            return "redirect:/refer-yourself";
        }
        model.addAttribute("reference", reference);
        return "referral/self/confirmation";
    }

    private static SelfReferralAnswers answers(String code, HttpSession session) {
        return session.getAttribute(ANSWERS + code) instanceof SelfReferralAnswers saved
                ? saved
                : SelfReferralAnswers.NONE;
    }

    /**
     * Keeps the answer and goes to the first question still unanswered: the next one the first
     * time through, and back to check answers after a change.
     */
    private static String save(String code, SelfReferralAnswers answers, HttpSession session) {
        session.setAttribute(ANSWERS + code, answers);
        return redirect(code, answers.firstUnanswered().map(q -> q.path).orElse("check-answers"));
    }

    private static Optional<String> unanswered(String code, SelfReferralAnswers answers) {
        return answers.firstUnanswered().map(q -> redirect(code, q.path));
    }

    private static String question(Question question, String code, SelfReferralAnswers answers, Model model) {
        String back;
        if (answers.firstUnanswered().isEmpty()) {
            back = page(code, "check-answers");
        } else if (question.ordinal() == 0) {
            back = "/refer-yourself";
        } else {
            back = page(code, Question.values()[question.ordinal() - 1].path);
        }
        model.addAttribute("back", back);
        return "referral/self/" + question.path;
    }

    private static String page(String code, String path) {
        return "/refer-yourself/" + code + "/" + path;
    }

    private static String redirect(String code, String path) {
        return "redirect:" + page(code, path);
    }

    private static boolean isPhoneNumber(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 10 && digits <= 15;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
