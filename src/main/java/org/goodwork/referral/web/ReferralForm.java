package org.goodwork.referral.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A referral made by a member of staff for someone they are working with. */
record ReferralForm(
        @NotBlank(message = "Select the programme") String programme,

        @NotBlank(message = "Select where the referral comes from")
        String source,

        @Size(max = 200, message = "Referrer's name must be 200 characters or fewer")
        String referrerName,

        @Size(max = 2000, message = "Reason must be 2000 characters or fewer")
        String reason,

        @NotBlank(message = "Enter their first name")
        @Size(max = 100, message = "First name must be 100 characters or fewer")
        String givenName,

        @NotBlank(message = "Enter their last name")
        @Size(max = 100, message = "Last name must be 100 characters or fewer")
        String familyName,

        String dobDay,
        String dobMonth,
        String dobYear,
        String postcode,

        @Size(max = 40, message = "Phone number must be 40 characters or fewer")
        String phone,

        @Email(message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 320, message = "Email address must be 320 characters or fewer")
        String email,

        Boolean consentToContact) {

    static ReferralForm blank(String programme) {
        return new ReferralForm(programme, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
