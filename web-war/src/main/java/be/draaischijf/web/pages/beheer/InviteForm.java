package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.identity.api.StaffInvitation;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The form to invite someone (WEB-INF/includes/invite-form.xhtml), as the administrators' accounts page and a
 * partner's colleagues page hold it: address, name, roles, organisation, contact point, the language of the mail. What was typed
 * stays when the invitation is refused; it is cleared once the invitation went out.
 */
public class InviteForm implements Serializable {

    static final String FORM = "uitnodigen";
    static final Map<String, String> FIELDS = Map.of("email", "email", "displayName", "naam", "roles", "rollen",
            "organisationId", "organisatie", "contactPointId", "contactpunt", "language", "taal");

    private String email;
    private String name;
    private Role[] roles = new Role[0];
    private String organisationId;
    private String contactPointId;
    private String language = "nl";

    /** Sends the invitation: the new account, or empty when refused (the reasons are next to the fields). */
    public Optional<StaffAccount> send(StaffAccounts accounts, Messages messages) {
        UUID organisation = FormPages.idOrNull(organisationId);
        try {
            UUID contactPoint = FormPages.idOrNull(contactPointId);
            StaffAccount invited = accounts.invite(new StaffInvitation(email, name, Set.of(roles), organisation, contactPoint,
                    language));
            messages.info("invite.sent", invited.displayName(), invited.email());
            email = null;
            name = null;
            roles = new Role[0];
            organisationId = null;
            contactPointId = null;
            language = "nl";
            return Optional.of(invited);
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
            return Optional.empty();
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles == null ? new Role[0] : roles; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
