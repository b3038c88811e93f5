package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The sign-up take-over that was possible before issue 14: someone signs up with another person's address (and,
 * where the form asks for one, a password of their own) and waits for that person to follow the link in the mail.
 * Written against what the pages ask, so that it runs on the release before issue 14 (where it fails: the one who
 * signed up logs in with their password) as well as after it (where the password is chosen on the page the link
 * opens, by whoever holds the mailbox).
 */
class AccountTakeOverIT extends BrowserTest {

    static final String INTRUDERS_PASSWORD = "het wachtwoord van de indringer";
    static final String OWNERS_PASSWORD = "het wachtwoord van de eigenaar";

    @Test
    void signingUpWithSomeoneElsesAddressGivesTheOneWhoDidItNoWayIn() {
        String victim = TrainingApiIT.unique("eigenaar");
        open("/aanmelden-account");
        page.locator("#signup\\:naam").fill("Indringer");
        page.locator("#signup\\:email").fill(victim);
        page.locator("#signup\\:organisatie").fill("Nergens");
        page.locator("#signup\\:functie").fill("Niets");
        fillIfAsked(page.locator("#signup\\:wachtwoord"), page.locator("#signup\\:herhaal"), INTRUDERS_PASSWORD);
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).isVisible();

        // the owner of the address follows the link in the mail, in their own browser, and does what the page asks
        BrowserContext ownersBrowser = browser.newContext();
        Page owner = ownersBrowser.newPage();
        owner.navigate(MailLinks.link(TrainingApiIT.text(TrainingApiIT.mailTo(victim, "bevestig je e-mailadres")), "/"));
        fillIfAsked(owner.locator("#bevestig\\:wachtwoord"), owner.locator("#bevestig\\:herhaal"), OWNERS_PASSWORD);
        owner.locator("#bevestig\\:bevestigKnop").click();
        assertThat(owner.locator("#bevestigd")).isVisible();
        ownersBrowser.close();

        assertThat(Http.get("/api/me", victim, INTRUDERS_PASSWORD).statusCode())
                .as("the one who signed up with someone else's address does not get in").isEqualTo(401);
        logInAsIs(victim, INTRUDERS_PASSWORD);
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist");
        assertThat(Http.get("/api/me", victim, OWNERS_PASSWORD).statusCode()).as("the owner does").isEqualTo(200);
    }

    private static void fillIfAsked(Locator password, Locator repeat, String value) {
        if (password.count() > 0) {
            password.fill(value);
            repeat.fill(value);
        }
    }
}
