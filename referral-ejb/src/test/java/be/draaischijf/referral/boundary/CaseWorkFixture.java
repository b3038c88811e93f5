package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.LoginResult;
import be.draaischijf.identity.api.Role;
import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.referral.control.CaseAccess;
import be.draaischijf.referral.control.CaseAnonymiser;
import be.draaischijf.referral.control.CaseRecords;
import be.draaischijf.referral.control.CaseRetention;
import be.draaischijf.referral.control.CaseSearch;
import be.draaischijf.referral.control.SubjectSearch;
import be.draaischijf.referral.control.ContactPointDirectory;
import be.draaischijf.referral.control.ReferenceCodes;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The referral module's beans over a real database, with the identity and partner modules' side (accounts,
 * reference lists, one offer) answered from the demo data's values, the caller as the container would give it
 * ({@link #as}), and the mails kept instead of queued.
 */
final class CaseWorkFixture {

    static final UUID PASSAGE = UUID.fromString("afb52efb-14c4-5363-a7c0-c2314a06a26e");
    static final UUID OTHER_ORGANISATION = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final UUID PASSAGE_OFFER = UUID.fromString("b12275c6-cc91-5117-b09f-3aeeace9dc6b");

    /** The contact points every installation starts with, and the demo coordinators who work there. */
    static final UUID CENTRAAL_MELDPUNT = UUID.fromString("6c9a3f0e-0b7a-4c39-9a51-000000000001");
    static final UUID NETSTERK_KIEL = UUID.fromString("6c9a3f0e-0b7a-4c39-9a51-000000000002");
    private static final java.util.Map<String, UUID> CONTACT_POINTS = java.util.Map.of(
            "coordinator", CENTRAAL_MELDPUNT, "coordinator2", NETSTERK_KIEL);

    static final List<AccountView> ACCOUNTS = List.of(
            account("coordinator", Role.COORDINATOR, null),
            account("coordinator2", Role.COORDINATOR, null),
            account("admin", Role.ADMIN, null),
            account("professional", Role.PROFESSIONAL, null),
            account("professional2", Role.PROFESSIONAL, null),
            account("partner.depassage", Role.PARTNER, PASSAGE),
            account("partner.other", Role.PARTNER, OTHER_ORGANISATION));

    final List<Mailer.Mail> mails = new ArrayList<>();
    /** What the module asked the partner module to match offers for. */
    final List<MatchRequest> matchRequests = new ArrayList<>();
    /** How often the module looked an account up by name (the partner module's {@code Accounts.find}). */
    final AtomicInteger accountLookups = new AtomicInteger();
    Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
    /** How long after a referral ended its partner still sees the details ({@code draaischijf.referrals.partner-details-days}). */
    int partnerDetailsDays = 30;
    /**
     * The application's datasource, where the retention periods in force are (the platform's {@code retention_setting}):
     * the one the test's persistence unit runs on.
     */
    javax.sql.DataSource dataSource;

    /** The beans as this demo account calls them: its name, and its role as the container maps it. */
    As as(String username) {
        return new As(caller(username));
    }

    /** The beans as one caller calls them. */
    final class As {

        private final Caller caller;

        private As(Caller caller) {
            this.caller = caller;
        }

        ReferralCasesBean cases(EntityManager em) {
            return CaseWorkFixture.this.cases(em, caller);
        }

        OfferReferralsBean offerReferrals(EntityManager em) {
            return CaseWorkFixture.this.offerReferrals(em, caller);
        }

        CaseConferencesBean conferences(EntityManager em) {
            return CaseWorkFixture.this.conferences(em, caller);
        }

        ReferralPrivacyBean privacy(EntityManager em) {
            return CaseWorkFixture.this.privacy(em, caller);
        }

        CaseStatisticsBean statistics(EntityManager em) {
            CaseStatisticsBean bean = new CaseStatisticsBean();
            bean.em = em;
            return bean;
        }
    }

    static Caller caller(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .map(a -> Caller.of(username, a.roles().stream().map(Role::name).toArray(String[]::new)))
                .orElseGet(() -> Caller.of(username));
    }

    /** The beans as the timers and the coordinator's start page call them. */
    ReferralCasesBean cases(EntityManager em) {
        return cases(em, caller("coordinator"));
    }

    OfferReferralsBean offerReferrals(EntityManager em) {
        return offerReferrals(em, caller("coordinator"));
    }

    CaseConferencesBean conferences(EntityManager em) {
        return conferences(em, caller("coordinator"));
    }

    private ReferralCasesBean cases(EntityManager em, Caller caller) {
        ReferralCasesBean bean = new ReferralCasesBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.offers = offers();
        bean.triageWorkingDays = 2;
        bean.replyWorkingDays = 5;
        bean.caller = caller;
        bean.records = records(em, caller);
        bean.search = new CaseSearch(em);
        bean.codes = new ReferenceCodes(referenceLists());
        bean.contactPoints = new ContactPointDirectory(em);
        bean.clock = clock;
        bean.demoMode = () -> true;
        return bean;
    }

    private OfferReferralsBean offerReferrals(EntityManager em, Caller caller) {
        OfferReferralsBean bean = new OfferReferralsBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.records = records(em, caller);
        bean.codes = new ReferenceCodes(referenceLists());
        bean.partnerDetailsDays = partnerDetailsDays;
        bean.clock = clock;
        return bean;
    }

    private CaseConferencesBean conferences(EntityManager em, Caller caller) {
        CaseConferencesBean bean = new CaseConferencesBean();
        bean.em = em;
        bean.accounts = accounts();
        bean.records = records(em, caller);
        bean.clock = clock;
        return bean;
    }

    private ReferralPrivacyBean privacy(EntityManager em, Caller caller) {
        ReferralPrivacyBean bean = new ReferralPrivacyBean();
        bean.em = em;
        bean.dataSource = dataSource;
        CaseRecords records = records(em, caller);
        bean.records = records;
        bean.anonymiser = new CaseAnonymiser(em);
        bean.retention = new CaseRetention(em, bean.anonymiser, records);
        bean.subjects = new SubjectSearch(em, accounts(), new ReferenceCodes(referenceLists()));
        bean.clock = clock;
        return bean;
    }

    /** The retention work as the nightly timer does it: no caller. */
    CaseRetention retention(EntityManager em) {
        CaseAnonymiser anonymiser = new CaseAnonymiser(em);
        return new CaseRetention(em, anonymiser, records(em, Caller.of(null)));
    }

    /**
     * What the beans share, over this database, as this caller, with the mails kept; administrators' grants at the
     * fixture's clock, for the default 8 hours.
     */
    private CaseRecords records(EntityManager em, Caller caller) {
        return new CaseRecords(em, accounts(), caller, (module, queued) -> mails.addAll(queued), "https://draaischijf.example.org",
                new CaseAccess(em, clock, BREAK_GLASS_HOURS));
    }

    /** How long an administrator's break-glass grant holds here: the configuration's default. */
    static final int BREAK_GLASS_HOURS = 8;

    static Intake intake(boolean consent) {
        return new Intake("Test Leerkracht", "Test School", "EDUCATION", null, "leerkracht@example.org", null,
                "Test", "Jongere", LocalDate.now().minusYears(14).minusDays(10), null, "KIEL", null, null,
                SchoolStatus.AT_RISK, "Spijbelt vaak; zoekt begeleiding.", Set.of("ABSENTEEISM"), null, Urgency.HIGH,
                consent, false, consent ? LocalDate.now().minusDays(1) : null, consent ? ConsentMethod.IN_PERSON : null, null);
    }

    /** The same intake with one component (by name) changed. */
    static Intake with(Intake intake, String component, Object value) {
        try {
            java.lang.reflect.RecordComponent[] components = Intake.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(intake);
            }
            return Intake.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(component, e);
        }
    }

    private static AccountView account(String username, Role role, UUID organisation) {
        return new AccountView(username, "Demo " + username, username + "@example.org", Set.of(role), organisation,
                CONTACT_POINTS.get(username), "nl");
    }

    private Accounts accounts() {
        return new Accounts() {
            @Override
            public LoginResult verifyCredentials(String username, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public LoginResult verifyApiCredentials(String username, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public LoginResult verifySecondFactor(String username, String code) {
                throw new UnsupportedOperationException();
            }

            @Override
            public LoginResult verifyApiToken(String token) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<AccountView> find(String username) {
                accountLookups.incrementAndGet();
                return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst();
            }

            @Override
            public Optional<be.draaischijf.identity.api.AccountStanding> standing(String username) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void changeLanguage(String language) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AccountView> list(int offset, int size) {
                return ACCOUNTS;
            }

            @Override
            public long count() {
                return ACCOUNTS.size();
            }

            @Override
            public List<AccountView> search(String query, int max) {
                String part = query.strip().toLowerCase(java.util.Locale.ROOT);
                return ACCOUNTS.stream().filter(a -> a.username().contains(part) || a.email().contains(part)
                        || a.displayName().toLowerCase(java.util.Locale.ROOT).contains(part)).limit(max).toList();
            }

            @Override
            public List<AccountView> coordinatorsOf(UUID contactPointId) {
                return ACCOUNTS.stream().filter(a -> a.roles().contains(Role.COORDINATOR))
                        .filter(a -> contactPointId.equals(a.contactPointId())).toList();
            }

            @Override
            public List<AccountView> withRole(Role role, UUID organisationId) {
                return ACCOUNTS.stream().filter(a -> a.roles().contains(role))
                        .filter(a -> organisationId == null || organisationId.equals(a.organisationId())).toList();
            }
        };
    }

    static ReferenceLists referenceLists() {
        List<ReferenceItem> districts = List.of("KIEL", "HOBOKEN", "BORGERHOUT", "DEURNE", "ANTWERPEN", "WILRIJK").stream()
                .map(code -> new ReferenceItem(code, code, code, true)).toList();
        List<ReferenceItem> areas = List.of("ABSENTEEISM", "DROPOUT", "BEHAVIOUR", "WELLBEING", "HOME").stream()
                .map(code -> new ReferenceItem(code, code, code, true)).toList();
        List<ReferenceItem> sectors = List.of(new ReferenceItem("EDUCATION", "Onderwijs", "Education", true),
                new ReferenceItem("WELFARE", "Welzijn", "Welfare", true), new ReferenceItem("SAFETY", "Veiligheid", "Safety", false));
        List<ReferenceItem> reasons = List.of(new ReferenceItem("NOT_ELIGIBLE", "Valt niet binnen de doelgroep", "Not in the target group", true),
                new ReferenceItem("NO_CAPACITY", "Geen plaats", "No place", true), new ReferenceItem("OTHER", "Andere reden", "Other reason", false));
        return (ReferenceLists) Proxy.newProxyInstance(ReferenceLists.class.getClassLoader(), new Class<?>[] {ReferenceLists.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "districts" -> districts;
                    case "problemAreas" -> areas;
                    case "items" -> switch ((ReferenceList) args[0]) {
                        case DISTRICT -> districts;
                        case PROBLEM_AREA -> areas;
                        case SECTOR -> sectors;
                        case DECLINE_REASON -> reasons;
                        default -> List.of();
                    };
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private be.draaischijf.partner.api.Offers offers() {
        OfferView passage = new OfferView(PASSAGE_OFFER, PASSAGE, "De Twee Gezusters – De Passage", "WELFARE",
                "Dagcentrum De Passage", "Dagbegeleiding", OfferKind.DAY_PROGRAMME, 12, 18, Access.REFERRAL, true, Set.of(),
                Set.of("ABSENTEEISM"), Set.of("nl"), 12, 5, "Via het meldpunt", "Gratis", LocalDate.now(), "partner.depassage",
                false, true);
        return (be.draaischijf.partner.api.Offers) Proxy.newProxyInstance(
                be.draaischijf.partner.api.Offers.class.getClassLoader(), new Class<?>[] {be.draaischijf.partner.api.Offers.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> PASSAGE_OFFER.equals(args[0]) ? Optional.of(passage) : Optional.empty();
                    case "match" -> {
                        matchRequests.add((MatchRequest) args[0]);
                        yield List.of(new OfferMatch(passage, 3, List.of()));
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
