package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The partner module on real PostgreSQL and on H2: Flyway migrations, Hibernate mappings validated
 * against them, and the demo directory as the screens will see it.
 */
class PartnerModuleDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demoDirectoryListsTheTwelveNetworkOrganisationsByName(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            List<OrganisationView> page = inTransaction(emf, (EntityManager em) -> organisations(em).listActive(0, 50));
            long count = inTransaction(emf, (EntityManager em) -> organisations(em).countActive());

            assertThat(count).isEqualTo(12);
            assertThat(page).extracting(OrganisationView::name)
                    .contains("Elegast", "Arktos", "CAW Antwerpen", "X-Stra!", "Emmaüs Jeugdzorg Antwerpen")
                    .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
            assertThat(inTransaction(emf, (EntityManager em) -> organisations(em).listActive(10, 5))).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionSchemaHasReferenceListsButNoDemoOrganisations(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", false))) {
            List<ReferenceItem> districts = inTransaction(emf, (EntityManager em) -> referenceLists(em).districts());

            assertThat(districts).extracting(ReferenceItem::code).startsWith("CITY_WIDE").contains("KIEL");
            assertThat(inTransaction(emf, (EntityManager em) -> organisations(em).countActive())).isZero();
        }
    }

    private static OrganisationsBean organisations(EntityManager em) {
        OrganisationsBean bean = new OrganisationsBean();
        bean.em = em;
        bean.editors = new Editors(em, DemoAccounts.accounts(), be.draaischijf.platform.security.Caller.of(null));
        return bean;
    }

    private static ReferenceListsBean referenceLists(EntityManager em) {
        ReferenceListsBean bean = new ReferenceListsBean();
        bean.em = em;
        return bean;
    }
}
