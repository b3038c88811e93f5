package be.draaischijf.web.layout;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The network's contact points as pages offer them ({@code #{contactPoints.all}}), read once per request, and the
 * one the logged-in coordinator works for: the workbench and the start page show that one's cases first.
 */
@Named("contactPoints")
@RequestScoped
public class ContactPointChoices {

    /** The choice "every contact point" in a filter's address. */
    public static final String ALL = "alle";

    @EJB
    ContactPoints contactPoints;

    @EJB
    Accounts accounts;

    private List<ContactPointView> all;
    private Optional<UUID> mine;

    /** Every contact point, the city-wide one first. */
    public List<ContactPointView> getAll() {
        if (all == null) {
            all = contactPoints.list();
        }
        return all;
    }

    /** The contact point with this id (as text), if there is one. */
    public Optional<ContactPointView> find(String id) {
        return id == null ? Optional.empty()
                : getAll().stream().filter(point -> point.id().toString().equals(id)).findFirst();
    }

    /** Its name, or nothing for an unknown id. */
    public String name(UUID id) {
        return id == null ? "" : find(id.toString()).map(ContactPointView::name).orElse("");
    }

    /** The contact point the logged-in person works for (a coordinator's binding), if any. */
    public Optional<UUID> mine() {
        if (mine == null) {
            String me = FormPages.editor();
            mine = me == null ? Optional.empty() : accounts.find(me).map(AccountView::contactPointId);
        }
        return mine;
    }

    /**
     * What a filter's address parameter means: {@link #ALL} every contact point (empty), a known id that one, nothing
     * (or an unknown value) the caller's own when they have one.
     */
    public Optional<UUID> chosen(String parameter) {
        if (ALL.equals(parameter)) {
            return Optional.empty();
        }
        return find(parameter).map(ContactPointView::id).or(this::mine);
    }

    /** The parameter value for a choice: the id, or {@link #ALL}. */
    public static String parameter(Optional<UUID> choice) {
        return choice.map(UUID::toString).orElse(ALL);
    }
}
