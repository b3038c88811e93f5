package be.draaischijf.training.boundary;

import be.draaischijf.training.control.ParticipantLists;
import be.draaischijf.training.control.ParticipantMailings;
import be.draaischijf.training.control.TrainingRecords;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.mail.MailOutbox;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
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
 * The training module's beans over a real database with the platform's outbox in it, called as the container
 * would call them ({@link #as}; a coordinator unless a test says otherwise), and the mails kept (after commit, as
 * in the server) instead of sent — or sent over SMTP when a test gives a mailer of its own.
 */
final class TrainingFixture {

    static final String BASE_URL = "https://draaischijf.example.org";

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

    /** The database of the last {@link #database}, for the outbox. */
    DataSource dataSource;

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

    /** A new database of this kind with the platform's and the training module's tables, as a persistence unit. */
    EntityManagerFactory database(TestDatabase kind, boolean demo) {
        dataSource = kind.create();
        new ModuleSchema("platform", TrainingFixture.class.getClassLoader()).migrate(dataSource, false);
        new ModuleSchema("training", TrainingFixture.class.getClassLoader()).migrate(dataSource, demo);
        return TestDatabase.persistenceUnit("training", dataSource);
    }

    /**
     * The platform's outbox over the same database, as the timer uses it: each step a transaction of its own (the
     * mail server as this fixture says, at this fixture's time).
     */
    MailOutbox outbox() {
        return new MailOutbox(dataSource, mailer, clock, Runnable::run);
    }

    /**
     * The outbox as the beans see it: mails are written over the caller's own connection, in its transaction, and
     * once {@link #inTransaction} committed it, sent from memory, as in the server.
     */
    be.draaischijf.platform.mail.Outbox outbox(EntityManager em) {
        return (module, mails) -> em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try {
                outbox().queue(connection, module, mails, runnable -> {
                    if (!serverStopsAfterCommit) {
                        pending.get().add(runnable);
                    }
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The beans as this person calls them: a coordinator, administrator or professional of the demo. */
    As as(String username) {
        return new As(switch (username) {
            case "coordinator" -> Caller.of(username, Roles.COORDINATOR);
            case "admin" -> Caller.of(username, Roles.ADMIN);
            case "professional" -> Caller.of(username, Roles.PROFESSIONAL);
            default -> Caller.of(username);
        });
    }

    /** The beans as one caller calls them. */
    final class As {

        private final Caller caller;

        private As(Caller caller) {
            this.caller = caller;
        }

        TrainingSessionsBean sessions(EntityManager em) {
            return TrainingFixture.this.sessions(em, caller);
        }

        SessionRegistrationsBean registrations(EntityManager em) {
            return TrainingFixture.this.registrations(em, caller);
        }

        NewsletterBean newsletter(EntityManager em) {
            return TrainingFixture.this.newsletter(em, caller);
        }

        /** The retention rules and the data-subject search, with the periods kept in this fixture's database. */
        TrainingPrivacyBean privacy(EntityManager em) {
            TrainingPrivacyBean bean = new TrainingPrivacyBean();
            bean.em = em;
            bean.dataSource = dataSource;
            bean.caller = caller;
            bean.clock = clock;
            return bean;
        }
    }

    /** The beans as the timers and the public pages call them: nobody logged in. */
    TrainingSessionsBean sessions(EntityManager em) {
        return sessions(em, Caller.of(null));
    }

    SessionRegistrationsBean registrations(EntityManager em) {
        return registrations(em, Caller.of(null));
    }

    NewsletterBean newsletter(EntityManager em) {
        return newsletter(em, Caller.of(null));
    }

    private TrainingSessionsBean sessions(EntityManager em, Caller caller) {
        TrainingSessionsBean bean = new TrainingSessionsBean();
        bean.em = em;
        bean.records = new TrainingRecords(em, caller, BASE_URL);
        bean.outbox = outbox(em);
        bean.clock = clock;
        return bean;
    }

    private SessionRegistrationsBean registrations(EntityManager em, Caller caller) {
        SessionRegistrationsBean bean = new SessionRegistrationsBean();
        bean.em = em;
        bean.records = new TrainingRecords(em, caller, BASE_URL);
        bean.lists = new ParticipantLists(em, bean.records);
        bean.referenceLists = sectors();
        bean.outbox = outbox(em);
        bean.mailings = new ParticipantMailings(em, bean.records, bean.outbox, reminderDays);
        bean.clock = clock;
        return bean;
    }

    private NewsletterBean newsletter(EntityManager em, Caller caller) {
        NewsletterBean bean = new NewsletterBean();
        bean.em = em;
        bean.records = new TrainingRecords(em, caller, BASE_URL);
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
        var created = inTransaction(emf, (EntityManager em) -> as("coordinator").sessions(em).create(draft));
        inTransaction(emf, (EntityManager em) -> as("coordinator").sessions(em).publish(created.id(), created.version()));
        return created.id();
    }


    /** The partner module's reference lists as the demo installation starts them: the sectors, Safety deactivated. */
    static ReferenceLists sectors() {
        return new ReferenceLists() {
            @Override
            public List<ReferenceItem> items(ReferenceList list) {
                return list != ReferenceList.SECTOR ? List.of() : List.of(new ReferenceItem("WELFARE", "Welzijn", "Welfare", true),
                        new ReferenceItem("EDUCATION", "Onderwijs", "Education", true),
                        new ReferenceItem("SAFETY", "Veiligheid", "Safety", false));
            }

            @Override
            public ReferenceItem add(ReferenceList list, ReferenceItemDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ReferenceItem update(ReferenceList list, String code, ReferenceItemDraft draft) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
