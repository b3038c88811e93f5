package be.draaischijf.web.api;

import be.draaischijf.training.api.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/calendar.ics: the iCalendar feed of published sessions that have not ended, to subscribe to in a calendar app. */
@Path("calendar.ics")
@Tag(ref = "Vormingen") // the tag is described once, on SessionsResource
public class CalendarFeedResource {

    @EJB
    TrainingSessions sessions;

    @GET
    @Produces({SessionsResource.CALENDAR, MediaType.WILDCARD})
    @Operation(summary = "iCalendar-feed (text/calendar) van de gepubliceerde vormingen en infosessies die nog niet voorbij"
            + " zijn, één afspraak per dag, tijden in Europe/Brussels; geannuleerde sessies met STATUS:CANCELLED")
    @APIResponse(responseCode = "200", description = "De feed (RFC 5545) zonder ontwerpen en voorbije sessies; UID's blijven"
            + " gelijk bij wijzigingen, SEQUENCE stijgt",
            headers = {
                    @Header(name = "Content-Disposition", description = "inline; filename=\"draaischijf-vormingen.ics\"", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, max-age=900", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response feed() {
        return Response.ok(sessions.calendarFeed(), SessionsResource.CALENDAR)
                .header("Content-Disposition", "inline; filename=\"draaischijf-vormingen.ics\"")
                .header("Cache-Control", "public, max-age=900")
                .build();
    }
}
