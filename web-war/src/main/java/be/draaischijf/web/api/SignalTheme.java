package be.draaischijf.web.api;

/**
 * A theme of the network's signals as {@code GET /api/themes} lists it: its code, its name in the caller's language,
 * how many signals name it, and whether it is still offered for new signals.
 */
public record SignalTheme(String code, String name, long signals, boolean active) {
}
