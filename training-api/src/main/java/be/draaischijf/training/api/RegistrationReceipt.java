package be.draaischijf.training.api;

import java.io.Serializable;

/**
 * What a registration with a request key got (ADR 0049): the registration, and whether this was a retry of a request
 * already done ({@code replayed}: the registration the first one made, with the same self-service link; nothing new
 * made or mailed).
 */
public record RegistrationReceipt(RegistrationResult result, boolean replayed) implements Serializable {
}
