package be.draaischijf.training.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a registration got: a seat ({@code CONFIRMED}, {@code position} null) or a place on the waiting list
 * ({@code WAITLISTED}, {@code position} 1 = next in line). {@code cancelToken} is shown once (the self-service
 * link {@code /inschrijving/<token>}); the module keeps only its hash.
 */
public record RegistrationResult(UUID id, RegistrationStatus status, Integer position, String cancelToken)
        implements Serializable {
}
