package be.draaischijf.web.pages.partner;

import be.draaischijf.partner.api.ContactPerson;
import be.draaischijf.partner.api.EditableOrganisation;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation form. /meldpunt/organisaties/{id} and /meldpunt/organisaties/nieuw: coordinators and
 * administrators keep any organisation (and see its offers, active or not); /partner/organisatie:
 * partner staff keep their own (they cannot switch it off).
 */
@Named
@ViewScoped
public class OrganisationEditPage implements Serializable {

    /** Which form field shows the API's message for each draft property. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "naam"), Map.entry("sector", "sector"), Map.entry("description", "beschrijving"),
            Map.entry("address", "adres"), Map.entry("phone", "telefoon"), Map.entry("email", "email"),
            Map.entry("website", "website"), Map.entry("districts", "wijken"), Map.entry("contacts", "contacten"),
            Map.entry("partnerSince", "partnerSinds"));

    /** One contact person as the form edits it. */
    public static class ContactRow implements Serializable {
        private String name;
        private String function;
        private String email;
        private String phone;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFunction() { return function; }
        public void setFunction(String function) { this.function = function; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }

        boolean blank() {
            return isBlank(name) && isBlank(function) && isBlank(email) && isBlank(phone);
        }
    }

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String shownName;
    private List<OfferView> organisationOffers = List.of();
    private int version;
    private String name;
    private String sector;
    private String description;
    private String address;
    private String phone;
    private String email;
    private String website;
    private List<String> districts = new ArrayList<>();
    private List<ContactRow> contacts = new ArrayList<>();
    private LocalDate partnerSince;
    private boolean active = true;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (!coordinating()) {
                id = currentUser.sessionUser().map(SessionUser::organisationId).map(UUID::toString)
                        .orElseThrow(() -> new NotFound("partner.organisation.unknown"));
            }
            if (id == null) {
                throw new NotFound("partner.organisation.unknown");
            }
            if (isNew()) {
                contacts.add(new ContactRow());
                return;
            }
            EditableOrganisation editable = organisations.forEditing(UUID.fromString(id));
            shownName = editable.organisation().name();
            fill(editable.draft());
            if (coordinating()) {
                organisationOffers = offers.allOfOrganisation(UUID.fromString(id));
            }
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
        } catch (Refusal refused) {
            Refusals.show(refused, "organisation", FIELDS);
        }
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    public String save() throws IOException {
        List<ContactPerson> people = contacts.stream().filter(row -> !row.blank())
                .map(row -> new ContactPerson(row.name, row.function, blankToNull(row.email), blankToNull(row.phone)))
                .toList();
        OrganisationDraft draft = new OrganisationDraft(name, sector, description, address, phone, email, website,
                new HashSet<>(districts), people, partnerSince, active, version);
        OrganisationView saved;
        try {
            saved = isNew() ? organisations.create(draft)
                    : organisations.update(UUID.fromString(id), draft);
        } catch (ChangedMeanwhile e) {
            messages.error(null, "offerEdit.conflict");
            return null;
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
            return null;
        } catch (Refusal refused) {
            Refusals.show(refused, "organisation", FIELDS);
            return null;
        }
        FormPages.savedThenTo(messages, "organisationEdit.saved",
                coordinating() ? "/meldpunt/organisaties/" + saved.id() : "/partner");
        return null;
    }

    public boolean isNew() {
        return "nieuw".equals(id);
    }

    public boolean coordinating() {
        return FormPages.onCoordinatorPages();
    }

    private void fill(OrganisationDraft draft) {
        version = draft.version();
        name = draft.name();
        sector = draft.sector();
        description = draft.description();
        address = draft.address();
        phone = draft.phone();
        email = draft.email();
        website = draft.website();
        districts = new ArrayList<>(draft.districts());
        contacts = new ArrayList<>();
        for (ContactPerson person : draft.contacts()) {
            ContactRow row = new ContactRow();
            row.name = person.name();
            row.function = person.function();
            row.email = person.email();
            row.phone = person.phone();
            contacts.add(row);
        }
        if (contacts.isEmpty()) {
            contacts.add(new ContactRow());
        }
        partnerSince = draft.partnerSince();
        active = !Boolean.FALSE.equals(draft.active());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }


    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getShownName() { return shownName; }
    public List<OfferView> getOrganisationOffers() { return organisationOffers; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<String> getDistricts() { return districts; }
    public void setDistricts(List<String> districts) { this.districts = districts; }
    public List<ContactRow> getContacts() { return contacts; }
    public LocalDate getPartnerSince() { return partnerSince; }
    public void setPartnerSince(LocalDate partnerSince) { this.partnerSince = partnerSince; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
