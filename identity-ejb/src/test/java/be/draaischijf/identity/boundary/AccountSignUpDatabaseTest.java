package be.draaischijf.identity.boundary;

import be.draaischijf.platform.security.Caller;
import be.draaischijf.identity.api.CreatedApiToken;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.identity.api.Invitation;
import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.SignUp;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Professionals' accounts on PostgreSQL and H2, with the mails over real SMTP (GreenMail): signing up, then
 * confirming the address and choosing the password (no take-over by signing up with someone else's address), being invited by a coordinator, choosing a new password; one-time links that expire;
 * and no answer that tells whether an address has an account.
 */
class AccountSignUpDatabaseTest {

    static final Pattern LINK = Pattern.compile("http://localhost:8080(/[a-z/-]+)\\?token=([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "een lang wachtwoord";

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
    void aSignedUpProfessionalLogsInOnlyAfterVerifyingTheAddress(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            runInTransaction(emf, em -> signUps(em).signUp(signUp("Sam.Nieuw@School.example.org ")));

            MimeMessage mail = onlyMail();
            assertThat(to(mail)).isEqualTo("sam.nieuw@school.example.org");
            assertThat(mail.getSubject()).isEqualTo("Draaischijf: bevestig je e-mailadres / confirm your e-mail address");
            String body = text(mail);
            assertThat(body).contains("Beste collega").contains("kies je wachtwoord").contains("24 uur").contains("Dear colleague")
                    .as("no text the visitor typed").doesNotContain("Sam Nieuw").doesNotContain("Basisschool De Linde");
            Matcher link = link(body);
            assertThat(link.group(1)).isEqualTo("/aanmelden-account/bevestigen");
            assertThat(storedTokens(emf)).as("only the hash is stored").doesNotContain(link.group(2))
                    .allMatch(hash -> hash.matches("[0-9a-f]{64}"));

            runInTransaction(emf, em -> signUps(em).checkVerificationToken(link.group(2)));
            assertThat(inTransaction(emf, (EntityManager em) -> signUps(em).verifyEmail(link.group(2), PASSWORD)))
                    .isEqualTo("sam.nieuw@school.example.org");

            var login = inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("SAM.nieuw@school.example.org", PASSWORD));
            assertThat(login.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(login.account().orElseThrow().roles()).containsExactly(Role.PROFESSIONAL);
            assertThat(login.account().orElseThrow().email()).isEqualTo("sam.nieuw@school.example.org");
            assertThat(login.account().orElseThrow().displayName()).isEqualTo("Sam Nieuw");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLinkWorksOnceAndNotAfterItExpired(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            runInTransaction(emf, em -> signUps(em).signUp(signUp("once@example.org")));
            String token = link(text(onlyMail())).group(2);
            runInTransaction(emf, em -> signUps(em).verifyEmail(token, PASSWORD));

            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).verifyEmail(token, "een ander lang wachtwoord")))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("USED"));
            assertThat(login(emf, "once@example.org", PASSWORD)).as("the first password stays").isEqualTo(Outcome.ACCEPTED);
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).verifyEmail(token.substring(1) + "A", PASSWORD)))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.key()).isEqualTo("identity.link.unknown"));
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).setPassword(token, "nog een lang wachtwoord")))
                    .as("a verification link does not set a password")
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.key()).isEqualTo("identity.link.unknown"));

            runInTransaction(emf, em -> signUps(em).signUp(signUp("late@example.org")));
            String late = link(text(smtp.getReceivedMessages()[1])).group(2);
            clock = Clock.offset(clock, Duration.ofHours(24));
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).verifyEmail(late, PASSWORD)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("EXPIRED"));
            assertThat(login(emf, "late@example.org", PASSWORD)).isEqualTo(Outcome.REJECTED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signingUpWithAnAddressThatHasAnAccountMakesNoSecondAccountAndTellsOnlyTheMailbox(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            long before = inTransaction(emf, (EntityManager em) -> accounts(em).count());

            // the demo professional's address, in other capitals: the same answer as for a new address (none)
            runInTransaction(emf, em -> signUps(em).signUp(signUp("Professional@Example.org")));

            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).count())).isEqualTo(before);
            assertThat(login(emf, "professional", "demo")).as("the account is untouched").isEqualTo(Outcome.ACCEPTED);
            MimeMessage mail = onlyMail();
            assertThat(to(mail)).isEqualTo("professional@example.org");
            assertThat(mail.getSubject()).contains("je hebt al een account");
            String body = text(mail);
            assertThat(body).contains("gebruikersnaam is: professional").doesNotContain("Sam Nieuw");
            assertThat(link(body).group(1)).isEqualTo("/wachtwoord/nieuw");

            runInTransaction(emf, em -> signUps(em).signUp(signUp("professional@example.org")));
            assertThat(smtp.getReceivedMessages()).as("not a second mail within a minute").hasSize(1);

            runInTransaction(emf, em -> signUps(em).requestPasswordReset("niemand@example.org"));
            assertThat(smtp.getReceivedMessages()).as("an unknown address: nothing is sent").hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePasswordCannotBeTheAddress(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            runInTransaction(emf, em -> signUps(em).signUp(signUp("lang.adres@example.org")));
            String token = link(text(onlyMail())).group(2);
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).verifyEmail(token, "Lang.Adres@example.org")))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("newPassword", "identity.password.is-email")));
            runInTransaction(emf, em -> signUps(em).checkVerificationToken(token));
        }
    }

    /**
     * The take-over of before issue 14: someone signs up with another person's address and waits for them to click
     * the link. Now no password is chosen at sign-up: the owner of the address chooses it when confirming, and only
     * that password opens the account.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signingUpWithSomeoneElsesAddressDoesNotGiveTheAccountToTheOneWhoSignedUp(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            runInTransaction(emf, em -> signUps(em).signUp(new SignUp("Indringer", "slachtoffer@example.org", "Nergens",
                    "Niets", "nl")));
            String token = link(text(onlyMail())).group(2);
            for (String guess : List.of("", "demo", PASSWORD)) {
                assertThat(login(emf, "slachtoffer@example.org", guess)).as("nothing opens it before it is confirmed")
                        .isEqualTo(Outcome.REJECTED);
            }

            runInTransaction(emf, em -> signUps(em).verifyEmail(token, "het wachtwoord van de eigenaar"));

            assertThat(login(emf, "slachtoffer@example.org", "het wachtwoord van de eigenaar")).isEqualTo(Outcome.ACCEPTED);
            assertThat(login(emf, "slachtoffer@example.org", PASSWORD)).isEqualTo(Outcome.REJECTED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPendingSignUpGivesWayToAnInvitationAndItsLinkStopsWorking(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            runInTransaction(emf, em -> signUps(em).signUp(new SignUp("Indringer", "noor@clb.example.org", "Nergens", "Niets", "nl")));
            String signUpToken = link(text(onlyMail())).group(2);

            ProfessionalAccount invited = inTransaction(emf, (EntityManager em) -> signUps(em).invite(
                    new Invitation("Noor Uitgenodigd", "noor@clb.example.org", "CLB Antwerpen", "Psycholoog", null)));

            assertThat(invited.displayName()).isEqualTo("Noor Uitgenodigd");
            assertThat(invited.organisationName()).isEqualTo("CLB Antwerpen");
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).verifyEmail(signUpToken, PASSWORD)))
                    .as("the sign-up's link no longer works")
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.key()).isEqualTo("identity.link.unknown"));
            MimeMessage invitation = smtp.getReceivedMessages()[1];
            assertThat(text(invitation)).contains("Beste Noor Uitgenodigd");
            runInTransaction(emf, em -> signUps(em).setPassword(link(text(invitation)).group(2), PASSWORD));
            assertThat(login(emf, "noor@clb.example.org", PASSWORD)).isEqualTo(Outcome.ACCEPTED);
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).invite(
                    new Invitation("Noor", "noor@clb.example.org", "CLB", null, null))))
                    .as("an account in use does not give way")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("email", "identity.email.in-use")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorInvitesAProfessionalWhoChoosesAPasswordAndLogsIn(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            Invitation invitation = new Invitation("Noor Uitgenodigd", " Noor@CLB.example.org", "CLB Antwerpen", "Psycholoog", null);

            assertThat(AccountSignUpBean.class.getMethod("invite", Invitation.class).getAnnotation(RolesAllowed.class).value())
                    .as("only coordinators and administrators invite (the container refuses professionals and partners)")
                    .containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.ADMIN);

            ProfessionalAccount invited = inTransaction(emf, (EntityManager em) -> signUps(em).invite(invitation));
            assertThat(invited.username()).isEqualTo("noor@clb.example.org");
            assertThat(invited.active()).isFalse();
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).invite(invitation)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("email", "identity.email.in-use")));

            MimeMessage mail = onlyMail();
            assertThat(to(mail)).isEqualTo("noor@clb.example.org");
            String body = text(mail);
            assertThat(body).contains("Beste Noor Uitgenodigd").contains("7 dagen").contains("noor@clb.example.org")
                    .doesNotContain("Coördinator");
            Matcher link = link(body);
            assertThat(link.group(1)).isEqualTo("/wachtwoord/nieuw");

            clock = Clock.offset(clock, Duration.ofDays(6));
            runInTransaction(emf, em -> signUps(em).checkPasswordToken(link.group(2)));
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).setPassword(link.group(2), "noor@clb.example.org")))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("newPassword", "identity.password.is-email")));
            assertThat(inTransaction(emf, (EntityManager em) -> signUps(em).setPassword(link.group(2), PASSWORD)))
                    .isEqualTo("noor@clb.example.org");

            assertThat(login(emf, "noor@clb.example.org", PASSWORD)).isEqualTo(Outcome.ACCEPTED);
            List<ProfessionalAccount> professionals = inTransaction(emf, (EntityManager em) -> signUps(em).professionals(0, 50));
            assertThat(professionals).extracting(ProfessionalAccount::username)
                    .as("by name").containsExactly("professional2", "professional", "noor@clb.example.org");
            assertThat(professionals.get(2).organisationName()).isEqualTo("CLB Antwerpen");
            assertThat(professionals.get(2).active()).isTrue();
            assertThat(inTransaction(emf, (EntityManager em) -> signUps(em).countProfessionals())).isEqualTo(3);
            assertThat(AccountSignUpBean.class.getMethod("professionals", int.class, int.class).getAnnotation(RolesAllowed.class).value())
                    .as("professionals see no list of accounts").containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.ADMIN);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aForgottenPasswordIsReplacedThroughTheMailedLinkWithinTheHour(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            for (int i = 0; i < 5; i++) {
                login(emf, "coordinator", "fout");
            }
            assertThat(login(emf, "coordinator", "demo")).as("throttled").isEqualTo(Outcome.THROTTLED);

            runInTransaction(emf, em -> signUps(em).requestPasswordReset("Coordinator@example.org"));

            MimeMessage mail = onlyMail();
            assertThat(to(mail)).isEqualTo("coordinator@example.org");
            assertThat(mail.getSubject()).isEqualTo("Draaischijf: kies een nieuw wachtwoord / choose a new password");
            String token = link(text(mail)).group(2);
            assertThat(text(mail)).contains("gebruikersnaam is: coordinator").contains("1 uur");

            ApiTokensBean coordinatorsTokens = new ApiTokensBean();
            CreatedApiToken script = inTransaction(emf, (EntityManager em) -> {
                coordinatorsTokens.em = em;
                coordinatorsTokens.caller = Caller.of("coordinator", "COORDINATOR");
                coordinatorsTokens.log = IdentityFixture.log(em, coordinatorsTokens.caller, clock);
                coordinatorsTokens.clock = clock;
                coordinatorsTokens.demoMode = () -> true;
                return coordinatorsTokens.create("rapport");
            });
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiToken(script.token())).outcome())
                    .isEqualTo(Outcome.ACCEPTED);

            clock = Clock.offset(clock, Duration.ofMinutes(59));
            runInTransaction(emf, em -> signUps(em).setPassword(token, "een nieuw lang wachtwoord"));
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiToken(script.token())).outcome())
                    .as("a new password ends the API tokens made with the old one").isEqualTo(Outcome.REJECTED);

            assertThat(login(emf, "coordinator", "demo")).as("the old password is gone").isEqualTo(Outcome.REJECTED);
            assertThat(login(emf, "coordinator", "een nieuw lang wachtwoord"))
                    .as("a new password lifts the throttle").isEqualTo(Outcome.ACCEPTED);
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).setPassword(token, "nog eens een ander")))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("USED"));

            clock = Clock.offset(clock, Duration.ofMinutes(2));
            runInTransaction(emf, em -> signUps(em).requestPasswordReset("professional@example.org"));
            String late = link(text(smtp.getReceivedMessages()[1])).group(2);
            clock = Clock.offset(clock, Duration.ofMinutes(61));
            assertThatThrownBy(() -> runInTransaction(emf, em -> signUps(em).checkPasswordToken(late)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("EXPIRED"));
            assertThat(login(emf, "professional", "demo")).isEqualTo(Outcome.ACCEPTED);
        }
    }

    private static SignUp signUp(String email) {
        return new SignUp("Sam Nieuw", email, "Basisschool De Linde", "Zorgcoördinator", "nl");
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    static Matcher link(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher;
    }

    private static List<String> storedTokens(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery("select t.tokenHash from AccountToken t", String.class)
                .getResultList());
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials(username, password)).outcome();
    }

    /** The decoded text (GreenMailUtil.getBody gives it quoted-printable when a name has an accent). */
    static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AccountSignUpBean signUps(EntityManager em) {
        return IdentityFixture.signUps(em, smtp, clock);
    }

    private AccountsBean accounts(EntityManager em) {
        return IdentityFixture.accounts(em, clock);
    }
}
