package be.draaischijf.network.entity;

import be.draaischijf.network.api.SignalSource;
import be.draaischijf.network.api.SignalView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A signal the network picked up: when, from where, in which district, about which themes, and what it is. A case is
 * named by its reference only (ADR 0045): the row holds no name, question or other data of a case. A forum code only
 * for a forum, a case reference only for a case (the table's checks hold it too). Recorded once, never changed.
 */
@Entity
@Table(name = "network_signal")
public class Signal {

    @Id
    private UUID id;

    @Column(name = "signal_date", nullable = false)
    private LocalDate signalDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SignalSource source;

    @Column(name = "forum_code", length = 40)
    private String forumCode;

    @Column(name = "case_reference", length = 20)
    private String caseReference;

    @Column(nullable = false, length = 40)
    private String district;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "network_signal_theme", joinColumns = @JoinColumn(name = "signal_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> themes = new HashSet<>();

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "brought_by", length = 200)
    private String broughtBy;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Signal() {
    }

    /**
     * A new signal. {@code forumCode} is kept only for a forum, {@code caseReference} (upper case) only for a case;
     * the texts without the spaces around them.
     */
    public Signal(LocalDate date, SignalSource source, String forumCode, String caseReference, String district,
                  Collection<String> themes, String description, String broughtBy, String recordedBy, Instant recordedAt) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("a signal has a theme");
        }
        this.id = UUID.randomUUID();
        this.signalDate = date;
        this.source = source;
        this.forumCode = source == SignalSource.FORUM ? forumCode : null;
        this.caseReference = source == SignalSource.CASE && caseReference != null
                ? caseReference.strip().toUpperCase(java.util.Locale.ROOT) : null;
        this.district = district;
        this.themes = new HashSet<>(themes);
        this.description = description.strip();
        this.broughtBy = broughtBy == null || broughtBy.isBlank() ? null : broughtBy.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public SignalView toView() {
        return new SignalView(id, signalDate, source, forumCode, caseReference, district, List.copyOf(new TreeSet<>(themes)),
                description, broughtBy, recordedBy, recordedAt);
    }

    public UUID getId() {
        return id;
    }
}
