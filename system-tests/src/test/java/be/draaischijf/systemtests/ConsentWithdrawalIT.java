package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.JSON;
import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static be.draaischijf.systemtests.ReferralApiIT.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Consent that can change, over the API (issue 16, ADR 0041): a case shared with De Passage on consent; the young person
 * withdraws it ({@code POST /api/referrals/{id}/consent}); De Passage's {@code GET /api/offer-referrals/{id}} no longer
 * holds the young person's name, age (so no birth year), school situation or question, only the reference and status;
 * a new referral to another partner's offer is refused until another legal ground is recorded, then accepted. And a
 * child under 12 cannot consent for themselves, at the intake or after it. Runs on both databases.
 */
class ConsentWithdrawalIT {

    /** Jongenstehuis Don Bosco's "Kamertraining" in the demo directory (its partner account no other test uses). */
    static final String DON_BOSCO_OFFER = "002f2b64-03ae-5e95-a43a-c32c9629adef";
    static final String QUESTION = "Spijbelt sinds enkele weken, de school vreest uitval.";

    @Test
    void aWithdrawalHidesTheYoungPersonFromThePartnerAndANewReferralWaitsForAnotherLegalGround() {
        String firstName = ReferralApiIT.uniqueFirstName();
        ReferralApiIT.Referred referred = ReferralApiIT.referredToDePassage(firstName);
        String caseId = referred.caseId();
        String reference = referred.reference();
        String sent = referred.offerReferralId();

        // shared on consent: De Passage reads who the young person is
        JsonObject before = partnerView(sent, "partner.depassage");
        assertThat(before.getString("youngFirstName")).isEqualTo(firstName);
        assertThat(before.getInt("age")).isEqualTo(15);
        assertThat(before.getString("question")).isEqualTo(QUESTION);
        assertThat(before.getBoolean("detailsWithheld")).isFalse();

        // the young person (15) withdraws consent, by phone, today
        String today = LocalDate.now().toString();
        JsonObject withdrawn = ReferralApiIT.post("/api/referrals/" + caseId + "/consent", consent(referred.version(),
                "YOUNG_PERSON", false, today, "BY_PHONE"), "coordinator", 200);
        assertThat(withdrawn.getJsonObject("consentWithdrawn").getString("by")).isEqualTo("YOUNG_PERSON");
        assertThat(withdrawn.getJsonObject("consentWithdrawn").getString("on")).isEqualTo(today);
        assertThat(withdrawn.getJsonObject("intake").getBoolean("consentYoungPerson")).isFalse();
        assertThat(withdrawn.getJsonObject("intake").getBoolean("consentParent")).isFalse();
        assertThat(withdrawn.containsKey("sharingGround") && !withdrawn.isNull("sharingGround")).as("consent is no ground now")
                .isFalse();
        JsonObject entry = withdrawn.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("CONSENT")).findFirst().orElseThrow();
        assertThat(entry.getJsonObject("message").getString("key")).isEqualTo("event.consent.withdrawn");
        assertThat(entry.getJsonObject("message").getJsonArray("values").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("type") + ":" + v.getString("value"))
                .containsExactly("CONSENT_GIVER:YOUNG_PERSON", "DATE:" + today, "CONSENT_METHOD:BY_PHONE");

        // De Passage keeps the reference and the status, nothing that says who the young person is
        HttpResponse<String> after = Http.get("/api/offer-referrals/" + sent, "partner.depassage", PW);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        JsonObject hidden = Http.json(after).asJsonObject();
        assertThat(hidden.getBoolean("detailsWithheld")).isTrue();
        assertThat(hidden.getString("withheldBecause")).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(hidden.getJsonObject("referral").getString("caseReference")).isEqualTo(reference);
        assertThat(hidden.getJsonObject("referral").getString("status")).isEqualTo("PROPOSED");
        for (String field : List.of("youngFirstName", "youngLastName", "age", "district", "schoolStatus", "question",
                "referrer")) {
            assertThat(!hidden.containsKey(field) || hidden.isNull(field)).as(field + " in " + after.body()).isTrue();
        }
        assertThat(after.body()).doesNotContain(firstName).doesNotContain("Voorbeeld").doesNotContain(QUESTION)
                .doesNotContain("AT_RISK").doesNotContain("Testschool").doesNotContain("professional@example.org")
                .doesNotContain("youngBirthDate");
        HttpResponse<String> list = Http.get("/api/offer-referrals?size=500", "partner.depassage", PW);
        assertThat(Http.json(list).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonObject("referral").getString("id").equals(sent)).findFirst().orElseThrow()
                .getBoolean("detailsWithheld")).as("the list says the same").isTrue();
        assertThat(list.body()).doesNotContain(firstName);

        // nothing more is shared on consent: a referral to another partner is refused ...
        int now = ReferralApiIT.detail(caseId, "coordinator").getInt("version");
        HttpResponse<String> refused = Http.post("/api/referrals/" + caseId + "/offer-referrals", JSON, Json.createObjectBuilder()
                .add("version", now).add("offerId", DON_BOSCO_OFFER).build().toString(), "coordinator", PW);
        assertProblem(refused, 409);
        assertThat(Http.json(refused).asJsonObject().getString("reason")).isEqualTo("NO_LEGAL_GROUND");
        assertThat(Http.get("/api/offer-referrals?size=500", "partner.donbosco", PW).body()).doesNotContain(reference);

        // ... until another legal ground is recorded (as such, on the timeline); then it goes
        JsonObject grounded = ReferralApiIT.post("/api/referrals/" + caseId + "/sharing-ground", Json.createObjectBuilder()
                .add("version", now).add("ground", "SHARED_PROFESSIONAL_SECRECY"), "coordinator", 200);
        assertThat(grounded.getString("sharingGround")).isEqualTo("SHARED_PROFESSIONAL_SECRECY");
        JsonObject again = ReferralApiIT.post("/api/referrals/" + caseId + "/offer-referrals", Json.createObjectBuilder()
                .add("version", grounded.getInt("version")).add("offerId", DON_BOSCO_OFFER), "coordinator", 201);
        String toDonBosco = again.getJsonArray("offerReferrals").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("offerId").equals(DON_BOSCO_OFFER)).findFirst().orElseThrow().getString("id");
        JsonObject onSecrecy = partnerView(toDonBosco, "partner.donbosco");
        assertThat(onSecrecy.getBoolean("detailsWithheld")).isFalse();
        assertThat(onSecrecy.getString("youngFirstName")).isEqualTo(firstName);
        assertThat(!onSecrecy.containsKey("referrer") || onSecrecy.isNull("referrer"))
                .as("shared professional secrecy does not cover who asked").isTrue();
        assertThat(partnerView(sent, "partner.depassage").getBoolean("detailsWithheld"))
                .as("what De Passage had through consent stays withheld").isTrue();
    }

    @Test
    void aChildUnder12CannotConsentForThemselvesAtTheIntakeOrAfterItAParentCan() {
        LocalDate born = LocalDate.now().minusYears(8).minusDays(20);
        String yesterday = LocalDate.now().minusDays(1).toString();
        JsonObjectBuilder ownYes = ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), false)
                .add("youngBirthDate", born.toString())
                .add("consentYoungPerson", true).add("consentDate", yesterday).add("consentMethod", "IN_PERSON");
        HttpResponse<String> intake = Http.post("/api/referrals", JSON, ownYes.build().toString(), "professional", PW);
        assertProblem(intake, 400);
        assertThat(fieldsOf(intake)).containsExactly("consentYoungPersonAllowed");
        assertThat(intake.body()).contains("onder de 12 jaar");

        String caseId = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), false)
                .add("youngBirthDate", born.toString())).getString("id");
        int version = ReferralApiIT.detail(caseId, "coordinator").getInt("version");
        HttpResponse<String> child = Http.post("/api/referrals/" + caseId + "/consent", JSON,
                consent(version, "YOUNG_PERSON", true, yesterday, "IN_PERSON").build().toString(), "coordinator", PW);
        assertProblem(child, 400);
        assertThat(fieldsOf(child)).containsExactly("by");
        HttpResponse<String> english = Http.post("/api/referrals/" + caseId + "/consent", JSON,
                consent(version, "YOUNG_PERSON", true, yesterday, "IN_PERSON").build().toString(), "coordinator", PW, "en");
        assertThat(english.body()).contains("under 12");
        HttpResponse<String> incomplete = Http.post("/api/referrals/" + caseId + "/consent", JSON,
                Json.createObjectBuilder().add("version", version).add("by", "PARENT").build().toString(), "coordinator", PW);
        assertProblem(incomplete, 400);
        assertThat(fieldsOf(incomplete)).containsExactlyInAnyOrder("given", "on", "method");

        JsonObject parent = ReferralApiIT.post("/api/referrals/" + caseId + "/consent",
                consent(version, "PARENT", true, yesterday, "IN_WRITING"), "coordinator", 200);
        assertThat(parent.getJsonObject("intake").getBoolean("consentParent")).isTrue();
        assertThat(parent.getString("sharingGround")).isEqualTo("CONSENT");
        assertProblem(Http.post("/api/referrals/" + caseId + "/consent", JSON,
                consent(parent.getInt("version"), "PARENT", true, yesterday, "IN_WRITING").build().toString(),
                "professional", PW), 403);
    }

    private static JsonObjectBuilder consent(int version, String by, boolean given, String on, String method) {
        return Json.createObjectBuilder().add("version", version).add("by", by).add("given", given).add("on", on)
                .add("method", method);
    }

    private static JsonObject partnerView(String offerReferral, String partner) {
        HttpResponse<String> response = Http.get("/api/offer-referrals/" + offerReferral, partner, PW);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonObject();
    }
}
