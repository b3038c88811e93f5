package be.draaischijf.web.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.ContactPerson;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.testing.HsdsSchemas;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Our HSDS documents pass the official HSDS 3.0 schemas, made strict as the conformance check does. */
class HsdsDocumentsTest {

    private static final List<String> SECTORS = List.of("WELFARE", "DROPOUT_PREVENTION", "EDUCATION", "YOUTH",
            "SOCIAL_SERVICES", "SAFETY");

    private static final List<String> DISTRICTS = List.of("KIEL", "HOBOKEN", "BORGERHOUT", "DEURNE");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "ar");

    private final HsdsDocuments documents = new HsdsDocuments(
            DISTRICTS.stream().map(code -> new ReferenceItem(code, "Wijk " + code, "District " + code, true)).toList(),
            Map.of("nl", "Nederlands", "fr", "Frans", "en", "Engels", "ar", "Arabisch"));

    @Test
    void aThousandGeneratedOffersValidateAsServicesOrganizationsAndPages() {
        List<OrganisationView> organisations = IntStream.range(0, 40).mapToObj(HsdsDocumentsTest::organisation).toList();
        List<OfferView> offers = IntStream.range(0, 1000)
                .mapToObj(i -> offer(i, organisations.get(i % organisations.size()))).toList();

        for (int i = 0; i < offers.size(); i++) {
            OrganisationView owner = organisations.get(i % organisations.size());
            assertThat(HsdsSchemas.violations("service", documents.service(offers.get(i), owner).toString()))
                    .as(offers.get(i).name()).isEmpty();
        }
        for (OrganisationView organisation : organisations) {
            List<OfferView> own = offers.stream().filter(o -> o.organisationId().equals(organisation.id())).toList();
            assertThat(HsdsSchemas.violations("organization", documents.organization(organisation, own).toString()))
                    .as(organisation.name()).isEmpty();
        }
        JsonObject page = HsdsDocuments.page(offers.subList(0, 50), documents::serviceSummary, 1000, 1, 50);
        assertThat(HsdsSchemas.pageViolations("service_list", page.toString())).isEmpty();
        assertThat(HsdsSchemas.pageViolations("organization_list",
                HsdsDocuments.page(organisations, documents::organizationSummary, 40, 1, 50).toString())).isEmpty();
    }

    @Test
    void theStrictSchemaCatchesUnknownFieldsMissingFieldsAndWrongTypes() {
        String service = documents.serviceSummary(offer(4, organisation(4))).toString();

        assertThat(HsdsSchemas.violations("service", service.replace("\"status\":\"active\"", "\"state\":\"active\"")))
                .as("status missing, state unknown").hasSizeGreaterThanOrEqualTo(2);
        assertThat(HsdsSchemas.violations("service", service.replace("\"minimum_age\":4", "\"minimum_age\":\"4\"")))
                .as("age as a string").isNotEmpty();
        assertThat(HsdsSchemas.violations("service", service)).isEmpty();
    }

    @Test
    void fieldsCarryHsdsNames() {
        OrganisationView organisation = organisation(1);
        JsonObject service = documents.service(offer(3, organisation), organisation);

        assertThat(service.getString("status")).isEqualTo("active");
        assertThat(service.getInt("minimum_age")).isLessThanOrEqualTo(service.getInt("maximum_age"));
        assertThat(service.getString("wait_time")).isEqualTo("3 weken");
        assertThat(service.getString("assured_date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(service.getString("application_process")).isNotBlank();
        assertThat(service.getJsonArray("languages")).isNotEmpty();
        assertThat(service.getJsonObject("organization").getString("id")).isEqualTo(organisation.id().toString());
    }

    @Test
    void derivedIdsStayTheSameBetweenExports() {
        OrganisationView organisation = organisation(2);
        OfferView offer = offer(7, organisation);

        assertThat(documents.service(offer, organisation).toString())
                .isEqualTo(documents.service(offer, organisation).toString());
    }

    @Test
    void pagesSayWhereTheyAre() {
        List<OrganisationView> three = IntStream.range(0, 3).mapToObj(HsdsDocumentsTest::organisation).toList();
        JsonObject last = HsdsDocuments.page(three, documents::organizationSummary, 23, 3, 10);

        assertThat(last.getInt("total_pages")).isEqualTo(3);
        assertThat(last.getBoolean("last_page")).isTrue();
        assertThat(last.getBoolean("first_page")).isFalse();
        assertThat(last.getInt("size")).isEqualTo(3);
    }

    private static OrganisationView organisation(int i) {
        return new OrganisationView(UUID.nameUUIDFromBytes(("org" + i).getBytes()), "Organisatie " + i,
                SECTORS.get(i % SECTORS.size()), i % 5 == 0 ? null : "Wat organisatie " + i + " doet",
                "Antwerpen", null, i % 3 == 0 ? null : "info@org" + i + ".example.org",
                i % 2 == 0 ? null : "https://org" + i + ".example.org", Set.of(i % 2 == 0 ? "CITY_WIDE" : "KIEL"),
                i % 3 == 0 ? List.of() : List.of(new ContactPerson("Contact " + i, "Coördinator", "contact" + i
                        + "@example.org", i % 2 == 0 ? null : "03 200 00 " + (10 + i % 80))),
                i % 4 == 0 ? null : LocalDate.of(2018, 1 + i % 12, 1), true);
    }

    private static OfferView offer(int i, OrganisationView owner) {
        int min = i % 20;
        return new OfferView(UUID.nameUUIDFromBytes(("offer" + i).getBytes()), owner.id(), owner.name(), owner.sector(),
                "Aanbod " + i, "Beschrijving van aanbod " + i, OfferKind.values()[i % OfferKind.values().length],
                min, Math.min(25, min + 1 + i % 7), i % 2 == 0 ? Access.DIRECT : Access.REFERRAL, i % 3 == 0,
                i % 3 == 0 ? Set.of() : Set.of(DISTRICTS.get(i % 4), DISTRICTS.get((i + 1) % 4)),
                Set.of("ABSENTEEISM"), Set.copyOf(List.of(LANGUAGES.get(i % 4), "nl")),
                i % 4 == 0 ? null : i % 30, i % 5 == 0 ? null : i % 10, i % 6 == 0 ? null : "Bel of mail ons",
                i % 7 == 0 ? null : "Gratis", i % 8 == 0 ? null : LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
                "partner", false, true);
    }
}
