package org.goodwork.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.SustainedRule;
import org.goodwork.engagement.Contacts;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.security.ParticipantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a programme's outcome rules to a participant's spells, and works out the in-work
 * check-ins and sustainment checks keyworkers are prompted for.
 */
@Service
public class EmploymentOutcomes {

    /** In-work check-ins are weekly for the first month of a job, then at the spell's own interval. */
    static final int FIRST_MONTH_DAYS = 28;

    static final int WEEKLY = 7;

    private final Programmes programmes;
    private final Contacts contacts;
    private final Participants participants;
    private final Employment employment;

    EmploymentOutcomes(Programmes programmes, Contacts contacts, Participants participants, Employment employment) {
        this.programmes = programmes;
        this.contacts = contacts;
        this.participants = participants;
        this.employment = employment;
    }

    public enum Outcome {
        JOB_OUTCOME("Job outcome"),
        SUSTAINED_13("Sustained employment, 13 weeks"),
        SUSTAINED_26("Sustained employment, 26 weeks"),
        SUSTAINED_52("Sustained employment, 52 weeks"),
        EARNINGS("Earnings outcome");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record OutcomeStatus(Outcome outcome, OutcomeProgress progress) {}

    /**
     * The programme's rules, as a list of outcomes. The job outcome counts one spell at a time ("a spell
     * of at least the programme's minimum weekly hours", as the report contract defines it), so
     * keyworker pages, claims and reports agree.
     */
    @Transactional(readOnly = true)
    public Map<Outcome, OutcomeRule> rules(UUID programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow();
        Programmes.OutcomePayments payments = programmes.outcomePayments(programmeId);
        Programme.JobOutcomeRule jobOutcome = programme.settings().jobOutcome();
        Map<Outcome, OutcomeRule> rules = new java.util.LinkedHashMap<>();
        rules.put(
                Outcome.JOB_OUTCOME,
                new HoursRule(
                        jobOutcome.minWeeklyHours(),
                        jobOutcome.minConsecutiveWeeks(),
                        HoursRule.Counting.SINGLE_SPELL));
        int gap = payments.sustainedBridgedGapDays();
        rules.put(Outcome.SUSTAINED_13, new SustainedRule(91, gap));
        rules.put(Outcome.SUSTAINED_26, new SustainedRule(182, gap));
        rules.put(Outcome.SUSTAINED_52, new SustainedRule(364, gap));
        if (payments.hasEarningsRule()) {
            rules.put(Outcome.EARNINGS, new EarningsRule(payments.earningsThreshold(), payments.earningsWindowWeeks()));
        }
        return rules;
    }

    /** Each outcome's progress as at a date; the earnings window opens on the programme start date. */
    public List<OutcomeStatus> statuses(
            Map<Outcome, OutcomeRule> rules, List<Employment.Spell> spells, LocalDate startDate, LocalDate asAt) {
        List<EmploymentSpell> forRules =
                spells.stream().map(Employment.Spell::forRules).toList();
        List<OutcomeStatus> statuses = new ArrayList<>();
        rules.forEach((outcome, rule) -> {
            if (rule instanceof EarningsRule && startDate == null) {
                return;
            }
            statuses.add(new OutcomeStatus(
                    outcome, OutcomeRules.progress(rule, forRules, startDate == null ? asAt : startDate, asAt)));
        });
        return statuses;
    }

    /** The 13, 26 and 52 week checks from the first job start that are due and have no evidence since. */
    public List<SustainmentCheck> sustainmentChecksDue(
            List<Employment.Spell> spells, Map<UUID, List<Employment.Evidence>> evidence, LocalDate today) {
        Optional<LocalDate> firstStart = OutcomeRules.firstJobStart(
                spells.stream().map(Employment.Spell::forRules).toList(), today);
        if (firstStart.isEmpty()) {
            return List.of();
        }
        Optional<LocalDate> latestEvidence = evidence.values().stream()
                .flatMap(List::stream)
                .map(Employment.Evidence::evidenceDate)
                .max(LocalDate::compareTo);
        return OutcomeRules.sustainmentChecks(firstStart.get()).stream()
                .filter(check -> check.isDueBy(today))
                .filter(check ->
                        latestEvidence.isEmpty() || latestEvidence.get().isBefore(check.dueOn()))
                .toList();
    }

    /**
     * When the next in-work check-in is due for an ongoing spell: weekly in the first month, then at the
     * spell's interval, counted from the last in-work contact or the start.
     */
    public static LocalDate nextCheckIn(Employment.Spell spell, LocalDate lastCheckIn) {
        LocalDate from =
                lastCheckIn == null || lastCheckIn.isBefore(spell.startDate()) ? spell.startDate() : lastCheckIn;
        boolean firstMonth = from.isBefore(spell.startDate().plusDays(FIRST_MONTH_DAYS));
        return from.plusDays(firstMonth ? WEEKLY : spell.checkInIntervalDays());
    }

    /** Something due in someone's in-work support: a check-in, or a sustainment check needing evidence. */
    public record WorkPrompt(UUID participantId, String fullName, String what, LocalDate dueOn) {}

    /** In-work check-ins and sustainment checks due for the people on a caseload, most overdue first. */
    @Transactional(readOnly = true)
    public List<WorkPrompt> prompts(ParticipantScope scope, LocalDate today) {
        List<Participants.ActiveParticipant> active = participants.active(scope);
        if (active.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = active.stream().map(Participants.ActiveParticipant::id).toList();
        Map<UUID, List<Employment.Spell>> spells = employment.spellsOf(ids);
        if (spells.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> lastCheckIns = lastCheckIns(List.copyOf(spells.keySet()));
        Map<UUID, List<Employment.Evidence>> evidence = employment.evidenceOf(spells.values().stream()
                .flatMap(List::stream)
                .map(Employment.Spell::id)
                .toList());
        List<WorkPrompt> prompts = new ArrayList<>();
        for (Participants.ActiveParticipant person : active) {
            List<Employment.Spell> theirs = spells.getOrDefault(person.id(), List.of());
            for (Employment.Spell spell : theirs) {
                if (spell.ongoing()) {
                    LocalDate next = nextCheckIn(spell, lastCheckIns.get(person.id()));
                    if (!next.isAfter(today)) {
                        prompts.add(new WorkPrompt(
                                person.id(), person.fullName(), "In-work check-in: " + spell.jobTitle(), next));
                    }
                }
            }
            Map<UUID, List<Employment.Evidence>> theirEvidence = new java.util.HashMap<>();
            theirs.forEach(s -> theirEvidence.put(s.id(), evidence.getOrDefault(s.id(), List.of())));
            for (SustainmentCheck check : sustainmentChecksDue(theirs, theirEvidence, today)) {
                prompts.add(new WorkPrompt(
                        person.id(), person.fullName(), check.weeks() + "-week sustainment check", check.dueOn()));
            }
        }
        prompts.sort(java.util.Comparator.comparing(WorkPrompt::dueOn));
        return prompts;
    }

    /** The last in-work check-in with each of these people. */
    public Map<UUID, LocalDate> lastCheckIns(List<UUID> participantIds) {
        return contacts.latestContacts(participantIds, "IN_WORK");
    }
}
