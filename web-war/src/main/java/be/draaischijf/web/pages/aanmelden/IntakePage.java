package be.draaischijf.web.pages.aanmelden;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.ReferrerDetails;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.web.security.AccountLimits;
import be.draaischijf.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * /aanmelden: a question about a young person in two steps, the form and then "Controleer en verstuur".
 * Professionals send their own (the referrer's name and e-mail come from their account; organisation, sector, function
 * and phone from their own last question, else organisation and job title from their account: ADR 0039); coordinators
 * and administrators enter one received by phone or e-mail and say which. The module checks everything; the
 * form checks the same Bean Validation rules before the summary, so mistakes show next to the fields early.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    /** Which form field shows the module's message for each intake property. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("referrerName", "aanmelderNaam"), Map.entry("referrerOrganisation", "aanmelderOrganisatie"),
            Map.entry("referrerSector", "aanmelderSector"), Map.entry("referrerFunction", "aanmelderFunctie"),
            Map.entry("referrerEmail", "aanmelderEmail"), Map.entry("referrerPhone", "aanmelderTelefoon"),
            Map.entry("youngFirstName", "voornaam"), Map.entry("youngLastName", "achternaam"),
            Map.entry("youngBirthDate", "geboortedatum"), Map.entry("postcode", "postcode"),
            Map.entry("district", "wijk"), Map.entry("school", "school"), Map.entry("schoolYear", "schooljaar"),
            Map.entry("schoolStatus", "schoolstatus"), Map.entry("question", "vraag"),
            Map.entry("problemAreas", "probleemgebieden"), Map.entry("alreadyTried", "geprobeerd"),
            Map.entry("urgency", "urgentie"), Map.entry("consentYoungPerson", "toestemming"),
            Map.entry("consentParent", "toestemming"), Map.entry("consentDate", "toestemmingDatum"),
            Map.entry("consentMethod", "toestemmingWijze"), Map.entry("consentComplete", "toestemming"),
            Map.entry("consent", "toestemming"), Map.entry("consentYoungPersonAllowed", "toestemming"),
            Map.entry("channel", "kanaal"));

    static final String FORM = "intake";

    @EJB
    ReferralCases cases;

    @EJB
    Accounts accounts;

    @EJB
    AccountSignUp signUps;

    @Inject
    ReferenceChoices choices;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    AccountLimits limits;

    /**
     * The container's validator, looked up when first needed: the view is serialised into the data grid, and an injected
     * validator cannot be restored on another server (Weld cannot proxy Hibernate Validator's {@code ValidatorImpl}; seen
     * as a failed request on the other instance in the cluster run, ADR 0048).
     */
    private transient Validator validator;

    private IntakeForm intake = new IntakeForm();
    private List<String> problemAreas = new ArrayList<>();
    private boolean reviewing;
    /** The hint over the referrer's fields: what filled them in. */
    private String referrerHint = "intakeForm.referrer.hint";

    @PostConstruct
    void init() {
        if (onBehalf()) {
            intake.setChannel(Channel.PHONE);
            return;
        }
        intake.setChannel(Channel.WEB);
        String username = FormPages.editor();
        if (username != null) {
            accounts.find(username).ifPresent(account -> {
                intake.setReferrerName(account.displayName());
                intake.setReferrerEmail(account.email());
            });
        }
        if (currentUser.isProfessional()) {
            rememberReferrer();
        }
    }

    /**
     * A professional's own details as referrer: those of the last question they sent themselves (the module gives only
     * the caller's own), a sector only while it is still offered; without one, what their account says of where they work.
     */
    private void rememberReferrer() {
        Optional<ReferrerDetails> last = cases.myLastReferrerDetails();
        if (last.isPresent()) {
            ReferrerDetails details = last.get();
            intake.setReferrerOrganisation(details.organisation());
            if (ReferenceItem.isActive(choices.getSectors(), details.sector())) {
                intake.setReferrerSector(details.sector());
            }
            intake.setReferrerFunction(details.function());
            intake.setReferrerPhone(details.phone());
            referrerHint = "intakeForm.referrer.hintRemembered";
            return;
        }
        Optional<ProfessionalAccount> account = signUps.myProfessionalAccount();
        if (account.isPresent() && (account.get().organisationName() != null || account.get().jobTitle() != null)) {
            intake.setReferrerOrganisation(account.get().organisationName());
            intake.setReferrerFunction(account.get().jobTitle());
            referrerHint = "intakeForm.referrer.hintFromAccount";
        }
    }

    /** Coordinators and administrators enter a question someone asked by phone or e-mail. */
    private Validator validator() {
        if (validator == null) {
            validator = jakarta.enterprise.inject.spi.CDI.current().select(Validator.class).get();
        }
        return validator;
    }

    public boolean onBehalf() {
        return currentUser.isCoordinator() || currentUser.isAdmin();
    }

    /** Step 1 → 2: the same rules the module checks, so the summary only shows what can be sent. */
    public void review() {
        copyChoices();
        Set<ConstraintViolation<Intake>> violations = validator().validate(intake.toIntake());
        if (!violations.isEmpty()) {
            // next to the fields and in the page's error summary, in the order of the fields: no line of its own
            Refusals.fields(ParameterValidation.invalid(violations), FORM, FIELDS);
            return;
        }
        reviewing = true;
    }

    /** Step 2 → 1: change something; everything typed stays. */
    public void change() {
        reviewing = false;
    }

    public void send() throws IOException {
        copyChoices();
        if (!onBehalf()) {
            intake.setChannel(Channel.WEB);
        }
        if (FormPages.tooMany(limits.admitIntake(FormPages.request()), messages)) {
            return;
        }
        ReferralSummary sent;
        try {
            sent = cases.submit(intake.toIntake());
        } catch (Invalid invalid) {
            reviewing = false;
            Refusals.fields(invalid, FORM, FIELDS);
            return;
        } catch (Refusal refused) {
            Refusals.show(refused, FORM, FIELDS);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(messages.text("intakeForm.sent"), sent.reference()), null));
        String path = currentUser.isCoordinator() ? "/meldpunt/dossiers/" + sent.id()
                : currentUser.isProfessional() ? "/mijn/aanmeldingen/" + sent.id() : "/aanmelden";
        external.redirect(external.getRequestContextPath() + path);
    }

    private void copyChoices() {
        intake.setProblemAreas(new LinkedHashSet<>(problemAreas));
    }

    /** The young person's age today, for the summary and the consent hint; null without a birth date. */
    public Integer getAge() {
        LocalDate born = intake.getYoungBirthDate();
        return born == null || born.isAfter(LocalDate.now()) ? null : Period.between(born, LocalDate.now()).getYears();
    }

    public IntakeForm getIntake() {
        return intake;
    }

    public List<String> getProblemAreas() {
        return problemAreas;
    }

    public void setProblemAreas(List<String> problemAreas) {
        this.problemAreas = problemAreas == null ? new ArrayList<>() : new ArrayList<>(problemAreas);
    }

    public boolean isReviewing() {
        return reviewing;
    }

    /** The key of the hint over the referrer's fields: filled in from the last question, from the account, or not. */
    public String getReferrerHint() {
        return referrerHint;
    }

    public SchoolStatus[] getSchoolStatuses() {
        return SchoolStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ConsentMethod[] getConsentMethods() {
        return ConsentMethod.values();
    }

    /** The channels a coordinator chooses from: the web form is the professionals' own. */
    public List<Channel> getChannels() {
        return List.of(Channel.PHONE, Channel.EMAIL);
    }

    /** Today, the latest date consent can have been given (for the date field's max). */
    public String getToday() {
        return LocalDate.now().toString();
    }
}
