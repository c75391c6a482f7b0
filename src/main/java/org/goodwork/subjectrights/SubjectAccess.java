package org.goodwork.subjectrights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.assessment.ProgressReviews;
import org.goodwork.audit.AccessLog;
import org.goodwork.budget.Budgets;
import org.goodwork.employment.Employment;
import org.goodwork.engagement.Activities;
import org.goodwork.engagement.Appointments;
import org.goodwork.engagement.Contacts;
import org.goodwork.engagement.PartnerReferrals;
import org.goodwork.matching.Applications;
import org.goodwork.participant.Casework;
import org.goodwork.participant.JobPreferences;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.plan.MovingOn;
import org.goodwork.plan.Plans;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.RecordAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers everything held about one person, for a subject access request. */
@Service
public class SubjectAccess {

    private final Participants participants;
    private final Casework casework;
    private final JobPreferences jobPreferences;
    private final Plans plans;
    private final Contacts contacts;
    private final Appointments appointments;
    private final PartnerReferrals partnerReferrals;
    private final ProgressReviews progressReviews;
    private final Activities activities;
    private final MovingOn movingOn;
    private final Budgets budgets;
    private final Applications applications;
    private final Employment employment;
    private final AccessLog accessLog;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    SubjectAccess(
            Participants participants,
            Casework casework,
            JobPreferences jobPreferences,
            Plans plans,
            Contacts contacts,
            Appointments appointments,
            PartnerReferrals partnerReferrals,
            ProgressReviews progressReviews,
            Activities activities,
            MovingOn movingOn,
            Budgets budgets,
            Applications applications,
            Employment employment,
            AccessLog accessLog,
            CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.participants = participants;
        this.casework = casework;
        this.jobPreferences = jobPreferences;
        this.plans = plans;
        this.contacts = contacts;
        this.appointments = appointments;
        this.partnerReferrals = partnerReferrals;
        this.progressReviews = progressReviews;
        this.activities = activities;
        this.movingOn = movingOn;
        this.budgets = budgets;
        this.applications = applications;
        this.employment = employment;
        this.accessLog = accessLog;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** What happened in one job: progression, issues raised and evidence of the work. */
    public record InWork(
            UUID jobId,
            List<Employment.Progression> progression,
            List<Employment.Issue> issues,
            List<Employment.Evidence> evidence) {}

    /** Every section, in the order a person would read it. The export itself is logged. */
    @Transactional
    public Map<String, Object> everything(UUID participantId) {
        ParticipantScope scope = currentActor.participantScope();
        ParticipantRecord record = participants.view(scope, participantId).orElseThrow(NotFoundException::new);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("person", record);
        all.put("jobPreferences", jobPreferences.preferences(scope, participantId));
        all.put("occupations", jobPreferences.occupations(scope, participantId));
        all.put("consents", casework.consents(scope, participantId));
        all.put("goals", plans.goals(scope, participantId));
        all.put("actions", plans.actions(scope, participantId));
        all.put("progressReviews", progressReviews.reviews(scope, participantId));
        all.put("contacts", contacts.list(scope, participantId));
        all.put("appointments", appointments.forParticipant(scope, participantId));
        all.put("partnerReferrals", partnerReferrals.forParticipant(scope, participantId));
        all.put("activities", activities.list(scope, participantId));
        all.put("movingOn", movingOn.steps(scope, participantId));
        all.put(
                "budget",
                budgets.ledger(scope, participantId).entries().stream()
                        .filter(e -> e.participantId().equals(participantId))
                        .toList());
        all.put("matchResponses", applications.responses(scope, participantId));
        all.put("applications", applications.list(scope, participantId));
        List<Employment.Spell> spells = employment.spells(scope, participantId);
        all.put("jobs", spells);
        all.put(
                "inWork",
                spells.stream()
                        .map(s -> new InWork(
                                s.id(),
                                employment.progression(scope, participantId, s.id()),
                                employment.issues(scope, participantId, s.id()),
                                employment.evidence(scope, participantId, s.id())))
                        .toList());
        all.put("timeline", casework.timeline(scope, participantId));
        all.put("whoHasSeenTheRecord", accessLog.search(participantId, null, 10_000));
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(),
                RecordAccessed.Action.EXPORT,
                Participants.SUBJECT_TYPE,
                participantId,
                "Subject access request"));
        return all;
    }
}
