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
        boolean exists = !em.createQuery("select a.id from Account a where a.username = :u")
                .setParameter("u", ADMIN).getResultList().isEmpty();
        if (exists) {
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
