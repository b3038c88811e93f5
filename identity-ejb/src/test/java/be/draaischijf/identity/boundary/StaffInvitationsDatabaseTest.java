package be.draaischijf.identity.boundary;

import static be.draaischijf.identity.boundary.AccountSignUpDatabaseTest.link;
import static be.draaischijf.identity.boundary.AccountSignUpDatabaseTest.text;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.identity.api.AccountChange;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.LoginResult;
import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffInvitation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inviting staff, on PostgreSQL and H2 with the mails over real SMTP: an administrator invites someone in any role,
 * who chooses a password from the mailed link and works in that role; an invitation sent again replaces the earlier
 * link; a partner's administrator manages the colleagues of their own organisation only.
 */
class StaffInvitationsDatabaseTest {

    static final String PASSWORD = "een lang wachtwoord";
    /** The contact point Netsterk Kiel (the referral module's; the identity module keeps only its id). */
    static final UUID KIEL = UUID.fromString("6c9a3f0e-0b7a-4c39-9a51-000000000002");

    GreenMail smtp;
    Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInvitedCoordinatorChoosesAPasswordFromTheMailAndWorksInThatRole(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            StaffAccount invited = inTransaction(emf, (EntityManager em) -> staff(em, ADMIN).invite(new StaffInvitation(
                    " Lies.Kiel@Netsterk.example.org ", "Lies Peeters", Set.of(Role.COORDINATOR), null, KIEL, "en")));

            assertThat(invited.username()).isEqualTo("lies.kiel@netsterk.example.org");
            assertThat(invited.pending()).as("waits for its owner").isTrue();
            assertThat(login(emf, invited.username(), PASSWORD)).as("nobody knows a password yet").isEqualTo(Outcome.REJECTED);
            String firstLink = link(text(onlyMail())).group(2);

            // within a minute no second mail; after it, a new link and the first one stops working
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, ADMIN).resendInvitation(invited.id())))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("TOO_SOON"));
            clock = Clock.offset(clock, Duration.ofMinutes(2));
            runInTransaction(emf, em -> staff(em, ADMIN).resendInvitation(invited.id()));
            MimeMessage again = smtp.getReceivedMessages()[1];
            assertThat(again.getAllRecipients()[0].toString()).isEqualTo("lies.kiel@netsterk.example.org");
            String secondLink = link(text(again)).group(2);
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).setPassword(firstLink, PASSWORD)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("USED"));

            runInTransaction(emf, em -> signUps(em).setPassword(secondLink, PASSWORD));

            LoginResult loggedIn = inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials(invited.username(), PASSWORD));
            assertThat(loggedIn.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(loggedIn.account().orElseThrow().roles()).containsExactly(Role.COORDINATOR);
            assertThat(loggedIn.account().orElseThrow().contactPointId()).as("works for Netsterk Kiel").isEqualTo(KIEL);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).coordinatorsOf(KIEL)))
                    .as("the coordinators a case arriving at Kiel is mailed to").extracting(AccountView::username)
                    .containsExactly("lies.kiel@netsterk.example.org");
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, ADMIN).resendInvitation(invited.id())))
                    .as("in use: they ask for a new password themselves")
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("NOT_PENDING"));
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em, ADMIN).changes(invited.id())))
                    .extracting(AccountChange::kind, AccountChange::by, AccountChange::detail)
                    .containsExactly(tuple(AccountChange.Kind.INVITATION_SENT, "admin", null),
                            tuple(AccountChange.Kind.INVITED, "admin", "COORDINATOR"));
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, ADMIN).invite(new StaffInvitation(
                    "lies.kiel@netsterk.example.org", "Lies", Set.of(Role.PARTNER), UUID.randomUUID(), null, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("email", "identity.email.in-use")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partnerRolesNeedTheirOrganisationAndAPartnersAdministratorIsAPartner(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, ADMIN).invite(new StaffInvitation(
                    "p@example.org", "P", Set.of(Role.PARTNER), null, null, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("organisationId", "identity.organisation-id.required")));
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, ADMIN).invite(new StaffInvitation(
                    "p@example.org", "P", Set.of(Role.PARTNER_ADMIN), UUID.randomUUID(), null, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("roles", "identity.roles.partner-admin-is-partner")));
            assertThat(smtp.getReceivedMessages()).as("nothing sent for a refused invitation").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartnersAdministratorManagesTheColleaguesOfTheirOwnOrganisationOnly(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            UUID own = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            String chief = activeAccount(emf, "chef@elegast.example.org", Set.of(Role.PARTNER, Role.PARTNER_ADMIN), own);
            String elsewhere = activeAccount(emf, "iemand@ander.example.org", Set.of(Role.PARTNER), other);
            Caller partnerAdmin = Caller.of(chief, "PARTNER", "PARTNER_ADMIN");

            StaffAccount colleague = inTransaction(emf, (EntityManager em) -> staff(em, partnerAdmin).invite(new StaffInvitation(
                    "collega@elegast.example.org", "Collega", Set.of(Role.PARTNER), other, null, null)));
            assertThat(colleague.organisationId()).as("always their own organisation").isEqualTo(own);
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, partnerAdmin).invite(new StaffInvitation(
                    "baas@elegast.example.org", "Baas", Set.of(Role.COORDINATOR), null, null, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("roles", "identity.roles.partner-only")));

            assertThat(inTransaction(emf, (EntityManager em) -> staff(em, partnerAdmin).list(AccountFilter.ALL, 0, 50)))
                    .extracting(StaffAccount::username)
                    .containsExactlyInAnyOrder(chief, "collega@elegast.example.org");
            UUID otherId = idOf(emf, elsewhere);
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, partnerAdmin).deactivate(otherId)))
                    .as("another organisation's account is not found").isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> runInTransaction(emf, em -> staff(em, partnerAdmin).deactivate(idOf(emf, chief))))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("OWN_ACCOUNT"));

            String link = link(text(smtp.getReceivedMessages()[0])).group(2);
            runInTransaction(emf, em -> signUps(em).setPassword(link, PASSWORD));
            assertThat(login(emf, "collega@elegast.example.org", PASSWORD)).isEqualTo(Outcome.ACCEPTED);
            clock = Clock.offset(clock, Duration.ofMinutes(5));
            runInTransaction(emf, em -> staff(em, partnerAdmin).deactivate(colleague.id()));
            assertThat(login(emf, "collega@elegast.example.org", PASSWORD)).as("deactivated by their organisation")
                    .isEqualTo(Outcome.REJECTED);
            assertThat(inTransaction(emf, (EntityManager em) -> staff(em, ADMIN).changes(colleague.id())))
                    .extracting(AccountChange::kind, AccountChange::by)
                    .containsExactly(tuple(AccountChange.Kind.DEACTIVATED, chief), tuple(AccountChange.Kind.INVITED, chief));
        }
    }

    static final Caller ADMIN = Caller.of("admin", "ADMIN");

    /** An account invited by the administrator that chose its password. */
    private String activeAccount(EntityManagerFactory emf, String email, Set<Role> roles, UUID organisation) throws Exception {
        int before = smtp.getReceivedMessages().length;
        runInTransaction(emf, em -> staff(em, ADMIN).invite(new StaffInvitation(email, email, roles, organisation, null, null)));
        String link = link(text(smtp.getReceivedMessages()[before])).group(2);
        runInTransaction(emf, em -> signUps(em).setPassword(link, PASSWORD));
        // the invitations above are not part of what the test reads
        smtp.purgeEmailFromAllMailboxes();
        return email;
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private UUID idOf(EntityManagerFactory emf, String username) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery("select a.id from Account a where a.username = :u", UUID.class)
                .setParameter("u", username).getSingleResult());
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> IdentityFixture.accounts(em, clock).verifyCredentials(username, password))
                .outcome();
    }

    private AccountsBean accounts(EntityManager em) {
        return IdentityFixture.accounts(em, clock);
    }

    private StaffAccountsBean staff(EntityManager em, Caller caller) {
        return IdentityFixture.staff(em, caller, clock, smtp);
    }

    private AccountSignUpBean signUps(EntityManager em) {
        return IdentityFixture.signUps(em, smtp, clock);
    }
}
