package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The referral path in the browser, as the people who walk it: a professional asks a question about a young
 * person, a coordinator triages it and refers to a ranked offer, the partner answers until the support is
 * completed, the professional follows it, and the case is closed with an outcome; and a second path that ends
 * in a case conference with participants and an agreed action. Every page in Dutch and English through axe.
 */
class ReferralPathBrowserIT extends BrowserTest {

    static final String OFFER = "Dagcentrum De Passage";
    /** The demo account of De Passage's staff member, as the conference page finds and shows it. */
    static final String PASSAGE_STAFF = "Demo medewerker De Twee Gezusters – De Passage";
    static final LocalDate BORN = LocalDate.now().minusYears(15).minusDays(40);
    static final Pattern REFERENCE = Pattern.compile("DS-\\d{4}-\\d{4,}");
    static final Pattern CASE_URL = Pattern.compile(".*/(meldpunt/dossiers|mijn/aanmeldingen)/([0-9a-f-]{36})$");

    @Test
    void aProfessionalsQuestionIsReferredAnsweredByThePartnerAndClosedWithAnOutcome() {
        String firstName = uniqueName("Lotte");

        // the professional asks the question, with the young person's consent
        logIn("professional", "demo");
        page.locator("nav.site-nav").getByText("Nieuwe vraag").click();
        assertThat(page.locator("h1")).hasText("Een vraag over een jongere");
        assertThat(page.locator("#intake\\:aanmelderNaam")).not().hasValue("");
        assertThat(page.locator("#intake\\:aanmelderEmail")).hasValue(Pattern.compile(".+@.+"));
        inBothLanguages("/aanmelden", "aanmelden");
        fillIntake(firstName, true);
        screenshot("aanmelden-ingevuld-nl");
        page.locator("#intake\\:controleer").click();

        assertThat(page.locator(".steps__step[aria-current=step]")).containsText("Controleren en versturen");
        assertThat(page.locator("main")).containsText(firstName + " Padtest");
        assertThat(page.locator("main")).containsText("Schooluitval");
        assertThat(page.locator("main")).containsText("de jongere");
        assertAccessible("/aanmelden summary (nl)");
        screenshot("aanmelden-controle-nl");
        page.locator("#intake\\:verstuur").click();

        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#messages")).containsText("Je vraag is verstuurd met kenmerk DS-");
        String reference = reference(page.locator("h1").textContent());
        String caseId = caseId(page.url());
        assertThat(page.locator("#status")).hasText("Nieuw");
        assertThat(page.locator("main")).containsText(firstName + " Padtest");
        inBothLanguages("/mijn/aanmeldingen/{id}", "mijn-aanmelding");
        MimeMessage confirmation = ReferralApiIT.awaitMail("confirming " + reference,
                mail -> TrainingApiIT.subject(mail).contains(reference) && TrainingApiIT.subject(mail).contains("ontvangen"));
        assertThat(TrainingApiIT.to(confirmation)).as("the referrer got a confirmation").contains("professional@example.org");
        assertThat(GreenMailUtil.getBody(confirmation)).as("no name in a mail").doesNotContain(firstName);

        page.locator("nav.site-nav").getByText("Mijn aanmeldingen").click();
        Locator mine = page.locator("#mine tr:has-text('" + reference + "')");
        assertThat(mine).containsText("Nieuw");
        inBothLanguages("/mijn/aanmeldingen", "mijn-aanmeldingen-lijst");

        // Netsterk Kiel's coordinator finds it on the workbench (filters in the address; their own contact point by
        // default, where a question about a young person from Kiel lands) and triages it
        context.clearCookies();
        logIn("coordinator2", "demo");
        open("/meldpunt/dossiers");
        assertThat(page.locator("h1")).hasText("Dossiers");
        page.locator("#filters\\:status").selectOption("NEW");
        page.locator("#filters\\:wijk").selectOption("KIEL");
        page.locator("#filters\\:filter").click();
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt/dossiers\\?status=NEW&wijk=KIEL$"));
        assertThat(page.locator("#filters\\:status")).hasValue("NEW");
        inBothLanguages("/meldpunt/dossiers filtered", "dossiers-gefilterd");
        // the search finds the young person by name, with the filters kept; the reference header sorts from the keyboard
        page.locator("#filters\\:q").fill(firstName);
        page.locator("#filters\\:filter").click();
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt/dossiers\\?q=" + firstName + "&status=NEW&wijk=KIEL$"));
        Locator found = page.locator("#casesForm\\:cases tbody tr", new Page.LocatorOptions().setHasText(firstName + " Padtest"));
        assertThat(found).hasCount(1);
        assertThat(found).containsText(reference);
        Locator referenceHeader = page.locator("#casesForm\\:cases thead th", new Page.LocatorOptions().setHasText("Kenmerk"));
        referenceHeader.press("Enter");
        assertThat(referenceHeader).hasClass(Pattern.compile("ui-state-active"));
        assertThat(page.locator("#filters\\:sorteer")).hasValue("REFERENCE");
        assertThat(page.locator("#filters\\:q")).hasValue(firstName);
        assertThat(found).hasCount(1);
        page.locator("#casesForm\\:cases a.case-link", new Page.LocatorOptions().setHasText(reference)).click();

        assertThat(page.locator("h1")).hasText("Dossier " + reference);
        assertThat(page.locator("#status")).hasText("Nieuw");
        assertThat(page.locator("#delen-waarde")).hasText("Toestemming");
        inBothLanguages("/meldpunt/dossiers/{id} (new)", "dossier-nieuw");
        changeStatus("IN_ANALYSIS");
        assertThat(page.locator("#messages")).containsText("De status is gewijzigd.");
        assertThat(page.locator("#status")).hasText("In analyse");
        assertThat(page.locator("#coordinator-waarde")).not().hasText("Nog niet toegewezen");

        Locator match = page.locator("#matches > li", new Page.LocatorOptions().setHasText(OFFER));
        assertThat(match.locator(".reason").first()).isVisible();
        assertThat(match).containsText("leeftijd past");
        assertThat(match).containsText("werkt rond");
        screenshot("dossier-aanbod-nl");
        // two steps: who is told first (ReferConfirmationIT tests it in full), then the referral
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorverwijzen: " + OFFER)).click();
        assertThat(page.locator("#bevestig-titel")).isFocused();
        assertThat(page.locator("#bevestig-titel")).containsText(OFFER);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, doorverwijzen")).click();

        assertThat(page.locator("#messages")).containsText("De verwijzing is verstuurd.");
        assertThat(page.locator("#status")).hasText("Doorverwezen");
        assertThat(page.locator("#verwijzingen")).containsText(OFFER);
        assertThat(page.locator("#verwijzingen")).containsText("Voorgesteld, wacht op antwoord");
        assertThat(match).containsText("Doorverwezen");
        inBothLanguages("/meldpunt/dossiers/{id} (referred)", "dossier-doorverwezen");

        // the partner organisation sees it among its referrals and answers until the support is completed
        context.clearCookies();
        logIn("partner.depassage", "demo");
        Locator referral = page.locator("#referralsForm\\:referrals tr:has-text('" + reference + "')");
        assertThat(referral).containsText(firstName + " Padtest");
        assertThat(referral).containsText("Voorgesteld, wacht op antwoord");
        inBothLanguages("/partner with referrals", "partner-doorverwijzingen");
        referral.locator("a.referral-link").click();

        assertThat(page.locator("h1")).hasText("Doorverwijzing " + reference);
        String referralUrl = page.url();
        // only what the partner needs: not the birth date; who asked the question, since the young person agreed to
        // sharing it (ADR 0038)
        assertThat(page.locator("#aanmelder")).containsText("03 000 00 02");
        assertThat(page.locator("main")).not().containsText(
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(BORN));
        inBothLanguages("/partner/doorverwijzingen/{id}", "partner-doorverwijzing");
        page.locator("#antwoord\\:nieuweStatus").selectOption("DECLINED");
        assertThat(page.locator("#antwoord\\:reden")).isVisible();
        page.locator("#antwoord\\:verstuur").click();
        assertThat(page.locator(".field:has(#antwoord\\:reden) .ui-message"))
                .containsText("Kies waarom jullie de verwijzing weigeren.");
        assertThat(page.locator("#status")).hasText("Voorgesteld, wacht op antwoord");
        assertAccessible("partner answer without a reason (nl)");
        screenshot("partner-doorverwijzing-fout-nl");
        assertStillAt(referralUrl, "Doorverwijzing " + reference);
        answer("ACCEPTED", "Intake gepland volgende week.");
        assertThat(page.locator("#status")).hasText("Aanvaard");
        answer("STARTED", null);
        assertThat(page.locator("#status")).hasText("Gestart");
        answer("COMPLETED", "Traject goed afgerond.");
        assertThat(page.locator("#status")).hasText("Afgerond");
        assertThat(page.locator("#antwoord")).hasCount(0);
        // the history in words, in the page's language, with what the partner wrote beside it
        assertThat(page.locator("#geschiedenis")).containsText("van „Gestart” naar „Afgerond”");
        assertThat(page.locator("#geschiedenis .timeline__written").first()).hasText("Traject goed afgerond.");
        page.locator(".language-switch").click();
        assertThat(page.locator("#geschiedenis")).containsText("from \"Started\" to \"Completed\"");
        page.locator(".language-switch").click();
        inBothLanguages("/partner/doorverwijzingen/{id} (completed)", "partner-doorverwijzing-afgerond");

        // the professional sees where the referral stands
        context.clearCookies();
        logIn("professional", "demo");
        open("/mijn/aanmeldingen/" + caseId);
        assertThat(page.locator("#verwijzingen")).containsText(OFFER);
        assertThat(page.locator("#verwijzingen")).containsText("Afgerond");
        assertThat(page.locator("#status")).hasText("Doorverwezen");

        // the coordinator follows up and closes the case with an outcome
        context.clearCookies();
        logIn("coordinator", "demo");
        open("/meldpunt/dossiers/" + caseId);
        assertThat(page.locator("#verwijzingen")).containsText("Afgerond");
        // the partner's answers say who gave them by name, never by user name
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Demo medewerker De Twee Gezusters – De Passage");
        assertThat(page.locator("#tijdlijn-lijst")).not().containsText("partner.depassage");
        changeStatus("FOLLOW_UP");
        assertThat(page.locator("#status")).hasText("Opvolging");

        page.locator("#statusForm\\:nieuweStatus").selectOption("CLOSED");
        assertThat(page.locator("#statusForm\\:afloop")).isVisible();
        page.locator("#statusForm\\:wijzigStatus").click();
        assertThat(page.locator(".field:has(#statusForm\\:afloop) .ui-message"))
                .containsText("Kies hoe het dossier afloopt om het af te sluiten.");
        assertAccessible("case page with a missing outcome (nl)");
        screenshot("dossier-afloop-ontbreekt-nl");
        assertStillAt(baseUrl + "/meldpunt/dossiers/" + caseId, "Dossier " + reference);
        page.locator("#statusForm\\:nieuweStatus").selectOption("CLOSED");
        page.locator("#statusForm\\:afloop").selectOption("BACK_IN_SCHOOL");
        page.locator("#statusForm\\:wijzigStatus").click();

        assertThat(page.locator("#messages")).containsText("De status is gewijzigd.");
        assertThat(page.locator("#status")).hasText("Afgesloten");
        assertThat(page.locator("#afloop-waarde")).hasText("Terug naar school");
        assertThat(page.locator("#statusForm")).hasCount(0);
        assertThat(page.locator("#tijdlijn-lijst"))
                .containsText("Status gewijzigd van „Opvolging” naar „Afgesloten” (afloop: Terug naar school).");
        page.locator("#auditForm\\:toonAudit").click();
        assertThat(page.locator("#auditlog")).containsText("Ingekeken");
        assertThat(page.locator("#auditlog")).containsText("Gewijzigd");
        assertThat(page.locator("#auditlog")).containsText("Dossier geopend");
        assertAccessible("closed case with the audit log (nl)");
        screenshot("dossier-afgesloten-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("#tijdlijn-lijst"))
                .containsText("Status changed from \"Follow-up\" to \"Closed\" (outcome: Back in school).");
        page.locator(".language-switch").click();
        inBothLanguages("/meldpunt/dossiers/{id} (closed)", "dossier-afgesloten");
    }

    @Test
    void aCoordinatorPlansACaseConferenceWithParticipantsAndAnActionThatAParticipantCanRead() {
        // a page journey of one browser on one instance (nginx keeps a session on its instance): on the cluster, the
        // three journeys above show what the data grid carries; the conference's stored steps run on both databases in
        // the referral module's ReferralModuleDatabaseTest (participants, actions) and over HTTP in ReferralApiIT
        org.junit.jupiter.api.Assumptions.assumeFalse(DeployedApp.cluster(), "the PostgreSQL cluster: see above");
        String firstName = uniqueName("Noor");

        // a question that came in by phone, without consent yet
        logIn("coordinator", "demo");
        open("/meldpunt/dossiers");
        page.locator("#nieuweAanmelding").click();
        assertThat(page.locator("h1")).hasText("Een vraag over een jongere");
        assertThat(page.locator("#intake\\:kanaal")).hasValue("PHONE");
        inBothLanguages("/aanmelden (coordinator)", "aanmelden-meldpunt");
        fillIntake(firstName, false);
        page.locator("#intake\\:aanmelderNaam").fill("Sam Leerlingbegeleider (fictief)");
        page.locator("#intake\\:aanmelderEmail").fill("sam.padtest@example.org");
        page.locator("#intake\\:controleer").click();
        assertThat(page.locator("main")).containsText("nog niemand");
        page.locator("#intake\\:verstuur").click();

        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#messages")).containsText("Je vraag is verstuurd met kenmerk DS-");
        String reference = reference(page.locator("h1").textContent());
        String caseId = caseId(page.url());
        assertThat(page.locator("#delen-waarde")).hasText("Niet toegestaan (geen toestemming of grond)");
        changeStatus("IN_ANALYSIS");
        assertThat(page.locator("main")).containsText("doorverwijzen deelt gegevens en kan dus nog niet");
        assertThat(page.locator(".refer-button")).hasCount(0);

        // a call on the timeline, a legal ground to share, and a need the network cannot meet
        page.locator("#notitie\\:notitieSoort").selectOption("CALL");
        page.locator("#notitie\\:notitieTekst").fill("Gebeld met de school: de ouders zijn moeilijk bereikbaar.");
        page.locator("#notitie\\:bewaarNotitie").click();
        assertThat(page.locator("#messages")).containsText("Toegevoegd aan de tijdlijn.");
        assertThat(page.locator("#tijdlijn-lijst li").first()).containsText("Telefoongesprek");
        assertThat(page.locator("#tijdlijn-lijst li").first()).containsText("de ouders zijn moeilijk bereikbaar");
        page.locator("#grondForm\\:grond").selectOption("SHARED_PROFESSIONAL_SECRECY");
        page.locator("#grondForm\\:bewaarGrond").click();
        assertThat(page.locator("#messages")).containsText("De wettelijke grond is vastgelegd.");
        assertThat(page.locator("#delen-waarde")).hasText("Gedeeld beroepsgeheim");
        assertThat(page.locator(".refer-button").first()).isVisible();
        page.locator("#noodForm\\:nodReden").selectOption("WAITING_TOO_LONG");
        page.locator("#noodForm\\:nodWachttijd").fill("12");
        page.locator("#noodForm\\:bewaarNood").click();
        assertThat(page.locator("#messages")).containsText("De onvervulde nood is vastgelegd.");
        assertThat(page.locator("#status")).hasText("Onvervulde nood");
        assertThat(page.locator("#noden")).containsText("Wachttijd te lang");
        assertThat(page.locator("#noden")).containsText("12 weken");
        inBothLanguages("/meldpunt/dossiers/{id} (unmet need)", "dossier-onvervulde-nood");

        // the conference: when, where, why, on which ground, who, and what was agreed
        page.locator("#overlegPlannen").click();
        assertThat(page.locator("h1")).hasText("Netwerkoverleg plannen " + reference);
        String newConferenceUrl = page.url();
        assertThat(newConferenceUrl).endsWith("/meldpunt/overleg/nieuw?dossier=" + caseId);
        inBothLanguages("/meldpunt/overleg/nieuw", "overleg-nieuw");
        page.locator("#overleg\\:bewaar").click();
        assertThat(page.locator(".field:has(#overleg\\:plaats) .ui-message")).containsText("verplicht");
        assertThat(page).hasURL(newConferenceUrl);
        assertThat(label("Naam deelnemer 1")).hasValue("Sam Leerlingbegeleider (fictief)");
        label("Datum en uur").fill(LocalDate.now().plusDays(7) + "T14:00");
        label("Plaats").fill("Centraal Meldpunt, vergaderzaal 2");
        label("Doel van het overleg").fill("Samen een plan maken om " + firstName + " terug naar school te krijgen.");
        page.locator("#overleg\\:grond").selectOption("CASE_CONFERENCE_458TER");
        // the phone intake's referrer has no account: a name typed, no address shown
        assertThat(page.locator("#deelnemer-1")).hasCount(0);

        // a partner's staff member is found among the accounts by part of their name, not typed as a user name
        assertThat(page.getByText("Gebruikersnaam deelnemer")).hasCount(0);
        label("Zoek op naam of e-mailadres").fill("passage");
        page.locator("#overleg\\:zoekKnop").click();
        assertThat(page.locator("#zoek-uitkomst")).containsText("gevonden voor „passage”");
        assertThat(page.locator("#zoekresultaten")).containsText("partner.depassage@example.org");
        assertThat(page.locator("#zoekresultaten")).containsText("Partner bij De Twee Gezusters – De Passage");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen: " + PASSAGE_STAFF)).click();
        assertThat(page.locator("#messages")).containsText(PASSAGE_STAFF + " is toegevoegd als deelnemer.");
        assertThat(page.locator("#deelnemer-2")).containsText(PASSAGE_STAFF);
        assertThat(page.locator("#deelnemer-2")).containsText("partner.depassage@example.org");
        assertThat(label("Namens deelnemer 2")).isFocused();
        assertThat(label("Namens deelnemer 2")).hasValue("De Twee Gezusters – De Passage");
        label("Namens deelnemer 2").fill("De Passage");
        assertThat(page.locator("#zoekresultaten")).containsText("Al toegevoegd");

        page.locator("#overleg\\:deelnemerToevoegen").click();
        assertThat(label("Naam deelnemer 3")).isFocused();
        page.keyboard().type("Leerkracht (fictief)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijder deelnemer 3")).click();
        assertThat(label("Naam deelnemer 3")).hasCount(0);
        assertThat(page.locator("#overleg\\:deelnemerToevoegen")).isFocused();

        label("Agenda").fill("1. Kennismaking\n2. Wat loopt er moeilijk?\n3. Afspraken");
        label("Afspraak 1").fill("Contact opnemen met de school");
        label("Wie 1").fill("Eline (fictief)");
        label("E-mail voor de herinnering 1").fill("eline@depassage.example.org");
        label("Tegen 1").fill(LocalDate.now().plusDays(14).toString());
        assertAccessible("conference form filled in (nl)");
        screenshot("overleg-ingevuld-nl");
        page.locator("#overleg\\:bewaar").click();

        assertThat(page.locator("#messages")).containsText("Het netwerkoverleg is gepland.");
        assertThat(page.locator("h1")).hasText("Netwerkoverleg " + reference);
        assertThat(page.locator("#deelnemer-2")).containsText(PASSAGE_STAFF);
        assertThat(page.locator("#deelnemer-2")).containsText("partner.depassage@example.org");
        assertThat(label("Namens deelnemer 2")).hasValue("De Passage");
        assertThat(label("Afspraak 1")).hasValue("Contact opnemen met de school");
        String conferenceUrl = page.url();
        inBothLanguages("/meldpunt/overleg/{id}", "overleg");

        label("Plaats").fill("");
        page.locator("#overleg\\:bewaar").click();
        assertThat(page.locator(".field:has(#overleg\\:plaats) .ui-message")).containsText("verplicht");
        screenshot("overleg-fout-nl");
        assertStillAt(conferenceUrl, "Netwerkoverleg " + reference);
        assertThat(label("Plaats")).hasValue("Centraal Meldpunt, vergaderzaal 2");

        label("Verslag").fill("De school zoekt een nieuwe klas; De Passage neemt contact op.");
        label("Gedaan 1").check();
        page.locator("#overleg\\:bewaar").click();
        assertThat(page.locator("#messages")).containsText("Het netwerkoverleg is bewaard.");
        assertThat(label("Gedaan 1")).isChecked();

        page.locator("#naarDossier").click();
        assertThat(page.locator("#status")).hasText("Netwerkoverleg");
        assertThat(page.locator("#overleggen")).containsText("Centraal Meldpunt, vergaderzaal 2");
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Netwerkoverleg gepland");
        inBothLanguages("/meldpunt/dossiers/{id} (case conference)", "dossier-netwerkoverleg");

        // on the workbench the status reads in full, at 1280 px and at 200 % zoom (640 CSS px: the rows stack); a case
        // from Kiel is Netsterk's, so the Centraal Meldpunt's coordinator looks at every contact point's cases
        open("/meldpunt/dossiers?status=CASE_CONFERENCE&contactpunt=alle");
        Locator badge = page.locator("#casesForm\\:cases tr:has-text('" + reference + "') .status");
        assertThat(badge).hasText("Netwerkoverleg");
        screenshot("dossiers-netwerkoverleg-1280-nl");
        assertReadsInFull(badge, "at 1280 px (nl)");
        // and the whole table fits: the last column (received) ends inside the page, nothing scrolls sideways
        Object overflow = page.locator("#casesForm\\:cases").evaluate("t => { const last = t.querySelector('thead th:last-child');"
                + " return [Math.round(last.getBoundingClientRect().right), Math.round(t.getBoundingClientRect().right),"
                + " document.documentElement.scrollWidth, window.innerWidth].join(' '); }");
        int[] edges = java.util.Arrays.stream(String.valueOf(overflow).split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(edges[0] <= edges[1] && edges[2] <= edges[3])
                .as("the workbench fits 1280 px (last header's right, table's right, page width, window width: " + overflow + ")")
                .isTrue();
        assertThat(page.locator("#casesForm\\:cases tr:has-text('" + reference + "') .cell-detail").first()).not().isEmpty();
        inBothLanguages("/meldpunt/dossiers?status=CASE_CONFERENCE&contactpunt=alle", "dossiers-netwerkoverleg");
        page.setViewportSize(640, 450);
        assertReadsInFull(badge, "at 200 % zoom (nl)");
        screenshot("dossiers-netwerkoverleg-200pct-nl");
        page.locator(".language-switch").click();
        assertThat(badge).hasText("Case conference");
        assertReadsInFull(badge, "at 200 % zoom (en)");
        screenshot("dossiers-netwerkoverleg-200pct-en");
        page.setViewportSize(1280, 900);
        assertReadsInFull(badge, "at 1280 px (en)");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // a participant with an account reads the conference, and nothing else of the case
        context.clearCookies();
        logIn("partner.depassage", "demo");
        page.navigate(conferenceUrl);
        assertThat(page.locator("h1")).hasText("Netwerkoverleg " + reference);
        assertThat(page.locator("#overleg")).hasCount(0);
        assertThat(page.locator("#deelnemerslijst")).containsText(PASSAGE_STAFF + " (De Passage)");
        assertThat(page.locator("#actielijst")).containsText("Contact opnemen met de school");
        assertThat(page.locator("#actielijst")).containsText("Gedaan");
        assertThat(page.locator("main")).containsText("De school zoekt een nieuwe klas");
        inBothLanguages("/meldpunt/overleg/{id} as a participant", "overleg-deelnemer");
        open("/meldpunt/dossiers/" + caseId);
        assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(page.locator("main")).not().containsText(firstName);
    }

    @Test
    void whenTwoCoordinatorsChangeTheSameCaseTheSecondIsToldAndKeepsWhatTheyTyped() {
        String firstName = uniqueName("Ines");
        logIn("coordinator", "demo");
        open("/aanmelden");
        fillIntake(firstName, true);
        page.locator("#intake\\:aanmelderNaam").fill("Kim Zorgcoördinator (fictief)");
        page.locator("#intake\\:aanmelderEmail").fill("kim.padtest@example.org");
        page.locator("#intake\\:controleer").click();
        page.locator("#intake\\:verstuur").click();
        assertThat(page).hasURL(CASE_URL);
        String caseUrl = page.url();
        assertThat(page.locator("#status")).hasText("Nieuw");

        // a colleague assigns the case in another tab meanwhile
        Page other = context.newPage();
        other.navigate(caseUrl);
        other.locator("#toewijzen\\:coordinator").selectOption("coordinator2");
        other.locator("#toewijzen\\:bewaarToewijzing").click();
        assertThat(other.locator("#messages")).containsText("De toewijzing en opvolgdatum zijn bewaard.");
        other.close();

        chooseAndAwaitAjax(page.locator("#statusForm\\:nieuweStatus"), "IN_ANALYSIS");
        page.locator("#statusForm\\:statusNotitie").fill("Eerste gesprek met de school gepland.");
        page.locator("#statusForm\\:wijzigStatus").click();
        assertThat(page.locator("#messages")).containsText("Iemand anders wijzigde dit dossier intussen.");
        assertThat(page).hasURL(caseUrl);
        assertThat(page.locator("#status")).hasText("Nieuw");
        assertThat(page.locator("#coordinator-waarde")).containsText("Netsterk");
        assertThat(page.locator("#statusForm\\:statusNotitie")).hasValue("Eerste gesprek met de school gepland.");
        assertAccessible("case page after a conflict (nl)");
        screenshot("dossier-conflict-nl");

        chooseAndAwaitAjax(page.locator("#statusForm\\:nieuweStatus"), "IN_ANALYSIS");
        page.locator("#statusForm\\:wijzigStatus").click();
        assertThat(page.locator("#messages")).containsText("De status is gewijzigd.");
        assertThat(page.locator("#status")).hasText("In analyse");
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Eerste gesprek met de school gepland.");
        String first = reference(page.locator("h1").textContent());

        // the same young person asked about again: the coordinator is warned and links the two cases
        open("/aanmelden");
        fillIntake(firstName, true);
        page.locator("#intake\\:aanmelderNaam").fill("Kim Zorgcoördinator (fictief)");
        page.locator("#intake\\:aanmelderEmail").fill("kim.padtest@example.org");
        page.locator("#intake\\:controleer").click();
        page.locator("#intake\\:verstuur").click();
        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#dubbels")).containsText(first);
        assertAccessible("case page with a possible duplicate (nl)");
        screenshot("dossier-dubbel-nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppel: " + first)).click();
        assertThat(page.locator("#messages")).containsText("De dossiers zijn gekoppeld.");
        assertThat(page.locator("#dubbels")).hasCount(0);
        assertThat(page.locator("#gekoppeld a")).hasCount(1);
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Gekoppeld aan dossier " + first);
        page.locator("#gekoppeld a").click();
        assertThat(page.locator("h1")).hasText("Dossier " + first);
    }

    @Test
    void theIntakeIsCheckedAndSentWithTheKeyboardAlone() {
        String firstName = uniqueName("Milan");
        logIn("professional", "demo");
        open("/aanmelden?lang=en");
        assertThat(page.locator("h1")).hasText("A question about a young person");
        page.locator("#intake\\:controleer").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".field:has(#intake\\:voornaam) .ui-message")).containsText("Enter the young person's first name.");
        assertThat(page.locator("#foutoverzicht")).isFocused();
        assertAccessible("/aanmelden with errors (en)");
        screenshot("aanmelden-fouten-en");

        fillIntake(firstName, true);
        page.locator("#intake\\:probleemgebieden input[value=DROPOUT]").uncheck();
        page.locator("#intake\\:probleemgebieden input[value=DROPOUT]").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#intake\\:probleemgebieden input[value=DROPOUT]")).isChecked();
        page.locator("#intake\\:aanmelderTelefoon").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#intake\\:controleer")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator(".steps__step[aria-current=step]")).containsText("Check and send");
        assertAccessible("/aanmelden summary (en)");
        screenshot("aanmelden-controle-en");
        for (int i = 0; i < 60 && !Boolean.TRUE.equals(page.evaluate("document.activeElement.id === 'intake:verstuur'")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#intake\\:verstuur")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#messages")).containsText("Your question was sent with reference DS-");
        assertThat(page.locator("#status")).hasText("New");
        open("/mijn/aanmeldingen?lang=nl");
    }

    /** The page as it is, in Dutch and (through the language switch) in English, through axe; then Dutch again. */
    private void inBothLanguages(String what, String name) {
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible(what + " (nl)");
        screenshot(name + "-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible(what + " (en)");
        screenshot(name + "-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    /** The intake form, filled in for a 15-year-old in Kiel at risk of dropping out. */
    private void fillIntake(String firstName, boolean consent) {
        fillIntake(page, firstName, consent);
    }

    /** The intake form on this page, filled in for a 15-year-old in Kiel at risk of dropping out (ClusterIT too). */
    static void fillIntake(Page page, String firstName, boolean consent) {
        page.locator("#intake\\:voornaam").fill(firstName);
        page.locator("#intake\\:achternaam").fill("Padtest");
        page.locator("#intake\\:geboortedatum").fill(BORN.toString());
        page.locator("#intake\\:postcode").fill("2020");
        page.locator("#intake\\:wijk").selectOption("KIEL");
        page.locator("#intake\\:schoolstatus").selectOption("AT_RISK");
        page.locator("#intake\\:school").fill("Demo Middenschool");
        page.locator("#intake\\:schooljaar").fill("3de jaar");
        page.locator("#intake\\:vraag").fill(firstName + " komt sinds de herfstvakantie bijna niet meer naar school.\n"
                + "We zoeken een aanbod dat haar terug op weg helpt.");
        page.locator("#intake\\:probleemgebieden input[value=DROPOUT]").check();
        page.locator("#intake\\:probleemgebieden input[value=ABSENTEEISM]").check();
        page.locator("#intake\\:geprobeerd").fill("Gesprekken met de leerlingbegeleider en het CLB.");
        page.locator("#intake\\:urgentie input[value=HIGH]").check();
        if (consent) {
            page.locator("#intake\\:toestemmingJongere").check();
            page.locator("#intake\\:toestemmingDatum").fill(LocalDate.now().toString());
            page.locator("#intake\\:toestemmingWijze").selectOption("IN_PERSON");
        }
        page.locator("#intake\\:aanmelderOrganisatie").fill("Demo Middenschool");
        page.locator("#intake\\:aanmelderSector").selectOption("EDUCATION");
        page.locator("#intake\\:aanmelderFunctie").fill("leerlingbegeleider");
        page.locator("#intake\\:aanmelderTelefoon").fill("03 000 00 02");
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void changeStatus(String to) {
        chooseAndAwaitAjax(page.locator("#statusForm\\:nieuweStatus"), to);
        page.locator("#statusForm\\:wijzigStatus").click();
        page.waitForLoadState();
    }

    /** Chooses in a select that updates the form (f:ajax) and waits for that update before going on. */
    private void chooseAndAwaitAjax(Locator select, String value) {
        page.waitForResponse(response -> "POST".equals(response.request().method()), () -> select.selectOption(value));
    }

    private void answer(String to, String note) {
        chooseAndAwaitAjax(page.locator("#antwoord\\:nieuweStatus"), to);
        if (note != null) {
            page.locator("#antwoord\\:notitie").fill(note);
        }
        page.locator("#antwoord\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("Je antwoord is bewaard.");
    }

    /**
     * After a refused save the page is still at its own address (the forms post back to it), so that opening
     * that address again, as a reload or a bookmark does, shows the same case rather than a page without one.
     */
    private void assertStillAt(String url, String heading) {
        assertThat(page).hasURL(url);
        page.navigate(page.url());
        assertThat(page.locator("h1")).hasText(heading);
    }

    /** The element is not cut off: as wide as its text, and inside the table cell that holds it. */
    private void assertReadsInFull(Locator element, String what) {
        Object measured = element.evaluate("e => { const cell = e.closest('td'); const box = e.getBoundingClientRect();"
                + " const c = cell.getBoundingClientRect();"
                + " return [e.scrollWidth, e.clientWidth, cell.scrollWidth, cell.clientWidth, box.left, box.right, c.left, c.right]"
                + ".map(Math.round).join(' '); }");
        double[] m = java.util.Arrays.stream(String.valueOf(measured).split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertThat(m[0] <= m[1] && m[2] <= m[3] && m[5] <= m[7] && m[4] >= m[6])
                .as(element.textContent() + " cut off " + what + " (element scroll/client, cell scroll/client, element"
                        + " left/right, cell left/right: " + measured + ")").isTrue();
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).as("a case reference in " + text).isTrue();
        return matcher.group();
    }

    private static String caseId(String url) {
        Matcher matcher = CASE_URL.matcher(url);
        assertThat(matcher.matches()).as("a case address: " + url).isTrue();
        return matcher.group(2);
    }

    /** A made-up first name no other test uses, so that no case looks like a duplicate of this one. */
    private static String uniqueName(String base) {
        Random random = new Random();
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < 4; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
