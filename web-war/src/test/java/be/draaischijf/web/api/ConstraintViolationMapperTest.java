package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.RegistrationForm;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 400 names the fields as the caller sent them, not as the module's records call them. */
class ConstraintViolationMapperTest {

    private static final RegistrationForm FORM = new RegistrationForm("Sara", "Peeters", "sara@", null, "", null, null,
            false);

    private final ConstraintViolationMapper mapper = new ConstraintViolationMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    ConstraintViolationMapperTest() {
        mapper.uri = Stubs.uri("sessions/6f1c2e0a-0000-4000-8000-000000000001/registrations");
    }

    @Test
    void aRegistrationWithoutConsentNamesTheRequestsConsentField() {
        Response response = mapper.toResponse(violations(
                violation("register.form.privacyConsent", FORM, "je moet akkoord gaan met de privacyverklaring om in te schrijven"),
                violation("register.form.email", FORM, "is geen geldig e-mailadres")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(errors(response)).containsExactlyInAnyOrder(
                "consent: je moet akkoord gaan met de privacyverklaring om in te schrijven",
                "email: is geen geldig e-mailadres");
    }

    @Test
    void theSameWhenTheModulesViolationArrivesWrappedInAnEjbException() {
        UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();
        unexpected.uri = mapper.uri;
        unexpected.providers = Stubs.stub(Providers.class, Map.of("getExceptionMapper", args -> mapper));

        Response response = unexpected.toResponse(new EJBException(violations(
                violation("register.form.privacyConsent", FORM, "je moet akkoord gaan"))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("consent: je moet akkoord gaan");
    }

    @Test
    void aComponentCalledPrivacyConsentElsewhereKeepsItsName() {
        Response response = mapper.toResponse(violations(violation("save.settings.privacyConsent", "settings", "x")));

        assertThat(errors(response)).containsExactly("privacyConsent: x");
    }

    @Test
    void aBadElementOfASetOrListNamesTheSetOrList() {
        Response response = mapper.toResponse(violations(
                violation("create.draft.themes[].<iterable element>", "draft", "is geen geldige themacode"),
                violation("create.draft.dates[1].endsAt", "day", "kies een einduur"),
                violation("participants.offset", null, "mag niet negatief zijn")));

        assertThat(errors(response)).containsExactlyInAnyOrder("themes: is geen geldige themacode",
                "endsAt: kies een einduur", "offset: mag niet negatief zijn");
    }

    @Test
    void everyFieldOfTheModulesRegistrationFormIsNamedAsTheRequestHasIt() {
        List<String> request = Arrays.stream(RegistrationRequest.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();

        for (RecordComponent component : RegistrationForm.class.getRecordComponents()) {
            assertThat(request).as("the request's name for %s", component.getName())
                    .contains(RegistrationRequest.field(component.getName()));
        }
    }

    private static List<String> errors(Response response) {
        JsonObject problem = Stubs.problem(response);
        assertThat(problem.getString("title")).isEqualTo("Ongeldige invoer");
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ": " + error.getString("message")).toList();
    }

    @SafeVarargs
    private static ConstraintViolationException violations(ConstraintViolation<Object>... violations) {
        return new ConstraintViolationException(new LinkedHashSet<>(Arrays.asList(violations)));
    }

    @SuppressWarnings("unchecked")
    private static ConstraintViolation<Object> violation(String path, Object leaf, String message) {
        Path propertyPath = new Path() {
            @Override
            public Iterator<Node> iterator() {
                return Collections.emptyIterator();
            }

            @Override
            public String toString() {
                return path;
            }
        };
        return Stubs.stub(ConstraintViolation.class, Map.of(
                "getPropertyPath", args -> propertyPath,
                "getLeafBean", args -> leaf,
                "getMessage", args -> message));
    }
}
