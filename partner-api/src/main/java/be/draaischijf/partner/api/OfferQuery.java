package be.draaischijf.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Filters of the public offer search; every filter is optional. */
public record OfferQuery(
        @Size(max = 100, message = "{draaischijf.size.max}") String text,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String problemArea,
        @Min(value = 0, message = "{draaischijf.age}") @Max(value = 25, message = "{draaischijf.age}") Integer age,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String district,
        @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{draaischijf.code.unknown}") String sector,
        Access access,
        @Pattern(regexp = "[a-z]{2,3}", message = "{draaischijf.language-code}") String language) {

    public static OfferQuery everything() {
        return new OfferQuery(null, null, null, null, null, null, null);
    }
}
