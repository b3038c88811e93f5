package be.draaischijf.web.training;

import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.limits.AddressLimits;
import be.draaischijf.web.security.AddressLimit;
import be.draaischijf.web.security.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects the public sign-ups (session registration on the page and over REST, the newsletter) against
 * abuse without hurting a real rush:
 * <ul>
 * <li>a honeypot: a field people never see or fill in; when a robot fills it, the caller gets the normal
 * answer and nothing is stored;</li>
 * <li>a per-address rate limit, counted over every server in the database ({@link AddressLimit}, ADR 0051):
 * {@code draaischijf.trainings.rate-limit-per-minute} attempts in an address's minute (default 20; 0 or
 * less switches it off, e.g. for a load test from one address). Behind a reverse proxy, list the proxy's
 * address in {@code draaischijf.trusted-proxies} (comma separated) so the client's address is taken from
 * the last {@code X-Forwarded-For} entry.</li>
 * </ul>
 * A rush of many people from many addresses is never limited; one address sending more than a person could
 * type is.
 */
@ApplicationScoped
public class RegistrationGuard {

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.rate-limit-per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    @ConfigProperty(name = "draaischijf.trusted-proxies")
    Optional<String> trustedProxies;

    /** Each refusal, on /metrics (ADR 0052). */
    @Inject
    Metrics metrics = Metrics.none();

    @EJB
    AddressLimits counts;

    private AddressLimit limit;

    /** The per-minute limit in force (0 = none). */
    public int limitPerMinute() {
        return limit().perMinute();
    }

    /** A robot filled in the field people do not see. */
    public static boolean isRobot(String honeypot) {
        return honeypot != null && !honeypot.isBlank();
    }

    /**
     * Counts one attempt from this request's client address: empty when it may go on, else the number of
     * seconds after which it may try again.
     */
    public OptionalLong admit(HttpServletRequest request) {
        OptionalLong wait = admit(clientAddress(request));
        if (wait.isPresent()) {
            metrics.limitHit(Metrics.Limit.SIGN_UPS);
        }
        return wait;
    }

    OptionalLong admit(String address) {
        return limit().take(address);
    }

    String clientAddress(HttpServletRequest request) {
        return ClientAddress.of(request, ClientAddress.proxies(trustedProxies));
    }

    private synchronized AddressLimit limit() {
        if (limit == null) {
            limit = new AddressLimit(counts, "registrations", perMinute);
        }
        return limit;
    }
}
