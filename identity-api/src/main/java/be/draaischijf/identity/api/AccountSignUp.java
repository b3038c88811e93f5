package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Accounts of professionals who sign up themselves (with e-mail verification) or are invited by a coordinator,
 * and setting a password through a link mailed to the account's address. A mailed link carries a one-time
 * token; the module keeps only its SHA-256 hash. The answers never tell whether an address has an account.
 */
@Local
public interface AccountSignUp {

    /**
     * A professional asks for an account: their username is their e-mail address (lower case). A new
     * address gets a verification link (valid 24 hours); an address that already has an account gets a mail
     * saying so, with a link to set a new password. The caller learns neither: the answer is the same.
     *
     * @throws PasswordRefused when the password is the e-mail address
     */
    void signUp(@NotNull(message = "is verplicht") @Valid SignUp signUp);

    /**
     * Confirms the address of a signed-up account, which may log in from then on.
     *
     * @return the account's username
     * @throws InvalidToken when the link is unknown, used or expired
     */
    String verifyEmail(@NotBlank(message = "is verplicht") String token);

    /**
     * A coordinator or administrator creates a professional's account; the professional gets a link to choose a
     * password (valid 7 days), and may log in after that.
     *
     * @throws EmailInUse when an account with this address exists
     */
    ProfessionalAccount invite(@NotNull(message = "is verplicht") @Valid Invitation invitation);

    /**
     * Mails a link to choose a new password (valid 1 hour) when an account has this address; does nothing,
     * and says nothing, when none has.
     */
    void requestPasswordReset(@NotBlank(message = "vul je e-mailadres in")
                              @Email(message = "is geen geldig e-mailadres")
                              @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String email);

    /**
     * Whether a link to choose a password can still be used, without using it.
     *
     * @throws InvalidToken when it cannot
     */
    void checkPasswordToken(@NotBlank(message = "is verplicht") String token);

    /**
     * Sets the account's password with a mailed link; the link also proves the address, so an account that was
     * waiting for verification or an invitation may log in from then on.
     *
     * @return the account's username
     * @throws InvalidToken    when the link is unknown, used or expired
     * @throws PasswordRefused when the password is the account's e-mail address
     */
    String setPassword(@NotBlank(message = "is verplicht") String token,
                       @NotNull(message = "kies een wachtwoord")
                       @Size(min = SignUp.MIN_PASSWORD, message = "moet minstens 12 tekens lang zijn")
                       @Size(max = SignUp.MAX_PASSWORD, message = "mag hoogstens 200 tekens lang zijn") String newPassword);

    /** Professionals' accounts by name, one page at a time (coordinators and administrators). */
    List<ProfessionalAccount> professionals(@Min(value = 0, message = "mag niet negatief zijn") int offset,
                                            @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long countProfessionals();
}
