package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.identity.api.ApiTokenView;
import be.draaischijf.identity.api.CreatedApiToken;
import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.identity.api.TwoFactorSetup;
import be.draaischijf.identity.control.RecoveryCodes;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two-factor sign-in and personal API tokens, on PostgreSQL and H2, with the codes an authenticator app would show
 * (RFC 6238: 30 s, 6 digits, HMAC-SHA1): set up with a code, the login's second step (each code once), recovery
 * codes (each once), HTTP Basic refused for such an account while its token works, required for coordinators outside
 * demo mode, reset by an administrator.
 */
class TwoFactorDatabaseTest {

    Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:00:10Z"), ZoneOffset.UTC);
    boolean demoMode = false;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorSetsUpTwoFactorSignInAndLogsInWithACodeOrARecoveryCodeEachOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            // outside demo mode a coordinator must have it: the session may only set it up (demo accounts are allowed
            // here as ordinary ones: their demo flag is cleared)
            runInTransaction(emf, em -> em.createQuery("update Account a set a.demo = false").executeUpdate());
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).standing("coordinator")).orElseThrow().mustEnrol())
                    .isTrue();
            assertThat(inTransaction(emf, (EntityManager em) -> twoFactor(em, "coordinator").status()).required()).isTrue();
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiCredentials("coordinator", "demo"))
                    .outcome()).as("Basic would bypass the second factor it must have").isEqualTo(Outcome.REJECTED);
            assertThatThrownBy(() -> runInTransaction(emf, em -> tokens(em, "coordinator").create("te vroeg")))
                    .as("nor may a token be made before it").isInstanceOfSatisfying(NotAllowedNow.class,
                            e -> assertThat(e.reason()).isEqualTo("SECOND_FACTOR_FIRST"));

            TwoFactorSetup setup = inTransaction(emf, (EntityManager em) -> twoFactor(em, "coordinator").begin());
            assertThat(setup.otpauthUri()).startsWith("otpauth://totp/Draaischijf%3Acoordinator?secret=" + setup.secret())
                    .contains("issuer=Draaischijf", "digits=6", "period=30");
            assertThatThrownBy(() -> runInTransaction(emf, em -> twoFactor(em, "coordinator").enable(setup.secret(), "000000")))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("code", "identity.two-factor.code.wrong")));
            List<String> recovery = inTransaction(emf, (EntityManager em) -> twoFactor(em, "coordinator")
                    .enable(setup.secret(), code(setup.secret(), clock.instant())));
            assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).standing("coordinator")).orElseThrow().mustEnrol())
                    .isFalse();

            // the password alone is half a login; the code the app showed at set-up does not work twice
            assertThat(login(emf, "coordinator", "demo")).isEqualTo(Outcome.SECOND_FACTOR);
            assertThat(second(emf, code(setup.secret(), clock.instant()))).as("already used").isEqualTo(Outcome.REJECTED);
            clock = Clock.offset(clock, Duration.ofSeconds(30));
            String next = code(setup.secret(), clock.instant());
            assertThat(second(emf, next)).isEqualTo(Outcome.ACCEPTED);
            assertThat(second(emf, next)).as("each code once").isEqualTo(Outcome.REJECTED);

            assertThat(second(emf, recovery.get(3).toUpperCase().replace("-", " "))).as("case and spaces do not matter")
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(second(emf, recovery.get(3))).as("each recovery code once").isEqualTo(Outcome.REJECTED);
            assertThat(inTransaction(emf, (EntityManager em) -> twoFactor(em, "coordinator").status()).recoveryCodesLeft())
                    .isEqualTo(9);
            assertThat(inTransaction(emf, (EntityManager em) -> events(em).search(
                    new SecurityEventFilter("coordinator", null, null, null, null), 0, 50)))
                    .extracting(SecurityEvent::kind, SecurityEvent::detail)
                    .contains(org.assertj.core.api.Assertions.tuple(SecurityEvent.Kind.TWO_FACTOR_ENABLED, null),
                            org.assertj.core.api.Assertions.tuple(SecurityEvent.Kind.RECOVERY_CODE_USED, "9"),
                            org.assertj.core.api.Assertions.tuple(SecurityEvent.Kind.LOGIN_FAILED, SecurityEvent.WRONG_CODE),
                            org.assertj.core.api.Assertions.tuple(SecurityEvent.Kind.LOGIN_FAILED, SecurityEvent.SECOND_FACTOR_REQUIRED))
                    .noneMatch(t -> String.valueOf(t.toList().get(1)).contains(recovery.get(3)));

            // required: it cannot be switched off; an administrator takes it away (a lost phone)
            clock = Clock.offset(clock, Duration.ofSeconds(30));
            String now = code(setup.secret(), clock.instant());
            assertThatThrownBy(() -> runInTransaction(emf, em -> twoFactor(em, "coordinator").disable(now)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("REQUIRED"));
            UUID id = inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select a.id from Account a where a.username = 'coordinator'", UUID.class).getSingleResult());
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).resetTwoFactor(id)).twoFactor()).isFalse();
            assertThat(login(emf, "coordinator", "demo")).isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).standing("coordinator")).orElseThrow().mustEnrol())
                    .as("and sets it up again at once").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPersonalApiTokenWorksUntilItsOwnerRevokesItAndOnlyTheOwnerCan(TestDatabase kind) {
        demoMode = true;
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            CreatedApiToken made = inTransaction(emf, (EntityManager em) -> tokens(em, "professional").create(" Mijn script "));
            assertThat(made.token()).startsWith("dsk_").hasSize(4 + 43);
            assertThat(made.view().name()).isEqualTo("Mijn script");
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiToken(made.token())).account().orElseThrow()
                    .username()).isEqualTo("professional");
            assertThat(inTransaction(emf, (EntityManager em) -> tokens(em, "professional").mine()))
                    .extracting(ApiTokenView::name).containsExactly("Mijn script");
            assertThat(inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select count(t) from ApiToken t where t.tokenHash = :t", Long.class).setParameter("t", made.token())
                    .getSingleResult())).as("only its hash is kept").isZero();

            assertThatThrownBy(() -> runInTransaction(emf, em -> tokens(em, "professional2").revoke(made.view().id())))
                    .isInstanceOf(NotFound.class);
            runInTransaction(emf, em -> tokens(em, "professional").revoke(made.view().id()));
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiToken(made.token())).outcome())
                    .isEqualTo(Outcome.REJECTED);
            assertThat(inTransaction(emf, (EntityManager em) -> tokens(em, "professional").mine())).isEmpty();
        }
    }

    /** The code an authenticator app shows for this secret at this moment. */
    static String code(String secret, Instant at) {
        try {
            TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
            return app.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), app.getAlgorithm()), at);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials(username, password)).outcome();
    }

    private Outcome second(EntityManagerFactory emf, String code) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).verifySecondFactor("coordinator", code)).outcome();
    }

    private AccountsBean accounts(EntityManager em) {
        AccountsBean bean = IdentityFixture.accounts(em, clock);
        bean.demoMode = () -> demoMode;
        return bean;
    }

    private TwoFactorBean twoFactor(EntityManager em, String username) {
        TwoFactorBean bean = new TwoFactorBean();
        bean.em = em;
        bean.caller = Caller.of(username, "COORDINATOR");
        bean.recoveryCodes = new RecoveryCodes(em);
        bean.log = IdentityFixture.log(em, bean.caller, clock);
        bean.clock = clock;
        bean.demoMode = () -> demoMode;
        return bean;
    }

    private ApiTokensBean tokens(EntityManager em, String username) {
        ApiTokensBean bean = new ApiTokensBean();
        bean.em = em;
        bean.caller = Caller.of(username, "PROFESSIONAL");
        bean.log = IdentityFixture.log(em, bean.caller, clock);
        bean.clock = clock;
        bean.demoMode = () -> demoMode;
        return bean;
    }

    private SecurityEventsBean events(EntityManager em) {
        SecurityEventsBean bean = new SecurityEventsBean();
        bean.em = em;
        return bean;
    }

    private StaffAccountsBean staff(EntityManager em) {
        return IdentityFixture.staff(em, Caller.of("admin", "ADMIN"), clock, null);
    }
}
