package be.draaischijf.web.training;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the training pages offer to choose from and how they name codes ({@code #{trainingChoices.kinds}},
 * {@code #{trainingChoices.theme('DROPOUT')}}): session kinds, the themes of the managed list (an unknown code shows
 * as itself) and organisers (the network or a partner).
 */
@Named
@RequestScoped
public class TrainingChoices {

    @EJB
    Organisations organisations;

    @Inject
    Language language;

    @Inject
    ReferenceChoices choices;

    private List<OrganisationView> active;

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    /** The codes of the active session themes (the managed list); the module accepts other codes too. */
    public List<String> getThemes() {
        return choices.getSessionThemes().stream().filter(ReferenceItem::active).map(ReferenceItem::code).toList();
    }

    /** A theme's label; a code not on the list shows as itself. */
    public String theme(String code) {
        return choices.sessionTheme(code);
    }

    /** Theme labels, comma separated, in alphabetical order. */
    public String themes(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::theme).sorted().collect(Collectors.joining(", "));
    }

    /** Sector labels, comma separated. */
    public String sectors(Collection<String> codes) {
        return choices.sectorLabels(codes);
    }

    /** One sector's label; a code not on the list shows as itself, none as empty. */
    public String sector(String code) {
        return choices.sector(code);
    }

    /** The organiser's name: the network itself when {@code id} is null. */
    public String organiser(UUID id) {
        if (id == null) {
            return bundle().getString("session.organiser.network");
        }
        return organisations.find(id).map(OrganisationView::name).orElse(bundle().getString("session.organiser.network"));
    }

    /** Active partner organisations by name, for the organiser choice. */
    public List<OrganisationView> getOrganisations() {
        if (active == null) {
            active = organisations.listActive(0, 500);
        }
        return active;
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
    }
}
