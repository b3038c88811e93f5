package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The deployed /openapi is a valid OpenAPI 3.0 document, checked by an independent validator against the OpenAPI
 * Initiative's own JSON Schema (src/test/resources/openapi), so that clients can be generated from it.
 */
class OpenApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentValidatesAgainstTheOpenApi30Schema() throws Exception {
        JsonNode document = document();
        JsonSchema schema;
        try (InputStream in = OpenApiDocumentIT.class.getResourceAsStream("/openapi/openapi-3.0-schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
        }
        Set<ValidationMessage> problems = schema.validate(document);

        assertThat(problems).extracting(ValidationMessage::getMessage).isEmpty();
        assertThat(document.path("paths").has("/api/sessions/{id}/registrations")).isTrue();
        assertThat(document.path("paths").has("/api/sessions/{id}/registrations.csv")).isTrue();
    }

    @Test
    void everyTagIsListedOnceAndEveryHeaderHasASchema() throws Exception {
        JsonNode document = document();
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).doesNotHaveDuplicates().contains("Vormingen");

        Set<String> untyped = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response ->
                        response.getValue().path("headers").fields().forEachRemaining(header -> {
                            if (!header.getValue().has("schema") && !header.getValue().has("content")
                                    && !header.getValue().has("$ref")) {
                                untyped.add(path.getKey() + " " + operation.getKey() + " " + response.getKey() + " "
                                        + header.getKey());
                            }
                        }))));
        assertThat(untyped).isEmpty();
    }

    private static JsonNode document() throws Exception {
        HttpResponse<String> response = Http.get("/openapi?format=JSON");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
