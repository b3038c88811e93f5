package be.draaischijf.identity.control;

import be.draaischijf.identity.entity.RecoveryCode;
import be.draaischijf.platform.OneTimeTokens;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An account's recovery codes: ten, each of ten letters and digits (50 bits) written as two groups of five, each usable
 * once instead of an authenticator code. Only a hash is kept, salted with the account's id.
 */
@Dependent
public class RecoveryCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that do not look alike (no 0/o, 1/l/i). */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int COUNT = 10;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public RecoveryCodes() {
    }

    /** Outside the container (module tests): over this database. */
    public RecoveryCodes(EntityManager em) {
        this.em = em;
    }

    /** New codes for the account; earlier ones stop working. The codes, to show once. */
    public List<String> renew(UUID accountId) {
        remove(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
            em.persist(new RecoveryCode(accountId, hash(accountId, code.toString())));
        }
        return codes;
    }

    /** Uses this code if it is one of the account's unused ones; whether it was. */
    public boolean use(UUID accountId, String code, Instant now) {
        List<RecoveryCode> found = em.createQuery("select r from RecoveryCode r where r.accountId = :account"
                        + " and r.codeHash = :hash and r.usedAt is null", RecoveryCode.class)
                .setParameter("account", accountId).setParameter("hash", hash(accountId, code)).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        found.get(0).use(now);
        return true;
    }

    public int left(UUID accountId) {
        return em.createQuery("select count(r) from RecoveryCode r where r.accountId = :account and r.usedAt is null",
                Long.class).setParameter("account", accountId).getSingleResult().intValue();
    }

    public void remove(UUID accountId) {
        em.createQuery("delete from RecoveryCode r where r.accountId = :account").setParameter("account", accountId)
                .executeUpdate();
    }

    /** Spaces, dashes and case do not matter. */
    static String hash(UUID accountId, String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return OneTimeTokens.hash(accountId + ":" + normalised);
    }
}
