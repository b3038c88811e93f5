package be.draaischijf.web.layout;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.partner.api.Sector;
import be.draaischijf.web.i18n.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The choices every form offers ({@code #{choices.problemAreas}}, ...): reference lists from the
 * partner module, read once per request, and the fixed enumerations.
 */
@Named("choices")
@RequestScoped
public class ReferenceChoices {

    @EJB
    ReferenceLists referenceLists;

    @jakarta.inject.Inject
    Language language;

    private List<ReferenceItem> problemAreas;
    private List<ReferenceItem> districts;

    public List<ReferenceItem> getProblemAreas() {
        if (problemAreas == null) {
            problemAreas = referenceLists.problemAreas();
        }
        return problemAreas;
    }

    /** Districts and neighbourhoods, "city-wide" first. */
    public List<ReferenceItem> getDistricts() {
        if (districts == null) {
            districts = referenceLists.districts();
        }
        return districts;
    }

    /** District codes as labels in the person's language, in the list's order, comma separated. */
    public String districtLabels(java.util.Collection<String> codes) {
        return getDistricts().stream().filter(item -> codes.contains(item.code()))
                .map(item -> item.label(language.getCode())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Districts without "city-wide", for forms that ask city-wide separately. */
    public List<ReferenceItem> getLocalDistricts() {
        return getDistricts().stream().filter(d -> !"CITY_WIDE".equals(d.code())).toList();
    }

    public List<String> getLanguages() {
        return Language.OFFER_LANGUAGES;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Access[] getAccesses() {
        return Access.values();
    }

    public OfferKind[] getOfferKinds() {
        return OfferKind.values();
    }

    /** The code if it is in the list, else empty: for codes that come from a URL. */
    public static Optional<String> known(String code, List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).filter(c -> c.equals(code)).findFirst();
    }

    /** The label of a code in the given language, or the code itself when it is not in the list. */
    public static String label(String code, List<ReferenceItem> items, String language) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst()
                .map(item -> item.label(language)).orElse(code);
    }
}
