package be.draaischijf.web.layout;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.web.i18n.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The choices every form offers ({@code #{choices.activeProblemAreas}}, ...) and how codes read as words
 * ({@code #{choices.sector('YOUTH')}}): the partner module's managed reference lists, each read once per request,
 * and the fixed enumerations. The plain getters ({@code districts}, {@code sectors}, ...) hold every entry, also
 * deactivated ones, for labels and search filters over old records; forms that make or change a record offer the
 * active entries ({@code active…}) and, when changing, the codes the record already has ({@code offered(…)}).
 */
@Named("choices")
@RequestScoped
public class ReferenceChoices {

    @EJB
    ReferenceLists referenceLists;

    @Inject
    Language language;

    private final Map<ReferenceList, List<ReferenceItem>> read = new EnumMap<>(ReferenceList.class);

    /** Every entry of a list (name or path, e.g. {@code 'SECTOR'}), active or not. */
    public List<ReferenceItem> items(ReferenceList list) {
        return read.computeIfAbsent(list, referenceLists::items);
    }

    public List<ReferenceItem> getProblemAreas() {
        return items(ReferenceList.PROBLEM_AREA);
    }

    /** Districts and neighbourhoods, "city-wide" first. */
    public List<ReferenceItem> getDistricts() {
        return items(ReferenceList.DISTRICT);
    }

    public List<ReferenceItem> getSectors() {
        return items(ReferenceList.SECTOR);
    }

    public List<ReferenceItem> getDeclineReasons() {
        return items(ReferenceList.DECLINE_REASON);
    }

    public List<ReferenceItem> getSessionThemes() {
        return items(ReferenceList.SESSION_THEME);
    }

    public List<ReferenceItem> getActiveProblemAreas() {
        return ReferenceItem.offered(getProblemAreas(), Set.of());
    }

    public List<ReferenceItem> getActiveDistricts() {
        return ReferenceItem.offered(getDistricts(), Set.of());
    }

    /** Active districts without "city-wide", for forms that ask city-wide separately. */
    public List<ReferenceItem> getActiveLocalDistricts() {
        return local(getActiveDistricts());
    }

    public List<ReferenceItem> getActiveSectors() {
        return ReferenceItem.offered(getSectors(), Set.of());
    }

    public List<ReferenceItem> getActiveDeclineReasons() {
        return ReferenceItem.offered(getDeclineReasons(), Set.of());
    }

    /**
     * What a form that changes a record offers: the list's active entries and the ones the record already has
     * ({@code kept}: a code, a collection of codes, or null).
     */
    public List<ReferenceItem> offered(String list, Object kept) {
        return ReferenceItem.offered(items(ReferenceList.of(list).orElseThrow()), codes(kept));
    }

    /** {@link #offered} for districts, without "city-wide". */
    public List<ReferenceItem> offeredLocalDistricts(Object kept) {
        return local(offered(ReferenceList.DISTRICT.name(), kept));
    }

    /** District codes as labels in the person's language, in the list's order, comma separated. */
    public String districtLabels(Collection<String> codes) {
        return getDistricts().stream().filter(item -> codes.contains(item.code()))
                .map(item -> item.label(language.getCode())).collect(Collectors.joining(", "));
    }

    /** Problem area codes as labels in the person's language, in the list's order, comma separated. */
    public String problemAreaLabels(Collection<String> codes) {
        return getProblemAreas().stream().filter(item -> codes.contains(item.code()))
                .map(item -> item.label(language.getCode())).collect(Collectors.joining(", "));
    }

    /** A sector's label in the person's language; none reads as empty. */
    public String sector(String code) {
        return code == null || code.isBlank() ? "" : label(code, getSectors(), language.getCode());
    }

    /** Sector labels in the person's language, in alphabetical order, comma separated. */
    public String sectorLabels(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::sector).sorted().collect(Collectors.joining(", "));
    }

    public String declineReason(String code) {
        return code == null ? "" : label(code, getDeclineReasons(), language.getCode());
    }

    public String sessionTheme(String code) {
        return code == null ? "" : label(code, getSessionThemes(), language.getCode());
    }

    public List<String> getLanguages() {
        return Language.OFFER_LANGUAGES;
    }

    public Access[] getAccesses() {
        return Access.values();
    }

    public OfferKind[] getOfferKinds() {
        return OfferKind.values();
    }

    private static List<ReferenceItem> local(List<ReferenceItem> districts) {
        return districts.stream().filter(d -> !"CITY_WIDE".equals(d.code())).toList();
    }

    private static Set<String> codes(Object kept) {
        if (kept instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return kept == null || kept.toString().isBlank() ? Set.of() : Set.of(kept.toString());
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
