package be.draaischijf.web.api;

import be.draaischijf.platform.RequestKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The optional {@code Idempotency-Key} request header of the POSTs that make something (intake, registration; ADR
 * 0049, after the IETF draft draft-ietf-httpapi-idempotency-key-header): 1 to 255 visible ASCII characters, sent once.
 * The module keeps it; a retry with the same key and the same request gets the first answer again, marked
 * {@code Idempotent-Replayed: true}.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /** For the OpenAPI document: what the header may be (ECMA-262, as OpenAPI wants it). */
    static final String PATTERN = "^[\\x21-\\x7E]{1,255}$";

    private IdempotencyKeys() {
    }

    /**
     * The key of this request, from the header's value as JAX-RS gives it ({@code @HeaderParam}): null without the
     * header (nothing is kept, as before); a 400 problem naming the header when it is empty, longer than 255
     * characters, has a character that is not visible ASCII (a space, a letter with an accent), or comes twice (the
     * request's every copy of the header is counted).
     */
    static String of(String value, HttpServletRequest request) {
        return of(value, copies(request));
    }

    /** As {@link #of(String, HttpServletRequest)}, knowing how many copies of the header the request has. */
    static String of(String value, int copies) {
        if (copies > 1) {
            throw new BadInput(HEADER, "api.input.idempotency-key.once");
        }
        if (value == null) {
            return null;
        }
        if (!RequestKeys.isValid(value)) {
            throw new BadInput(HEADER, "api.input.idempotency-key", RequestKeys.MAX_LENGTH);
        }
        return value;
    }

    private static int copies(HttpServletRequest request) {
        Enumeration<String> values = request == null ? null : request.getHeaders(HEADER);
        return values == null ? 0 : Collections.list(values).size();
    }

    /** The answer as it is, or marked as the first answer again when the module replayed it. */
    static Response.ResponseBuilder marked(Response.ResponseBuilder answer, boolean replayed) {
        return replayed ? answer.header(REPLAYED, "true") : answer;
    }
}
