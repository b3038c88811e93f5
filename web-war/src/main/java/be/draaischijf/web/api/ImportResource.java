package be.draaischijf.web.api;

import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportPreview;
import jakarta.ejb.EJB;
import be.draaischijf.platform.i18n.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/import: organisations and offers from CSV ({@code text/csv}) or an HSDS export
 * ({@code application/json}); {@code dryRun=true} only checks. All rows or none (422 with every row's errors).
 */
@Path("import")
@Tag(ref = "Organisaties beheren") // the tag is described once, on OrganisationsResource
public class ImportResource {

    /** The CSV template: the header and one example row. */
    public static final String TEMPLATE = String.join(";", DirectoryImport.CSV_COLUMNS) + "\r\n"
            + DirectoryImport.CSV_EXAMPLE + "\r\n";

    @EJB
    DirectoryImport directoryImport;

    @Context
    SecurityContext security;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organisaties en aanbod importeren uit CSV of een HSDS-export: alles of niets; dryRun=true controleert alleen")
    public JsonObject importDirectory(@Context jakarta.ws.rs.core.HttpHeaders headers,
                                      @QueryParam("dryRun") @DefaultValue("false") String dryRunParameter, String content) {
        // strictly true or false: "dryRun=1" must not quietly become a real import
        if (!"true".equals(dryRunParameter) && !"false".equals(dryRunParameter)) {
            throw new BadInput("dryRun", "api.input.boolean");
        }
        boolean dryRun = Boolean.parseBoolean(dryRunParameter);
        if (content == null || content.isBlank()) {
            throw new BadInput("body", "api.input.import-body");
        }
        MediaType type = headers.getMediaType();
        ImportFormat format = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? ImportFormat.HSDS_JSON : ImportFormat.CSV;
        Texts texts = Texts.in(Problems.language(headers));
        ImportPreview result = dryRun ? directoryImport.preview(format, content)
                : directoryImport.apply(format, content, null);
        return Json.createObjectBuilder()
                .add("imported", !dryRun)
                .add("valid", result.valid())
                .add("fileErrors", fileErrors(result, texts))
                .add("rows", rows(result, texts))
                .build();
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Het CSV-sjabloon voor een import, met een voorbeeldrij")
    public Response template() {
        return Response.ok("\uFEFF" + TEMPLATE)
                .header("Content-Disposition", "attachment; filename=\"draaischijf-import-sjabloon.csv\"").build();
    }

    /** What is wrong with the file as a whole, each as a sentence in the caller's language. */
    static JsonArrayBuilder fileErrors(ImportPreview preview, Texts texts) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        preview.fileErrors().forEach(error -> errors.add(Texts.sentence(texts.of(error))));
        return errors;
    }

    static JsonArrayBuilder rows(ImportPreview preview, Texts texts) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        preview.rows().forEach(row -> {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            row.errors().forEach(error -> errors.add(Json.createObjectBuilder()
                    .add("field", error.field()).add("message", texts.of(error))));
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("line", row.line())
                    .add("organisation", row.organisation())
                    .add("newOrganisation", row.newOrganisation())
                    .add("valid", row.valid())
                    .add("errors", errors);
            if (row.offer() != null) {
                json.add("offer", row.offer()).add("newOffer", row.newOffer());
            }
            rows.add(json);
        });
        return rows;
    }
}
