package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A theme meeting as a list shows it: when, where, how many organisations were invited and how many actions are open. */
public record MeetingSummary(UUID id, String theme, LocalDate day, LocalTime startsAt, LocalTime endsAt, String place,
                             int partners, int openActions) implements Serializable {
}
