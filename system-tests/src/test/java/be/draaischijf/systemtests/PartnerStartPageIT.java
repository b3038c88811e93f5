package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A partner's start page (issue 15, ADR 0038): what waits for the organisation's answer comes first, each a link to
 * the referral; then the case conferences the staff member takes part in; and a referral shows who asked the question
 * when the young person or a parent consented, otherwise how to reach the Meldpunt. The referrals and the conference
 * are made here over the API as the coordinator, for CAW Antwerpen (whose demo account no other test uses), so the
 * lists hold only what this class made.
 */
class PartnerStartPageIT extends BrowserTest {

    static final String PARTNER = "partner.caw";
    /** CAW Antwerpen's "Jongerenonthaal (JAC)" in the demo directory. */
    static final String CAW_OFFER = "001084ae-d632-56dd-a271-1889ac2d64db";
    static final String CAW_OFFER_NAME = "Jongerenonthaal (JAC)";
    static final String PLACE = "Centraal Meldpunt, vergaderzaal 3";
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void whatWaitsForTheOrganisationsAnswerComesFirstThenTheConferencesItsStaffTakePartIn() {
        String firstName = ReferralApiIT.uniqueFirstName();
        String referralId = referredToCaw(firstName, true);
        LocalDateTime heldAt = LocalDateTime.now().plusDays(9).withHour(10).withMinute(30).withSecond(0).withNano(0);
        JsonObject conference = conferenceWithCaw(heldAt);
        String conferenceReference = conference.getString("caseReference");

        logIn(PARTNER, "demo");
        open("/partner");
        assertThat(page.locator("h1")).hasText("Mijn organisatie");
        List<String> headings = page.locator("main h2").allTextContents().stream().map(String::strip).toList();
        assertThat(headings).as("what waits for an answer comes first").startsWith("Wacht op jullie antwoord");
        assertThat(headings).containsSubsequence("Wacht op jullie antwoord", "Netwerkoverleg",
                "Doorverwijzingen naar jullie organisatie");

        // the waiting referral: the young person and the offer as a link, when an answer is expected, who asked
        JsonObject waiting = awaiting(referralId);
        LocalDate replyBy = LocalDate.parse(waiting.getJsonObject("referral").getString("replyBy"));
        String reference = waiting.getJsonObject("referral").getString("caseReference");
        Locator item = page.locator("#wacht-lijst li", new Page.LocatorOptions().setHasText(firstName));
        assertThat(item).hasCount(1);
        assertThat(item.locator("a.waiting-link")).hasText(firstName + " Voorbeeld · " + CAW_OFFER_NAME);
        assertThat(item).containsText(reference);
        assertThat(item).containsText("Antwoord verwacht tegen " + DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH).format(replyBy));
        assertThat(item).not().containsText("Antwoord te laat");
        // the young person agreed: who asked is shared
        assertThat(item).containsText("Vraag van Demo Leerlingbegeleider, Testschool Kiel (fictief)");
        long total = awaitingTotal();
        assertThat(page.locator("#wacht-aantal")).hasText(total == 1 ? "Eén doorverwijzing wacht op jullie antwoord."
                : total + " doorverwijzingen wachten op jullie antwoord. De vroegste antwoorddatum staat eerst.");
        // and it is in the full list below
        assertThat(page.locator("#referralsForm\\:referrals tr", new Page.LocatorOptions().setHasText(firstName))).hasCount(1);

        // the conference: when in words, where, and a link to read it
        Locator planned = page.locator("#overleg-lijst li", new Page.LocatorOptions().setHasText(conferenceReference));
        assertThat(planned).hasCount(1);
        assertThat(planned.locator("a.conference-link"))
                .hasText("Netwerkoverleg op " + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH).format(heldAt));
        assertThat(planned).containsText(PLACE);
        assertThat(page.locator("#geen-overleg")).hasCount(0);
        assertAccessible("/partner with a referral waiting and a conference (nl)");
        screenshot("partner-start-wacht-op-antwoord-en-overleg-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main h2").first()).hasText("Waiting for your answer");
        assertThat(page.locator("#wacht-aantal")).hasText(total == 1 ? "One referral is waiting for your answer."
                : total + " referrals are waiting for your answer. The earliest reply date comes first.");
        assertThat(item).containsText(DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH).format(replyBy));
        assertThat(item).containsText("Question from Demo Leerlingbegeleider, Testschool Kiel (fictief)");
        assertThat(page.locator("#overleg")).hasText("Case conferences");
        assertThat(planned.locator("a.conference-link"))
                .hasText("Case conference on " + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", ENGLISH).format(heldAt));
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/partner with a referral waiting and a conference (en)");
        screenshot("partner-start-wacht-op-antwoord-en-overleg-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // each link leads where it says
        item.locator("a.waiting-link").click();
        assertThat(page.locator("h1")).hasText("Doorverwijzing " + reference);
        assertThat(page.locator("#status")).hasText("Voorgesteld, wacht op antwoord");
        page.goBack();
        planned.locator("a.conference-link").click();
        assertThat(page.locator("h1")).hasText("Netwerkoverleg " + conferenceReference);
        assertThat(page.locator("#deelnemerslijst")).containsText("Demo medewerker CAW (fictief)");
        assertThat(page.locator("main")).containsText(PLACE);
    }

    @Test
    void aReferralShowsWhoAskedTheQuestionWhenTheYoungPersonAgreedAndOtherwiseHowToReachTheMeldpunt() {
        String agreed = ReferralApiIT.uniqueFirstName();
        String withConsent = referredToCaw(agreed, true);
        String notAsked = ReferralApiIT.uniqueFirstName();
        String onAnotherGround = referredToCaw(notAsked, false);
        JsonObject netsterk = Http.json(Http.get("/api/contact-points")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(point -> point.getString("name").equals("Netsterk Kiel")).findFirst().orElseThrow();

        // the module decides, the API says it: the referrer with consent, the contact point without
        JsonObject consented = Http.json(Http.get("/api/offer-referrals/" + withConsent, PARTNER, "demo")).asJsonObject();
        assertThat(consented.getJsonObject("referrer").getString("email")).isEqualTo("professional@example.org");
        assertThat(consented.getJsonObject("referrer").getString("phone")).isEqualTo("03 000 00 00");
        HttpResponse<String> grounded = Http.get("/api/offer-referrals/" + onAnotherGround, PARTNER, "demo");
        assertThat(grounded.statusCode()).isEqualTo(200);
        JsonObject groundedView = Http.json(grounded).asJsonObject();
        assertThat(!groundedView.containsKey("referrer") || groundedView.isNull("referrer")).as(grounded.body()).isTrue();
        assertThat(grounded.body()).doesNotContain("professional@example.org").doesNotContain("03 000 00 00");
        assertThat(groundedView.getJsonObject("contactPoint").getString("name")).isEqualTo("Netsterk Kiel");

        logIn(PARTNER, "demo");
        open("/partner");
        Locator groundedItem = page.locator("#wacht-lijst li", new Page.LocatorOptions().setHasText(notAsked));
        assertThat(groundedItem).hasCount(1);
        // no consent: who asked is not shared
        assertThat(groundedItem).not().containsText("Vraag van");
        page.locator("#wacht-lijst li", new Page.LocatorOptions().setHasText(agreed)).locator("a.waiting-link").click();

        assertThat(page.locator("h1")).hasText(Pattern.compile("Doorverwijzing DS-\\d{4}-\\d{4,}"));
        assertThat(page.locator("#aanmelder-titel")).hasText("Wie de vraag stelde");
        Locator referrer = page.locator("#aanmelder");
        assertThat(referrer).containsText("Demo Leerlingbegeleider");
        assertThat(referrer).containsText("leerlingbegeleider");
        assertThat(referrer).containsText("Testschool Kiel (fictief)");
        assertThat(referrer).containsText("03 000 00 00");
        assertThat(referrer.locator("a[href='mailto:professional@example.org']")).hasText("professional@example.org");
        assertThat(page.locator("#aanmelder-gedeeld")).containsText("gaf toestemming");
        assertThat(page.locator("#aanmelder-niet-gedeeld")).hasCount(0);
        assertAccessible("/partner/doorverwijzingen/{id}, who asked shared (nl)");
        screenshot("partner-doorverwijzing-aanmelder-gedeeld-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#aanmelder-titel")).hasText("Who asked the question");
        assertThat(page.locator("#aanmelder-gedeeld")).containsText("agreed to sharing the question");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/partner/doorverwijzingen/{id}, who asked shared (en)");
        screenshot("partner-doorverwijzing-aanmelder-gedeeld-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        open("/partner/doorverwijzingen/" + onAnotherGround);
        assertThat(page.locator("main")).containsText(notAsked + " Voorbeeld");
        assertThat(page.locator("#aanmelder")).hasCount(0);
        assertThat(page.locator("#aanmelder-niet-gedeeld")).containsText("Wie de vraag stelde, geven we niet door");
        Locator meldpunt = page.locator("#meldpunt-contact");
        assertThat(meldpunt).containsText("Netsterk Kiel");
        assertThat(meldpunt).containsText(netsterk.getString("email"));
        if (netsterk.containsKey("phone") && !netsterk.isNull("phone")) {
            assertThat(meldpunt).containsText(netsterk.getString("phone"));
        }
        assertThat(page.locator("main")).not().containsText("professional@example.org");
        assertThat(page.locator("main")).not().containsText("Demo Leerlingbegeleider");
        assertAccessible("/partner/doorverwijzingen/{id}, who asked not shared (nl)");
        screenshot("partner-doorverwijzing-aanmelder-niet-gedeeld-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#aanmelder-niet-gedeeld")).containsText("We do not pass on who asked the question");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/partner/doorverwijzingen/{id}, who asked not shared (en)");
        screenshot("partner-doorverwijzing-aanmelder-niet-gedeeld-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void whenNothingWaitsAndNoConferenceIsPlannedEachSectionSaysSoInALine() {
        // X-Stra!: no referral and no conference in the demo data, and no test makes one
        assertThat(Http.get("/api/offer-referrals/awaiting", "partner.xstra", "demo").headers().firstValue("X-Total-Count"))
                .hasValue("0");
        logIn("partner.xstra", "demo");
        open("/partner");
        assertThat(page.locator("main h2").first()).hasText("Wacht op jullie antwoord");
        assertThat(page.locator("#wacht-aantal")).hasText("Er wacht niets op jullie antwoord.");
        assertThat(page.locator("#wacht-lijst")).hasCount(0);
        assertThat(page.locator("#geen-overleg")).hasText("Je neemt aan geen netwerkoverleg deel.");
        assertThat(page.locator("#overleg-lijst")).hasCount(0);
        assertAccessible("/partner with nothing waiting (nl)");
        screenshot("partner-start-niets-wacht-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#wacht-aantal")).hasText("Nothing is waiting for your answer.");
        assertThat(page.locator("#geen-overleg")).hasText("You take part in no case conference.");
        assertAccessible("/partner with nothing waiting (en)");
        screenshot("partner-start-niets-wacht-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    /**
     * A professional's question about a young person from Kiel, taken into analysis and referred to CAW Antwerpen's
     * offer by the coordinator: with the young person's and a parent's consent, or without (then on the ground of shared
     * professional secrecy). The id of the referral to the offer.
     */
    private static String referredToCaw(String firstName, boolean consent) {
        String caseId = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, consent)).getString("id");
        int version = ReferralApiIT.toStatus(caseId, "IN_ANALYSIS").getInt("version");
        if (!consent) {
            version = ReferralApiIT.post("/api/referrals/" + caseId + "/sharing-ground", Json.createObjectBuilder()
                    .add("version", version).add("ground", "SHARED_PROFESSIONAL_SECRECY"), "coordinator", 200).getInt("version");
        }
        JsonObject referred = ReferralApiIT.post("/api/referrals/" + caseId + "/offer-referrals", Json.createObjectBuilder()
                .add("version", version).add("offerId", CAW_OFFER), "coordinator", 201);
        return referred.getJsonArray("offerReferrals").getValuesAs(JsonObject.class).stream()
                .filter(sent -> sent.getString("offerId").equals(CAW_OFFER)).findFirst().orElseThrow().getString("id");
    }

    /** A conference about another young person's case, with CAW's demo account among the participants. */
    private static JsonObject conferenceWithCaw(LocalDateTime heldAt) {
        String caseId = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), false))
                .getString("id");
        int version = ReferralApiIT.toStatus(caseId, "IN_ANALYSIS").getInt("version");
        return ReferralApiIT.post("/api/referrals/" + caseId + "/conferences", Json.createObjectBuilder()
                .add("version", version)
                .add("conference", Json.createObjectBuilder()
                        .add("heldAt", heldAt.toString())
                        .add("place", PLACE)
                        .add("purpose", "Samen bekijken welke hulp nodig is")
                        .add("legalGround", "CASE_CONFERENCE_458TER")
                        .add("participants", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "Demo medewerker CAW (fictief)")
                                        .add("represents", "CAW Antwerpen").add("username", PARTNER))
                                .add(Json.createObjectBuilder().add("name", "Leerlingbegeleider (fictief)").add("represents", "school")))
                        .add("agenda", "1. Situatie 2. Mogelijke hulp 3. Afspraken")), "coordinator", 201);
    }

    /** The referral as {@code GET /api/offer-referrals/awaiting} gives it to CAW's staff. */
    private static JsonObject awaiting(String referralId) {
        HttpResponse<String> response = Http.get("/api/offer-referrals/awaiting?size=500", PARTNER, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(waiting -> waiting.getJsonObject("referral").getString("id").equals(referralId)).findFirst()
                .orElseThrow(() -> new AssertionError("not waiting for CAW's answer: " + referralId + " in " + response.body()));
    }

    /** How many referrals wait for CAW's answer, as the API counts them. */
    private static long awaitingTotal() {
        return Long.parseLong(Http.get("/api/offer-referrals/awaiting", PARTNER, "demo").headers().firstValue("X-Total-Count")
                .orElseThrow());
    }
}
