package be.draaischijf.platform.privacy;

/** What one run of the retention rules did to one kind of record: how many records it anonymised or removed. */
public record RetentionResult(RetentionKind kind, int count) {
}
