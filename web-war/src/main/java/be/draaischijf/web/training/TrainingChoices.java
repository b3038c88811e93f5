package be.draaischijf.web.training;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.web.i18n.Language;
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
 * {@code #{trainingChoices.theme('DROPOUT')}}): session kinds, the known themes (labels
 * {@code theme.<CODE>}; an unknown code shows as itself) and organisers (the network or a partner).
 */
@Named
@RequestScoped
public class TrainingChoices {

    /** The themes the network works on; the module accepts other codes too. */
    public static final List<String> THEMES = List.of("INTAKE", "DROPOUT", "ABSENTEEISM", "COOPERATION",
            "PROFESSIONAL_SECRECY", "WELLBEING");

    @EJB
    Organisations organisations;

    @Inject
    Language language;

    private List<OrganisationView> active;

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public List<String> getThemes() {
        return THEMES;
    }

    public String theme(String code) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey("theme." + code) ? bundle.getString("theme." + code) : code;
    }

    /** Theme labels, comma separated, in alphabetical order. */
    public String themes(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::theme).sorted().collect(Collectors.joining(", "));
    }

    /** Sector labels, comma separated. */
    public String sectors(Collection<String> codes) {
        ResourceBundle bundle = bundle();
        return codes == null ? "" : codes.stream()
                .map(c -> sector(bundle, c))
                .sorted().collect(Collectors.joining(", "));
    }

    /** One sector's label; an unknown code (a sector since removed from the list) shows as itself, none as empty. */
    public String sector(String code) {
        return code == null || code.isBlank() ? "" : sector(bundle(), code);
    }

    private static String sector(ResourceBundle bundle, String code) {
        return bundle.containsKey("sector." + code) ? bundle.getString("sector." + code) : code;
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
