package be.draaischijf.partner.control;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.entity.ReferenceEntry;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * Who may change what in the directory (coordinators and administrators everything, partner staff
 * their own organisation), and the reference codes edits are checked against; injected into the directory's beans.
 */
@Dependent
public class Editors {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Caller caller;

    public Editors() {
    }

    /** Outside the container (module tests): over this database, as this caller, with these accounts. */
    public Editors(EntityManager em, Accounts accounts, Caller caller) {
        this.em = em;
        this.accounts = accounts;
        this.caller = caller;
    }

    /** The caller as an editor: their roles from the container, a partner's organisation from their account. */
    public Editor current() {
        String name = caller.requireName();
        boolean everything = caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN);
        UUID organisation = caller.isInRole(Roles.PARTNER)
                ? accounts.find(name).map(AccountView::organisationId).orElse(null) : null;
        return new Editor(name, everything, organisation);
    }

    /** The codes of the reference lists, to check drafts and read imports. */
    public ReferenceCodes referenceCodes() {
        List<ReferenceEntry> entries = em.createQuery("select r from ReferenceEntry r order by r.position", ReferenceEntry.class)
                .getResultList();
        return ReferenceCodes.of(items(entries, ReferenceList.DISTRICT), items(entries, ReferenceList.PROBLEM_AREA),
                items(entries, ReferenceList.SECTOR));
    }

    private static List<ReferenceItem> items(List<ReferenceEntry> entries, ReferenceList list) {
        return entries.stream().filter(e -> list.name().equals(e.getListName())).map(ReferenceEntry::toItem).toList();
    }

    /** Refuses unless the caller may change the organisation's data. */
    public Editor requireEditorOf(UUID organisationId) {
        Editor editor = current();
        if (!editor.mayEdit(organisationId)) {
            throw new NotPermitted("partner.not-editable");
        }
        return editor;
    }
}
