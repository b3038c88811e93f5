package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Coordinators import the directory from CSV or HSDS JSON: all rows or none, with a Dutch message per bad cell. */
class DirectoryImportDatabaseTest {

    static final String HEADER = "organisatie;sector;organisatie_wijken;aanbod;beschrijving;soort;min_leeftijd;max_leeftijd;"
            + "toegang;wijken;probleemgebieden;talen;wachttijd_weken\n";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneBadRowRejectsTheWholeFileAndSavesNothing(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            long before = count(emf);
            String csv = HEADER
                    + "Nieuwe Vzw;welzijn;Kiel;Huiswerkklas;Hulp bij huiswerk;groepswerk;10;14;rechtstreeks;Kiel;Spijbelen;nl|fr;2\n"
                    + "Nieuwe Vzw;;;Praatgroep;Praten in groep;groepswerk;12;abc;rechtstreeks;Marsbasis;Spijbelen;nl;0\n"
                    + "Arktos;;;Schoolondersteunend traject;;;;;;;;;1\n";

            ImportPreview preview = inTransaction(emf, (EntityManager em) -> importer(em).preview(ImportFormat.CSV, csv));

            assertThat(preview.valid()).isFalse();
            assertThat(preview.rows()).extracting(ImportRowResult::line).containsExactly(2, 3, 4);
            assertThat(preview.rows().get(0).errors()).isEmpty();
            assertThat(preview.rows().get(0).newOrganisation()).isTrue();
            assertThat(preview.rows().get(1).errors()).containsExactly(
                    FieldError.of("max_leeftijd", "partner.import.cell.number", "value", "abc"),
                    FieldError.of("wijken", "partner.import.cell.unknown", "value", "Marsbasis"));
            assertThat(preview.rows().get(2).newOrganisation()).as("Arktos exists").isFalse();
            assertThat(preview.rows().get(2).newOffer()).as("matched by name").isFalse();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> importer(em, "coordinator").apply(ImportFormat.CSV, csv, null)))
                    .isInstanceOf(ImportRejected.class);
            assertThat(count(emf)).as("nothing imported").isEqualTo(before);
            assertThat(offer(emf, "Schoolondersteunend traject").waitingWeeks()).as("nothing changed").isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aValidFileAddsNewOnesUpdatesExistingOnesAndReportsProgress(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            long before = count(emf);
            String csv = HEADER
                    + "Nieuwe Vzw;welzijn;Kiel;Huiswerkklas;Hulp bij huiswerk;groepswerk;10;14;rechtstreeks;Kiel;Spijbelen;nl|fr;2\n"
                    + "nieuwe vzw;;;Praatgroep;Praten in groep;Groepswerk;12;16;via verwijzing;Stadsbreed;Psychosociaal welzijn;;0\n"
                    + "Arktos;;;Schoolondersteunend traject;;;;;;;;;1\n";
            List<Integer> progress = new ArrayList<>();

            ImportPreview done = inTransaction(emf, (EntityManager em) -> importer(em, "coordinator")
                    .apply(ImportFormat.CSV, csv, (n, total) -> progress.add(n * 100 / total)));

            assertThat(done.valid()).isTrue();
            assertThat(progress).containsExactly(33, 66, 100);
            assertThat(count(emf)).as("one organisation and two offers added").isEqualTo(before + 3);
            OfferView group = offer(emf, "Praatgroep");
            assertThat(group.organisationName()).as("same organisation, whatever the case").isEqualTo("Nieuwe Vzw");
            assertThat(group.cityWide()).isTrue();
            assertThat(group.languages()).as("Dutch unless said otherwise").containsExactly("nl");
            assertThat(group.problemAreas()).containsExactly("WELLBEING");
            assertThat(offer(emf, "Huiswerkklas").languages()).containsExactlyInAnyOrder("nl", "fr");
            OfferView arktos = offer(emf, "Schoolondersteunend traject");
            assertThat(arktos.waitingWeeks()).isEqualTo(1);
            assertThat(arktos.description()).as("blank cells keep what was there").isNotBlank();
            assertThat(arktos.assuredBy()).isEqualTo("coordinator");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsAnHsdsExportAndRefusesPartnerStaff(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            String json = """
                    [{"id": "9a3c9d0e-5a4e-4c1c-9c43-1f0c6c6f2a11", "name": "Jeugdhuis Test", "description": "Een jeugdhuis",
                      "attributes": [{"id": "1b0e3c1e-0000-4000-8000-000000000001", "taxonomy_term": {"id": "1b0e3c1e-0000-4000-8000-000000000002",
                        "code": "YOUTH", "name": "Jeugd", "description": "Jeugd", "taxonomy": "draaischijf:sector"}},
                        {"id": "1b0e3c1e-0000-4000-8000-000000000003", "taxonomy_term": {"id": "1b0e3c1e-0000-4000-8000-000000000004",
                        "code": "BERCHEM", "name": "Berchem", "description": "Berchem", "taxonomy": "draaischijf:wijk"}}],
                      "services": [{"id": "9a3c9d0e-5a4e-4c1c-9c43-1f0c6c6f2a12", "name": "Open huiswerkklas", "status": "active",
                        "description": "Elke woensdag", "minimum_age": 12, "maximum_age": 18, "wait_time": "geen wachttijd",
                        "languages": [{"id": "1b0e3c1e-0000-4000-8000-000000000005", "code": "nl"}],
                        "service_areas": [{"id": "1b0e3c1e-0000-4000-8000-000000000006", "name": "Berchem"}],
                        "attributes": [
                          {"id": "1b0e3c1e-0000-4000-8000-000000000007", "taxonomy_term": {"id": "a", "code": "GROUP_WORK", "name": "Groepswerk", "description": "", "taxonomy": "draaischijf:soort"}},
                          {"id": "1b0e3c1e-0000-4000-8000-000000000008", "taxonomy_term": {"id": "b", "code": "DIRECT", "name": "Rechtstreeks", "description": "", "taxonomy": "draaischijf:toegang"}},
                          {"id": "1b0e3c1e-0000-4000-8000-000000000009", "taxonomy_term": {"id": "c", "code": "ABSENTEEISM", "name": "Spijbelen", "description": "", "taxonomy": "draaischijf:probleemgebied"}}]}]}]
                    """;

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> importer(em, "partner.arktos").apply(ImportFormat.HSDS_JSON, json, null)))
                    .isInstanceOf(NotPermitted.class);
            inTransaction(emf, (EntityManager em) -> importer(em, "admin").apply(ImportFormat.HSDS_JSON, json, null));

            OfferView imported = offer(emf, "Open huiswerkklas");
            assertThat(imported.organisationName()).isEqualTo("Jeugdhuis Test");
            assertThat(imported.districts()).containsExactly("BERCHEM");
            assertThat(imported.waitingWeeks()).isZero();
            assertThat(imported.problemAreas()).containsExactly("ABSENTEEISM");
            ImportPreview notJson = inTransaction(emf, (EntityManager em) -> importer(em).preview(ImportFormat.HSDS_JSON, "organisatie;sector"));
            assertThat(notJson.fileErrors()).containsExactly(FieldError.of("", "partner.import.json.invalid"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewOrganisationWithoutDistrictsServesItsFirstOffersArea(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            String csv = "organisatie;sector;aanbod;beschrijving;soort;toegang;wijken;stadsbreed;probleemgebieden\n"
                    + "Wijkvzw;jeugd;Huiswerkklas;Hulp;groepswerk;rechtstreeks;Kiel|Hoboken;;Spijbelen\n"
                    + "Stadsvzw;jeugd;Kamp;Kamp;groepswerk;rechtstreeks;;ja;Spijbelen\n"
                    + "Arktos;;Nieuw bij Arktos;Nieuw;groepswerk;rechtstreeks;Deurne;;Spijbelen\n";

            inTransaction(emf, (EntityManager em) -> importer(em, "coordinator").apply(ImportFormat.CSV, csv, null));

            assertThat(organisation(emf, "Wijkvzw").districts()).containsExactlyInAnyOrder("KIEL", "HOBOKEN");
            assertThat(organisation(emf, "Stadsvzw").districts()).containsExactly("CITY_WIDE");
            assertThat(organisation(emf, "Arktos").districts()).as("an existing organisation keeps its own").containsExactly("CITY_WIDE");
        }
    }

    private static be.draaischijf.partner.api.OrganisationView organisation(EntityManagerFactory emf, String name) {
        return inTransaction(emf, (EntityManager em) -> OrganisationEditingDatabaseTest.organisations(em).listAll(0, 100)).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTemplatesExampleRowIsValid(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            String template = String.join(";", be.draaischijf.partner.api.DirectoryImport.CSV_COLUMNS) + "\r\n"
                    + be.draaischijf.partner.api.DirectoryImport.CSV_EXAMPLE + "\r\n";
            ImportPreview preview = inTransaction(emf, (EntityManager em) -> importer(em).preview(ImportFormat.CSV, template));
            assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
            assertThat(preview.valid()).isTrue();
        }
    }

    private static long count(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery("select count(o) from Offer o", Long.class).getSingleResult()
                + em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult());
    }

    private static OfferView offer(EntityManagerFactory emf, String name) {
        return inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em).search(OfferQuery.everything(), 0, 500)).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    static DirectoryImportBean importer(EntityManager em) {
        return importer(em, "coordinator");
    }

    /** The import as this demo account calls it. */
    static DirectoryImportBean importer(EntityManager em, String caller) {
        DirectoryImportBean bean = new DirectoryImportBean();
        bean.em = em;
        bean.validator = Validation.buildDefaultValidatorFactory().getValidator();
        bean.caller = DemoAccounts.caller(caller);
        bean.editors = new Editors(em, DemoAccounts.accounts(), bean.caller);
        return bean;
    }
}
