package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.RequestKeys;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.RequestKeyReused;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeReceipt;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.control.CaseAnonymiser;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An intake with a request key (Idempotency-Key, ADR 0049) on PostgreSQL and H2: a retry answers the case the first
 * attempt made and makes and mails nothing; the key with another intake is refused; attempts at the same moment make
 * one case; anonymising the case takes the key away.
 */
class IdempotentIntakeDatabaseTest {

    private static final String KEY = "0f5b8c2e-6a1d-4e7f-9b3c-2d4e6f8a1b3c";

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRetryWithTheSameKeyAnswersTheSameCaseAndMakesAndMailsNothing(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            long before = ownCases(emf, "professional");

            IntakeReceipt first = submit(emf, "professional", intake(true), KEY);
            List<String> mailedFirst = subjects();
            IntakeReceipt retry = submit(emf, "professional", intake(true), KEY);

            assertThat(first.replayed()).isFalse();
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.summary()).as("the same answer as the first time").isEqualTo(first.summary());
            assertThat(ownCases(emf, "professional")).as("one case").isEqualTo(before + 1);
            assertThat(mailedFirst).as("a confirmation and the contact point's notice").hasSize(2);
            assertThat(subjects()).as("nothing mailed again").isEqualTo(mailedFirst);

            // the key is kept hashed on the case, beside the request's fingerprint
            Object[] kept = inTransaction(emf, (EntityManager em) -> (Object[]) em.createNativeQuery(
                    "select request_key, request_fingerprint from referral where id = ?1")
                    .setParameter(1, first.summary().id()).getSingleResult());
            assertThat((String) kept[0]).isEqualTo(RequestKeys.stored(KEY)).doesNotContain(KEY);
            assertThat((String) kept[1]).hasSize(64);

            // without a key (the pages) nothing changes: the same intake twice is two cases
            ReferralSummary one = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true)));
            ReferralSummary two = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true)));
            assertThat(two.id()).isNotEqualTo(one.id());
            assertThat(ownCases(emf, "professional")).isEqualTo(before + 3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameKeyForAnotherIntakeIsRefusedAndAnotherCallersKeyIsTheirOwn(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            IntakeReceipt first = submit(emf, "professional", intake(true), KEY);
            long cases = ownCases(emf, "professional");
            int mails = module.mails.size();

            assertThatThrownBy(() -> submit(emf, "professional",
                    with(intake(true), "question", "Een heel andere vraag."), KEY))
                    .isInstanceOfSatisfying(RequestKeyReused.class,
                            e -> assertThat(e.key()).isEqualTo("draaischijf.request-key.reused"));
            assertThatThrownBy(() -> submit(emf, "professional", with(intake(true), "problemAreas",
                    java.util.Set.of("ABSENTEEISM", "DROPOUT")), KEY)).isInstanceOf(RequestKeyReused.class);
            assertThat(ownCases(emf, "professional")).as("nothing stored").isEqualTo(cases);
            assertThat(module.mails).as("nothing mailed").hasSize(mails);

            IntakeReceipt someoneElse = submit(emf, "professional2", intake(true), KEY);
            assertThat(someoneElse.replayed()).as("a key is the caller's own").isFalse();
            assertThat(someoneElse.summary().id()).isNotEqualTo(first.summary().id());

            assertThat(submit(emf, "professional", intake(true), KEY).summary().id())
                    .as("the first request is still answered").isEqualTo(first.summary().id());
        }
    }

    @Test
    void aKeyThatIsNoKeyIsRefusedByTheApiNamingIt() throws NoSuchMethodException {
        var validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        var method = ReferralCasesBean.class.getMethod("submit", Intake.class, String.class);

        for (String bad : List.of("", "met spatie", "x".repeat(256), "sleutel\n")) {
            assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new ReferralCasesBean(),
                    method, new Object[] {intake(true), bad})).errors())
                    .as(bad).extracting(FieldError::field, FieldError::key)
                    .containsExactly(tuple("requestKey", "draaischijf.request-key.format"));
        }
        assertThat(validator.forExecutables().validateParameters(new ReferralCasesBean(), method,
                new Object[] {intake(true), KEY})).isEmpty();
        assertThat(validator.forExecutables().validateParameters(new ReferralCasesBean(), method,
                new Object[] {intake(true), null})).as("no key").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anIntakeRefusedForWhatItSaysDoesNotTakeTheKey(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            long cases = ownCases(emf, "professional");

            assertThatThrownBy(() -> submit(emf, "professional", with(intake(true), "district", "NERGENS"), KEY))
                    .as("a keyed intake is checked like any other").isInstanceOf(Invalid.class);
            assertThat(ownCases(emf, "professional")).isEqualTo(cases);
            assertThat(module.mails).isEmpty();

            IntakeReceipt corrected = submit(emf, "professional", intake(true), KEY);
            assertThat(corrected.replayed()).as("the corrected intake with the same key is a new request").isFalse();
            assertThat(ownCases(emf, "professional")).isEqualTo(cases + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiveAttemptsWithOneKeyAtTheSameMomentMakeOneCaseAndTheOthersGetIt(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = demo(kind)) {
            long before = ownCases(emf, "professional");

            List<IntakeReceipt> receipts = concurrently(5, i -> submit(emf, "professional", intake(true), KEY));

            assertThat(receipts).filteredOn(receipt -> !receipt.replayed()).hasSize(1);
            assertThat(receipts).extracting(receipt -> receipt.summary().id()).containsOnly(receipts.get(0).summary().id());
            assertThat(ownCases(emf, "professional")).isEqualTo(before + 1);
            assertThat(module.mails).as("one confirmation, one notice").hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anonymisingTheCaseTakesItsKeyAndFingerprintAway(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = submit(emf, "professional", intake(true), KEY).summary().id();

            assertThat(inTransaction(emf, (EntityManager em) -> new CaseAnonymiser(em).anonymise(id, Instant.now()))).isTrue();

            Object[] kept = inTransaction(emf, (EntityManager em) -> (Object[]) em.createNativeQuery(
                    "select request_key, request_fingerprint from referral where id = ?1").setParameter(1, id).getSingleResult());
            assertThat(kept).containsOnlyNulls();
            IntakeReceipt later = submit(emf, "professional", intake(true), KEY);
            assertThat(later.replayed()).as("the key no longer leads to the anonymised case").isFalse();
            assertThat(later.summary().id()).isNotEqualTo(id);
        }
    }

    private IntakeReceipt submit(EntityManagerFactory emf, String username, Intake intake, String key) {
        return inTransaction(emf, (EntityManager em) -> module.as(username).cases(em).submit(intake, key));
    }

    private long ownCases(EntityManagerFactory emf, String username) {
        return inTransaction(emf, (EntityManager em) -> module.as(username).cases(em).countSubmittedBy());
    }

    private List<String> subjects() {
        synchronized (module.mails) {
            return module.mails.stream().map(mail -> mail.to() + " " + mail.subject()).toList();
        }
    }

    private static EntityManagerFactory demo(TestDatabase kind) {
        return TestDatabase.persistenceUnit("referral", kind.migrated("referral", true));
    }

    /** Runs the work in {@code threads} threads released at the same moment (test-support's {@code Concurrently}). */
    private static <T> List<T> concurrently(int threads, java.util.function.IntFunction<T> work) throws Exception {
        return be.draaischijf.testing.Concurrently.run(threads, work);
    }
}
