package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.partner.api.Access;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.partner.api.ContactPerson;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Coordinators keep every organisation's details; partner staff their own; nobody overwrites anybody silently. */
class OrganisationEditingDatabaseTest {

    static final UUID ARKTOS = UUID.fromString("e444453e-ef0f-54ed-ac23-6e5af3a5ffbc");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorAddsAnOrganisationWithContactsAndAnOffer(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            OrganisationDraft draft = new OrganisationDraft(" Buurtwerk Kiel ", "YOUTH", "Jeugdwerk in de wijk",
                    "Kielsevest 1, 2018 Antwerpen", "03 123 45 67", "info@buurtwerk.example.org", "https://buurtwerk.example.org",
                    Set.of("KIEL", "HOBOKEN"), List.of(new ContactPerson("Sam (fictief)", "Jeugdwerker", "sam@buurtwerk.example.org", null)),
                    LocalDate.of(2020, 9, 1), true, 0);

            OrganisationView created = inTransaction(emf, (EntityManager em) -> organisations(em, "coordinator").create(draft));
            OfferView offer = inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em, "coordinator")
                    .create(created.id(), offer("Straathoekwerk", Set.of("KIEL"))));

            OrganisationView found = inTransaction(emf, (EntityManager em) -> organisations(em).find(created.id())).orElseThrow();
            assertThat(found.name()).isEqualTo("Buurtwerk Kiel");
            assertThat(found.districts()).containsExactlyInAnyOrder("KIEL", "HOBOKEN");
            assertThat(found.contacts()).extracting(ContactPerson::name).containsExactly("Sam (fictief)");
            assertThat(found.partnerSince()).isEqualTo(LocalDate.of(2020, 9, 1));
            assertThat(offer.organisationName()).isEqualTo("Buurtwerk Kiel");
            assertThat(offer.assuredBy()).isEqualTo("coordinator");
            assertThat(inTransaction(emf, (EntityManager em) -> organisations(em).listAll(0, 100)))
                    .extracting(OrganisationView::name).contains("Buurtwerk Kiel", "Arktos");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unknownDistrictsAndTakenNamesAreRefused(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            OrganisationDraft marsbase = organisation("Marsbasis", Set.of("MARS"), 0);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> organisations(em, "coordinator").create(marsbase)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("districts", "partner.code.unknown", "code", "MARS")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> organisations(em, "coordinator").create(
                    organisation("ARKTOS", Set.of("KIEL"), 0)))).isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(
                    e.field() + " " + e.reason() + " " + e.key()).isEqualTo("name NAME_TAKEN partner.organisation.name.taken"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em, "coordinator")
                    .create(ARKTOS, offer("Nieuw", Set.of("NERGENS"))))).isInstanceOf(Invalid.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> organisations(em, "partner.arktos").create(
                    organisation("Eigen vzw", Set.of("KIEL"), 0)))).as("only coordinators add organisations").isInstanceOf(NotPermitted.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partnerStaffEditOnlyTheirOwnOrganisationAndCannotDeactivateIt(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            OrganisationDraft current = inTransaction(emf, (EntityManager em) -> organisations(em, "partner.arktos").forEditing(ARKTOS)).draft();
            assertThat(current.districts()).containsExactly("CITY_WIDE");
            OrganisationDraft edit = new OrganisationDraft(current.name(), current.sector(), current.description(),
                    current.address(), "+32 3 000 00 00", current.email(), current.website(), current.districts(),
                    current.contacts(), current.partnerSince(), false, current.version());

            OrganisationView saved = inTransaction(emf, (EntityManager em) -> organisations(em, "partner.arktos").update(ARKTOS, edit));

            assertThat(saved.phone()).isEqualTo("+32 3 000 00 00");
            assertThat(saved.active()).as("partner staff cannot switch their organisation off").isTrue();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> organisations(em, "partner.arktos").update(ARKTOS, edit)))
                    .as("the same edit again is based on an old version").isInstanceOf(ChangedMeanwhile.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> organisations(em, "partner.elegast").forEditing(ARKTOS)))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em, "partner.elegast")
                    .create(ARKTOS, offer("Overname", Set.of("KIEL"))))).isInstanceOf(NotPermitted.class);
            OfferView own = inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em, "partner.arktos")
                    .create(ARKTOS, offer("Eigen nieuw aanbod", Set.of("CITY_WIDE"))));
            assertThat(own.cityWide()).as("Stadsbreed chosen as a district means city-wide").isTrue();
            assertThat(own.districts()).isEmpty();
        }
    }

    static OrganisationDraft organisation(String name, Set<String> districts, int version) {
        return new OrganisationDraft(name, "WELFARE", null, null, null, null, null, districts, List.of(), null, true, version);
    }

    static OfferDraft offer(String name, Set<String> districts) {
        return new OfferDraft(name, "Beschrijving", OfferKind.GROUP_WORK, 12, 18, Access.DIRECT, false, districts,
                Set.of("ABSENTEEISM"), Set.of("nl"), 10, 0, "Bel ons", "Gratis", true, 0);
    }

    static OrganisationsBean organisations(EntityManager em) {
        return organisations(em, "coordinator");
    }

    /** The directory as this demo account calls it. */
    static OrganisationsBean organisations(EntityManager em, String caller) {
        OrganisationsBean bean = new OrganisationsBean();
        bean.em = em;
        bean.editors = new Editors(em, DemoAccounts.accounts(), DemoAccounts.caller(caller));
        return bean;
    }
}
