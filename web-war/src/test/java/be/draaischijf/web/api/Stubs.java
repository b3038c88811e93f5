package be.draaischijf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for the container's objects in plain unit tests, and a reader for problem bodies. */
final class Stubs {

    private Stubs() {
    }

    /**
     * An implementation of {@code type} that answers the named methods (by name, whatever the arguments) and fails
     * the test on any other call.
     */
    static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " stub";
                };
            }
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + type.getSimpleName() + "." + method.getName());
            }
            return answer.apply(args == null ? new Object[0] : args);
        }));
    }

    static UriInfo uri(String path) {
        return stub(UriInfo.class, Map.of("getPath", args -> path));
    }

    /** The problem in a response that {@link Problems} built. */
    static JsonObject problem(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }
}
