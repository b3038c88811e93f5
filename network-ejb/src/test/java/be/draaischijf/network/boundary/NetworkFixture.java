package be.draaischijf.network.boundary;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.network.control.NetworkRecords;
import be.draaischijf.network.control.SignalCounts;
import be.draaischijf.partner.api.ContactPerson;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.mail.MailOutbox;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The network module's beans over a real database with the platform's outbox in it, called as the container would call
 * them ({@link #as}), with the other modules' APIs as they answer in the demo: the reference lists, the directory (three
 * active organisations: one with its own address, one reachable through its contact person, one without any address),
 * the accounts of two partner staff members and the case module's search (the cases in {@link #cases} exist). The mails
 * are kept after the commit, as the server sends them, or left in the outbox ({@link #serverStopsAfterCommit}).
 */
final class NetworkFixture {

    static final String BASE_URL = "https://draaischijf.example.org";

    static final UUID XSTRA = UUID.fromString("d878d442-ff75-5e2b-8ada-0b32637f51ae");
    static final UUID ARKTOS = UUID.fromString("e444453e-ef0f-54ed-ac23-6e5af3a5ffbc");
    static final UUID CAW = UUID.fromString("9f0b2ed7-19a7-5898-af10-02b514becff7");
    /** An active organisation the directory knows no address for. */
    static final UUID QUIET = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    /** An organisation that is not (or no longer) an active one of the directory. */
    static final UUID GONE = UUID.fromString("00000000-0000-4000-8000-00000000a002");

    /** Mails that left (after their transaction committed). */
    final List<Mailer.Mail> mails = Collections.synchronizedList(new ArrayList<>());

    /** The references of the cases that exist. */
    Set<String> cases = Set.of("DS-2026-0001", "DS-2026-0002");

    /** What the case module was asked (its workbench filter), in order. */
    final List<CaseFilter> caseQueries = Collections.synchronizedList(new ArrayList<>());

    Clock clock = Clock.system(SignalsBean.BRUSSELS);

    /** As if the server stopped right after each commit: what it queued is not sent from memory. */
    boolean serverStopsAfterCommit;

    DataSource dataSource;

    final Mailer mailer = new Mailer(new Mailer.Settings("", 25, "test@example.org", "", "", false)) {
        @Override
        public void send(Mail mail) {
            mails.add(mail);
        }
    };

    private final ThreadLocal<List<Runnable>> pending = ThreadLocal.withInitial(ArrayList::new);

    /** A new database of this kind with the platform's and the network module's tables, as a persistence unit. */
    EntityManagerFactory database(TestDatabase kind, boolean demo) {
        dataSource = kind.create();
        new ModuleSchema("platform", NetworkFixture.class.getClassLoader()).migrate(dataSource, false);
        new ModuleSchema("network", NetworkFixture.class.getClassLoader()).migrate(dataSource, demo);
        return TestDatabase.persistenceUnit("network", dataSource);
    }

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

    /** The outbox as the beans see it: written over the caller's connection, in its transaction, sent after it. */
    Outbox outbox(EntityManager em) {
        return (module, queued) -> em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try {
                new MailOutbox(dataSource, mailer, clock, Runnable::run).queue(connection, module, queued, runnable -> {
                    if (!serverStopsAfterCommit) {
                        pending.get().add(runnable);
                    }
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The beans as this person calls them: a coordinator, administrator, partner staff member or professional. */
    As as(String username) {
        return new As(switch (username) {
            case "coordinator" -> Caller.of(username, Roles.COORDINATOR);
            case "admin" -> Caller.of(username, Roles.ADMIN);
            case "partner.xstra", "partner.caw" -> Caller.of(username, Roles.PARTNER);
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

        SignalsBean signals(EntityManager em) {
            SignalsBean bean = new SignalsBean();
            bean.em = em;
            bean.records = records(caller);
            bean.counts = new SignalCounts(em);
            bean.cases = referralCases();
            bean.clock = clock;
            return bean;
        }

        SignalStatisticsBean statistics(EntityManager em) {
            SignalStatisticsBean bean = new SignalStatisticsBean();
            bean.counts = new SignalCounts(em);
            return bean;
        }

        ThemeMeetingsBean meetings(EntityManager em) {
            ThemeMeetingsBean bean = new ThemeMeetingsBean();
            bean.em = em;
            bean.records = records(caller);
            bean.organisations = organisations();
            bean.outbox = outbox(em);
            bean.clock = clock;
            return bean;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NetworkRecords records(Caller caller) {
        return new NetworkRecords(caller, referenceLists(), accounts(), BASE_URL);
    }

    /** The lists as a demo installation has them, with one deactivated entry in each. */
    static ReferenceLists referenceLists() {
        Map<ReferenceList, List<ReferenceItem>> lists = Map.of(
                ReferenceList.DISTRICT, List.of(item("CITY_WIDE", "Stadsbreed", "City-wide"), item("KIEL", "Kiel", "Kiel"),
                        item("HOBOKEN", "Hoboken", "Hoboken"), item("BORGERHOUT", "Borgerhout", "Borgerhout"),
                        new ReferenceItem("LILLO", "Lillo", "Lillo", false)),
                ReferenceList.SIGNAL_THEME, List.of(item("SCHOOL_FATIGUE", "Schoolmoeheid", "School fatigue"),
                        item("TRUANCY", "Spijbelen", "Truancy"), item("MENTAL_WELLBEING", "Psychisch welzijn", "Mental well-being"),
                        item("HOME_SITUATION", "Thuissituatie", "Home situation"),
                        new ReferenceItem("RETIRED", "Niet meer gebruikt", "No longer used", false)),
                ReferenceList.CONSULTATION_FORUM, List.of(item("NETSTERK_KIEL", "Lokaal overleg Netsterk Kiel", "Local meeting Netsterk Kiel"),
                        item("STEERING_GROUP", "Stuurgroep", "Steering group"),
                        new ReferenceItem("OLD_FORUM", "Oud overleg", "Old meeting", false)));
        return new ReferenceLists() {
            @Override
            public List<ReferenceItem> items(ReferenceList list) {
                return lists.getOrDefault(list, List.of());
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

    private static ReferenceItem item(String code, String nl, String en) {
        return new ReferenceItem(code, nl, en, true);
    }

    /** The directory: X-Stra! with its own address, Arktos through its contact person, one without any, CAW. */
    static Organisations organisations() {
        Map<UUID, OrganisationView> directory = Map.of(
                XSTRA, organisation(XSTRA, "X-Stra!", "YOUTH", "info@xstra.example.org", List.of()),
                ARKTOS, organisation(ARKTOS, "Arktos", "DROPOUT_PREVENTION", null,
                        List.of(new ContactPerson("Griet (fictief)", "Aanspreekpunt netwerk", "netwerk@arktos.example.org", null))),
                CAW, organisation(CAW, "CAW Antwerpen", "WELFARE", "info@caw.example.org", List.of()),
                QUIET, organisation(QUIET, "Stille Partner (fictief)", "EDUCATION", null,
                        List.of(new ContactPerson("Zonder adres (fictief)", null, null, "03 000 00 00"))));
        return (Organisations) Proxy.newProxyInstance(Organisations.class.getClassLoader(), new Class<?>[] {Organisations.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.ofNullable(directory.get((UUID) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static OrganisationView organisation(UUID id, String name, String sector, String email, List<ContactPerson> contacts) {
        return new OrganisationView(id, name, sector, null, "Antwerpen", null, email, null, Set.of("CITY_WIDE"), contacts, null, true);
    }

    /** Partner staff of X-Stra! and of CAW. */
    static Accounts accounts() {
        Map<String, AccountView> accounts = Map.of(
                "partner.xstra", new AccountView("partner.xstra", "Demo medewerker X-Stra!", "partner.xstra@example.org",
                        Set.of(Role.PARTNER), XSTRA, null, "nl"),
                "partner.caw", new AccountView("partner.caw", "Demo medewerker CAW", "partner.caw@example.org",
                        Set.of(Role.PARTNER), CAW, null, "nl"));
        return (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[] {Accounts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.ofNullable(accounts.get((String) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The case module's search: a reference finds its case when it is one of {@link #cases}. */
    ReferralCases referralCases() {
        return (ReferralCases) Proxy.newProxyInstance(ReferralCases.class.getClassLoader(), new Class<?>[] {ReferralCases.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "count" -> {
                        CaseFilter filter = (CaseFilter) args[0];
                        caseQueries.add(filter);
                        yield cases.contains(filter.query()) ? 1L : 0L;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
