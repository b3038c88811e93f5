package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /beheer: accounts and their roles, paged by the partner module. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    @EJB
    Accounts accounts;

    private PagedModel<AccountView> model;

    @PostConstruct
    void init() {
        Accounts api = accounts;
        model = new PagedModel<>(api::count, api::list, AccountView::username);
    }

    public PagedModel<AccountView> getModel() {
        return model;
    }
}
