package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The case work over the REST API, as a script would do it: a professional's intake, a coordinator's triage,
 * the closed-loop referral to a partner offer, case conferences, and the problems for bad input.
 */
class ReferralApiIT {

    static final String DE_PASSAGE_OFFER = "b12275c6-cc91-5117-b09f-3aeeace9dc6b";
    static final String JSON = "application/json";
    static final String PW = "demo";

    private static final AtomicInteger YOUNG_PEOPLE = new AtomicInteger();

    @Test
    void aProfessionalsReferralIsTriagedReferredAndAcceptedByThePartnerOfThatOfferOnly() {
        int confirmationsBefore = mailsTo("professional@example.org");
        String firstName = uniqueFirstName();

        // the professional submits their question
        HttpResponse<String> submitted = Http.post("/api/referrals", JSON, intake(firstName, false).build().toString(),
                "professional", PW);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject summary = Http.json(submitted).asJsonObject();
        String id = summary.getString("id");
        String reference = summary.getString("reference");
        assertThat(summary.getString("status")).isEqualTo("NEW");
        assertThat(reference).startsWith("DS-");
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/api/referrals/" + id));
        assertThat(submitted.body()).as("a summary carries no name").doesNotContain(firstName);
        awaitMoreMailsTo("professional@example.org", confirmationsBefore);

        // they find it among their own referrals, and open it
        HttpResponse<String> mine = Http.get("/api/referrals?size=500", "professional", PW);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ids(Http.json(mine).asJsonArray())).contains(id);
        assertThat(Long.parseLong(mine.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(Http.json(mine).asJsonArray().size());
        JsonObject own = detail(id, "professional");
        assertThat(own.getJsonObject("intake").getString("youngFirstName")).isEqualTo(firstName);
        assertThat(own.getJsonArray("timeline")).as("professionals get no timeline").isEmpty();

        // the coordinator sees it on the workbench and takes it into analysis
        HttpResponse<String> workbench = Http.get("/api/referrals?sort=RECEIVED&asc=false&size=100", "coordinator", PW);
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(ids(Http.json(workbench).asJsonArray())).contains(id);
        assertThat(workbench.headers().firstValue("X-Total-Count")).isPresent();
        JsonObject news = Http.json(Http.get("/api/referrals?status=NEW&district=KIEL&size=500", "coordinator", PW)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(news.getString("ageBand")).isEqualTo("FROM_12_TO_15");
        // a search by name (any case) or by reference finds it, with the young person's name on the workbench
        JsonArray byName = Http.json(Http.get("/api/referrals?q=" + firstName.toLowerCase(Locale.ROOT), "coordinator", PW))
                .asJsonArray();
        assertThat(ids(byName)).containsExactly(id);
        assertThat(byName.getJsonObject(0).getString("youngFirstName")).isEqualTo(firstName);
        assertThat(ids(Http.json(Http.get("/api/referrals?q=" + reference.toLowerCase(Locale.ROOT), "coordinator", PW))
                .asJsonArray())).containsExactly(id);
        JsonObject read = detail(id, "coordinator");
        assertThat(strings(read.getJsonArray("next"))).containsExactly("IN_ANALYSIS");
        JsonObject inAnalysis = post("/api/referrals/" + id + "/status",
                Json.createObjectBuilder().add("version", read.getInt("version")).add("to", "IN_ANALYSIS")
                        .add("note", "Eerste gesprek met de leerlingbegeleider"), "coordinator", 200);
        assertThat(inAnalysis.getString("status")).isEqualTo("IN_ANALYSIS");
        assertThat(inAnalysis.getInt("version")).isGreaterThan(read.getInt("version"));

        // a transition the case work does not allow, and a stale version, are conflicts; nothing changes
        HttpResponse<String> closing = Http.post("/api/referrals/" + id + "/status", JSON,
                Json.createObjectBuilder().add("version", inAnalysis.getInt("version")).add("to", "CLOSED")
                        .add("outcome", "BACK_IN_SCHOOL").build().toString(), "coordinator", PW);
        assertProblem(closing, 409);
        assertThat(Http.json(closing).asJsonObject().getString("detail")).as("statuses in words")
                .contains("„in analyse”").contains("„afgesloten”").doesNotContain("IN_ANALYSIS");
        HttpResponse<String> stale = Http.post("/api/referrals/" + id + "/status", JSON,
                Json.createObjectBuilder().add("version", read.getInt("version")).add("to", "ADVICE").build().toString(),
                "coordinator2", PW);
        assertProblem(stale, 409);
        assertThat(Http.json(stale).asJsonObject().getString("title")).isEqualTo("Conflict");
        assertThat(detail(id, "coordinator").getString("status")).isEqualTo("IN_ANALYSIS");

        // without consent nothing is shared with a partner
        int partnerMailsBefore = mailsTo("partner.depassage@example.org");
        HttpResponse<String> refused = Http.post("/api/referrals/" + id + "/offer-referrals", JSON,
                Json.createObjectBuilder().add("version", inAnalysis.getInt("version")).add("offerId", DE_PASSAGE_OFFER)
                        .build().toString(), "coordinator", PW);
        assertProblem(refused, 409);
        assertThat(Http.json(refused).asJsonObject().getString("title")).isEqualTo("Delen niet toegestaan");
        assertThat(Http.json(refused).asJsonObject().getString("detail")).contains("toestemming");
        assertThat(detail(id, "coordinator").getJsonArray("offerReferrals")).isEmpty();

        // with a recorded legal ground it is, and the partner is told by e-mail
        JsonObject grounded = post("/api/referrals/" + id + "/sharing-ground",
                Json.createObjectBuilder().add("version", inAnalysis.getInt("version")).add("ground", "SHARED_PROFESSIONAL_SECRECY"),
                "coordinator", 200);
        assertThat(grounded.getString("sharingGround")).isEqualTo("SHARED_PROFESSIONAL_SECRECY");
        HttpResponse<String> referred = Http.post("/api/referrals/" + id + "/offer-referrals", JSON,
                Json.createObjectBuilder().add("version", grounded.getInt("version")).add("offerId", DE_PASSAGE_OFFER)
                        .build().toString(), "coordinator", PW);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        JsonObject afterReferral = Http.json(referred).asJsonObject();
        assertThat(afterReferral.getString("status")).isEqualTo("REFERRED");
        JsonObject offerReferral = afterReferral.getJsonArray("offerReferrals").getJsonObject(0);
        String referralId = offerReferral.getString("id");
        assertThat(offerReferral.getString("status")).isEqualTo("PROPOSED");
        assertThat(offerReferral.getString("offerId")).isEqualTo(DE_PASSAGE_OFFER);
        assertThat(referred.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/api/offer-referrals/" + referralId));
        awaitMoreMailsTo("partner.depassage@example.org", partnerMailsBefore);

        // the partner of that offer's organisation sees it, with only what they need
        HttpResponse<String> inbox = Http.get("/api/offer-referrals?size=500", "partner.depassage", PW);
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(Http.json(inbox).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonObject("referral").getString("id")).contains(referralId);
        assertThat(inbox.headers().firstValue("X-Total-Count")).isPresent();
        HttpResponse<String> opened = Http.get("/api/offer-referrals/" + referralId, "partner.depassage", PW);
        assertThat(opened.statusCode()).isEqualTo(200);
        JsonObject view = Http.json(opened).asJsonObject();
        assertThat(view.getString("youngFirstName")).isEqualTo(firstName);
        assertThat(view.getInt("age")).isEqualTo(15);
        assertThat(opened.body()).as("no birth date, no referrer details")
                .doesNotContain("youngBirthDate").doesNotContain(birthDate().toString())
                .doesNotContain("professional@example.org").doesNotContain("referrerPhone");

        // declining needs a reason; a stale answer is a conflict; accepting works
        int version = view.getJsonObject("referral").getInt("version");
        HttpResponse<String> noReason = Http.post("/api/offer-referrals/" + referralId + "/answer", JSON,
                Json.createObjectBuilder().add("version", version).add("to", "DECLINED").build().toString(),
                "partner.depassage", PW);
        assertProblem(noReason, 400);
        assertThat(fieldsOf(noReason)).containsExactly("reason");
        HttpResponse<String> staleAnswer = Http.post("/api/offer-referrals/" + referralId + "/answer", JSON,
                Json.createObjectBuilder().add("version", version + 7).add("to", "ACCEPTED").build().toString(),
                "partner.depassage", PW);
        assertProblem(staleAnswer, 409);
        HttpResponse<String> accepted = Http.post("/api/offer-referrals/" + referralId + "/answer", JSON,
                Json.createObjectBuilder().add("version", version).add("to", "ACCEPTED")
                        .add("note", "Intake gepland volgende week").build().toString(), "partner.depassage", PW);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.json(accepted).asJsonObject().getJsonObject("referral").getString("status")).isEqualTo("ACCEPTED");

        // the professional follows the progress of their own referral
        JsonObject progress = detail(id, "professional");
        assertThat(progress.getString("status")).isEqualTo("REFERRED");
        assertThat(progress.getJsonArray("offerReferrals").getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");

        // every read is in the audit log, with who read it
        HttpResponse<String> audit = Http.get("/api/referrals/" + id + "/audit", "coordinator", PW);
        assertThat(audit.statusCode()).isEqualTo(200);
        List<JsonObject> entries = Http.json(audit).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo("coordinator");
            assertThat(entry.getString("action").toUpperCase(Locale.ROOT)).contains("READ");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo("professional");
            assertThat(entry.getString("action").toUpperCase(Locale.ROOT)).contains("READ");
        });
    }

    @Test
    void aReferralWithConsentIsSharedWithoutALegalGroundAndTheWorkbenchFiltersByCoordinator() {
        String id = submit("professional2", intake(uniqueFirstName(), true)).getString("id");
        JsonObject inAnalysis = toStatus(id, "IN_ANALYSIS");
        JsonObject assigned = post("/api/referrals/" + id + "/assignment", Json.createObjectBuilder()
                .add("version", inAnalysis.getInt("version")).add("coordinator", "coordinator2")
                .add("followUpOn", LocalDate.now().plusDays(14).toString()), "coordinator", 200);
        assertThat(assigned.getString("coordinator")).isEqualTo("coordinator2");
        assertThat(assigned.getString("followUpOn")).isEqualTo(LocalDate.now().plusDays(14).toString());

        assertThat(ids(Http.json(Http.get("/api/referrals?coordinator=me&size=500", "coordinator2", PW)).asJsonArray()))
                .contains(id);
        assertThat(ids(Http.json(Http.get("/api/referrals?coordinator=coordinator2&open=true&size=500", "coordinator", PW))
                .asJsonArray())).contains(id);
        assertThat(ids(Http.json(Http.get("/api/referrals?coordinator=me&size=500", "coordinator", PW)).asJsonArray()))
                .doesNotContain(id);

        HttpResponse<String> referred = Http.post("/api/referrals/" + id + "/offer-referrals", JSON,
                Json.createObjectBuilder().add("version", assigned.getInt("version")).add("offerId", DE_PASSAGE_OFFER)
                        .build().toString(), "coordinator2", PW);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        assertThat(Http.json(referred).asJsonObject().getString("status")).isEqualTo("REFERRED");
    }

    @Test
    void coordinatorsKeepATimelineSeeRankedOffersRecordUnmetNeedsAndLinkDuplicates() {
        String firstName = uniqueFirstName();
        String first = submit("professional", intake(firstName, true)).getString("id");
        String second = submit("coordinator", intake(firstName, true).add("channel", "PHONE")).getString("id");

        JsonObject noted = post("/api/referrals/" + second + "/notes",
                Json.createObjectBuilder().add("kind", "CALL").add("text", "Moeder gebeld: afspraak op school"), "coordinator", 200);
        assertThat(noted.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> {
                    assertThat(entry.getString("kind")).isEqualTo("CALL");
                    assertThat(entry.getString("text")).contains("afspraak op school");
                });

        JsonObject duplicate = detail(second, "coordinator");
        assertThat(ids(duplicate.getJsonArray("possibleDuplicates"))).as("same name and birth date").contains(first);
        JsonObject linked = post("/api/referrals/" + second + "/links", Json.createObjectBuilder().add("other", first),
                "coordinator", 200);
        assertThat(strings(linked.getJsonArray("linkedCases"))).contains(first);
        assertThat(strings(detail(first, "coordinator").getJsonArray("linkedCases"))).contains(second);

        HttpResponse<String> matches = Http.get("/api/referrals/" + first + "/matches", "coordinator", PW);
        assertThat(matches.statusCode()).as(matches.body()).isEqualTo(200);
        assertThat(Http.json(matches).asJsonArray().getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(match -> assertThat(match.getJsonArray("reasons")).isNotEmpty());
        assertThat(Http.get("/api/referrals/" + first + "/matches", "professional", PW).statusCode()).isEqualTo(403);

        JsonObject inAnalysis = toStatus(first, "IN_ANALYSIS");
        JsonObject unmet = post("/api/referrals/" + first + "/unmet-needs", Json.createObjectBuilder()
                .add("version", inAnalysis.getInt("version"))
                .add("need", Json.createObjectBuilder().add("problemArea", "HOUSING").add("ageBand", "FROM_12_TO_15")
                        .add("district", "KIEL").add("reason", "WAITING_TOO_LONG").add("waitingWeeks", 12)
                        .add("note", "Geen plaats voor 12 weken")), "coordinator", 200);
        assertThat(unmet.getString("status")).isEqualTo("UNMET_NEED");
        assertThat(unmet.getJsonArray("unmetNeeds").getJsonObject(0).getInt("waitingWeeks")).isEqualTo(12);

        HttpResponse<String> badNeed = Http.post("/api/referrals/" + first + "/unmet-needs", JSON, Json.createObjectBuilder()
                .add("version", unmet.getInt("version"))
                .add("need", Json.createObjectBuilder().add("problemArea", "HOUSING").add("ageBand", "FROM_12_TO_15")
                        .add("reason", "WAITING_TOO_LONG").add("waitingWeeks", -3)).build().toString(), "coordinator", PW);
        assertProblem(badNeed, 400);
        assertThat(Http.json(badNeed).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("waitingWeeks");
    }

    @Test
    void aCaseConferenceIsSeenByItsParticipantsOnlyAndWrittenUpWithOptimisticLocking() {
        String id = submit("professional", intake(uniqueFirstName(), false)).getString("id");
        JsonObject inAnalysis = toStatus(id, "IN_ANALYSIS");

        HttpResponse<String> planned = Http.post("/api/referrals/" + id + "/conferences", JSON, Json.createObjectBuilder()
                .add("version", inAnalysis.getInt("version"))
                .add("conference", conference("Gesprek plannen", false)).build().toString(), "coordinator", PW);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        JsonObject conference = Http.json(planned).asJsonObject();
        String conferenceId = conference.getString("id");
        assertThat(conference.getString("caseId")).isEqualTo(id);
        assertThat(planned.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/api/conferences/" + conferenceId));
        assertThat(detail(id, "coordinator").getString("status")).isEqualTo("CASE_CONFERENCE");

        // a participant with an account sees this conference, and nothing else of the case
        HttpResponse<String> participant = Http.get("/api/conferences/" + conferenceId, "partner.emmaus", PW);
        assertThat(participant.statusCode()).as(participant.body()).isEqualTo(200);
        assertThat(Http.json(Http.get("/api/conferences", "partner.emmaus", PW)).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(conferenceId);
        assertThat(Http.get("/api/referrals/" + id, "partner.emmaus", PW).statusCode()).isEqualTo(404);
        assertThat(Http.get("/api/conferences/" + conferenceId, "partner.depassage", PW).statusCode()).isEqualTo(404);
        assertThat(Http.get("/api/conferences/" + UUID.randomUUID(), "coordinator", PW).statusCode()).isEqualTo(404);

        // the coordinator writes it up; a second edit from the old version is a conflict
        int version = conference.getInt("version");
        HttpResponse<String> written = Http.put("/api/conferences/" + conferenceId, Json.createObjectBuilder()
                .add("version", version).add("conference", conference("Gesprek gevoerd", true)).build().toString(),
                "coordinator", PW);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        JsonObject update = Http.json(written).asJsonObject();
        assertThat(update.getJsonObject("conference").getString("minutes")).contains("Gesprek gevoerd");
        assertThat(update.getJsonObject("conference").getJsonArray("actions")).hasSize(1);
        HttpResponse<String> stale = Http.put("/api/conferences/" + conferenceId, Json.createObjectBuilder()
                .add("version", version).add("conference", conference("Iets anders", true)).build().toString(),
                "coordinator2", PW);
        assertProblem(stale, 409);
        assertThat(Http.put("/api/conferences/" + conferenceId, Json.createObjectBuilder()
                .add("version", update.getInt("version")).add("conference", conference("Door een partner", true)).build()
                .toString(), "partner.emmaus", PW).statusCode()).as("participants read, coordinators write").isEqualTo(403);

        HttpResponse<String> noParticipants = Http.post("/api/referrals/" + id + "/conferences", JSON,
                Json.createObjectBuilder().add("version", detail(id, "coordinator").getInt("version"))
                        .add("conference", Json.createObjectBuilder(conference("x", false))
                                .add("participants", Json.createArrayBuilder())).build().toString(), "coordinator", PW);
        assertProblem(noParticipants, 400);
        assertThat(Http.json(noParticipants).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("participants");
    }

    @Test
    void anIncompleteIntakeIsAProblemWithAnErrorPerField() {
        HttpResponse<String> empty = Http.post("/api/referrals", JSON, "{}", "professional", PW);
        assertProblem(empty, 400);
        assertThat(fieldsOf(empty)).contains("referrerName", "referrerEmail", "youngFirstName", "youngLastName",
                "youngBirthDate", "district", "schoolStatus", "question", "problemAreas");

        HttpResponse<String> unknownDistrict = Http.post("/api/referrals", JSON,
                intake(uniqueFirstName(), true).add("district", "MARS").build().toString(), "professional", PW);
        assertProblem(unknownDistrict, 400);
        assertThat(fieldsOf(unknownDistrict)).containsExactly("district");

        HttpResponse<String> unborn = Http.post("/api/referrals", JSON,
                intake(uniqueFirstName(), true).add("youngBirthDate", LocalDate.now().plusYears(1).toString()).build().toString(),
                "professional", PW);
        assertProblem(unborn, 400);
        assertThat(fieldsOf(unborn)).contains("youngBirthDate");

        HttpResponse<String> halfConsent = Http.post("/api/referrals", JSON,
                intake(uniqueFirstName(), false).add("consentParent", true).build().toString(), "professional", PW);
        assertProblem(halfConsent, 400);
        assertThat(Http.json(halfConsent).asJsonObject().getJsonArray("errors")).isNotEmpty();

        for (String body : new String[] {"", "{\"youngFirstName\": ", "[1, 2]",
                intake(uniqueFirstName(), true).add("schoolStatus", "SOMETIMES").build().toString(),
                intake(uniqueFirstName(), true).add("youngBirthDate", "31/12/2010").build().toString()}) {
            HttpResponse<String> response = Http.post("/api/referrals", JSON, body, "professional", PW);
            assertProblem(response, 400);
        }
        assertThat(Http.post("/api/referrals", "text/plain", "hallo", "professional", PW).statusCode()).isEqualTo(415);
    }

    @Test
    void badQueryParametersAndBodiesAreProblemsNamingTheParameter() {
        HttpResponse<String> status = Http.get("/api/referrals?status=NOPE", "coordinator", PW);
        assertProblem(status, 400);
        assertThat(Http.json(status).asJsonObject().getString("detail")).startsWith("status:");
        for (String query : new String[] {"urgency=SOON", "ageBand=OLD", "sort=NAME", "overdue=ja", "asc=1", "offset=x",
                "size=veel"}) {
            HttpResponse<String> response = Http.get("/api/referrals?" + query, "coordinator", PW);
            assertProblem(response, 400);
            assertThat(Http.json(response).asJsonObject().getString("detail")).as(query)
                    .startsWith(query.substring(0, query.indexOf('=')) + ":");
        }
        HttpResponse<String> size = Http.get("/api/referrals?size=0", "coordinator", PW);
        assertProblem(size, 400);
        assertThat(fieldsOf(size)).contains("size");
        assertProblem(Http.get("/api/offer-referrals?size=1000", "partner.depassage", PW), 400);

        for (String path : new String[] {"/api/referrals/not-an-id", "/api/referrals/not-an-id/audit",
                "/api/offer-referrals/42", "/api/conferences/abc"}) {
            // an id that is no UUID names no resource at all
            assertProblem(Http.get(path, "coordinator", PW), 404);
        }
        assertProblem(Http.get("/api/referrals/" + UUID.randomUUID(), "coordinator", PW), 404);
        assertProblem(Http.get("/api/referrals/" + UUID.randomUUID() + "/audit", "coordinator", PW), 404);
        assertProblem(Http.get("/api/offer-referrals/" + UUID.randomUUID(), "partner.depassage", PW), 404);

        String id = submit("professional", intake(uniqueFirstName(), true)).getString("id");
        for (String sub : new String[] {"status", "assignment", "notes", "sharing-ground", "offer-referrals", "unmet-needs",
                "links", "conferences"}) {
            HttpResponse<String> noBody = Http.post("/api/referrals/" + id + "/" + sub, JSON, "", "coordinator", PW);
            assertProblem(noBody, 400);
        }
        HttpResponse<String> noVersion = Http.post("/api/referrals/" + id + "/status", JSON, "{\"to\": \"IN_ANALYSIS\"}",
                "coordinator", PW);
        assertProblem(noVersion, 400);
        assertThat(Http.json(noVersion).asJsonObject().getString("detail")).startsWith("version:");
        assertProblem(Http.post("/api/referrals/" + id + "/status", JSON, "{\"version\": 0, \"to\": \"SOMEWHERE\"}",
                "coordinator", PW), 400);
        assertProblem(Http.post("/api/referrals/" + id + "/notes", JSON, "{\"kind\": \"NOTE\", \"text\": \" \"}",
                "coordinator", PW), 400);
        assertThat(detail(id, "coordinator").getString("status")).isEqualTo("NEW");
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseWork() {
        HttpResponse<String> openapi = Http.get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/referrals", "/api/referrals/{id}/status", "/api/referrals/{id}/audit",
                "/api/referrals/{id}/offer-referrals", "/api/referrals/{id}/conferences", "/api/offer-referrals/{id}/answer",
                "/api/conferences/{id}", "Dossiers", "Doorverwijzingen", "Netwerkoverleg");
    }

    // ---- shared with ReferralAuthorizationIT

    static String uniqueFirstName() {
        return "Testjongere" + (char) ('A' + YOUNG_PEOPLE.getAndIncrement() % 26) + UUID.randomUUID().toString().substring(0, 6);
    }

    static LocalDate birthDate() {
        return LocalDate.now().minusYears(15).minusDays(40);
    }

    /** A complete intake for a made-up young person of 15 in Kiel; consent or none. */
    static JsonObjectBuilder intake(String firstName, boolean consent) {
        JsonObjectBuilder intake = Json.createObjectBuilder()
                .add("referrerName", "Demo Leerlingbegeleider")
                .add("referrerOrganisation", "Testschool Kiel (fictief)")
                .add("referrerSector", "EDUCATION")
                .add("referrerFunction", "leerlingbegeleider")
                .add("referrerEmail", "professional@example.org")
                .add("referrerPhone", "03 000 00 00")
                .add("youngFirstName", firstName)
                .add("youngLastName", "Voorbeeld")
                .add("youngBirthDate", birthDate().toString())
                .add("postcode", "2020")
                .add("district", "KIEL")
                .add("school", "Testschool Kiel")
                .add("schoolYear", "3de jaar")
                .add("schoolStatus", "AT_RISK")
                .add("question", "Spijbelt sinds enkele weken, de school vreest uitval.")
                .add("problemAreas", Json.createArrayBuilder().add("ABSENTEEISM").add("DROPOUT"))
                .add("alreadyTried", "Gesprekken met de leerlingbegeleiding")
                .add("urgency", "NORMAL");
        if (consent) {
            intake.add("consentYoungPerson", true).add("consentParent", true)
                    .add("consentDate", LocalDate.now().minusDays(1).toString()).add("consentMethod", "IN_PERSON");
        }
        return intake;
    }

    static JsonObject submit(String username, JsonObjectBuilder intake) {
        HttpResponse<String> response = Http.post("/api/referrals", JSON, intake.build().toString(), username, PW);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).asJsonObject();
    }

    static JsonObject detail(String id, String username) {
        HttpResponse<String> response = Http.get("/api/referrals/" + id, username, PW);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonObject();
    }

    /** Moves a case on as the coordinator, from the version they just read. */
    static JsonObject toStatus(String id, String status) {
        return post("/api/referrals/" + id + "/status", Json.createObjectBuilder()
                .add("version", detail(id, "coordinator").getInt("version")).add("to", status), "coordinator", 200);
    }

    static JsonObject post(String path, JsonObjectBuilder body, String username, int expectedStatus) {
        HttpResponse<String> response = Http.post(path, JSON, body.build().toString(), username, PW);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return Http.json(response).asJsonObject();
    }

    static JsonObject conference(String minutes, boolean withAction) {
        JsonObjectBuilder conference = Json.createObjectBuilder()
                .add("heldAt", LocalDateTime.now().plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0).toString())
                .add("place", "Centraal Meldpunt, vergaderzaal 2")
                .add("purpose", "Samen bekijken welke hulp nodig is")
                .add("legalGround", "CASE_CONFERENCE_458TER")
                .add("participants", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Demo medewerker Emmaüs").add("represents", "Emmaüs")
                                .add("username", "partner.emmaus"))
                        .add(Json.createObjectBuilder().add("name", "Leerlingbegeleider (fictief)").add("represents", "school")))
                .add("agenda", "1. Situatie 2. Mogelijke hulp 3. Afspraken")
                .add("minutes", minutes);
        if (withAction) {
            conference.add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("description", "Contact opnemen met de ouders").add("owner", "Leerlingbegeleider (fictief)")
                    .add("ownerEmail", "leerlingbegeleider@example.org")
                    .add("dueOn", LocalDate.now().plusDays(10).toString()).add("done", false)));
        }
        return conference.build();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(Http.json(response).asJsonObject().getInt("status")).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern("\\sat [a-z]+\\.");
    }

    static List<String> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    static List<String> fieldsOf(HttpResponse<String> response) {
        return Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    static int mailsTo(String address) {
        return (int) Arrays.stream(DeployedApp.mailbox().getReceivedMessages()).filter(mail -> to(mail).contains(address))
                .count();
    }

    /**
     * The first mail received that {@code about} describes, waiting (without polling) for each new mail until
     * 20 seconds have passed; other tests' mails arrive in the same mailbox meanwhile.
     */
    static MimeMessage awaitMail(String what, java.util.function.Predicate<MimeMessage> about) {
        GreenMail mailbox = DeployedApp.mailbox();
        long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            MimeMessage[] received = mailbox.getReceivedMessages();
            java.util.Optional<MimeMessage> found = Arrays.stream(received).filter(about).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("no mail " + what + " within 20 s (" + received.length + " received)");
            }
            mailbox.waitForIncomingEmail(left, received.length + 1);
        }
    }

    /** Mail goes out after the commit, perhaps asynchronously: wait up to 20 seconds for one more. */
    static void awaitMoreMailsTo(String address, int before) {
        GreenMail mailbox = DeployedApp.mailbox();
        long until = System.currentTimeMillis() + 20_000;
        while (mailsTo(address) <= before && System.currentTimeMillis() < until) {
            mailbox.waitForIncomingEmail(1_000, mailbox.getReceivedMessages().length + 1);
        }
        assertThat(mailsTo(address)).as("a new mail to " + address).isGreaterThan(before);
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case on consent (a professional's question), in analysis and referred to De Passage's offer by the coordinator. */
    record Referred(String caseId, String reference, String offerReferralId, int version) {
    }

    /** A new case for this young person, referred to De Passage on the young person's consent. */
    static Referred referredToDePassage(String firstName) {
        String caseId = submit("professional", intake(firstName, true)).getString("id");
        int version = toStatus(caseId, "IN_ANALYSIS").getInt("version");
        JsonObject referred = post("/api/referrals/" + caseId + "/offer-referrals", Json.createObjectBuilder()
                .add("version", version).add("offerId", DE_PASSAGE_OFFER), "coordinator", 201);
        String sent = referred.getJsonArray("offerReferrals").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("offerId").equals(DE_PASSAGE_OFFER)).findFirst().orElseThrow().getString("id");
        return new Referred(caseId, referred.getString("reference"), sent, referred.getInt("version"));
    }
}
