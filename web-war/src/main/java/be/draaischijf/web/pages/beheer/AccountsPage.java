package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.AccountChange;
import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.AccountUpdate;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * /beheer/accounts: administrators invite someone in any role, find accounts (name, address, role, status), open one,
 * change its name, roles, organisation and contact point, deactivate, reactivate or unlock it, send its invitation again, and read
 * what changed, by whom and when.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    static final String FORM = "account";
    static final Map<String, String> FIELDS = Map.of("displayName", "naam", "roles", "rollen", "organisationId", "organisatie",
            "contactPointId", "contactpunt");

    /** The status filter's choices. */
    public enum Status {
        ACTIVE, INACTIVE, LOCKED
    }

    @EJB
    StaffAccounts accounts;

    @EJB
    Organisations organisations;

    @EJB
    ContactPoints contactPoints;

    @Inject
    Messages messages;

    private String text;
    private Role role;
    private Status status;
    private AccountFilter filter = AccountFilter.ALL;
    private PagedModel<StaffAccount> model;

    private StaffAccount selected;
    private String name;
    private Role[] roles = new Role[0];
    private String organisationId;
    private String contactPointId;
    private List<AccountChange> changes = List.of();
    private List<OrganisationView> organisationChoices;
    private List<ContactPointView> contactPointChoices;
    private final InviteForm inviteForm = new InviteForm();

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.count(filter), (offset, size) -> accounts.list(filter, offset, size),
                account -> account.id().toString());
    }

    public void search() {
        filter = new AccountFilter(text, role, null, null, status == null || status == Status.LOCKED ? null : status == Status.ACTIVE,
                status == Status.LOCKED);
        selected = null;
    }

    /** Opens an account below the list, with its form and its changes. */
    public void open(StaffAccount account) {
        try {
            show(accounts.get(account.id()));
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    /** Invites someone; their new account opens below the list. */
    public void invite() {
        inviteForm.send(accounts, messages).ifPresent(this::show);
    }

    public void resendInvitation() {
        change(accounts::resendInvitation, "accounts.invitation-sent");
    }

    public void save() {
        UUID organisation = FormPages.idOrNull(organisationId);
        UUID contactPoint = FormPages.idOrNull(contactPointId);
        change(id -> accounts.update(id, new AccountUpdate(name, Set.of(roles), organisation, contactPoint, selected.version())),
                "accounts.saved");
    }

    public void deactivate() {
        change(accounts::deactivate, "accounts.deactivated");
    }

    public void reactivate() {
        change(accounts::reactivate, "accounts.reactivated");
    }

    public void resetTwoFactor() {
        change(accounts::resetTwoFactor, "accounts.twoFactorReset");
    }

    public void unlock() {
        change(accounts::unlock, "accounts.unlocked");
    }

    private void change(UnaryOperatorOnId action, String done) {
        if (selected == null) {
            return;
        }
        try {
            show(action.apply(selected.id()));
            messages.info(done);
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    /** A change to the account with this id, giving the account as it is afterwards. */
    @FunctionalInterface
    interface UnaryOperatorOnId extends Serializable {
        StaffAccount apply(UUID id);
    }

    private void show(StaffAccount account) {
        selected = account;
        name = account.displayName();
        roles = account.roles().stream().sorted().toArray(Role[]::new);
        organisationId = account.organisationId() == null ? null : account.organisationId().toString();
        contactPointId = account.contactPointId() == null ? null : account.contactPointId().toString();
        changes = accounts.changes(account.id());
    }

    /** The partner organisations to bind a PARTNER to, by name. */
    public List<OrganisationView> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.listAll(0, 500);
        }
        return organisationChoices;
    }

    /** The name of an organisation (the changes list shows it), or the id when it is gone. */
    public String organisationName(String id) {
        return getOrganisationChoices().stream().filter(o -> o.id().toString().equals(id)).map(OrganisationView::name)
                .findFirst().orElse(id);
    }

    /** The contact points to bind a COORDINATOR to, the city-wide one first. */
    public List<ContactPointView> getContactPointChoices() {
        if (contactPointChoices == null) {
            contactPointChoices = contactPoints.list();
        }
        return contactPointChoices;
    }

    /** The name of a contact point (the changes list shows it), or the id when it is unknown. */
    public String contactPointName(String id) {
        return getContactPointChoices().stream().filter(c -> c.id().toString().equals(id)).map(ContactPointView::name)
                .findFirst().orElse(id);
    }

    /** A change's roles as words, in the order of the role list. */
    public List<Role> rolesOf(String codes) {
        List<Role> list = new ArrayList<>();
        for (Role candidate : Role.values()) {
            if (codes != null && List.of(codes.split(",")).contains(candidate.name())) {
                list.add(candidate);
            }
        }
        return list;
    }

    public Role[] getRoleChoices() { return Role.values(); }
    public InviteForm getInviteForm() { return inviteForm; }
    public Status[] getStatusChoices() { return Status.values(); }
    public PagedModel<StaffAccount> getModel() { return model; }
    public StaffAccount getSelected() { return selected; }
    public List<AccountChange> getChanges() { return changes; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles == null ? new Role[0] : roles; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
}
