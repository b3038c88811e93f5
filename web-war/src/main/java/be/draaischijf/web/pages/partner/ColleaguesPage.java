package be.draaischijf.web.pages.partner;

import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.pages.beheer.InviteForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * /partner/collegas: a partner organisation's administrator (PARTNER_ADMIN) sees the accounts of their own
 * organisation, invites colleagues (as partner, or as partner and administrator of the organisation), deactivates
 * and reactivates them, and sends an invitation again. The identity module keeps them to their own organisation.
 */
@Named
@ViewScoped
public class ColleaguesPage implements Serializable {

    @EJB
    StaffAccounts accounts;

    @Inject
    Messages messages;

    private final InviteForm inviteForm = new InviteForm();
    private List<StaffAccount> colleagues;

    /** The colleagues, by name (at most 500: an organisation's staff). */
    public List<StaffAccount> getColleagues() {
        if (colleagues == null) {
            colleagues = accounts.list(AccountFilter.ALL, 0, 500);
        }
        return colleagues;
    }

    public void invite() {
        if (inviteForm.send(accounts, messages).isPresent()) {
            colleagues = null;
        }
    }

    public void deactivate(StaffAccount colleague) {
        change(colleague, accounts::deactivate, "colleagues.deactivated");
    }

    public void reactivate(StaffAccount colleague) {
        change(colleague, accounts::reactivate, "colleagues.reactivated");
    }

    public void resendInvitation(StaffAccount colleague) {
        change(colleague, accounts::resendInvitation, "colleagues.invitation-sent");
    }

    private void change(StaffAccount colleague, Function<UUID, StaffAccount> action, String done) {
        try {
            StaffAccount changed = action.apply(colleague.id());
            messages.info(done, changed.displayName());
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
        colleagues = null;
    }

    /** A partner's administrator invites partners, and administrators of their own organisation. */
    public Role[] getRoleChoices() {
        return new Role[] {Role.PARTNER, Role.PARTNER_ADMIN};
    }

    /** The invite form's organisation choice is not shown here: colleagues belong to the caller's organisation. */
    public List<Object> getOrganisationChoices() {
        return List.of();
    }

    /** Nor the contact point: that is for coordinators, whom the network's administrators invite. */
    public List<Object> getContactPointChoices() {
        return List.of();
    }

    public InviteForm getInviteForm() {
        return inviteForm;
    }
}
