package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.control.OfferMatching;
import java.util.List;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark volume: generated offers fill the directory up to a total, in demo mode only. */
class DemoVolumeDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fillsTheDirectoryUpToTheTotalAndMatchingStillRanks(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            int added = inTransaction(emf, (EntityManager em) -> volume(em, true).fillOffersUpTo(700));
            int again = inTransaction(emf, (EntityManager em) -> volume(em, true).fillOffersUpTo(700));

            assertThat(added).isEqualTo(700 - 16);
            assertThat(again).isZero();
            assertThat(inTransaction(emf, (EntityManager em) -> offers(em).count(OfferQuery.everything()))).isEqualTo(700);
            assertThat(inTransaction(emf, (EntityManager em) -> offers(em).match(
                    new MatchRequest(14, "KIEL", Set.of("DROPOUT", "HOME"), "nl"), 20))).hasSize(20);
        }
    }

    /**
     * The database orders the candidates by the same score as the policy: on 700 offers, the ranking
     * from the database equals the policy's ranking of every candidate, for requests with and without
     * district and language, one or more problem areas.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabasesOrderingAgreesWithTheMatchingPolicy(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            inTransaction(emf, (EntityManager em) -> volume(em, true).fillOffersUpTo(700));
            List<OfferView> all = inTransaction(emf, (EntityManager em) -> {
                List<OfferView> everything = new java.util.ArrayList<>();
                for (int offset = 0; offset < 700; offset += 500) {
                    everything.addAll(offers(em).search(OfferQuery.everything(), offset, 500));
                }
                return everything;
            });
            for (MatchRequest request : List.of(
                    new MatchRequest(14, "KIEL", Set.of("DROPOUT", "HOME"), "nl"),
                    new MatchRequest(16, null, Set.of("ABSENTEEISM"), null),
                    new MatchRequest(9, "DEURNE", Set.of("BEHAVIOUR", "WELLBEING", "HOUSING"), "ar"),
                    new MatchRequest(20, "HOBOKEN", Set.of("SUBSTANCE_USE"), "tr"))) {
                List<OfferMatch> fromDatabase = inTransaction(emf, (EntityManager em) -> offers(em).match(request, 15));
                List<OfferMatch> fromPolicy = OfferMatching.rank(request, all, 15);
                assertThat(fromDatabase).as(request.toString()).isNotEmpty();
                assertThat(fromDatabase).extracting(OfferMatch::score).as(request.toString())
                        .containsExactlyElementsOf(fromPolicy.stream().map(OfferMatch::score).toList());
                assertThat(fromDatabase).extracting(match -> match.offer().id()).as(request.toString())
                        .containsExactlyElementsOf(fromPolicy.stream().map(match -> match.offer().id()).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outsideDemoModeNothingIsGenerated(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> volume(em, false).fillOffersUpTo(100)))
                    .isInstanceOf(NotAllowedNow.class);
            assertThat(inTransaction(emf, (EntityManager em) -> offers(em).count(OfferQuery.everything()))).isEqualTo(16);
        }
    }

    private static DemoVolumeBean volume(EntityManager em, boolean demo) {
        DemoVolumeBean bean = new DemoVolumeBean();
        bean.em = em;
        bean.demoMode = () -> demo;
        return bean;
    }

    private static OffersBean offers(EntityManager em) {
        OffersBean bean = new OffersBean();
        bean.em = em;
        bean.staleAfterMonths = 6;
        bean.editors = new Editors(em, DemoAccounts.accounts(), be.draaischijf.platform.security.Caller.of(null));
        return bean;
    }
}
