package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.MatchReason;
import be.draaischijf.partner.api.MatchReason.Code;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Offer search, paging and matching on the demo directory, on real PostgreSQL and on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferSearchDatabaseTest {

    private EntityManagerFactory postgres;
    private EntityManagerFactory h2;

    @BeforeAll
    void migrate() {
        postgres = TestDatabase.persistenceUnit("partner", TestDatabase.POSTGRESQL.migrated("partner", true));
        h2 = TestDatabase.persistenceUnit("partner", TestDatabase.H2.migrated("partner", true));
    }

    @AfterAll
    void close() {
        postgres.close();
        h2.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fullTextFindsOffersByNameDescriptionOrOrganisationIgnoringCase(TestDatabase kind) {
        assertThat(names(kind, query("SPIJBEL", null, null, null, null, null, null)))
                .containsExactly("Schoolbegeleiding bij spijbelen");
        assertThat(names(kind, query("x-stra", null, null, null, null, null, null)))
                .containsExactly("Buurtwerking jongeren Kiel");
        assertThat(names(kind, query("%", null, null, null, null, null, null)))
                .as("LIKE wildcards in the text are taken literally").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersCombine(TestDatabase kind) {
        assertThat(names(kind, query(null, "SUBSTANCE_USE", null, null, null, null, null)))
                .containsExactly("Jeugdinterventie straatwerk", "Preventie middelengebruik");
        assertThat(names(kind, query(null, null, null, null, "SAFETY", null, null)))
                .containsExactly("Jeugdinterventie straatwerk");
        assertThat(names(kind, query(null, null, null, null, null, null, "ar")))
                .containsExactly("Buurtwerking jongeren Kiel", "Jeugdinterventie straatwerk");
        assertThat(names(kind, query(null, "WELLBEING", 14, "KIEL", null, Access.DIRECT, null)))
                .containsExactly("Buurtwerking jongeren Kiel", "Groepswerk: sterk in je vel", "Jongerenonthaal (JAC)",
                        "Vrijetijdspas en jeugdwerking");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDistrictFilterKeepsLocalAndCityWideOffersOnly(TestDatabase kind) {
        List<String> kiel = names(kind, query(null, null, null, "KIEL", null, null, null));

        assertThat(kiel).contains("Buurtwerking jongeren Kiel", "Schoolbegeleiding bij spijbelen")
                .doesNotContain("Schoolondersteunend traject", "Dagbegeleiding in groep");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesAreStableAndCountMatches(TestDatabase kind) {
        EntityManagerFactory emf = emf(kind);
        OfferQuery all = OfferQuery.everything();
        long total = inTransaction(emf, (EntityManager em) -> offers(em).count(all));
        List<OfferView> first = inTransaction(emf, (EntityManager em) -> offers(em).search(all, 0, 10));
        List<OfferView> second = inTransaction(emf, (EntityManager em) -> offers(em).search(all, 10, 10));

        assertThat(total).isEqualTo(16);
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(6).doesNotContainAnyElementsOf(first);
        assertThat(first.get(0).organisationName()).isNotBlank();
        assertThat(first).anyMatch(OfferView::stale).anyMatch(offer -> !offer.stale());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void matchingRanksTheOffersThatCanTakeTheYoungPersonWithReasons(TestDatabase kind) {
        MatchRequest request = new MatchRequest(15, "KIEL", Set.of("ABSENTEEISM", "DROPOUT"), "nl");

        List<OfferMatch> matches = inTransaction(emf(kind), (EntityManager em) -> offers(em).match(request, 10));

        assertThat(matches).extracting(m -> m.offer().name())
                .containsExactly("Schoolbegeleiding bij spijbelen", "Buurtwerking jongeren Kiel",
                        "Dagcentrum De Passage", "Time-out traject");
        assertThat(matches.get(1).reasons()).contains(new MatchReason(Code.DISTRICT, "KIEL"),
                MatchReason.of(Code.NO_WAITING), MatchReason.of(Code.DIRECT_ACCESS));
        assertThat(matches).extracting(OfferMatch::score).isSortedAccordingTo((a, b) -> b - a);
    }

    private List<String> names(TestDatabase kind, OfferQuery query) {
        return inTransaction(emf(kind), (EntityManager em) -> offers(em).search(query, 0, 100))
                .stream().map(OfferView::name).toList();
    }

    private EntityManagerFactory emf(TestDatabase kind) {
        return kind == TestDatabase.POSTGRESQL ? postgres : h2;
    }

    private static OfferQuery query(String text, String area, Integer age, String district, String sector,
                                    Access access, String language) {
        return new OfferQuery(text, area, age, district, sector, access, language);
    }

    static OffersBean offers(EntityManager em) {
        OffersBean bean = new OffersBean();
        bean.em = em;
        bean.staleAfterMonths = 6;
        bean.caller = be.draaischijf.platform.security.Caller.of(null);
        bean.editors = new Editors(em, DemoAccounts.accounts(), bean.caller);
        return bean;
    }

    /** The offers as this demo account calls them. */
    static OffersBean offers(EntityManager em, String caller) {
        OffersBean bean = offers(em);
        bean.caller = DemoAccounts.caller(caller);
        bean.editors = new Editors(em, DemoAccounts.accounts(), bean.caller);
        return bean;
    }
}
