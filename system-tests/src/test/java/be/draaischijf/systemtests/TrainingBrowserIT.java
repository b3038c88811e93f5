package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import jakarta.json.Json;
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
 * through the mailed links. The public calendar (issue 15): a session's kind said once, a month event's whole title on
 * hover and keyboard focus, the week view opening on the next session's week, and drafts and sessions that ended in
 * no public view, feed or page.
 */
class TrainingBrowserIT extends BrowserTest {

    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");
    private static final java.time.format.DateTimeFormatter DUTCH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));

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

    @Test
    void aTitleThatNamesItsKindShowsItOnceAndTheMonthViewShowsItWholeOnHoverAndOnKeyboardFocus() {
        String theme = ownTheme();
        LocalDate day = LocalDate.now(BRUSSELS).plusDays(24);
        String title = "Vorming: een titel die te lang is voor een vakje van het maandrooster " + words(theme);
        String id = publishedOn("TRAINING", title, theme, day).getString("id");

        open("/kalender?weergave=maand&thema=" + theme + "&datum=" + day);
        Locator event = page.locator(".session-schedule a.fc-event[href$='/vorming/" + id + "']");
        assertThat(event).isVisible();
        // the kind once (not "Vorming: Vorming: …"), and the link's name is the whole title
        assertThat(event.locator(".fc-event-title")).hasText(title);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(title))).hasCount(1);
        Locator full = event.locator(".session-event__full");
        assertThat(full).isHidden();
        event.focus();
        assertThat(full).isVisible();
        assertThat(full).containsText(title);
        event.evaluate("link => link.blur()");
        page.mouse().move(0, 0);
        assertThat(full).isHidden();
        event.hover();
        assertThat(full).isVisible();

        open("/kalender?thema=" + theme);
        // no kind beside or under a title that names it
        assertThat(page.locator("#sessions .session-item__title")).hasText(title);
        assertThat(page.locator("#sessions .session-item__meta strong")).hasCount(0);
        open("/vorming/" + id);
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main .lead")).hasCount(0);
    }

    @Test
    void theWeekViewOpensOnTheWeekOfTheNextSessionAndAWeekWithoutOneSaysWhenTheNextIs() {
        String theme = ownTheme();
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate day = today.plusDays(9); // always in a later week than this one
        String title = "Test infosessie in een latere week " + words(theme);
        String id = publishedOn("INFO_SESSION", title, theme, day).getString("id");
        String shownDay = DUTCH_DAY.format(day);

        open("/kalender?weergave=week&thema=" + theme);
        Locator event = page.locator(".session-schedule a.fc-event[href$='/vorming/" + id + "']");
        assertThat(event).isVisible();
        assertThat(page.locator("#periode-uitleg")).containsText("Je ziet de week van de eerstvolgende, op " + shownDay);

        // this week, chosen: none in it, and the page says when the next one is, with a link to its week
        open("/kalender?weergave=week&thema=" + theme + "&datum=" + today);
        assertThat(page.locator("#periode-uitleg")).containsText("De eerstvolgende is op " + shownDay + ": " + title);
        page.locator("#naar-volgende-sessie").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*datum=" + day + ".*"));
        assertThat(event).isVisible();

        // the month view opens on a month with the session in it
        open("/kalender?weergave=maand&thema=" + theme);
        assertThat(event).isVisible();
    }

    @Test
    void aDraftAndASessionThatEndedAreInNoPublicViewNorInTheFeedAndTheirPagesAreNotFound() {
        String theme = ownTheme();
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate yesterday = today.minusDays(1);
        LocalDate tomorrow = today.plusDays(1);
        JsonObject shown = publishedOn("TRAINING", "Test komt nog " + words(theme), theme, tomorrow);
        // the organiser moves a published session to yesterday: it ended
        JsonObject ended = publishedOn("TRAINING", "Test al voorbij " + words(theme), theme, tomorrow);
        HttpResponse<String> moved = Http.put("/api/sessions/" + ended.getString("id"), Json.createObjectBuilder(onDay(
                ended.getString("kind"), ended.getString("title"), theme, yesterday)).add("version", ended.getInt("version"))
                .build().toString(), "coordinator", TrainingApiIT.PW);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> created = Http.post("/api/sessions", TrainingApiIT.JSON,
                onDay("TRAINING", "Test nog een ontwerp " + words(theme), theme, tomorrow).toString(), "coordinator", TrainingApiIT.PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject draft = Http.json(created).asJsonObject();
        List<String> hidden = List.of(ended.getString("id"), draft.getString("id"));

        // the REST API, anonymously: from yesterday on, only the one still to come; the others are not found
        HttpResponse<String> list = Http.get("/api/sessions?size=500&from=" + yesterday + "&theme=" + theme);
        assertThat(TrainingApiIT.ids(Http.json(list).asJsonArray())).containsExactly(shown.getString("id"));
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("1");
        for (String id : hidden) {
            assertThat(Http.get("/api/sessions/" + id).statusCode()).as("GET /api/sessions/" + id).isEqualTo(404);
            assertThat(Http.get("/api/sessions/" + id + ".ics").statusCode()).as(id + ".ics").isEqualTo(404);
            assertThat(Http.get("/vorming/" + id).statusCode()).as("/vorming/" + id).isEqualTo(404);
        }
        assertThat(Http.get("/api/sessions/" + ended.getString("id"), "coordinator", TrainingApiIT.PW).statusCode())
                .as("a coordinator still sees it").isEqualTo(200);
        String feed = Http.get("/api/calendar.ics").body().replace("\r\n ", "");
        assertThat(feed).contains(shown.getString("title")).doesNotContain(ended.getString("title"), draft.getString("title"));

        // the pages: the list, and the month and week of yesterday as the schedule asks the server for them
        open("/kalender?thema=" + theme);
        assertThat(page.locator("#sessions .session-item")).hasCount(1);
        assertThat(page.locator("#sessions")).containsText(shown.getString("title"));
        String month = scheduleEvents("/kalender?weergave=maand&thema=" + theme + "&datum=" + yesterday);
        assertThat(month).as("the month of yesterday, with tomorrow in its grid").contains(shown.getString("id"));
        String week = scheduleEvents("/kalender?weergave=week&thema=" + theme + "&datum=" + yesterday);
        for (String id : hidden) {
            assertThat(month).doesNotContain(id);
            assertThat(week).doesNotContain(id);
        }
    }

    /** The answer to the schedule's request for its events, made when the page with it opens. */
    private String scheduleEvents(String path) {
        Response events = page.waitForResponse(response -> "POST".equals(response.request().method())
                && String.valueOf(response.request().postData()).contains("schedule_event"), () -> open(path));
        assertThat(events.status()).isEqualTo(200);
        return events.text();
    }

    /** A test's own theme in a title, as words ("kalendertest 3fa9c2b1"), since what pages show holds no codes. */
    private static String words(String theme) {
        return "kalendertest " + theme.substring("KALENDER_".length()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A theme of a test's own, so that filtering on it shows only that test's sessions: added to the managed list by
     * the administrator, with a name in both languages, as every theme a page shows has.
     */
    private static String ownTheme() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String code = "KALENDER_" + suffix;
        String theme = jakarta.json.Json.createObjectBuilder().add("code", code).add("labelNl", "Kalendertest " + suffix)
                .add("labelEn", "Calendar test " + suffix).add("position", 99).build().toString();
        java.net.http.HttpResponse<String> added = Http.post("/api/reference-lists/session-themes", "application/json",
                theme, "admin", "demo");
        org.assertj.core.api.Assertions.assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return code;
    }

    /** A session as a coordinator sends it: this kind, title and theme, on this day from 14:00 to 16:00. */
    private static JsonObject onDay(String kind, String title, String theme, LocalDate day) {
        return Json.createObjectBuilder(TrainingApiIT.draft("Kalender", 10))
                .add("kind", kind)
                .add("title", title)
                .add("themes", Json.createArrayBuilder().add(theme))
                .add("dates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", day.toString()).add("startsAt", "14:00").add("endsAt", "16:00")))
                .build();
    }

    /** {@link #onDay}, created and published by the demo coordinator; the published session. */
    private static JsonObject publishedOn(String kind, String title, String theme, LocalDate day) {
        return TrainingApiIT.published(onDay(kind, title, theme, day));
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
