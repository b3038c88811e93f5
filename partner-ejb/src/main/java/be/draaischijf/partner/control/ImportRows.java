package be.draaischijf.partner.control;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OrganisationDraft;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the cells of one import row (by column name) into an organisation draft and, when the row
 * names an offer, an offer draft, with a Dutch message per bad cell. A blank cell keeps what an
 * existing organisation or offer has; lists are separated by {@code |}; codes or labels are accepted.
 */
public final class ImportRows {

    public static final String ORGANISATION = "organisatie";
    public static final String SECTOR = "sector";
    public static final String ORGANISATION_DESCRIPTION = "organisatie_beschrijving";
    public static final String ADDRESS = "adres";
    public static final String PHONE = "telefoon";
    public static final String EMAIL = "email";
    public static final String WEBSITE = "website";
    public static final String ORGANISATION_DISTRICTS = "organisatie_wijken";
    public static final String PARTNER_SINCE = "partner_sinds";
    public static final String OFFER = "aanbod";
    public static final String DESCRIPTION = "beschrijving";
    public static final String KIND = "soort";
    public static final String MINIMUM_AGE = "min_leeftijd";
    public static final String MAXIMUM_AGE = "max_leeftijd";
    public static final String ACCESS = "toegang";
    public static final String CITY_WIDE = "stadsbreed";
    public static final String DISTRICTS = "wijken";
    public static final String PROBLEM_AREAS = "probleemgebieden";
    public static final String LANGUAGES = "talen";
    public static final String CAPACITY = "capaciteit";
    public static final String WAITING_WEEKS = "wachttijd_weken";
    public static final String HOW_TO_APPLY = "aanmelden";
    public static final String COST = "kostprijs";
    public static final String ACTIVE = "actief";

    /** Every column, in the order of the template. */
    public static final List<String> COLUMNS = DirectoryImport.CSV_COLUMNS;

    private static final Map<String, String> ORGANISATION_FIELDS = Map.of("name", ORGANISATION, "sector", SECTOR,
            "description", ORGANISATION_DESCRIPTION, "address", ADDRESS, "phone", PHONE, "email", EMAIL,
            "website", WEBSITE, "districts", ORGANISATION_DISTRICTS, "partnerSince", PARTNER_SINCE);
    private static final Map<String, String> OFFER_FIELDS = Map.ofEntries(Map.entry("name", OFFER),
            Map.entry("description", DESCRIPTION), Map.entry("kind", KIND), Map.entry("minimumAge", MINIMUM_AGE),
            Map.entry("maximumAge", MAXIMUM_AGE), Map.entry("ageRange", MAXIMUM_AGE), Map.entry("access", ACCESS),
            Map.entry("area", DISTRICTS), Map.entry("districts", DISTRICTS), Map.entry("problemAreas", PROBLEM_AREAS),
            Map.entry("languages", LANGUAGES), Map.entry("capacity", CAPACITY), Map.entry("waitingWeeks", WAITING_WEEKS),
            Map.entry("howToApply", HOW_TO_APPLY), Map.entry("cost", COST));

    private static final Map<String, OfferKind> KINDS = aliases(OfferKind.values(), Map.of("advies", OfferKind.ADVICE,
            "individuele begeleiding", OfferKind.INDIVIDUAL_GUIDANCE, "groepswerk", OfferKind.GROUP_WORK,
            "dagbegeleiding", OfferKind.DAY_PROGRAMME, "residentieel", OfferKind.RESIDENTIAL,
            "op school", OfferKind.SCHOOL_BASED, "time-out", OfferKind.TIME_OUT, "ander", OfferKind.OTHER));
    private static final Map<String, Access> ACCESSES = aliases(Access.values(), Map.of(
            "rechtstreeks", Access.DIRECT, "rechtstreeks toegankelijk", Access.DIRECT,
            "via verwijzing", Access.REFERRAL, "verwijzing", Access.REFERRAL));

    private static final Map<String, String> HINTS = Map.of(
            KIND, "advies, individuele begeleiding, groepswerk, dagbegeleiding, residentieel, op school, time-out, ander",
            ACCESS, "rechtstreeks, via verwijzing");

    private final ReferenceCodes codes;
    private final Validator validator;

    public ImportRows(ReferenceCodes codes, Validator validator) {
        this.codes = codes;
        this.validator = validator;
    }

    /** An organisation from a row: what {@code existing} has (null for a new one), overwritten by the row's non-blank cells. */
    public OrganisationDraft organisation(Map<String, String> row, OrganisationDraft existing, List<FieldError> errors) {
        Cells cells = new Cells(row, errors);
        OrganisationDraft base = existing != null ? existing
                : new OrganisationDraft(null, null, null, null, null, null, null, Set.of(), List.of(), null, true, 0);
        OrganisationDraft draft = new OrganisationDraft(
                existing != null ? existing.name() : cells.text(ORGANISATION).orElse(null), // the name is the key
                cells.code(SECTOR, codes::sector, codes.sectorLabels()).orElse(base.sector()),
                cells.text(ORGANISATION_DESCRIPTION).orElse(base.description()),
                cells.text(ADDRESS).orElse(base.address()),
                cells.text(PHONE).orElse(base.phone()),
                cells.text(EMAIL).orElse(base.email()),
                cells.text(WEBSITE).orElse(base.website()),
                cells.codes(ORGANISATION_DISTRICTS, codes::district).orElse(base.districts()),
                base.contacts(),
                cells.date(PARTNER_SINCE).orElse(base.partnerSince()),
                base.active(), base.version());
        validate(draft, ORGANISATION_FIELDS, errors);
        return draft;
    }

    /** An offer from a row, as for organisations; a new offer is active and, without languages given, in Dutch. */
    public OfferDraft offer(Map<String, String> row, OfferDraft existing, List<FieldError> errors) {
        Cells cells = new Cells(row, errors);
        OfferDraft base = existing != null ? existing
                : new OfferDraft(null, null, null, 0, 25, null, false, Set.of(), Set.of(), Set.of("nl"), null, null,
                null, null, true, 0);
        OfferDraft draft = new OfferDraft(
                cells.text(OFFER).orElse(base.name()),
                cells.text(DESCRIPTION).orElse(base.description()),
                cells.choice(KIND, KINDS).orElse(base.kind()),
                cells.number(MINIMUM_AGE).orElse(base.minimumAge()),
                cells.number(MAXIMUM_AGE).orElse(base.maximumAge()),
                cells.choice(ACCESS, ACCESSES).orElse(base.access()),
                cells.yesNo(CITY_WIDE).orElse(base.cityWide()),
                cells.codes(DISTRICTS, codes::district).orElse(base.districts()),
                cells.codes(PROBLEM_AREAS, codes::problemArea).orElse(base.problemAreas()),
                cells.codes(LANGUAGES, codes::language).orElse(base.languages()),
                cells.number(CAPACITY).orElse(base.capacity()),
                cells.number(WAITING_WEEKS).orElse(base.waitingWeeks()),
                cells.text(HOW_TO_APPLY).orElse(base.howToApply()),
                cells.text(COST).orElse(base.cost()),
                cells.yesNo(ACTIVE).orElse(base.active()),
                base.version());
        if (draft.districts().contains("CITY_WIDE")) {
            draft = new OfferDraft(draft.name(), draft.description(), draft.kind(), draft.minimumAge(),
                    draft.maximumAge(), draft.access(), true, Set.of(), draft.problemAreas(), draft.languages(),
                    draft.capacity(), draft.waitingWeeks(), draft.howToApply(), draft.cost(), draft.active(),
                    draft.version());
        }
        validate(draft, OFFER_FIELDS, errors);
        return draft;
    }

    private <T> void validate(T draft, Map<String, String> columns, List<FieldError> errors) {
        Set<String> reported = new java.util.HashSet<>();
        errors.forEach(error -> reported.add(error.field()));
        for (FieldError error : ParameterValidation.invalid(validator.validate(draft)).errors()) {
            String property = error.field().contains(".") ? error.field().substring(0, error.field().indexOf('.')) : error.field();
            String column = columns.getOrDefault(property, property);
            if (reported.add(column)) { // one message per cell: a cell that could not be read says so, not more
                errors.add(new FieldError(column, error.key(), error.arguments()));
            }
        }
        errors.sort(java.util.Comparator.comparing(error -> COLUMNS.indexOf(error.field())));
    }

    private static <E extends Enum<E>> Map<String, E> aliases(E[] values, Map<String, E> dutch) {
        Map<String, E> all = new HashMap<>(dutch);
        Arrays.stream(values).forEach(value -> all.put(value.name().toLowerCase(Locale.ROOT), value));
        return all;
    }

    /** The cells of one row, parsed, with a message for each that cannot be read. */
    private record Cells(Map<String, String> row, List<FieldError> errors) {

        Optional<String> text(String column) {
            String value = row.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        Optional<Integer> number(String column) {
            return text(column).flatMap(value -> {
                try {
                    return Optional.of(Integer.valueOf(value));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of(column, "partner.import.cell.number", "value", value));
                    return Optional.empty();
                }
            });
        }

        Optional<LocalDate> date(String column) {
            return text(column).flatMap(value -> {
                try {
                    return Optional.of(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.of(column, "partner.import.cell.date", "value", value));
                    return Optional.empty();
                }
            });
        }

        Optional<Boolean> yesNo(String column) {
            return text(column).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "ja", "yes", "true", "1", "j", "y" -> Optional.of(true);
                case "nee", "no", "false", "0", "n" -> Optional.of(false);
                default -> {
                    errors.add(FieldError.of(column, "partner.import.cell.yes-no", "value", value));
                    yield Optional.empty();
                }
            });
        }

        <E extends Enum<E>> Optional<E> choice(String column, Map<String, E> values) {
            return text(column).flatMap(value -> {
                E choice = values.get(value.toLowerCase(Locale.ROOT));
                if (choice == null) {
                    errors.add(new FieldError(column, "partner.import.cell.choice",
                            Map.of("value", value, "choices", HINTS.get(column))));
                }
                return Optional.ofNullable(choice);
            });
        }

        /** One code of a reference list, named by its code or a label; a cell that names none says what it may name. */
        Optional<String> code(String column, Function<String, Optional<String>> lookup, String choices) {
            return text(column).flatMap(value -> {
                Optional<String> code = lookup.apply(value);
                if (code.isEmpty()) {
                    errors.add(new FieldError(column, "partner.import.cell.choice", Map.of("value", value, "choices", choices)));
                }
                return code;
            });
        }

        Optional<Set<String>> codes(String column, Function<String, Optional<String>> lookup) {
            return text(column).map(value -> {
                Set<String> found = new LinkedHashSet<>();
                for (String part : value.split("\\|")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    lookup.apply(part).ifPresentOrElse(found::add,
                            () -> errors.add(FieldError.of(column, "partner.import.cell.unknown", "value", part.strip())));
                }
                return found;
            });
        }
    }
}
