package be.draaischijf.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.web.security.CountsInMemory;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The public sign-ups: one address gets a person's pace, a rush from many addresses is never held up. The minutes are
 * counted by the platform over every server (its {@code AddressLimitsDatabaseTest}); here, what the guard counts.
 */
class RegistrationGuardTest {

    private final CountsInMemory counts = new CountsInMemory();
    private final RegistrationGuard guard = guard(20, null);

    @Test
    void twentyAttemptsAMinuteFromOneAddressThenItMustWait() {
        IntStream.range(0, 20).forEach(i -> assertThat(guard.admit("203.0.113.7")).as("attempt %d", i + 1).isEmpty());

        assertThat(guard.admit("203.0.113.7")).hasValue(CountsInMemory.WAIT);
        assertThat(counts.asked).as("counted as registrations, apart from the other limits")
                .allMatch(asked -> asked.equals("count registrations 203.0.113.7"));
    }

    @Test
    void aBusyAddressDoesNotHoldUpAnyoneElse() {
        IntStream.range(0, 25).forEach(i -> guard.admit("203.0.113.7"));

        IntStream.range(0, 500).forEach(i ->
                assertThat(guard.admit("198.51.100." + (i % 250) + "/" + i)).isEmpty());
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        RegistrationGuard off = guard(0, null);

        IntStream.range(0, 1000).forEach(i -> assertThat(off.admit("203.0.113.7")).isEmpty());
        assertThat(off.limitPerMinute()).isZero();
        assertThat(counts.asked).as("nothing counted").isEmpty();
    }

    @Test
    void forwardedForIsTheClientOnlyBehindATrustedProxy() {
        RegistrationGuard behindProxy = guard(20, " 10.0.0.2 , 10.0.0.1");

        assertThat(behindProxy.clientAddress(request("10.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        // a client's own X-Forwarded-For comes first; the proxy adds the address it saw last
        assertThat(behindProxy.clientAddress(request("10.0.0.1", "1.2.3.4, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindProxy.clientAddress(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
        assertThat(behindProxy.clientAddress(request("198.51.100.9", "203.0.113.7")))
                .as("not from the proxy").isEqualTo("198.51.100.9");
        assertThat(guard.clientAddress(request("10.0.0.1", "203.0.113.7")))
                .as("no trusted proxy configured").isEqualTo("10.0.0.1");
    }

    @Test
    void aClientCannotDodgeTheLimitWithMadeUpForwardedForHeaders() {
        IntStream.range(0, 20).forEach(i ->
                assertThat(guard.admit(request("198.51.100.9", "192.0.2." + i))).isEmpty());

        assertThat(guard.admit(request("198.51.100.9", "192.0.2.99"))).isPresent();
    }

    @Test
    void theHoneypotCatchesOnlyAFilledInField() {
        assertThat(RegistrationGuard.isRobot(null)).isFalse();
        assertThat(RegistrationGuard.isRobot("")).isFalse();
        assertThat(RegistrationGuard.isRobot("   ")).isFalse();
        assertThat(RegistrationGuard.isRobot("https://spam.example")).isTrue();
    }

    private RegistrationGuard guard(int perMinute, String trustedProxies) {
        RegistrationGuard guard = new RegistrationGuard();
        guard.perMinute = perMinute;
        guard.trustedProxies = Optional.ofNullable(trustedProxies);
        guard.counts = counts;
        return guard;
    }

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
    }
}
