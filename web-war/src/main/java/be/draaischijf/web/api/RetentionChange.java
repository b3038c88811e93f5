package be.draaischijf.web.api;

/**
 * Body of {@code PUT /api/retention/{kind}}: the new period as ISO-8601 ({@code P5Y}, {@code P18M}, {@code P30D}), from a
 * day to thirty years; null (or left out) gives the kind back to the configuration.
 */
public record RetentionChange(String period) {
}
