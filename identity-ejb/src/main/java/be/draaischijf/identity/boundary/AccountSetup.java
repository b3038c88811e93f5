package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Production start: one administrator whose password comes from configuration. */
@Stateless
@PermitAll
public class AccountSetup {

    private static final Logger LOG = Logger.getLogger(AccountSetup.class.getName());
    static final String ADMIN = "admin";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public void ensureAdministrator(Optional<String> password) {
        Optional<Account> existing = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", ADMIN).getResultStream().findFirst();
        if (existing.filter(account -> !account.isDemo()).isPresent()) {
            return;
        }
        if (existing.isPresent()) {
            // a database that was in demo mode: its demo administrator is refused now; the configured password takes
            // it over, or nobody can administer
            if (password.filter(p -> p.length() >= 12).isEmpty()) {
                LOG.severe("The administrator is the demo account, which production refuses: set draaischijf.admin.password"
                        + " (DRAAISCHIJF_ADMIN_PASSWORD, at least 12 characters) and restart.");
                return;
            }
            existing.get().leaveDemo(hashing.hash(password.get()));
            LOG.warning("The demo administrator 'admin' now has the configured password; other demo accounts are refused.");
            return;
        }
        if (password.filter(p -> p.length() >= 12).isEmpty()) {
            LOG.severe("No administrator yet: set draaischijf.admin.password (environment variable "
                    + "DRAAISCHIJF_ADMIN_PASSWORD, at least 12 characters) and restart.");
            return;
        }
        em.persist(new Account(ADMIN, "Beheerder", hashing.hash(password.get()), Set.of(Role.ADMIN)));
        LOG.info("Administrator account 'admin' created from configuration.");
    }
}
