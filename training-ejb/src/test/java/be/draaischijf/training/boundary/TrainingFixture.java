package be.draaischijf.training.boundary;

import be.draaischijf.partner.api.AccountView;
import be.draaischijf.partner.api.Accounts;
import be.draaischijf.partner.api.Role;
import be.draaischijf.platform.Mailer;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The training module's beans over a real database, with the partner module's accounts answered from a
 * fixed list, and the mails kept (after commit, as in the server) instead of sent — or sent over SMTP when
 * a test gives a mailer of its own.
 */
final class TrainingFixture {

    static final String BASE_URL = "https://draaischijf.example.org";

    static final List<AccountView> ACCOUNTS = List.of(
            account("coordinator", Role.COORDINATOR),
            account("admin", Role.ADMIN),
            account("professional", Role.PROFESSIONAL));

    /** Mails that left (after their transaction committed). */
    final List<Mailer.Mail> mails = Collections.synchronizedList(new ArrayList<>());

    Clock clock = Clock.systemUTC();

    Mailer mailer = new Mailer(new Mailer.Settings("", 25, "test@example.org", "", "", false)) {
        @Override
        public void send(Mail mail) {
            mails.add(mail);
        }
    };

    int reminderDays = 2;

    /** As if the server stopped right after each commit: what it queued is not sent from memory. */
    boolean serverStopsAfterCommit;

    private final ThreadLocal<List<Runnable>> pending = ThreadLocal.withInitial(ArrayList::new);

    /** One transaction, as the container runs a bean call: the mails go out after the commit only. */
    <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        pending.get().clear();
        try {
            T result = TestDatabase.inTransaction(emf, work);
            pending.get().forEach(Runnable::run);
            return result;
        } finally {
            pending.get().clear();
        }
    }

    /**
     * The outbox over the same database: mails are queued in the caller's transaction and, once
     * {@link #inTransaction} committed it, delivered in transactions of their own, as in the server.
     */
    TrainingMailOutbox outbox(EntityManager em) {
        TrainingMailOutbox outbox = outbox(em.getEntityManagerFactory());
        outbox.em = em;
        return outbox;
    }

    /** The outbox as the timer uses it: no caller's transaction, each step in one of its own. */
    TrainingMailOutbox outbox(EntityManagerFactory emf) {
        TrainingMailOutbox outbox = new TrainingMailOutbox();
        outbox.mailer = mailer;
        outbox.clock = clock;
        outbox.afterCommit = runnable -> {
            if (!serverStopsAfterCommit) {
                pending.get().add(runnable);
            }
        };
        outbox.newTransaction = work -> TestDatabase.inTransaction(emf, work);
        return outbox;
    }

    TrainingSessionsBean sessions(EntityManager em) {
        TrainingSessionsBean bean = new TrainingSessionsBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.baseUrl = BASE_URL;
        bean.outbox = outbox(em);
        bean.clock = clock;
        return bean;
    }

    SessionRegistrationsBean registrations(EntityManager em) {
        SessionRegistrationsBean bean = new SessionRegistrationsBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.baseUrl = BASE_URL;
        bean.reminderDays = reminderDays;
        bean.outbox = outbox(em);
        bean.clock = clock;
        return bean;
    }

    NewsletterBean newsletter(EntityManager em) {
        NewsletterBean bean = new NewsletterBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.baseUrl = BASE_URL;
        bean.outbox = outbox(em);
        bean.clock = clock;
        return bean;
    }

    /** A one-day info session {@code daysAhead} days from today, 13:00-15:00 Brussels time. */
    static SessionDraft draft(String title, int capacity, int daysAhead) {
        return new SessionDraft(SessionKind.INFO_SESSION, title, "Een sessie om te testen.", Set.of("DROPOUT"),
                Set.of("EDUCATION"), null, "Test Trainer", "Zaal Test", "Teststraat 1, 2000 Antwerpen", null,
                List.of(new SessionDate(LocalDate.now().plusDays(daysAhead), LocalTime.of(13, 0), LocalTime.of(15, 0))),
                capacity, null, null, 0);
    }

    static SessionDraft withWindow(SessionDraft d, LocalDateTime opens, LocalDateTime closes) {
        return new SessionDraft(d.kind(), d.title(), d.description(), d.themes(), d.audience(), d.organiserId(), d.trainers(),
                d.venueName(), d.venueAddress(), d.onlineLink(), d.dates(), d.capacity(), opens, closes, d.version());
    }

    static RegistrationForm form(String name) {
        return new RegistrationForm(name, "Tester", name.toLowerCase() + "@example.org", "Test School", "EDUCATION",
                "leerkracht", null, true);
    }

    /** Creates and publishes a session; returns its id. */
    UUID published(EntityManagerFactory emf, SessionDraft draft) {
        var created = inTransaction(emf, (EntityManager em) -> sessions(em).create("coordinator", draft));
        inTransaction(emf, (EntityManager em) -> sessions(em).publish("coordinator", created.id(), created.version()));
        return created.id();
    }

    private static AccountView account(String username, Role role) {
        return new AccountView(username, "Demo " + username, username + "@example.org", Set.of(role), null, "nl");
    }

    /** The partner module's accounts (a proxy, so that new methods on the interface do not break this test). */
    private static Accounts accounts() {
        return (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[] {Accounts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> ACCOUNTS.stream().filter(a -> a.username().equals(args[0])).findFirst();
                    case "withRole" -> ACCOUNTS.stream().filter(a -> a.roles().contains((Role) args[0])).toList();
                    case "toString" -> "fake Accounts";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
