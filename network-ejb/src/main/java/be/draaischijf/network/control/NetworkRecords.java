package be.draaischijf.network.control;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the network module's beans share, injected into each: who is calling (coordinators and administrators do the
 * network's work; partner staff belong to an organisation), the reference lists its codes are checked against, and
 * its mails and calendar items with links to this application.
 */
@Dependent
public class NetworkRecords {

    @Inject
    Caller caller;

    @EJB
    ReferenceLists referenceLists;

    @EJB
    Accounts accounts;

    /** The address people use to reach the application, for the links in mails and calendar items. */
    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public NetworkRecords() {
    }

    /** Outside the container (module tests): as this caller, with these lists and accounts, links to this address. */
    public NetworkRecords(Caller caller, ReferenceLists referenceLists, Accounts accounts, String baseUrl) {
        this.caller = caller;
        this.referenceLists = referenceLists;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** The caller must be a coordinator or an administrator; their username. */
    public String coordinator() {
        if (!isCoordinatorOrAdmin()) {
            throw new NotPermitted("network.coordinators-only");
        }
        return caller.requireName();
    }

    public boolean isCoordinatorOrAdmin() {
        return caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN);
    }

    /** Whether the caller is a coordinator (the one role that may look a case up by its reference). */
    public boolean isCoordinator() {
        return caller.isInRole(Roles.COORDINATOR);
    }

    /** The organisation of a calling partner staff member; empty for anyone else. */
    public Optional<UUID> partnerOrganisation() {
        if (!caller.isInRole(Roles.PARTNER) || caller.name().isEmpty()) {
            return Optional.empty();
        }
        return accounts.find(caller.name().get()).map(AccountView::organisationId);
    }

    /** Every entry of a reference list, active or not. */
    public List<ReferenceItem> items(ReferenceList list) {
        return referenceLists.items(list);
    }

    /** The entry of this code, active or not. */
    public Optional<ReferenceItem> item(ReferenceList list, String code) {
        return items(list).stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** The module's mails, with links to this application. */
    public NetworkMails mails() {
        return new NetworkMails(baseUrl);
    }

    /** The module's calendar items, with links to this application. */
    public MeetingCalendar calendar() {
        return new MeetingCalendar(baseUrl);
    }
}
