package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.partner.api.DemoModeOnly;
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

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outsideDemoModeNothingIsGenerated(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> volume(em, false).fillOffersUpTo(100)))
                    .isInstanceOf(DemoModeOnly.class);
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
        return bean;
    }
}
