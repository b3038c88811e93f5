package be.draaischijf.identity.boundary;

import be.draaischijf.identity.control.AccountLinks;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.platform.security.RequestOrigin;
import be.draaischijf.platform.mail.Mailer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/** The identity module's beans as the module tests build them: real hashing (fewer rounds), a given clock. */
final class IdentityFixture {

    /** PBKDF2 with 10 000 rounds: the same algorithm as in production, fast enough for many logins in a test. */
    static final PasswordHashing HASHING = hashing(10_000);

    private IdentityFixture() {
    }

    /** The accounts bean with the production throttle (5 failures, 15 minutes). */
    static AccountsBean accounts(EntityManager em, Clock clock) {
        AccountsBean bean = new AccountsBean();
        bean.em = em;
        bean.hashing = HASHING;
        bean.maxFailedLogins = 5;
        bean.lockoutMinutes = 15;
        bean.clock = clock;
        bean.log = log(em, Caller.of(null), clock);
        bean.demoMode = () -> true;
        bean.recoveryCodes = new be.draaischijf.identity.control.RecoveryCodes(em);
        bean.init();
        return bean;
    }

    /** The mailed links, their mails sent at once over real SMTP to {@code smtp} (no outbox in a module test). */
    static AccountLinks links(EntityManager em, GreenMail smtp) {
        Mailer mailer = new Mailer(new Mailer.Settings("127.0.0.1", smtp.getSmtp().getPort(), "Draaischijf <noreply@example.org>",
                "", "", false));
        return new AccountLinks(em, "http://localhost:8080/", (module, mails) -> mails.forEach(mailer::send));
    }

    /** The sign-up bean, its mails sent at once to {@code smtp}. */
    static AccountSignUpBean signUps(EntityManager em, GreenMail smtp, Clock clock) {
        AccountSignUpBean bean = new AccountSignUpBean();
        bean.em = em;
        bean.hashing = HASHING;
        bean.links = links(em, smtp);
        bean.clock = clock;
        bean.log = log(em, Caller.of(null), clock);
        return bean;
    }

    /**
     * The staff administration as this caller uses it, at this clock; its mails (invitations) sent at once to
     * {@code smtp}, or none without one.
     */
    static StaffAccountsBean staff(EntityManager em, Caller caller, Clock clock, GreenMail smtp) {
        StaffAccountsBean bean = new StaffAccountsBean();
        bean.em = em;
        bean.caller = caller;
        bean.hashing = HASHING;
        bean.links = smtp == null ? null : links(em, smtp);
        bean.clock = clock;
        bean.log = log(em, caller, clock);
        bean.recoveryCodes = new be.draaischijf.identity.control.RecoveryCodes(em);
        return bean;
    }

    /** Every request in a module test comes from this address (TEST-NET-3, documentation only). */
    static final String ADDRESS = "203.0.113.7";

    /** The security event log as this caller writes it, from {@link #ADDRESS}. */
    static SecurityLog log(EntityManager em, Caller caller, Clock clock) {
        RequestOrigin origin = new RequestOrigin();
        origin.setAddress(ADDRESS);
        return new SecurityLog(em, caller, origin, clock);
    }

    static PasswordHashing hashing(int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.hash = new Pbkdf2PasswordHashImpl();
        hashing.iterations = iterations;
        hashing.init();
        return hashing;
    }
}
