package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Imports organisations and offers from a CSV file or an HSDS 3.0 JSON export: first a preview
 * with every row checked, then all or nothing. Organisations are matched by name, offers by
 * organisation and name (case does not matter): a match is updated, the rest is added.
 */
@Local
public interface DirectoryImport {

    /**
     * The CSV columns, in the template's order. Only {@code organisatie} is required; lists are
     * separated by {@code |}; codes or Dutch/English labels are accepted.
     */
    java.util.List<String> CSV_COLUMNS = java.util.List.of("organisatie", "sector", "organisatie_beschrijving", "adres",
            "telefoon", "email", "website", "organisatie_wijken", "partner_sinds", "aanbod", "beschrijving", "soort",
            "min_leeftijd", "max_leeftijd", "toegang", "stadsbreed", "wijken", "probleemgebieden", "talen", "capaciteit",
            "wachttijd_weken", "aanmelden", "kostprijs", "actief");

    /** One example row for the template, matching {@link #CSV_COLUMNS}. */
    String CSV_EXAMPLE = "Voorbeeld vzw;welzijn;Wat de organisatie doet;Voorbeeldstraat 1, 2000 Antwerpen;03 123 45 67;"
            + "info@voorbeeld.example.org;https://voorbeeld.example.org;Kiel|Hoboken;2020-09-01;Huiswerkbegeleiding;"
            + "Wat het aanbod inhoudt;groepswerk;10;16;rechtstreeks;nee;Kiel;Spijbelen|Schooluitval;nl|fr;12;2;"
            + "Bel of mail ons;Gratis;ja";

    /** The largest file accepted, in characters. */
    int MAX_CHARACTERS = 5_000_000;

    /** Reports how far an import is, for a progress bar. */
    @FunctionalInterface
    interface Progress {
        void rowsDone(int done, int total);
    }

    /** Checks every row; saves nothing. */
    ImportPreview preview(@NotNull(message = "{partner.import.format.required}") ImportFormat format,
                          @NotNull(message = "{partner.import.file.required}") @Size(max = MAX_CHARACTERS, message = "{partner.import.file.too-large}") String content);

    /**
     * Checks every row and saves them all in one transaction (coordinators and administrators only).
     *
     * @param progress told after each saved row; may be null
     * @throws ImportRejected when any row is invalid: nothing is saved
     */
    ImportPreview apply(@NotNull(message = "{partner.import.format.required}") ImportFormat format,
                        @NotNull(message = "{partner.import.file.required}") @Size(max = MAX_CHARACTERS, message = "{partner.import.file.too-large}") String content,
                        Progress progress);
}
