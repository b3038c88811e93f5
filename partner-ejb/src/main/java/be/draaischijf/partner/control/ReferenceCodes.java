package be.draaischijf.partner.control;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.ReferenceItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of the network's reference lists (districts, problem areas, sectors) and of languages (ISO 639-1),
 * to check what an editor or an import names, and to find a code by its Dutch or English label.
 */
public final class ReferenceCodes {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Map<String, String> districts;
    private final Map<String, String> problemAreas;
    private final Map<String, String> sectors;
    private final String sectorLabels;

    private ReferenceCodes(Map<String, String> districts, Map<String, String> problemAreas, Map<String, String> sectors,
                           String sectorLabels) {
        this.districts = districts;
        this.problemAreas = problemAreas;
        this.sectors = sectors;
        this.sectorLabels = sectorLabels;
    }

    public static ReferenceCodes of(Collection<ReferenceItem> districtItems, Collection<ReferenceItem> problemAreaItems,
                                    Collection<ReferenceItem> sectorItems) {
        return new ReferenceCodes(lookup(districtItems), lookup(problemAreaItems), lookup(sectorItems),
                sectorItems.stream().filter(ReferenceItem::active).map(item -> item.labelNl().toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    private static Map<String, String> lookup(Collection<ReferenceItem> items) {
        Map<String, String> list = new HashMap<>();
        for (ReferenceItem item : items) {
            list.put(key(item.labelNl()), item.code());
            list.put(key(item.labelEn()), item.code());
            list.put(key(item.code()), item.code());
        }
        return list;
    }

    /** The district code for a code or a label (any case), if there is one. */
    public Optional<String> district(String codeOrLabel) {
        return Optional.ofNullable(districts.get(key(codeOrLabel)));
    }

    public Optional<String> problemArea(String codeOrLabel) {
        return Optional.ofNullable(problemAreas.get(key(codeOrLabel)));
    }

    /** The sector code for a code or a label (any case), if there is one. */
    public Optional<String> sector(String codeOrLabel) {
        return Optional.ofNullable(sectors.get(key(codeOrLabel)));
    }

    /** The active sectors' Dutch labels, comma separated: what an import may name. */
    public String sectorLabels() {
        return sectorLabels;
    }

    public Optional<String> language(String code) {
        String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    public List<FieldError> check(OfferDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        unknown("districts", draft.districts(), districts, errors);
        unknown("problemAreas", draft.problemAreas(), problemAreas, errors);
        draft.languages().stream().filter(code -> !LANGUAGES.contains(code)).sorted().forEach(code ->
                errors.add(FieldError.of("languages", "partner.language.unknown", "code", code)));
        return errors;
    }

    public List<FieldError> check(OrganisationDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        unknown("districts", draft.districts(), districts, errors);
        if (draft.sector() != null && !draft.sector().isBlank()) {
            unknown("sector", Set.of(draft.sector()), sectors, errors);
        }
        return errors;
    }

    private static void unknown(String field, Collection<String> codes, Map<String, String> list, List<FieldError> errors) {
        codes.stream().filter(code -> !code.equals(list.get(key(code)))).sorted().forEach(code ->
                errors.add(FieldError.of(field, "partner.code.unknown", "code", code)));
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
