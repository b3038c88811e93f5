package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, a coordinator's day: the people of a case conference are found among the accounts by part of their name
 * or e-mail address, not typed as user names (ADR 0037). In Dutch and in English, each state of the search through
 * axe-core and into a screenshot: the referrer's account, too short a query, nobody found, more than a page, one found
 * and added with the keyboard alone, the same person again, someone without an account, and the conference saved.
 * The people are the demo accounts: twelve partner staff are "Demo medewerker …", Netsterk's coordinator is
 * coordinator2.
 */
class ConferenceParticipantsIT extends BrowserTest {

    static final String NETSTERK_COORDINATOR = "Demo Coördinator Netsterk";

    /** What the page says in one language, as a person reads it. */
    record Words(String lang, String searchLabel, String tooShort, String none, String more, String found, String add,
                 String added, String alreadyAdded, String coordinatorAt, String name, String represents, String heldAt,
                 String place, String purpose, String planned) {
    }

    static final Words DUTCH = new Words("nl", "Zoek op naam of e-mailadres",
            "Typ minstens 2 tekens van de naam of het e-mailadres.", "Geen account gevonden voor „zzqxw”.",
            "Meer dan 10 accounts gevonden voor „medewerker”.", "1 account gevonden voor „coordinator2@”.", "Toevoegen",
            "is toegevoegd als deelnemer.", "Al toegevoegd", "Coördinator bij Netsterk", "Naam deelnemer", "Namens deelnemer",
            "Datum en uur", "Plaats", "Doel van het overleg", "Het netwerkoverleg is gepland.");

    static final Words ENGLISH = new Words("en", "Search by name or e-mail address",
            "Type at least 2 characters of the name or e-mail address.", "No account found for “zzqxw”.",
            "More than 10 accounts found for “medewerker”.", "1 account found for “coordinator2@”.", "Add",
            "has been added as a participant.", "Already added", "Coordinator at Netsterk", "Participant's name",
            "Participant represents", "Date and time", "Place", "Purpose of the conference", "The case conference was planned.");

    @Test
    void aCoordinatorFindsParticipantsAmongTheAccountsInDutch() {
        walk(DUTCH);
    }

    @Test
    void aCoordinatorFindsParticipantsAmongTheAccountsInEnglish() {
        walk(ENGLISH);
        open("/?lang=nl");
    }

    /** The whole walk on a new conference for a case of its own, in one language. */
    private void walk(Words w) {
        String caseId = caseInAnalysis();
        logIn("coordinator", "demo");
        open("/meldpunt/overleg/nieuw?dossier=" + caseId + ("en".equals(w.lang()) ? "&lang=en" : ""));
        assertThat(page.locator("html")).hasAttribute("lang", w.lang());
        String newConference = page.url();

        // the question came through the web: its referrer is the professional's account, shown as name and address
        assertThat(page.locator("#deelnemer-1")).containsText("professional@example.org");
        assertThat(label(w.name() + " 1")).hasCount(0);
        assertThat(label(w.represents() + " 1")).hasValue("Testschool Kiel (fictief)");
        assertAccessible("conference participants: the referrer's account (" + w.lang() + ")");
        screenshot("overleg-deelnemers-start-" + w.lang());

        // too short a query: a message at the field and in the error summary, nothing searched
        Locator search = label(w.searchLabel());
        search.fill("e");
        page.locator("#overleg\\:zoekKnop").click();
        assertThat(page.locator(".field:has(#overleg\\:zoekAccount) .ui-message")).containsText(w.tooShort());
        assertThat(page.locator("#foutoverzicht")).containsText(w.tooShort());
        assertThat(page.locator("#zoek-uitkomst")).hasCount(0);
        assertAccessible("conference participants: too short a query (" + w.lang() + ")");
        screenshot("overleg-zoeken-te-kort-" + w.lang());

        // nobody found: Enter in the field searches (it does not save the conference), and focus lands on the answer
        search.fill("zzqxw");
        search.press("Enter");
        assertThat(page.locator("#zoek-uitkomst")).containsText(w.none());
        assertThat(page.locator("#zoek-uitkomst")).isFocused();
        assertThat(page.locator("#foutoverzicht")).hasCount(0);
        assertThat(page.locator("#zoekresultaten")).hasCount(0);
        assertThat(page).hasURL(newConference);
        assertThat(page.locator("#messages")).not().containsText(w.planned());
        assertAccessible("conference participants: nobody found (" + w.lang() + ")");
        screenshot("overleg-zoeken-niemand-" + w.lang());

        // more than a page: the first ten by name, and the advice to refine the search
        search.fill("medewerker");
        page.locator("#overleg\\:zoekKnop").click();
        assertThat(page.locator("#zoek-uitkomst")).containsText(w.more());
        assertThat(page.locator("#zoekresultaten li")).hasCount(10);
        assertAccessible("conference participants: more than a page found (" + w.lang() + ")");
        screenshot("overleg-zoeken-meer-dan-tien-" + w.lang());

        // found by part of the address: name, address and what they are in words; added with the keyboard alone
        search.fill("coordinator2@");
        search.press("Enter");
        assertThat(page.locator("#zoek-uitkomst")).hasText(w.found());
        Locator found = page.locator("#zoekresultaten li");
        assertThat(found).hasCount(1);
        assertThat(found).containsText(NETSTERK_COORDINATOR);
        assertThat(found).containsText("coordinator2@example.org");
        assertThat(found).containsText(w.coordinatorAt());
        assertAccessible("conference participants: one account found (" + w.lang() + ")");
        screenshot("overleg-zoeken-gevonden-" + w.lang());
        Locator add = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(w.add() + ": " + NETSTERK_COORDINATOR).setExact(true));
        assertThat(page.locator("#zoek-uitkomst")).isFocused();
        page.keyboard().press("Tab");
        assertThat(add).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#messages")).containsText(NETSTERK_COORDINATOR + " " + w.added());
        assertThat(page.locator("#deelnemer-2")).containsText(NETSTERK_COORDINATOR);
        assertThat(page.locator("#deelnemer-2")).containsText("coordinator2@example.org");
        assertThat(label(w.represents() + " 2")).isFocused();
        assertThat(label(w.represents() + " 2")).hasValue(Pattern.compile("Netsterk"));
        assertAccessible("conference participants: an account added (" + w.lang() + ")");
        screenshot("overleg-deelnemer-toegevoegd-" + w.lang());

        // the same person again: the list says so instead of offering to add them twice
        search.fill("netsterk");
        page.locator("#overleg\\:zoekKnop").click();
        assertThat(page.locator("#zoekresultaten li").filter(new Locator.FilterOptions().setHasText(NETSTERK_COORDINATOR)))
                .containsText(w.alreadyAdded());
        assertThat(add).hasCount(0);
        assertThat(page.locator(".participant-card")).hasCount(2);
        assertAccessible("conference participants: already added (" + w.lang() + ")");
        screenshot("overleg-al-toegevoegd-" + w.lang());

        // someone without an account, such as a parent: a name and what they represent, typed
        page.locator("#overleg\\:deelnemerToevoegen").click();
        assertThat(label(w.name() + " 3")).isFocused();
        page.keyboard().type("Ouder van de jongere (fictief)");
        label(w.represents() + " 3").fill("Ouders");
        assertAccessible("conference participants: someone without an account (" + w.lang() + ")");
        screenshot("overleg-zonder-account-" + w.lang());

        // saved: the people with an account by name and address, the one without by the name typed
        label(w.heldAt()).fill(LocalDate.now().plusDays(7) + "T10:00");
        label(w.place()).fill("Netsterk Kiel, vergaderzaal");
        label(w.purpose()).fill("Samen afspreken wie wat doet.");
        page.locator("#overleg\\:bewaar").click();
        assertThat(page.locator("#messages")).containsText(w.planned());
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt/overleg/[0-9a-f-]{36}$"));
        assertThat(page.locator("#deelnemer-1")).containsText("professional@example.org");
        assertThat(page.locator("#deelnemer-2")).containsText(NETSTERK_COORDINATOR);
        assertThat(page.locator("#deelnemer-2")).containsText("coordinator2@example.org");
        assertThat(label(w.represents() + " 2")).hasValue(Pattern.compile("Netsterk"));
        assertThat(label(w.name() + " 3")).hasValue("Ouder van de jongere (fictief)");
        assertThat(label(w.represents() + " 3")).hasValue("Ouders");
        assertAccessible("conference participants: saved (" + w.lang() + ")");
        screenshot("overleg-deelnemers-bewaard-" + w.lang());
    }

    /** A question asked through the web by the demo professional (with consent), taken into analysis. */
    private static String caseInAnalysis() {
        String id = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true))
                .getString("id");
        ReferralApiIT.toStatus(id, "IN_ANALYSIS");
        return id;
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }
}
