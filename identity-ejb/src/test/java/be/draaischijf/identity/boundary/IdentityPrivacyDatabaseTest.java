package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEvent.Kind;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountToken;
import be.draaischijf.identity.entity.AccountToken.Purpose;
import be.draaischijf.identity.entity.ApiToken;
import be.draaischijf.identity.entity.RecoveryCode;
import be.draaischijf.identity.entity.SecurityEventEntry;
import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The identity module's retention rules and its answer to a data subject's request, on PostgreSQL and H2: one-time
 * links, used recovery codes and revoked API tokens go a period after they stopped working, security events a period
 * after they happened, each rule just before and just after its period, a second run changes nothing, and a period
 * an administrator set counts; a search by e-mail finds the account, its tokens and its events, never a secret.
 */
class IdentityPrivacyDatabaseTest {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    static final Duration SECOND = Duration.ofSeconds(1);

    /** Recognisable stand-ins for what must never leave the module. */
    static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:1000:zoutZOUTzout:hashHASHhash";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String LINK_HASH = "1".repeat(64);
    static final String CODE_HASH = "2".repeat(64);
    static final String API_TOKEN_HASH = "3".repeat(64);

    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void linksCodesAndRevokedApiTokensGoAPeriodAfterTheyStoppedWorkingAndAWaitingSignUpKeepsItsConfirmation(TestDatabase kind) {
        DataSource database = database(kind);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", database)) {
            Instant resetUsed = T0.plus(Duration.ofMinutes(10));
            Instant codeUsed = T0.plus(Duration.ofHours(1));
            Instant apiTokenRevoked = T0.plus(Duration.ofHours(2));
            Instant confirmationExpired = T0.plus(Duration.ofHours(24));
            Instant invitationExpired = T0.plus(Duration.ofDays(7));
            // the accounts first: the codes and API tokens refer to them by id only (no association orders the inserts)
            UUID[] ids = inTransaction(emf, (EntityManager em) -> {
                Account sam = Account.pendingProfessional("sam.nieuw@school.example.org", "Sam Nieuw (fictief)", PASSWORD_HASH,
                        "Basisschool De Linde", "zorgcoördinator", "nl", T0);
                sam.verified(T0);
                Account waiting = Account.pendingProfessional("wacht.nog@example.org", "Wacht Nog (fictief)", PASSWORD_HASH,
                        null, null, "nl", T0);
                em.persist(sam);
                em.persist(waiting);
                return new UUID[] {sam.getId(), waiting.getId()};
            });
            runInTransaction(emf, em -> {
                Account sam = em.find(Account.class, ids[0]);
                Account waiting = em.find(Account.class, ids[1]);
                AccountToken reset = new AccountToken("a".repeat(64), Purpose.SET_PASSWORD, sam, T0, T0.plus(Duration.ofHours(1)));
                reset.use(resetUsed);
                em.persist(reset);
                em.persist(new AccountToken("b".repeat(64), Purpose.VERIFY_EMAIL, sam, T0, confirmationExpired));
                em.persist(new AccountToken("c".repeat(64), Purpose.VERIFY_EMAIL, waiting, T0, confirmationExpired));
                em.persist(new AccountToken("d".repeat(64), Purpose.SET_PASSWORD, sam, T0, invitationExpired));
                RecoveryCode used = new RecoveryCode(sam.getId(), "e".repeat(64));
                used.use(codeUsed);
                em.persist(used);
                em.persist(new RecoveryCode(sam.getId(), "f".repeat(64)));
                ApiToken revoked = new ApiToken(sam.getId(), "oud script", "g".repeat(64), T0);
                revoked.revoke(apiTokenRevoked);
                em.persist(revoked);
                em.persist(new ApiToken(sam.getId(), "script", "h".repeat(64), T0));
            });
            Period month = RetentionKind.TOKENS.defaultPeriod();

            assertThat(tokensRemoved(emf, database, after(resetUsed, month).minus(SECOND))).isZero();
            assertThat(tokensRemoved(emf, database, after(resetUsed, month).plus(SECOND))).as("the used reset link").isEqualTo(1);
            assertThat(tokensRemoved(emf, database, after(resetUsed, month).plus(SECOND))).as("a second run").isZero();
            assertThat(tokensRemoved(emf, database, after(codeUsed, month).minus(SECOND))).isZero();
            assertThat(tokensRemoved(emf, database, after(codeUsed, month).plus(SECOND))).as("the used recovery code").isEqualTo(1);
            assertThat(tokensRemoved(emf, database, after(apiTokenRevoked, month).minus(SECOND))).isZero();
            assertThat(tokensRemoved(emf, database, after(apiTokenRevoked, month).plus(SECOND))).as("the revoked API token")
                    .isEqualTo(1);
            assertThat(tokensRemoved(emf, database, after(confirmationExpired, month).minus(SECOND))).isZero();
            assertThat(tokensRemoved(emf, database, after(confirmationExpired, month).plus(SECOND)))
                    .as("Sam's expired confirmation, not the one of the sign-up that still waits").isEqualTo(1);
            assertThat(tokensRemoved(emf, database, after(invitationExpired, month).minus(SECOND))).isZero();
            assertThat(tokensRemoved(emf, database, after(invitationExpired, month).plus(SECOND))).as("the unused, expired link")
                    .isEqualTo(1);
            assertThat(tokensRemoved(emf, database, T0.plus(Duration.ofDays(3650)))).isZero();

            assertThat(texts(emf, "select token_hash from identity_token"))
                    .as("an invitation may still take the waiting sign-up over").containsExactly("c".repeat(64));
            assertThat(texts(emf, "select code_hash from identity_recovery_code"))
                    .as("an unused recovery code still works").containsExactly("f".repeat(64));
            assertThat(texts(emf, "select name from identity_api_token")).as("a working API token stays").containsExactly("script");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void securityEventsGoAPeriodAfterTheyHappenedAndAPeriodAnAdministratorSetCounts(TestDatabase kind) {
        DataSource database = database(kind);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", database)) {
            Instant nextDay = T0.plus(Duration.ofDays(1));
            runInTransaction(emf, em -> {
                em.persist(new SecurityEventEntry(T0, Kind.LOGIN_SUCCEEDED, "sam.nieuw@school.example.org",
                        IdentityFixture.ADDRESS, null, null));
                em.persist(new SecurityEventEntry(nextDay, Kind.LOGIN_FAILED, "sam.nieuw@school.example.org",
                        IdentityFixture.ADDRESS, null, SecurityEvent.WRONG_PASSWORD));
            });
            Period year = RetentionKind.SECURITY_EVENTS.defaultPeriod();

            List<RetentionResult> justBefore = retain(emf, database, after(T0, year).minus(SECOND));
            assertThat(justBefore).as("one result per kind of the module, zero included")
                    .extracting(RetentionResult::kind, RetentionResult::count)
                    .containsExactly(tuple(RetentionKind.TOKENS, 0), tuple(RetentionKind.SECURITY_EVENTS, 0));
            assertThat(eventsRemoved(emf, database, after(T0, year).plus(SECOND))).isEqualTo(1);
            assertThat(eventsRemoved(emf, database, after(T0, year).plus(SECOND))).as("a second run").isZero();
            assertThat(events(emf)).extracting(SecurityEvent::at).containsExactly(nextDay);

            new RetentionPeriods(database).change(RetentionKind.SECURITY_EVENTS, Period.ofDays(30), "admin", T0);
            assertThat(eventsRemoved(emf, database, after(nextDay, Period.ofDays(30)).minus(SECOND))).isZero();
            assertThat(eventsRemoved(emf, database, after(nextDay, Period.ofDays(30)).plus(SECOND)))
                    .as("the administrator's 30 days, not the default year").isEqualTo(1);
            assertThat(events(emf)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSearchByEmailFindsTheAccountItsTokensAndItsEventsNeverASecretAndIsItselfLogged(TestDatabase kind) {
        DataSource database = database(kind);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", database)) {
            UUID samId = inTransaction(emf, (EntityManager em) -> {
                Account sam = Account.pendingProfessional("sam.nieuw@school.example.org", "Sam Nieuw (fictief)", PASSWORD_HASH,
                        "Basisschool De Linde", "zorgcoördinator", "nl", T0);
                sam.verified(T0.plus(Duration.ofMinutes(5)));
                sam.enableTwoFactor(TOTP_SECRET, 55_555_555L, T0.plus(Duration.ofMinutes(20)));
                em.persist(sam);
                em.persist(Account.pendingProfessional("ander@example.org", "Ander Iemand (fictief)", PASSWORD_HASH, null, null,
                        "en", T0));
                return sam.getId();
            });
            runInTransaction(emf, em -> {
                em.persist(new AccountToken(LINK_HASH, Purpose.VERIFY_EMAIL, em.find(Account.class, samId), T0,
                        T0.plus(Duration.ofHours(24))));
                em.persist(new RecoveryCode(samId, CODE_HASH));
                em.persist(new ApiToken(samId, "rapportscript", API_TOKEN_HASH, T0.plus(Duration.ofMinutes(30))));
                em.persist(new SecurityEventEntry(T0, Kind.SIGNED_UP, "sam.nieuw@school.example.org", IdentityFixture.ADDRESS,
                        null, null));
                em.persist(new SecurityEventEntry(T0.plus(Duration.ofHours(2)), Kind.LOGIN_SUCCEEDED,
                        "sam.nieuw@school.example.org", IdentityFixture.ADDRESS, null, null));
                em.persist(new SecurityEventEntry(T0.plus(Duration.ofHours(3)), Kind.LOGIN_FAILED,
                        "sam.nieuw@school.example.org", IdentityFixture.ADDRESS, null, SecurityEvent.WRONG_PASSWORD));
                em.persist(new SecurityEventEntry(T0.plus(Duration.ofHours(4)), Kind.LOGIN_SUCCEEDED, "ander@example.org",
                        IdentityFixture.ADDRESS, null, null));
            });

            List<SubjectRecord> sam = find(emf, SubjectQuery.byEmail("  Sam.Nieuw@School.example.org "));

            assertThat(sam).as("oldest first").extracting(SubjectRecord::module, SubjectRecord::kind).containsExactly(
                    tuple("identity", "account"), tuple("identity", "securityEvent"), tuple("identity", "apiToken"),
                    tuple("identity", "securityEvent"), tuple("identity", "securityEvent"));
            Map<String, String> account = values(sam.get(0));
            assertThat(sam.get(0).reference()).isEqualTo("sam.nieuw@school.example.org");
            assertThat(account).containsEntry("name", "Sam Nieuw (fictief)").containsEntry("email", "sam.nieuw@school.example.org")
                    .containsEntry("organisation", "Basisschool De Linde").containsEntry("function", "zorgcoördinator")
                    .containsEntry("role", "Role.PROFESSIONAL").containsEntry("active", "true")
                    .containsEntry("twoFactor", "true").containsEntry("createdAt", T0.toString())
                    .containsEntry("lastLogin", T0.plus(Duration.ofHours(2)).toString());
            assertThat(values(sam.get(2))).containsEntry("name", "rapportscript");
            assertThat(values(sam.get(4))).containsEntry("event", "SecurityEvent.Kind.LOGIN_FAILED")
                    .containsEntry("reason", "SecurityEvent.Reason.WRONG_PASSWORD")
                    .containsEntry("address", IdentityFixture.ADDRESS)
                    .containsEntry("occurredAt", T0.plus(Duration.ofHours(3)).toString());
            String everything = sam.stream().flatMap(record -> record.fields().stream()).map(SubjectField::value)
                    .filter(Objects::nonNull).collect(Collectors.joining("|"));
            assertThat(everything).as("no password hash, two-factor secret or hash of a link, code or token")
                    .doesNotContain(PASSWORD_HASH).doesNotContain("zoutZOUTzout").doesNotContain(TOTP_SECRET)
                    .doesNotContain(LINK_HASH).doesNotContain(CODE_HASH).doesNotContain(API_TOKEN_HASH)
                    .doesNotContain("55555555");

            List<SubjectRecord> other = find(emf, SubjectQuery.byEmail("ander@example.org"));
            assertThat(other).extracting(SubjectRecord::kind).containsExactly("account", "securityEvent");
            assertThat(other).extracting(SubjectRecord::id).doesNotContainAnyElementsOf(sam.stream().map(SubjectRecord::id).toList());
            assertThat(find(emf, SubjectQuery.byEmail("niemand@example.org"))).isEmpty();
            assertThat(find(emf, SubjectQuery.youngPerson("Sam", "Nieuw", LocalDate.of(2010, 5, 1))))
                    .as("a young person has no account").isEmpty();

            assertThat(events(emf)).filteredOn(event -> event.kind() == Kind.DATA_SUBJECT_SEARCH)
                    .as("who asked and how many records, never the address asked")
                    .extracting(SecurityEvent::username, SecurityEvent::by, SecurityEvent::detail)
                    .containsExactlyInAnyOrder(tuple(null, "coordinator", "5"), tuple(null, "coordinator", "2"),
                            tuple(null, "coordinator", "0"));
        }
    }

    /** A new database with the platform's and the identity module's tables, every period at its default. */
    private DataSource database(TestDatabase kind) {
        DataSource database = kind.create();
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);
        new ModuleSchema("identity", getClass().getClassLoader()).migrate(database, false);
        // outside the server there is no MicroProfile Config to fall back on: every period is stored, at its default
        RetentionPeriods periods = new RetentionPeriods(database);
        for (RetentionKind each : RetentionKind.values()) {
            if (each.configurable()) {
                periods.change(each, each.defaultPeriod(), "admin", T0);
            }
        }
        return database;
    }

    private static Instant after(Instant moment, Period period) {
        return moment.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    private int tokensRemoved(EntityManagerFactory emf, DataSource database, Instant now) {
        return count(retain(emf, database, now), RetentionKind.TOKENS);
    }

    private int eventsRemoved(EntityManagerFactory emf, DataSource database, Instant now) {
        return count(retain(emf, database, now), RetentionKind.SECURITY_EVENTS);
    }

    private static int count(List<RetentionResult> results, RetentionKind kind) {
        return results.stream().filter(result -> result.kind() == kind).mapToInt(RetentionResult::count).sum();
    }

    private List<RetentionResult> retain(EntityManagerFactory emf, DataSource database, Instant now) {
        return inTransaction(emf, (EntityManager em) -> privacy(em, database, Caller.of("admin", "ADMIN")).applyRetention(now));
    }

    private List<SubjectRecord> find(EntityManagerFactory emf, SubjectQuery query) {
        return inTransaction(emf, (EntityManager em) -> privacy(em, null, Caller.of("coordinator", "COORDINATOR")).find(query));
    }

    private List<SecurityEvent> events(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery("select e from SecurityEventEntry e order by e.occurredAt",
                SecurityEventEntry.class).getResultStream().map(SecurityEventEntry::toEvent).toList());
    }

    private IdentityPrivacyBean privacy(EntityManager em, DataSource database, Caller caller) {
        IdentityPrivacyBean bean = new IdentityPrivacyBean();
        bean.em = em;
        bean.dataSource = database;
        bean.log = IdentityFixture.log(em, caller, clock);
        bean.clock = clock;
        return bean;
    }

    /** The values of a one-column query, as text. */
    private static List<String> texts(EntityManagerFactory emf, String sql) {
        return inTransaction(emf, (EntityManager em) -> {
            List<String> texts = new ArrayList<>();
            for (Object value : em.createNativeQuery(sql).getResultList()) {
                texts.add(String.valueOf(value));
            }
            return texts;
        });
    }

    /** A record's values by label (a label that occurs more than once keeps its first value). */
    private static Map<String, String> values(SubjectRecord record) {
        return record.fields().stream().filter(field -> field.value() != null)
                .collect(Collectors.toMap(SubjectField::label, SubjectField::value, (first, second) -> first));
    }
}
