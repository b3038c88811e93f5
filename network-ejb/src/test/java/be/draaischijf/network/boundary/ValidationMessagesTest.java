package be.draaischijf.network.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.network.api.MeetingAction;
import be.draaischijf.network.api.MeetingDraft;
import be.draaischijf.network.api.SignalDraft;
import be.draaischijf.network.api.SignalSource;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad input gets a message for its field, in Dutch and English, from the records' own constraints (ADR 0009). */
class ValidationMessagesTest {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aSignalNeedsADateASourceADistrictAThemeAndADescriptionAndACaseIsNamedByItsReference() {
        var draft = new SignalDraft(null, null, "kiel overleg", "Jan Janssens", " ", Set.of(), " ", null);

        Map<String, String> dutch = messages(validator.validate(draft), Texts.DUTCH);
        assertThat(dutch).containsEntry("date", "vul de datum van het signaal in")
                .containsEntry("source", "kies waar het signaal vandaan komt")
                .containsEntry("forumCode", "is geen gekende code")
                .containsEntry("caseReference", "vul een dossierreferentie in zoals DS-2026-0001")
                .containsEntry("themes", "kies minstens één thema")
                .containsEntry("description", "beschrijf het signaal in een paar zinnen");
        assertThat(dutch.get("district")).isIn("kies de wijk of 'stadsbreed'", "is geen gekende code");
        assertThat(messages(validator.validate(draft), java.util.Locale.ENGLISH))
                .containsEntry("caseReference", "enter a case reference such as DS-2026-0001")
                .containsEntry("themes", "choose at least one theme");
        assertThat(validator.validate(new SignalDraft(LocalDate.now(), SignalSource.CASE, null, "ds-2026-0001", "KIEL",
                Set.of("TRUANCY"), "Een signaal.", null))).as("a reference in any case").isEmpty();
    }

    @Test
    void aMeetingNeedsAThemeADayHoursInOrderAPlaceAndPartnersAndEachActionAnOwnerAndADate() {
        var draft = new MeetingDraft(null, null, LocalTime.of(16, 0), LocalTime.of(14, 0), " ", List.of(), null, null,
                List.of(new MeetingAction("Cijfers opvragen", " ", null, false)));

        Map<String, String> dutch = messages(validator.validate(draft), Texts.DUTCH);
        assertThat(dutch).containsEntry("theme", "kies het thema van de bijeenkomst")
                .containsEntry("day", "vul de datum van de bijeenkomst in")
                .containsEntry("endAfterStart", "het einduur moet na het beginuur liggen")
                .containsEntry("place", "vul in waar de bijeenkomst plaatsvindt")
                .containsEntry("partners", "nodig minstens één partnerorganisatie uit")
                .containsEntry("actions[0].owner", "vul in wie de afspraak opneemt")
                .containsEntry("actions[0].dueOn", "vul in tegen wanneer");
        assertThat(validator.validate(new MeetingDraft("TRUANCY", LocalDate.now(), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Stadhuis", List.of(UUID.randomUUID()), null, null, null))).isEmpty();
    }

    /** Each violation's path and its message as a page in this language shows it (the key's text, its values filled in). */
    private static <T> Map<String, String> messages(Set<ConstraintViolation<T>> violations, java.util.Locale language) {
        Texts texts = Texts.in(language);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                v -> texts.of(ParameterValidation.invalid(Set.of(v)).errors().get(0)), (a, b) -> a));
    }
}
