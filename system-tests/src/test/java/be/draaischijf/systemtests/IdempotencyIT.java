package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that lost its connection sends the same POST again with the same Idempotency-Key (ADR 0049): the intake
 * and the registration are done once, the retry gets the first answer again (marked Idempotent-Replayed) and nobody
 * gets a second mail; the key with another body is a 422, a key that is no key a 400 naming the header.
 */
class IdempotencyIT {

    static final String JSON = "application/json";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRegistrationSentTwiceWithOneKeyIsOneRegistrationWithOneMailAndTheSameAnswer() {
        JsonObject session = TrainingApiIT.publishedSession("Idempotency", 10);
        String id = session.getString("id");
        String path = "/api/sessions/" + id + "/registrations";
        String email = TrainingApiIT.unique("opnieuw");
        String body = TrainingApiIT.registration(email).toString();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(path, body, key, null);
        HttpResponse<String> again = post(path, body, key, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(Http.json(again)).as("the same answer").isEqualTo(Http.json(first));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(TrainingApiIT.participants(id, null).headers().firstValue("X-Total-Count")).as("one registration").hasValue("1");
        // the link in the answer works (the same in both)
        String token = Http.json(again).asJsonObject().getString("cancelToken");
        assertThat(Http.json(Http.get("/api/registrations/" + token)).asJsonObject().getString("status")).isEqualTo("CONFIRMED");

        // one confirmation: after it and a later registration's mail, still one to this address
        TrainingApiIT.mailTo(email, "bevestigd");
        String later = TrainingApiIT.unique("later");
        assertThat(TrainingApiIT.register(id, TrainingApiIT.registration(later)).statusCode()).isEqualTo(201);
        TrainingApiIT.mailTo(later, "bevestigd");
        assertThat(TrainingApiIT.mailsTo(email)).as("no second mail").hasSize(1);

        // the same key with other details is refused and changes nothing
        String other = Json.createObjectBuilder(TrainingApiIT.registration(email)).add("remarks", "Ik kom met twee.").build()
                .toString();
        HttpResponse<String> reused = post(path, other, key, null);
        ReferralApiIT.assertProblem(reused, 422);
        assertThat(Http.json(reused).asJsonObject().getString("title")).isEqualTo("Sleutel al gebruikt");
        assertThat(TrainingApiIT.participants(id, null).headers().firstValue("X-Total-Count")).hasValue("2");

        // a key with a space is no key: a problem that names the header, nothing stored
        HttpResponse<String> bad = post(path, TrainingApiIT.registration(TrainingApiIT.unique("spatie")).toString(),
                "met spatie", null);
        ReferralApiIT.assertProblem(bad, 400);
        assertThat(Http.json(bad).asJsonObject().getString("detail")).startsWith("Idempotency-Key: ");
        assertThat(TrainingApiIT.participants(id, null).headers().firstValue("X-Total-Count")).hasValue("2");
    }

    @Test
    void anIntakeSentTwiceWithOneKeyIsOneCaseWithOneConfirmationAndTheSameAnswer() {
        long before = ownCases();
        String body = ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true).build().toString();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("/api/referrals", body, key, "professional");
        HttpResponse<String> again = post("/api/referrals", body, key, "professional");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(Http.json(again)).as("the same answer").isEqualTo(Http.json(first));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ownCases()).as("one case").isEqualTo(before + 1);

        // one confirmation: after it and a later question's confirmation, still one with this case's reference
        String reference = Http.json(first).asJsonObject().getString("reference");
        ReferralApiIT.awaitMail("confirming " + reference, mail -> TrainingApiIT.subject(mail).contains(reference + " is ontvangen"));
        String laterReference = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true))
                .getString("reference");
        ReferralApiIT.awaitMail("confirming " + laterReference,
                mail -> TrainingApiIT.subject(mail).contains(laterReference + " is ontvangen"));
        assertThat(Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                .filter(mail -> TrainingApiIT.subject(mail).contains(reference + " is ontvangen")))
                .as("no second confirmation").hasSize(1);

        // the same key with another question is refused and stores nothing
        String other = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body)).readObject())
                .add("question", "Een andere vraag over dezelfde jongere.").build().toString();
        HttpResponse<String> reused = post("/api/referrals", other, key, "professional");
        ReferralApiIT.assertProblem(reused, 422);
        assertThat(Http.json(reused).asJsonObject().getString("detail")).contains("Idempotency-Key");
        HttpResponse<String> reusedInEnglish = post("/api/referrals", other, key, "professional", "en");
        assertThat(Http.json(reusedInEnglish).asJsonObject().getString("title")).isEqualTo("Key already used");

        // a key of 256 characters is no key
        HttpResponse<String> bad = post("/api/referrals", body, "k".repeat(256), "professional");
        ReferralApiIT.assertProblem(bad, 400);
        assertThat(Http.json(bad).asJsonObject().getString("detail")).startsWith("Idempotency-Key: ");
        assertThat(ownCases()).as("the first case and the later question only").isEqualTo(before + 2);
    }

    @Test
    void theOpenApiDocumentDescribesTheHeaderTheReplayAndThe422OnBothOperations() {
        JsonObject paths = Http.json(Http.get("/openapi?format=JSON")).asJsonObject().getJsonObject("paths");
        for (String path : new String[] {"/api/referrals", "/api/sessions/{id}/registrations"}) {
            JsonObject post = paths.getJsonObject(path).getJsonObject("post");
            assertThat(post.getJsonArray("parameters").getValuesAs(JsonObject.class))
                    .as(path).filteredOn(parameter -> "Idempotency-Key".equals(parameter.getString("name", "")))
                    .singleElement().satisfies(parameter -> {
                        assertThat(parameter.getString("in")).isEqualTo("header");
                        assertThat(parameter.getJsonObject("schema").getString("type")).isEqualTo("string");
                    });
            JsonObject responses = post.getJsonObject("responses");
            assertThat(responses.keySet()).as(path).contains("201", "400", "422");
            JsonValue replayed = responses.getJsonObject("201").getJsonObject("headers").get("Idempotent-Replayed");
            assertThat(replayed.asJsonObject().getJsonObject("schema").getString("type")).as(path).isEqualTo("string");
        }
    }

    /** How many cases the demo professional submitted (their list's total). */
    private static long ownCases() {
        HttpResponse<String> mine = Http.get("/api/referrals?size=1", "professional", "demo");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return Long.parseLong(mine.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static HttpResponse<String> post(String path, String json, String key, String username) {
        return post(path, json, key, username, null);
    }

    /** A POST of JSON with this Idempotency-Key (as sent, not checked here), as this demo user or nobody. */
    private static HttpResponse<String> post(String path, String json, String key, String username, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", JSON).header("Content-Type", JSON)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
