package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Trainings in the browser: someone registers on the session page without an account, gets the confirmation
 * with an .ics, cancels through the link in it, and the waiting person is promoted and mailed; a robot filling
 * the hidden field is answered but not registered; the organiser creates and publishes a session, checks people
 * in on a tablet-like list, exports the participants and unregisters someone. The newsletter's double opt-in
 * through the mailed links.
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

        follow(TrainingApiIT.registrationLink(confirmation));
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
        follow(TrainingApiIT.registrationLink(promotion));
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
        assertThat(page.locator("#aanwezig-teller")).containsText("1 van 3 aanwezig");

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
        List<Map<String, String>> rows = sheetRows(xlsx.path());
        assertThat(rows).as("one row per registration under the column titles").hasSize(3);
        Map<String, String> attendance = new HashMap<>();
        for (Map<String, String> row : rows) {
            assertThat(row).containsEntry("Familienaam", "Test").containsEntry("Status", "Ingeschreven");
            assertThat(row.get("E-mail")).endsWith("@school.example.org");
            attendance.put(row.get("Voornaam"), row.get("Aanwezigheid"));
        }
        assertThat(attendance).as("present, absent, not recorded")
                .containsExactlyInAnyOrderEntriesOf(Map.of("Carla", "Aanwezig", "Dirk", "Afwezig", "Els", ""));
    }

    @Test
    void theOrganiserUnregistersSomeoneWhoIsMailedAndTheFirstWaitingPersonGetsTheSeat() {
        JsonObject session = TrainingApiIT.publishedSession("Uitschrijven", 1);
        String id = session.getString("id");
        String fien = TrainingApiIT.unique("fien");
        String gust = TrainingApiIT.unique("gust");
        assertThat(TrainingApiIT.register(id, jakarta.json.Json.createObjectBuilder(TrainingApiIT.registration(fien))
                .add("firstName", "Fien").build()).statusCode()).isEqualTo(201);
        assertThat(TrainingApiIT.register(id, TrainingApiIT.registration(gust)).statusCode()).isEqualTo(201);

        logIn("coordinator", "demo");
        open("/meldpunt/vormingen/" + id);
        page.onceDialog(com.microsoft.playwright.Dialog::accept);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Uitschrijven: Fien Test")).click();
        assertThat(page.locator(".page-messages")).containsText("De inschrijving is geannuleerd");

        MimeMessage told = TrainingApiIT.mailTo(fien, "Inschrijving geannuleerd");
        assertThat(TrainingApiIT.subject(told)).contains(session.getString("title"));
        assertThat(TrainingApiIT.text(told)).contains("De organisator annuleerde je inschrijving");
        assertThat(TrainingApiIT.mailTo(gust, "plaats vrij")).isNotNull();
        assertThat(TrainingSessionsFixture.registrations(id, "CONFIRMED", 5).getJsonObject(0).getString("email")).isEqualTo(gust);
    }

    @Test
    void aRobotThatFillsTheHiddenFieldOfTheFormSeesTheUsualAnswerButNobodyIsRegisteredOrMailed() {
        String id = TrainingApiIT.publishedSession("Honeypot op de pagina", 5).getString("id");
        String robot = TrainingApiIT.unique("robot");
        open("/vorming/" + id);
        fillRegistration("Robot", robot);
        page.locator("#inschrijven\\:website").fill("http://spam.example.org", new Locator.FillOptions().setForce(true));
        page.locator("#inschrijven\\:schrijfIn").click();

        // the answer a person gets, without a link to a registration that does not exist
        assertThat(page.locator("#result")).containsText("Je bent ingeschreven");
        assertThat(page.locator("#mijnInschrijving")).hasCount(0);
        assertThat(TrainingApiIT.participants(id, null).headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(Http.json(Http.get("/api/sessions/" + id)).asJsonObject().getInt("confirmed")).isZero();
        // a person who registers after the robot gets their confirmation; the robot's would have come before it
        String person = TrainingApiIT.unique("mens");
        assertThat(TrainingApiIT.register(id, TrainingApiIT.registration(person)).statusCode()).isEqualTo(201);
        assertThat(TrainingApiIT.mailTo(person, "Inschrijving bevestigd")).isNotNull();
        assertThat(TrainingApiIT.mailsTo(robot)).isEmpty();
    }

    @Test
    void aNewsletterSignUpCountsOnceConfirmedThroughTheMailedLinkAndUnsubscribingEndsItForGood() {
        String email = TrainingApiIT.unique("lezer");
        HttpResponse<String> signUp = Http.post("/api/newsletter", TrainingApiIT.JSON, jakarta.json.Json.createObjectBuilder()
                .add("email", email).add("consent", true).build().toString(), null, null);
        assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(202);
        String text = TrainingApiIT.text(TrainingApiIT.mailTo(email, "Bevestig je inschrijving op de nieuwsbrief"));
        String confirm = MailLinks.link(text, "/nieuwsbrief/bevestigen?token=");
        String unsubscribe = MailLinks.link(text, "/nieuwsbrief/uitschrijven?token=");
        assertThat(subscribers()).as("not before the address is confirmed").doesNotContain(email);

        // opening the link does nothing by itself (mail scanners open links): the button confirms
        follow(confirm);
        assertThat(page.locator("#link\\:knop")).isVisible();
        assertThat(subscribers()).doesNotContain(email);
        page.locator("#link\\:knop").click();
        assertThat(page.locator("#klaar")).containsText("Je inschrijving op de nieuwsbrief is bevestigd");
        assertThat(subscribers()).contains(email);

        follow(unsubscribe);
        page.locator("#link\\:knop").click();
        assertThat(page.locator("#klaar")).containsText("Je bent uitgeschreven");
        assertThat(subscribers()).doesNotContain(email);

        // the old confirmation link does not put the address back on the list
        follow(confirm);
        if (page.locator("#link\\:knop").count() > 0) {
            page.locator("#link\\:knop").click();
        }
        assertThat(page.locator("#ongeldig")).containsText("Deze link is niet (meer) geldig");
        assertThat(subscribers()).doesNotContain(email);
    }

    /** The addresses in the coordinator's export of confirmed subscribers. */
    private static List<String> subscribers() {
        HttpResponse<String> csv = Http.get("/api/newsletter/subscribers.csv", "coordinator", "demo");
        assertThat(csv.statusCode()).isEqualTo(200);
        return csv.body().replace("\uFEFF", "").lines().skip(1).map(line -> line.split(";")[0]).toList();
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

    /** The first sheet's rows below the title row, each as column title → the cell as Excel shows it. */
    private static List<Map<String, String>> sheetRows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            Row titles = sheet.getRow(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < titles.getLastCellNum(); c++) {
                    cells.put(shown.formatCellValue(titles.getCell(c)), shown.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
