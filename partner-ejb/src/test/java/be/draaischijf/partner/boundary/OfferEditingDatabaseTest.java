package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Partner staff keep their own offers current and nobody else's; stale edits are refused. */
class OfferEditingDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partnerStaffEditTheirOwnOfferWhichIsThenConfirmedAsCurrent(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            UUID elegastOffer = offerNamed(emf, "Time-out traject").id();
            OfferDraft draft = inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").forEditing(elegastOffer)).draft();

            OfferView saved = inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").update(elegastOffer,
                    withWaiting(draft, 1)));

            assertThat(saved.waitingWeeks()).isEqualTo(1);
            assertThat(saved.assuredOn()).isEqualTo(LocalDate.now());
            assertThat(saved.assuredBy()).isEqualTo("partner.elegast");
            assertThat(offerNamed(emf, "Time-out traject").waitingWeeks()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partnerStaffCannotOpenOrChangeAnotherOrganisationsOffer(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            OfferView arktos = offerNamed(emf, "Schoolondersteunend traject");
            OfferDraft draft = inTransaction(emf, (EntityManager em) -> offers(em, "partner.arktos").forEditing(arktos.id())).draft();

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").forEditing(arktos.id())))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").update(arktos.id(), withWaiting(draft, 0))))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> offers(em, "professional").update(arktos.id(), withWaiting(draft, 0))))
                    .isInstanceOf(NotPermitted.class);
            assertThat(offerNamed(emf, "Schoolondersteunend traject").waitingWeeks()).as("nothing saved").isEqualTo(4);
            assertThat(inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").editableBy()))
                    .extracting(OfferView::name).containsExactly("Schoolbegeleiding bij spijbelen", "Time-out traject");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void coordinatorsMayEditEveryOffer(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            OfferView arktos = offerNamed(emf, "Schoolondersteunend traject");
            OfferDraft draft = inTransaction(emf, (EntityManager em) -> offers(em, "coordinator").forEditing(arktos.id())).draft();

            inTransaction(emf, (EntityManager em) -> offers(em, "coordinator").update(arktos.id(), withWaiting(draft, 2)));

            assertThat(offerNamed(emf, "Schoolondersteunend traject").waitingWeeks()).isEqualTo(2);
            assertThat(inTransaction(emf, (EntityManager em) -> offers(em, "coordinator2").editableBy())).hasSize(16);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndTheFirstIsKept(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            UUID id = offerNamed(emf, "Schoolbegeleiding bij spijbelen").id();
            OfferDraft first = inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").forEditing(id)).draft();
            OfferDraft second = inTransaction(emf, (EntityManager em) -> offers(em, "coordinator").forEditing(id)).draft();

            inTransaction(emf, (EntityManager em) -> offers(em, "partner.elegast").update(id, withWaiting(first, 5)));

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> offers(em, "coordinator").update(id, withWaiting(second, 9))))
                    .isInstanceOf(ChangedMeanwhile.class);
            assertThat(offerNamed(emf, "Schoolbegeleiding bij spijbelen").waitingWeeks()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownOfferIsSaidToBeUnknown(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> offers(em, "coordinator").forEditing(UUID.randomUUID())))
                    .isInstanceOf(NotFound.class);
        }
    }

    private static OfferDraft withWaiting(OfferDraft d, int weeks) {
        return new OfferDraft(d.name(), d.description(), d.kind(), d.minimumAge(), d.maximumAge(), d.access(),
                d.cityWide(), d.districts(), d.problemAreas(), d.languages(), d.capacity(), weeks, d.howToApply(),
                d.cost(), d.active(), d.version());
    }

    private static OfferView offerNamed(EntityManagerFactory emf, String name) {
        return inTransaction(emf, (EntityManager em) -> offers(em).search(OfferQuery.everything(), 0, 100)).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static OffersBean offers(EntityManager em) {
        return OfferSearchDatabaseTest.offers(em);
    }

    private static OffersBean offers(EntityManager em, String caller) {
        return OfferSearchDatabaseTest.offers(em, caller);
    }
}
