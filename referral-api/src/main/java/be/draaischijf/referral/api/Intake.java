package be.draaischijf.referral.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A referral as the intake form and {@code POST /api/referrals} fill it in: the referrer, the young person,
 * the question and the consent. Mutable so a form can bind to it; checked by bean validation at the module's
 * boundary (Dutch messages), and for codes and consent by the module itself.
 */
public class Intake implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}")
    private String referrerName;

    @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}")
    private String referrerOrganisation;

    @NotBlank(message = "{draaischijf.required}") @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.sector.unknown}")
    private String referrerSector;

    @Size(max = 200, message = "{draaischijf.size.max}")
    private String referrerFunction;

    @NotBlank(message = "{draaischijf.required}") @Email(message = "{draaischijf.email}") @Size(max = 200, message = "{draaischijf.size.max}")
    private String referrerEmail;

    @Pattern(regexp = "[+0-9 ()./-]{0,30}", message = "{draaischijf.phone}")
    private String referrerPhone;

    @NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.size.max}")
    private String youngFirstName;

    @NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.size.max}")
    private String youngLastName;

    @NotNull(message = "{draaischijf.required}") @Past(message = "{draaischijf.past}")
    private LocalDate youngBirthDate;

    @Pattern(regexp = "|[0-9]{4}", message = "{referral.postcode}")
    private String postcode;

    @NotBlank(message = "{draaischijf.required}") @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}")
    private String district;

    @Size(max = 200, message = "{draaischijf.size.max}")
    private String school;

    @Size(max = 50, message = "{draaischijf.size.max}")
    private String schoolYear;

    @NotNull(message = "{draaischijf.required}")
    private SchoolStatus schoolStatus;

    @NotBlank(message = "{draaischijf.required}") @Size(max = 4000, message = "{draaischijf.size.max}")
    private String question;

    @NotEmpty(message = "{draaischijf.problem-areas.required}")
    private Set<String> problemAreas = new LinkedHashSet<>();

    @Size(max = 4000, message = "{draaischijf.size.max}")
    private String alreadyTried;

    @NotNull(message = "{draaischijf.required}")
    private Urgency urgency = Urgency.NORMAL;

    private boolean consentYoungPerson;

    private boolean consentParent;

    @PastOrPresent(message = "{draaischijf.past-or-present}")
    private LocalDate consentDate;

    private ConsentMethod consentMethod;

    private Channel channel;

    /** Consent needs a date and a way it was given; the form asks for both once someone agreed. */
    @AssertTrue(message = "{referral.consent.when-and-how}")
    public boolean isConsentComplete() {
        return !(consentYoungPerson || consentParent) || (consentDate != null && consentMethod != null);
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerOrganisation() {
        return referrerOrganisation;
    }

    public void setReferrerOrganisation(String referrerOrganisation) {
        this.referrerOrganisation = referrerOrganisation;
    }

    public String getReferrerSector() {
        return referrerSector;
    }

    public void setReferrerSector(String referrerSector) {
        this.referrerSector = referrerSector;
    }

    public String getReferrerFunction() {
        return referrerFunction;
    }

    public void setReferrerFunction(String referrerFunction) {
        this.referrerFunction = referrerFunction;
    }

    public String getReferrerEmail() {
        return referrerEmail;
    }

    public void setReferrerEmail(String referrerEmail) {
        this.referrerEmail = referrerEmail;
    }

    public String getReferrerPhone() {
        return referrerPhone;
    }

    public void setReferrerPhone(String referrerPhone) {
        this.referrerPhone = referrerPhone;
    }

    public String getYoungFirstName() {
        return youngFirstName;
    }

    public void setYoungFirstName(String youngFirstName) {
        this.youngFirstName = youngFirstName;
    }

    public String getYoungLastName() {
        return youngLastName;
    }

    public void setYoungLastName(String youngLastName) {
        this.youngLastName = youngLastName;
    }

    public LocalDate getYoungBirthDate() {
        return youngBirthDate;
    }

    public void setYoungBirthDate(LocalDate youngBirthDate) {
        this.youngBirthDate = youngBirthDate;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public SchoolStatus getSchoolStatus() {
        return schoolStatus;
    }

    public void setSchoolStatus(SchoolStatus schoolStatus) {
        this.schoolStatus = schoolStatus;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Set<String> getProblemAreas() {
        return problemAreas;
    }

    public void setProblemAreas(Set<String> problemAreas) {
        this.problemAreas = problemAreas == null ? new LinkedHashSet<>() : new LinkedHashSet<>(problemAreas);
    }

    public String getAlreadyTried() {
        return alreadyTried;
    }

    public void setAlreadyTried(String alreadyTried) {
        this.alreadyTried = alreadyTried;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public boolean isConsentYoungPerson() {
        return consentYoungPerson;
    }

    public void setConsentYoungPerson(boolean consentYoungPerson) {
        this.consentYoungPerson = consentYoungPerson;
    }

    public boolean isConsentParent() {
        return consentParent;
    }

    public void setConsentParent(boolean consentParent) {
        this.consentParent = consentParent;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(ConsentMethod consentMethod) {
        this.consentMethod = consentMethod;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }
}
