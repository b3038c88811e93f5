package be.draaischijf.partner.control;

import be.draaischijf.partner.api.NotEditable;
import be.draaischijf.partner.api.Role;
import be.draaischijf.partner.entity.Account;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Who may change what in the directory: coordinators and administrators everything, partner staff their own organisation. */
public final class Editors {

    private Editors() {
    }

    /** The editor's account; an unknown name may change nothing. */
    public static Account account(EntityManager em, String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotEditable("unknown editor " + username));
    }

    public static boolean mayEditEverything(Account account) {
        return account.getRoles().contains(Role.COORDINATOR) || account.getRoles().contains(Role.ADMIN);
    }

    public static boolean belongsTo(Account account, UUID organisationId) {
        return account.getRoles().contains(Role.PARTNER) && organisationId.equals(account.getOrganisationId());
    }

    /** Refuses unless the editor may change the organisation's data. */
    public static Account requireEditorOf(EntityManager em, String editor, UUID organisationId) {
        Account account = account(em, editor);
        if (!mayEditEverything(account) && !belongsTo(account, organisationId)) {
            throw new NotEditable(editor + " may not change organisation " + organisationId);
        }
        return account;
    }
}
