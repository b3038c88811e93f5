package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A coordinator finds the people to invite to a case conference among the accounts (issue 15), on PostgreSQL and H2:
 * by part of a name or an e-mail address in any case, only accounts that can log in, by name, never more than asked.
 * The demo accounts are the people: every display name starts with "Demo", the twelve partner staff are "Demo
 * medewerker …".
 */
class AccountSearchDatabaseTest {

    final Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsPeopleByPartOfTheirNameOrAddressInAnyCase(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(usernames(emf, "passage")).as("part of the name").containsExactly("partner.depassage");
            assertThat(usernames(emf, "  PASSAGE ")).as("in any case, spaces around left out").containsExactly("partner.depassage");
            assertThat(usernames(emf, "coordinator2@example")).as("part of the address").containsExactly("coordinator2");

            AccountView found = search(emf, "netsterk", 10).get(0);
            assertThat(found.displayName()).isEqualTo("Demo Coördinator Netsterk");
            assertThat(found.email()).isEqualTo("coordinator2@example.org");
            assertThat(found.roles()).containsExactly(Role.COORDINATOR);
            assertThat(found.contactPointId()).as("the page names the contact point they work for").isNotNull();
            assertThat(search(emf, "elegast", 10).get(0).organisationId()).as("the page names the organisation").isNotNull();
            assertThat(usernames(emf, "niemand met deze naam")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAccountsThatCanLogInAreFound(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            runInTransaction(emf, em -> em.persist(Account.pendingProfessional("wacht.nog@example.org", "Wacht Nog (fictief)",
                    "x", "Testschool Kiel (fictief)", "leerkracht", "nl", clock.instant())));
            runInTransaction(emf, em -> account(em, "coordinator2").deactivate(clock.instant()));

            assertThat(usernames(emf, "wacht")).as("an address not confirmed yet").isEmpty();
            assertThat(usernames(emf, "coordinator")).as("a deactivated account").containsExactly("coordinator");

            runInTransaction(emf, em -> account(em, "coordinator2").reactivate());
            assertThat(usernames(emf, "coordinator")).as("reactivated, by name").containsExactly("coordinator", "coordinator2");

            runInTransaction(emf, em -> em.persist(new Account("an.leerkracht", "An Leerkracht (fictief)", "x",
                    Set.of(Role.PROFESSIONAL))));
            assertThat(inTransaction(emf, (EntityManager em) -> outsideDemoMode(em).search("demo", 50)))
                    .as("outside demo mode the demo accounts cannot log in").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> outsideDemoMode(em).search("leerkracht", 50)))
                    .extracting(AccountView::username).containsExactly("an.leerkracht");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givesNoMoreThanAskedInOrderOfName(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(search(emf, "medewerker", 3)).extracting(AccountView::username)
                    .containsExactly("partner.arktos", "partner.caw", "partner.dbc");
            assertThat(search(emf, "medewerker", 50)).as("every partner's staff member").hasSize(12);
            assertThat(search(emf, "demo", 50)).as("every demo account").hasSize(17);
            assertThat(search(emf, "demo", 11)).as("one more than a page shows: there are more").hasSize(11);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wildcardsAreLettersAndOneLetterFindsNobody(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(usernames(emf, "%%")).as("%% is not 'anything'").isEmpty();
            assertThat(usernames(emf, "__")).as("__ is not 'any two characters'").isEmpty();
            assertThat(usernames(emf, "100%_")).isEmpty();
            assertThat(usernames(emf, "a!")).as("the escape character is a letter too: X-Stra!").containsExactly("partner.xstra");
            assertThat(usernames(emf, "e")).as("one letter would list almost everyone").isEmpty();
            assertThat(usernames(emf, " e ")).isEmpty();
        }
    }

    @Test
    void theApiRefusesAnOverlongQueryAndAnImpossibleNumber() throws NoSuchMethodException {
        var violations = Validation.buildDefaultValidatorFactory().getValidator().forExecutables().validateParameters(
                new AccountsBean(), AccountsBean.class.getMethod("search", String.class, int.class), new Object[] {"x".repeat(101), 0});

        assertThat(ParameterValidation.invalid(violations).errors()).extracting(FieldError::field, FieldError::key)
                .containsExactly(tuple("max", "draaischijf.min"), tuple("query", "draaischijf.size.max"));
    }

    private List<String> usernames(EntityManagerFactory emf, String query) {
        return search(emf, query, 10).stream().map(AccountView::username).toList();
    }

    private List<AccountView> search(EntityManagerFactory emf, String query, int max) {
        return inTransaction(emf, (EntityManager em) -> IdentityFixture.accounts(em, clock).search(query, max));
    }

    /** The accounts bean of a server outside demo mode. */
    private AccountsBean outsideDemoMode(EntityManager em) {
        AccountsBean bean = IdentityFixture.accounts(em, clock);
        bean.demoMode = () -> false;
        return bean;
    }

    private static Account account(EntityManager em, String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class).setParameter("u", username)
                .getSingleResult();
    }
}
