package be.draaischijf.platform.privacy;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Whom a data subject's request is about: a young person by first name, last name and birth date (all three, names
 * compared without regard to case or surrounding spaces), or a professional or registrant by e-mail address.
 */
public record SubjectQuery(String firstName, String lastName, LocalDate birthDate, String email) {

    public static SubjectQuery youngPerson(String firstName, String lastName, LocalDate birthDate) {
        return new SubjectQuery(firstName, lastName, birthDate, null);
    }

    public static SubjectQuery byEmail(String email) {
        return new SubjectQuery(null, null, null, email);
    }

    /** Asks for a young person (name and birth date), not an e-mail address. */
    public boolean youngPerson() {
        return email == null || email.isBlank();
    }

    /** The e-mail address as stored: stripped and in lower case. */
    public String normalisedEmail() {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
