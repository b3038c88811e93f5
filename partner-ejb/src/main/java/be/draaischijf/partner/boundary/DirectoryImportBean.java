package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.control.CsvTable;
import be.draaischijf.partner.control.HsdsRows;
import be.draaischijf.partner.control.ImportRows;
import be.draaischijf.partner.entity.Offer;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class DirectoryImportBean implements DirectoryImport {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Editors editors;

    @Inject
    Validator validator;

    Clock clock = Clock.systemDefaultZone();

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportPreview preview(ImportFormat format, String content) {
        return plan(format, content).preview();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ImportPreview apply(ImportFormat format, String content, Progress progress) {
        String editor = caller.requireName();
        if (!caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN)) {
            throw new NotPermitted("partner.import.not-permitted");
        }
        Plan plan = plan(format, content);
        if (!plan.preview().valid()) {
            throw new ImportRejected(plan.preview());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Organisation> saved = new HashMap<>();
        int done = 0;
        for (Planned row : plan.rows()) {
            Organisation organisation = saved.computeIfAbsent(row.organisationKey(), key -> {
                OrganisationDraft draft = plan.organisations().get(key);
                if (row.organisationId() == null) {
                    Organisation created = new Organisation(draft);
                    em.persist(created);
                    return created;
                }
                Organisation existing = em.find(Organisation.class, row.organisationId());
                existing.apply(draft, true);
                return existing;
            });
            if (row.offer() != null) {
                if (row.offerId() == null) {
                    em.persist(new Offer(organisation, row.offer(), editor, today));
                } else {
                    em.find(Offer.class, row.offerId()).apply(row.offer(), editor, today);
                }
            }
            if (progress != null) {
                progress.rowsDone(++done, plan.rows().size());
            }
        }
        em.flush();
        return plan.preview();
    }

    /** One checked row, ready to save. */
    private record Planned(String organisationKey, UUID organisationId, OfferDraft offer, UUID offerId) {
    }

    /** Every row checked, and for a valid file what to save: organisations by key (merged over their rows) and rows. */
    private record Plan(ImportPreview preview, Map<String, OrganisationDraft> organisations, List<Planned> rows) {
    }

    private record Source(int line, Map<String, String> values) {
    }

    private Plan plan(ImportFormat format, String content) {
        List<FieldError> fileErrors = new ArrayList<>();
        List<Source> sources = sources(format, content, fileErrors);
        if (sources.isEmpty() && fileErrors.isEmpty()) {
            fileErrors.add(FieldError.of("", "partner.import.file.empty"));
        }
        ImportRows convert = new ImportRows(editors.referenceCodes(), validator);
        Map<String, OrganisationDraft> organisations = new LinkedHashMap<>();
        Map<String, Optional<UUID>> organisationIds = new HashMap<>();
        Map<String, Integer> offerLines = new HashMap<>();
        List<ImportRowResult> results = new ArrayList<>();
        List<Planned> rows = new ArrayList<>();
        for (Source source : sources) {
            List<FieldError> errors = new ArrayList<>();
            String name = source.values().get(ImportRows.ORGANISATION);
            if (name == null || name.isBlank()) {
                errors.add(FieldError.of(ImportRows.ORGANISATION, "partner.import.organisation.required"));
                results.add(new ImportRowResult(source.line(), "", true, source.values().get(ImportRows.OFFER), null, errors));
                continue;
            }
            String key = key(name);
            Optional<UUID> organisationId = organisationIds.computeIfAbsent(key, this::organisationNamed);
            OrganisationDraft before = organisations.containsKey(key) ? organisations.get(key)
                    : organisationId.map(id -> em.find(Organisation.class, id).toDraft()).orElse(null);
            if (before == null) {
                defaultOrganisationArea(source.values());
            }
            OrganisationDraft organisation = convert.organisation(source.values(), before, errors);
            if (errors.isEmpty() || before == null) {
                organisations.put(key, organisation);
            }
            String offerName = source.values().get(ImportRows.OFFER);
            OfferDraft offer = null;
            UUID offerId = null;
            if (offerName != null && !offerName.isBlank()) {
                Integer earlier = offerLines.putIfAbsent(key + "\n" + key(offerName), source.line());
                if (earlier != null) {
                    errors.add(FieldError.of(ImportRows.OFFER, "partner.import.offer.twice", "line", earlier));
                }
                Optional<Offer> existing = organisationId.flatMap(id -> offerNamed(id, offerName));
                offerId = existing.map(Offer::getId).orElse(null);
                offer = convert.offer(source.values(), existing.map(Offer::toDraft).orElse(null), errors);
            }
            results.add(new ImportRowResult(source.line(), name.strip(), organisationId.isEmpty(),
                    offer == null ? null : offerName.strip(), offer == null ? null : offerId == null, errors));
            rows.add(new Planned(key, organisationId.orElse(null), offer, offerId));
        }
        return new Plan(new ImportPreview(results, fileErrors), organisations, rows);
    }

    /**
     * The first row of a new organisation that names no districts for it gives it its offer's area:
     * the offer's districts, or the whole city (an organisation must serve somewhere).
     */
    private static void defaultOrganisationArea(Map<String, String> values) {
        String districts = values.get(ImportRows.ORGANISATION_DISTRICTS);
        if (districts != null && !districts.isBlank()) {
            return;
        }
        String offerDistricts = values.get(ImportRows.DISTRICTS);
        String cityWide = values.get(ImportRows.CITY_WIDE);
        if (cityWide != null && List.of("ja", "yes", "true", "1", "j", "y").contains(cityWide.strip().toLowerCase(Locale.ROOT))) {
            values.put(ImportRows.ORGANISATION_DISTRICTS, "CITY_WIDE");
        } else if (offerDistricts != null && !offerDistricts.isBlank()) {
            values.put(ImportRows.ORGANISATION_DISTRICTS, offerDistricts);
        }
    }

    private List<Source> sources(ImportFormat format, String content, List<FieldError> fileErrors) {
        List<Source> sources = new ArrayList<>();
        try {
            if (format == ImportFormat.HSDS_JSON) {
                List<Map<String, String>> rows = HsdsRows.read(content);
                for (int i = 0; i < rows.size(); i++) {
                    sources.add(new Source(i + 1, rows.get(i)));
                }
                return sources;
            }
            CsvTable table = CsvTable.parse(content);
            Set<String> seen = new HashSet<>();
            for (String column : table.header()) {
                if (!column.isBlank() && !ImportRows.COLUMNS.contains(column)) {
                    fileErrors.add(FieldError.of("", "partner.import.column.unknown", "column", column));
                } else if (!column.isBlank() && !seen.add(column)) {
                    fileErrors.add(FieldError.of("", "partner.import.column.twice", "column", column));
                }
            }
            if (!table.header().isEmpty() && !table.header().contains(ImportRows.ORGANISATION)) {
                fileErrors.add(FieldError.of("", "partner.import.column.organisation-missing"));
            }
            for (CsvTable.Row row : table.rows()) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i >= table.header().size()) {
                        if (!row.cells().get(i).isBlank()) {
                            fileErrors.add(FieldError.of("", "partner.import.row.too-many-cells", "line", row.line()));
                        }
                        continue;
                    }
                    values.put(table.header().get(i), row.cells().get(i));
                }
                sources.add(new Source(row.line(), values));
            }
        } catch (CsvTable.Unreadable e) {
            fileErrors.add(e.why());
        } catch (HsdsRows.Unreadable e) {
            fileErrors.add(e.why());
        }
        return sources;
    }

    private Optional<UUID> organisationNamed(String key) {
        return em.createQuery("select o.id from Organisation o where lower(o.name) = :name", UUID.class)
                .setParameter("name", key).getResultStream().findFirst();
    }

    private Optional<Offer> offerNamed(UUID organisationId, String name) {
        return em.createQuery("select o from Offer o where o.organisation.id = :organisation and lower(o.name) = :name",
                        Offer.class)
                .setParameter("organisation", organisationId).setParameter("name", key(name))
                .getResultStream().findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
