package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Sector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @Column(length = 4000)
    private String description;

    @Column(length = 300)
    private String address;

    @Column(length = 50)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(length = 500)
    private String districts;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, Sector sector) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.sector = sector;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isActive() {
        return active;
    }

    public OrganisationView toView() {
        return new OrganisationView(id, name, sector, description, address, phone, email, website, districts);
    }
}
