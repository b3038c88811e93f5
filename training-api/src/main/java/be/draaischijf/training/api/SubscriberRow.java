package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;

/** A confirmed newsletter subscriber, for the export to the mailing tool. */
public record SubscriberRow(String email, Instant consentAt, Instant confirmedAt) implements Serializable {
}
