package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.ReferenceItem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One entry of a reference list ({@link be.draaischijf.partner.api.ReferenceList}); the code never changes. */
@Entity
@Table(name = "reference_item")
public class ReferenceEntry {


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

    public ReferenceEntry(String listName, String code, String labelNl, String labelEn, int position) {
        this.key = new Key(listName, code);
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.position = position;
        this.active = true;
    }

    public String getCode() {
        return key.code();
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public void rename(String labelNl, String labelEn) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getListName() {
        return key.listName();
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(key.code(), labelNl, labelEn, active);
    }
}
