package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signals, themes and theme meetings (issue 17, ADR 0045): over the API, coordinators record and list signals and read
 * the themes with their counts; bad input is a problem naming the field. In the pages, a coordinator turns a case into a
 * signal that carries only the case's reference and district, finds it under its theme, and plans a theme meeting whose
 * invitation (with its .ics) reaches the invited partner, who reads the meeting; a partner not invited does not.
 * H2 only: the module's reads and writes run on both databases in the network module's tests.
 */
class SignalsIT extends BrowserTest {

    static final String JSON = ReferralApiIT.JSON;
    static final String PW = ReferralApiIT.PW;
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void coordinatorsRecordAndListSignalsAndReadTheThemesAndBadInputIsAProblemNamingTheField() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject kase = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, false));
        String reference = kase.getString("reference");
        String description = "Meer leerlingen spijbelen na de krokusvakantie " + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now(BRUSSELS).toString();

        HttpResponse<String> created = Http.post("/api/signals", JSON, signal(today, "CASE", reference.toLowerCase(), description)
                .add("forumCode", "NETSTERK_KIEL").build().toString(), "coordinator", PW);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject signal = Http.json(created).asJsonObject();
        String id = signal.getString("id");
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/signals/" + id);
        assertThat(signal.getString("caseReference")).isEqualTo(reference);
        assertThat(signal.containsKey("forumCode") && !signal.isNull("forumCode")).as("a forum only for a forum").isFalse();
        assertThat(signal.toString()).as("nothing of the case but its reference")
                .doesNotContain(firstName, "Voorbeeld", "Spijbelt sinds", "Testschool");
        HttpResponse<String> read = Http.get("/api/signals/" + id, "admin", PW);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).asJsonObject().getString("description")).isEqualTo(description);

        HttpResponse<String> truancy = Http.get("/api/signals?theme=truancy&size=500", "coordinator", PW);
        assertThat(truancy.statusCode()).isEqualTo(200);
        assertThat(ReferralApiIT.ids(Http.json(truancy).asJsonArray())).contains(id);
        assertThat(Long.parseLong(truancy.headers().firstValue("X-Total-Count").orElseThrow())).isPositive();
        assertThat(ReferralApiIT.ids(Http.json(Http.get("/api/signals?theme=WAITING_LISTS&size=500", "coordinator", PW))
                .asJsonArray())).doesNotContain(id);
        JsonArray themes = Http.json(Http.get("/api/themes", "coordinator", PW, "en")).asJsonArray();
        JsonObject truancyTheme = themes.getValuesAs(JsonObject.class).stream()
                .filter(theme -> theme.getString("code").equals("TRUANCY")).findFirst().orElseThrow();
        assertThat(truancyTheme.getString("name")).isEqualTo("Truancy");
        assertThat(truancyTheme.getJsonNumber("signals").longValue()).isPositive();
        assertThat(themes.getValuesAs(JsonObject.class)).extracting(theme -> theme.getString("code"))
                .contains("SCHOOL_FATIGUE", "WAITING_LISTS", "NOT_IN_EDUCATION_OR_WORK");

        // bad input: a problem naming each field, in the caller's language; nothing saved
        HttpResponse<String> empty = Http.post("/api/signals", JSON, Json.createObjectBuilder().add("date", today)
                .add("source", "FORUM").add("district", "KIEL").add("themes", Json.createArrayBuilder())
                .add("description", " ").build().toString(), "coordinator", PW);
        ReferralApiIT.assertProblem(empty, 400);
        assertThat(ReferralApiIT.fieldsOf(empty)).contains("themes", "description");
        HttpResponse<String> noSuchCase = Http.post("/api/signals", JSON, signal(today, "CASE", "DS-1999-0001", description)
                .build().toString(), "coordinator", PW, "en");
        ReferralApiIT.assertProblem(noSuchCase, 400);
        assertThat(ReferralApiIT.fieldsOf(noSuchCase)).containsExactly("caseReference");
        assertThat(noSuchCase.body()).contains("there is no case with reference DS-1999-0001");
        ReferralApiIT.assertProblem(Http.get("/api/signals?theme=NO_SUCH_THEME", "coordinator", PW), 400);
        ReferralApiIT.assertProblem(Http.get("/api/signals?from=2026-03-01&until=2026-03-01", "coordinator", PW), 400);

        // coordinators and administrators only
        ReferralApiIT.assertProblem(Http.get("/api/signals"), 401);
        ReferralApiIT.assertProblem(Http.get("/api/signals", "professional", PW), 403);
        ReferralApiIT.assertProblem(Http.get("/api/themes", "partner.arktos", PW), 403);
        ReferralApiIT.assertProblem(Http.post("/api/signals", JSON, signal(today, "OTHER", null, description).build().toString(),
                "partner.arktos", PW), 403);
    }

    @Test
    void aCaseBecomesASignalWithoutPersonalDataAndAThemeMeetingInvitesAPartnerWhoReadsIt() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject kase = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, false));
        String reference = kase.getString("reference");
        logIn("coordinator", "demo");

        // from the case page: "Signaal maken", by keyboard
        open("/meldpunt/dossiers/" + kase.getString("id"));
        page.locator("#signaalMaken").focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/meldpunt/signalen?dossier="));
        assertThat(page.locator("#uitDossier")).containsText(reference);
        assertThat(page.locator("#signaal\\:bron input[value=CASE]")).isChecked();
        assertThat(page.locator("#signaal\\:dossier")).hasValue(reference);
        assertThat(page.locator("#signaal\\:wijk")).hasValue("KIEL");
        assertThat(page.locator("#signaal\\:beschrijving")).hasValue("");
        assertThat(page.locator("#signaal\\:aangebracht")).hasValue("");
        assertThat(page.locator("#signaal input[type=checkbox]:checked")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(firstName);
        assertThat(page.locator("main")).not().containsText("Spijbelt sinds enkele weken");
        assertThat(page.locator("main")).not().containsText("Testschool Kiel");
        assertAccessible("the signal form started from a case");
        screenshot("signaal-uit-dossier");

        // sent without a theme or a description: said next to each field and in the summary, the reference kept
        page.locator("#signaal\\:bewaar").click();
        assertThat(page.locator("#foutoverzicht")).containsText("Kies minstens één thema");
        assertThat(page.locator("#foutoverzicht")).containsText("Beschrijf het signaal in een paar zinnen");
        assertThat(page.locator("#signaal\\:dossier")).hasValue(reference);
        assertAccessible("the signal form with errors");

        String description = "Leerlingen van het eerste jaar spijbelen vaker op maandag " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#signaal").getByLabel("Spijbelen").check();
        page.locator("#signaal\\:beschrijving").fill(description);
        page.locator("#signaal\\:bewaar").click();

        // the signal under its theme
        page.waitForURL(url -> url.contains("/meldpunt/themas/TRUANCY"));
        assertThat(page.locator("h1")).hasText("Thema: Spijbelen");
        assertThat(page.locator("#messages")).containsText("Het signaal is bewaard.");
        Locator row = page.locator("#lijst\\:signaallijst tr", new Page.LocatorOptions().setHasText(description));
        assertThat(row).containsText("Dossier " + reference);
        assertThat(row).containsText("Kiel");
        assertThat(page.locator("#dossiers-uitleg")).not().containsText("Geen enkel signaal");
        assertAccessible("a theme page with the new signal");
        screenshot("thema-spijbelen");
        String themeUrl = page.url().replaceAll("[?#].*$", "");
        open(themeUrl.substring(themeUrl.indexOf("/meldpunt/")) + "?lang=en");
        assertThat(page.locator("h1")).hasText("Theme: Truancy");
        assertAccessible("a theme page (en)");
        screenshot("thema-spijbelen-en");
        open("/meldpunt/signalen?lang=en");
        assertThat(page.locator("h1")).hasText("Signals and themes");
        assertAccessible("/meldpunt/signalen (en)");
        screenshot("signalen-en");
        open(themeUrl.substring(themeUrl.indexOf("/meldpunt/")) + "?lang=nl");

        // a theme meeting with Arktos invited
        page.locator("#bijeenkomstPlannen").click();
        page.waitForURL(url -> url.contains("/meldpunt/themabijeenkomsten/nieuw?thema=TRUANCY"));
        String place = "Zaal Signaaltest " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now(BRUSSELS).plusDays(20);
        page.locator("#bijeenkomst\\:thema").selectOption("TRUANCY");
        page.locator("#bijeenkomst\\:dag").fill(day.toString());
        page.locator("#bijeenkomst\\:van").fill("14:00");
        page.locator("#bijeenkomst\\:tot").fill("16:00");
        page.locator("#bijeenkomst\\:plaats").fill(place);
        page.locator("#bijeenkomst").getByLabel("Arktos").check();
        page.locator("#bijeenkomst\\:agenda").fill("Wat de scholen zien; wat het jeugdwerk ziet; wie neemt wat op.");
        page.locator("#bijeenkomst\\:acties\\:0\\:actieOmschrijving").fill("Afwezigheden op maandag opvragen bij de scholen");
        page.locator("#bijeenkomst\\:acties\\:0\\:actieEigenaar").fill("Centraal Meldpunt");
        page.locator("#bijeenkomst\\:acties\\:0\\:actieDatum").fill(day.plusDays(14).toString());
        assertAccessible("planning a theme meeting");
        page.locator("#bijeenkomst\\:bewaar").click();

        page.waitForURL(url -> url.matches(".*/meldpunt/themabijeenkomsten/[0-9a-f-]{36}$"));
        String meetingUrl = page.url();
        assertThat(page.locator("#messages")).containsText("De themabijeenkomst is gepland en de uitnodigingen zijn verstuurd.");
        assertThat(page.locator("#uitnodigingenlijst")).containsText("Arktos");
        assertThat(page.locator("#uitnodigingenlijst")).containsText("uitnodiging gemaild op");
        assertAccessible("a planned theme meeting with its invitation sent");
        screenshot("themabijeenkomst-gepland");
        open(meetingUrl.substring(meetingUrl.indexOf("/meldpunt/")) + "?lang=en");
        assertThat(page.locator("#uitnodigingenlijst")).containsText("Arktos");
        assertAccessible("a planned theme meeting (en)");
        screenshot("themabijeenkomst-gepland-en");
        open(meetingUrl.substring(meetingUrl.indexOf("/meldpunt/")) + "?lang=nl");

        // the invitation, at Arktos's address, with its calendar item and the meeting's address
        MimeMessage invitation = ReferralApiIT.awaitMail("the invitation to Arktos",
                mail -> TrainingApiIT.to(mail).contains("info@arktos.example.org") && TrainingApiIT.text(mail).contains(place));
        assertThat(TrainingApiIT.subject(invitation)).isEqualTo("Uitnodiging: themabijeenkomst Spijbelen / Invitation: theme"
                + " meeting Truancy");
        assertThat(TrainingApiIT.text(invitation)).contains("Beste collega's van Arktos", "14:00–16:00", "Dear colleagues at Arktos");
        assertThat(TrainingApiIT.icsAttachment(invitation)).hasValueSatisfying(ics -> assertThat(ics)
                .contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Brussels:" + day.toString().replace("-", "") + "T140000",
                        "SUMMARY:Themabijeenkomst: Spijbelen", "LOCATION:" + place));
        String link = MailLinks.link(TrainingApiIT.text(invitation), "/meldpunt/themabijeenkomsten/");
        assertThat(link).endsWith(meetingUrl.substring(meetingUrl.indexOf("/meldpunt/themabijeenkomsten/")));

        // Arktos's staff read it; X-Stra!, not invited, does not find it
        openContext(null);
        logIn("partner.arktos", "demo");
        follow(link);
        assertThat(page.locator("#bijeenkomst-gegevens")).containsText(place);
        assertThat(page.locator("#actielijst")).containsText("Afwezigheden op maandag opvragen bij de scholen");
        assertThat(page.locator("#bijeenkomst")).hasCount(0);
        assertAccessible("the theme meeting as an invited partner reads it");
        screenshot("themabijeenkomst-partner");
        openContext(null);
        logIn("partner.xstra", "demo");
        follow(link);
        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
        assertThat(page.locator("main")).not().containsText(place);
    }

    private static JsonObjectBuilder signal(String date, String source, String caseReference, String description) {
        JsonObjectBuilder signal = Json.createObjectBuilder().add("date", date).add("source", source).add("district", "KIEL")
                .add("themes", Json.createArrayBuilder().add("TRUANCY")).add("description", description);
        if (caseReference != null) {
            signal.add("caseReference", caseReference);
        }
        return signal;
    }
}
