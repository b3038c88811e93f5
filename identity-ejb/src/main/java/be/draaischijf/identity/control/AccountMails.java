package be.draaischijf.identity.control;

import be.draaischijf.platform.mail.Mailer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mails about an account: Dutch first, English below. They name only the person they are sent to (and the
 * mails that answer the public sign-up form not even that: only what the account already holds) and carry one link.
 */
public final class AccountMails {

    private static final String SIGNATURE_NL = "\n\nHet Centraal Meldpunt\n\n---\n\n";
    private static final String SIGNATURE_EN = "\n\nThe Centraal Meldpunt\n";
    private static final String NOT_YOU_NL = "Vroeg je dit niet aan? Dan mag je deze mail negeren; er verandert niets.";
    private static final String NOT_YOU_EN = "Did you not ask for this? Then ignore this mail; nothing changes.";

    private final String baseUrl;

    public AccountMails(String baseUrl) {
        this.baseUrl = (baseUrl == null ? "http://localhost:8080" : baseUrl).replaceAll("/+$", "");
    }

    /**
     * After signing up: confirm the address and choose a password (valid 24 hours). Addressed to a colleague, not to
     * the name typed in the form: these mails carry no text the visitor typed.
     */
    public Mailer.Mail verify(String to, String token) {
        String link = link("/aanmelden-account/bevestigen", token);
        return new Mailer.Mail(List.of(to), "Draaischijf: bevestig je e-mailadres / confirm your e-mail address",
                "Beste collega,\n\nIemand vroeg met dit e-mailadres een account aan bij Draaischijf. Was jij dat? Bevestig dan je"
                        + " e-mailadres en kies je wachtwoord met deze link (24 uur geldig):\n" + link + "\n\n" + NOT_YOU_NL
                        + SIGNATURE_NL
                        + "Dear colleague,\n\nSomeone asked for a Draaischijf account with this e-mail address. Was it you? Then"
                        + " confirm your e-mail address and choose your password with this link (valid for 24 hours):\n" + link
                        + "\n\n" + NOT_YOU_EN + SIGNATURE_EN);
    }

    /** Someone signed up with an address that has an account: say so, with a link to choose a new password (1 hour). */
    public Mailer.Mail alreadyRegistered(String to, String username, String token) {
        String link = link("/wachtwoord/nieuw", token);
        return new Mailer.Mail(List.of(to), "Draaischijf: je hebt al een account / you already have an account",
                "Beste collega,\n\nIemand vroeg een account aan bij Draaischijf met dit e-mailadres, maar je hebt er al"
                        + " een. Je gebruikersnaam is: " + username + "\nWachtwoord vergeten? Kies een nieuw met deze link"
                        + " (1 uur geldig):\n" + link + "\n\n" + NOT_YOU_NL + SIGNATURE_NL
                        + "Dear colleague,\n\nSomeone asked for a Draaischijf account with this e-mail address, but you"
                        + " already have one. Your username is: " + username + "\nForgot your password? Choose a new one with"
                        + " this link (valid for 1 hour):\n" + link + "\n\n" + NOT_YOU_EN + SIGNATURE_EN);
    }

    /** A coordinator or administrator created the account: choose a password (valid 7 days). */
    public Mailer.Mail invitation(String to, String name, String username, String token) {
        String link = link("/wachtwoord/nieuw", token);
        return new Mailer.Mail(List.of(to), "Draaischijf: je account is klaar / your account is ready",
                "Beste " + name + ",\n\nHet Centraal Meldpunt maakte een account voor je aan bij Draaischijf, waar scholen en"
                        + " jeugdhulp samenwerken rond jongeren. Je gebruikersnaam is: " + username
                        + "\nKies een wachtwoord met deze link (7 dagen geldig):\n" + link + SIGNATURE_NL
                        + "Dear " + name + ",\n\nThe Centraal Meldpunt created a Draaischijf account for you, where schools and"
                        + " youth services work together for young people. Your username is: " + username
                        + "\nChoose a password with this link (valid for 7 days):\n" + link + SIGNATURE_EN);
    }

    /** Forgot the password: choose a new one (valid 1 hour). */
    public Mailer.Mail passwordReset(String to, String name, String username, String token) {
        String link = link("/wachtwoord/nieuw", token);
        return new Mailer.Mail(List.of(to), "Draaischijf: kies een nieuw wachtwoord / choose a new password",
                "Beste " + name + ",\n\nKies een nieuw wachtwoord voor je account bij Draaischijf met deze link (1 uur geldig)."
                        + " Je gebruikersnaam is: " + username + "\n" + link + "\n\n" + NOT_YOU_NL + SIGNATURE_NL
                        + "Dear " + name + ",\n\nChoose a new password for your Draaischijf account with this link (valid for"
                        + " 1 hour). Your username is: " + username + "\n" + link + "\n\n" + NOT_YOU_EN + SIGNATURE_EN);
    }

    private String link(String path, String token) {
        return baseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
