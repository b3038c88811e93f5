package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.platform.privacy.DataSubjects;
import be.draaischijf.web.privacy.PrivacyModules;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * /meldpunt/betrokkene, a data subject's request (GDPR articles 15 to 20; issue 16): a coordinator (or an administrator)
 * looks up a young person by first name, last name and birth date, or a professional or registrant by e-mail address,
 * in every module, and sees what each holds (the kind of record in words, its reference, its date) with the two
 * downloads of all of it: a readable PDF and JSON for another system. Every module audits the search itself. Correcting
 * happens on the case page; erasing on request too, by an administrator.
 */
@Named
@ViewScoped
public class SubjectRequestPage implements Serializable {

    static final String YOUNG_FORM = "jongere";
    static final String EMAIL_FORM = "adres";
    /** The modules' fields → the inputs' ids. */
    private static final Map<String, String> YOUNG_FIELDS = Map.of("firstName", "voornaam", "lastName", "achternaam",
            "birthDate", "geboortedatum");
    private static final Map<String, String> EMAIL_FIELDS = Map.of("email", "email");
    /** An address as people write one: something, an @, a domain with a dot. The modules check it again. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** One record a module holds, as the page lists it. */
    public record Found(String module, String kind, UUID id, String reference, Instant createdAt) implements Serializable {

        /** Whether the record is a case (of the young person, or asked about by the professional) the page links to. */
        public boolean linksToCase() {
            return "referral".equals(module) && ("case".equals(kind) || "caseAsReferrer".equals(kind)) && id != null;
        }
    }

    /** What one module holds, in the order it answered. */
    public record ModuleFindings(String module, List<Found> records) implements Serializable {
    }

    @Inject
    PrivacyModules modules;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String email;

    /** The search the results answer (not what is typed since): the downloads ask the same. */
    private String askedFirstName;
    private String askedLastName;
    private LocalDate askedBirthDate;
    private String askedEmail;
    private List<ModuleFindings> findings;

    /** A young person: all three of first name, last name and birth date. */
    public void searchYoungPerson() {
        findings = null;
        boolean complete = true;
        if (FormPages.blank(firstName)) {
            messages.error(YOUNG_FORM + ":voornaam", "subjectRequest.firstName.required");
            complete = false;
        }
        if (FormPages.blank(lastName)) {
            messages.error(YOUNG_FORM + ":achternaam", "subjectRequest.lastName.required");
            complete = false;
        }
        if (birthDate == null) {
            messages.error(YOUNG_FORM + ":geboortedatum", "subjectRequest.birthDate.required");
            complete = false;
        } else if (birthDate.isAfter(LocalDate.now(Formats.BRUSSELS))) {
            messages.error(YOUNG_FORM + ":geboortedatum", "subjectRequest.birthDate.past");
            complete = false;
        }
        if (!complete) {
            return;
        }
        SubjectQuery query = SubjectQuery.youngPerson(firstName.strip(), lastName.strip(), birthDate);
        if (search(query, YOUNG_FORM, YOUNG_FIELDS)) {
            askedFirstName = query.firstName();
            askedLastName = query.lastName();
            askedBirthDate = query.birthDate();
            askedEmail = null;
        }
    }

    /** A professional or a registrant: their e-mail address. */
    public void searchEmail() {
        findings = null;
        if (FormPages.blank(email)) {
            messages.error(EMAIL_FORM + ":email", "subjectRequest.email.required");
            return;
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            messages.error(EMAIL_FORM + ":email", "subjectRequest.email.invalid");
            return;
        }
        SubjectQuery query = SubjectQuery.byEmail(email.strip());
        if (search(query, EMAIL_FORM, EMAIL_FIELDS)) {
            askedFirstName = null;
            askedLastName = null;
            askedBirthDate = null;
            askedEmail = query.normalisedEmail();
        }
    }

    /** Asks every module; a refusal of one is said on the page and shows no partial answer. */
    private boolean search(SubjectQuery query, String form, Map<String, String> fields) {
        List<ModuleFindings> found = new ArrayList<>();
        for (Map.Entry<String, DataSubjects> module : modules.subjects().entrySet()) {
            List<SubjectRecord> records;
            try {
                records = module.getValue().find(query);
            } catch (Invalid invalid) {
                Refusals.fields(invalid, form, fields);
                return false;
            } catch (Refusal refused) {
                Refusals.message(refused);
                return false;
            } catch (EJBAccessException refused) {
                messages.error(null, "subjectRequest.notPermitted." + module.getKey());
                return false;
            }
            if (!records.isEmpty()) {
                found.add(new ModuleFindings(module.getKey(), records.stream()
                        .map(r -> new Found(r.module() == null ? module.getKey() : r.module(), r.kind(), r.id(), r.reference(),
                                r.createdAt()))
                        .toList()));
            }
        }
        findings = found;
        return true;
    }

    /** Whether a search was answered (something found or not). */
    public boolean isSearched() {
        return findings != null;
    }

    /** How many records were found, over all modules. */
    public int getCount() {
        return findings == null ? 0 : findings.stream().mapToInt(module -> module.records().size()).sum();
    }

    /** Whom the answer is about: "Jan Peeters, geboren op 3 maart 2010", or the e-mail address. */
    public String getAbout() {
        if (askedEmail != null) {
            return askedEmail;
        }
        return askedFirstName == null ? "" : messages.format("subjectRequest.about.youngPerson", askedFirstName, askedLastName,
                formats.date(askedBirthDate));
    }

    /** What the search found, in a sentence: how many records about whom, or nothing. */
    public String getSummary() {
        return findings == null ? "" : messages.format("subjectRequest.found", getCount(), getAbout());
    }

    /** A kind of record in words: "Dossier", "Account", "Inschrijving voor een vorming". */
    public String kind(Found found) {
        String key = "subject.kind." + found.kind();
        try {
            return messages.text(key);
        } catch (java.util.MissingResourceException unknown) {
            return messages.text("subjectRequest.kind.other");
        }
    }

    /**
     * The download of everything found, as {@code pdf} (readable, for the person) or {@code json} (for another system):
     * the export of {@code GET /api/data-subjects/export} for the same search.
     */
    public String exportLink(String format) {
        String query = askedEmail != null ? "email=" + encode(askedEmail)
                : "firstName=" + encode(askedFirstName) + "&lastName=" + encode(askedLastName) + "&birthDate=" + askedBirthDate;
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/data-subjects/export?"
                + query + "&format=" + format;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Today, the latest birth date the date field allows. */
    public String getToday() {
        return LocalDate.now(Formats.BRUSSELS).toString();
    }

    public List<ModuleFindings> getFindings() { return findings; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
