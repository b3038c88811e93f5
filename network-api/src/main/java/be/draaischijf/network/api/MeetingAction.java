package be.draaischijf.network.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed at a theme meeting: what, who (a person or an organisation), by when, and whether it is done. */
public record MeetingAction(
        @NotBlank(message = "{network.meeting.action.description.required}")
        @Size(max = 1000, message = "{draaischijf.size.max}") String description,
        @NotBlank(message = "{network.meeting.action.owner.required}")
        @Size(max = 200, message = "{draaischijf.size.max}") String owner,
        @NotNull(message = "{network.meeting.action.due-on.required}") LocalDate dueOn,
        boolean done) implements Serializable {
}
