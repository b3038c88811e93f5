package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.RequestKeys;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.RequestKeyReused;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.RegistrationReceipt;
import be.draaischijf.training.api.RegistrationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A registration with a request key (Idempotency-Key, ADR 0049) on PostgreSQL and H2: a retry answers the registration
 * the first attempt made, with the same link, and makes and mails nothing; the key with another form is refused;
 * attempts at the same moment make one registration; anonymising the registration takes the key away.
 */
class IdempotentRegistrationDatabaseTest {

    private static final String KEY = "3c9e1f7a-2b4d-4c6e-8f0a-1b2c3d4e5f60";

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRetryAnswersTheSameRegistrationWithTheSameLinkAndMakesAndMailsNothing(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie opnieuw", 1, 10));

            RegistrationReceipt ann = register(emf, session, TrainingFixture.form("Ann"), KEY);
            RegistrationReceipt annAgain = register(emf, session, TrainingFixture.form("Ann"), KEY);

            assertThat(ann.replayed()).isFalse();
            assertThat(ann.result().status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(ann.result().cancelToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(annAgain.replayed()).isTrue();
            assertThat(annAgain.result()).as("the same answer, the same link").isEqualTo(ann.result());
            assertThat(fixture.mails).as("one confirmation").singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("ann@example.org");
                assertThat(mail.text()).contains("/inschrijving/" + ann.result().cancelToken());
            });
            assertThat(participants(emf, session)).isEqualTo(1);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em)
                    .findByToken(annAgain.result().cancelToken()))).as("the link works").isPresent();

            // someone on the waiting list is told their place again
            RegistrationReceipt bob = register(emf, session, TrainingFixture.form("Bob"), "bob-1");
            assertThat(bob.result().status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(register(emf, session, TrainingFixture.form("Bob"), "bob-1").result()).isEqualTo(bob.result());

            // the database keeps hashes only: of the key, and of the link as for any link
            Object[] kept = fixture.inTransaction(emf, (EntityManager em) -> (Object[]) em.createNativeQuery(
                    "select request_key, request_fingerprint from training_registration where id = ?1")
                    .setParameter(1, ann.result().id()).getSingleResult());
            assertThat((String) kept[0]).isEqualTo(RequestKeys.stored(KEY)).doesNotContain(KEY);
            assertThat((String) kept[1]).hasSize(64);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> ((Number) em.createNativeQuery(
                    "select count(*) from training_registration_token where token_hash = ?1")
                    .setParameter(1, OneTimeTokens.hash(ann.result().cancelToken())).getSingleResult()).longValue()))
                    .as("one link, hashed").isEqualTo(1L);

            // the answer is the same after the window closed: the first attempt was in time
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(11));
            assertThat(register(emf, session, TrainingFixture.form("Ann"), KEY).result()).isEqualTo(ann.result());
            assertThatThrownBy(() -> register(emf, session, TrainingFixture.form("Cas"), "cas-1"))
                    .as("a new request is too late").isInstanceOf(NotAllowedNow.class);
            assertThat(fixture.mails).as("nothing mailed again").hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameKeyWithAnotherFormIsRefusedAndInAnotherSessionIsANewRequest(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie andere vraag", 5, 10));
            UUID other = fixture.published(emf, TrainingFixture.draft("Infosessie andere sessie", 5, 10));
            RegistrationReceipt ann = register(emf, session, TrainingFixture.form("Ann"), KEY);

            RegistrationForm changed = new RegistrationForm("Ann", "Tester", "ann@example.org", "Test School", "EDUCATION",
                    "leerkracht", "Ik kom met twee.", true);
            assertThatThrownBy(() -> register(emf, session, changed, KEY))
                    .isInstanceOfSatisfying(RequestKeyReused.class,
                            e -> assertThat(e.key()).isEqualTo("draaischijf.request-key.reused"));
            assertThatThrownBy(() -> register(emf, session, TrainingFixture.form("Bob"), KEY))
                    .isInstanceOf(RequestKeyReused.class);
            assertThat(participants(emf, session)).as("nothing stored").isEqualTo(1);
            assertThat(fixture.mails).as("nothing mailed").hasSize(1);

            RegistrationReceipt elsewhere = register(emf, other, TrainingFixture.form("Ann"), KEY);
            assertThat(elsewhere.replayed()).as("a key belongs to one session").isFalse();
            assertThat(elsewhere.result().cancelToken()).isNotEqualTo(ann.result().cancelToken());

            // without a key nothing changes: the same address again is refused as before
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em)
                    .register(session, TrainingFixture.form("Ann"))))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("ALREADY_REGISTERED"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiveAttemptsWithOneKeyAtTheSameMomentMakeOneRegistrationAndTheOthersGetIt(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie tegelijk", 10, 10));

            List<RegistrationReceipt> receipts = RegistrationDatabaseTest.concurrently(5,
                    i -> register(emf, session, TrainingFixture.form("Ann"), KEY));

            assertThat(receipts).filteredOn(receipt -> !receipt.replayed()).hasSize(1);
            assertThat(receipts).extracting(RegistrationReceipt::result).containsOnly(receipts.get(0).result());
            assertThat(participants(emf, session)).isEqualTo(1);
            assertThat(fixture.mails).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anonymisingTheRegistrationTakesItsKeyAndFingerprintAway(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            RetentionPeriods periods = new RetentionPeriods(fixture.dataSource);
            for (RetentionKind each : RetentionKind.values()) {
                if (each.configurable()) {
                    periods.change(each, each.defaultPeriod(), "admin", Instant.now());
                }
            }
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie vergeten", 5, 1));
            UUID id = register(emf, session, TrainingFixture.form("Ann"), KEY).result().id();
            Instant ended = fixture.inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select s.endsAt from TrainingSession s where s.id = :id", Instant.class).setParameter("id", session)
                    .getSingleResult());
            fixture.clock = Clock.fixed(ended.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
            fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).closePastSessions());
            Instant yearLater = ended.atZone(ZoneOffset.UTC).plus(RetentionKind.TRAINING_REGISTRATIONS.defaultPeriod())
                    .toInstant().plusSeconds(1);

            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").privacy(em).applyRetention(yearLater));

            Object[] kept = fixture.inTransaction(emf, (EntityManager em) -> (Object[]) em.createNativeQuery(
                    "select request_key, request_fingerprint, first_name from training_registration where id = ?1")
                    .setParameter(1, id).getSingleResult());
            assertThat(kept).as("anonymised, key and all").containsOnlyNulls();
        }
    }

    @Test
    void aKeyThatIsNoKeyIsRefusedByTheApiNamingIt() throws NoSuchMethodException {
        var validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        var method = SessionRegistrationsBean.class.getMethod("register", UUID.class, RegistrationForm.class, String.class);

        for (String bad : List.of("", "met spatie", "x".repeat(256))) {
            assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new SessionRegistrationsBean(),
                    method, new Object[] {UUID.randomUUID(), TrainingFixture.form("Ann"), bad})).errors())
                    .as(bad).extracting(FieldError::field, FieldError::key)
                    .containsExactly(tuple("requestKey", "draaischijf.request-key.format"));
        }
        assertThat(validator.forExecutables().validateParameters(new SessionRegistrationsBean(), method,
                new Object[] {UUID.randomUUID(), TrainingFixture.form("Ann"), KEY})).isEmpty();
    }

    private RegistrationReceipt register(EntityManagerFactory emf, UUID session, RegistrationForm form, String key) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, form, key));
    }

    private long participants(EntityManagerFactory emf, UUID session) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                .countParticipants(session, null));
    }
}
