package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.NotEditable;
import be.draaischijf.partner.api.Role;
import be.draaischijf.partner.control.ReferenceCodes;
import be.draaischijf.partner.entity.Account;
import be.draaischijf.partner.entity.ReferenceEntry;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Who may change what in the directory (coordinators and administrators everything, partner staff
 * their own organisation), and the reference codes edits are checked against.
 */
final class Editors {

    private Editors() {
    }

    /** The editor's account; an unknown name may change nothing. */
    static Account account(EntityManager em, String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotEditable("unknown editor " + username));
    }

    static boolean mayEditEverything(Account account) {
        return account.getRoles().contains(Role.COORDINATOR) || account.getRoles().contains(Role.ADMIN);
    }

    static boolean belongsTo(Account account, UUID organisationId) {
        return account.getRoles().contains(Role.PARTNER) && organisationId.equals(account.getOrganisationId());
    }

    /** The codes of the reference lists, to check drafts and read imports. */
    static ReferenceCodes referenceCodes(EntityManager em) {
        List<ReferenceEntry> entries = em.createQuery("select r from ReferenceEntry r", ReferenceEntry.class).getResultList();
        return ReferenceCodes.of(
                entries.stream().filter(e -> ReferenceEntry.DISTRICT.equals(e.getListName())).map(ReferenceEntry::toItem).toList(),
                entries.stream().filter(e -> ReferenceEntry.PROBLEM_AREA.equals(e.getListName())).map(ReferenceEntry::toItem).toList());
    }

    /** Refuses unless the editor may change the organisation's data. */
    static Account requireEditorOf(EntityManager em, String editor, UUID organisationId) {
        Account account = account(em, editor);
        if (!mayEditEverything(account) && !belongsTo(account, organisationId)) {
            throw new NotEditable(editor + " may not change organisation " + organisationId);
        }
        return account;
    }
}
