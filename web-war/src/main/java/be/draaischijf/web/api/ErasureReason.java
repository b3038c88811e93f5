package be.draaischijf.web.api;

/** Body of {@code POST /api/referrals/{id}/erasure}: why the case is erased on request (10 to 500 characters). */
public record ErasureReason(String reason) {
}
