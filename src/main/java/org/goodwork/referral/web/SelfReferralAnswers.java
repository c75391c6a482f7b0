package org.goodwork.referral.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.goodwork.referral.NewReferral;

/**
 * What someone has answered so far in a self-referral. It lives in the session, which Spring
 * Session keeps in PostgreSQL, so it is serialisable; it is immutable so that every change goes
 * through {@code setAttribute}, the only way Spring Session notices it.
 */
record SelfReferralAnswers(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String phone,
        String email,
        String reason,
        boolean consent)
        implements Serializable {

    /** The questions in the order they are asked; each is a page at {@code /refer-yourself/{code}/{path}}. */
    enum Question {
        NAME("name"),
        DATE_OF_BIRTH("date-of-birth"),
        POSTCODE("postcode"),
        CONTACT("contact"),
        REASON("reason"),
        CONSENT("consent");

        final String path;

        Question(String path) {
            this.path = path;
        }
    }

    static final SelfReferralAnswers NONE = new SelfReferralAnswers(null, null, null, null, null, null, null, false);

    /** The first question still to answer, or empty when everything is ready to check. */
    Optional<Question> firstUnanswered() {
        return Arrays.stream(Question.values()).filter(q -> !answered(q)).findFirst();
    }

    private boolean answered(Question question) {
        return switch (question) {
            case NAME -> givenName != null;
            case DATE_OF_BIRTH -> dateOfBirth != null;
            case POSTCODE -> postcode != null;
            case CONTACT -> phone != null || email != null;
            // Optional, so an empty answer is still an answer: only null means not asked yet.
            case REASON -> reason != null;
            case CONSENT -> consent;
        };
    }

    SelfReferralAnswers withName(String given, String family) {
        return new SelfReferralAnswers(given, family, dateOfBirth, postcode, phone, email, reason, consent);
    }

    SelfReferralAnswers withDateOfBirth(LocalDate date) {
        return new SelfReferralAnswers(givenName, familyName, date, postcode, phone, email, reason, consent);
    }

    SelfReferralAnswers withPostcode(String value) {
        return new SelfReferralAnswers(givenName, familyName, dateOfBirth, value, phone, email, reason, consent);
    }

    SelfReferralAnswers withContact(String newPhone, String newEmail) {
        return new SelfReferralAnswers(
                givenName, familyName, dateOfBirth, postcode, newPhone, newEmail, reason, consent);
    }

    SelfReferralAnswers withReason(String value) {
        return new SelfReferralAnswers(givenName, familyName, dateOfBirth, postcode, phone, email, value, consent);
    }

    SelfReferralAnswers withConsent() {
        return new SelfReferralAnswers(givenName, familyName, dateOfBirth, postcode, phone, email, reason, true);
    }

    NewReferral toReferral(String programmeCode) {
        return new NewReferral(
                programmeCode,
                "SELF",
                null,
                reason,
                givenName,
                familyName,
                dateOfBirth,
                postcode,
                phone,
                email,
                consent,
                null,
                null);
    }
}
