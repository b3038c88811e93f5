package be.draaischijf.web.api;

import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.privacy.PrivacyModules;
import be.draaischijf.web.privacy.SubjectExport;
import be.draaischijf.web.privacy.SubjectExportPdf;
import be.draaischijf.web.privacy.SubjectTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/data-subjects: a data subject's request (GDPR articles 15 and 20, ADR 0044), for coordinators and administrators:
 * what every module holds about one young person (first name, last name and birth date) or one professional or
 * registrant (e-mail address), and all of it as an export, JSON or PDF. Each module checks the caller's role again and
 * audits the search (who asked, when, how many records; never the names asked).
 */
@Path("data-subjects")
@Tag(name = "Betrokkenen", description = "Verzoeken van betrokkenen (AVG art. 15 en 20): opzoeken wat de toepassing over"
        + " iemand bewaart en het uitvoeren als JSON of PDF (coördinatoren, beheerders)")
public class DataSubjectsResource {

    static final String PDF = "application/pdf";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LONGEST_EMAIL = 200;
    private static final int LONGEST_NAME = 100;

    @Inject
    PrivacyModules modules;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wat elke module bewaart over een jongere (firstName, lastName en birthDate samen) of over een"
            + " professional of ingeschrevene (email): per module de soort in woorden, het id, het kenmerk en de datum, zonder"
            + " de inhoud (coördinatoren, beheerders). Elke module logt de zoekopdracht, zonder de gezochte namen")
    @APIResponse(responseCode = "200", description = "Per module wat er is; een module zonder gegevens staat er ook, leeg",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectOverview.class)))
    @APIResponse(responseCode = "400", description = "Geen of een onvolledige jongere en geen e-mailadres, allebei, een"
            + " ongeldige datum of een ongeldig e-mailadres: één fout per veld",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public DataSubjectOverview find(
            @Parameter(description = "voornaam van de jongere (met achternaam en geboortedatum)") @QueryParam("firstName") String firstName,
            @Parameter(description = "achternaam van de jongere") @QueryParam("lastName") String lastName,
            @Parameter(description = "geboortedatum van de jongere, jjjj-mm-dd") @QueryParam("birthDate") String birthDate,
            @Parameter(description = "e-mailadres van een professional of ingeschrevene (zonder de velden van een jongere)")
            @QueryParam("email") String email) {
        Callers.coordinator(security);
        SubjectQuery query = query(firstName, lastName, birthDate, email);
        SubjectTexts texts = SubjectTexts.in(language());
        List<DataSubjectOverview.Module> found = new ArrayList<>();
        for (Map.Entry<String, List<SubjectRecord>> module : modules.find(query).entrySet()) {
            found.add(new DataSubjectOverview.Module(module.getKey(), texts.module(module.getKey()), module.getValue().stream()
                    .map(record -> new DataSubjectOverview.Found(record.module(), record.kind(), texts.kind(record.kind()),
                            record.id(), record.reference(), record.createdAt()))
                    .toList()));
        }
        return new DataSubjectOverview(texts.subject(query), found.stream().mapToInt(m -> m.records().size()).sum(), found);
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(summary = "Alles wat de toepassing over de betrokkene bewaart, om mee te geven (coördinatoren, beheerders):"
            + " JSON met per module elk gegeven (naam, label en waarde in woorden in de taal van de aanvraag, en de waarde zoals"
            + " bewaard), of met Accept: application/pdf (of format=pdf) een leesbare PDF. Taal: de taal die de persoon op de"
            + " pagina's koos, anders Accept-Language (Nederlands tenzij Engels). De bestandsnaam noemt de persoon niet")
    @APIResponse(responseCode = "200", description = "De export, als bestand om te bewaren (gegevens-jjjj-mm-dd.json of .pdf)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"gegevens-2026-12-06.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectExport.class)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Zoals bij het opzoeken; of een onbekend format",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response export(
            @Parameter(description = "voornaam van de jongere (met achternaam en geboortedatum)") @QueryParam("firstName") String firstName,
            @Parameter(description = "achternaam van de jongere") @QueryParam("lastName") String lastName,
            @Parameter(description = "geboortedatum van de jongere, jjjj-mm-dd") @QueryParam("birthDate") String birthDate,
            @Parameter(description = "e-mailadres van een professional of ingeschrevene") @QueryParam("email") String email,
            @Parameter(description = "pdf of json: in plaats van de Accept-header (voor een gewone link)")
            @QueryParam("format") String format) {
        Callers.coordinator(security);
        boolean pdf = wantsPdf(format);
        SubjectQuery query = query(firstName, lastName, birthDate, email);
        SubjectTexts texts = SubjectTexts.in(language());
        Instant now = Instant.now();
        SubjectExport export = SubjectExport.of(query, modules.find(query), texts, now);
        String fileName = texts.text("subject.export.file") + "-" + now.atZone(SubjectTexts.BRUSSELS).toLocalDate();
        if (pdf) {
            return Downloads.attachment(SubjectExportPdf.write(export, texts), PDF, fileName + ".pdf");
        }
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Whom the request is about: a young person (first name, last name and birth date, all three) or an e-mail address,
     * not both; every fault named by its parameter, in one 400.
     */
    static SubjectQuery query(String firstName, String lastName, String birthDate, String email) {
        boolean byEmail = present(email);
        boolean byName = present(firstName) || present(lastName) || present(birthDate);
        List<FieldError> errors = new ArrayList<>();
        if (byEmail && byName) {
            errors.add(FieldError.of("email", "draaischijf.data-subject.not-both"));
            throw new Invalid(errors);
        }
        if (byEmail) {
            String address = email.strip();
            if (address.length() > LONGEST_EMAIL || !EMAIL.matcher(address).matches()) {
                throw new Invalid(FieldError.of("email", "draaischijf.email"));
            }
            return SubjectQuery.byEmail(address);
        }
        if (!byName) {
            errors.add(FieldError.of("firstName", "draaischijf.required"));
            errors.add(FieldError.of("lastName", "draaischijf.required"));
            errors.add(FieldError.of("birthDate", "draaischijf.required"));
            errors.add(FieldError.of("email", "draaischijf.data-subject.who"));
            throw new Invalid(errors);
        }
        name("firstName", firstName, errors);
        name("lastName", lastName, errors);
        LocalDate born = null;
        if (!present(birthDate)) {
            errors.add(FieldError.of("birthDate", "draaischijf.required"));
        } else {
            try {
                born = LocalDate.parse(birthDate.strip());
                if (born.isAfter(LocalDate.now(SubjectTexts.BRUSSELS))) {
                    errors.add(FieldError.of("birthDate", "draaischijf.past-or-present"));
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("birthDate", "draaischijf.date"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return SubjectQuery.youngPerson(firstName.strip(), lastName.strip(), born);
    }

    private static void name(String field, String value, List<FieldError> errors) {
        if (!present(value)) {
            errors.add(FieldError.of(field, "draaischijf.required"));
        } else if (value.strip().length() > LONGEST_NAME) {
            errors.add(FieldError.of(field, "draaischijf.size.max", "max", LONGEST_NAME));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** PDF when {@code format=pdf}, or when the caller prefers application/pdf to JSON; JSON otherwise. */
    private boolean wantsPdf(String format) {
        if (present(format)) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> true;
                case "json" -> false;
                default -> throw new BadInput("format", "api.input.unknown-value");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (MediaType.valueOf(PDF).isCompatible(type)) {
                return true;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
        }
        return false;
    }

    /** The language the person chose on the pages (the language cookie), else the request's Accept-Language. */
    private Locale language() {
        Cookie chosen = headers.getCookies().get(Language.COOKIE);
        if (chosen != null && Language.SUPPORTED.contains(chosen.getValue())) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        return Problems.language(headers);
    }
}
