package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.RequestKeyReused;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key header of the intake and the registration (ADR 0049): what is taken as a key, what is a 400
 * problem naming the header, the 422 for a key used for another request, and the mark on a replayed answer.
 */
class IdempotencyKeysTest {

    private final WebApplicationExceptionMapper badInput = new WebApplicationExceptionMapper();
    private final RefusalMapper refusals = new RefusalMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    IdempotencyKeysTest() {
        badInput.uri = Stubs.uri("referrals");
        refusals.uri = Stubs.uri("referrals");
    }

    @Test
    void withoutTheHeaderThereIsNoKeyAndVisibleAsciiUpTo255CharactersIsOne() {
        assertThat(IdempotencyKeys.of(null, 0)).isNull();
        assertThat(IdempotencyKeys.of("8e03978e-40d5-43e8-bc93-6894a57f9324", 1)).isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKeys.of("\"8e03978e\"", 1)).as("the draft's quoted form, quotes and all").isEqualTo("\"8e03978e\"");
        assertThat(IdempotencyKeys.of("k".repeat(255), 1)).hasSize(255);
        assertThat(IdempotencyKeys.of("x", 0)).as("a request stand-in without its headers").isEqualTo("x");
    }

    @Test
    void aKeyThatIsNoKeyIsA400ProblemThatNamesTheHeaderInTheCallersLanguage() {
        for (String bad : List.of("", "met spatie", "k".repeat(256), "sleutel-é", "tab\tkey")) {
            assertThatThrownBy(() -> IdempotencyKeys.of(bad, 1)).as(bad).isInstanceOfSatisfying(BadInput.class, e -> {
                Response response = badInput.toResponse(e);
                assertThat(response.getStatus()).isEqualTo(400);
                assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problems.MEDIA_TYPE);
                JsonObject problem = Stubs.problem(response);
                assertThat(problem.getString("title")).isEqualTo("Ongeldige aanvraag");
                assertThat(problem.getString("detail"))
                        .isEqualTo("Idempotency-Key: moet 1 tot 255 zichtbare ASCII-tekens zijn, zonder spaties (bijvoorbeeld een UUID)");
            });
        }
        badInput.headers = english();
        assertThatThrownBy(() -> IdempotencyKeys.of("met spatie", 1)).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(Stubs.problem(badInput.toResponse(e)).getString("detail"))
                        .isEqualTo("Idempotency-Key: must be 1 to 255 visible ASCII characters, without spaces (a UUID, for instance)"));
    }

    @Test
    void theHeaderTwiceIsA400ProblemEvenWhenBothCopiesAreKeys() {
        assertThatThrownBy(() -> IdempotencyKeys.of("a", 2)).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(Stubs.problem(badInput.toResponse(e)).getString("detail"))
                        .isEqualTo("Idempotency-Key: mag maar één keer in de aanvraag staan"));
    }

    @Test
    void aKeyUsedForAnotherRequestIsA422ProblemInDutchOrEnglish() {
        Response dutch = refusals.toResponse(new RequestKeyReused());

        assertThat(dutch.getStatus()).isEqualTo(422);
        assertThat(dutch.getHeaderString("Content-Type")).isEqualTo(Problems.MEDIA_TYPE);
        assertThat(Stubs.problem(dutch).getString("title")).isEqualTo("Sleutel al gebruikt");
        assertThat(Stubs.problem(dutch).getString("detail")).startsWith("Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.");
        assertThat(Stubs.problem(dutch).getInt("status")).isEqualTo(422);

        refusals.headers = english();
        JsonObject english = Stubs.problem(refusals.toResponse(new RequestKeyReused()));
        assertThat(english.getString("title")).isEqualTo("Key already used");
        assertThat(english.getString("detail")).startsWith("This Idempotency-Key was used before for another request.");
    }

    @Test
    void aReplayedAnswerSaysSoAndAFirstAnswerDoesNot() {
        Response replayed = IdempotencyKeys.marked(Response.status(201), true).build();
        Response first = IdempotencyKeys.marked(Response.status(201), false).build();

        assertThat(replayed.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaderString("Idempotent-Replayed")).isNull();
    }

    private static HttpHeaders english() {
        return Stubs.stub(HttpHeaders.class, Map.of("getAcceptableLanguages", args -> List.of(Locale.ENGLISH)));
    }
}
