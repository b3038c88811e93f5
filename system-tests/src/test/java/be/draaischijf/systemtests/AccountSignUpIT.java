package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Professionals' accounts in the browser, with the mails read from the test SMTP server: signing up, confirming
 * the address by the mailed link (where the password is chosen) and asking a question (no take-over by signing
 * up with someone else's address: {@link AccountTakeOverIT}); a forgotten password replaced through the mail; a
 * coordinator creating an account for a professional who chooses a password and logs in.
 */
class AccountSignUpIT extends BrowserTest {

    /** The path of the link in a mail, up to its one-time token. */
    static final Pattern LINK = Pattern.compile("/[a-z/-]+\\?token=[A-Za-z0-9_-]{43}");
    static final String PASSWORD = "drie lange woorden";

    @Test
    void aProfessionalSignsUpConfirmsTheAddressByChoosingAPasswordAndAsksAQuestion() {
        String email = unique("sam");
        open("/login");
        page.locator("#accountAanmaken").click();
        assertThat(page.locator("h1")).hasText("Account aanmaken");
        assertThat(page.locator("main")).containsText("Wat we bewaren, en waarom");
        // no password before the address is confirmed
        assertThat(page.locator("#signup\\:wachtwoord")).hasCount(0);

        // mistakes are told next to the fields, in Dutch
        page.locator("#signup\\:naam").fill("Sam Nieuw");
        page.locator("#signup\\:email").fill("geen-adres");
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#signup .field:has(#signup\\:email) .ui-message")).containsText("Vul een e-mailadres in zoals naam@voorbeeld.be.");
        assertThat(page.locator("#signup .field:has(#signup\\:organisatie) .ui-message")).containsText("Vul je school of organisatie in");
        assertAccessible("/aanmelden-account with messages");
        screenshot("aanmelden-account-fouten-nl");

        fillSignUp("Sam Nieuw", email);
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).containsText("Kijk in je mailbox");
        assertAccessible("/aanmelden-account sent");
        screenshot("aanmelden-account-verstuurd-nl");

        MimeMessage mail = mailTo(email, "bevestig je e-mailadres");
        assertThat(text(mail)).contains("Beste collega").contains("kies je wachtwoord").contains("24 uur")
                .as("no text the visitor typed").doesNotContain("Sam Nieuw");
        String link = link(mail);
        assertThat(link).startsWith(baseUrl + "/aanmelden-account/bevestigen?token=");

        follow(link);
        assertThat(page.locator("h1")).hasText("E-mailadres bevestigen en wachtwoord kiezen");
        assertAccessible("/aanmelden-account/bevestigen");
        screenshot("account-bevestigen-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("Confirm your e-mail address and choose a password");
        assertAccessible("/aanmelden-account/bevestigen (en)");
        screenshot("account-bevestigen-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("E-mailadres bevestigen en wachtwoord kiezen");
        page.locator("#bevestig\\:wachtwoord").fill("te kort");
        page.locator("#bevestig\\:herhaal").fill("te kort");
        page.locator("#bevestig\\:bevestigKnop").click();
        assertThat(page.locator("#bevestig .field:has(#bevestig\\:wachtwoord) .ui-message")).containsText("minstens 12 tekens");
        assertAccessible("/aanmelden-account/bevestigen with messages");
        screenshot("account-bevestigen-fouten-nl");
        page.locator("#bevestig\\:wachtwoord").fill(PASSWORD);
        page.locator("#bevestig\\:herhaal").fill(PASSWORD + "!");
        page.locator("#bevestig\\:bevestigKnop").click();
        assertThat(page.locator("#bevestig .field:has(#bevestig\\:herhaal) .ui-message")).containsText("niet gelijk");
        page.locator("#bevestig\\:wachtwoord").fill(PASSWORD);
        page.locator("#bevestig\\:herhaal").fill(PASSWORD);
        page.locator("#bevestig\\:bevestigKnop").click();
        assertThat(page.locator("#bevestigd")).containsText("Je e-mailadres is bevestigd en je wachtwoord bewaard");
        screenshot("account-bevestigd-nl");
        page.locator("#naarAanmelden").click();
        assertThat(page.locator("#welkom")).containsText("Je e-mailadres is bevestigd");

        logInAsIs(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));
        page.locator("nav.site-nav").getByText("Nieuwe vraag").click();
        assertThat(page.locator("h1")).hasText("Een vraag over een jongere");
        assertThat(page.locator("#intake\\:aanmelderEmail")).hasValue(email);

        // the link works once
        context.clearCookies();
        follow(link);
        assertThat(page.locator("#probleem")).containsText("Deze link werd al gebruikt");
        assertThat(page.locator("#bevestig\\:wachtwoord")).hasCount(0);
        screenshot("account-bevestigen-gebruikt-nl");

        // signing up again with the same address: the same answer on screen, a "you have an account" mail
        open("/aanmelden-account");
        fillSignUp("Iemand Anders", email.toUpperCase());
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).containsText("Kijk in je mailbox");
        MimeMessage again = mailTo(email, "je hebt al een account");
        assertThat(text(again)).contains("gebruikersnaam is: " + email).doesNotContain("Iemand Anders");
        logInAsIs(email, PASSWORD);
        // the first account is untouched
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink() {
        String email = unique("kim");
        signUpAndConfirm("Kim Vergeet", email);

        open("/login");
        page.locator("#wachtwoordVergeten").click();
        assertThat(page.locator("h1")).hasText("Wachtwoord vergeten");
        page.locator("#reset\\:email").fill(email);
        page.locator("#reset\\:stuur").click();
        assertThat(page.locator("#sent")).containsText("Als er een account is met dit e-mailadres");
        screenshot("wachtwoord-verstuurd-nl");

        String link = link(mailTo(email, "kies een nieuw wachtwoord"));
        assertThat(link).startsWith(baseUrl + "/wachtwoord/nieuw?token=");
        follow(link);
        assertThat(page.locator("h1")).hasText("Nieuw wachtwoord kiezen");
        page.locator("#nieuw\\:wachtwoord").fill(email);
        page.locator("#nieuw\\:herhaal").fill(email);
        page.locator("#nieuw\\:bewaar").click();
        assertThat(page.locator("#nieuw .field:has(#nieuw\\:wachtwoord) .ui-message")).containsText("niet gelijk zijn aan je e-mailadres");
        assertAccessible("/wachtwoord/nieuw with messages");
        screenshot("wachtwoord-nieuw-fouten-nl");

        page.locator("#nieuw\\:wachtwoord").fill("een splinternieuw wachtwoord");
        page.locator("#nieuw\\:herhaal").fill("een splinternieuw wachtwoord");
        page.locator("#nieuw\\:bewaar").click();
        assertThat(page.locator("#welkom")).containsText("Je wachtwoord is ingesteld");

        logInAsIs(email, PASSWORD);
        // the old password is gone
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist");
        logInAsIs(email, "een splinternieuw wachtwoord");
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));

        context.clearCookies();
        follow(link);
        assertThat(page.locator("#probleem")).containsText("Deze link werd al gebruikt");
        assertThat(page.locator("#nieuw\\:wachtwoord")).hasCount(0);

        // an address without an account gets the same answer
        open("/wachtwoord");
        page.locator("#reset\\:email").fill(unique("niemand"));
        page.locator("#reset\\:stuur").click();
        assertThat(page.locator("#sent")).containsText("Als er een account is met dit e-mailadres");
    }

    @Test
    void aCoordinatorCreatesAnAccountForAProfessionalWhoChoosesAPassword() {
        String email = unique("noor");
        logIn("coordinator", "demo");
        open("/meldpunt");
        page.locator("#naarProfessionelen").click();
        assertThat(page.locator("h1")).hasText("Professionals");
        page.locator("#uitnodigen\\:naam").fill("Noor Uitgenodigd");
        page.locator("#uitnodigen\\:email").fill(email);
        page.locator("#uitnodigen\\:organisatie").fill("CLB Antwerpen");
        page.locator("#uitnodigen\\:functie").fill("Psycholoog");
        page.locator("#uitnodigen\\:maakAan").click();
        assertThat(page.locator("#messages")).containsText("Het account is aangemaakt");
        assertThat(page.locator("#uitnodigen\\:naam")).hasValue("");
        page.locator("#uitnodigen\\:naam").fill("Noor Nogmaals");
        page.locator("#uitnodigen\\:email").fill(email);
        page.locator("#uitnodigen\\:organisatie").fill("CLB Antwerpen");
        page.locator("#uitnodigen\\:maakAan").click();
        assertThat(page.locator("#uitnodigen .field:has(#uitnodigen\\:email) .ui-message"))
                .containsText("Er bestaat al een account met dit e-mailadres");
        assertAccessible("/meldpunt/professionelen with messages");
        screenshot("professionelen-fouten-nl");

        MimeMessage mail = mailTo(email, "je account is klaar");
        assertThat(text(mail)).contains("Beste Noor Uitgenodigd").contains("7 dagen").doesNotContain("Coördinator");
        String link = link(mail);
        context.clearCookies();
        logInAsIs(email, "wat dan ook maar lang");
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist");

        follow(link);
        assertThat(page.locator("h1")).hasText("Nieuw wachtwoord kiezen");
        page.locator("#nieuw\\:wachtwoord").fill(PASSWORD);
        page.locator("#nieuw\\:herhaal").fill(PASSWORD);
        page.locator("#nieuw\\:bewaar").click();
        assertThat(page.locator("#welkom")).containsText("Je wachtwoord is ingesteld");
        logInAsIs(email, PASSWORD);
        open("/aanmelden");
        assertThat(page.locator("h1")).hasText("Een vraag over een jongere");

        // professionals cannot create accounts
        open("/meldpunt/professionelen");
        assertThat(page.locator("h1")).hasText("Geen toegang");

        context.clearCookies();
        logIn("coordinator", "demo");
        open("/meldpunt/professionelen");
        assertThat(page.locator("#lijst\\:professionelen tr:has-text('" + email + "')")).containsText("Actief");
        screenshot("professionelen-lijst-nl");
    }

    private void signUpAndConfirm(String name, String email) {
        open("/aanmelden-account");
        fillSignUp(name, email);
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).containsText("Kijk in je mailbox");
        follow(link(mailTo(email, "bevestig je e-mailadres")));
        page.locator("#bevestig\\:wachtwoord").fill(PASSWORD);
        page.locator("#bevestig\\:herhaal").fill(PASSWORD);
        page.locator("#bevestig\\:bevestigKnop").click();
        assertThat(page.locator("#bevestigd")).containsText("Je e-mailadres is bevestigd");
    }

    private void fillSignUp(String name, String email) {
        page.locator("#signup\\:naam").fill(name);
        page.locator("#signup\\:email").fill(email);
        page.locator("#signup\\:organisatie").fill("Basisschool De Linde");
        page.locator("#signup\\:functie").fill("Zorgco\u00f6rdinator");
    }

    static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
    }

    /** The first mail to this address whose subject has {@code subject}. */
    static MimeMessage mailTo(String address, String subject) {
        return TrainingApiIT.mailTo(address, subject);
    }

    /** The mail's link with its one-time token, exactly as mailed (on the server's address). */
    static String link(MimeMessage mail) {
        String link = MailLinks.link(text(mail), "/");
        assertThat(link.substring(baseUrl.length())).matches(LINK);
        return link;
    }

    private static String text(MimeMessage mail) {
        return TrainingApiIT.text(mail);
    }
}
