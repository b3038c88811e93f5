package be.draaischijf.web.security;

import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.limits.AddressLimits;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address limits on what a robot would repeat (OWASP ASVS 2.2.1), beside the per-account login throttle:
 * <ul>
 * <li>failed logins, on the login page and over HTTP Basic: {@code draaischijf.security.login-failures-per-minute}
 * (default 10) in the minute from an address's first failure. Once an address reached them,
 * every login from it is refused until that minute is over, also with the right password: guessing many usernames
 * from one address is slowed to that pace; a person who mistyped is not;</li>
 * <li>mails asked for anonymously (signing up, a new password): {@code draaischijf.security.account-mails-per-minute}
 * (default 5);</li>
 * <li>questions about a young person (the intake form and {@code POST /api/referrals}):
 * {@code draaischijf.referrals.intakes-per-minute} (default 10).</li>
 * </ul>
 * 0 switches a limit off. The address is the client's ({@link ClientAddress}, {@code draaischijf.trusted-proxies});
 * each limit counts in the database ({@link AddressLimit}, ADR 0051), so a cluster of servers allows what one does.
 */
@ApplicationScoped
public class AccountLimits {

    @Inject
    @ConfigProperty(name = "draaischijf.security.login-failures-per-minute", defaultValue = "10")
    int loginFailuresPerMinute;

    @Inject
    @ConfigProperty(name = "draaischijf.security.account-mails-per-minute", defaultValue = "5")
    int accountMailsPerMinute;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.intakes-per-minute", defaultValue = "10")
    int intakesPerMinute;

    @Inject
    @ConfigProperty(name = "draaischijf.trusted-proxies")
    Optional<String> trustedProxies;

    /** Each refusal, on /metrics (ADR 0052). */
    @Inject
    Metrics metrics = Metrics.none();

    @EJB
    AddressLimits counts;

    private AddressLimit loginFailures;
    private AddressLimit accountMails;
    private AddressLimit intakes;
    private Set<String> proxies;

    @PostConstruct
    void init() {
        loginFailures = new AddressLimit(counts, "login-failures", loginFailuresPerMinute);
        accountMails = new AddressLimit(counts, "account-mails", accountMailsPerMinute);
        intakes = new AddressLimit(counts, "intakes", intakesPerMinute);
        proxies = ClientAddress.proxies(trustedProxies);
    }

    /** Whether this address may try to log in now: empty when it may, else the seconds to wait. */
    public OptionalLong loginWait(HttpServletRequest request) {
        return hit(loginFailures.waitFor(address(request)), Metrics.Limit.LOGIN_FAILURES);
    }

    /** A failed login from this address; whether it reached the address's limit now (the log says so once). */
    public boolean loginFailed(HttpServletRequest request) {
        return loginFailures.failed(address(request));
    }

    /** Counts a sign-up or a request for a new password: empty when it may go on, else the seconds to wait. */
    public OptionalLong admitAccountMail(HttpServletRequest request) {
        return hit(accountMails.take(address(request)), Metrics.Limit.ACCOUNT_MAILS);
    }

    /** Counts a question about a young person: empty when it may go on, else the seconds to wait. */
    public OptionalLong admitIntake(HttpServletRequest request) {
        return hit(intakes.take(address(request)), Metrics.Limit.INTAKES);
    }

    /** A wait is a refusal by {@code limit}: counted for /metrics. */
    private OptionalLong hit(OptionalLong wait, Metrics.Limit limit) {
        if (wait.isPresent()) {
            metrics.limitHit(limit);
        }
        return wait;
    }

    /** The client's address, through the trusted proxies. */
    public String address(HttpServletRequest request) {
        return ClientAddress.of(request, proxies);
    }
}
