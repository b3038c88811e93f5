package be.draaischijf.web.api;

/** Body of {@code POST /api/newsletter}: the address, consent to the privacy notice, and the honeypot {@code website}. */
public record NewsletterSignUp(String email, Boolean consent, String website) {
}
