package be.draaischijf.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes /openapi a valid OpenAPI 3.0 document, so that clients can be generated from it: a tag that several resource
 * classes share (they split one path, such as {@code sessions}) is listed once, with its description; a response
 * header that names no schema is a string; a path parameter is required (as OpenAPI says it must be); and Payara's
 * own top-level {@code endpoints} list, which is not OpenAPI (Payara prefixes it {@code x-} from 2026, FISH-12303),
 * is left out.
 */
public class OpenApiTidy implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Map<String, Tag> tags = new LinkedHashMap<>();
            for (Tag tag : openAPI.getTags()) {
                tags.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
            }
            openAPI.setTags(new ArrayList<>(tags.values()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(OpenApiTidy::headers);
            openAPI.getPaths().getPathItems().values().forEach(OpenApiTidy::pathParameters);
        }
        withoutServerEndpoints(openAPI);
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getResponses() != null) {
                openAPI.getComponents().getResponses().values().forEach(OpenApiTidy::headers);
            }
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(OpenApiTidy::typed);
            }
        }
    }

    private static void headers(PathItem path) {
        List<Operation> operations = new ArrayList<>(path.getOperations() == null ? List.of() : path.getOperations().values());
        for (Operation operation : operations) {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(OpenApiTidy::headers);
            }
        }
    }

    private static void pathParameters(PathItem path) {
        List<Parameter> parameters = new ArrayList<>(path.getParameters() == null ? List.of() : path.getParameters());
        if (path.getOperations() != null) {
            path.getOperations().values().stream().filter(operation -> operation.getParameters() != null)
                    .forEach(operation -> parameters.addAll(operation.getParameters()));
        }
        parameters.stream().filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                .forEach(parameter -> parameter.setRequired(true));
    }

    /** Payara's list of the server's addresses per application, a field of its model outside the OpenAPI API. */
    private static void withoutServerEndpoints(OpenAPI openAPI) {
        try {
            if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (ReflectiveOperationException | RuntimeException notPayarasModel) {
            // another implementation: nothing to leave out
        }
    }

    private static void headers(APIResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(OpenApiTidy::typed);
        }
    }

    /** A header without a schema (nor content, nor a reference) is a string. */
    static void typed(Header header) {
        if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
            header.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
    }
}
