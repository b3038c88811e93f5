package be.draaischijf.web.api.hsds;

import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.ReferenceItem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps the directory onto HSDS 3.0 documents. Fields without a value are left out (the schemas
 * type them as strings or numbers, not null). Ids of languages and service areas are derived from
 * the service id and the code, so they stay the same from one export to the next.
 */
public final class HsdsDocuments {

    private final Map<String, String> districtNames;
    private final Map<String, String> languageNames;

    /**
     * @param districts     district reference list, for service area names
     * @param languageNames language code to name, in the language of the export (Dutch)
     */
    public HsdsDocuments(List<ReferenceItem> districts, Map<String, String> languageNames) {
        this.districtNames = districts.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::labelNl));
        this.languageNames = Map.copyOf(languageNames);
    }

    /** An organization as in a list: one-to-one fields only. */
    public JsonObject organizationSummary(OrganisationView organisation) {
        return organizationFields(organisation).build();
    }

    /** An organization with its services. */
    public JsonObject organization(OrganisationView organisation, List<OfferView> offers) {
        JsonArrayBuilder services = Json.createArrayBuilder();
        offers.forEach(offer -> services.add(serviceFields(offer)
                .add("languages", languages(offer))
                .add("service_areas", serviceAreas(offer))
                .add("attributes", serviceAttributes(offer))));
        return organizationDetails(organisation).add("services", services).build();
    }

    /** A service as in a list: one-to-one fields only. */
    public JsonObject serviceSummary(OfferView offer) {
        return serviceFields(offer).build();
    }

    /** A service with its languages, service areas and organization. */
    public JsonObject service(OfferView offer, OrganisationView organisation) {
        return serviceFields(offer)
                .add("languages", languages(offer))
                .add("service_areas", serviceAreas(offer))
                .add("attributes", serviceAttributes(offer))
                .add("organization", organizationFields(organisation))
                .build();
    }

    /** A page as the HSDS API returns lists. {@code pageNumber} counts from 1. */
    public static <T> JsonObject page(List<T> contents, Function<T, JsonObject> map, long totalItems, int pageNumber,
                                      int perPage) {
        long totalPages = Math.max(1, (totalItems + perPage - 1) / perPage);
        JsonArrayBuilder items = Json.createArrayBuilder();
        contents.forEach(item -> items.add(map.apply(item)));
        return Json.createObjectBuilder()
                .add("total_items", totalItems)
                .add("total_pages", totalPages)
                .add("page_number", pageNumber)
                .add("size", contents.size())
                .add("first_page", pageNumber == 1)
                .add("last_page", pageNumber >= totalPages)
                .add("empty", contents.isEmpty())
                .add("contents", items)
                .build();
    }

    private JsonObjectBuilder organizationFields(OrganisationView organisation) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", organisation.id().toString())
                .add("name", organisation.name())
                .add("description", organisation.description() == null ? "" : organisation.description());
        optional(json, "email", organisation.email());
        optional(json, "website", organisation.website());
        return json;
    }

    /**
     * An organization with what HSDS has a place for (phone, address as a location, contacts) and, as
     * attributes in {@code draaischijf:} taxonomies, what it has not (sector, districts, partner since),
     * so that an export can be imported again without losing anything.
     */
    private JsonObjectBuilder organizationDetails(OrganisationView organisation) {
        JsonObjectBuilder json = organizationFields(organisation);
        String id = organisation.id().toString();
        if (organisation.phone() != null) {
            json.add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", derivedId(organisation.id(), "phone"))
                    .add("organization_id", id)
                    .add("number", organisation.phone())));
        }
        if (organisation.address() != null) {
            json.add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", derivedId(organisation.id(), "location"))
                    .add("location_type", "physical")
                    .add("organization_id", id)
                    .add("name", organisation.name())
                    .add("description", organisation.address())));
        }
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        for (int i = 0; i < organisation.contacts().size(); i++) {
            var person = organisation.contacts().get(i);
            JsonObjectBuilder contact = Json.createObjectBuilder()
                    .add("id", derivedId(organisation.id(), "contact:" + i))
                    .add("organization_id", id)
                    .add("name", person.name());
            optional(contact, "title", person.function());
            optional(contact, "email", person.email());
            if (person.phone() != null) {
                contact.add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", derivedId(organisation.id(), "contact:" + i + ":phone"))
                        .add("number", person.phone())));
            }
            contacts.add(contact);
        }
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        attribute(attributes, organisation.id(), "organization", "draaischijf:sector", organisation.sector(),
                organisation.sector(), null);
        organisation.districts().stream().sorted().forEach(code -> attribute(attributes, organisation.id(), "organization",
                "draaischijf:wijk", code, districtNames.getOrDefault(code, code), null));
        if (organisation.partnerSince() != null) {
            attribute(attributes, organisation.id(), "organization", "draaischijf:partner_sinds", "PARTNER_SINCE",
                    "Partner sinds", organisation.partnerSince().toString());
        }
        return json.add("contacts", contacts).add("attributes", attributes);
    }

    /** Kind, access, problem areas and capacity, which HSDS has no fields for, as attributes. */
    private JsonArrayBuilder serviceAttributes(OfferView offer) {
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        attribute(attributes, offer.id(), "service", "draaischijf:soort", offer.kind().name(), offer.kind().name(), null);
        attribute(attributes, offer.id(), "service", "draaischijf:toegang", offer.access().name(), offer.access().name(), null);
        offer.problemAreas().stream().sorted().forEach(code -> attribute(attributes, offer.id(), "service",
                "draaischijf:probleemgebied", code, code, null));
        if (offer.capacity() != null) {
            attribute(attributes, offer.id(), "service", "draaischijf:capaciteit", "CAPACITY", "Capaciteit",
                    offer.capacity().toString());
        }
        return attributes;
    }

    private static void attribute(JsonArrayBuilder attributes, UUID linkId, String entity, String taxonomy, String code,
                                  String name, String value) {
        JsonObjectBuilder attribute = Json.createObjectBuilder()
                .add("id", derivedId(linkId, "attribute:" + taxonomy + ":" + code))
                .add("link_id", linkId.toString())
                .add("link_type", taxonomy)
                .add("link_entity", entity);
        if (value != null) {
            attribute.add("value", value);
        }
        attributes.add(attribute.add("taxonomy_term", Json.createObjectBuilder()
                .add("id", UUID.nameUUIDFromBytes((taxonomy + "/" + code).getBytes(StandardCharsets.UTF_8)).toString())
                .add("code", code)
                .add("name", name)
                .add("description", name)
                .add("taxonomy", taxonomy)));
    }

    private JsonObjectBuilder serviceFields(OfferView offer) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", offer.id().toString())
                .add("organization_id", offer.organisationId().toString())
                .add("name", offer.name())
                .add("description", offer.description())
                .add("status", "active")
                .add("minimum_age", offer.minimumAge())
                .add("maximum_age", offer.maximumAge())
                .add("eligibility_description", "Leeftijd " + offer.minimumAge() + " tot " + offer.maximumAge()
                        + " jaar; " + (offer.access() == be.draaischijf.partner.api.Access.DIRECT
                        ? "rechtstreeks toegankelijk" : "toegang via verwijzing"));
        optional(json, "application_process", offer.howToApply());
        optional(json, "fees_description", offer.cost());
        if (offer.waitingWeeks() != null) {
            json.add("wait_time", offer.waitingWeeks() == 0 ? "geen wachttijd" : offer.waitingWeeks() + " weken");
        }
        if (offer.assuredOn() != null) {
            json.add("assured_date", offer.assuredOn().toString());
        }
        return json;
    }

    private JsonArrayBuilder languages(OfferView offer) {
        JsonArrayBuilder languages = Json.createArrayBuilder();
        offer.languages().stream().sorted().forEach(code -> languages.add(Json.createObjectBuilder()
                .add("id", derivedId(offer.id(), "language:" + code))
                .add("service_id", offer.id().toString())
                .add("name", languageNames.getOrDefault(code, code))
                .add("code", code)));
        return languages;
    }

    private JsonArrayBuilder serviceAreas(OfferView offer) {
        JsonArrayBuilder areas = Json.createArrayBuilder();
        if (offer.cityWide()) {
            areas.add(Json.createObjectBuilder()
                    .add("id", derivedId(offer.id(), "area:CITY_WIDE"))
                    .add("service_id", offer.id().toString())
                    .add("name", "Antwerpen (stadsbreed)"));
        }
        offer.districts().stream().sorted().forEach(code -> areas.add(Json.createObjectBuilder()
                .add("id", derivedId(offer.id(), "area:" + code))
                .add("service_id", offer.id().toString())
                .add("name", districtNames.getOrDefault(code, code))));
        return areas;
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value != null && !value.isBlank()) {
            json.add(field, value);
        }
    }

    private static String derivedId(UUID serviceId, String part) {
        return UUID.nameUUIDFromBytes((serviceId + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
