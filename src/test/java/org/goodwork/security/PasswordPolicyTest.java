package org.goodwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphraseWithNoSymbolsOrDigits() {
        assertThat(policy.problemWith("correct horse battery staple", "alex")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.problemWith("Tr0ub4dor&3", "alex")).contains("Password must be 12 characters or more");
    }

    @Test
    void countsCharactersNotBytesSoAccentedPassphrasesAreMeasuredFairly() {
        assertThat(policy.problemWith("ééééééééééé", "alex")).isPresent();
        assertThat(policy.problemWith("café au lait à midi", "alex")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problemWith("Password1234", "alex"))
                .hasValueSatisfying(p -> assertThat(p).contains("too common"));
        assertThat(policy.problemWith("QWERTYUIOP123", "alex"))
                .hasValueSatisfying(p -> assertThat(p).contains("too common"));
    }

    @Test
    void refusesRepeatedCharacters() {
        assertThat(policy.problemWith("aaaaaaaaaaaaaaaa", "alex")).isPresent();
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(policy.problemWith("alex.morgan-rocks-2026", "alex.morgan"))
                .contains("Password must not contain your username");
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(policy.problemWith("", "alex")).contains("Enter a password");
        assertThat(policy.problemWith(null, "alex")).contains("Enter a password");
    }
}
