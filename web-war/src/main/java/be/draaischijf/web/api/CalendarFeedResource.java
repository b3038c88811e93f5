package be.draaischijf.web.api;

import be.draaischijf.training.api.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/calendar.ics: the iCalendar feed of published sessions, to subscribe to in a calendar app. */
@Path("calendar.ics")
@Tag(name = "Vormingen")
public class CalendarFeedResource {

    @EJB
    TrainingSessions sessions;

    @GET
    @Produces({SessionsResource.CALENDAR, jakarta.ws.rs.core.MediaType.WILDCARD})
    @Operation(summary = "iCalendar-feed (text/calendar) van de gepubliceerde vormingen en infosessies, één afspraak per"
            + " dag, tijden in Europe/Brussels; geannuleerde sessies met STATUS:CANCELLED")
    public Response feed() {
        return Response.ok(sessions.calendarFeed(), SessionsResource.CALENDAR)
                .header("Content-Disposition", "inline; filename=\"draaischijf-vormingen.ics\"")
                .header("Cache-Control", "public, max-age=900")
                .build();
    }
}
