package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeCorrection;
import be.draaischijf.referral.api.ReferralPrivacy;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The case page's "Gegevens verbeteren" (issue 16, the data subject's right to rectification): the young person's
 * names, birth date, postcode, school and school year as the case has them, to correct. Only what changed is sent (the
 * module keeps the old value on the timeline, never in the audit log: ADR 0040), with the version the coordinator saw:
 * when someone changed the case meanwhile, nothing is saved and what was typed stays ({@link CasePage#change}).
 */
@Named
@ViewScoped
public class CaseRectifyForm extends CaseForm {

    static final String FORM = "verbeteren";

    /** The module's field → the input's id. */
    private static final Map<String, String> FIELDS = Map.of("firstName", "verbeterVoornaam", "lastName", "verbeterAchternaam",
            "birthDate", "verbeterGeboortedatum", "postcode", "verbeterPostcode", "school", "verbeterSchool",
            "schoolYear", "verbeterSchooljaar");

    @EJB
    ReferralPrivacy privacy;

    /** Whether the fields hold the case's values yet (once per view: after that, what the coordinator typed). */
    private boolean filled;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String postcode;
    private String school;
    private String schoolYear;

    /** Sends what changed; the names and the birth date cannot be emptied, the rest can. */
    public void submit() throws IOException {
        fill();
        boolean complete = true;
        if (FormPages.blank(firstName)) {
            messages.error(FORM + ":verbeterVoornaam", "case.rectify.firstName.required");
            complete = false;
        }
        if (FormPages.blank(lastName)) {
            messages.error(FORM + ":verbeterAchternaam", "case.rectify.lastName.required");
            complete = false;
        }
        if (birthDate == null) {
            messages.error(FORM + ":verbeterGeboortedatum", "case.rectify.birthDate.required");
            complete = false;
        }
        if (!complete) {
            return;
        }
        Intake now = casePage.getDetail().intake();
        IntakeCorrection correction = new IntakeCorrection(
                changed(firstName, now.youngFirstName()),
                changed(lastName, now.youngLastName()),
                Objects.equals(birthDate, now.youngBirthDate()) ? null : birthDate,
                changed(postcode, now.postcode()),
                changed(school, now.school()),
                changed(schoolYear, now.schoolYear()));
        if (correction.firstName() == null && correction.lastName() == null && correction.birthDate() == null
                && correction.postcode() == null && correction.school() == null && correction.schoolYear() == null) {
            messages.info("case.rectify.nothingChanged");
            return;
        }
        change(FORM, FIELDS, "case.rectify.saved", version -> privacy.rectify(caseId(), version, correction));
    }

    /**
     * What to send for one field: null when it is as the case has it (unchanged), else the new text, stripped; an
     * emptied optional field is sent as empty text, which clears it.
     */
    static String changed(String typed, String current) {
        String value = typed == null ? "" : typed.strip();
        String was = current == null ? "" : current.strip();
        return value.equals(was) ? null : value;
    }

    /** The case's values, the first time the form is shown. */
    private void fill() {
        CaseDetail detail = casePage.getDetail();
        if (filled || detail == null) {
            return;
        }
        filled = true;
        Intake intake = detail.intake();
        firstName = intake.youngFirstName();
        lastName = intake.youngLastName();
        birthDate = intake.youngBirthDate();
        postcode = intake.postcode();
        school = intake.school();
        schoolYear = intake.schoolYear();
    }

    /** Today, the latest birth date the date field allows. */
    public String getToday() {
        return LocalDate.now(Formats.BRUSSELS).toString();
    }

    public String getFirstName() { fill(); return firstName; }
    public void setFirstName(String firstName) { fill(); this.firstName = firstName; }
    public String getLastName() { fill(); return lastName; }
    public void setLastName(String lastName) { fill(); this.lastName = lastName; }
    public LocalDate getBirthDate() { fill(); return birthDate; }
    public void setBirthDate(LocalDate birthDate) { fill(); this.birthDate = birthDate; }
    public String getPostcode() { fill(); return postcode; }
    public void setPostcode(String postcode) { fill(); this.postcode = postcode; }
    public String getSchool() { fill(); return school; }
    public void setSchool(String school) { fill(); this.school = school; }
    public String getSchoolYear() { fill(); return schoolYear; }
    public void setSchoolYear(String schoolYear) { fill(); this.schoolYear = schoolYear; }
}
