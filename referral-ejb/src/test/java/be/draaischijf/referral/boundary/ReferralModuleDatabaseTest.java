package be.draaischijf.referral.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The referral module's migrations, mappings and queries on real PostgreSQL and on H2. */
class ReferralModuleDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void professionalSeesOnlyTheCasesTheySubmittedNewestFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", true))) {
            var mine = inTransaction(emf, (EntityManager em) -> cases(em).submittedBy("professional"));

            assertThat(mine).extracting(ReferralSummary::reference).containsExactly("DS-2026-0001", "DS-2026-0002");
            assertThat(inTransaction(emf, (EntityManager em) -> cases(em).submittedBy("someone-else"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void statusCountsCoverEveryStatusAndAddUpToTheTotal(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", true))) {
            var counts = inTransaction(emf, (EntityManager em) -> cases(em).countByStatus());

            assertThat(counts).containsOnlyKeys(ReferralStatus.values());
            assertThat(counts.get(ReferralStatus.NEW)).isEqualTo(1);
            assertThat(counts.get(ReferralStatus.CASE_CONFERENCE)).isZero();
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(inTransaction(emf, (EntityManager em) -> cases(em).count()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesOfTheWorkbenchAreNewestFirstWithoutOverlap(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", true))) {
            var first = inTransaction(emf, (EntityManager em) -> cases(em).list(0, 3));
            var second = inTransaction(emf, (EntityManager em) -> cases(em).list(3, 3));

            assertThat(first).extracting(ReferralSummary::reference)
                    .containsExactly("DS-2026-0001", "DS-2026-0002", "DS-2026-0003");
            assertThat(second).extracting(ReferralSummary::reference).containsExactly("DS-2026-0004");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionSchemaStartsWithoutCases(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", false))) {
            assertThat(inTransaction(emf, (EntityManager em) -> cases(em).count())).isZero();
        }
    }

    private static ReferralCasesBean cases(EntityManager em) {
        ReferralCasesBean bean = new ReferralCasesBean();
        bean.em = em;
        return bean;
    }
}
