package be.draaischijf.partner.api;

import java.io.Serializable;

/**
 * Why an offer ranks where it does. The web module words each code ({@code matchReason.<CODE>}),
 * with {@code value} filled in: "leeftijd past", "wijk Kiel", "wachttijd 2 weken", "geen capaciteit".
 */
public record MatchReason(Code code, String value) implements Serializable {

    public enum Code {
        AGE_FITS, PROBLEM_AREAS, DISTRICT, CITY_WIDE, LANGUAGE, LANGUAGE_NOT_OFFERED,
        NO_WAITING, WAITING_WEEKS, NO_CAPACITY, DIRECT_ACCESS
    }

    public static MatchReason of(Code code) {
        return new MatchReason(code, null);
    }
}
