package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;

/** Whether the caller signs in with a second factor (since when), whether their roles require it, recovery codes left. */
public record TwoFactorStatus(boolean enabled, Instant since, boolean required, int recoveryCodesLeft) implements Serializable {
}
