package be.draaischijf.web.pages.aanbod;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /aanbod: the public offer search. Every filter is a URL parameter (q, probleem, leeftijd, wijk,
 * sector, toegang, taal), so a search can be shared; the search button redirects to that URL.
 */
@Named
@ViewScoped
public class OfferSearchPage implements Serializable {

    @EJB
    Offers offers;

    @Inject
    ReferenceChoices choices;

    @Inject
    Messages messages;

    private String text;
    private String problemArea;
    private String age;
    private String district;
    private String sector;
    private String access;
    private String language;
    private String view;

    private PagedModel<OfferView> model;

    /** Runs after the URL parameters are applied (f:viewAction). */
    public void load() {
        OfferQuery query = new OfferQuery(blankToNull(text),
                ReferenceChoices.known(problemArea, choices.getProblemAreas()).orElse(null), parseAge(),
                ReferenceChoices.known(district, choices.getDistricts()).orElse(null),
                ReferenceChoices.known(sector, choices.getSectors()).orElse(null), parse(Access.class, access),
                language != null && Language.OFFER_LANGUAGES.contains(language) ? language : null);
        Offers api = offers;
        model = new PagedModel<>(() -> api.count(query), (offset, size) -> api.search(query, offset, size),
                offer -> offer.id().toString());
    }

    public String search() {
        return "/aanbod?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/aanbod?faces-redirect=true";
    }

    /** A shared URL may carry anything: an age outside 0–25 is reported and not used as a filter. */
    private Integer parseAge() {
        if (age == null || age.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(age.trim());
            if (value >= 0 && value <= 25) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        messages.error(null, "offers.age.invalid");
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Results as cards (the default) or as a table ({@code weergave=tabel}), which can also be exported. */
    public boolean isTable() {
        return "tabel".equals(view);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    /** This search's address with another view: the filters stay in the URL. */
    public String viewUrl(String other) {
        StringBuilder url = new StringBuilder("?weergave=").append(other);
        append(url, "q", text);
        append(url, "probleem", problemArea);
        append(url, "leeftijd", age);
        append(url, "wijk", district);
        append(url, "sector", sector);
        append(url, "toegang", access);
        append(url, "taal", language);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public PagedModel<OfferView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProblemArea() {
        return problemArea;
    }

    public void setProblemArea(String problemArea) {
        this.problemArea = problemArea;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
