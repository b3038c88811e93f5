package be.draaischijf.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client behind a request, for the per-address limits: the connection's address, or behind a
 * reverse proxy listed in {@code draaischijf.trusted-proxies} (comma separated) the last {@code X-Forwarded-For}
 * entry, the one that proxy added. A client's own X-Forwarded-For counts for nothing.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && trustedProxies.contains(remote)) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return remote;
    }

    /** The configured list as a set. */
    public static Set<String> proxies(Optional<String> configured) {
        return configured.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }
}
