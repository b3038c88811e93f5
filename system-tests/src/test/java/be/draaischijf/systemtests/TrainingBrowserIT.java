package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Trainings in the browser: someone registers on the session page without an account, gets the confirmation
 * with an .ics, cancels through the link in it, and the waiting person is promoted and mailed; the organiser
 * creates and publishes a session, checks people in on a tablet-like list and exports the participants.
 */
class TrainingBrowserIT extends BrowserTest {

    @Test
    void registerGetTheConfirmationCancelThroughTheLinkAndTheWaitingPersonIsPromoted() {
        JsonObject session = TrainingApiIT.publishedSession("Browser", 1);
        String id = session.getString("id");
        String title = session.getString("title");
        String first = TrainingApiIT.unique("anna");
        String second = TrainingApiIT.unique("bert");

        open("/vorming/" + id);
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#plaatsen")).containsText("1 vrije plaats");
        fillRegistration("Anna", first);
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator("#result")).containsText("Je bent ingeschreven");
        assertThat(page.locator("#plaatsen")).containsText("wachtlijst");

        // a second person: the session is full now
        open("/vorming/" + id);
        assertThat(page.locator("#inschrijven\\:schrijfIn")).hasText("Zet me op de wachtlijst");
        fillRegistration("Bert", second);
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator("#result")).containsText("Je staat op de wachtlijst");
        assertThat(page.locator("#result-text")).containsText("plaats 1");

        // the same address again: a friendly message next to the e-mail field, no second registration
        open("/vorming/" + id);
        fillRegistration("Bert", second);
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator(".field:has(#inschrijven\\:email) .ui-message")).containsText("al ingeschreven");

        // the confirmation mail has the appointment as an .ics and the self-service link
        MimeMessage confirmation = TrainingApiIT.mailTo(first, "Inschrijving bevestigd");
        assertThat(TrainingApiIT.icsAttachment(confirmation)).hasValueSatisfying(ics ->
                assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "TZID:Europe/Brussels"));
        assertThat(TrainingApiIT.mailTo(second, "Wachtlijst")).isNotNull();

        open(TrainingApiIT.registrationLink(confirmation));
        assertThat(page.locator("#status")).containsText("Ingeschreven");
        assertThat(page.locator("#sessie")).containsText(title);
        page.locator("#annuleren\\:annuleer").click();
        assertThat(page.locator("#bevestig-vraag")).containsText("echt annuleren");
        page.locator("#annuleren\\:jaAnnuleer").click();
        assertThat(page.locator(".page-messages")).containsText("Je inschrijving is geannuleerd");
        assertThat(page.locator("#status")).containsText("Geannuleerd");
        assertThat(page.locator("#annuleren\\:annuleer")).hasCount(0);

        // the waiting person got the seat and a mail saying so, with their own link
        MimeMessage promotion = TrainingApiIT.mailTo(second, "plaats vrij");
        open(TrainingApiIT.registrationLink(promotion));
        assertThat(page.locator("#status")).containsText("Ingeschreven");
    }

    @Test
    void theOrganiserCreatesAndPublishesASessionInTheForm() {
        logIn("coordinator", "demo");
        open("/meldpunt/vormingen");
        page.locator("#nieuweSessie").click();
        assertThat(page.locator("h1")).hasText("Nieuwe sessie");
        String title = "Vorming uit het formulier " + java.util.UUID.randomUUID().toString().substring(0, 6);
        page.locator("#sessie\\:titel").fill(title);
        page.locator("#sessie\\:capaciteit").fill("12");
        page.locator("#sessie\\:locatie").fill("Zaal Kiel");
        page.locator("#sessie\\:dagErbij").click();
        assertThat(page.locator(".date-row")).hasCount(2);
        page.locator(".date-row").nth(1).locator("input[type=date]").fill(LocalDate.now().plusDays(40).toString());
        page.locator("#sessie\\:bewaar").click();

        assertThat(page.locator(".page-messages")).containsText("aangemaakt als ontwerp");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/meldpunt/vormingen/[0-9a-f-]{36}$"));
        assertThat(page.locator("#status")).hasText("Ontwerp");
        page.locator("#acties\\:publiceer").click();
        assertThat(page.locator("#status")).hasText("Gepubliceerd");

        // a title left empty is refused next to the field, in Dutch
        page.locator("#sessie\\:titel").fill("");
        page.locator("#sessie\\:bewaar").click();
        assertThat(page.locator(".field:has(#sessie\\:titel) .ui-message")).containsText("Vul een titel in");

        open("/kalender");
        assertThat(page.locator("#sessions")).containsText(title);
    }

    @Test
    void theOrganiserChecksPeopleInAndExportsTheList() throws IOException {
        JsonObject session = TrainingApiIT.publishedSession("Check-in", 5);
        String id = session.getString("id");
        String[] names = {"Carla", "Dirk", "Els"};
        for (String name : names) {
            JsonObject body = jakarta.json.Json.createObjectBuilder(TrainingApiIT.registration(TrainingApiIT.unique(name.toLowerCase())))
                    .add("firstName", name).build();
            assertThat(TrainingApiIT.register(id, body).statusCode()).isEqualTo(201);
        }

        logIn("coordinator", "demo");
        open("/meldpunt/vormingen/" + id);
        assertThat(page.locator("#bezetting")).containsText("3/5");
        assertThat(page.locator("#deelnemersForm\\:bevestigd")).containsText("Carla");
        Locator carlaPresent = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Aanwezig: Carla Test"));
        carlaPresent.click();
        assertThat(carlaPresent).hasAttribute("aria-pressed", "true");
        Locator dirkAbsent = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Afwezig: Dirk Test"));
        dirkAbsent.click();
        assertThat(dirkAbsent).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#aanwezig-teller")).containsText("1 / 3");

        Download csv = page.waitForDownload(() -> page.locator("#exportCsv").click());
        assertThat(csv.suggestedFilename()).startsWith("deelnemers-").endsWith(".csv");
        byte[] csvBytes = Files.readAllBytes(csv.path());
        assertThat(csvBytes[0] & 0xff).as("UTF-8 byte order mark").isEqualTo(0xEF);
        String text = new String(csvBytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("Voornaam;Familienaam;E-mail;Organisatie;Sector;Functie");
        assertThat(lines).hasSize(4);
        assertThat(text).containsPattern("Carla;Test;carla\\.[0-9a-f]+@school\\.example\\.org;Testschool;Onderwijs;leerkracht;;Ingeschreven;.*;Aanwezig;");
        assertThat(text).containsPattern("Dirk;Test;.*;Afwezig;");

        Download xlsx = page.waitForDownload(() -> page.locator("#exportXlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        Map<String, String> parts = unzip(xlsx.path());
        assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml");
        String cells = parts.getOrDefault("xl/sharedStrings.xml", "") + parts.get("xl/worksheets/sheet1.xml");
        assertThat(cells).contains("Voornaam", "Carla", "Dirk", "Els", "Aanwezig", "Afwezig", "Ingeschreven");
    }

    private void fillRegistration(String firstName, String email) {
        page.locator("#inschrijven\\:voornaam").fill(firstName);
        page.locator("#inschrijven\\:familienaam").fill("Test");
        page.locator("#inschrijven\\:email").fill(email);
        page.locator("#inschrijven\\:organisatie").fill("Testschool");
        page.locator("#inschrijven\\:sector").selectOption("EDUCATION");
        page.locator("#inschrijven\\:functie").fill("leerkracht");
        page.locator("#inschrijven\\:toestemming").check();
    }

    private static Map<String, String> unzip(Path file) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
