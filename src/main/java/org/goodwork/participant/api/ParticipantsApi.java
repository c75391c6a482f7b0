package org.goodwork.participant.api;

import java.time.LocalDate;
import java.util.UUID;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ParticipantsApi {

    private final Participants participants;
    private final CurrentActor currentActor;

    ParticipantsApi(Participants participants, CurrentActor currentActor) {
        this.participants = participants;
        this.currentActor = currentActor;
    }

    /** The participant's summary, without case notes. */
    record ParticipantDocument(
            UUID id,
            String ref,
            String status,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String postcode,
            LocalDate referralDate,
            LocalDate startDate,
            UUID keyworkerId,
            UUID householdId) {

        static ParticipantDocument of(ParticipantRecord record) {
            return new ParticipantDocument(
                    record.id(),
                    record.reference(),
                    record.status().name(),
                    record.givenName(),
                    record.familyName(),
                    record.dateOfBirth(),
                    record.postcode(),
                    record.referralDate(),
                    record.startDate(),
                    record.keyworkerId(),
                    record.householdId());
        }
    }

    @GetMapping("/api/v1/participants/{id}")
    ParticipantDocument participant(@PathVariable UUID id) {
        return participants
                .view(currentActor.participantScope(), id)
                .map(ParticipantDocument::of)
                .orElseThrow(NotFoundException::new);
    }
}
