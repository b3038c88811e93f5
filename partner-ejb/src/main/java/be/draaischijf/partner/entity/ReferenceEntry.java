package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.ReferenceItem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One entry of a reference list (districts, problem areas). */
@Entity
@Table(name = "reference_item")
public class ReferenceEntry {

    public static final String DISTRICT = "DISTRICT";
    public static final String PROBLEM_AREA = "PROBLEM_AREA";

    @Embeddable
    public record Key(
            @Column(name = "list_name", length = 30) String listName,
            @Column(name = "code", length = 40) String code) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "label_nl", nullable = false, length = 200)
    private String labelNl;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected ReferenceEntry() {
    }

    public String getListName() {
        return key.listName();
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(key.code(), labelNl, labelEn, active);
    }
}
