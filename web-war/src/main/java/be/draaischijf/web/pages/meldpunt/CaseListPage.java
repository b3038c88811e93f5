package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.web.layout.ContactPointChoices;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.web.pages.referral.ReferralLabels;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.SortMeta;

/**
 * /meldpunt/dossiers: the coordinators' workbench. Every filter, the search and the order are URL parameters
 * (q, status, coordinator, wijk, contactpunt, probleem, urgentie, leeftijd, achterstallig, open, mijn, sorteer, volgorde),
 * so a selection can be shared; the module pages, filters and sorts in one query. Overdue first by default; the
 * coordinator's own contact point's cases by default ("contactpunt=alle": every contact point's). The reference,
 * follow-up and received columns sort the table when their header is activated (click, Enter or Space); the filters stay.
 * The list shows each young person's name: the module audits every case on a page shown.
 */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    @EJB
    ReferralCases cases;

    @Inject
    ReferenceChoices choices;

    @Inject
    ReferralLabels labels;

    @Inject
    ContactPointChoices contactPoints;

    /** What was typed in the search (q): a name, a reference or a birth date. */
    private String text;
    private String status;
    private String coordinator;
    private String district;
    private String contactPoint;
    private String problemArea;
    private String urgency;
    private String ageBand;
    private boolean overdueOnly;
    private boolean openOnly;
    private boolean mine;
    private String sort;
    private String order;

    private CaseFilter filter = CaseFilter.none();
    private PagedModel<ReferralSummary> model;

    /** Runs after the URL parameters are applied (f:viewAction); what is not a known value is not used. */
    public void load() {
        String me = FormPages.editor();
        String chosenCoordinator = mine ? me
                : coordinator != null && labels.getCoordinators().containsKey(coordinator) ? coordinator : null;
        Optional<UUID> point = contactPoints.chosen(contactPoint);
        contactPoint = ContactPointChoices.parameter(point);
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > CaseFilter.QUERY_MAX) {
            text = text.substring(0, CaseFilter.QUERY_MAX);
        }
        filter = new CaseFilter(parse(ReferralStatus.class, status), chosenCoordinator,
                ReferenceChoices.known(district, choices.getDistricts()).orElse(null), point.orElse(null),
                ReferenceChoices.known(problemArea, choices.getProblemAreas()).orElse(null),
                parse(Urgency.class, urgency), parse(AgeBand.class, ageBand), overdueOnly, openOnly, text);
        CaseSort by = getSortBy();
        boolean ascending = isAscending();
        CaseFilter chosen = filter;
        ReferralCases api = cases;
        model = new PagedModel<>(() -> api.count(chosen),
                (offset, size, field, up) -> {
                    // a sorted column header orders the page; without one, the order chosen in the form (or the default)
                    CaseSort column = columnSort(field);
                    return column == null ? api.workbench(chosen, by, ascending, offset, size)
                            : api.workbench(chosen, column, up, offset, size);
                },
                row -> row.id().toString());
    }

    /** The order a sortable column stands for: its sortBy field (reference, followUpOn, receivedAt). */
    static CaseSort columnSort(String field) {
        return field == null ? null : switch (field) {
            case "reference" -> CaseSort.REFERENCE;
            case "followUpOn" -> CaseSort.FOLLOW_UP;
            case "receivedAt" -> CaseSort.RECEIVED;
            default -> null;
        };
    }

    /**
     * A column header sorted the table (ajax): that order becomes the page's, so that the filter form (re-rendered)
     * and the next filtering keep it.
     */
    public void sorted(SortEvent event) {
        Map<String, SortMeta> sortBy = event.getSortBy();
        for (SortMeta meta : sortBy.values()) {
            CaseSort by = columnSort(meta.getField());
            if (by != null && meta.getOrder() != null && !meta.getOrder().isUnsorted()) {
                sort = by.name();
                order = meta.getOrder().isAscending() ? "op" : "af";
                return;
            }
        }
    }

    /** How this column is sorted now, for its header ("asc", "desc"; null: not by this column). */
    public String columnOrder(String sortName) {
        if (!getSortBy().name().equals(sortName)) {
            return null;
        }
        return isAscending() ? "asc" : "desc";
    }

    /** The filter button: to this selection's address, so that it can be bookmarked and shared. */
    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/meldpunt/dossiers" + query());
    }

    public String clear() {
        return "/meldpunt/dossiers?faces-redirect=true";
    }

    /** This selection as a query string (empty without filters). */
    public String query() {
        StringBuilder url = new StringBuilder();
        append(url, "q", text);
        append(url, "status", status);
        append(url, "coordinator", mine ? null : coordinator);
        append(url, "wijk", district);
        // the caller's own contact point is the default: only another choice goes in the address
        append(url, "contactpunt", ContactPointChoices.parameter(contactPoints.mine()).equals(contactPoint) ? null : contactPoint);
        append(url, "probleem", problemArea);
        append(url, "urgentie", urgency);
        append(url, "leeftijd", ageBand);
        append(url, "achterstallig", overdueOnly ? "ja" : null);
        append(url, "open", openOnly ? "ja" : null);
        append(url, "mijn", mine ? "ja" : null);
        append(url, "sorteer", sort == null || sort.equals(CaseSort.OVERDUE_FIRST.name()) ? null : sort);
        append(url, "volgorde", order);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(url.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    public CaseSort getSortBy() {
        CaseSort by = parse(CaseSort.class, sort);
        return by == null ? CaseSort.OVERDUE_FIRST : by;
    }

    /** Newest first for the date received; otherwise the most pressing first (overdue, earliest date, most urgent). */
    public boolean isAscending() {
        if ("op".equals(order)) {
            return true;
        }
        if ("af".equals(order)) {
            return false;
        }
        return getSortBy() != CaseSort.RECEIVED;
    }

    public boolean isFiltered() {
        return !filter.equals(CaseFilter.none());
    }

    public PagedModel<ReferralSummary> getModel() {
        return model;
    }

    /** A filtered view counts up to {@link ReferralCases#COUNT_LIMIT}: the paginator then says "at least". */
    public boolean isCountCapped() {
        return !filter.equals(CaseFilter.none()) && model.getRowCount() >= ReferralCases.COUNT_LIMIT;
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public CaseSort[] getSorts() {
        return CaseSort.values();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCoordinator() { return coordinator; }
    public void setCoordinator(String coordinator) { this.coordinator = coordinator; }
    public String getContactPoint() { return contactPoint; }
    public void setContactPoint(String contactPoint) { this.contactPoint = contactPoint; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getProblemArea() { return problemArea; }
    public void setProblemArea(String problemArea) { this.problemArea = problemArea; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    /** The yes/no filters as URL parameters: "ja" or absent. */
    public String getOverdueParam() { return overdueOnly ? "ja" : null; }
    public void setOverdueParam(String value) { overdueOnly = "ja".equals(value); }
    public String getOpenParam() { return openOnly ? "ja" : null; }
    public void setOpenParam(String value) { openOnly = "ja".equals(value); }
    public String getMineParam() { return mine ? "ja" : null; }
    public void setMineParam(String value) { mine = "ja".equals(value); }

    /** The address of all cases or only the caller's own, with the other filters kept. */
    public String mineUrl(boolean onlyMine) {
        boolean was = mine;
        mine = onlyMine;
        String url = query();
        mine = was;
        return url;
    }

    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
}
