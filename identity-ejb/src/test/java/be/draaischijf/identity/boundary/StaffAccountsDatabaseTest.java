package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.identity.api.AccountChange;
import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.AccountStanding;
import be.draaischijf.identity.api.AccountUpdate;
import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Administrators manage accounts, on PostgreSQL and H2: find and filter, change roles, deactivate and reactivate,
 * unlock; every change recorded with who and when; what an open session sees of it at its next request
 * ({@code standing}); and the last active administrator stays.
 */
class StaffAccountsDatabaseTest {

    Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeactivatedAccountCannotLogInAndItsSessionsSeeItUntilItIsReactivated(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            UUID id = idOf(emf, "coordinator2");

            StaffAccount deactivated = inTransaction(emf, (EntityManager em) -> staff(em).deactivate(id));

            assertThat(deactivated.active()).isFalse();
            assertThat(deactivated.deactivated()).isTrue();
            assertThat(login(emf, "coordinator2", "demo")).isEqualTo(Outcome.REJECTED);
            assertThat(standing(emf, "coordinator2").active()).as("an open session ends at its next request").isFalse();
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).count(new AccountFilter(null, Role.COORDINATOR, null, null,
                    false, false)))).as("filter: inactive coordinators").isEqualTo(1);

            clock = Clock.offset(clock, java.time.Duration.ofMinutes(1));
            runInTransaction(emf, em -> staff(em).reactivate(id));
            assertThat(login(emf, "coordinator2", "demo")).isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).changes(id))).extracting(AccountChange::kind, AccountChange::by)
                    .as("newest first, with who did it")
                    .containsExactly(tuple(AccountChange.Kind.REACTIVATED, "admin"), tuple(AccountChange.Kind.DEACTIVATED, "admin"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRoleTakenAwayIsGoneFromTheStandingAndANewPasswordEndsOtherSessions(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            UUID id = idOf(emf, "coordinator2");
            StaffAccount before = inTransaction(emf, (EntityManager em) -> staff(em).get(id));
            int credentials = standing(emf, "coordinator2").credentialsVersion();

            StaffAccount after = inTransaction(emf, (EntityManager em) -> staff(em).update(id,
                    new AccountUpdate("Tweede Coördinator", Set.of(Role.PROFESSIONAL), null, null, before.version())));

            assertThat(after.roles()).containsExactly(Role.PROFESSIONAL);
            assertThat(standing(emf, "coordinator2").roles()).containsExactly(Role.PROFESSIONAL);
            assertThat(standing(emf, "coordinator2").credentialsVersion()).as("a role change keeps the session")
                    .isEqualTo(credentials);
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).update(id,
                    new AccountUpdate("Oud", Set.of(Role.COORDINATOR), null, null, before.version()))))
                    .as("a change from an older version").isInstanceOf(ChangedMeanwhile.class);
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).changes(id)))
                    .extracting(AccountChange::kind, AccountChange::detail)
                    .as("no longer a coordinator: no longer bound to Netsterk Kiel either")
                    .containsExactlyInAnyOrder(tuple(AccountChange.Kind.NAME, "Tweede Coördinator"),
                            tuple(AccountChange.Kind.ROLES, "PROFESSIONAL"), tuple(AccountChange.Kind.CONTACT_POINT, null));
            assertThat(after.contactPointId()).isNull();
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).update(id,
                    new AccountUpdate("Partner", Set.of(Role.PARTNER), null, null, after.version()))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("organisationId", "identity.organisation-id.required")));

            runInTransaction(emf, em -> em.createQuery("select a from Account a where a.username = 'coordinator2'",
                    be.draaischijf.identity.entity.Account.class).getSingleResult().setPasswordHash("x"));
            assertThat(standing(emf, "coordinator2").credentialsVersion()).as("a new password").isEqualTo(credentials + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLastActiveAdministratorCanBeNeitherDeactivatedNorDemoted(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            UUID admin = idOf(emf, "admin");
            int version = inTransaction(emf, (EntityManager em) -> staff(em).get(admin)).version();

            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).deactivate(admin)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("LAST_ADMIN"));
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).update(admin,
                    new AccountUpdate("Beheerder", Set.of(Role.COORDINATOR), null, null, version))))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("LAST_ADMIN"));

            // with a second administrator, the first may go
            UUID coordinator = idOf(emf, "coordinator");
            int coordinatorVersion = inTransaction(emf, (EntityManager em) -> staff(em).get(coordinator)).version();
            runInTransaction(emf, em -> staff(em).update(coordinator,
                    new AccountUpdate("Demo Coördinator", Set.of(Role.COORDINATOR, Role.ADMIN), null, null, coordinatorVersion)));
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).deactivate(admin)).deactivated()).isTrue();
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).deactivate(coordinator)))
                    .as("now the coordinator is the last one")
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("LAST_ADMIN"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aThrottledAccountIsFoundAndUnlockedAndTheSearchFindsNamesAndAddresses(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            for (int i = 0; i < 5; i++) {
                login(emf, "professional2", "fout");
            }
            assertThat(login(emf, "professional2", "demo")).isEqualTo(Outcome.THROTTLED);
            List<StaffAccount> locked = inTransaction(emf, (EntityManager em) -> staff(em).list(
                    new AccountFilter(null, null, null, null, null, true), 0, 50));
            assertThat(locked).extracting(StaffAccount::username).containsExactly("professional2");
            assertThat(locked.get(0).lockedUntil()).isAfter(clock.instant());

            runInTransaction(emf, em -> staff(em).unlock(locked.get(0).id()));

            assertThat(login(emf, "professional2", "demo")).isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).list(new AccountFilter("ELEGAST", null, null, null, null,
                    false), 0, 50))).extracting(StaffAccount::username).containsExactly("partner.elegast");
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).list(new AccountFilter("100%_", null, null, null, null,
                    false), 0, 50))).as("% and _ are letters in a search").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).count(AccountFilter.ALL)))
                    .isEqualTo(inTransaction(emf, (EntityManager em) -> accounts(em).count()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAccountThatWasNeverUsedIsNotDeactivatedButLeftToExpire(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            runInTransaction(emf, em -> em.persist(be.draaischijf.identity.entity.Account.pendingProfessional(
                    "nieuw@example.org", "Nieuw", "x", "School", "Leerkracht", "nl", clock.instant())));
            UUID id = idOf(emf, "nieuw@example.org");
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em).get(id)).pending()).isTrue();
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em).deactivate(id)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("PENDING"));
        }
    }

    private UUID idOf(EntityManagerFactory emf, String username) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery("select a.id from Account a where a.username = :u", UUID.class)
                .setParameter("u", username).getSingleResult());
    }

    private AccountStanding standing(EntityManagerFactory emf, String username) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).standing(username)).orElseThrow();
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials(username, password)).outcome();
    }

    private StaffAccountsBean staff(EntityManager em) {
        return IdentityFixture.staff(em, Caller.of("admin", "ADMIN"), clock, null);
    }

    private AccountsBean accounts(EntityManager em) {
        return IdentityFixture.accounts(em, clock);
    }
}
