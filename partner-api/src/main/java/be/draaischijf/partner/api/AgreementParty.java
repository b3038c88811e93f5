package be.draaischijf.partner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One party to a cooperation agreement, with its contact person for the agreement: a partner organisation (by id) or,
 * with {@code organisationId} left out (null), the network itself. The contact person's e-mail address is required:
 * the reminder before the end date goes there.
 */
public record AgreementParty(
        UUID organisationId,
        @NotBlank(message = "{partner.agreement.contact.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String contactName,
        @NotBlank(message = "{partner.agreement.contact.email.required}") @Email(message = "{draaischijf.email}") @Size(max = 200, message = "{draaischijf.size.max}") String contactEmail,
        @Pattern(regexp = OrganisationDraft.PHONE, message = "{draaischijf.phone}") @Size(max = 50, message = "{draaischijf.size.max}") String contactPhone) {

    public AgreementParty {
        contactName = trimmed(contactName);
        contactEmail = trimmed(contactEmail);
        contactPhone = trimmed(contactPhone);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
