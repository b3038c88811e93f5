package be.draaischijf.partner.control;

import static be.draaischijf.partner.control.ImportRows.*;

import be.draaischijf.platform.refusal.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an HSDS 3.0 export (a JSON array of organizations with their services, or an HSDS page with
 * {@code contents}) into import rows with the same column names as the CSV: one row per service, with
 * its organization's fields, and one row for an organization without services. What HSDS has no field
 * for (sector, kind, access, problem areas, capacity, districts of an organisation, partner since) is
 * read from {@code attributes} whose taxonomy term is in one of the {@code draaischijf:} taxonomies,
 * as our own export writes them.
 */
public final class HsdsRows {

    public static final String TAXONOMY_SECTOR = "draaischijf:sector";
    public static final String TAXONOMY_DISTRICT = "draaischijf:wijk";
    public static final String TAXONOMY_PARTNER_SINCE = "draaischijf:partner_sinds";
    public static final String TAXONOMY_KIND = "draaischijf:soort";
    public static final String TAXONOMY_ACCESS = "draaischijf:toegang";
    public static final String TAXONOMY_PROBLEM_AREA = "draaischijf:probleemgebied";
    public static final String TAXONOMY_CAPACITY = "draaischijf:capaciteit";

    private static final Pattern WEEKS = Pattern.compile("(\\d+)");

    private HsdsRows() {
    }

    /** Thrown for a file that is no HSDS JSON: why, as a message key and its values (by name). */
    public static class Unreadable extends RuntimeException {

        private final transient FieldError why;

        public Unreadable(String key, Map<String, java.io.Serializable> values) {
            super(key);
            this.why = new FieldError("", key, values);
        }

        /** What is wrong with the file, as a file error (no field). */
        public FieldError why() {
            return why;
        }
    }

    public static List<Map<String, String>> read(String json) {
        JsonValue document;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            document = reader.readValue();
        } catch (JsonException e) {
            throw new Unreadable("partner.import.json.invalid", Map.of());
        }
        JsonArray organizations;
        if (document.getValueType() == JsonValue.ValueType.ARRAY) {
            organizations = document.asJsonArray();
        } else if (document.getValueType() == JsonValue.ValueType.OBJECT && document.asJsonObject().get("contents") instanceof JsonArray contents) {
            organizations = contents;
        } else {
            throw new Unreadable("partner.import.json.not-a-list", Map.of());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue value : organizations) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Unreadable("partner.import.json.not-an-organisation", Map.of());
            }
            JsonObject organization = value.asJsonObject();
            Map<String, String> org = organisation(organization);
            List<JsonObject> services = array(organization, "services");
            if (services.isEmpty()) {
                rows.add(org);
            }
            for (JsonObject service : services) {
                Map<String, String> row = new HashMap<>(org);
                row.putAll(offer(service));
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, String> organisation(JsonObject organization) {
        Map<String, String> row = new HashMap<>();
        put(row, ORGANISATION, text(organization, "name"));
        put(row, ORGANISATION_DESCRIPTION, text(organization, "description"));
        put(row, EMAIL, text(organization, "email"));
        put(row, WEBSITE, text(organization, "website"));
        array(organization, "phones").stream().findFirst()
                .ifPresent(phone -> put(row, PHONE, text(phone, "number")));
        array(organization, "locations").stream().findFirst()
                .ifPresent(location -> put(row, ADDRESS, text(location, "description")));
        Map<String, List<String>> attributes = attributes(organization);
        put(row, SECTOR, joined(attributes.get(TAXONOMY_SECTOR)));
        put(row, ORGANISATION_DISTRICTS, joined(attributes.get(TAXONOMY_DISTRICT)));
        put(row, PARTNER_SINCE, joined(attributes.get(TAXONOMY_PARTNER_SINCE)));
        return row;
    }

    private static Map<String, String> offer(JsonObject service) {
        Map<String, String> row = new HashMap<>();
        put(row, OFFER, text(service, "name"));
        put(row, DESCRIPTION, text(service, "description"));
        put(row, MINIMUM_AGE, number(service, "minimum_age"));
        put(row, MAXIMUM_AGE, number(service, "maximum_age"));
        put(row, HOW_TO_APPLY, text(service, "application_process"));
        put(row, COST, text(service, "fees_description"));
        String status = text(service, "status");
        if (status != null) {
            put(row, ACTIVE, "active".equalsIgnoreCase(status) ? "ja" : "nee");
        }
        String wait = text(service, "wait_time");
        if (wait != null) {
            Matcher weeks = WEEKS.matcher(wait);
            put(row, WAITING_WEEKS, weeks.find() ? weeks.group(1) : wait.toLowerCase(Locale.ROOT).contains("geen") ? "0" : wait);
        }
        put(row, LANGUAGES, array(service, "languages").stream()
                .map(language -> text(language, "code"))
                .filter(code -> code != null).collect(Collectors.joining("|")));
        List<String> areas = array(service, "service_areas").stream()
                .map(area -> text(area, "name")).filter(name -> name != null)
                .map(name -> name.toLowerCase(Locale.ROOT).contains("stadsbreed") ? "CITY_WIDE" : name)
                .toList();
        put(row, DISTRICTS, String.join("|", areas));
        Map<String, List<String>> attributes = attributes(service);
        put(row, KIND, joined(attributes.get(TAXONOMY_KIND)));
        put(row, ACCESS, joined(attributes.get(TAXONOMY_ACCESS)));
        put(row, PROBLEM_AREAS, joined(attributes.get(TAXONOMY_PROBLEM_AREA)));
        put(row, CAPACITY, joined(attributes.get(TAXONOMY_CAPACITY)));
        return row;
    }

    /** Attribute values by taxonomy: the value if there is one, else the taxonomy term's code. */
    private static Map<String, List<String>> attributes(JsonObject object) {
        Map<String, List<String>> found = new HashMap<>();
        for (JsonObject value : array(object, "attributes")) {
            if (!(value.get("taxonomy_term") instanceof JsonObject term)) {
                continue;
            }
            String taxonomy = text(term, "taxonomy");
            String content = text(value, "value");
            String code = content != null ? content : text(term, "code");
            if (taxonomy != null && code != null) {
                found.computeIfAbsent(taxonomy, key -> new ArrayList<>()).add(code);
            }
        }
        return found;
    }

    /** The objects in an array field; anything else in it makes the file unreadable, with the field named. */
    private static List<JsonObject> array(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Unreadable("partner.import.json.not-an-object", Map.of("name", name));
            }
            objects.add(value.asJsonObject());
        }
        return objects;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static String number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString().replace("\"", "");
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join("|", values);
    }

    private static void put(Map<String, String> row, String column, String value) {
        if (value != null && !value.isBlank()) {
            row.put(column, value);
        }
    }
}
