package be.draaischijf.web.api.hsds;

import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.web.api.QueryParams;
import be.draaischijf.web.i18n.Language;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/hsds: the public directory as Open Referral HSDS 3.0 (read-only): organizations and services,
 * paged with {@code page} (from 1) and {@code per_page}, and a full export.
 */
@Path("hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS 3.0")
public class HsdsResource {

    private static final int EXPORT_PAGE = 500;

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @EJB
    ReferenceLists referenceLists;

    @GET
    @Path("organizations")
    @Operation(summary = "Organisaties (HSDS organization), per pagina")
    public JsonObject organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Paging paging = Paging.of(page, perPage);
        return HsdsDocuments.page(organisations.listActive(paging.offset(), paging.perPage()),
                documents()::organizationSummary, organisations.countActive(), paging.page(), paging.perPage());
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "Eén organisatie met haar diensten (HSDS organization)")
    public JsonObject organization(@PathParam("id") UUID id) {
        OrganisationView organisation = organisations.find(id).orElseThrow(NotFoundException::new);
        return documents().organization(organisation, offers.ofOrganisation(id));
    }

    @GET
    @Path("services")
    @Operation(summary = "Aanbod (HSDS service), per pagina")
    public JsonObject services(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Paging paging = Paging.of(page, perPage);
        OfferQuery all = OfferQuery.everything();
        return HsdsDocuments.page(offers.search(all, paging.offset(), paging.perPage()),
                documents()::serviceSummary, offers.count(all), paging.page(), paging.perPage());
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "Eén aanbod met talen, werkgebied en organisatie (HSDS service)")
    public JsonObject service(@PathParam("id") UUID id) {
        OfferView offer = offers.find(id).orElseThrow(NotFoundException::new);
        OrganisationView organisation = organisations.find(offer.organisationId()).orElseThrow(NotFoundException::new);
        return documents().service(offer, organisation);
    }

    @GET
    @Path("export")
    @Operation(summary = "De hele gids als HSDS: alle organisaties met hun diensten, als download")
    public Response export() {
        HsdsDocuments documents = documents();
        JsonArrayBuilder all = Json.createArrayBuilder();
        long total = organisations.countActive();
        for (int offset = 0; offset < total; offset += EXPORT_PAGE) {
            organisations.listActive(offset, EXPORT_PAGE)
                    .forEach(org -> all.add(documents.organization(org, offers.ofOrganisation(org.id()))));
        }
        return Response.ok(all.build())
                .header("Content-Disposition", "attachment; filename=\"draaischijf-hsds-" + LocalDate.now() + ".json\"")
                .build();
    }

    private HsdsDocuments documents() {
        ResourceBundle dutch = ResourceBundle.getBundle("be.draaischijf.web.i18n.messages", Locale.forLanguageTag("nl"));
        Map<String, String> languageNames = Language.OFFER_LANGUAGES.stream()
                .collect(Collectors.toMap(Function.identity(), code -> dutch.getString("language." + code)));
        return new HsdsDocuments(referenceLists.districts(), languageNames);
    }

    /** HSDS paging parameters: page from 1, per_page 1–500 (default 50). */
    record Paging(int page, int perPage) {

        static Paging of(String page, String perPage) {
            Integer number = QueryParams.integer("page", page);
            Integer size = QueryParams.integer("per_page", perPage);
            Paging paging = new Paging(number == null ? 1 : number, size == null ? 50 : size);
            if (paging.page < 1) {
                throw new be.draaischijf.web.api.BadInput("page", "api.input.at-least", 1);
            }
            if (paging.perPage < 1 || paging.perPage > 500) {
                throw new be.draaischijf.web.api.BadInput("per_page", "api.input.between", 1, 500);
            }
            return paging;
        }

        int offset() {
            return (page - 1) * perPage;
        }
    }
}
