package be.draaischijf.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The question form says per field what to do, in the words of that field (issue 15, GOV.UK style), in Dutch and in
 * English: from the intake's own constraints, as the form and {@code POST /api/referrals} show them.
 */
class IntakeMessagesTest {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anEmptyIntakeSaysForEachRequiredFieldWhatToFillInOrChoose() {
        Intake empty = new Intake(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, false, false, null, null, Channel.WEB);

        Map<String, String> dutch = messages(validator.validate(empty), Texts.DUTCH);
        assertThat(dutch).containsEntry("youngFirstName", "vul de voornaam van de jongere in")
                .containsEntry("youngLastName", "vul de achternaam van de jongere in")
                .containsEntry("youngBirthDate", "vul de geboortedatum van de jongere in")
                .containsEntry("district", "kies de wijk waar de jongere woont")
                .containsEntry("schoolStatus", "kies de schoolsituatie van de jongere")
                .containsEntry("question", "vul de vraag over de jongere in")
                .containsEntry("problemAreas", "kies minstens één probleemgebied waar de vraag over gaat")
                .containsEntry("referrerName", "vul de naam van de aanmelder in")
                .containsEntry("referrerOrganisation", "vul de organisatie of school van de aanmelder in")
                .containsEntry("referrerSector", "kies de sector van de aanmelder")
                .containsEntry("referrerEmail", "vul het e-mailadres van de aanmelder in")
                .as("without an urgency it is NORMAL").doesNotContainKey("urgency");
        assertThat(dutch.values()).as("no generic message left").doesNotContain("is verplicht");

        Map<String, String> english = messages(validator.validate(empty), Locale.ENGLISH);
        assertThat(english).containsEntry("youngFirstName", "enter the young person's first name")
                .containsEntry("youngBirthDate", "enter the young person's date of birth")
                .containsEntry("district", "choose the neighbourhood where the young person lives")
                .containsEntry("referrerEmail", "enter the referrer's e-mail address");
        assertThat(Texts.sentence(dutch.get("youngBirthDate"))).as("next to the field and in the summary")
                .isEqualTo("Vul de geboortedatum van de jongere in.");
    }

    @Test
    void aBirthDateToComeAnAddressAPhoneNumberOrAPostcodeInTheWrongFormSayWhatIsExpected() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Intake wrong = new Intake("Fien Voorbeeld", "Testschool", "EDUCATION", null, "geen-adres", "bel me maar",
                "Jonas", "Voorbeeld", tomorrow, "20", "KIEL", null, null, SchoolStatus.AT_RISK, "Een vraag.",
                Set.of("DROPOUT"), null, Urgency.NORMAL, false, false, tomorrow, null, Channel.WEB);

        assertThat(messages(validator.validate(wrong), Texts.DUTCH))
                .containsEntry("youngBirthDate", "de geboortedatum moet in het verleden liggen")
                .containsEntry("referrerEmail", "vul een e-mailadres in zoals naam@voorbeeld.be")
                .containsEntry("referrerPhone", "vul een telefoonnummer in zoals 03 000 00 00 of +32 3 000 00 00")
                .containsEntry("postcode", "vul een Belgische postcode van 4 cijfers in, zoals 2060")
                .containsEntry("consentDate", "de datum van de toestemming moet vandaag of in het verleden liggen")
                .hasSize(5);
        assertThat(messages(validator.validate(wrong), Locale.ENGLISH))
                .containsEntry("youngBirthDate", "the date of birth must be in the past")
                .containsEntry("referrerEmail", "enter an e-mail address in the correct format, like name@example.com");
    }

    /** Each violation's field and its message in this language (the key's text, its values filled in). */
    private static Map<String, String> messages(Set<ConstraintViolation<Intake>> violations, Locale language) {
        Texts texts = Texts.in(language);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                v -> texts.of(ParameterValidation.invalid(Set.of(v)).errors().get(0)), (a, b) -> a));
    }
}
