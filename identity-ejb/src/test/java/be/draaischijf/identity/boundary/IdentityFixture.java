package be.draaischijf.identity.boundary;

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
        bean.init();
        return bean;
    }

    static PasswordHashing hashing(int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.hash = new Pbkdf2PasswordHashImpl();
        hashing.iterations = iterations;
        hashing.init();
        return hashing;
    }
}
