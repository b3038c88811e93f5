package be.draaischijf.web.pages.beheer;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * /beheer/lijsten: administrators manage the network's reference lists ({@code ?lijst=sectors}): add an entry
 * ({@code &nieuw=ja}), rename it in Dutch and English, deactivate or reactivate it ({@code &code=}), and move it up or
 * down. A code is never deleted or changed: records keep it, and a deactivated one still reads as its label.
 */
@Named
@ViewScoped
public class ReferenceListsPage implements Serializable {

    static final String FORM = "lijst";
    static final Map<String, String> FIELDS = Map.of("code", "code", "labelNl", "labelNl", "labelEn", "labelEn",
            "active", "actief");

    @EJB
    ReferenceLists lists;

    @Inject
    Messages messages;

    private String listPath;
    private String code;
    private String newOne;
    private ReferenceList list = ReferenceList.DISTRICT;
    private List<ReferenceItem> items;
    private ReferenceItem selected;
    private boolean editing;
    private String newCode;
    private String labelNl;
    private String labelEn;
    private boolean active = true;

    /** Runs after the URL parameters are applied (f:viewAction). */
    public void load() {
        list = listPath == null ? ReferenceList.DISTRICT : ReferenceList.of(listPath).orElse(ReferenceList.DISTRICT);
        items = lists.items(list);
        if (code != null) {
            selected = items.stream().filter(item -> item.code().equals(code)).findFirst().orElse(null);
            if (selected == null) {
                messages.error(null, "lists.unknown");
                return;
            }
            editing = true;
            labelNl = selected.labelNl();
            labelEn = selected.labelEn();
            active = selected.active();
        } else if ("ja".equals(newOne)) {
            editing = true;
        }
    }

    public void save() throws IOException {
        try {
            if (selected == null) {
                ReferenceItem added = lists.add(list, new ReferenceItemDraft(FormPages.blank(newCode) ? null
                        : newCode.strip().toUpperCase(java.util.Locale.ROOT), labelNl, labelEn, active, null));
                FormPages.savedThenTo(messages, "lists.added", here() + "#rij-" + added.code());
            } else {
                lists.update(list, selected.code(), new ReferenceItemDraft(null, labelNl, labelEn, active, null));
                FormPages.savedThenTo(messages, "lists.saved", here() + "#rij-" + selected.code());
            }
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    /** One place up ({@code -1}) or down ({@code 1}); the labels and the status stay. */
    public void move(String itemCode, int by) throws IOException {
        int at = indexOf(itemCode);
        if (at < 0) {
            messages.error(null, "lists.unknown");
            return;
        }
        ReferenceItem item = items.get(at);
        try {
            lists.update(list, item.code(), new ReferenceItemDraft(null, item.labelNl(), item.labelEn(), item.active(),
                    Math.max(0, at + by)));
            FormPages.savedThenTo(messages, "lists.moved", here() + "#rij-" + item.code());
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    private int indexOf(String itemCode) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(itemCode)) {
                return i;
            }
        }
        return -1;
    }

    private String here() {
        return "/beheer/lijsten?lijst=" + list.path();
    }

    public ReferenceList[] getLists() {
        return ReferenceList.values();
    }

    public ReferenceList getList() { return list; }
    public List<ReferenceItem> getItems() { return items; }
    public ReferenceItem getSelected() { return selected; }
    public boolean isEditing() { return editing; }
    public String getListPath() { return listPath; }
    public void setListPath(String listPath) { this.listPath = FormPages.blank(listPath) ? null : listPath; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = FormPages.blank(code) ? null : code; }
    public String getNewOne() { return newOne; }
    public void setNewOne(String newOne) { this.newOne = newOne; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getLabelNl() { return labelNl; }
    public void setLabelNl(String labelNl) { this.labelNl = labelNl; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
