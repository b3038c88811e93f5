package be.draaischijf.web.api;

/** Body of {@code POST /api/referrals/{id}/break-glass}: why the administrator must open the case (20 to 1000 characters). */
public record BreakGlassReason(String reason) {
}
