package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.identity.api.SecurityEvents;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * /beheer/beveiliging: administrators search the security event log (username, kind, client address, period), newest
 * first, a page at a time.
 */
@Named
@ViewScoped
public class SecurityEventsPage implements Serializable {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    SecurityEvents events;

    private String text;
    private SecurityEvent.Kind kind;
    private String address;
    private LocalDate from;
    private LocalDate to;
    private SecurityEventFilter filter = SecurityEventFilter.ALL;
    private PagedModel<SecurityEvent> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> events.count(filter), (offset, size) -> events.search(filter, offset, size),
                event -> event.at().toString() + event.kind() + event.username());
    }

    public void search() {
        filter = new SecurityEventFilter(text, kind, address, from == null ? null : from.atStartOfDay(BRUSSELS).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
    }

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
