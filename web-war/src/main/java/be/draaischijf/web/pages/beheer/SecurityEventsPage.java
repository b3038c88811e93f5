package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.identity.api.SecurityEvents;
import be.draaischijf.referral.api.AuditBreak;
import be.draaischijf.referral.api.AuditCheck;
import be.draaischijf.referral.api.CaseAudit;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * /beheer/beveiliging: administrators search the security event log (username, kind, client address, period), newest
 * first, a page at a time; and check the case audit log's hash chains (ADR 0040), the result said in words.
 */
@Named
@ViewScoped
public class SecurityEventsPage implements Serializable {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    SecurityEvents events;

    @EJB
    CaseAudit caseAudit;

    @Inject
    Messages messages;

    private String text;
    private SecurityEvent.Kind kind;
    private String address;
    private LocalDate from;
    private LocalDate to;
    private SecurityEventFilter filter = SecurityEventFilter.ALL;
    private PagedModel<SecurityEvent> model;
    private AuditCheck auditCheck;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> events.count(filter), (offset, size) -> events.search(filter, offset, size),
                event -> event.at().toString() + event.kind() + event.username());
    }

    public void search() {
        filter = new SecurityEventFilter(text, kind, address, from == null ? null : from.atStartOfDay(BRUSSELS).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
    }

    /** Checks every case's audit chain now; the page says what it found. */
    public void verifyAudit() {
        auditCheck = caseAudit.verify();
    }

    /** What the check found, in a sentence: intact, with the counts, or how many breaks. */
    public String getAuditSummary() {
        if (auditCheck == null) {
            return "";
        }
        String rows = messages.format("auditCheck.rows", auditCheck.checkedRows());
        String cases = messages.format("auditCheck.cases", auditCheck.checkedCases());
        return auditCheck.intact() ? messages.format("auditCheck.intact", rows, cases)
                : messages.format("auditCheck.broken", messages.format("auditCheck.breaks", auditCheck.breaks().size()), rows, cases);
    }

    /** Whether more breaks were found than are listed. */
    public boolean isAuditBreaksCut() {
        return auditCheck != null && auditCheck.breaks().size() >= CaseAudit.MAX_BREAKS;
    }

    /** One break in words: which case, which line, what is wrong with it. */
    public String describe(AuditBreak found) {
        String which = found.reference() != null ? messages.format("auditCheck.case", found.reference())
                : messages.format("auditCheck.unknownCase", String.valueOf(found.caseId()));
        return messages.format("auditCheck.problem." + found.problem().name(), which, found.seq());
    }

    public AuditCheck getAuditCheck() { return auditCheck; }
    public SecurityEvent.Kind[] getKinds() { return SecurityEvent.Kind.values(); }
    public PagedModel<SecurityEvent> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public SecurityEvent.Kind getKind() { return kind; }
    public void setKind(SecurityEvent.Kind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
