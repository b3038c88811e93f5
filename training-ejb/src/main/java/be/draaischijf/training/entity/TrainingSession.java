package be.draaischijf.training.entity;

import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A training or info session (vorming, infosessie). */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Version
    private int version;

    protected TrainingSession() {
    }

    public SessionSummary toSummary() {
        return new SessionSummary(id, kind, title, startsAt, endsAt, venue, capacity, status);
    }
}
