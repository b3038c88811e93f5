package be.draaischijf.web.api;

/** Body of {@code POST /api/sessions/{id}/publish} and {@code /cancel}: the version read and, to cancel, the reason. */
public record SessionStatusChange(Integer version, String reason) {
}
