package be.draaischijf.web.pages.partner;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.EditableOffer;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.security.CurrentUser;
import be.draaischijf.web.security.SessionUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The offer form. /partner/aanbod/{id} and /partner/aanbod/nieuw: partner staff edit or add their
 * organisation's offers; /meldpunt/aanbod/{id} and /meldpunt/aanbod/nieuw?organisatie={id}: coordinators
 * and administrators any organisation's. Another organisation's offer is a 403, an unknown one a 404;
 * a conflicting edit is refused with a message and the form keeps what was typed.
 */
@Named
@ViewScoped
public class OfferEditPage implements Serializable {

    /** Which form field shows the API's message for each draft property. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "naam"), Map.entry("description", "beschrijving"), Map.entry("kind", "soort"),
            Map.entry("minimumAge", "minLeeftijd"), Map.entry("maximumAge", "maxLeeftijd"),
            Map.entry("ageRange", "maxLeeftijd"), Map.entry("access", "toegang"), Map.entry("area", "wijken"),
            Map.entry("problemAreas", "problemAreas"), Map.entry("languages", "talen"),
            Map.entry("capacity", "capaciteit"), Map.entry("waitingWeeks", "wachttijd"),
            Map.entry("howToApply", "aanmelden"), Map.entry("cost", "kostprijs"),
            Map.entry("districts", "wijken"));

    @EJB
    Offers offers;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String organisationId;
    private boolean active = true;
    private String offerName;
    private String organisationName;
    private int version;
    private String name;
    private String description;
    private OfferKind kind;
    private int minimumAge;
    private int maximumAge;
    private Access access;
    private boolean cityWide;
    private List<String> districts = new ArrayList<>();
    private List<String> problemAreas = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private Integer capacity;
    private Integer waitingWeeks;
    private String howToApply;
    private String cost;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFound("partner.offer.unknown");
            }
            if (isNew()) {
                UUID organisation = organisationId != null && !organisationId.isBlank() && coordinating()
                        ? UUID.fromString(organisationId)
                        : currentUser.sessionUser().map(SessionUser::organisationId).orElseThrow(() -> new NotFound("partner.organisation.unknown"));
                organisationName = organisations.forEditing(organisation).organisation().name();
                organisationId = organisation.toString();
                languages = new ArrayList<>(List.of("nl"));
                maximumAge = 25;
                return;
            }
            EditableOffer editable = offers.forEditing(UUID.fromString(id));
            offerName = editable.offer().name();
            organisationName = editable.offer().organisationName();
            organisationId = editable.offer().organisationId().toString();
            fill(editable.draft());
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
        } catch (Refusal refused) {
            Refusals.show(refused, "offer", FIELDS);
        }
    }

    public String save() throws IOException {
        OfferDraft draft = new OfferDraft(name, description, kind, minimumAge, maximumAge, access, cityWide,
                new HashSet<>(districts), new HashSet<>(problemAreas), new HashSet<>(languages), capacity,
                waitingWeeks, howToApply, cost, active, version);
        try {
            if (isNew()) {
                offers.create(UUID.fromString(organisationId), draft);
            } else {
                offers.update(UUID.fromString(id), draft);
            }
        } catch (ChangedMeanwhile e) {
            messages.error(null, "offerEdit.conflict");
            return null;
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
            return null;
        } catch (Refusal refused) {
            Refusals.show(refused, "offer", FIELDS);
            return null;
        }
        FormPages.savedThenTo(messages, "offerEdit.saved", getBack());
        return null;
    }

    /** Where the form returns to: the organisation's page for coordinators, /partner for partner staff. */
    public String getBack() {
        return coordinating() ? "/meldpunt/organisaties/" + organisationId : "/partner";
    }

    public boolean isNew() {
        return "nieuw".equals(id);
    }

    /** Whether the form is used from the coordinators' pages (where any organisation's offers are open). */
    public boolean coordinating() {
        return FormPages.onCoordinatorPages();
    }

    private void fill(OfferDraft draft) {
        version = draft.version();
        name = draft.name();
        description = draft.description();
        kind = draft.kind();
        minimumAge = draft.minimumAge();
        maximumAge = draft.maximumAge();
        access = draft.access();
        cityWide = draft.cityWide();
        districts = new ArrayList<>(draft.districts());
        problemAreas = new ArrayList<>(draft.problemAreas());
        languages = new ArrayList<>(draft.languages());
        capacity = draft.capacity();
        waitingWeeks = draft.waitingWeeks();
        howToApply = draft.howToApply();
        cost = draft.cost();
        active = draft.active() == null || draft.active();
    }


    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOfferName() { return offerName; }
    public String getOrganisationName() { return organisationName; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public OfferKind getKind() { return kind; }
    public void setKind(OfferKind kind) { this.kind = kind; }
    public int getMinimumAge() { return minimumAge; }
    public void setMinimumAge(int minimumAge) { this.minimumAge = minimumAge; }
    public int getMaximumAge() { return maximumAge; }
    public void setMaximumAge(int maximumAge) { this.maximumAge = maximumAge; }
    public Access getAccess() { return access; }
    public void setAccess(Access access) { this.access = access; }
    public boolean isCityWide() { return cityWide; }
    public void setCityWide(boolean cityWide) { this.cityWide = cityWide; }
    public List<String> getDistricts() { return districts; }
    public void setDistricts(List<String> districts) { this.districts = districts; }
    public List<String> getProblemAreas() { return problemAreas; }
    public void setProblemAreas(List<String> problemAreas) { this.problemAreas = problemAreas; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getWaitingWeeks() { return waitingWeeks; }
    public void setWaitingWeeks(Integer waitingWeeks) { this.waitingWeeks = waitingWeeks; }
    public String getHowToApply() { return howToApply; }
    public void setHowToApply(String howToApply) { this.howToApply = howToApply; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
}
