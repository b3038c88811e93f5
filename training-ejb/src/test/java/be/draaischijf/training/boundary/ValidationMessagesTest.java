package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad input gets a Dutch message for its field, from the records' own constraints (ADR 0009). */
class ValidationMessagesTest {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aRegistrationNeedsNamesAnAddressAndConsent() {
        var form = new RegistrationForm(" ", "Tester", "geen-adres", null, "onbekend", null, null, false);

        assertThat(messages(validator.validate(form))).containsEntry("firstName", "vul je voornaam in")
                .containsEntry("email", "vul een e-mailadres in zoals naam@voorbeeld.be")
                .containsEntry("sector", "is geen gekende sector")
                .containsEntry("privacyConsent", "je moet akkoord gaan met de privacyverklaring om in te schrijven")
                .doesNotContainKey("lastName");
    }

    @Test
    void aSessionNeedsAVenueOrALinkDatesAndSensibleTimes() {
        var draft = new SessionDraft(SessionKind.TRAINING, "Titel", null, null, null, null, null, null, null, null,
                List.of(new SessionDate(LocalDate.now(), LocalTime.of(15, 0), LocalTime.of(13, 0))), 0, null, null, 0);

        Map<String, String> messages = messages(validator.validate(draft));
        assertThat(messages).containsEntry("venueOrOnline", "vul een locatie of een onlinelink in")
                .containsEntry("capacity", "moet minstens 1 zijn")
                .containsEntry("dates[0].endAfterStart", "het einduur moet na het beginuur liggen");
        assertThat(messages(validator.validate(new SessionDraft(SessionKind.TRAINING, "Titel", null, null, null, null, null,
                "Zaal", null, "geen link", List.of(), 5, null, null, 0)))).containsEntry("dates", "kies minstens één datum")
                .containsEntry("onlineLink", "moet een webadres zijn (https://…)");
    }

    /** Each violation's path and its message as a Dutch page shows it (the key's text, its values filled in). */
    private static <T> Map<String, String> messages(java.util.Set<ConstraintViolation<T>> violations) {
        Texts dutch = Texts.in(Texts.DUTCH);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                v -> dutch.of(ParameterValidation.invalid(java.util.Set.of(v)).errors().get(0)), (a, b) -> a));
    }
}
