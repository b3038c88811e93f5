package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Partner staff keep their own organisation's offers current, and cannot touch anyone else's. */
class PartnerSelfServiceIT extends BrowserTest {

    @Test
    void partnerEditsTheirOwnOfferAndSeesItSaved() {
        logIn("partner.elegast", "demo");
        assertThat(page.locator("#ownOffers\\:offers")).containsText("Schoolbegeleiding bij spijbelen");
        assertThat(page.locator("#ownOffers\\:offers")).containsText("Time-out traject");
        assertThat(page.locator("#ownOffers\\:offers")).not().containsText("Schoolondersteunend traject");
        assertAccessible("/partner with offers (nl)");

        page.getByLabel("Bewerken: Time-out traject").click();
        assertThat(page.locator("h1")).hasText("Aanbod bewerken");
        assertAccessible("offer edit form (nl)");
        screenshot("aanbod-bewerken-nl");
        page.getByLabel("Wachttijd in weken").fill("3");
        page.locator("#offer\\:bewaar").click();

        assertThat(page).hasURL(baseUrl + "/partner");
        assertThat(page.locator("#messages")).containsText("Het aanbod is bewaard.");
        assertThat(page.locator("#ownOffers\\:offers tr:has-text('Time-out traject')")).containsText("3 weken");
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndNothingIsSaved() {
        logIn("partner.elegast", "demo");
        page.getByLabel("Bewerken: Schoolbegeleiding bij spijbelen").click();
        page.getByLabel("Naam van het aanbod").fill("");
        page.getByLabel("Vanaf leeftijd").fill("16");
        page.getByLabel("Tot en met leeftijd").fill("12");
        page.locator("#offer\\:bewaar").click();

        assertThat(page.locator(".field:has(#offer\\:naam) .ui-message")).containsText("Vul een naam in.");
        assertThat(page.locator(".field:has(#offer\\:maxLeeftijd) .ui-message"))
                .containsText("De maximumleeftijd mag niet lager zijn dan de minimumleeftijd.");
        assertThat(page.getByLabel("Vanaf leeftijd")).hasValue("16");
        assertAccessible("offer edit form with errors (nl)");
        screenshot("aanbod-bewerken-fouten-nl");

        open("/aanbod?q=spijbel");
        assertThat(page.locator(".offer-link")).hasText(new String[] {"Schoolbegeleiding bij spijbelen"});
    }

    @Test
    void partnerCannotOpenAnotherOrganisationsOffer() {
        String arktosOffer = offerId("Schoolondersteunend traject");
        logIn("partner.elegast", "demo");
        open("/partner/aanbod/" + arktosOffer);

        assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(page.locator("main")).not().containsText("Schoolondersteunend traject");
    }

    @Test
    void confirmingAnOfferAsCurrentSaysSo() {
        logIn("partner.arktos", "demo");
        page.locator("tr:has-text('Groepswerk') .confirm-button").click();

        assertThat(page.locator("#messages")).containsText("Het aanbod is bevestigd als actueel.");
        assertThat(page.locator("tr:has-text('Groepswerk')")).not().containsText("Niet recent bevestigd");
    }

    @Test
    void theApiRefusesAnotherOrganisationsOfferAndStaleOrInvalidEdits() {
        String own = offerId("Dagcentrum De Passage");
        String other = offerId("Kamertraining");
        JsonObject draft = Http.json(Http.get("/api/offers/" + own + "/edit", "partner.depassage", "demo"))
                .asJsonObject().getJsonObject("draft");

        HttpResponse<String> saved = Http.put("/api/offers/" + own, with(draft, "waitingWeeks", 7), "partner.depassage", "demo");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Http.json(saved).asJsonObject().getInt("waitingWeeks")).isEqualTo(7);

        HttpResponse<String> stale = Http.put("/api/offers/" + own, with(draft, "waitingWeeks", 9), "partner.depassage", "demo");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.json(stale).asJsonObject().getString("title")).isEqualTo("Conflict");

        HttpResponse<String> foreign = Http.put("/api/offers/" + other, draft.toString(), "partner.depassage", "demo");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/offers/" + other + "/edit", "partner.depassage", "demo").statusCode()).isEqualTo(403);

        JsonObject current = Http.json(Http.get("/api/offers/" + own + "/edit", "partner.depassage", "demo"))
                .asJsonObject().getJsonObject("draft");
        HttpResponse<String> invalid = Http.put("/api/offers/" + own,
                Json.createObjectBuilder(current).add("problemAreas", Json.createArrayBuilder()).build().toString(),
                "partner.depassage", "demo");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("problemAreas");

        assertThat(Http.put("/api/offers/" + own, current.toString(), null, null).statusCode()).isEqualTo(401);
        assertThat(Http.put("/api/offers/" + own, current.toString(), "professional", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.json(Http.get("/api/offers/" + own)).asJsonObject().getInt("waitingWeeks"))
                .as("only the first, valid edit was saved").isEqualTo(7);
    }

    private static String with(JsonObject draft, String field, int value) {
        return Json.createObjectBuilder(draft).add(field, value).build().toString();
    }

    private static String offerId(String name) {
        return Http.json(Http.get("/api/offers?size=100")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getString("id");
    }
}
