package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.training.api.RegistrationForm;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module's refusal over REST: its status by kind, its text from the key in the caller's language (Dutch without
 * Accept-Language, English for English), the fields named as the request names them.
 */
class RefusalMapperTest {

    private final RefusalMapper mapper = new RefusalMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
        // the 500 case logs a stack trace on purpose; keep the build output readable
        Logger.getLogger(UnexpectedErrorMapper.class.getName()).setLevel(Level.OFF);
    }

    RefusalMapperTest() {
        mapper.uri = Stubs.uri("sessions/6f1c2e0a-0000-4000-8000-000000000001/registrations");
    }

    @Test
    void anInvalidRegistrationNamesTheRequestsFieldsInDutchByDefault() {
        Response response = mapper.toResponse(invalid());

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject problem = Stubs.problem(response);
        assertThat(problem.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(errors(problem)).containsExactly(
                "consent: je moet akkoord gaan met de privacyverklaring om in te schrijven",
                "email: is geen geldig e-mailadres",
                "firstName: mag hoogstens 200 tekens lang zijn");
    }

    @Test
    void theSameProblemInEnglishForACallerWhoAsksForEnglish() {
        mapper.headers = languages(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("nl"));

        JsonObject problem = Stubs.problem(mapper.toResponse(invalid()));

        assertThat(problem.getString("title")).isEqualTo("Invalid input");
        assertThat(problem.getString("detail")).isEqualTo("One or more fields are not filled in correctly.");
        assertThat(errors(problem)).containsExactly(
                "consent: you must agree to the privacy notice to register",
                "email: is not a valid e-mail address",
                "firstName: may be at most 200 characters long");
    }

    @Test
    void aLanguageThatIsNeitherGetsDutch() {
        mapper.headers = languages(Locale.FRENCH, Locale.GERMAN);

        assertThat(Stubs.problem(mapper.toResponse(new NotFound("training.session.unknown"))).getString("title"))
                .isEqualTo("Niet gevonden");
    }

    @Test
    void aNestedFieldIsNamedByItsLastProperty() {
        JsonObject problem = Stubs.problem(mapper.toResponse(new Invalid(FieldError.of("contacts.email", "draaischijf.email"),
                FieldError.of("themes", "training.theme.code"))));

        assertThat(errors(problem)).containsExactly("email: is geen geldig e-mailadres", "themes: is geen geldige themacode");
    }

    @Test
    void aClosedRegistrationSaysWhyWithItsReasonAndADate() {
        JsonObject problem = Stubs.problem(mapper.toResponse(NotAllowedNow.because("NOT_OPEN_YET",
                "training.registration.not-open-yet", java.time.LocalDateTime.of(2026, 3, 2, 9, 30))));

        assertThat(problem.getInt("status")).isEqualTo(409);
        assertThat(problem.getString("title")).isEqualTo("Inschrijvingen gesloten");
        assertThat(problem.getString("reason")).isEqualTo("NOT_OPEN_YET");
        assertThat(problem.getString("detail")).isEqualTo("De inschrijvingen openen op 2 maart 2026 om 09:30.");
    }

    @Test
    void busyIsA503WithRetryAfterFiveSecondsAndADutchProblem() {
        Response response = mapper.toResponse(new Busy("training.session.busy"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        JsonObject problem = Stubs.problem(response);
        assertThat(problem.getString("title")).isEqualTo("Even te druk");
        assertThat(problem.getString("detail")).contains("niets bewaard").contains("seconden opnieuw");
        assertThat(problem.getString("instance")).endsWith("/registrations");
    }

    @Test
    void aRefusalTheContainerWrappedIsAnsweredTheSameAndAnythingElseIsA500WithAnId() {
        UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();
        unexpected.uri = mapper.uri;

        Response busy = unexpected.toResponse(new EJBException(new Busy("training.session.busy")));
        Response broken = unexpected.toResponse(new EJBException(new PersistenceException("disk full")));

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(broken.getStatus()).isEqualTo(500);
        assertThat(broken.getHeaderString("Retry-After")).isNull();
        assertThat(Stubs.problem(broken).getString("detail")).containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }

    @Test
    void everyFieldOfTheModulesRegistrationFormIsNamedAsTheRequestHasIt() {
        List<String> request = Arrays.stream(RegistrationRequest.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();

        for (RecordComponent component : RegistrationForm.class.getRecordComponents()) {
            assertThat(request).as("the request's name for %s", component.getName())
                    .contains(RefusalMapper.requestField(component.getName()));
        }
    }

    private static Invalid invalid() {
        return new Invalid(FieldError.of("privacyConsent", "training.consent.register"),
                FieldError.of("email", "draaischijf.email"),
                new FieldError("firstName", "draaischijf.size.max", Map.of("max", 200, "min", 0)));
    }

    private static HttpHeaders languages(Locale... locales) {
        return Stubs.stub(HttpHeaders.class, Map.of("getAcceptableLanguages", args -> List.of(locales)));
    }

    private static List<String> errors(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ": " + error.getString("message")).toList();
    }
}
