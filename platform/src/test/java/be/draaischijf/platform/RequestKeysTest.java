package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What may be a request key, and what the modules keep of one (ADR 0049). */
class RequestKeysTest {

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertThat(RequestKeys.isValid("8e03978e-40d5-43e8-bc93-6894a57f9324")).isTrue();
        assertThat(RequestKeys.isValid("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")).as("the draft's quoted form").isTrue();
        assertThat(RequestKeys.isValid("x")).isTrue();
        assertThat(RequestKeys.isValid("~".repeat(255))).isTrue();

        assertThat(RequestKeys.isValid(null)).isFalse();
        assertThat(RequestKeys.isValid("")).isFalse();
        assertThat(RequestKeys.isValid("a".repeat(256))).isFalse();
        assertThat(RequestKeys.isValid("two words")).isFalse();
        assertThat(RequestKeys.isValid("tab\tkey")).isFalse();
        assertThat(RequestKeys.isValid("sleutel-é")).isFalse();
        assertThat("a".repeat(255)).matches(RequestKeys.PATTERN);
        assertThat("a b").doesNotMatch(RequestKeys.PATTERN);
        assertThat("a".repeat(256)).doesNotMatch(RequestKeys.PATTERN);
    }

    @Test
    void theDatabaseKeepsAHashOfTheKeyNeverTheKey() {
        String stored = RequestKeys.stored("mijn-sleutel-1");

        assertThat(stored).hasSize(64).matches("[0-9a-f]+").doesNotContain("sleutel");
        assertThat(RequestKeys.stored("mijn-sleutel-1")).isEqualTo(stored);
        assertThat(RequestKeys.stored("mijn-sleutel-2")).isNotEqualTo(stored);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceAnother() {
        UUID session = UUID.fromString("6f1c2e0a-0000-4000-8000-000000000001");
        String fingerprint = RequestKeys.fingerprint(session, "Ann", "Tester", LocalDate.of(2010, 3, 14), true, null);

        assertThat(fingerprint).hasSize(64);
        assertThat(RequestKeys.fingerprint(session, "Ann", "Tester", LocalDate.of(2010, 3, 14), true, null))
                .isEqualTo(fingerprint);
        assertThat(RequestKeys.fingerprint(session, "Ann", "Testers", LocalDate.of(2010, 3, 14), true, null))
                .isNotEqualTo(fingerprint);
        assertThat(RequestKeys.fingerprint(session, "Ann", "Tester", LocalDate.of(2010, 3, 14), true, ""))
                .as("empty is not absent").isNotEqualTo(fingerprint);
        assertThat(RequestKeys.fingerprint("ab", "c")).as("parts do not run into each other")
                .isNotEqualTo(RequestKeys.fingerprint("a", "bc"));
        assertThat(RequestKeys.fingerprint(List.of("ABSENTEEISM", "DROPOUT")))
                .as("a set in another order is the same")
                .isEqualTo(RequestKeys.fingerprint(new LinkedHashSet<>(List.of("DROPOUT", "ABSENTEEISM"))));
        assertThat(RequestKeys.fingerprint(Set.of("ABSENTEEISM"))).isNotEqualTo(RequestKeys.fingerprint("ABSENTEEISM"));
    }

    @Test
    void aTokenDerivedFromAKeyIsTheSameEachTimeAndLooksLikeAnyOtherToken() {
        String token = RequestKeys.token("mijn-sleutel-1", "registration-link:1");

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(RequestKeys.token("mijn-sleutel-1", "registration-link:1")).isEqualTo(token);
        assertThat(RequestKeys.token("mijn-sleutel-1", "registration-link:2")).isNotEqualTo(token);
        assertThat(RequestKeys.token("mijn-sleutel-2", "registration-link:1")).isNotEqualTo(token);
        assertThat(OneTimeTokens.newToken()).hasSize(token.length());
    }
}
