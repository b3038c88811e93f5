package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.AgreementDraft;
import be.draaischijf.partner.api.AgreementParty;
import be.draaischijf.partner.api.AgreementPartyView;
import be.draaischijf.partner.api.AgreementStatus;
import be.draaischijf.partner.api.AgreementView;
import be.draaischijf.partner.api.CooperationAgreements;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.pages.publicsite.PublicationsPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * /meldpunt/samenwerkingsverbanden: the coordinators' cooperation agreements (ADR 0047). The list (lazy, paged by the
 * partner module) puts the active ones ending within three months first, each marked in words ("loopt af binnen drie
 * maanden"), not by colour alone. {@code ?nieuw=ja} starts one, {@code ?id=} opens one: its parties (the network or a
 * partner organisation, each with a contact person), purpose, period and status, and the signed document (a PDF of at
 * most 20 MB, a form of its own); a draft can be removed after saying so once more.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

    static final String FORM = "samenwerking";
    static final Map<String, String> FIELDS = Map.of("parties", "partijen", "purpose", "doel", "startsOn", "begin",
            "endsOn", "einde", "status", "status");
    /** The choice for the network itself among the parties (not an organisation's id). */
    static final String NETWORK = "netwerk";

    /** One party as the form edits it: the network or an organisation (by id), and its contact person. */
    public static class PartyRow implements Serializable {
        private String party = NETWORK;
        private String contactName;
        private String contactEmail;
        private String contactPhone;

        public String getParty() { return party; }
        public void setParty(String party) { this.party = party; }
        public String getContactName() { return contactName; }
        public void setContactName(String contactName) { this.contactName = contactName; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }

        boolean blank() {
            return FormPages.blank(contactName) && FormPages.blank(contactEmail) && FormPages.blank(contactPhone);
        }

        UUID organisationId() {
            return party == null || party.isBlank() || NETWORK.equals(party) ? null : UUID.fromString(party);
        }
    }

    @EJB
    CooperationAgreements agreements;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    @Inject
    Language language;

    private PagedModel<AgreementView> model;
    private List<OrganisationView> organisationChoices = List.of();
    private String id;
    private String newOne;
    private AgreementView selected;
    private boolean editing;
    private boolean confirmingDelete;
    private List<PartyRow> parties = new ArrayList<>();
    private String purpose;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private AgreementStatus status = AgreementStatus.DRAFT;
    private transient Part document;

    @PostConstruct
    void init() {
        CooperationAgreements api = agreements;
        model = new PagedModel<>(api::count, api::list, agreement -> agreement.id().toString());
    }

    /** Runs after the URL parameters are applied (f:viewAction). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                show(agreements.get(UUID.fromString(id)));
            } catch (IllegalArgumentException | Refusal unknown) {
                messages.error(null, "agreements.unknown");
            }
        } else if ("ja".equals(newOne)) {
            editing = true;
            organisationChoices = organisations.listAll(0, 500);
            PartyRow network = new PartyRow();
            PartyRow partner = new PartyRow();
            partner.party = organisationChoices.isEmpty() ? NETWORK : organisationChoices.get(0).id().toString();
            parties = new ArrayList<>(List.of(network, partner));
        }
    }

    private void show(AgreementView agreement) {
        selected = agreement;
        editing = true;
        organisationChoices = organisations.listAll(0, 500);
        parties = new ArrayList<>();
        for (AgreementPartyView party : agreement.parties()) {
            PartyRow row = new PartyRow();
            row.party = party.network() ? NETWORK : party.organisationId().toString();
            row.contactName = party.contactName();
            row.contactEmail = party.contactEmail();
            row.contactPhone = party.contactPhone();
            parties.add(row);
        }
        purpose = agreement.purpose();
        startsOn = agreement.startsOn();
        endsOn = agreement.endsOn();
        status = agreement.status();
    }

    public void addParty() {
        parties.add(new PartyRow());
    }

    public void removeParty(PartyRow row) {
        parties.remove(row);
    }

    public void save() throws IOException {
        List<AgreementParty> chosen = parties.stream().filter(row -> !row.blank())
                .map(row -> new AgreementParty(row.organisationId(), row.contactName, row.contactEmail, row.contactPhone))
                .toList();
        AgreementDraft draft = new AgreementDraft(chosen, purpose, startsOn, endsOn, status,
                selected == null ? 0 : selected.version());
        try {
            AgreementView saved = selected == null ? agreements.create(draft) : agreements.update(selected.id(), draft);
            FormPages.savedThenTo(messages, "agreements.saved", "/meldpunt/samenwerkingsverbanden?id=" + saved.id());
        } catch (ChangedMeanwhile e) {
            messages.error(null, "agreements.conflict");
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    /** Uploads (or replaces) the signed document of the agreement shown. */
    public void upload() throws IOException {
        if (selected == null) {
            return;
        }
        if (document == null || document.getSize() == 0) {
            messages.error("document:bestand", "agreements.document.required");
            return;
        }
        PdfFile pdf;
        try (InputStream in = document.getInputStream()) {
            pdf = new PdfFile(document.getSubmittedFileName(), in.readNBytes(PdfFile.MAX_BYTES + 1));
        }
        try {
            agreements.attachDocument(selected.id(), pdf);
            FormPages.savedThenTo(messages, "agreements.document.saved", "/meldpunt/samenwerkingsverbanden?id=" + selected.id());
        } catch (Refusal refused) {
            Refusals.onPage(refused, "document", Map.of("document", "bestand"));
        }
    }

    public void askDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() throws IOException {
        if (selected == null) {
            return;
        }
        try {
            agreements.delete(selected.id());
            FormPages.savedThenTo(messages, "agreements.deleted", "/meldpunt/samenwerkingsverbanden");
        } catch (Refusal refused) {
            confirmingDelete = false;
            Refusals.message(refused);
        }
    }

    /** The parties' names, the network's in the page's language ("het netwerk (Centraal Meldpunt)"). */
    public String partyNames(AgreementView agreement) {
        return agreement.parties().stream()
                .map(party -> party.network() ? messages.text("agreements.party.network") : party.organisationName())
                .collect(Collectors.joining(", "));
    }

    /** "1,2 MB": the signed document's size, as on /publicaties. */
    public String size(long bytes) {
        return PublicationsPage.size(bytes, language.getLocale());
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public PagedModel<AgreementView> getModel() { return model; }
    public List<OrganisationView> getOrganisationChoices() { return organisationChoices; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getNewOne() { return newOne; }
    public void setNewOne(String newOne) { this.newOne = newOne; }
    public AgreementView getSelected() { return selected; }
    public boolean isEditing() { return editing; }
    public boolean isConfirmingDelete() { return confirmingDelete; }
    public List<PartyRow> getParties() { return parties; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public Part getDocument() { return document; }
    public void setDocument(Part document) { this.document = document; }
}
