package be.draaischijf.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/newsletter}: the address, consent to the privacy notice, and the honeypot {@code website}. */
@Schema(name = "NewsletterSignUp", description = "Inschrijven op de nieuwsbrief (dubbele bevestiging per e-mail)",
        requiredProperties = {"email", "consent"})
public record NewsletterSignUp(
        @Schema(description = "E-mailadres; hierheen gaat de bevestigingslink", maxLength = 200, format = "email",
                example = "sara.peeters@example.org")
        String email,
        @Schema(description = "Akkoord met de privacyverklaring: moet true zijn", example = "true")
        Boolean consent,
        @Schema(description = "Laat leeg: een veld dat mensen niet zien (tegen robots)", nullable = true)
        String website) {
}
