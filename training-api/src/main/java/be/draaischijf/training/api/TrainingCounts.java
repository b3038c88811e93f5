package be.draaischijf.training.api;

import java.io.Serializable;

/**
 * The training calendar's figures for the sessions that start in a period (reports): sessions held (published or
 * done) and cancelled, registrations made for them, confirmed places, people still or last on the waiting list,
 * promoted from the waiting list, and of the confirmed participants those marked present and absent (no-shows).
 */
public record TrainingCounts(
        long sessions,
        long cancelled,
        long registrations,
        long confirmed,
        long waiting,
        long promoted,
        long present,
        long noShows) implements Serializable {
}
