package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.CENTRAAL_MELDPUNT;
import static be.draaischijf.referral.boundary.CaseWorkFixture.NETSTERK_KIEL;
import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ContactPointDraft;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.OfficeHours;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.control.ContactPointDirectory;
import be.draaischijf.referral.control.ReferenceCodes;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contact points on real PostgreSQL and on H2: the two every installation starts with, a case routed by the young
 * person's district and its coordinators told, a case passed on, the workbench per contact point, and what an
 * administrator may (not) change.
 */
class ContactPointsDatabaseTest {

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyInstallationStartsWithTheCentraalMeldpuntAndNetsterkKielOpenEveryWorkingDay(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", false))) {
            List<ContactPointView> points = inTransaction(emf, (EntityManager em) -> bean(em).list());

            assertThat(points).extracting(ContactPointView::name).containsExactly("Centraal Meldpunt", "Netsterk Kiel");
            assertThat(points.get(0).cityWide()).isTrue();
            ContactPointView kiel = points.get(1);
            assertThat(kiel.districts()).containsExactly("KIEL");
            assertThat(kiel.phone()).isEqualTo("03 338 32 66");
            assertThat(kiel.hours()).extracting(OfficeHours::day)
                    .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            assertThat(kiel.hours()).allMatch(h -> h.opens().equals(LocalTime.of(8, 30)) && h.closes().equals(LocalTime.of(17, 0)));
            assertThat(inTransaction(emf, (EntityManager em) -> bean(em).serving("KIEL")).id()).isEqualTo(NETSTERK_KIEL);
            assertThat(inTransaction(emf, (EntityManager em) -> bean(em).serving("HOBOKEN")).id())
                    .as("a district without its own contact point").isEqualTo(CENTRAAL_MELDPUNT);
            assertThat(inTransaction(emf, (EntityManager em) -> bean(em).serving(null)).id()).isEqualTo(CENTRAAL_MELDPUNT);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCaseGoesToTheContactPointOfTheDistrictItsCoordinatorsHearAndItCanBePassedOn(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", true))) {
            ReferralSummary fromHoboken = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .submit(with(intake(true), "district", "HOBOKEN")));
            assertThat(fromHoboken.contactPointId()).isEqualTo(CENTRAAL_MELDPUNT);
            assertThat(module.mails.get(1).to()).as("the Centraal Meldpunt's coordinator").containsExactly("coordinator@example.org");

            ReferralSummary fromKiel = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true)));
            assertThat(fromKiel.contactPointId()).isEqualTo(NETSTERK_KIEL);

            // each contact point's workbench and counts hold its own cases
            assertThat(references(emf, NETSTERK_KIEL)).contains(fromKiel.reference()).doesNotContain(fromHoboken.reference());
            assertThat(references(emf, CENTRAAL_MELDPUNT)).contains(fromHoboken.reference()).doesNotContain(fromKiel.reference());
            long newAtKiel = inTransaction(emf, (EntityManager em) -> module.cases(em).countByStatus(NETSTERK_KIEL)).get(ReferralStatus.NEW);
            long newEverywhere = inTransaction(emf, (EntityManager em) -> module.cases(em).countByStatus(null)).get(ReferralStatus.NEW);
            assertThat(newAtKiel).isPositive().isLessThan(newEverywhere);

            // Netsterk's coordinator takes it, then passes it to the Centraal Meldpunt: the assignment ends there
            CaseDetail assigned = inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em)
                    .assign(fromKiel.id(), 0, "coordinator2", null));
            module.mails.clear();
            CaseDetail passed = inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em)
                    .passToContactPoint(fromKiel.id(), assigned.version(), CENTRAAL_MELDPUNT));
            assertThat(passed.contactPointId()).isEqualTo(CENTRAAL_MELDPUNT);
            assertThat(passed.coordinator()).as("the Centraal Meldpunt's coordinators pick it up").isNull();
            assertThat(passed.timeline()).anySatisfy(entry -> {
                assertThat(entry.kind()).isEqualTo(EventKind.CONTACT_POINT);
                assertThat(entry.message()).isEqualTo(EventMessage.of("event.contactPoint",
                        EventValue.name("Netsterk Kiel"), EventValue.name("Centraal Meldpunt")));
            });
            assertThat(module.mails).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("coordinator@example.org");
                assertThat(mail.text()).contains(fromKiel.reference()).doesNotContain("Jongere");
            });
            assertThat(references(emf, CENTRAAL_MELDPUNT)).contains(fromKiel.reference());

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .passToContactPoint(fromKiel.id(), passed.version(), CENTRAAL_MELDPUNT)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("contactPointId", "referral.contact-point.same")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .passToContactPoint(fromKiel.id(), assigned.version(), NETSTERK_KIEL)))
                    .as("from an older version").isInstanceOf(ChangedMeanwhile.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorAddsAContactPointForADistrictNoOtherServesAndChangesItAtTheVersionRead(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", false))) {
            List<OfficeHours> mornings = List.of(new OfficeHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            ContactPointDraft hoboken = new ContactPointDraft("Aanspreekpunt Hoboken", "Kioskplaats 1, 2660 Hoboken",
                    "03 000 00 00", "hoboken@draaischijf.example.org", mornings, Set.of("HOBOKEN"), "Lokaal in Hoboken.", null, 0);

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> bean(em)
                    .create(new ContactPointDraft("Nog een Kiel", "Adres 1", "03 000 00 01", "kiel2@example.org", mornings,
                            Set.of("KIEL"), "Dubbel.", null, 0))))
                    .as("Kiel belongs to Netsterk: routing must stay unambiguous")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).containsExactly(
                            FieldError.of("districts", "referral.contact-point.district.taken", "point", "Netsterk Kiel")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> bean(em)
                    .create(new ContactPointDraft("Nergens", "Adres 1", "03 000 00 01", "n@example.org",
                            List.of(mornings.get(0), new OfficeHours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))),
                            Set.of("NERGENS"), "Fout.", null, 0))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::key)
                            .containsExactlyInAnyOrder("referral.contact-point.district.unknown", "referral.contact-point.hours.twice"));

            ContactPointView created = inTransaction(emf, (EntityManager em) -> bean(em).create(hoboken));
            assertThat(inTransaction(emf, (EntityManager em) -> bean(em).serving("HOBOKEN")).id()).isEqualTo(created.id());
            assertThat(created.hours()).containsExactly(mornings.get(0));
            assertThat(inTransaction(emf, (EntityManager em) -> bean(em).get(created.id())).version())
                    .as("stored as it was answered: the version a form reads").isEqualTo(created.version());

            ContactPointView renamed = inTransaction(emf, (EntityManager em) -> bean(em).update(created.id(),
                    new ContactPointDraft("Netsterk Hoboken", hoboken.address(), hoboken.phone(), hoboken.email(), List.of(),
                            Set.of("HOBOKEN", "WILRIJK"), hoboken.descriptionNl(), "Local in Hoboken.", created.version())));
            assertThat(renamed.name()).isEqualTo("Netsterk Hoboken");
            assertThat(renamed.districts()).containsExactly("HOBOKEN", "WILRIJK");
            assertThat(renamed.hours()).as("by appointment only").isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> bean(em).update(created.id(), hoboken)))
                    .as("a change from the version read before the rename").isInstanceOf(ChangedMeanwhile.class);
        }
    }

    private List<String> references(EntityManagerFactory emf, java.util.UUID contactPoint) {
        return inTransaction(emf, (EntityManager em) -> module.cases(em).workbench(
                        new CaseFilter(null, null, null, contactPoint, null, null, null, false, false, null), CaseSort.RECEIVED, false, 0, 500))
                .stream().map(ReferralSummary::reference).toList();
    }

    private static ContactPointsBean bean(EntityManager em) {
        ContactPointsBean bean = new ContactPointsBean();
        bean.em = em;
        bean.directory = new ContactPointDirectory(em);
        bean.codes = new ReferenceCodes(CaseWorkFixture.referenceLists());
        return bean;
    }
}
