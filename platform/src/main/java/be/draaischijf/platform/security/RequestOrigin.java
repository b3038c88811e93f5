package be.draaischijf.platform.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request comes from: the client's address as the web layer determined it (through the trusted
 * proxies), for the modules' security records. Timers and module tests have none.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    /** Set once per request by the web layer, before any module is called. */
    public void setAddress(String address) {
        this.address = address;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** The address of the request that is running, if there is one (empty for a timer, which has no request). */
    public static Optional<String> of(RequestOrigin origin) {
        if (origin == null) {
            return Optional.empty();
        }
        try {
            return origin.address();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
