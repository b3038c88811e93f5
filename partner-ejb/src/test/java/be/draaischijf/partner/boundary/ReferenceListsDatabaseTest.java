package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Managed reference lists (ADR 0032) on both databases: what an administrator changes is what everyone reads. */
class ReferenceListsDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyListStartsFilledOnAnEmptyInstallation(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", false))) {
            for (ReferenceList list : ReferenceList.values()) {
                assertThat(inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em).items(list))).as(list.path())
                        .isNotEmpty().allSatisfy(item -> assertThat(item.labelNl()).isNotBlank());
            }
            assertThat(inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em).items(ReferenceList.SECTOR)))
                    .extracting(ReferenceItem::code).containsExactly("WELFARE", "DROPOUT_PREVENTION", "EDUCATION", "YOUTH",
                            "SOCIAL_SERVICES", "SAFETY");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddedSectorIsOfferedRenamedMovedAndOnceDeactivatedStaysReadableButIsNoLongerAccepted(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            ReferenceItem sport = inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em)
                    .add(ReferenceList.SECTOR, new ReferenceItemDraft("SPORT", "Sport", "Sport", null, 1)));
            assertThat(sport.active()).isTrue();
            assertThat(codes(emf)).containsExactly("WELFARE", "SPORT", "DROPOUT_PREVENTION", "EDUCATION", "YOUTH",
                    "SOCIAL_SERVICES", "SAFETY");

            OrganisationView club = inTransaction(emf, (EntityManager em) -> OrganisationEditingDatabaseTest
                    .organisations(em, "coordinator").create(organisation("Sportclub Kiel", "SPORT")));
            assertThat(club.sector()).isEqualTo("SPORT");

            inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em).update(ReferenceList.SECTOR, "SPORT",
                    new ReferenceItemDraft(null, "Sport en vrije tijd", "Sport and leisure", false, 99)));
            List<ReferenceItem> sectors = inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em).items(ReferenceList.SECTOR));
            assertThat(sectors).last().isEqualTo(new ReferenceItem("SPORT", "Sport en vrije tijd", "Sport and leisure", false));
            assertThat(ReferenceItem.offered(sectors, Set.of())).extracting(ReferenceItem::code).doesNotContain("SPORT");
            assertThat(ReferenceItem.offered(sectors, Set.of("SPORT"))).extracting(ReferenceItem::code).contains("SPORT");
            assertThat(inTransaction(emf, (EntityManager em) -> OrganisationEditingDatabaseTest.organisations(em, "coordinator")
                    .find(club.id())).orElseThrow().sector()).as("the old record keeps its code").isEqualTo("SPORT");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTakenCodeAnUnknownCodeAndCityWideSwitchedOffAreRefused(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", false))) {
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em)
                    .add(ReferenceList.DECLINE_REASON, new ReferenceItemDraft("OTHER", "Nog iets", "Something else", null, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("code", "partner.reference.code.taken", "code", "OTHER")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em)
                    .update(ReferenceList.DISTRICT, "ATLANTIS", new ReferenceItemDraft(null, "Atlantis", "Atlantis", null, null))))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em)
                    .update(ReferenceList.DISTRICT, "CITY_WIDE", new ReferenceItemDraft(null, "Stad", "City", false, null))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("active", "partner.reference.city-wide")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> OrganisationEditingDatabaseTest
                    .organisations(em, "coordinator").create(organisation("Onbekende sector", "CIRCUS"))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("sector", "partner.code.unknown", "code", "CIRCUS")));
        }
    }

    private static List<String> codes(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> new ReferenceListsBean(em).items(ReferenceList.SECTOR))
                .stream().map(ReferenceItem::code).toList();
    }

    private static OrganisationDraft organisation(String name, String sector) {
        return new OrganisationDraft(name, sector, null, null, null, null, null, Set.of("KIEL"), List.of(), null, true, 0);
    }
}
