package be.draaischijf.web.pages.aanmelden;

import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.Urgency;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the intake form binds to, field by field (mutable, as a form needs); {@link #toIntake()} is what the referral
 * module gets. The rules are the module's: the page checks {@link Intake}'s own constraints before the summary.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String referrerName;

    private String referrerOrganisation;

    private String referrerSector;

    private String referrerFunction;

    private String referrerEmail;

    private String referrerPhone;

    private String youngFirstName;

    private String youngLastName;

    private LocalDate youngBirthDate;

    private String postcode;

    private String district;

    private String school;

    private String schoolYear;

    private SchoolStatus schoolStatus;

    private String question;

    private Set<String> problemAreas = new LinkedHashSet<>();

    private String alreadyTried;

    private Urgency urgency = Urgency.NORMAL;

    private boolean consentYoungPerson;

    private boolean consentParent;

    private LocalDate consentDate;

    private ConsentMethod consentMethod;

    private Channel channel;

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

    /** The referral module's intake: what the form holds now. */
    public Intake toIntake() {
        return new Intake(referrerName, referrerOrganisation, referrerSector, referrerFunction, referrerEmail, referrerPhone, youngFirstName, youngLastName, youngBirthDate, postcode, district, school, schoolYear, schoolStatus, question, problemAreas, alreadyTried, urgency, consentYoungPerson, consentParent, consentDate, consentMethod, channel);
    }
}
