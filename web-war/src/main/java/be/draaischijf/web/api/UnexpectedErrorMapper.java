package be.draaischijf.web.api;

import be.draaischijf.partner.api.ConcurrentChange;
import be.draaischijf.partner.api.DemoModeOnly;
import be.draaischijf.partner.api.DuplicateName;
import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.partner.api.InvalidReference;
import be.draaischijf.partner.api.NotEditable;
import be.draaischijf.partner.api.UnknownOffer;
import be.draaischijf.partner.api.UnknownOrganisation;
import be.draaischijf.referral.api.CaseChangedMeanwhile;
import be.draaischijf.referral.api.InvalidIntake;
import be.draaischijf.referral.api.NotPermitted;
import be.draaischijf.referral.api.SharingRefused;
import be.draaischijf.referral.api.TransitionNotAllowed;
import be.draaischijf.referral.api.UnknownReferral;
import be.draaischijf.training.api.SessionBusy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an id, answered with a problem that carries the same id and no
 * stack trace. A validation error wrapped in an EJBException is unwrapped to a 400; the module
 * exceptions of the partner, referral and training APIs become 400, 403, 404, 409 and 422; a session whose
 * lock could not be had in time (a registration rush) is a 503 with {@code Retry-After}, never a 500.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    /** How long a caller waits before trying again when a session is busy (a registration rush). */
    static final long BUSY_RETRY_SECONDS = 5;

    @Context
    UriInfo uri;

    @Context
    Providers providers;

    @Override
    public Response toResponse(Exception exception) {
        if (cause(exception, jakarta.ejb.EJBAccessException.class) != null
                || cause(exception, jakarta.ejb.AccessLocalException.class) != null) {
            // the module's boundary refused the caller's role (@RolesAllowed; Payara says so for local calls)
            return Problems.response(403, Problems.body(403, "Geen toegang", "Je rol mag dit niet doen.", uri.getPath()).build());
        }
        if (exception instanceof EJBException) {
            ConstraintViolationException cve = cause(exception, ConstraintViolationException.class);
            if (cve != null) {
                return providers.getExceptionMapper(ConstraintViolationException.class).toResponse(cve);
            }
        }
        if (exception instanceof DemoModeOnly refused) {
            return Problems.response(409, Problems.body(409, "Niet mogelijk", refused.getMessage(), uri.getPath()).build());
        }
        if (exception instanceof NotEditable) {
            return Problems.response(403, Problems.body(403, "Geen toegang",
                    "Je kan alleen je eigen organisatie en haar aanbod wijzigen.", uri.getPath()).build());
        }
        if (exception instanceof InvalidReference invalid) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            invalid.getErrors().forEach(error -> errors.add(Json.createObjectBuilder()
                    .add("field", error.field()).add("message", error.message())));
            return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                    "Een of meer codes staan niet in de referentielijsten.", uri.getPath()).add("errors", errors).build());
        }
        if (exception instanceof DuplicateName) {
            return Problems.response(409, Problems.body(409, "Naam al in gebruik",
                    "Er is al een organisatie met deze naam.", uri.getPath()).build());
        }
        if (exception instanceof ImportRejected rejected) {
            return Problems.response(422, Problems.body(422, "Import geweigerd",
                    "Niets geïmporteerd: " + rejected.getPreview().invalidRows() + " rij(en) met fouten.", uri.getPath())
                    .add("fileErrors", Json.createArrayBuilder(rejected.getPreview().fileErrors()))
                    .add("rows", ImportResource.rows(rejected.getPreview())).build());
        }
        if (exception instanceof UnknownOffer || exception instanceof UnknownOrganisation) {
            return Problems.response(404, Problems.body(404, "Niet gevonden", null, uri.getPath()).build());
        }
        if (exception instanceof ConcurrentChange) {
            return Problems.response(409, Problems.body(409, "Conflict",
                    "Iemand anders wijzigde dit intussen. Niets bewaard: haal de nieuwste versie op en probeer opnieuw.",
                    uri.getPath()).build());
        }
        if (exception instanceof UnknownReferral) {
            // unknown and out of scope look the same, so ids cannot be probed
            return Problems.response(404, Problems.body(404, "Niet gevonden", null, uri.getPath()).build());
        }
        if (exception instanceof NotPermitted refused) {
            return Problems.response(403, Problems.body(403, "Geen toegang",
                    refused.getMessage() == null ? "Je rol mag dit niet doen." : refused.getMessage(), uri.getPath()).build());
        }
        if (exception instanceof TransitionNotAllowed refused) {
            return Problems.response(409, Problems.body(409, "Niet toegestaan", refused.getMessage(), uri.getPath()).build());
        }
        if (exception instanceof CaseChangedMeanwhile) {
            return Problems.response(409, Problems.body(409, "Conflict",
                    "Iemand anders wijzigde dit dossier intussen. Niets bewaard: haal de nieuwste versie op en probeer opnieuw.",
                    uri.getPath()).build());
        }
        if (exception instanceof SharingRefused refused) {
            return Problems.response(409, Problems.body(409, "Delen niet toegestaan", refused.getMessage() != null
                    ? refused.getMessage()
                    : "Niets gedeeld: er is geen toestemming en geen andere rechtsgrond geregistreerd.", uri.getPath()).build());
        }
        if (exception instanceof InvalidIntake invalid) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            invalid.getErrors().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(error -> errors.add(Json.createObjectBuilder()
                            .add("field", error.getKey()).add("message", error.getValue())));
            return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                    "Een of meer velden zijn niet correct ingevuld.", uri.getPath()).add("errors", errors).build());
        }
        Response training = training(exception);
        if (training != null) {
            return training;
        }
        if (exception instanceof jakarta.ws.rs.ProcessingException || exception instanceof jakarta.json.bind.JsonbException
                || exception instanceof jakarta.json.JsonException) {
            // a body that is no JSON, or JSON that does not fit (unknown enumeration value, bad date)
            return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                    "De inhoud is geen geldige JSON voor deze bewerking: controleer de haakjes, de veldnamen en de"
                            + " toegelaten waarden (zie /openapi).", uri.getPath()).build());
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + uri.getPath(), exception);
        return Problems.response(500, Problems.body(500, "Er ging iets mis",
                "Probeer het later opnieuw. Meld dit kenmerk als het blijft gebeuren: " + id, uri.getPath()).build());
    }

    /** The training module's exceptions: 400, 403, 404, 409, 503; null for anything else. */
    private Response training(Exception exception) {
        if (busy(exception)) {
            LOG.info(() -> "Session lock not had in time on " + uri.getPath() + ": 503 (" + exception + ")");
            return Problems.retryAfter(Problems.response(503, Problems.body(503, "Even te druk",
                    "Veel mensen doen dit nu tegelijk. Er is niets bewaard of gewijzigd: probeer het over enkele seconden"
                            + " opnieuw.", uri.getPath()).build()), BUSY_RETRY_SECONDS);
        }
        if (exception instanceof be.draaischijf.training.api.UnknownSession
                || exception instanceof be.draaischijf.training.api.UnknownRegistration) {
            return Problems.response(404, Problems.body(404, "Niet gevonden", null, uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.UnknownToken) {
            return Problems.response(404, Problems.body(404, "Niet gevonden",
                    "Deze link is niet (meer) geldig.", uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.NotPermitted refused) {
            return Problems.response(403, Problems.body(403, "Geen toegang",
                    refused.getMessage() == null ? "Alleen coördinatoren en beheerders mogen dit." : refused.getMessage(),
                    uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.AlreadyRegistered) {
            return Problems.response(409, Problems.body(409, "Al ingeschreven",
                    "Dit e-mailadres is al ingeschreven voor deze sessie (of staat op de wachtlijst). Kijk in je mailbox"
                            + " voor de bevestiging met de link naar je inschrijving.", uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.RegistrationClosed closed) {
            return Problems.response(409, Problems.body(409, "Inschrijvingen gesloten", closed.getMessage(), uri.getPath())
                    .add("reason", closed.getReason().name()).build());
        }
        if (exception instanceof be.draaischijf.training.api.SessionChangedMeanwhile) {
            return Problems.response(409, Problems.body(409, "Conflict",
                    "Iemand anders wijzigde deze sessie intussen. Niets bewaard: haal de nieuwste versie op en probeer"
                            + " opnieuw.", uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.TransitionNotAllowed refused) {
            return Problems.response(409, Problems.body(409, "Niet toegestaan", refused.getMessage(), uri.getPath()).build());
        }
        if (exception instanceof be.draaischijf.training.api.InvalidInput invalid) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            invalid.getErrors().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(error -> errors.add(Json.createObjectBuilder()
                            .add("field", error.getKey()).add("message", error.getValue())));
            return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                    "Een of meer velden zijn niet correct ingevuld.", uri.getPath()).add("errors", errors).build());
        }
        return null;
    }

    /** A lock was not had in time (the training module says so): nothing was saved and a retry works. */
    static boolean busy(Throwable exception) {
        return cause(exception, SessionBusy.class) != null;
    }

    /** The exception itself or the first of its causes of this type; null when none is. */
    static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        Throwable current = exception;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }
}
