package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question about a young person to the Centraal Meldpunt: a case. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReferralStatus status;

    @Column(name = "referrer_username", length = 100)
    private String referrerUsername;

    @Column(name = "young_first_name", nullable = false, length = 100)
    private String youngFirstName;

    @Column(name = "young_last_name", nullable = false, length = 100)
    private String youngLastName;

    @Column(name = "young_birth_date", nullable = false)
    private LocalDate youngBirthDate;

    @Column(length = 40)
    private String district;

    @Column(nullable = false, length = 4000)
    private String question;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    private int version;

    protected Referral() {
    }

    public ReferralSummary toSummary() {
        return new ReferralSummary(id, reference, status, district, receivedAt);
    }
}
