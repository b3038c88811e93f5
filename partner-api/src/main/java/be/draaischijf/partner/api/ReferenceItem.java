package be.draaischijf.partner.api;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** One entry of a managed reference list, with its Dutch and English label; inactive entries are no longer offered. */
public record ReferenceItem(String code, String labelNl, String labelEn, boolean active) implements Serializable {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelNl;
    }

    /** The entries to offer in a form: the active ones, and those among {@code kept} (what a record already has). */
    public static List<ReferenceItem> offered(List<ReferenceItem> items, Collection<String> kept) {
        return items.stream().filter(item -> item.active() || kept.contains(item.code())).toList();
    }

    /** Whether {@code code} is an active entry of {@code items}. */
    public static boolean isActive(List<ReferenceItem> items, String code) {
        return items.stream().anyMatch(item -> item.active() && Objects.equals(item.code(), code));
    }

    /** Whether {@code code} is an entry of {@code items}, active or not. */
    public static boolean isKnown(List<ReferenceItem> items, String code) {
        return items.stream().anyMatch(item -> Objects.equals(item.code(), code));
    }
}
