package be.draaischijf.web.pages.referral;

import be.draaischijf.identity.api.Accounts;
import be.draaischijf.partner.api.MatchReason;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Codes of the referral screens in words ({@code #{referralLabels.district(code)}}): districts and problem
 * areas from the reference lists, coordinators by name, match reasons, and enum sets in their natural order.
 */
@Named
@RequestScoped
public class ReferralLabels {

    @EJB
    ReferralCases cases;

    @EJB
    Accounts accounts;

    @EJB
    Organisations organisations;

    @Inject
    ReferenceChoices choices;

    @Inject
    Language language;

    @Inject
    Messages messages;

    /** How long after a referral ended its partner still sees the details: the referral module's setting (ADR 0041). */
    @Inject
    @ConfigProperty(name = "draaischijf.referrals.partner-details-days", defaultValue = "30")
    int partnerDetailsDays;

    private Map<String, String> coordinators;

    /** Everyone else named on this request's page (partner staff, professionals): username → how they read. */
    private final Map<String, String> others = new java.util.HashMap<>();

    public String district(String code) {
        return code == null ? "" : ReferenceChoices.label(code, choices.getDistricts(), language.getCode());
    }

    public String problemArea(String code) {
        return code == null ? "" : ReferenceChoices.label(code, choices.getProblemAreas(), language.getCode());
    }

    /** Problem areas in the reference list's order, comma separated. */
    public String problemAreas(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return choices.getProblemAreas().stream().filter(item -> codes.contains(item.code()))
                .map(item -> item.label(language.getCode())).collect(Collectors.joining(", "));
    }

    /** Coordinators and administrators to assign a case to: username → display name, by name. */
    public Map<String, String> getCoordinators() {
        if (coordinators == null) {
            coordinators = cases.coordinators().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.nullsLast(Comparator.naturalOrder())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new));
        }
        return coordinators;
    }

    /** The coordinators as choices for a select: value the username, label the name. */
    public List<SelectItem> getCoordinatorItems() {
        return getCoordinators().entrySet().stream()
                .map(entry -> new SelectItem(entry.getKey(), entry.getValue() == null ? entry.getKey() : entry.getValue()))
                .toList();
    }

    /**
     * A person by name: a coordinator's display name; anyone else's from their account, a partner's with their
     * organisation ("Eline (fictief), De Passage"); the username only when the account is gone.
     */
    public String person(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = getCoordinators().get(username);
        return name != null ? name : others.computeIfAbsent(username, this::accountName);
    }

    private String accountName(String username) {
        return accounts.find(username).map(account -> {
            String organisation = account.organisationId() == null ? null
                    : organisations.find(account.organisationId()).map(OrganisationView::name).orElse(null);
            String name = account.displayName() == null || account.displayName().isBlank() ? username : account.displayName();
            return organisation == null || name.contains(organisation) ? name : name + ", " + organisation;
        }).orElse(username);
    }

    /** A match reason in words: "leeftijd past", "wijk Kiel", "wachttijd 2 weken", "geen capaciteit". */
    public String reason(MatchReason reason) {
        Object value = switch (reason.code()) {
            case DISTRICT -> district(reason.value());
            case PROBLEM_AREAS -> Arrays.stream(reason.value().split(","))
                    .map(this::problemArea).collect(Collectors.joining(", "));
            case LANGUAGE, LANGUAGE_NOT_OFFERED -> messages.text("language." + reason.value());
            case WAITING_WEEKS -> EventTexts.number(reason.value()); // a number, for "1 week" / "3 weken"
            default -> reason.value();
        };
        return new MessageFormat(messages.text("matchReason." + reason.code()), language.getLocale()).format(new Object[] {value});
    }

    /**
     * Why a partner no longer sees the young person's details of this referral, in words ("De gegevens van de jongere
     * zijn niet meer zichtbaar: de toestemming is ingetrokken."); empty while they are shown.
     */
    public String withheld(PartnerReferralView view) {
        if (view == null || view.withheldBecause() == null) {
            return "";
        }
        return new MessageFormat(messages.text("detailsWithheld." + view.withheldBecause().name()), language.getLocale())
                .format(new Object[] {partnerDetailsDays});
    }

    /** A date and time of day as "3 maart 2026, 14:30" (already Brussels time). */
    public String dateTime(LocalDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale()).format(at);
    }

    /** The value of a {@code datetime} attribute for a local date-time. */
    public String iso(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** A set of enum constants in declaration order (for choices such as the next statuses). */
    public <E extends Enum<E>> List<E> ordered(Collection<E> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }
}
