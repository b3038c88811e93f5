package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The reference lists the whole network shares (districts, problem areas, sectors, session themes, consultation
 * forums, decline reasons, signal themes). Everyone reads them; administrators add, rename, reorder and deactivate entries. A code
 * is never deleted: a deactivated one is no longer offered for new records and stays readable on old ones.
 */
@Local
public interface ReferenceLists {

    /** Every entry of the list, active or not, in the list's order. */
    List<ReferenceItem> items(@NotNull(message = "{draaischijf.required}") ReferenceList list);

    default List<ReferenceItem> districts() {
        return items(ReferenceList.DISTRICT);
    }

    default List<ReferenceItem> problemAreas() {
        return items(ReferenceList.PROBLEM_AREA);
    }

    /** The entry with this code, active or not. */
    default Optional<ReferenceItem> find(ReferenceList list, String code) {
        return items(list).stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /**
     * A new entry (administrators), active and last unless the draft says otherwise.
     *
     * @throws be.draaischijf.platform.refusal.Invalid when the code is missing or already on the list
     */
    ReferenceItem add(@NotNull(message = "{draaischijf.required}") ReferenceList list,
                      @NotNull(message = "{draaischijf.required}") @Valid ReferenceItemDraft draft);

    /**
     * New labels, and the entry (de)activated or moved (administrators); the code stays.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when the list has no such code
     * @throws be.draaischijf.platform.refusal.Invalid when "city-wide" would be deactivated
     */
    ReferenceItem update(@NotNull(message = "{draaischijf.required}") ReferenceList list,
                         @NotNull(message = "{draaischijf.required}") String code,
                         @NotNull(message = "{draaischijf.required}") @Valid ReferenceItemDraft draft);
}
