package be.draaischijf.web.api;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/me: who the caller is (session or HTTP Basic). Requires a login (web.xml). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class MeResource {

    @EJB
    Accounts accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Het aangemelde account met zijn rollen")
    public AccountView me() {
        return accounts.find(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
    }
}
