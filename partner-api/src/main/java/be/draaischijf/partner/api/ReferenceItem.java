package be.draaischijf.partner.api;

/** One entry of a managed reference list, with its Dutch and English label. */
public record ReferenceItem(String code, String labelNl, String labelEn, boolean active) {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelNl;
    }
}
