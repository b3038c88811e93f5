package be.draaischijf.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Filters of the public offer search; every filter is optional. */
public record OfferQuery(
        @Size(max = 100, message = "mag hoogstens 100 tekens lang zijn") String text,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "is geen gekende code") String problemArea,
        @Min(value = 0, message = "moet tussen 0 en 25 liggen") @Max(value = 25, message = "moet tussen 0 en 25 liggen") Integer age,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "is geen gekende code") String district,
        Sector sector,
        Access access,
        @Pattern(regexp = "[a-z]{2,3}", message = "is geen taalcode") String language) {

    public static OfferQuery everything() {
        return new OfferQuery(null, null, null, null, null, null, null);
    }
}
