package be.draaischijf.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official HSDS 3.0 compiled schemas (shipped in this jar under {@code hsds-3.0/compiled}),
 * made strict as the specification's own conformance check does: {@code additionalProperties: false}
 * on every object, JSON Schema draft 2020-12.
 */
public final class HsdsSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<String> PAGE_FIELDS = List.of(
            "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");

    private HsdsSchemas() {
    }

    /** The problems of one document against a compiled schema ("organization", "service", "service_list", ...). */
    public static List<String> violations(String schema, String json) {
        return violations(schema, read(json));
    }

    public static List<String> violations(String schema, JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema(schema).validate(document)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    /** The problems of an HSDS API page: its own fields, and each item against the list schema. */
    public static List<String> pageViolations(String itemSchema, String json) {
        JsonNode page = read(json);
        List<String> problems = new ArrayList<>();
        PAGE_FIELDS.forEach(field -> {
            if (!page.has(field)) {
                problems.add("page lacks " + field);
            }
        });
        page.fieldNames().forEachRemaining(field -> {
            if (!PAGE_FIELDS.contains(field)) {
                problems.add("page has unknown field " + field);
            }
        });
        page.path("contents").forEach(item -> problems.addAll(violations(itemSchema, item)));
        return problems;
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, key -> {
            try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds-3.0/compiled/" + key + ".json")) {
                if (in == null) {
                    throw new IllegalArgumentException("No HSDS schema " + key);
                }
                JsonNode schema = JSON.readTree(in);
                closeEveryObject(schema);
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void closeEveryObject(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && object.get("properties").isObject()) {
            object.put("additionalProperties", false);
        }
        node.forEach(HsdsSchemas::closeEveryObject);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
