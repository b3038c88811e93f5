package be.draaischijf.web.api;

import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.training.ParticipantExport;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/sessions/{id}/registrations.csv and .xlsx: every registration of a session for its organiser, to download. */
@Path("sessions")
@Tag(ref = "Vormingen") // the tag is described once, on SessionsResource
public class ParticipantExportsResource {

    @EJB
    TrainingSessions sessions;

    @EJB
    SessionRegistrations registrations;

    @EJB
    ReferenceLists referenceLists;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/registrations.csv")
    @Produces({ParticipantExport.CSV, MediaType.WILDCARD})
    @Operation(summary = "Alle inschrijvingen als CSV voor Excel (UTF-8, puntkomma's) (organisator)")
    @APIResponse(responseCode = "200", description = "CSV met een kopregel; UTF-8 met BOM, puntkomma's, datums"
            + " dd/MM/jjjj uu:mm in Brussels tijd",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"deelnemers-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    public Response participantsCsv(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        SessionView session = sessions.find(id);
        return Downloads.attachment(ParticipantExport.dutch(referenceLists.items(ReferenceList.SECTOR)).csv(registrations.exportRows(id)), ParticipantExport.CSV,
                ParticipantExport.fileName("deelnemers", session.title(), "csv"));
    }

    @GET
    @Path("{id}/registrations.xlsx")
    @Produces({ParticipantExport.XLSX, MediaType.WILDCARD})
    @Operation(summary = "Alle inschrijvingen als Excel-bestand (.xlsx) (organisator)")
    @APIResponse(responseCode = "200", description = "Excel-werkboek: een vette kopregel, datums als echte datumcellen",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"deelnemers-….xlsx\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ParticipantExport.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    public Response participantsXlsx(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        SessionView session = sessions.find(id);
        return Downloads.attachment(ParticipantExport.dutch(referenceLists.items(ReferenceList.SECTOR)).xlsx(registrations.exportRows(id), session.title()),
                ParticipantExport.XLSX, ParticipantExport.fileName("deelnemers", session.title(), "xlsx"));
    }
}
