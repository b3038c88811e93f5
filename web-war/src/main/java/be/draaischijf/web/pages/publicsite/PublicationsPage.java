package be.draaischijf.web.pages.publicsite;

import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.PublicationView;
import be.draaischijf.network.api.Publications;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * /publicaties: the network's publications, newest first, twenty a page ({@code ?pagina=2}); each with its date, summary
 * and its PDF to download. Everyone sees the public ones, anyone logged in also those for professionals. Coordinators
 * and administrators publish one ({@code ?nieuw=ja}: title, date, summary, for whom, the PDF of at most 20 MB), change
 * one ({@code ?id=}) and withdraw it, after saying so once more (ADR 0047).
 */
@Named
@ViewScoped
public class PublicationsPage implements Serializable {

    static final int PAGE = 20;
    static final String FORM = "publicatie";
    static final Map<String, String> FIELDS = Map.of("title", "titel", "publishedOn", "datum", "summary", "samenvatting",
            "audience", "voorWie", "file", "bestand");

    @EJB
    Publications publications;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String pageParameter;
    private String id;
    private String newOne;
    private int pageNumber = 1;
    private List<PublicationView> shown = List.of();
    private long total;
    private boolean editing;
    private PublicationView selected;
    private boolean confirmingWithdrawal;
    private String title;
    private LocalDate publishedOn;
    private String summary;
    private PublicationAudience audience = PublicationAudience.PUBLIC;
    private transient Part file;

    /** Runs after the URL parameters are applied (f:viewAction), also after a refused save (the list stays shown). */
    public void load() throws IOException {
        pageNumber = pageNumber(pageParameter);
        total = publications.count();
        shown = publications.list((pageNumber - 1) * PAGE, PAGE);
        if (FacesContext.getCurrentInstance().isPostback() || !isEditor()) {
            return;
        }
        if (id != null) {
            UUID key;
            try {
                key = UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                FormPages.refuse(404);
                return;
            }
            PublicationView found = publications.find(key).orElse(null);
            if (found == null) {
                messages.error(null, "publications.unknown");
                return;
            }
            selected = found;
            editing = true;
            title = found.title();
            publishedOn = found.publishedOn();
            summary = found.summary();
            audience = found.audience();
        } else if ("ja".equals(newOne)) {
            editing = true;
            publishedOn = LocalDate.now(Formats.BRUSSELS);
        }
    }

    /** Publishes a new one (its PDF required here) or saves a change (a PDF chosen replaces the one there). */
    public void save() throws IOException {
        PdfFile pdf = chosenFile();
        if (selected == null && pdf == null) {
            messages.error(FORM + ":bestand", "publications.file.required");
            return;
        }
        PublicationDraft draft = new PublicationDraft(title, publishedOn, summary, audience,
                selected == null ? 0 : selected.version());
        try {
            PublicationView saved = selected == null ? publications.create(draft, pdf)
                    : publications.update(selected.id(), draft, pdf);
            FormPages.savedThenTo(messages, selected == null ? "publications.published" : "publications.saved",
                    "/publicaties#pub-" + saved.id());
        } catch (ChangedMeanwhile e) {
            messages.error(null, "publications.conflict");
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    /** The first step of withdrawing: the page asks once more, in place. */
    public void askWithdrawal() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    public void withdraw() throws IOException {
        if (selected == null) {
            return;
        }
        try {
            publications.withdraw(selected.id());
            FormPages.savedThenTo(messages, "publications.withdrawn", "/publicaties");
        } catch (Refusal refused) {
            confirmingWithdrawal = false;
            Refusals.message(refused);
        }
    }

    /** The uploaded file, or null when none was chosen; read up to one byte past 20 MB (the module refuses more). */
    private PdfFile chosenFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new PdfFile(file.getSubmittedFileName(), in.readNBytes(PdfFile.MAX_BYTES + 1));
        }
    }

    /** "1,2 MB", "350 kB": a file's size as people read it, in the page's language. */
    public String size(long bytes) {
        return size(bytes, language.getLocale());
    }

    public static String size(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (bytes < 1024 * 1024) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.max(1, (bytes + 1023) / 1024)) + " kB";
        }
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static int pageNumber(String value) {
        try {
            return value == null || value.isBlank() ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public boolean isEditor() {
        return currentUser.isCoordinator() || currentUser.isAdmin();
    }

    public boolean hasPrevious() {
        return pageNumber > 1;
    }

    public boolean hasNext() {
        return (long) pageNumber * PAGE < total;
    }

    public PublicationAudience[] getAudiences() {
        return PublicationAudience.values();
    }

    public List<PublicationView> getShown() { return shown; }
    public long getTotal() { return total; }
    public int getPageNumber() { return pageNumber; }
    public boolean isEditing() { return editing; }
    public PublicationView getSelected() { return selected; }
    public boolean isConfirmingWithdrawal() { return confirmingWithdrawal; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getNewOne() { return newOne; }
    public void setNewOne(String newOne) { this.newOne = newOne; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public PublicationAudience getAudience() { return audience; }
    public void setAudience(PublicationAudience audience) { this.audience = audience; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
