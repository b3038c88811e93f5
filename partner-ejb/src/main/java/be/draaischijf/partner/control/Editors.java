package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.control.Editor;
import be.draaischijf.partner.control.ReferenceCodes;
import be.draaischijf.partner.entity.ReferenceEntry;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
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

    /** The caller as an editor: their roles from the container, a partner's organisation from their account. */
    static Editor of(Caller caller, Accounts accounts) {
        String name = caller.requireName();
        boolean everything = caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN);
        UUID organisation = caller.isInRole(Roles.PARTNER)
                ? accounts.find(name).map(AccountView::organisationId).orElse(null) : null;
        return new Editor(name, everything, organisation);
    }

    /** The codes of the reference lists, to check drafts and read imports. */
    static ReferenceCodes referenceCodes(EntityManager em) {
        List<ReferenceEntry> entries = em.createQuery("select r from ReferenceEntry r", ReferenceEntry.class).getResultList();
        return ReferenceCodes.of(
                entries.stream().filter(e -> ReferenceEntry.DISTRICT.equals(e.getListName())).map(ReferenceEntry::toItem).toList(),
                entries.stream().filter(e -> ReferenceEntry.PROBLEM_AREA.equals(e.getListName())).map(ReferenceEntry::toItem).toList());
    }

    /** Refuses unless the caller may change the organisation's data. */
    static Editor requireEditorOf(Caller caller, Accounts accounts, UUID organisationId) {
        Editor editor = of(caller, accounts);
        if (!editor.mayEdit(organisationId)) {
            throw new NotPermitted("partner.not-editable");
        }
        return editor;
    }
}
