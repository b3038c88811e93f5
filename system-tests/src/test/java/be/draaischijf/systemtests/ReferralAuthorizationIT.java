package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.DE_PASSAGE_OFFER;
import static be.draaischijf.systemtests.ReferralApiIT.JSON;
import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static be.draaischijf.systemtests.ReferralApiIT.detail;
import static be.draaischijf.systemtests.ReferralApiIT.ids;
import static be.draaischijf.systemtests.ReferralApiIT.intake;
import static be.draaischijf.systemtests.ReferralApiIT.submit;
import static be.draaischijf.systemtests.ReferralApiIT.toStatus;
import static be.draaischijf.systemtests.ReferralApiIT.uniqueFirstName;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Need to know over HTTP, for every role: anonymous callers see nothing, a professional only the cases they
 * submitted, partner staff only the referrals sent to their own organisation (also when guessing ids),
 * coordinators everything, administrators a case only after opening it with a written reason (ADR 0042, BreakGlassIT).
 */
class ReferralAuthorizationIT {

    static final String DE_PASSAGE = "afb52efb-14c4-5363-a7c0-c2314a06a26e";
    static final String EMMAUS = "e88f39c4-77ec-558a-87aa-9eaa11d3331b";

    @Test
    void anonymousCallersGet401FromEveryCaseWorkEndpoint() {
        String id = UUID.randomUUID().toString();
        for (String path : List.of("/api/referrals", "/api/referrals?status=NEW", "/api/referrals/" + id,
                "/api/referrals/" + id + "/audit", "/api/referrals/" + id + "/matches", "/api/referrals/not-an-id",
                "/api/offer-referrals", "/api/offer-referrals/" + id, "/api/conferences", "/api/conferences/" + id)) {
            assertUnauthenticated(Http.get(path), path);
        }
        for (String path : List.of("/api/referrals", "/api/referrals/" + id + "/status", "/api/referrals/" + id + "/assignment",
                "/api/referrals/" + id + "/notes", "/api/referrals/" + id + "/sharing-ground",
                "/api/referrals/" + id + "/offer-referrals", "/api/referrals/" + id + "/unmet-needs",
                "/api/referrals/" + id + "/links", "/api/referrals/" + id + "/conferences",
                "/api/referrals/" + id + "/break-glass", "/api/offer-referrals/" + id + "/answer")) {
            assertUnauthenticated(Http.post(path, JSON, intake(uniqueFirstName(), true).build().toString(), null, null), path);
        }
        assertUnauthenticated(Http.put("/api/conferences/" + id, "{}", null, null), "PUT /api/conferences/{id}");
    }

    @Test
    void anonymousVisitorsOfTheCasePagesAreSentToTheLoginPage() {
        for (String path : new String[] {"/meldpunt/dossiers", "/aanmelden", "/aanmelden.xhtml", "/mijn/aanmeldingen",
                "/partner/doorverwijzingen", "/meldpunt/overleg"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).get().asString().contains("/login?next=");
            assertThat(response.body()).as(path).doesNotContain("DS-2026");
        }
    }

    @Test
    void aProfessionalSeesAndOpensOnlyTheCasesTheySubmittedAndChangesNone() {
        String firstName = uniqueFirstName();
        String id = submit("professional", intake(firstName, true)).getString("id");

        assertThat(ids(Http.json(Http.get("/api/referrals?size=500", "professional", PW)).asJsonArray())).contains(id);
        HttpResponse<String> others = Http.get("/api/referrals?size=500", "professional2", PW);
        assertThat(others.statusCode()).isEqualTo(200);
        assertThat(ids(Http.json(others).asJsonArray())).doesNotContain(id);
        assertThat(others.body()).doesNotContain(firstName);
        assertProblem(Http.get("/api/referrals/" + id, "professional2", PW), 404);
        // the audit log is for coordinators: refused for the role, whichever case (ADR 0014)
        assertProblem(Http.get("/api/referrals/" + id + "/audit", "professional2", PW), 403);

        // a demo case of someone else, with a known id: still out of reach
        String othersCase = caseIdOf("DS-2026-0003");
        assertProblem(Http.get("/api/referrals/" + othersCase, "professional", PW), 404);
        assertThat(ids(Http.json(Http.get("/api/referrals?size=500", "professional", PW)).asJsonArray())).doesNotContain(othersCase);

        // their own case they may read, not change (403: the role may not); another professional's case is out of
        // scope and answers as if it did not exist (404), except linking, which no professional may do at all (403)
        int version = detail(id, "professional").getInt("version");
        Map<String, String> changes = Map.of(
                "status", "{\"version\": " + version + ", \"to\": \"IN_ANALYSIS\"}",
                "assignment", "{\"version\": " + version + ", \"coordinator\": \"coordinator\"}",
                "notes", "{\"kind\": \"NOTE\", \"text\": \"zelf bijgeschreven\"}",
                "sharing-ground", "{\"version\": " + version + ", \"ground\": \"SHARED_PROFESSIONAL_SECRECY\"}",
                "offer-referrals", "{\"version\": " + version + ", \"offerId\": \"" + DE_PASSAGE_OFFER + "\"}",
                "links", "{\"other\": \"" + othersCase + "\"}",
                "conferences", "{\"version\": " + version + ", \"conference\": "
                        + ReferralApiIT.conference("x", false) + "}");
        changes.forEach((sub, body) -> {
            assertProblem(Http.post("/api/referrals/" + id + "/" + sub, JSON, body, "professional", PW), 403);
            assertProblem(Http.post("/api/referrals/" + id + "/" + sub, JSON, body, "professional2", PW),
                    sub.equals("links") ? 403 : 404);
        });
        assertProblem(Http.get("/api/referrals/" + id + "/audit", "professional", PW), 403);
        JsonObject unchanged = detail(id, "coordinator");
        assertThat(unchanged.getString("status")).isEqualTo("NEW");
        assertThat(unchanged.getInt("version")).isEqualTo(version);
        assertThat(unchanged.getJsonArray("offerReferrals")).isEmpty();

        // administrators read a case only after opening it with a written reason (ADR 0042); coordinators every case
        assertProblem(Http.get("/api/referrals/" + id, "admin", PW), 403);
        HttpResponse<String> opened = Http.post("/api/referrals/" + id + "/break-glass", JSON,
                "{\"reason\": \"Vraag van de betrokkene om inzage in het dossier\"}", "admin", PW);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Http.get("/api/referrals/" + id, "admin", PW).statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/referrals/" + othersCase, "coordinator2", PW).statusCode()).isEqualTo(200);
    }

    @Test
    void partnerStaffSeeOnlyTheReferralsSentToTheirOwnOrganisationEvenWhenGuessingIds() {
        String caseId = submit("coordinator", intake(uniqueFirstName(), true).add("channel", "EMAIL")).getString("id");
        JsonObject inAnalysis = toStatus(caseId, "IN_ANALYSIS");
        HttpResponse<String> referred = Http.post("/api/referrals/" + caseId + "/offer-referrals", JSON,
                Json.createObjectBuilder().add("version", inAnalysis.getInt("version")).add("offerId", DE_PASSAGE_OFFER)
                        .build().toString(), "coordinator", PW);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String referralId = Http.json(referred).asJsonObject().getJsonArray("offerReferrals").getJsonObject(0).getString("id");

        // the receiving organisation
        assertThat(Http.get("/api/offer-referrals/" + referralId, "partner.depassage", PW).statusCode()).isEqualTo(200);
        assertOnlyOwnOrganisation("partner.depassage", DE_PASSAGE, referralId, true);

        // another organisation: as if it did not exist, in the list, by id and when answering
        assertOnlyOwnOrganisation("partner.emmaus", EMMAUS, referralId, false);
        assertProblem(Http.get("/api/offer-referrals/" + referralId, "partner.emmaus", PW), 404);
        HttpResponse<String> foreignAnswer = Http.post("/api/offer-referrals/" + referralId + "/answer", JSON,
                "{\"version\": 0, \"to\": \"ACCEPTED\"}", "partner.emmaus", PW);
        assertProblem(foreignAnswer, 404);
        assertProblem(Http.get("/api/offer-referrals/" + UUID.randomUUID(), "partner.emmaus", PW), 404);
        assertProblem(Http.get("/api/offer-referrals/" + UUID.randomUUID(), "partner.depassage", PW), 404);

        // partner staff never reach the case itself
        for (String partner : new String[] {"partner.depassage", "partner.emmaus"}) {
            assertProblem(Http.get("/api/referrals/" + caseId, partner, PW), 404);
            assertProblem(Http.get("/api/referrals/" + caseId + "/audit", partner, PW), 403);
            assertProblem(Http.get("/api/referrals", partner, PW), 403);
            assertThat(Http.post("/api/referrals", JSON, intake(uniqueFirstName(), true).build().toString(), partner, PW)
                    .statusCode()).as(partner + " submitting").isEqualTo(403);
            // the case is out of a partner's scope: as if it did not exist
            assertProblem(Http.post("/api/referrals/" + caseId + "/status", JSON,
                    "{\"version\": " + inAnalysis.getInt("version") + ", \"to\": \"ADVICE\"}", partner, PW), 404);
        }

        // professionals do not answer for partners: a referral to an offer is out of their scope
        assertProblem(Http.get("/api/offer-referrals/" + referralId, "professional", PW), 404);
        assertProblem(Http.post("/api/offer-referrals/" + referralId + "/answer", JSON,
                "{\"version\": 0, \"to\": \"ACCEPTED\"}", "professional", PW), 404);
        assertThat(detail(caseId, "coordinator").getJsonArray("offerReferrals").getJsonObject(0).getString("status"))
                .isEqualTo("PROPOSED");
    }

    private static void assertOnlyOwnOrganisation(String partner, String organisationId, String referralId, boolean sees) {
        HttpResponse<String> list = Http.get("/api/offer-referrals?size=500", partner, PW);
        assertThat(list.statusCode()).isEqualTo(200);
        List<JsonObject> referrals = Http.json(list).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("referral")).toList();
        assertThat(referrals).allSatisfy(r -> assertThat(r.getString("organisationId")).isEqualTo(organisationId));
        if (sees) {
            assertThat(referrals).extracting(r -> r.getString("id")).contains(referralId);
        } else {
            assertThat(referrals).extracting(r -> r.getString("id")).doesNotContain(referralId);
        }
        assertThat(Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow())).isEqualTo(referrals.size());
    }

    private static String caseIdOf(String reference) {
        return Http.json(Http.get("/api/referrals?size=500&sort=REFERENCE", "coordinator", PW)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("reference").equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not on the workbench"))
                .getString("id");
    }

    private static void assertUnauthenticated(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.body()).as(what).doesNotContain("DS-2026").doesNotContain("Exception");
    }
}
