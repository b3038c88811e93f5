package be.draaischijf.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an editor may change on an organisation, with the version they started from (optimistic
 * locking, as for offers). {@code districts} are codes of the district reference list, where
 * {@code CITY_WIDE} stands for the whole city. {@code active} left out (null) keeps an organisation as it
 * was, and makes a new one active.
 */
public record OrganisationDraft(
        @NotBlank(message = "{draaischijf.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String name,
        @NotBlank(message = "{partner.sector.required}") @Size(max = 40, message = "{draaischijf.size.max}") String sector,
        @Size(max = 4000, message = "{draaischijf.size.max}") String description,
        @Size(max = 300, message = "{draaischijf.size.max}") String address,
        @Pattern(regexp = PHONE, message = "{draaischijf.phone}") @Size(max = 50, message = "{draaischijf.size.max}") String phone,
        @Email(message = "{draaischijf.email}") @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @Pattern(regexp = "https?://\\S+", message = "{partner.website.url}") @Size(max = 300, message = "{draaischijf.size.max}") String website,
        @NotEmpty(message = "{partner.districts.required}") Set<String> districts,
        @Valid @Size(max = 20, message = "{partner.contacts.size.max}") List<@Valid ContactPerson> contacts,
        @PastOrPresent(message = "{draaischijf.past-or-present}") LocalDate partnerSince,
        Boolean active,
        int version) {

    /** Digits, spaces, a leading +, and the usual separators; at least 8 digits' worth of length. */
    public static final String PHONE = "\\+?[0-9][0-9 ./()-]{7,}";

    public OrganisationDraft {
        districts = districts == null ? Set.of()
                : districts.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
        contacts = contacts == null ? List.of() : contacts.stream().filter(java.util.Objects::nonNull).toList();
        name = trimmed(name);
        description = trimmed(description);
        address = trimmed(address);
        phone = trimmed(phone);
        email = trimmed(email);
        website = trimmed(website);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
