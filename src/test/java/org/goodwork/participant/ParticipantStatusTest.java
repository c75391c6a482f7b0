package org.goodwork.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantStatusTest {

    @Test
    void someoneReferredStartsLeavesAndCanComeBack() {
        assertThat(ParticipantStatus.REFERRED.start()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(ParticipantStatus.ACTIVE.exit()).isEqualTo(ParticipantStatus.EXITED);
        assertThat(ParticipantStatus.EXITED.reopen()).isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void someoneReferredWhoNeverStartsCanStillLeave() {
        assertThat(ParticipantStatus.REFERRED.exit()).isEqualTo(ParticipantStatus.EXITED);
    }

    @Test
    void illegalMovesAreRefused() {
        assertThatThrownBy(ParticipantStatus.ACTIVE::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ParticipantStatus.EXITED::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ParticipantStatus.EXITED::exit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ParticipantStatus.ACTIVE::reopen).isInstanceOf(IllegalStateException.class);
    }
}
