package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Role;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The conference page's search for participants with an account (issue 15, ADR 0037): part of a name or an e-mail
 * address, a "Zoeken" button, then at most ten accounts (name, address, role and organisation or contact point in
 * words), each with an "add" button of its own. A plain field and a button, no autocomplete: it works with the keyboard
 * alone and reads the same in every screen reader. What is added becomes a row of {@link ConferencePage}.
 */
@Named
@ViewScoped
public class ParticipantSearch implements Serializable {

    /** Fewer characters would list almost everyone (the module finds nobody for them). */
    static final int SHORTEST = 2;
    /** The most the page shows; one more is asked for, to know whether there are more. */
    static final int SHOWN = 10;
    /** As long as the field takes ({@code maxlength}) and the module accepts. */
    static final int LONGEST = 100;
    /** The search field's client id, for its message. */
    static final String FIELD = ConferencePage.FORM + ":zoekAccount";
    /** The sentence that says what the search found: focused after a search, so a screen reader reads it first. */
    static final String OUTCOME = "zoek-uitkomst";

    /** The order in which a person's roles say what they are: a partner administrator is a partner first. */
    private static final List<Role> ROLE_ORDER = List.of(Role.COORDINATOR, Role.ADMIN, Role.PARTNER, Role.PROFESSIONAL,
            Role.PARTNER_ADMIN);

    /**
     * One account found, as the list shows it and as a participant takes it over: the name, the address, what they are
     * in words ("Partner bij Arktos") and what they represent at the conference (the organisation, the contact point or
     * the role).
     */
    public record AccountMatch(String username, String name, String email, String description, String represents)
            implements Serializable {
    }

    @EJB
    Accounts accounts;

    @EJB
    Organisations organisations;

    @EJB
    ContactPoints contactPoints;

    @Inject
    ConferencePage conferencePage;

    @Inject
    Messages messages;

    private String query;
    /** What the results shown were found for; none before the first search (and after one that was refused). */
    private String searchedFor;
    private List<AccountMatch> results = List.of();
    private boolean more;
    private final Map<UUID, String> organisationNames = new HashMap<>();
    private Map<UUID, String> contactPointNames;

    public void search() {
        results = List.of();
        more = false;
        searchedFor = null;
        String text = query == null ? "" : query.strip();
        if (text.length() < SHORTEST) {
            messages.error(FIELD, "conference.search.tooShort");
            return;
        }
        if (text.length() > LONGEST) {
            text = text.substring(0, LONGEST);
        }
        List<AccountView> found;
        try {
            found = accounts.search(text, SHOWN + 1);
        } catch (Refusal refused) {
            Refusals.onPage(refused, ConferencePage.FORM, Map.of("query", "zoekAccount"));
            return;
        }
        more = found.size() > SHOWN;
        results = found.stream().limit(SHOWN).map(this::match).toList();
        searchedFor = text;
        ConferencePage.focus(OUTCOME);
    }

    /** Adds the account found as a participant; someone already taking part is not added twice. */
    public void add(String username) {
        results.stream().filter(match -> match.username().equals(username)).findFirst().ifPresent(match -> {
            if (conferencePage.participates(match.username())) {
                messages.info("conference.search.alreadyAdded", match.name());
            } else {
                conferencePage.addAccount(match.username(), match.name(), match.email(), match.represents());
                messages.info("conference.search.added", match.name());
            }
        });
    }

    /** Whether this account already takes part: the list says so instead of offering to add it. */
    public boolean added(String username) {
        return conferencePage.participates(username);
    }

    /** What the search found, as a sentence; none before a search. */
    public String getOutcome() {
        if (searchedFor == null) {
            return null;
        }
        if (results.isEmpty()) {
            return messages.format("conference.search.none", searchedFor);
        }
        return more ? messages.format("conference.search.more", SHOWN, searchedFor)
                : messages.format("conference.search.found", results.size(), searchedFor);
    }

    private AccountMatch match(AccountView account) {
        Optional<String> place = organisationName(account.organisationId()).or(() -> contactPointName(account.contactPointId()));
        Optional<String> role = ROLE_ORDER.stream().filter(account.roles()::contains).findFirst()
                .map(first -> messages.text("role." + first.name()));
        String description = role.map(words -> place.map(where -> messages.format("conference.search.roleAt", words, where))
                .orElse(words)).orElse(place.orElse(""));
        String represents = place.or(() -> role).orElse(null);
        return new AccountMatch(account.username(), account.displayName(), account.email(), description, represents);
    }

    /** An active organisation's name, asked once per page. */
    private Optional<String> organisationName(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        if (!organisationNames.containsKey(id)) {
            organisationNames.put(id, organisations.find(id).map(OrganisationView::name).orElse(null));
        }
        return Optional.ofNullable(organisationNames.get(id));
    }

    /** A contact point's name; the (few) contact points are read once per page. */
    private Optional<String> contactPointName(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        if (contactPointNames == null) {
            contactPointNames = new HashMap<>();
            for (ContactPointView point : contactPoints.list()) {
                contactPointNames.put(point.id(), point.name());
            }
        }
        return Optional.ofNullable(contactPointNames.get(id));
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<AccountMatch> getResults() { return results; }
    public boolean isMore() { return more; }
    public boolean isSearched() { return searchedFor != null; }
}
