package be.draaischijf.web.reports;

import be.draaischijf.partner.api.ReferenceItem;
import java.io.Serializable;
import java.util.List;

/**
 * The reference lists whose codes the reports name (problem areas, districts, sectors, decline reasons, signal
 * themes), read once, so that every code reads as its label. A list the application does not have (yet) is empty: its
 * codes then read as themselves, made readable.
 */
public record ReportLists(
        List<ReferenceItem> problemAreas,
        List<ReferenceItem> districts,
        List<ReferenceItem> sectors,
        List<ReferenceItem> declineReasons,
        List<ReferenceItem> signalThemes) implements Serializable {

    public ReportLists {
        problemAreas = problemAreas == null ? List.of() : List.copyOf(problemAreas);
        districts = districts == null ? List.of() : List.copyOf(districts);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        declineReasons = declineReasons == null ? List.of() : List.copyOf(declineReasons);
        signalThemes = signalThemes == null ? List.of() : List.copyOf(signalThemes);
    }

    /** No lists at all: every code reads as itself (tests). */
    public static ReportLists none() {
        return new ReportLists(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
