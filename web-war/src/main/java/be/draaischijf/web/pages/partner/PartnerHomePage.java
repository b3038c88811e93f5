package be.draaischijf.web.pages.partner;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.web.security.CurrentUser;
import be.draaischijf.web.security.SessionUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/** /partner: the organisation the logged-in partner staff member acts for. */
@Named
@RequestScoped
public class PartnerHomePage {

    @EJB
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private OrganisationView organisation;

    @PostConstruct
    void init() {
        organisation = currentUser.sessionUser()
                .map(SessionUser::organisationId)
                .filter(Objects::nonNull)
                .flatMap(organisations::find)
                .orElse(null);
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }
}
